"""Backups: a consistent copy of the database and of exports/, with a manifest; and the way back.

The database is copied with SQLite's online backup API (a consistent snapshot while the app runs)
or with `pg_dump` (custom format) for PostgreSQL. The manifest lists every file with its size and
sha256 and records the schema (Alembic) revision, so that a restore can check what it reads.
"""
import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from flask import current_app

from ..errors import RuleError
from ..extensions import db

MANIFEST = "manifest.json"
SQLITE_FILE = "database.sqlite"
PG_FILE = "database.pgdump"


class BackupError(RuleError):
    """A backup or restore that cannot be done as asked."""


def backup(out: Path) -> dict:
    """Write the database, exports/ and manifest.json into *out* (new or empty)."""
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        raise BackupError(f"{out} is not empty; give a new folder for each backup.")
    out.mkdir(parents=True, exist_ok=True)
    engine = db.engine
    revision = _revision(engine)
    if engine.dialect.name == "sqlite":
        _sqlite_backup(_sqlite_path(engine), out / SQLITE_FILE)
        db_file = SQLITE_FILE
    elif engine.dialect.name == "postgresql":
        _pg_dump(engine, out / PG_FILE)
        db_file = PG_FILE
    else:
        raise BackupError(f"Backups of {engine.dialect.name} databases are not supported.")
    exports = Path(current_app.config["EXPORTS_DIR"])
    if exports.is_dir():
        shutil.copytree(exports, out / "exports", ignore=shutil.ignore_patterns(".gitkeep"))
    else:
        (out / "exports").mkdir()
    manifest = {
        "format": 1,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "database": {"dialect": engine.dialect.name, "file": db_file, "revision": revision},
        "files": [_describe(out, path) for path in sorted(out.rglob("*")) if path.is_file()],
    }
    (out / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    for path in out.rglob("*"):
        if path.is_file():
            path.chmod(0o600)  # stories and accounts: readable by the operator only
    return manifest


def restore(folder: Path) -> dict:
    """Check the manifest, then copy the backup into the configured database (which must be empty)
    and into EXPORTS_DIR (which must hold none of the backup's files)."""
    folder = Path(folder)
    manifest = read_manifest(folder)
    engine = db.engine
    if manifest["database"]["dialect"] != engine.dialect.name:
        raise BackupError(f"This backup is of a {manifest['database']['dialect']} database; "
                          f"the configured one is {engine.dialect.name}.")
    tables = sa.inspect(engine).get_table_names()
    if tables:
        raise BackupError(f"The configured database is not empty ({len(tables)} tables); "
                          "restore into a new, empty database.")
    exports = Path(current_app.config["EXPORTS_DIR"])
    clashes = [p for p in (folder / "exports").rglob("*") if p.is_file()
               and (exports / p.relative_to(folder / "exports")).exists()]
    if clashes:
        raise BackupError(f"{len(clashes)} files of the backup already exist in {exports}; nothing restored.")
    db.session.remove()
    engine.dispose()
    source = folder / manifest["database"]["file"]
    if engine.dialect.name == "sqlite":
        _sqlite_backup(source, _sqlite_path(engine))
    else:
        _pg_restore(engine, source)
    engine.dispose()
    shutil.copytree(folder / "exports", exports, dirs_exist_ok=True)
    return manifest


def read_manifest(folder: Path) -> dict:
    """The manifest, once every file it lists is there with its size and sha256."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text())
    except (OSError, ValueError):
        raise BackupError(f"{folder} has no readable {MANIFEST}: not a backup made by `msc backup`.") from None
    for entry in manifest.get("files", []):
        path = folder / entry["path"]
        if not path.is_file() or _describe(folder, path) != entry:
            raise BackupError(f"{entry['path']} is missing or differs from the manifest; nothing restored.")
    return manifest


def _describe(root: Path, path: Path) -> dict:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return {"path": path.relative_to(root).as_posix(), "size": path.stat().st_size, "sha256": digest.hexdigest()}


def _revision(engine) -> str | None:
    with engine.connect() as conn:
        if not sa.inspect(conn).has_table("alembic_version"):
            return None
        return conn.scalar(sa.text("SELECT version_num FROM alembic_version"))


# -- SQLite ------------------------------------------------------------------------------------
def _sqlite_path(engine) -> Path:
    name = engine.url.database
    if not name or name == ":memory:":
        raise BackupError("An in-memory SQLite database cannot be backed up or restored.")
    return Path(name)


def _sqlite_backup(source: Path, target: Path) -> None:
    """SQLite's online backup API: a consistent copy even while the app writes."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


# -- PostgreSQL --------------------------------------------------------------------------------
def _pg_env(engine) -> tuple[str, dict]:
    """A libpq URI without the password, which goes in PGPASSWORD (never on a command line)."""
    url = engine.url.set(drivername="postgresql")
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = url.password
    return url.set(password=None).render_as_string(hide_password=False), env


def _schema(engine) -> str:
    with engine.connect() as conn:
        return conn.scalar(sa.text("SELECT current_schema()"))


def _run(argv: list[str], env: dict) -> None:
    if shutil.which(argv[0]) is None:
        raise BackupError(f"`{argv[0]}` is not installed: install the PostgreSQL client (postgresql-client).")
    result = subprocess.run(argv, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{argv[0]} failed: {result.stderr.strip()[-500:]}")


def _pg_dump(engine, target: Path) -> None:
    uri, env = _pg_env(engine)
    _run(["pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--schema", _schema(engine),
          "--file", str(target), "--dbname", uri], env)


SCHEMA_ENTRY = re.compile(r"^\d+; \d+ \d+ SCHEMA ")


def _pg_restore(engine, source: Path) -> None:
    """pg_restore into the configured database; the schema itself is the empty one configured."""
    uri, env = _pg_env(engine)
    listing = subprocess.run(["pg_restore", "--list", str(source)], capture_output=True, text=True, env=env)
    if listing.returncode != 0:
        raise BackupError(f"pg_restore cannot read {source.name}: {listing.stderr.strip()[-300:]}")
    entries = [line for line in listing.stdout.splitlines() if not SCHEMA_ENTRY.match(line)]
    with tempfile.NamedTemporaryFile("w", suffix=".list") as toc:
        toc.write("\n".join(entries) + "\n")
        toc.flush()
        _run(["pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
              "--use-list", toc.name, "--dbname", uri, str(source)], env)
