"""Advocacy notes: generated Word notes, their records, and the organisation's logo and reference document."""


def init_app(app) -> None:
    """Register the advocacy pages, their menu entry, the `export advocacy` command and the withdrawal handler."""
    from flask_babel import lazy_gettext as _l

    from .. import exports_cli
    from ..features import NavItem, cli_group, features
    from ..stories.operations import consent_withdrawn
    from . import operations, views

    app.register_blueprint(views.bp)
    cli_group(app, "export", exports_cli.EXPORT_HELP).add_command(exports_cli.export_advocacy)
    registry = features(app)
    registry.add_nav(NavItem("advocacy.index", _l("Advocacy notes"),
                             lambda user: user.is_admin or "advocacy" in user.role_names(), "advocacy.", order=70))
    registry.connect(consent_withdrawn, operations.on_consent_withdrawn)
