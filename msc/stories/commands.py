"""``msc search rebuild``: fill the stories' full-text index again (after a restore, or a schema change)."""
import click
from flask.cli import with_appcontext

from ..extensions import db
from . import fulltext


@click.command("rebuild")
@with_appcontext
def rebuild_command():
    """Recreate the full-text index and its triggers if missing, index every story not erased, and refresh the
    query planner's statistics (SQLite ANALYZE)."""
    fulltext.install(db.session.connection())
    count = fulltext.rebuild()
    db.session.commit()
    click.echo(f"{count} story(ies) indexed.")
