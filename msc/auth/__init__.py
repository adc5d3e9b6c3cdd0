"""auth: users, roles, sign-in (server-side sessions, second factor, lockout), per-object permission helpers."""


def init_app(app) -> None:
    """Register the sign-in pages, the session check, the user loader, the `user` command and the admin's menu."""
    from flask import g, render_template, session
    from flask_babel import lazy_gettext as _l
    from flask_login import logout_user

    from ..extensions import db, login_manager
    from ..features import NavItem, features
    from . import cli, sessions, views
    from .forms import role_choices
    from .models import User

    app.register_blueprint(views.bp)
    app.cli.add_command(cli.user_group)
    sessions.init_store(app)

    @app.before_request
    def check_session():
        """A signed-in cookie counts only while its server-side session lives (not ended, not idle, not too old)."""
        g.msc_session_user = None
        user_id = session.get("_user_id")
        if user_id is None:
            return
        if sessions.check(user_id):
            g.msc_session_user = str(user_id)
        else:
            logout_user()
            session.pop(sessions.SESSION_KEY, None)
        if isinstance(sessions.store(), sessions.DatabaseStore):
            db.session.commit()  # the touch or the removal of an expired session; nothing else is pending yet

    @login_manager.user_loader
    def load_user(user_id):
        if g.get("msc_session_user") != str(user_id) or not str(user_id).isdigit():
            return None
        user = db.session.get(User, int(user_id))
        return user if user and user.is_active else None

    def store_down(error):
        """The limiter's or the sessions' store cannot be reached: refuse, clearly, rather than go unlimited."""
        db.session.rollback()
        message = _l("Signing in is unavailable for a moment. Please try again in a few minutes.")
        return render_template("error.html", code=503, message=message), 503

    import redis.exceptions

    app.register_error_handler(redis.exceptions.RedisError, store_down)

    app.jinja_env.filters["role_label"] = lambda role: dict(role_choices()).get(role, role)
    registry = features(app)
    registry.add_nav(NavItem("auth.users", _l("Users"), lambda u: u.is_admin, "auth.users", order=50))
    registry.add_nav(NavItem("auth.audit_log", _l("Audit log"), lambda u: u.is_admin, "auth.audit", order=60))
    registry.add_action_labels({
        "login_locked": _l("sign-in refused: account waiting"),
        "mfa_enrol": _l("two-factor sign-in set up"),
        "mfa_failed": _l("wrong two-factor code"),
        "mfa_recovery_used": _l("recovery code used"),
        "mfa_reset": _l("two-factor sign-in reset"),
        "user_deactivate": _l("account deactivated"),
        "user_reactivate": _l("account reactivated"),
        "sessions_end": _l("sessions ended"),
        "session_end": _l("session ended"),
    })
