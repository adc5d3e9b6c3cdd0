"""The `msc` command: the application's Flask CLI group.

Its commands are registered on the application: the core ones (`init`, `demo`) by `create_app`, the
others by their package's ``init_app``. Only the pure `analyze` command, which needs no application nor
database, is added here, so that it runs without building the app.
"""
import click
from flask.cli import FlaskGroup


def _create_app():
    from . import create_app

    return create_app()


@click.group(cls=FlaskGroup, create_app=_create_app, add_default_commands=True)
def main():
    """msc — Most Significant Change evaluation."""


def _add_pure_commands() -> None:
    """Commands that need no application nor database, found without building the app."""
    from .nlp.cli import analyze, train_pii_model

    main.add_command(analyze)
    main.add_command(train_pii_model)


_add_pure_commands()
