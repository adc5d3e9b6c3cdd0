"""Big stories exports (issue 15, point 6) written by a real `msc worker` on a real Redis: the threshold switch, the
progress, the file equal to the direct export's, owner-only pages, bad input, and the removal of the files by
erasure, withdrawal and retention. Each run uses its own RQ queue."""
import csv
import datetime as dt
import hashlib
import io
import json
import os
import stat
import subprocess
import sys
import uuid
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa

from msc.audit import AuditEvent
from msc.auth.models import RoleAssignment, User
from msc.dashboard import export_jobs
from msc.dashboard.models import ExportJob
from msc.imports.bulk import bulk_stories
from msc.stories.models import Story

REDIS_URL = os.environ.get("MSC_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
QUEUE = f"msc-test-exportjob-{uuid.uuid4().hex[:10]}"
THRESHOLD, EVERY = 20, 10
I18N = Path(__file__).parent.parent / "i18n" / "xjobs.tsv"


@pytest.fixture
def app_config():
    return {"REDIS_URL": REDIS_URL, "RQ_QUEUE": QUEUE, "ANALYSIS_JOBS": "inline",
            "EXPORT_BACKGROUND_ROWS": THRESHOLD, "EXPORT_PROGRESS_ROWS": EVERY}


@pytest.fixture
def redis_conn():
    from redis import Redis

    conn = Redis.from_url(REDIS_URL)
    try:
        conn.ping()
    except Exception:
        pytest.skip(f"no Redis at {REDIS_URL}")
    yield conn
    for key in conn.scan_iter(f"*{QUEUE}*"):  # this run's queue and jobs only: others share the database
        conn.delete(key)
    conn.close()


@pytest.fixture
def background(app, redis_conn):
    app.config["ANALYSIS_JOBS"] = "rq"  # as in production with MSC_REDIS_URL set
    return redis_conn


def _stories(world, n, unit="MRK", seed=7):
    bulk_stories(world.programme, n, seed=seed, units=[world.unit(unit)], periods=[world.period("2024-S1")])


def _queued(conn) -> int:
    from rq import Queue

    return Queue(QUEUE, connection=conn).count


def _worker(app):
    from msc.extensions import db

    db.session.commit()  # end the test's read transaction: on SQLite it would lock the worker's writes out
    env = {**os.environ, "MSC_DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"], "MSC_REDIS_URL": REDIS_URL,
           "MSC_RQ_QUEUE": QUEUE, "MSC_EXPORTS_DIR": app.config["EXPORTS_DIR"],
           "MSC_EXPORT_PROGRESS_ROWS": str(EVERY)}
    env.pop("MSC_ANALYSIS_JOBS", None)
    out = subprocess.run([sys.executable, "-m", "msc", "worker", "--burst"], env=env, capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    return out


def _ask(client, fmt="csv", **filters):
    return client.post("/dashboard/exports", data={"fmt": fmt, "period": "2024-S1", **filters})


def _job_id(response) -> int:
    assert response.status_code == 302, response.get_data(as_text=True)[-2000:]
    return int(response.headers["Location"].rstrip("/").split("/")[-1])


def _translations(msgid: str) -> set[str]:
    """The message as the worker may write it: the msgid, or its French from this branch's strings."""
    found = {msgid}
    for line in I18N.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if parts[0] == msgid:
            found.add(parts[1])
    return found


def _comparable(fmt, content: bytes):
    """What must be equal between two exports of the same stories (the JSONL header's timestamp aside)."""
    if fmt == "csv":
        return content.decode("utf-8-sig")
    if fmt == "jsonl":
        lines = [json.loads(line) for line in content.decode("utf-8").splitlines()]
        lines[0]["_meta"].pop("generated_at")
        return lines
    book = openpyxl.load_workbook(io.BytesIO(content), read_only=True)
    return {name: [list(r) for r in book[name].iter_rows(values_only=True)] for name in book.sheetnames}


# -- the threshold ----------------------------------------------------------------------------
def test_over_the_threshold_with_a_worker_the_page_asks_before_queuing(client, login_as, world, db, background):
    _stories(world, THRESHOLD + 5)
    login_as("coord_mrk")
    page = client.get("/dashboard/export.csv?period=2024-S1")
    assert page.status_code == 200 and page.mimetype == "text/html"
    html = page.get_data(as_text=True)
    assert f"This export holds {THRESHOLD + 5} stories" in html and 'action="/dashboard/exports"' in html
    assert db.session.scalar(sa.select(sa.func.count(ExportJob.id))) == 0 and _queued(background) == 0  # a GET
    # queues nothing


def test_at_the_threshold_the_download_is_direct(client, login_as, world, db, background):
    _stories(world, THRESHOLD)
    login_as("coord_mrk")
    response = client.get("/dashboard/export.csv?period=2024-S1")
    assert response.mimetype == "text/csv"
    assert len(list(csv.DictReader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))) == THRESHOLD
    # Asked for with the form, a small export goes back to the direct download: nothing queued.
    asked = _ask(client)
    assert asked.status_code == 302 and "/dashboard/export.csv" in asked.headers["Location"]
    assert db.session.scalar(sa.select(sa.func.count(ExportJob.id))) == 0 and _queued(background) == 0


