"""Configuration from MSC_* environment variables, with defaults that run."""
import os
import secrets
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent
# A source checkout keeps templates/, migrations/ and exports/ beside the package; an installed
# wheel carries templates and migrations inside it (msc/templates, msc/migrations).
IN_CHECKOUT = (ROOT / "pyproject.toml").is_file() and (ROOT / "templates").is_dir()


def _env(name, default=None):
    return os.environ.get(f"MSC_{name}", default)


def data_dir(name: str) -> Path:
    """templates/ or migrations/: inside the installed package, else beside it in the checkout."""
    installed = PACKAGE / name
    return installed if installed.is_dir() else ROOT / name


def default_instance_path() -> Path:
    """MSC_INSTANCE_PATH; else instance/ in a checkout; else <prefix>/var/msc-instance (Flask's own default)."""
    if _env("INSTANCE_PATH"):
        return Path(_env("INSTANCE_PATH"))
    if IN_CHECKOUT:
        return ROOT / "instance"
    return Path(sys.prefix) / "var" / "msc-instance"


def database_url(url: str) -> str:
    """Accept the `postgres://` and `postgresql://` forms hosting services give, with the psycopg 3 driver."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


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


def _roles(value: str) -> tuple[str, ...]:
    return tuple(r.strip() for r in (value or "").split(",") if r.strip())


def build_config(instance_path: Path) -> dict:
    """The application's settings; every one can be set from the environment."""
    instance_path = Path(instance_path)
    https = _env("HTTPS", "0") == "1"
    url = database_url(_env("DATABASE_URL", f"sqlite:///{instance_path / 'msc.sqlite'}"))
    return {
        "SECRET_KEY": _secret_key(instance_path),
        "SQLALCHEMY_DATABASE_URI": url,
        # hide_parameters: a failing statement never puts story text (its bound values) into a log or an error.
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True, "hide_parameters": True},
        # SQLite only: how long a writer waits for another one (WAL, foreign keys: msc/server/sqlite.py).
        "SQLITE_BUSY_SECONDS": float(_env("SQLITE_BUSY_SECONDS", "30")),
        "MIGRATIONS_DIR": str(data_dir("migrations")),
        # Trust X-Forwarded-For/-Proto/-Host from this many reverse proxies (0: none, the app faces clients).
        "PROXY_FIX": int(_env("PROXY_FIX", "0")),
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
        # With Redis, every web process counts in the same place; if Redis is down, each process
        # counts in its own memory meanwhile (never an error page).
        "RATELIMIT_STORAGE_URI": _env("REDIS_URL") or "memory://",
        "RATELIMIT_IN_MEMORY_FALLBACK_ENABLED": True,
        "RATELIMIT_SWALLOW_ERRORS": True,
        "RATELIMIT_KEY_PREFIX": _env("RATELIMIT_KEY_PREFIX", "msc"),
        "RATELIMIT_HEADERS_ENABLED": False,
        # Failed sign-ins per address (successful ones are not counted), sized for a clinic behind one address;
        # each account also waits after 5 failures in a row (auth.operations.LOCK_AFTER).
        "LOGIN_RATE_LIMIT": _env("LOGIN_RATE_LIMIT", "30 per minute;300 per hour"),
        # Server-side sessions (auth.sessions): idle timeout and absolute lifetime.
        "SESSION_IDLE_MINUTES": float(_env("SESSION_IDLE_MINUTES", "30")),
        "SESSION_MAX_HOURS": float(_env("SESSION_MAX_HOURS", "12")),
        # Roles whose members must sign in with a second factor (TOTP); empty: nobody.
        "MFA_ROLES": _roles(_env("MFA_ROLES", "admin,coordinator,advocacy")),
        "REDIS_URL": _env("REDIS_URL"),
        # The RQ queue `msc worker` listens to (analyses and advocacy notes); tests give each run its own.
        "RQ_QUEUE": _env("RQ_QUEUE", "msc-analysis"),
        # Background analysis: "rq" (default when REDIS_URL is set), "thread" (default otherwise) or "inline".
        "ANALYSIS_JOBS": _env("ANALYSIS_JOBS"),
        "EXPORTS_DIR": _env("EXPORTS_DIR", str(ROOT / "exports" if IN_CHECKOUT else instance_path / "exports")),
        # Drafts never submitted are erased after this many days without a change (`msc retention run`).
        "RETENTION_DRAFT_DAYS": int(_env("RETENTION_DRAFT_DAYS", "180")),
        # Stories exports of more stories than this are written by `msc worker` (with Redis), with a progress page.
        "EXPORT_BACKGROUND_ROWS": int(_env("EXPORT_BACKGROUND_ROWS", "5000")),
        # A background export writes its progress (stories written) every this many stories, not at every row.
        "EXPORT_PROGRESS_ROWS": int(_env("EXPORT_PROGRESS_ROWS", "500")),
        # Files of background exports are deleted this many days after they were written (`msc retention run`).
        "EXPORT_RETENTION_DAYS": int(_env("EXPORT_RETENTION_DAYS", "7")),
        "SET_PASSWORD_TOKEN_HOURS": int(_env("SET_PASSWORD_TOKEN_HOURS", "72")),
    }
