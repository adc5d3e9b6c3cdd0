"""Settings for a real server: database URLs as hosts give them, SQLite set for concurrent use on
every connection, the proxy's headers trusted as configured, rate limits safe when Redis is down,
and every MSC_* variable the code reads documented."""
import re
from pathlib import Path

import pytest
import sqlalchemy as sa

from msc import config

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("given, expected", [
    ("postgres://u:p@db.example.org:5432/msc", "postgresql+psycopg://u:p@db.example.org:5432/msc"),
    ("postgresql://u@host/db?sslmode=require", "postgresql+psycopg://u@host/db?sslmode=require"),
    ("postgresql+psycopg://u@host/db", "postgresql+psycopg://u@host/db"),
    ("sqlite:////var/lib/msc/msc.sqlite", "sqlite:////var/lib/msc/msc.sqlite"),
])
def test_database_urls_from_hosting_services_use_psycopg(given, expected):
    assert config.database_url(given) == expected


def test_postgres_url_in_the_environment_builds_a_psycopg_engine(monkeypatch, tmp_path):
    monkeypatch.setenv("MSC_DATABASE_URL", "postgres://msc@127.0.0.1:5432/test")
    settings = config.build_config(tmp_path)
    assert sa.create_engine(settings["SQLALCHEMY_DATABASE_URI"]).dialect.driver == "psycopg"


def test_sqlite_connections_use_wal_busy_timeout_and_foreign_keys(tmp_path):
    from msc import create_app
    from msc.extensions import db

    app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'a.sqlite'}", "SQLITE_BUSY_SECONDS": 7})
    with app.app_context():
        with db.engine.connect() as conn:
            pragmas = [conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                       for name in ("journal_mode", "busy_timeout", "foreign_keys")]
        db.engine.dispose()
    assert pragmas == ["wal", 7000, 1]


def test_busy_seconds_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("MSC_SQLITE_BUSY_SECONDS", "12")
    assert config.build_config(tmp_path)["SQLITE_BUSY_SECONDS"] == 12.0


def test_redis_url_is_the_rate_limit_storage(monkeypatch, tmp_path):
    monkeypatch.setenv("MSC_REDIS_URL", "redis://127.0.0.1:6379/3")
    assert config.build_config(tmp_path)["RATELIMIT_STORAGE_URI"] == "redis://127.0.0.1:6379/3"
    monkeypatch.delenv("MSC_REDIS_URL")
    assert config.build_config(tmp_path)["RATELIMIT_STORAGE_URI"] == "memory://"


class TestRedisDown:
    @pytest.fixture
    def app_config(self):
        return {"WTF_CSRF_ENABLED": True, "RATELIMIT_ENABLED": True, "LOGIN_RATE_LIMIT": "3 per minute",
                "RATELIMIT_STORAGE_URI": "redis://127.0.0.1:1/0"}

    def test_sign_in_is_refused_clearly_while_the_store_is_down(self, app, world):
        """Issue 16: with the limiter's store down, never a 500 and never unlimited: a clear try-again page."""
        client = app.test_client()

        def attempt(password, address):
            page = client.get("/login").get_data(as_text=True)
            token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
            return client.post("/login", data={"email": "admin@test.msc", "password": password, "csrf_token": token},
                               environ_base={"REMOTE_ADDR": address})

        for password in ("wrong", "wrong", "wrong", "wrong", "password-123"):
            response = attempt(password, "192.0.2.1")
            assert response.status_code == 503
            assert "try again" in response.get_data(as_text=True)


def test_proxy_fix_trusts_the_configured_number_of_proxies(monkeypatch):
    import importlib

    monkeypatch.setenv("MSC_PROXY_FIX", "1")
    import msc.wsgi

    app = importlib.reload(msc.wsgi).app
    app.config["SERVER_NAME"] = None
    seen = {}

    @app.get("/_seen")
    def _seen():
        from flask import request

        seen.update(addr=request.remote_addr, scheme=request.scheme)
        return ""

    app.test_client().get("/_seen", headers={"X-Forwarded-For": "203.0.113.7", "X-Forwarded-Proto": "https"})
    assert seen == {"addr": "203.0.113.7", "scheme": "https"}


def _variables_read_by_the_code() -> set[str]:
    names = set()
    for path in (REPO / "msc").rglob("*.py"):
        text = path.read_text()
        names |= {f"MSC_{m}" for m in re.findall(r'_env\("([A-Z0-9_]+)"', text)}
        names |= set(re.findall(r"\"(MSC_[A-Z0-9_]+)\"", text))
    names |= {f"MSC_{name}" for name in __import__("msc.server.serve", fromlist=["x"]).DEFAULTS}
    names.discard("MSC_ARGON2_PROFILE")  # tests only
    return names


def test_every_msc_variable_is_in_the_env_file_and_the_readme():
    names = _variables_read_by_the_code()
    assert {"MSC_DATABASE_URL", "MSC_REDIS_URL", "MSC_PROXY_FIX", "MSC_WORKERS", "MSC_INSTANCE_PATH"} <= names
    env_file = (REPO / "deploy" / "msc.env").read_text()
    readme = (REPO / "README.md").read_text()
    missing = sorted(n for n in names if re.search(rf"^#?{n}=", env_file, re.M) is None or f"`{n}`" not in readme)
    assert missing == []


def test_gunicorn_command_takes_the_settings(monkeypatch):
    from msc.server import serve

    argv = serve.gunicorn_argv("0.0.0.0:9000", 3, 8, 60)
    assert argv[1:4] == ["-m", "gunicorn", "msc.wsgi:app"]
    options = dict(zip(argv[4::2], argv[5::2], strict=False))
    assert {k: options[k] for k in ("--bind", "--workers", "--threads", "--timeout")} == {
        "--bind": "0.0.0.0:9000", "--workers": "3", "--threads": "8", "--timeout": "60"}