def test_without_redis_a_big_export_is_direct(app, client, login_as, world, db):
    app.config["REDIS_URL"] = None
    app.config["ANALYSIS_JOBS"] = None
    _stories(world, THRESHOLD + 5)
    login_as("coord_mrk")
    response = client.get("/dashboard/export.jsonl?period=2024-S1")
    assert response.mimetype == "application/x-ndjson"
    assert len(response.get_data(as_text=True).splitlines()) == THRESHOLD + 5 + 1
    assert _ask(client, "jsonl").status_code == 302
    assert db.session.scalar(sa.select(sa.func.count(ExportJob.id))) == 0


def test_an_unknown_format_is_refused_with_a_message_and_nothing_is_queued(client, login_as, world, db, background):
    _stories(world, THRESHOLD + 5)
    login_as("coord_mrk")
    response = _ask(client, "pdf")
    assert response.status_code == 302 and "/dashboard/" in response.headers["Location"]
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Unknown export format: choose CSV, XLSX or JSONL." in page
    assert db.session.scalar(sa.select(sa.func.count(ExportJob.id))) == 0 and _queued(background) == 0
    assert client.get("/dashboard/export.pdf").status_code == 404


# -- the worker -------------------------------------------------------------------------------
def test_the_worker_writes_the_same_file_as_the_direct_export(app, client, login_as, world, db, background):
    _stories(world, THRESHOLD + 15)
    _stories(world, 5, unit="AGA", seed=8)  # beyond coord_mrk's reach: in no file of theirs
    user = login_as("coord_mrk")
    ids = {fmt: _job_id(_ask(client, fmt)) for fmt in ("csv", "jsonl", "xlsx")}
    assert _queued(background) == 3
    job = db.session.get(ExportJob, ids["csv"])
    assert (job.status, job.created_by_id, job.full_text) == ("queued", user.id, False)
    page = client.get(f"/dashboard/exports/{job.id}").get_data(as_text=True)
    assert 'http-equiv="refresh"' in page and "Waiting for a worker" in page and "job-download" not in page
    assert client.get(f"/dashboard/exports/{job.id}/download").status_code == 302  # not ready: back to its page
    listing = client.get("/dashboard/").get_data(as_text=True)
    assert all(f'id="export-job-{i}"' in listing for i in ids.values())

    out = _worker(app)
    assert "Histoire" not in out.stdout + out.stderr
    db.session.expire_all()
    app.config["EXPORT_BACKGROUND_ROWS"] = 10**6  # the same export, straight from the page
    for fmt, job_id in ids.items():
        job = db.session.get(ExportJob, job_id)
        assert (job.status, job.rows_done, job.rows_total, job.error) == ("done", THRESHOLD + 15, THRESHOLD + 15, "")
        path = Path(app.config["EXPORTS_DIR"]) / job.filename
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert hashlib.sha256(path.read_bytes()).hexdigest() == job.sha256 and path.stat().st_size == job.size
        page = client.get(f"/dashboard/exports/{job_id}").get_data(as_text=True)
        assert 'http-equiv="refresh"' not in page and "100%" in page and "job-download" in page
        status = client.get(f"/dashboard/exports/{job_id}/status").get_json()
        assert status == {"id": job_id, "status": "done", "format": fmt, "rows_done": THRESHOLD + 15,
                          "rows_total": THRESHOLD + 15, "percent": 100, "ready": True, "removed": False, "error": ""}
        download = client.get(f"/dashboard/exports/{job_id}/download")
        assert download.status_code == 200 and download.mimetype != "text/html"
        assert download.headers["Content-Disposition"] == f"attachment; filename=stories-2024-S1.{fmt}"
        direct = client.get(f"/dashboard/export.{fmt}?period=2024-S1")
        assert _comparable(fmt, download.data) == _comparable(fmt, direct.data)
    rows = list(csv.DictReader(io.StringIO(
        client.get(f"/dashboard/exports/{ids['csv']}/download").get_data(as_text=True).lstrip("\ufeff"))))
    assert {r["unit_code"] for r in rows} == {"MRK"} and {r["text_kind"] for r in rows} <= {"pseudonymised",
                                                                                              "withheld"}
    downloads = db.session.scalars(sa.select(AuditEvent).where(AuditEvent.action == "stories_export_download")).all()
    assert len(downloads) == 4 and {e.user_id for e in downloads} == {user.id}
    written = db.session.scalars(sa.select(AuditEvent).where(AuditEvent.action == "stories_export",
                                                             AuditEvent.object_type == "export_jobs")).all()
    assert sorted(e.object_id for e in written) == sorted(ids.values())


