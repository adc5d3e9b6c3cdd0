"""Meta-monitoring dashboard (MSC step 9) and tabular exports of stories."""


def init_app(app) -> None:
    """Register the dashboard, its menu entry and the `export stories` command."""
    from flask_babel import lazy_gettext as _l

    from .. import exports_cli
    from ..features import NavItem, cli_group, features
    from . import views

    app.register_blueprint(views.bp)
    cli_group(app, "export", exports_cli.EXPORT_HELP).add_command(exports_cli.export_stories)
    features(app).add_nav(NavItem(
        "dashboard.index", _l("Dashboard"),
        lambda user: user.is_admin or bool(user.role_names() & {"coordinator", "facilitator", "advocacy"}),
        "dashboard.", order=80))
