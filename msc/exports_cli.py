"""`msc export advocacy` and `msc export stories`: the same documents as the pages, from the command line.

The command line is the server's operator: it reaches every unit and, like an
admin, exports the text as entered (never for withdrawn or refused consent).
"""
from pathlib import Path

import click
from flask.cli import with_appcontext

from .extensions import db
from .private_files import write_private


def _programme():
    from .programmes import queries as pq

    programme = pq.current_programme()
    if programme is None:
        raise click.ClickException("No programme: run `msc init` or `msc demo` first.")
    return programme


def _scope(period, units, domains):
    from .auth.reach import all_unit_ids
    from .stories.scope import ScopeError, resolve_scope

    programme = _programme()
    try:
        return resolve_scope(programme, all_unit_ids(programme), period=period, units=units, domains=domains)
    except ScopeError as exc:
        raise click.ClickException(str(exc)) from None


# The `export` group is made per application; the advocacy and dashboard packages add their command to it.
EXPORT_HELP = "Export advocacy notes and stories."


@click.command("advocacy")
@click.option("--period", required=True, help="Period code, e.g. 2024-S1.")
@click.option("--unit", "units", multiple=True, help="Unit code (repeatable); default: every unit.")
@click.option("--domain", "domains", multiple=True, help="Domain key (repeatable); default: every domain.")
@click.option("--lang", "language", type=click.Choice(["fr", "en", "ar"]), default="fr", show_default=True)
@click.option("--context", default="", help="Context paragraph.")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="FILE.docx")
@with_appcontext
def export_advocacy(period, units, domains, language, context, out):
    """Generate an advocacy note (a draft, until a second person approves it on the advocacy page), record it
    under EXPORTS_DIR, and write a copy to --out."""
    from .advocacy import operations as ops

    scope = _scope(period, units, domains)
    note = ops.generate_note(scope, language=language, context=context, user=None)
    content = ops.read_note(note, user=None)
    db.session.commit()
    write_private(out, content)
    click.echo(f"Note #{note.id} (draft): {len(note.links)} story(ies), sha256 {note.sha256}, written to {out}.")


@click.command("stories")
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx", "jsonl"]), required=True)
@click.option("--period", default=None, help="Period code; default: every period.")
@click.option("--unit", "units", multiple=True, help="Unit code (repeatable).")
@click.option("--domain", "domains", multiple=True, help="Domain key (repeatable).")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@with_appcontext
def export_stories(fmt, period, units, domains, out):
    """Every story with its metadata (and confirmed themes and selection once available) as CSV, XLSX or JSONL."""
    from . import audit
    from .dashboard.exports import write_export
    from .private_files import private_writer

    scope = _scope(period, units, domains)
    with private_writer(out) as file:  # row by row: memory holds one chunk of stories
        count = write_export(scope, fmt, file, full_text=True)
    audit.record("stories_export", None, user=None, format=fmt, rows=count, period=period, cli=True)
    db.session.commit()
    click.echo(f"{count} story(ies) written to {out}.")
