"""On SQLite, erased bytes leave the file: secure_delete on every connection, the WAL emptied after an erasure."""
import sqlalchemy as sa

from ..extensions import db


def secure_delete(dbapi_connection, _record) -> None:
    """Connect listener: SQLite overwrites deleted content with zeros instead of leaving it in free pages."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA secure_delete = ON")
    cursor.close()


def install(app) -> None:
    """Add the listener to the application's SQLite engines (once each)."""
    with app.app_context():
        engines = list(db.engines.values())
    for engine in engines:
        if engine.dialect.name == "sqlite" and not sa.event.contains(engine, "connect", secure_delete):
            sa.event.listen(engine, "connect", secure_delete)


def scrub() -> None:
    """After an erasure is committed: copy the WAL back and truncate it, so no old page stays in a side file.

    On PostgreSQL the old row versions stay in the table's pages until VACUUM reuses them (see README).
    """
    engine = db.engine
    if engine.dialect.name != "sqlite":
        return
    # On the driver's connection, outside any transaction: a checkpoint inside one (the BEGIN
    # IMMEDIATE of a form request, msc/server/sqlite.py) fails with "database table is locked".
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        raw.close()
