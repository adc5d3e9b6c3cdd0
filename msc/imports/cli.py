"""`msc import`: the same import as the web pages, from a shell."""
import json
import sys
from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext

from ..extensions import db
from ..programmes import queries as pq
from . import operations as ops
from . import pipeline
from .errors import ImportFileError, Problem
from .mapping import FIELDS, ImportSettings
from .readers import read_table

HUMAN_ERRORS = 50
CLI_FIELDS = FIELDS + ("consent_mode",)


def _pairs(values, what):
    pairs = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"expected {what}, got {item!r}")
        pairs[key.strip()] = value.strip()
    return pairs


@click.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--unit", "unit_code", help="Unit code (else map a column to `unit`).")
@click.option("--period", "period_code", help="Period code (else map a column to `period`).")
@click.option("--map", "maps", multiple=True, metavar="FIELD=COLUMN",
              help=f"Read FIELD from COLUMN (empty COLUMN: ignore the field). FIELD: {', '.join(CLI_FIELDS)}.")
@click.option("--domain", "domains", multiple=True, metavar="VALUE=KEY",
              help="Treat VALUE of the domain column as the domain KEY.")
@click.option("--sheet", help="XLSX sheet to read (default: the main sheet).")
@click.option("--skip-blocked", is_flag=True, help="Import the rows without blocking problems, leave out the others.")
@click.option("--dry-run", is_flag=True, help="Check everything, write nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@with_appcontext
def import_command(file, unit_code, period_code, maps, domains, sheet, skip_blocked, dry_run, as_json):
    """Import stories from a KoboToolbox / ODK export (CSV or XLSX).

    Exits with status 1 when nothing was imported because of errors.
    """
    overrides = _pairs(maps, "FIELD=COLUMN")
    unknown = sorted(set(overrides) - set(CLI_FIELDS))
    if unknown:
        raise click.BadParameter(f"unknown field(s): {', '.join(unknown)}", param_hint="--map")
    programme = pq.current_programme()
    if programme is None:
        raise click.ClickException("No programme: run `msc init` first.")
    try:
        table = read_table(file.read_bytes(), file.name, max_bytes=current_app.config["IMPORT_MAX_BYTES"],
                           sheet=sheet)
    except ImportFileError as exc:
        _report(ops.ImportResult(rows=0, errors=[Problem(0, "file", exc.message, True)]), as_json, dry_run)
        sys.exit(1)
    settings = ImportSettings(mapping=pipeline.proposed_settings(programme, table, overrides).mapping,
                              domain_values=_pairs(domains, "VALUE=KEY"), unit_code=unit_code,
                              period_code=period_code, skip_blocked=skip_blocked, sheet=table.sheet)
    try:
        result = pipeline.import_stories(programme, table, settings, dry_run=dry_run)
    except ops.ImportRefused as refused:
        db.session.rollback()
        result = refused.result
    else:
        db.session.commit()
        ops.after_import(result)
    _report(result, as_json, dry_run)
    if result.errors and not result.imported:
        sys.exit(1)


def _report(result, as_json: bool, dry_run: bool) -> None:
    if as_json:
        click.echo(json.dumps(result.as_json(), ensure_ascii=False))
        return
    verb = "would be imported" if dry_run else "imported"
    click.echo(f"{result.rows} rows: {result.imported} {verb}, {result.skipped_duplicates} already "
               f"imported (skipped), {result.skipped_blocked} left out.")
    for p in result.errors[:HUMAN_ERRORS]:
        click.echo(f"  row {p.row}" + (f", {p.field}" if p.field else "") + f": {p.message}", err=True)
    if len(result.errors) > HUMAN_ERRORS:
        click.echo(f"  … and {len(result.errors) - HUMAN_ERRORS} more (see --json).", err=True)
    if result.errors and not result.imported:
        click.echo("Nothing was imported.", err=True)
