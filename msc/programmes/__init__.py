"""programmes: the programme, its domains, periods, levels and units."""


def init_app(app) -> None:
    """Register the programme set-up pages and their menu entry (admins)."""
    from flask_babel import lazy_gettext as _l

    from ..features import NavItem, features
    from . import domain_views, views

    app.register_blueprint(views.bp)
    app.register_blueprint(domain_views.bp)
    features(app).add_nav(NavItem("programmes.setup", _l("Programme"), lambda u: u.is_admin, "programmes.", order=40))
