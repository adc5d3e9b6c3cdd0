"""Helpers for the deployment tests (tests/test_deploy_*.py): the machine's PostgreSQL and Redis,
a schema of their own, table snapshots. Under CI=true a missing service fails the test."""
import os
import uuid
from contextlib import contextmanager
from urllib.parse import quote

import pytest
import sqlalchemy as sa

PG_BASE = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
REDIS_URL = os.environ.get("MSC_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def unavailable(reason: str):
    """Skip on a developer machine; fail under CI, where every service must be there."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true and {reason}")
    pytest.skip(reason)


def pg_base_url() -> str:
    url = os.environ.get("MSC_TEST_DATABASE_URL", PG_BASE)
    return sa.engine.make_url(url).set(query={}).render_as_string(hide_password=False)


@contextmanager
def pg_schema(prefix: str = "msc_deploy"):
    """A new PostgreSQL schema for one test, dropped after it; yields the app's database URL."""
    base = pg_base_url()
    engine = sa.create_engine(base, poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
    except Exception as exc:
        engine.dispose()
        unavailable(f"no PostgreSQL at {sa.engine.make_url(base).host} ({type(exc).__name__})")
    schema = f"{prefix}_{uuid.uuid4().hex[:10]}"
    with engine.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{base}?options={quote(f'-csearch_path={schema}')}", schema
    finally:
        with engine.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        engine.dispose()


def redis_or_unavailable():
    from redis import Redis

    conn = Redis.from_url(REDIS_URL)
    try:
        conn.ping()
    except Exception as exc:
        unavailable(f"no Redis at {REDIS_URL} ({type(exc).__name__})")
    return conn


def snapshot(url: str) -> dict:
    """Every table's rows, sorted, as plain tuples: what a restore must give back exactly."""
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    try:
        metadata = sa.MetaData()
        metadata.reflect(engine)
        with engine.connect() as conn:
            return {name: sorted(tuple(repr(v) for v in row) for row in conn.execute(table.select()))
                    for name, table in metadata.tables.items()}
    finally:
        engine.dispose()
