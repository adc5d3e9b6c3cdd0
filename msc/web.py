"""Wiring of extensions, blueprints, locale, security headers and error pages."""
from flask import Flask, current_app, g, has_request_context, render_template, request
from flask_babel import format_date, format_datetime, get_locale
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf.csrf import CSRFError

from .extensions import babel, csrf, db, limiter, login_manager, migrate

RTL_LOCALES = {"ar"}


def select_locale():
    """The user's language; else the visitor's choice or browser; else the configured default (French)."""
    default = current_app.config.get("BABEL_DEFAULT_LOCALE", "fr")
    if not has_request_context():  # CLI and background work
        return default
    if current_user and current_user.is_authenticated:
        return current_user.locale
    chosen = request.cookies.get("msc_lang")
    if chosen in ("fr", "en", "ar"):
        return chosen
    return request.accept_languages.best_match(["fr", "en", "ar"], default=default)


def init_app(app: Flask) -> None:
    from . import audit  # noqa: F401  (registers the model)
    from .auth.models import User

    db.init_app(app)
    migrate.init_app(app, db, directory=str(app.config.get("MIGRATIONS_DIR") or _migrations_dir()))
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = _l("Please sign in to see this page.")
    login_manager.session_protection = "strong"
    limiter.init_app(app)  # before CSRF, so that floods are counted even without a token
    csrf.init_app(app)
    babel.init_app(app, locale_selector=select_locale)

    @login_manager.user_loader
    def load_user(user_id):
        user = db.session.get(User, int(user_id)) if str(user_id).isdigit() else None
        return user if user and user.is_active else None

    _register_blueprints(app)
    _register_template_helpers(app)
    _register_errors(app)
    _register_security_headers(app)

    from . import logging_filters

    logging_filters.install()

    from .cli import register_commands

    register_commands(app)


def _migrations_dir():
    from .config import ROOT

    return ROOT / "migrations"


def _register_blueprints(app: Flask) -> None:
    from .advocacy.views import bp as advocacy_bp
    from .auth.views import bp as auth_bp
    from .dashboard.views import bp as dashboard_bp
    from .imports.views import bp as imports_bp
    from .main import bp as main_bp
    from .programmes.views import bp as programmes_bp
    from .stories.views import bp as stories_bp
    from .selection.views import bp as selection_bp

    for bp in (main_bp, auth_bp, programmes_bp, stories_bp, imports_bp, selection_bp, dashboard_bp, advocacy_bp):
        app.register_blueprint(bp)
    _register_selection_hooks()

    from .analysis import wiring as analysis_wiring

    analysis_wiring.register(app)


def _register_selection_hooks() -> None:
    from flask_babel import lazy_gettext as _l

    from . import demo, main
    from .selection import decisions  # noqa: F401  (connects the consent-withdrawal signal)
    from .selection import demo_rounds, hooks

    main.add_nav(main.NavItem("selection.index", _l("Rounds"), hooks.sees_rounds, "selection."), 1)
    if hooks.story_panel not in main.STORY_PANELS:
        main.STORY_PANELS.append(hooks.story_panel)
    if demo_rounds.load_demo_rounds not in demo.DEMO_HOOKS:
        demo.DEMO_HOOKS.append(demo_rounds.load_demo_rounds)


def _register_template_helpers(app: Flask) -> None:
    @app.context_processor
    def inject():
        locale = str(get_locale() or "fr")
        return {
            "locale": locale,
            "text_dir": "rtl" if locale in RTL_LOCALES else "ltr",
        }

    from .auth.forms import role_choices
    from .stories.forms import language_choices

    app.jinja_env.filters["role_label"] = lambda role: dict(role_choices()).get(role, role)
    app.jinja_env.filters["action_label"] = action_label
    app.jinja_env.filters["consent_word"] = consent_word
    app.jinja_env.filters["language_name"] = lambda code: dict(language_choices()).get(code, code)
    app.jinja_env.filters["zip"] = lambda a, b: list(zip(a, b))
    app.jinja_env.filters["dict_without"] = lambda d, key: {k: v for k, v in d.items() if k != key}
    app.jinja_env.filters["date"] = lambda d, fmt="medium": format_date(d, fmt) if d else ""
    app.jinja_env.filters["datetime"] = lambda d, fmt="medium": format_datetime(d, fmt) if d else ""


ACTION_LABELS = {
    "story_create": _l("created"),
    "story_edit": _l("edited"),
    "story_submit": _l("submitted"),
    "story_verify": _l("verified"),
    "consent_record": _l("consent recorded"),
    "consent_change": _l("consent changed"),
    "consent_withdraw": _l("consent withdrawn"),
}


def consent_word(value: str):
    """Translated words for consent status, mode and uses."""
    from .stories.forms import consent_use_choices

    words = {"given": _l("Given"), "refused": _l("Refused"), "oral": _l("Oral"), "written": _l("Written"),
             **dict(consent_use_choices())}
    return words.get(value, value)


def action_label(action: str):
    return ACTION_LABELS.get(action, action.replace("_", " "))


def _register_errors(app: Flask) -> None:
    messages = {
        400: _l("The request could not be understood."),
        403: _l("You are not allowed to do this."),
        404: _l("This page does not exist or you cannot see it."),
        405: _l("This action is not allowed here."),
        413: _l("The file or form is too large."),
        429: _l("Too many attempts. Please wait a minute and try again."),
        500: _l("Something went wrong on our side. Nothing was saved."),
    }

    def render_error(code):
        def handler(error):
            if code == 500:
                db.session.rollback()
            return render_template("error.html", code=code, message=messages[code]), code

        return handler

    for code in messages:
        app.register_error_handler(code, render_error(code))

    @app.errorhandler(CSRFError)
    def csrf_error(error):
        message = _l("The form has expired or was not sent from this site. Please try again.")
        return render_template("error.html", code=400, message=message), 400


def _register_security_headers(app: Flask) -> None:
    @app.after_request
    def headers(response):
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
        )
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        if getattr(g, "no_store", False) or (current_user and current_user.is_authenticated):
            response.headers.setdefault("Cache-Control", "no-store")
        return response
