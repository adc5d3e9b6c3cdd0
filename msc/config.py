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


def _roles(value: str) -> tuple[str, ...]:
    return tuple(r.strip() for r in (value or "").split(",") if r.strip())


def build_config(instance_path: Path) -> dict:
    """The application's settings; every one can be set from the environment."""
    instance_path = Path(instance_path)
    https = _env("HTTPS", "0") == "1"
    return {
        "SECRET_KEY": _secret_key(instance_path),
        "SQLALCHEMY_DATABASE_URI": _env("DATABASE_URL", f"sqlite:///{instance_path / 'msc.sqlite'}"),
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
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
        # Failed sign-ins per address (successful ones are not counted), sized for a clinic behind one address;
        # each account also waits after 5 failures in a row (auth.operations.LOCK_AFTER).
        "LOGIN_RATE_LIMIT": _env("LOGIN_RATE_LIMIT", "30 per minute;300 per hour"),
        # Server-side sessions (auth.sessions): idle timeout and absolute lifetime.
        "SESSION_IDLE_MINUTES": float(_env("SESSION_IDLE_MINUTES", "30")),
        "SESSION_MAX_HOURS": float(_env("SESSION_MAX_HOURS", "12")),
        # Roles whose members must sign in with a second factor (TOTP); empty: nobody.
        "MFA_ROLES": _roles(_env("MFA_ROLES", "admin,coordinator,advocacy")),
        "REDIS_URL": _env("REDIS_URL"),
        # Background analysis: "rq" (default when REDIS_URL is set), "thread" (default otherwise) or "inline".
        "ANALYSIS_JOBS": _env("ANALYSIS_JOBS"),
        "EXPORTS_DIR": _env("EXPORTS_DIR", str(ROOT / "exports")),
        "SET_PASSWORD_TOKEN_HOURS": int(_env("SET_PASSWORD_TOKEN_HOURS", "72")),
    }
