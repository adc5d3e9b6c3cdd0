"""Background analysis: in a thread, and on RQ with a real Redis and a real `msc worker` process."""
import os
import subprocess
import sys

import pytest
import sqlalchemy as sa

from msc.analysis import codebook_ops, jobs, queries
from msc.analysis import operations as ops
from msc.analysis.models import AnalysisJob, ThemeDecision

REDIS_URL = os.environ.get("MSC_TEST_REDIS_URL", "redis://127.0.0.1:6379/14")
TEXT = "Mme Bennani m'a frappée. Grâce au groupe de parole, j'ai repris confiance."


def _redis_or_skip():
    from redis import Redis

    conn = Redis.from_url(REDIS_URL)
    try:
        conn.ping()
    except Exception:
        pytest.skip(f"no Redis at {REDIS_URL}")
    conn.flushdb()
    return conn


class TestThread:
    @pytest.fixture
    def app_config(self):
        return {"ANALYSIS_JOBS": "thread"}

    def test_saving_queues_a_job_that_a_thread_runs(self, world, make_story, db):
        story = make_story(text=TEXT, approved=False)
        jobs.wait_for_threads()
        db.session.expire_all()
        job = db.session.scalars(sa.select(AnalysisJob)).one()
        assert (job.kind, job.runner, job.status, job.done, job.total) == ("story", "thread", "done", 1, 1)
        assert queries.is_analysis_current(story) and "violence_physical" in queries.confirmed_theme_keys(story) + [
            r.theme.key for r in queries.story_themes(story)]

    def test_rolled_back_saves_queue_nothing(self, world, make_story, db):
        story = make_story(text=TEXT, approved=False)
        jobs.wait_for_threads()
        jobs.queue_analysis([story.id])
        db.session.rollback()
        jobs.wait_for_threads()
        assert db.session.scalar(sa.select(sa.func.count(AnalysisJob.id))) == 1

    def test_reanalysis_after_a_codebook_change_keeps_decisions(self, world, make_story, db):
        story = make_story(text=TEXT, approved=False)
        jobs.wait_for_threads()
        book = codebook_ops.ensure_codebook(world.programme)
        theme = next(t for t in book.themes if t.key == "violence_physical")
        ops.decide_theme(story, theme, "rejected", user=world.users["facil_mrk"])
        codebook_ops.retire_theme(next(t for t in book.themes if t.key == "peer_support"))
        job = jobs.reanalyse_all(world.programme, user=world.users["admin"])
        db.session.commit()
        jobs.wait_for_threads()
        db.session.expire_all()
        job = db.session.get(AnalysisJob, job.id)
        assert (job.status, job.done, job.total, job.codebook_version) == ("done", 1, 1, 2)
        keys = {r.theme.key for r in queries.story_themes(story)}
        assert "peer_support" not in keys
        assert db.session.scalars(sa.select(ThemeDecision)).one().status == "rejected"

    def test_redis_unreachable_falls_back_to_a_thread(self, world, make_story, db, app):
        app.config.update(ANALYSIS_JOBS="rq", REDIS_URL="redis://127.0.0.1:1/0")
        story = make_story(text=TEXT, approved=False)
        jobs.wait_for_threads()
        db.session.expire_all()
        assert queries.is_analysis_current(story)


class TestRQ:
    @pytest.fixture
    def app_config(self):
        return {"ANALYSIS_JOBS": "rq", "REDIS_URL": REDIS_URL}

    @pytest.fixture
    def redis_conn(self):
        conn = _redis_or_skip()
        yield conn
        conn.flushdb()

    def _worker(self, app):
        env = {**os.environ, "MSC_DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"], "MSC_REDIS_URL": REDIS_URL}
        env.pop("MSC_ANALYSIS_JOBS", None)
        out = subprocess.run([sys.executable, "-m", "msc", "worker", "--burst"], env=env, capture_output=True,
                             text=True, timeout=300)
        assert out.returncode == 0, out.stderr[-2000:]
        return out

    def test_story_job_runs_on_a_real_worker(self, app, world, make_story, db, redis_conn):
        story = make_story(text=TEXT, approved=False)
        assert not queries.is_analysis_current(story)
        from rq import Queue

        assert Queue(jobs.QUEUE, connection=redis_conn).count == 1
        out = self._worker(app)
        assert "Bennani" not in out.stdout + out.stderr  # the worker logs ids, never text
        db.session.expire_all()
        assert queries.is_analysis_current(story)
        assert db.session.scalars(sa.select(AnalysisJob)).one().status == "done"

    def test_reanalysis_on_a_real_worker(self, app, world, make_story, db, redis_conn):
        make_story(text=TEXT, approved=False)
        make_story(text="Elle a trouvé un logement grâce au foyer d'urgence.", approved=False)
        self._worker(app)
        job = jobs.reanalyse_all(world.programme)
        db.session.commit()
        assert db.session.get(AnalysisJob, job.id).status == "queued"
        self._worker(app)
        db.session.expire_all()
        job = db.session.get(AnalysisJob, job.id)
        assert (job.status, job.done, job.total, job.runner) == ("done", 2, 2, "rq")


def test_worker_command_needs_redis(app):
    result = app.test_cli_runner().invoke(args=["worker", "--burst"])
    assert result.exit_code != 0 and "MSC_REDIS_URL" in result.output


def test_reanalyze_command(app, world, make_story, db):
    make_story(text=TEXT)
    result = app.test_cli_runner().invoke(args=["reanalyze"])
    assert result.exit_code == 0 and "Analysed 1 stories" in result.output


def test_init_loads_the_default_codebook(app, db):
    from msc import setup_data
    from msc.nlp.codebook import default_codebook

    programme = setup_data.load_defaults()
    book = queries.codebook(programme.id)
    assert [t.key for t in book.themes] == default_codebook().keys() and book.version == 1
    setup_data.load_defaults()  # twice changes nothing
    assert queries.codebook(programme.id).version == 1


def test_demo_stories_are_analysed_and_the_submitted_ones_approved(app, db):
    from msc import demo
    from msc.stories.models import Story

    demo.load_demo()
    db.session.commit()
    stories = db.session.scalars(sa.select(Story)).all()
    assert stories and all(queries.is_analysis_current(s) for s in stories)
    for story in stories:
        expected = story.is_submitted and not story.is_withdrawn
        assert queries.is_approved(story) == expected
        if expected:
            assert story.pseudonym_approval.approved_by.email.startswith("facilitatrice.")
    assert any(s.is_ready_for("panel") for s in stories)
