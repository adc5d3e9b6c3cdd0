"""SQLite, the embedded default, under concurrent use: set on every connection the app opens.

- WAL journal: readers never wait for the writer, the writer never waits for readers.
- busy_timeout: a writer waits (MSC_SQLITE_BUSY_SECONDS, 30 s by default) for the other one
  instead of failing at once with "database is locked".
- foreign keys enforced, as on PostgreSQL.
- The transaction of a form sent to the app (POST…) starts with BEGIN IMMEDIATE: it takes the
  write lock at its first statement, so a read-then-write request (sign-in, a ballot) waits its
  turn instead of failing when another writer committed since its read began (SQLITE_BUSY_SNAPSHOT,
  which no busy timeout cures). Page reads (GET/HEAD) and work outside requests (CLI, background
  threads) keep the sqlite3 module's own transactions as before (reads see the latest commit,
  a transaction begins at the first write), so readers never queue behind writers.
"""
import sqlalchemy as sa

READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def configure(engine: sa.engine.Engine, busy_seconds: float) -> None:
    """Attach the pragmas and the BEGIN rule to an SQLite engine (no-op for other databases)."""
    if engine.dialect.name != "sqlite":
        return
    busy_ms = int(busy_seconds * 1000)
    in_memory = engine.url.database in (None, "", ":memory:")

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, connection_record):
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {busy_ms}")
        if not in_memory:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(connection):
        if _writing_request():  # the sqlite3 module then issues no BEGIN of its own
            connection.exec_driver_sql("BEGIN IMMEDIATE")


def _writing_request() -> bool:
    from flask import has_request_context, request

    return has_request_context() and request.method not in READ_METHODS


def foreign_keys_off(connection) -> None:
    """Before migrations: batch ALTERs recreate tables, which must not cascade to the rows that
    reference them. Set on the DBAPI connection, outside any transaction (where SQLite obeys it)."""
    if connection.dialect.name == "sqlite":
        connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")


def foreign_keys_on(connection) -> None:
    if connection.dialect.name == "sqlite":
        connection.connection.driver_connection.execute("PRAGMA foreign_keys = ON")
