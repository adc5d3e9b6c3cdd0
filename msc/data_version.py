"""The data version: a counter every transaction that changes what figures are computed from moves by one.

Figures that are costly to compute over a whole archive (the dashboard, a note's key figures) are kept
with the version they were computed at (``stories.figure_cache``) and served again while it has not moved.

The rule, in one place: a transaction that inserts, updates or deletes a row of any table bumps the
counter once, except the tables below that only record who looked, signed in or waited (``QUIET_TABLES``):
a new, edited, withdrawn or erased story, a consent change, a round created, decided or finalised, a
follow-up record, a theme confirmed, a unit or domain renamed... all move it, whatever code path writes
them (an operation, an import's bulk insert), because it is watched on the engine, below the ORM. Not
seen: SQL written as text (``sa.text``, only the full-text index's upkeep today) and migrations (paused: a
process restarted after them starts with no figures kept).

The bump is an UPDATE of one row inside the writing transaction, sent just before its COMMIT: a reader sees
the new version exactly when it sees the new rows (a figure computed at version v holds at least what v
holds). On PostgreSQL concurrent writers queue on that row only for the instant between their bump and
their commit, when they wait for nothing else: the counter can never take part in a deadlock.
"""
from __future__ import annotations

from contextlib import contextmanager

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from .extensions import db

# Tables written while reading, signing in or queueing work: none of them changes a figure. ``users``: a
# sign-in writes the account (last login, failed attempts); figures read users' names only, and those are
# looked up when a page is shown, not kept (``dashboard.queries``).
QUIET_TABLES = frozenset({"data_versions", "audit_events", "user_sessions", "users", "mfa_recovery_codes",
                          "read_marks", "analysis_jobs", "note_jobs", "export_jobs", "import_mappings"})
_WROTE = "msc_data_version_wrote"  # on the connection's info: this transaction wrote a row that counts
_PAUSED = "msc_data_version_paused"  # on the connection's info: migrations (the table comes and goes)
_ROW = 1  # the counter's row (the statements below name it)


class DataVersion(db.Model):
    """The one row of the data version counter."""

    __tablename__ = "data_versions"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    value: Mapped[int] = mapped_column(sa.BigInteger, default=0, server_default="0")


_FIRST_ROW = sa.DDL("INSERT INTO data_versions (id, value) VALUES (1, 0)")  # create_all's (a migration inserts
# its own)
_BUMP = "UPDATE data_versions SET value = value + 1 WHERE id = 1"
_RESTART = "INSERT INTO data_versions (id, value) VALUES (1, 1)"


def current() -> int:
    """The committed version (0 before the first change); one statement on the primary key."""
    return db.session.scalar(sa.select(DataVersion.value).where(DataVersion.id == _ROW)) or 0


def settled() -> int | None:
    """The version, or None while this session's transaction holds changes of its own not yet committed: what
    it counts then may be rolled back, and must not be kept under a version others will reach."""
    value = current()
    return None if db.session.connection().info.get(_WROTE) else value


def _written_table(context) -> str | None:
    """The table an INSERT, UPDATE or DELETE statement writes, or None for anything else."""
    if context is None or not (context.isinsert or context.isupdate or context.isdelete):
        return None
    compiled = context.compiled
    table = getattr(getattr(compiled, "statement", None), "table", None)
    return getattr(table, "name", None)


def _bump(connection) -> None:
    if connection.exec_driver_sql(_BUMP).rowcount == 0:
        # the row is gone (tables emptied by hand or by tests): the count restarts
        connection.exec_driver_sql(_RESTART)


@contextmanager
def paused(connection):
    """No bump on this connection inside the block (migrations: the counter's table may not exist yet, or
    any more; a process restarted after them starts with no figures kept)."""
    connection.info[_PAUSED] = True
    try:
        yield connection
    finally:
        connection.info.pop(_PAUSED, None)


def _after_execute(connection, cursor, statement, parameters, context, executemany) -> None:
    if connection.info.get(_WROTE) or connection.info.get(_PAUSED):
        return
    table = _written_table(context)
    if table is not None and table not in QUIET_TABLES:
        connection.info[_WROTE] = True  # bumped when the transaction commits (``_before_commit``)


def _before_commit(connection) -> None:
    if connection.info.pop(_WROTE, False) and not connection.info.get(_PAUSED):
        _bump(connection)


def _transaction_over(connection, *args) -> None:
    connection.info.pop(_WROTE, None)


def install(engine: sa.engine.Engine) -> None:
    """Watch an engine's writes (once per engine)."""
    if not sa.event.contains(DataVersion.__table__, "after_create", _FIRST_ROW):
        sa.event.listen(DataVersion.__table__, "after_create", _FIRST_ROW)
    if sa.event.contains(engine, "after_cursor_execute", _after_execute):
        return
    sa.event.listen(engine, "after_cursor_execute", _after_execute)
    sa.event.listen(engine, "commit", _before_commit)  # called before the COMMIT is sent
    # A savepoint rolled back keeps the mark (one bump too many is harmless; one too few is not).
    for name in ("begin", "rollback"):
        sa.event.listen(engine, name, _transaction_over)
