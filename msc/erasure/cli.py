"""`msc erase` and `msc retention run`: erasure from the command line (the server's operator acts as admin)."""
import click
from flask import current_app
from flask.cli import with_appcontext

from ..extensions import db
from ..stories.models import Story
from . import operations as ops
from .sqlite import scrub


def _programme():
    from ..programmes import queries as pq

    programme = pq.current_programme()
    if programme is None:
        raise click.ClickException("No programme: run `msc init` or `msc demo` first.")
    return programme


@click.command("erase")
@click.option("--story", "story_id", type=int, help="Id of the story to erase.")
@click.option("--storyteller", "code", help="Code of the storyteller whose stories are all erased.")
@click.option("--unit", "unit_code", help="Code of the storyteller's unit (with --storyteller).")
@click.option("--reason", required=True, help="Why (e.g. 'storyteller request, GDPR art. 17'); no personal details.")
@click.option("--yes", is_flag=True, help="Confirm: the erasure cannot be undone.")
@with_appcontext
def erase_command(story_id, code, unit_code, reason, yes):
    """Erase one story, or every story of a storyteller, with the reason (kept in the audit log)."""
    if (story_id is None) == (code is None):
        raise click.UsageError("Give either --story ID or --storyteller CODE --unit CODE.")
    if not yes:
        raise click.UsageError("Erasure cannot be undone: add --yes to confirm.")
    try:
        if story_id is not None:
            story = db.session.get(Story, story_id)
            if story is None:
                raise click.ClickException(f"No story {story_id}.")
            ops.erase_story(story, reason)
            erased = [story.id]
        else:
            from ..programmes import queries as pq

            programme = _programme()
            unit = pq.unit_by_code(programme, (unit_code or "").upper())
            erased = ops.erase_storyteller_by_code(programme, code, unit, reason)
    except ops.ErasureError as exc:
        db.session.rollback()
        raise click.ClickException(str(exc)) from exc
    db.session.commit()
    scrub()
    click.echo(f"Erased {len(erased)} story(ies): {', '.join(map(str, erased)) or '-'}.")


@click.group("retention")
def retention_group():
    """Retention of personal data."""


@retention_group.command("run")
@with_appcontext
def retention_run():
    """Erase the drafts never submitted after MSC_RETENTION_DRAFT_DAYS days and delete the background exports'
    files older than MSC_EXPORT_RETENTION_DAYS days (run it daily from cron)."""
    from ..dashboard import export_jobs

    days = current_app.config["RETENTION_DRAFT_DAYS"]
    try:
        erased = ops.erase_stale_drafts(days)
    except ops.ErasureError as exc:
        db.session.rollback()
        raise click.ClickException(str(exc)) from exc
    export_days = max(1, current_app.config["EXPORT_RETENTION_DAYS"])
    removed = export_jobs.remove_expired(export_days)
    db.session.commit()
    scrub()
    click.echo(f"{len(erased)} draft(s) older than {days} days erased.")
    click.echo(f"{len(removed)} export file(s) older than {export_days} days deleted.")
