"""Analysis jobs interrupted by a crash or a restart never stay "running": queued again once, then
failed — at `msc worker` start and when their page is opened."""
import os
import subprocess
import sys
from datetime import timedelta

import pytest
import sqlalchemy as sa
from deploy_support import REDIS_URL, redis_or_unavailable

from msc.analysis import jobs, queries
from msc.analysis.models import AnalysisJob
from msc.models_base import utcnow

TEXT = "Grâce au groupe de parole, j'ai repris confiance et trouvé une formation."


@pytest.fixture
def app_config():
    return {"ANALYSIS_JOBS": "rq", "REDIS_URL": REDIS_URL}


@pytest.fixture
def redis_conn():
    conn = redis_or_unavailable()
    conn.flushdb()
    yield conn
    conn.flushdb()
    conn.close()


def interrupted_job(db, world, story, runner="rq", started_ago=timedelta(minutes=1)):
    """The row a crash leaves behind: running, half done, its runner gone."""
    job = AnalysisJob(programme_id=world.programme.id, kind="story", runner=runner, story_ids=[story.id],
                      total=1, done=0, status="running", started_at=utcnow() - started_ago)
    db.session.add(job)
    db.session.commit()
    return job


def rq_job(conn, job_id):
    from rq.job import Job

    return Job.fetch(jobs.rq_job_id(job_id), connection=conn)


def test_a_job_redis_no_longer_knows_is_queued_again_then_failed(world, make_story, db, redis_conn):
    story = make_story(text=TEXT, approved=False)
    redis_conn.flushdb()  # Redis lost it (restarted without persistence)
    job = interrupted_job(db, world, story)
    assert jobs.recover(job) == "requeued"
    db.session.commit()
    assert (job.status, job.done) == ("queued", 0) and rq_job(redis_conn, job.id).get_status() == "queued"
    # The worker that took it dies in turn: RQ says started, by a worker that no longer exists.
    taken = rq_job(redis_conn, job.id)
    taken.worker_name = "gone-worker"
    taken.save()
    taken.set_status("started")
    job.status, job.started_at = "running", utcnow()
    db.session.commit()
    assert jobs.recover(job) == "failed"
    db.session.commit()
    assert job.status == "failed" and job.finished_at is not None


def test_a_job_on_a_live_queue_is_left_alone(world, make_story, db, redis_conn):
    make_story(text=TEXT, approved=False)  # its job is queued on RQ, waiting for a worker
    job = db.session.scalars(sa.select(AnalysisJob)).one()
    assert job.status == "queued" and not jobs.is_stale(job)
    assert jobs.recover_stale_jobs() == {}


def test_redis_down_decides_nothing(world, make_story, db, app):
    story = make_story(text=TEXT, approved=False)
    app.config["REDIS_URL"] = "redis://127.0.0.1:1/0"
    job = interrupted_job(db, world, story)
    assert jobs.recover(job) is None and job.status == "running"


def test_a_thread_job_past_its_deadline_is_queued_again(world, make_story, db, app):
    app.config.update(ANALYSIS_JOBS="thread", REDIS_URL=None)
    story = make_story(text=TEXT, approved=False)
    jobs.wait_for_threads()
    fresh = interrupted_job(db, world, story, runner="thread", started_ago=timedelta(minutes=5))
    old = interrupted_job(db, world, story, runner="thread", started_ago=timedelta(hours=2))
    assert jobs.recover_stale_jobs() == {old.id: "requeued"}
    db.session.commit()
    jobs.wait_for_threads()
    db.session.expire_all()
    assert db.session.get(AnalysisJob, old.id).status == "done"
    assert db.session.get(AnalysisJob, fresh.id).status == "running"


def test_the_job_page_recovers_an_interrupted_job(world, make_story, db, redis_conn, client, login_as):
    story = make_story(text=TEXT, approved=False)
    redis_conn.flushdb()
    job = interrupted_job(db, world, story)
    login_as("admin")
    page = client.get(f"/analysis/jobs/{job.id}")
    assert page.status_code == 200 and "Waiting for a worker" in page.get_data(as_text=True)
    assert rq_job(redis_conn, job.id).get_status() == "queued"


def test_worker_start_requeues_and_runs_an_interrupted_job(app, world, make_story, db, redis_conn):
    story = make_story(text=TEXT, approved=False)
    redis_conn.flushdb()
    job = interrupted_job(db, world, story)
    env = {**os.environ, "MSC_DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"], "MSC_REDIS_URL": REDIS_URL}
    env.pop("MSC_ANALYSIS_JOBS", None)
    out = subprocess.run([sys.executable, "-m", "msc", "worker", "--burst"], env=env, capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    db.session.expire_all()
    job = db.session.get(AnalysisJob, job.id)
    assert (job.status, job.done, job.failed) == ("done", 1, 0)
    assert rq_job(redis_conn, job.id).get_status() == "finished"  # run by the worker, from its queue
    assert queries.is_analysis_current(story)
