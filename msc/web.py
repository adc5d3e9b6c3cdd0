"""The core of the application: extensions, locale, template helpers, security headers and error pages.

Feature packages register themselves (their own ``init_app``); this module knows none of them.
"""
from flask import Flask, current_app, g, has_request_context, render_template, request
from flask_babel import format_date, format_datetime, get_locale
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf.csrf import CSRFError
from werkzeug.routing import IntegerConverter

from .extensions import babel, csrf, db, limiter, login_manager, migrate
from .features import features
from .features import init_app as init_features

RTL_LOCALES = {"ar"}
HSTS_MAX_AGE = 2 * 365 * 24 * 3600


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


class IdConverter(IntegerConverter):
    """``<int:…>`` in a route: a positive number a database id can hold; anything else is a 404."""

    def __init__(self, map, *args, **kwargs):
        kwargs.setdefault("max", 2**31 - 1)
        super().__init__(map, *args, **kwargs)


def init_app(app: Flask) -> None:
    """The core every feature relies on: registry, extensions, locale, pages' helpers, errors, headers."""
    from . import data_version  # audit: registers its model
    app.url_map.converters["int"] = IdConverter  # before any feature adds its routes
    init_features(app)
    db.init_app(app)
    with app.app_context():  # every change of the figures' data moves the data version (dashboard's cache)
        for engine in db.engines.values():
            data_version.install(engine)
    migrate.init_app(app, db, directory=str(app.config.get("MIGRATIONS_DIR") or _migrations_dir()))
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = _l("Please sign in to see this page.")
    login_manager.session_protection = "strong"
    limiter.init_app(app)  # before CSRF, so that floods are counted even without a token
    csrf.init_app(app)
    babel.init_app(app, locale_selector=select_locale)

    _register_template_helpers(app)
    _register_errors(app)
    _register_security_headers(app)

    from . import logging_filters

    logging_filters.install()


def _migrations_dir():
    from .config import ROOT

    return ROOT / "migrations"


def _register_template_helpers(app: Flask) -> None:
    @app.context_processor
    def inject():
        locale = str(get_locale() or "fr")
        return {
            "locale": locale,
            "text_dir": "rtl" if locale in RTL_LOCALES else "ltr",
        }

    app.jinja_env.filters["action_label"] = action_label
    app.jinja_env.filters["zip"] = lambda a, b: list(zip(a, b, strict=False))
    app.jinja_env.filters["dict_without"] = lambda d, key: {k: v for k, v in d.items() if k != key}
    app.jinja_env.filters["date"] = lambda d, fmt="medium": format_date(d, fmt) if d else ""
    app.jinja_env.filters["datetime"] = lambda d, fmt="medium": format_datetime(d, fmt) if d else ""


def action_label(action: str):
    """How the history names an audit action: the label a package registered, else the action's words."""
    return features().action_labels.get(action, action.replace("_", " "))


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
        if app.config.get("PREFERRED_URL_SCHEME") == "https":  # MSC_HTTPS=1: browsers keep to HTTPS for two years
            response.headers.setdefault("Strict-Transport-Security", f"max-age={HSTS_MAX_AGE}; includeSubDomains")
        if (getattr(g, "no_store", False) or (current_user and current_user.is_authenticated)) \
                and request.endpoint != "static":
            response.cache_control.no_store = True  # added to send_file's no-cache: no download is ever kept
        return response
