"""``msc search rebuild``: fill the stories' full-text index again (after a restore, or a schema change)."""
import click
from flask.cli import with_appcontext

from ..extensions import db
from . import fulltext


@click.command("rebuild")
@with_appcontext
def rebuild_command():
    """Recreate the full-text indexes and their triggers if missing, index every story not erased (as entered, and
    its approved pseudonymised fields), and refresh the query planner's statistics (SQLite ANALYZE)."""
    fulltext.install(db.session.connection())
    count = fulltext.rebuild()
    db.session.commit()
    click.echo(f"{count} story(ies) indexed; {fulltext.released_count()} with approved pseudonymised fields "
               "(what readers above a story's unit search).")
