"""Advocacy notes: generated Word notes, their records, and the organisation's logo and reference document."""


def init_app(app) -> None:
    """Register the advocacy pages, their menu entry, the `export advocacy` command and the withdrawal handler."""
    import sqlalchemy as sa
    from flask_babel import lazy_gettext as _l

    from .. import exports_cli
    from ..analysis.jobs import RECOVERERS
    from ..extensions import db
    from ..features import NavItem, cli_group, features
    from ..stories.operations import consent_withdrawn
    from . import home, jobs, operations, views

    app.register_blueprint(views.bp)
    cli_group(app, "export", exports_cli.EXPORT_HELP).add_command(exports_cli.export_advocacy)
    registry = features(app)
    registry.add_nav(NavItem("advocacy.index", _l("Advocacy notes"),
                             lambda user: user.is_admin or "advocacy" in user.role_names(), "advocacy.", order=70))
    registry.connect(consent_withdrawn, operations.on_consent_withdrawn)
    registry.home_todos.append(home.todos)
    for event, listener in jobs.SESSION_EVENTS:  # on the app's session class, once for every app
        if not sa.event.contains(db.session, event, listener):
            sa.event.listen(db.session, event, listener)
    recoverers = app.extensions.setdefault(RECOVERERS, [])
    if jobs.recover_stale not in recoverers:
        recoverers.append(jobs.recover_stale)
