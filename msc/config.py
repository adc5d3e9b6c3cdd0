"""Configuration from MSC_* environment variables, with defaults that run."""
import os
import secrets
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _env(name, default=None):
    return os.environ.get(f"MSC_{name}", default)


def _secret_key(instance_path: Path) -> str:
    """Use MSC_SECRET_KEY, else a random key kept in instance/ so sessions survive restarts."""
    key = _env("SECRET_KEY")
    if key:
        return key
    path = instance_path / "secret_key"
    if path.exists():
        return path.read_text().strip()
    instance_path.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    path.write_text(key)
    path.chmod(0o600)
    return key


def build_config(instance_path: Path) -> dict:
    """The application's settings; every one can be set from the environment."""
    instance_path = Path(instance_path)
    https = _env("HTTPS", "0") == "1"
    return {
        "SECRET_KEY": _secret_key(instance_path),
        "SQLALCHEMY_DATABASE_URI": _env("DATABASE_URL", f"sqlite:///{instance_path / 'msc.sqlite'}"),
        # hide_parameters: a failing statement never puts story text (its bound values) into a log or an error.
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True, "hide_parameters": True},
        "MAX_CONTENT_LENGTH": int(_env("MAX_CONTENT_LENGTH", str(20 * 1024 * 1024))),
        "IMPORT_MAX_BYTES": int(_env("IMPORT_MAX_BYTES", str(20 * 1024 * 1024))),
        # Uploaded exports wait here between the import steps; deleted after import or this delay.
        "IMPORT_UPLOAD_DIR": _env("IMPORT_UPLOAD_DIR", str(instance_path / "imports")),
        "IMPORT_UPLOAD_TTL": int(_env("IMPORT_UPLOAD_TTL", str(2 * 3600))),
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": https,
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "REMEMBER_COOKIE_SECURE": https,
        "PREFERRED_URL_SCHEME": "https" if https else "http",
        "WTF_CSRF_TIME_LIMIT": None,
        "BABEL_DEFAULT_LOCALE": "fr",
        "BABEL_DEFAULT_TIMEZONE": _env("TIMEZONE", "Africa/Casablanca"),
        "BABEL_TRANSLATION_DIRECTORIES": str(Path(__file__).parent / "translations"),
        "LANGUAGES": ["fr", "en", "ar"],
        "RATELIMIT_STORAGE_URI": _env("REDIS_URL", "memory://") if _env("RATELIMIT_REDIS", "0") == "1" else "memory://",
        "RATELIMIT_HEADERS_ENABLED": False,
        "LOGIN_RATE_LIMIT": _env("LOGIN_RATE_LIMIT", "10 per minute"),
        "REDIS_URL": _env("REDIS_URL"),
        # Background analysis: "rq" (default when REDIS_URL is set), "thread" (default otherwise) or "inline".
        "ANALYSIS_JOBS": _env("ANALYSIS_JOBS"),
        "EXPORTS_DIR": _env("EXPORTS_DIR", str(ROOT / "exports")),
        # Drafts never submitted are erased after this many days without a change (`msc retention run`).
        "RETENTION_DRAFT_DAYS": int(_env("RETENTION_DRAFT_DAYS", "180")),
        "SET_PASSWORD_TOKEN_HOURS": int(_env("SET_PASSWORD_TOKEN_HOURS", "72")),
    }
