"""`msc backup` and `msc restore`: a round trip on SQLite and PostgreSQL gives back every table
and every export, and a restore refuses a damaged backup or a database that is not empty."""
import json
import os
import subprocess
import sys
from pathlib import Path

from deploy_support import pg_schema, snapshot

REPO = Path(__file__).resolve().parents[1]


def msc(env, *args, check=True):
    """The real `msc` command in a subprocess, configured only by MSC_* variables."""
    result = subprocess.run([sys.executable, "-m", "msc", *args], env=env, capture_output=True, text=True,
                            timeout=600)
    if check:
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    return result


def environment(tmp_path, url, name):
    env = {k: v for k, v in os.environ.items() if not k.startswith("MSC_")}
    env.update(PYTHONPATH=str(REPO), MSC_DATABASE_URL=url, MSC_INSTANCE_PATH=str(tmp_path / f"instance-{name}"),
               MSC_EXPORTS_DIR=str(tmp_path / f"exports-{name}"), MSC_ANALYSIS_JOBS="inline",
               MSC_SECRET_KEY="test", MSC_ARGON2_PROFILE="test")
    return env


def populated(env):
    """A migrated database with the demo programme and one generated document in exports/."""
    msc(env, "db", "upgrade")
    msc(env, "demo", "--no-print-logins")
    exports = Path(env["MSC_EXPORTS_DIR"])
    (exports / "notes").mkdir(parents=True, exist_ok=True)
    (exports / "notes" / "note-1.docx").write_bytes(os.urandom(4096))


def round_trip(tmp_path, source_env, target_env, target_url_snapshot, source_url):
    before = snapshot(source_url)
    assert sum(len(rows) for rows in before.values()) > 50  # the demo really is there
    out = tmp_path / "backup"
    msc(source_env, "backup", "--out", str(out))
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["database"]["revision"] and len(manifest["database"]["revision"]) >= 12
    assert {f["path"] for f in manifest["files"]} >= {manifest["database"]["file"], "exports/notes/note-1.docx"}
    msc(target_env, "restore", str(out), "--yes")
    assert snapshot(target_url_snapshot()) == before
    restored = Path(target_env["MSC_EXPORTS_DIR"]) / "notes" / "note-1.docx"
    assert restored.read_bytes() == (Path(source_env["MSC_EXPORTS_DIR"]) / "notes" / "note-1.docx").read_bytes()
    return out


def test_sqlite_round_trip_gives_back_every_table_and_export(tmp_path):
    source_url = f"sqlite:///{tmp_path / 'source.sqlite'}"
    target_url = f"sqlite:///{tmp_path / 'target.sqlite'}"
    source, target = environment(tmp_path, source_url, "a"), environment(tmp_path, target_url, "b")
    populated(source)
    out = round_trip(tmp_path, source, target, lambda: target_url, source_url)
    # The restored copy is a working database: the app signs in and serves its pages from it.
    check = msc(target, "user", "add", "new@example.org", "--role", "admin", "--unit", "FUN")
    assert "created" in check.stdout
    # A second restore into the now populated database is refused, and nothing is changed.
    again = msc(target, "restore", str(out), "--yes", check=False)
    assert again.returncode != 0 and "not empty" in again.stderr


def test_postgresql_round_trip_gives_back_every_table_and_export(tmp_path):
    with pg_schema() as (url, schema):
        env = environment(tmp_path, url, "pg")
        populated(env)
        before = snapshot(url)
        out = tmp_path / "backup"
        msc(env, "backup", "--out", str(out))
        # The database is emptied (a new server), then restored from the backup.
        import sqlalchemy as sa

        engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
        with engine.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
            conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
        engine.dispose()
        target = environment(tmp_path, url, "pg2")
        msc(target, "restore", str(out), "--yes")
        assert snapshot(url) == before and sum(len(r) for r in before.values()) > 50
        assert (Path(target["MSC_EXPORTS_DIR"]) / "notes" / "note-1.docx").stat().st_size == 4096


def test_restore_refuses_a_backup_that_differs_from_its_manifest(tmp_path):
    source_url = f"sqlite:///{tmp_path / 'source.sqlite'}"
    source = environment(tmp_path, source_url, "a")
    populated(source)
    out = tmp_path / "backup"
    msc(source, "backup", "--out", str(out))
    with (out / "exports" / "notes" / "note-1.docx").open("ab") as f:
        f.write(b"tampered")
    target = environment(tmp_path, f"sqlite:///{tmp_path / 'target.sqlite'}", "b")
    result = msc(target, "restore", str(out), "--yes", check=False)
    assert result.returncode != 0 and "differs from the manifest" in result.stderr
    assert not (tmp_path / "target.sqlite").exists() or snapshot(f"sqlite:///{tmp_path / 'target.sqlite'}") == {}


def test_restore_asks_for_confirmation_and_backup_wants_an_empty_folder(tmp_path):
    env = environment(tmp_path, f"sqlite:///{tmp_path / 'a.sqlite'}", "a")
    msc(env, "db", "upgrade")
    out = tmp_path / "backup"
    msc(env, "backup", "--out", str(out))
    assert "--yes" in msc(env, "restore", str(out), check=False).stderr
    assert "not empty" in msc(env, "backup", "--out", str(out), check=False).stderr
