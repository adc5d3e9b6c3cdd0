"""The `msc` command: the application's Flask CLI group and its own commands."""
import sys

import click
import sqlalchemy as sa
from flask.cli import FlaskGroup, with_appcontext

from .extensions import db


def _create_app():
    from . import create_app

    return create_app()


@click.group(cls=FlaskGroup, create_app=_create_app, add_default_commands=True)
def main():
    """msc — Most Significant Change evaluation."""


def _add_pure_commands() -> None:
    """Commands that need no application nor database, found without building the app."""
    from .analysis.cli import analyze

    main.add_command(analyze)


_add_pure_commands()


def register_commands(app) -> None:
    app.cli.add_command(init_command)
    app.cli.add_command(demo_command)
    app.cli.add_command(user_group)
    app.cli.add_command(worker_command)
    app.cli.add_command(reanalyze_command)

    from .exports_cli import export_group
    from .imports.cli import import_command

    app.cli.add_command(import_command)
    app.cli.add_command(export_group)

    from .selection.cli import round_group, rounds_group

    app.cli.add_command(rounds_group)
    app.cli.add_command(round_group)
    __import__("msc.server.cli", fromlist=["register"]).register(app)  # serve, backup, restore


@click.command("init")
@with_appcontext
def init_command():
    """Bring the database up to date (migrations) and load the default data."""
    from flask_migrate import upgrade

    upgrade()
    from . import setup_data

    setup_data.load_defaults()
    db.session.commit()
    click.echo("Database ready.")


@click.command("demo")
@click.option("--if-empty", is_flag=True, help="Only load when the database has no programme yet.")
@click.option("--print-logins/--no-print-logins", default=True)
@with_appcontext
def demo_command(if_empty, print_logins):
    """Load the demo programme (idempotent) and print one login per role."""
    from . import demo
    from .programmes.models import Programme

    if if_empty and db.session.scalar(sa.select(sa.func.count(Programme.id))):
        click.echo("A programme exists already; demo data not loaded.")
    else:
        summary = demo.load_demo()
        db.session.commit()
        from .analysis.jobs import wait_for_threads

        wait_for_threads()
        click.echo(f"Demo programme ready: {summary}.")
    if print_logins:
        click.echo("Demo logins (password for all: %s):" % demo.DEMO_PASSWORD)
        for role, email in demo.DEMO_LOGINS:
            click.echo(f"  {role:<12} {email}")


@click.group("user")
def user_group():
    """Manage users."""


@user_group.command("add")
@click.argument("email")
@click.option("--name", default="", help="Display name.")
@click.option("--role", "roles", multiple=True, required=True, help="admin, coordinator, facilitator, panelist, advocacy")
@click.option("--unit", "unit_code", required=True, help="Unit code, e.g. MRK.")
@click.option("--locale", default="fr", type=click.Choice(["fr", "en", "ar"]))
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@with_appcontext
def user_add(email, name, roles, unit_code, locale, password_stdin):
    """Create a user with roles at a unit; without --password-stdin, print a set-password link."""
    from .auth import operations as ops
    from .programmes import queries as pq

    programme = pq.current_programme()
    unit = pq.unit_by_code(programme, unit_code) if programme else None
    if unit is None:
        raise click.ClickException(f"Unknown unit code: {unit_code}")
    password = None
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    try:
        user = ops.create_user(email, name, locale=locale, password=password)
        for role in roles:
            ops.assign_role(user, role, unit)
        token = None if password else ops.issue_set_password_link_token(user)
    except ops.AuthError as exc:
        db.session.rollback()
        raise click.ClickException(str(exc)) from None
    db.session.commit()
    click.echo(f"User {user.email} created ({', '.join(roles)} at {unit.code}).")
    if token:
        click.echo(f"Set-password path: /set-password/{token}")


@click.command("worker")
@click.option("--burst", is_flag=True, help="Stop when the queue is empty.")
@with_appcontext
def worker_command(burst):
    """Run an RQ worker for background analysis (needs MSC_REDIS_URL)."""
    from flask import current_app

    from .analysis import jobs

    if not current_app.config.get("REDIS_URL"):
        raise click.ClickException("MSC_REDIS_URL is not set; without Redis, analysis runs in a thread of the app.")
    jobs.work(burst=burst)


@click.command("reanalyze")
@with_appcontext
def reanalyze_command():
    """Re-analyse every story of the current programme now, in this process (human decisions are kept)."""
    from .analysis import jobs
    from .programmes import queries as pq

    programme = pq.current_programme()
    if programme is None:
        raise click.ClickException("No programme yet: run `msc init` first.")
    job = jobs.reanalyse_all(programme, runner="inline")
    db.session.commit()
    click.echo(f"Analysed {job.done} stories ({job.failed} failed).")
