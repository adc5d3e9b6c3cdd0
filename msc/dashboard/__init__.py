"""Meta-monitoring dashboard (MSC step 9) and tabular exports of stories."""


def init_app(app) -> None:
    """Register the dashboard, its menu entry, the `export stories` command, the background exports (sent to the
    worker after commit, recovered at its start, removed on withdrawal)."""
    import sqlalchemy as sa
    from flask_babel import lazy_gettext as _l

    from .. import exports_cli
    from ..analysis.jobs import RECOVERERS
    from ..extensions import db
    from ..features import NavItem, cli_group, features
    from ..stories.operations import consent_withdrawn
    from . import export_jobs, views

    app.register_blueprint(views.bp)
    for event, listener in export_jobs.SESSION_EVENTS:  # on the app's session class, once for every app
        if not sa.event.contains(db.session, event, listener):
            sa.event.listen(db.session, event, listener)
    recoverers = app.extensions.setdefault(RECOVERERS, [])
    if export_jobs.recover_stale not in recoverers:
        recoverers.append(export_jobs.recover_stale)
    features(app).connect(consent_withdrawn, export_jobs.on_consent_withdrawn)
    cli_group(app, "export", exports_cli.EXPORT_HELP).add_command(exports_cli.export_stories)
    features(app).add_nav(NavItem(
        "dashboard.index", _l("Dashboard"),
        lambda user: user.is_admin or bool(user.role_names() & {"coordinator", "facilitator", "advocacy"}),
        "dashboard.", order=80))
