"""erasure: erase a story or a storyteller (GDPR art. 17, law 09-08), retention of drafts, SQLite secure delete."""
from flask_babel import lazy_gettext as _l

ACTION_LABELS = {"story_erase": _l("erased"), "storyteller_erase": _l("storyteller erased")}


def init_app(app) -> None:
    """Register the erasure pages, the `erase` and `retention` commands, the story-page link, the audit
    labels and secure delete on SQLite connections."""
    from ..features import features
    from . import cli, sqlite, views

    app.register_blueprint(views.bp)
    app.cli.add_command(cli.erase_command)
    app.cli.add_command(cli.retention_group)
    registry = features(app)
    registry.story_links.append(views.story_links)
    registry.add_action_labels(ACTION_LABELS)
    sqlite.install(app)
