"""Advocacy notes built by a real `msc worker` on a real Redis; interrupted jobs requeued once, then failed with a
retry button; a failed analysis job started again from its page. Each run uses its own RQ queue."""
import os
import subprocess
import sys
import uuid

import pytest
import sqlalchemy as sa
from conftest_advocacy import open_docx

from msc.advocacy import jobs as note_jobs
from msc.advocacy.models import NoteExport, NoteJob
from msc.analysis import jobs as analysis_jobs
from msc.analysis.models import AnalysisJob
from msc.audit import AuditEvent
from msc.auth.models import RoleAssignment

REDIS_URL = os.environ.get("MSC_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
QUEUE = f"msc-test-notejob-{uuid.uuid4().hex[:10]}"
ADVOCACY = ("evaluation", "panel", "advocacy")
TITLE = "Un récit choisi pour le plaidoyer"


@pytest.fixture
def app_config():
    # Stories are made and analysed in the test's process; the switch to RQ comes with `background`.
    return {"REDIS_URL": REDIS_URL, "RQ_QUEUE": QUEUE, "ANALYSIS_JOBS": "inline"}


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
def story(make_story, select_stories):
    story = make_story(consent=ADVOCACY, title=TITLE)
    select_stories(story)
    return story


@pytest.fixture
def background(app, redis_conn):
    app.config["ANALYSIS_JOBS"] = "rq"  # as in production with MSC_REDIS_URL set
    return redis_conn


def _queue(conn):
    from rq import Queue

    return Queue(QUEUE, connection=conn)


def _worker(app):
    from msc.extensions import db

    db.session.commit()  # end the test's read transaction: on SQLite it would lock the worker's writes out
    env = {**os.environ, "MSC_DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"], "MSC_REDIS_URL": REDIS_URL,
           "MSC_RQ_QUEUE": QUEUE, "MSC_EXPORTS_DIR": app.config["EXPORTS_DIR"]}
    env.pop("MSC_ANALYSIS_JOBS", None)
    out = subprocess.run([sys.executable, "-m", "msc", "worker", "--burst"], env=env, capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    return out


def _ask(client, world):
    return client.post("/advocacy/new", data={"period": world.period("2024-S1").id, "units": [world.unit("MRK").id],
                                              "language": "fr", "context": "Our context.", "action": "generate"})


def _lose(conn, job_id):
    """The RQ job vanishes, as when Redis restarts without persistence or a worker dies with it."""
    from rq.job import Job

    Job.fetch(note_jobs.rq_job_id(job_id), connection=conn).delete()


def test_a_note_asked_on_the_page_is_built_by_the_worker(app, client, login_as, world, story, db, background):
    user = login_as("advocacy")
    response = _ask(client, world)
    assert response.status_code == 302, response.get_data(as_text=True)[-3000:]
    assert "#note-job-" in response.headers["Location"]
    assert db.session.scalar(sa.select(sa.func.count(NoteExport.id))) == 0  # nothing built in the request
    job = db.session.scalars(sa.select(NoteJob)).one()
    assert (job.status, job.created_by_id) == ("queued", user.id)
    assert _queue(background).count == 1
    listing = client.get("/advocacy/").get_data(as_text=True)
    assert f'id="note-job-{job.id}"' in listing and "Being generated" in listing

    out = _worker(app)
    assert TITLE not in out.stdout + out.stderr  # the worker logs ids, never story text
    db.session.expire_all()
    job = db.session.get(NoteJob, job.id)
    assert job.status == "done" and job.note is not None
    assert job.note.story_ids == [story.id] and job.note.created_by_id == user.id
    listing = client.get("/advocacy/").get_data(as_text=True)
    assert f'id="note-job-{job.id}"' not in listing and f'id="note-{job.note_id}"' in listing
    download = client.get(f"/advocacy/{job.note_id}/download")
    assert download.status_code == 200
    assert f"1. {TITLE}" in [p.text for p in open_docx(download.data).paragraphs]


def test_the_worker_checks_the_requester_again(app, client, login_as, world, story, db, background):
    login_as("advocacy")
    _ask(client, world)
    job = db.session.scalars(sa.select(NoteJob)).one()
    # The requester loses the advocacy role before the worker takes the job.
    db.session.execute(sa.delete(RoleAssignment).where(RoleAssignment.user_id == job.created_by_id))
    db.session.commit()
    _worker(app)
    db.session.expire_all()
    job = db.session.get(NoteJob, job.id)
    # The worker writes the error in the programme's default language (French), as it has no reader's.
    french = _french("The person who asked for this note may no longer make notes.")
    assert job.status == "failed" and job.error == french and job.note_id is None
    assert db.session.scalar(sa.select(sa.func.count(NoteExport.id))) == 0


def test_a_job_lost_before_the_worker_starts_is_queued_again_and_built(app, client, login_as, world, story, db,
                                                                        background):
    login_as("advocacy")
    _ask(client, world)
    job = db.session.scalars(sa.select(NoteJob)).one()
    _lose(background, job.id)
    job.status = "running"  # the worker died while building it
    db.session.commit()
    _worker(app)  # finds it lost at start, queues it again, builds it
    db.session.expire_all()
    job = db.session.get(NoteJob, job.id)
    assert (job.status, job.interrupted) == ("done", 1) and job.note is not None


def test_interrupted_twice_the_note_fails_with_a_retry_button_that_works(app, client, login_as, world, story, db,
                                                                         background):
    login_as("advocacy")
    _ask(client, world)
    job_id = db.session.scalars(sa.select(NoteJob)).one().id
    _lose(background, job_id)
    client.get("/advocacy/")  # the list notices: queued again, once
    db.session.expire_all()
    job = db.session.get(NoteJob, job_id)
    assert (job.status, job.interrupted) == ("queued", 1) and _queue(background).count == 1
    _lose(background, job_id)
    listing = client.get("/advocacy/").get_data(as_text=True)
    db.session.expire_all()
    job = db.session.get(NoteJob, job_id)
    assert job.status == "failed" and "Interrupted twice" in job.error
    assert f"/advocacy/jobs/{job_id}/retry" in listing and "Try again" in listing and 'http-equiv="refresh"' not in listing

    response = client.post(f"/advocacy/jobs/{job_id}/retry")
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(NoteJob, job_id).status == "queued" and _queue(background).count == 1
    assert db.session.scalar(sa.select(AuditEvent).where(AuditEvent.action == "advocacy_note_retry")) is not None
    _worker(app)
    db.session.expire_all()
    job = db.session.get(NoteJob, job_id)
    assert job.status == "done" and client.get(f"/advocacy/{job.note_id}/download").status_code == 200


def test_only_a_failed_note_can_be_retried(app, client, login_as, world, story, db, background):
    login_as("advocacy")
    _ask(client, world)
    job = db.session.scalars(sa.select(NoteJob)).one()
    response = client.post(f"/advocacy/jobs/{job.id}/retry", follow_redirects=True)
    assert "Only a failed note can be generated again" in response.get_data(as_text=True)
    assert _queue(background).count == 1  # not queued twice


def test_without_redis_a_retried_note_is_built_in_the_request(app, client, login_as, world, story, db):
    app.config["REDIS_URL"] = None
    login_as("advocacy")
    assert _ask(client, world).status_code == 302
    assert db.session.scalar(sa.select(sa.func.count(NoteJob.id))) == 0  # synchronous, as before
    note = db.session.scalars(sa.select(NoteExport)).one()
    assert note.story_ids == [story.id]


def test_a_failed_analysis_job_is_started_again_from_its_page(app, client, login_as, world, make_story, db,
                                                              redis_conn):
    from rq.job import Job

    make_story(text="Grâce au groupe de parole, j'ai repris confiance.")
    background = redis_conn
    app.config["ANALYSIS_JOBS"] = "rq"
    job = analysis_jobs.reanalyse_all(world.programme)
    db.session.commit()
    assert job.runner == "rq" and _queue(background).count == 1
    for _ in range(2):  # interrupted twice: failed
        Job.fetch(analysis_jobs.rq_job_id(job.id), connection=background).delete()
        login_as("admin")
        client.get(f"/analysis/jobs/{job.id}")
    db.session.expire_all()
    job = db.session.get(AnalysisJob, job.id)
    assert job.status == "failed"
    page = client.get(f"/analysis/jobs/{job.id}").get_data(as_text=True)
    assert f"/analysis/jobs/{job.id}/retry" in page and 'data-testid="job-retry"' in page

    assert client.post(f"/analysis/jobs/{job.id}/retry").status_code == 302
    db.session.expire_all()
    job = db.session.get(AnalysisJob, job.id)
    assert (job.status, job.error, job.done) == ("queued", "", 0) and _queue(background).count == 1
    _worker(app)
    db.session.expire_all()
    job = db.session.get(AnalysisJob, job.id)
    assert (job.status, job.done, job.total) == ("done", 1, 1)
    assert 'data-testid="job-retry"' not in client.get(f"/analysis/jobs/{job.id}").get_data(as_text=True)


def test_a_running_analysis_job_cannot_be_retried(app, client, login_as, world, db):
    job = AnalysisJob(programme_id=world.programme.id, kind="all", runner="thread", status="done", total=0)
    db.session.add(job)
    db.session.commit()
    login_as("admin")
    response = client.post(f"/analysis/jobs/{job.id}/retry", follow_redirects=True)
    assert "Only a failed job can be started again" in response.get_data(as_text=True)
    assert db.session.get(AnalysisJob, job.id).status == "done"


def _french(msgid: str) -> str:
    """The French catalog's translation of a message (what a worker without a request writes)."""
    from pathlib import Path

    from babel.messages.pofile import read_po

    import msc

    po = Path(msc.__file__).parent / "translations" / "fr" / "LC_MESSAGES" / "messages.po"
    with po.open("rb") as fh:
        translated = read_po(fh).get(msgid).string
    assert translated and translated != msgid
    return translated
