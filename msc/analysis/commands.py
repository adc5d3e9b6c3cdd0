"""`msc worker` and `msc reanalyze`: the analysis' commands that need the app (``cli.py`` holds the pure one)."""
import click
from flask import current_app
from flask.cli import with_appcontext

from ..extensions import db


@click.command("worker")
@click.option("--burst", is_flag=True, help="Stop when the queue is empty.")
@with_appcontext
def worker_command(burst):
    """Run an RQ worker for background analysis (needs MSC_REDIS_URL)."""
    from . import jobs

    if not current_app.config.get("REDIS_URL"):
        raise click.ClickException("MSC_REDIS_URL is not set; without Redis, analysis runs in a thread of the app.")
    jobs.work(burst=burst)


@click.command("reanalyze")
@with_appcontext
def reanalyze_command():
    """Re-analyse every story of the current programme now, in this process (human decisions are kept)."""
    from ..programmes import queries as pq
    from . import jobs

    programme = pq.current_programme()
    if programme is None:
        raise click.ClickException("No programme yet: run `msc init` first.")
    job = jobs.reanalyse_all(programme, runner="inline")
    db.session.commit()
    click.echo(f"Analysed {job.done} stories ({job.failed} failed).")