def test_the_worker_checks_the_requester_again(app, client, login_as, world, db, background):
    _stories(world, THRESHOLD + 5)
    login_as("coord_mrk")
    job_id = _job_id(_ask(client))
    job = db.session.get(ExportJob, job_id)
    # The requester loses their role before the worker takes the job.
    db.session.execute(sa.delete(RoleAssignment).where(RoleAssignment.user_id == job.created_by_id))
    db.session.commit()
    _worker(app)
    db.session.expire_all()
    job = db.session.get(ExportJob, job_id)
    assert job.status == "failed" and not job.filename
    assert job.error in _translations("The person who asked for this export may no longer export stories.")
    assert not list(Path(app.config["EXPORTS_DIR"]).rglob("stories-*"))


def test_a_job_lost_before_the_worker_starts_is_queued_again_and_written(app, client, login_as, world, db,
                                                                         background):
    from rq.job import Job

    _stories(world, THRESHOLD + 5)
    login_as("coord_mrk")
    job_id = _job_id(_ask(client))
    Job.fetch(export_jobs.rq_job_id(job_id), connection=background).delete()  # as when Redis restarts empty
    db.session.get(ExportJob, job_id).status = "running"  # the worker died while writing it
    db.session.commit()
    _worker(app)  # finds it lost at start, queues it again, writes it
    db.session.expire_all()
    job = db.session.get(ExportJob, job_id)
    assert (job.status, job.interrupted, job.rows_done) == ("done", 1, THRESHOLD + 5) and job.is_ready


def test_progress_is_written_every_few_stories_not_at_every_row(app, world, db, background):
    _stories(world, 35)
    user = world.users["coord_mrk"]
    from msc.auth.reach import reporting_unit_ids
    from msc.stories.scope import resolve_scope

    scope = resolve_scope(world.programme, reporting_unit_ids(user, world.programme), period="2024-S1")
    job_id = export_jobs.request_export(scope, "xlsx", user=user).id
    db.session.commit()
    written, seen = [], []

    def watch(conn, cursor, statement, parameters, context, executemany):
        if statement.startswith("UPDATE export_jobs SET rows_done"):
            written.append(parameters["rows_done"] if isinstance(parameters, dict) else parameters[0])
            # What another reader sees meanwhile, on a connection of its own: the previous count, committed.
            with db.engine.connect() as other:
                seen.append(tuple(other.execute(sa.select(ExportJob.rows_done, ExportJob.rows_total)
                                                .where(ExportJob.id == job_id)).one()))

    sa.event.listen(db.engine, "after_cursor_execute", watch)
    try:
        job = export_jobs.execute(job_id)
    finally:
        sa.event.remove(db.engine, "after_cursor_execute", watch)
    assert written == [10, 20, 30]
    assert seen == [(0, 35), (10, 35), (20, 35)]
    assert (job.status, job.rows_done, job.percent) == ("done", 35, 100)


# -- who sees a job ---------------------------------------------------------------------------
@pytest.mark.parametrize("other", ["facil_mrk", "admin", "coord_nat"])
def test_another_user_cannot_see_nor_download_the_export(app, client, login_as, world, db, background, other):
    _stories(world, THRESHOLD + 5)
    login_as("coord_mrk")
    job_id = _job_id(_ask(client))
    export_jobs.execute(job_id)
    assert client.get(f"/dashboard/exports/{job_id}/download").status_code == 200
    login_as(None)
    login_as(other)
    for suffix in ("", "/status", "/download"):
        assert client.get(f"/dashboard/exports/{job_id}{suffix}").status_code == 404
    assert f'id="export-job-{job_id}"' not in client.get("/dashboard/").get_data(as_text=True)


def test_a_requester_whose_reach_shrank_is_refused_the_file(app, client, login_as, world, db, background):
    _stories(world, THRESHOLD + 5)
    user = login_as("coord_nat")
    job_id = _job_id(_ask(client))
    export_jobs.execute(job_id)
    from msc.auth import operations as auth_ops

    db.session.execute(sa.delete(RoleAssignment).where(RoleAssignment.user_id == user.id))
    auth_ops.assign_role(db.session.get(User, user.id), "coordinator", world.unit("AGA"))
    db.session.commit()
    response = client.get(f"/dashboard/exports/{job_id}/download")
    assert response.status_code == 302
    assert "Your rights no longer cover this export" in client.get(response.headers["Location"]).get_data(as_text=True)


