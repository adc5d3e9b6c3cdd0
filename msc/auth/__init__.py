"""auth: users, roles, sign-in, per-object permission helpers."""


def init_app(app) -> None:
    """Register the sign-in pages, the user loader, the `user` command and the admin's menu entries."""
    from flask_babel import lazy_gettext as _l

    from ..extensions import db, login_manager
    from ..features import NavItem, features
    from . import cli, views
    from .forms import role_choices
    from .models import User

    app.register_blueprint(views.bp)
    app.cli.add_command(cli.user_group)

    @login_manager.user_loader
    def load_user(user_id):
        user = db.session.get(User, int(user_id)) if str(user_id).isdigit() else None
        return user if user and user.is_active else None

    app.jinja_env.filters["role_label"] = lambda role: dict(role_choices()).get(role, role)
    registry = features(app)
    registry.add_nav(NavItem("auth.users", _l("Users"), lambda u: u.is_admin, "auth.users", order=50))
    registry.add_nav(NavItem("auth.audit_log", _l("Audit log"), lambda u: u.is_admin, "auth.audit", order=60))
