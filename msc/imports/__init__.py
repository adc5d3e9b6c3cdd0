"""imports: CSV / XLSX (KoboToolbox, ODK) files read, mapped, checked and written as stories."""


def init_app(app) -> None:
    """Register the import pages, the `import` command and the menu entry (coordinators)."""
    from flask_babel import lazy_gettext as _l

    from ..features import NavItem, features
    from . import cli, views

    app.register_blueprint(views.bp)
    app.cli.add_command(cli.import_command)
    features(app).add_nav(NavItem("imports.upload", _l("Import"), lambda u: u.is_admin or u.has_role("coordinator"),
                                  "imports.", order=30))
