"""`msc export qdpx`, `msc codebook export-qdc` and `msc codebook import-qdc`.

The command line is the server's operator: like an admin it reaches every unit and may export the
stories as entered (``--original``, audited); consent still decides which stories leave.
"""
from pathlib import Path

import click
from flask.cli import with_appcontext

from ..extensions import db
from ..private_files import private_writer, write_private

CODEBOOK_HELP = "Exchange the theme codebook with QDA software (REFI-QDA .qdc)."


def _programme():
    from ..programmes import queries as pq

    programme = pq.current_programme()
    if programme is None:
        raise click.ClickException("No programme: run `msc init` or `msc demo` first.")
    return programme


@click.command("qdpx")
@click.option("--period", default=None, help="Period code; default: every period.")
@click.option("--unit", "units", multiple=True, help="Unit code (repeatable); default: every unit.")
@click.option("--original", is_flag=True, help="The text as entered instead of the approved pseudonymised one.")
@click.option("--lang", "language", type=click.Choice(["fr", "en", "ar"]), default="fr", show_default=True)
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="FILE.qdpx")
@with_appcontext
def export_qdpx(period, units, original, language, out):
    """A REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA, QualCoder."""
    from ..auth.reach import all_unit_ids
    from ..errors import RuleError
    from ..stories.scope import resolve_scope
    from .operations import export_qdpx as export

    programme = _programme()
    try:
        scope = resolve_scope(programme, all_unit_ids(programme), period=period, units=units)
        with private_writer(out) as target:
            counts = export(scope, target, original=original, user=None, language=language)
    except RuleError as exc:
        db.session.rollback()
        raise click.ClickException(str(exc)) from None
    db.session.commit()
    click.echo(f"{counts['stories']} story(ies), {counts['selections']} coded passage(s), {counts['notes']} note(s) "
               f"written to {out}; {counts['skipped']} left out (pseudonymised text not approved).")


@click.command("export-qdc")
@click.option("--lang", "language", type=click.Choice(["fr", "en", "ar"]), default="fr", show_default=True)
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="FILE.qdc")
@with_appcontext
def export_qdc(language, out):
    """Write the codebook as a REFI-QDA codebook."""
    from .codebook_exchange import codebook_of
    from .codebook_exchange import export_qdc as export

    book = codebook_of(_programme())
    content = export(book, language)
    db.session.commit()
    write_private(out, content)
    click.echo(f"{len(book.themes)} theme(s) of codebook version {book.version} written to {out}.")


@click.command("import-qdc")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--lang", "language", type=click.Choice(["fr", "en", "ar"]), default="fr", show_default=True)
@click.option("--apply", "apply_", is_flag=True, help="Make the changes (without it, only show them).")
@click.option("--retire-missing", is_flag=True, help="Retire the themes that are not in the file.")
@with_appcontext
def import_qdc(path, language, apply_, retire_missing):
    """Show what a REFI-QDA codebook changes, and with --apply make the changes."""
    from ..errors import RuleError
    from .codebook_exchange import MAX_QDC_BYTES, apply_import, codebook_of, plan_import

    book = codebook_of(_programme())
    with path.open("rb") as f:
        raw = f.read(MAX_QDC_BYTES + 1)
    try:
        plan = (apply_import(book, raw, language, retire_missing=retire_missing) if apply_
                else plan_import(book, raw, language))
    except RuleError as exc:
        db.session.rollback()
        raise click.ClickException(str(exc)) from None
    for change in plan.changes:
        click.echo(f"{change.kind}\t{change.key}\t{change.old}\t{change.new}")
    if apply_:
        db.session.commit()
        click.echo(f"Applied; codebook version {book.version}.")
    else:
        db.session.rollback()
        click.echo(f"{len(plan.changes)} change(s); nothing changed (use --apply).")
