"""`msc user add`: create a user with roles at a unit from a shell."""
import sys

import click
from flask.cli import with_appcontext

from ..extensions import db


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
    from ..programmes import queries as pq
    from . import operations as ops

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
