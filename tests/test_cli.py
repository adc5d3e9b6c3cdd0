import json
import subprocess
import sys

import sqlalchemy as sa

from msc.auth.models import User
from msc.stories.models import Story


def test_user_add_with_password_stdin(app, world, db):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["user", "add", "new@test.msc", "--role", "panelist", "--role", "facilitator",
                                 "--unit", "AGA", "--password-stdin"], input="a-good-password\n")
    assert result.exit_code == 0, result.output
    user = db.session.scalar(sa.select(User).where(User.email == "new@test.msc"))
    assert user.has_role("panelist", world.unit("AGA")) and user.password_hash.startswith("$argon2id$")
    assert "a-good-password" not in result.output


def test_user_add_without_password_prints_a_link(app, world):
    result = app.test_cli_runner().invoke(args=["user", "add", "link@test.msc", "--role", "advocacy", "--unit", "NAT"])
    assert result.exit_code == 0 and "/set-password/" in result.output


def test_user_add_unknown_unit_fails_cleanly(app, world, db):
    result = app.test_cli_runner().invoke(args=["user", "add", "x@test.msc", "--role", "admin", "--unit", "ZZZ"])
    assert result.exit_code != 0 and "Unknown unit" in result.output
    assert db.session.scalar(sa.select(User).where(User.email == "x@test.msc")) is None


def test_user_add_short_password_fails(app, world, db):
    result = app.test_cli_runner().invoke(args=["user", "add", "y@test.msc", "--role", "admin", "--unit", "FUN",
                                                "--password-stdin"], input="short\n")
    assert result.exit_code != 0
    assert db.session.scalar(sa.select(User).where(User.email == "y@test.msc")) is None


def test_demo_is_idempotent(app, db):
    runner = app.test_cli_runner()
    first = runner.invoke(args=["demo"])
    assert first.exit_code == 0, first.output
    count = db.session.scalar(sa.select(sa.func.count(Story.id)))
    second = runner.invoke(args=["demo", "--no-print-logins"])
    assert second.exit_code == 0
    assert count >= 55 and db.session.scalar(sa.select(sa.func.count(Story.id))) == count
    assert "admin@demo.msc" in first.output and "plaidoyer@demo.msc" in first.output
    languages = set(db.session.scalars(sa.select(Story.language)))
    assert {"fr", "en"} <= languages
    withdrawn = [s for s in db.session.scalars(sa.select(Story)) if s.is_withdrawn]
    assert withdrawn
    from msc.selection.models import Round

    rounds = list(db.session.scalars(sa.select(Round)))
    assert {r.method for r in rounds if r.is_finalised} == {"approval", "ranking", "scoring", "schulze", "consensus"}
    assert any(r.is_open for r in rounds)
    shown = [json.loads(runner.invoke(args=["round", "show", str(r.id), "--json"]).output) for r in rounds]
    for data in shown:  # every round of the demo: a panel of three choosing among three or more per domain
        assert len(data["panelists"]) == 3, data["id"]
        assert data["domains"] and all(len(d["candidates"]) >= 3 for d in data["domains"]), data["id"]
    finalised = [d for d in shown if d["status"] == "finalised"]
    assert {d["method"] for d in finalised} == {"approval", "ranking", "scoring", "schulze", "consensus"}
    assert [d["mode"] for d in finalised].count("in_person") == 1
    collectors = {who for d in finalised for dom in d["domains"] for who in dom["collectors"].values()}
    assert any(set(d["panelists"]) & collectors for d in finalised)  # a panelist who collected a candidate


def test_msc_console_script_runs(tmp_path):
    env = {"MSC_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite'}", "MSC_INSTANCE_PATH": str(tmp_path),
           "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-m", "msc", "db", "upgrade"], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    out = subprocess.run([sys.executable, "-m", "msc", "init"], env=env, capture_output=True, text=True)
    assert out.returncode == 0 and "Database ready" in out.stdout


def test_msc_analyze_needs_no_database(tmp_path):
    env = {"MSC_DATABASE_URL": "postgresql+psycopg://nobody@127.0.0.1:1/none", "MSC_INSTANCE_PATH": str(tmp_path),
           "PATH": "/usr/bin:/bin"}
    line = json.dumps({"id": "a", "text": "Mon amie Samira m'a accompagnée au dépistage VIH."})
    out = subprocess.run([sys.executable, "-m", "msc", "analyze"], input=line + "\n", env=env,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout)
    assert result["id"] == "a" and "Samira" not in result["pseudonymised"]
    assert "hiv_sti_testing" in {t["key"] for t in result["themes"]}