# -- erasure, withdrawal, retention -----------------------------------------------------------
def _done_job(client, db, **filters):
    job = export_jobs.execute(_job_id(_ask(client, **filters)))
    assert job.status == "done"
    return job


def test_erasing_a_story_deletes_the_export_files_that_may_hold_it(app, client, login_as, world, db, background):
    from msc.erasure import operations as erasure

    _stories(world, THRESHOLD + 5)
    _stories(world, THRESHOLD + 5, unit="AGA", seed=9)
    login_as("coord_nat")
    both = _done_job(client, db)
    agadir = _done_job(client, db, unit="AGA")
    files = {job.id: Path(app.config["EXPORTS_DIR"]) / job.filename for job in (both, agadir)}
    story = db.session.scalar(sa.select(Story).where(Story.unit_id == world.unit("MRK").id).limit(1))
    erasure.erase_story(story, "storyteller request", user=world.users["admin"])
    db.session.commit()
    assert not files[both.id].exists() and files[agadir.id].exists()  # the AGA-only file cannot hold it
    db.session.expire_all()
    both = db.session.get(ExportJob, both.id)
    assert (both.removed_reason, both.filename) == ("erasure", "") and both.removed_at is not None
    event = db.session.scalar(sa.select(AuditEvent).where(AuditEvent.action == "story_erase"))
    assert event.details["exports_deleted"] == [both.id]
    response = client.get(f"/dashboard/exports/{both.id}/download")
    assert response.status_code == 302
    page = client.get(f"/dashboard/exports/{both.id}").get_data(as_text=True)
    assert "The file was deleted" in page and "job-download" not in page


def test_an_erasure_while_the_export_runs_fails_it_and_leaves_no_file(app, client, login_as, world, db, background,
                                                                     monkeypatch):
    from msc.dashboard import export_rows
    from msc.erasure import operations as erasure

    _stories(world, THRESHOLD + 5)
    login_as("coord_mrk")
    job_id = _job_id(_ask(client))
    first = db.session.scalar(sa.select(sa.func.min(Story.id)))
    monkeypatch.setattr(export_rows, "CHUNK", EVERY)  # several chunks: the erasure comes between two
    steps = []

    def erase_once(conn, cursor, statement, parameters, context, executemany):
        # Once the first stories are written, before the next chunk is read, an administrator erases one of them
        # in a session of their own.
        if statement.startswith("UPDATE export_jobs SET rows_done"):
            steps.append("progress")
        elif steps == ["progress"] and statement.lstrip().startswith("SELECT"):
            steps.append("erase")
            with app.app_context():
                erasure.erase_story(db.session.get(Story, first), "storyteller request", user=world.users["admin"])
                db.session.commit()

    sa.event.listen(db.engine, "after_cursor_execute", erase_once)
    try:
        job = export_jobs.execute(job_id)
    finally:
        sa.event.remove(db.engine, "after_cursor_execute", erase_once)
    assert "erase" in steps and job.status == "failed" and not job.filename
    assert job.error in _translations("A story of this export was erased or withdrawn while it was written: ask for "
                                      "it again.")
    assert not list(Path(app.config["EXPORTS_DIR"]).rglob("stories-*"))


def test_withdrawing_consent_deletes_the_export_files_that_hold_the_text(app, client, login_as, world, db,
                                                                          background):
    from msc.stories import operations as story_ops

    _stories(world, THRESHOLD + 5)
    login_as("coord_mrk")
    job = _done_job(client, db)
    path = Path(app.config["EXPORTS_DIR"]) / job.filename
    story = db.session.scalar(sa.select(Story).where(Story.consent.has(status="given")).order_by(Story.id).limit(1))
    story_ops.withdraw_consent(story, dt.date(2024, 5, 1), user=world.users["coord_mrk"])
    db.session.commit()
    assert not path.exists()
    assert db.session.get(ExportJob, job.id).removed_reason == "withdrawal"


def test_retention_deletes_old_export_files(app, client, login_as, world, db, background):
    _stories(world, THRESHOLD + 5)
    login_as("coord_mrk")
    old, recent = _done_job(client, db), _done_job(client, db)
    paths = {j.id: Path(app.config["EXPORTS_DIR"]) / j.filename for j in (old, recent)}
    days = app.config["EXPORT_RETENTION_DAYS"]
    old.finished_at = old.finished_at - dt.timedelta(days=days + 1)
    db.session.commit()
    result = app.test_cli_runner().invoke(args=["retention", "run"])
    assert result.exit_code == 0, result.output
    assert f"1 export file(s) older than {days} days deleted." in result.output
    assert not paths[old.id].exists() and paths[recent.id].exists()
    db.session.expire_all()
    assert db.session.get(ExportJob, old.id).removed_reason == "retention"
