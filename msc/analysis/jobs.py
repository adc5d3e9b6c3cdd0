"""Background analysis: RQ on Redis when MSC_REDIS_URL is set, a thread otherwise (or inline in tests).

Jobs run the operations (``operations.analyse_stories``); operations know nothing of jobs.

A job is an AnalysisJob row; only its id travels (to Redis or to a thread), never story text.
Jobs are dispatched after the transaction that created them commits, so the worker sees the stories.
"""
import logging
import os
import socket
import threading
from datetime import timedelta

import sqlalchemy as sa
from flask import current_app, has_app_context
from flask_babel import gettext as _

from .. import audit
from ..errors import RuleError
from ..extensions import db
from ..models_base import utcnow
from ..stories.models import Story
from . import operations
from .models import AnalysisJob
from .queries import codebook, is_analysis_current

log = logging.getLogger(__name__)
QUEUE = "msc-analysis"
BATCH = 32
PENDING = "msc_analysis_jobs"  # job ids to dispatch after commit
PENDING_STORIES = "msc_analysis_stories"  # story ids to put in a job at commit
RUNNERS = ("rq", "thread", "inline")
RECOVERERS = "msc.job_recoverers"  # app.extensions key: callables(app) run at `msc worker` start



class AnalysisJobError(RuleError):
    """A job cannot be started again as asked; the message is shown to the user."""


_threads: list[threading.Thread] = []
_run_lock = threading.Lock()  # one job at a time per process: no two writers on one story
_worker_app = None


def runner_name(app=None) -> str:
    """ANALYSIS_JOBS when set; otherwise RQ when Redis is configured, else a thread."""
    app = app or current_app
    mode = app.config.get("ANALYSIS_JOBS")
    if mode in RUNNERS:
        return mode
    return "rq" if app.config.get("REDIS_URL") else "thread"


# -- creating jobs (inside the caller's transaction) ------------------------------------------
def queue_analysis(story_ids, *, user=None) -> None:
    """Analyse these stories: now when inline; otherwise in one background job per programme, created
    when the transaction commits (so a demo load or an import of 500 stories makes one job, not 500).

    For saves and for the importer's AFTER_IMPORT hook.
    """
    ids = sorted({int(i) for i in story_ids})
    if not ids:
        return
    if runner_name() == "inline":
        stories = list(db.session.scalars(sa.select(Story).where(Story.id.in_(ids)).order_by(Story.id)))
        operations.analyse_stories(stories)
        return
    pending = db.session.info.setdefault(PENDING_STORIES, {})
    for story_id in ids:
        pending.setdefault(story_id, getattr(user, "id", None))


def _create_pending_jobs(session):
    pending = session.info.pop(PENDING_STORIES, None)
    if not pending or not has_app_context():
        return
    runner = runner_name()
    by_programme: dict[int, list[int]] = {}
    for programme_id, story_id in session.execute(sa.select(Story.programme_id, Story.id)
                                                  .where(Story.id.in_(list(pending)))):
        by_programme.setdefault(programme_id, []).append(story_id)
    created = []
    for programme_id, group in by_programme.items():
        group.sort()
        created.append(AnalysisJob(programme_id=programme_id, kind="story", runner=runner, story_ids=group,
                                   total=len(group), created_by_id=pending[group[0]]))
    session.add_all(created)
    session.flush()
    session.info.setdefault(PENDING, []).extend(job.id for job in created)


def reanalyse_all(programme, *, user=None, runner: str | None = None) -> AnalysisJob:
    """Re-analyse every story of the programme (after a codebook change); human decisions are kept."""
    runner = runner or runner_name()
    job = _create(programme.id, "all", [], runner, user)
    audit.record("analysis_reanalyse", job, user=user, runner=runner)
    if runner == "inline":
        execute(job.id, commit=db.session.flush)
    return job


def _create(programme_id, kind, ids, runner, user) -> AnalysisJob:
    job = AnalysisJob(programme_id=programme_id, kind=kind, runner=runner, story_ids=ids, total=len(ids),
                      created_by_id=getattr(user, "id", None))
    db.session.add(job)
    db.session.flush()
    if runner != "inline":
        db.session.info.setdefault(PENDING, []).append(job.id)
    return job


def _dispatch_after_commit(session):
    ids = session.info.pop(PENDING, None)
    if ids and has_app_context():
        for job_id in ids:
            dispatch(job_id)


def _forget_after_rollback(session, previous_transaction):
    session.info.pop(PENDING, None)
    session.info.pop(PENDING_STORIES, None)


# Listened to on the application's session by the analysis' init_app (once, whatever the number of apps).
SESSION_EVENTS = (("before_commit", _create_pending_jobs), ("after_commit", _dispatch_after_commit),
                  ("after_soft_rollback", _forget_after_rollback))


def dispatch(job_id: int, app=None) -> None:
    """Send a committed job to RQ, or start it in a thread (also when Redis cannot be reached)."""
    app = app or current_app._get_current_object()
    if runner_name(app) == "rq":
        queue = _queue(app)
        try:
            queue.enqueue("msc.analysis.jobs.run_job", job_id, job_id=rq_job_id(job_id, app),
                          job_timeout=int(TIME_LIMIT.total_seconds()), result_ttl=3600)
            return
        except Exception as exc:  # Redis down: the work still gets done, here
            log.warning("analysis job %s: Redis unavailable (%s); running in a thread", job_id, type(exc).__name__)
        finally:
            queue.connection.close()
    thread = threading.Thread(target=_run_in_thread, args=(app, job_id), name=f"msc-analysis-{job_id}", daemon=True)
    _threads.append(thread)
    thread.start()


def rq_job_id(job_id: int, app=None, kind: str = "") -> str:
    """The job's id in Redis, prefixed by the queue's name ("msc-analysis-12", "msc-analysis-note-3")."""
    return "-".join(filter(None, (queue_name(app), kind, str(job_id))))


def queue_name(app=None) -> str:
    return (app or current_app).config.get("RQ_QUEUE") or QUEUE


def _queue(app):
    return rq_queue(app)


def rq_queue(app=None):
    """The RQ queue `msc worker` listens to (RQ_QUEUE, default "msc-analysis"); the caller closes its connection."""
    from redis import Redis
    from rq import Queue

    app = app or current_app._get_current_object()
    return Queue(queue_name(app), connection=Redis.from_url(app.config["REDIS_URL"]))


def worker_app():
    """The application an RQ job runs with: the worker's, the current one, or one built from the environment."""
    if _worker_app is not None:
        return _worker_app
    if has_app_context():
        return current_app._get_current_object()
    from .. import create_app

    return create_app()


def _run_in_thread(app, job_id: int) -> None:
    try:
        with app.app_context():
            # An RQ job that Redis could not take runs here: say so, or a sweep would think it lost.
            db.session.execute(sa.update(AnalysisJob).where(AnalysisJob.id == job_id, AnalysisJob.runner == "rq")
                               .values(runner="thread"))
            db.session.commit()
            execute(job_id)
    except Exception as exc:  # never let a thread die loudly with story data in a traceback
        log.error("analysis job %s stopped: %s", job_id, type(exc).__name__)


def wait_for_threads(timeout: float = 120) -> None:
    """Wait for the background threads started by this process (tests, `msc reanalyze`)."""
    while _threads:
        _threads.pop().join(timeout)


# -- running jobs -----------------------------------------------------------------------------
def run_job(job_id: int) -> None:
    """RQ entry point: run with the worker's application (or one built from the environment)."""
    with worker_app().app_context():
        execute(job_id)


def _story_ids(job: AnalysisJob) -> list[int]:
    if job.kind == "story":
        return list(job.story_ids)
    return list(db.session.scalars(sa.select(Story.id).where(Story.programme_id == job.programme_id)
                                   .order_by(Story.id)))


def _skip(job: AnalysisJob, story: Story) -> bool:
    """A re-analysis leaves withdrawn stories alone; a story job skips a story already analysed as it is."""
    if job.kind == "all":
        return story.is_withdrawn
    book = codebook(story.programme_id)
    return is_analysis_current(story) and book is not None and story.analysis.codebook_version == book.version


def execute(job_id: int, commit=None) -> AnalysisJob | None:
    """Run a job in batches, recording progress after each; a failing batch is counted, not fatal."""
    commit = commit or db.session.commit
    with _run_lock:
        job = db.session.get(AnalysisJob, job_id)
        if job is None or job.is_finished:
            return job
        ids = _story_ids(job)
        job.status, job.started_at, job.total = "running", utcnow(), len(ids)
        commit()
        for start in range(0, len(ids), BATCH):
            batch = ids[start:start + BATCH]
            try:
                stories = [s for s in db.session.scalars(sa.select(Story).where(Story.id.in_(batch)))
                           if not _skip(job, s)]
                operations.analyse_stories(stories)
                job.done += len(batch)
                commit()
            except Exception as exc:
                log.error("analysis job %s: a batch of %d stories failed (%s)", job_id, len(batch),
                          type(exc).__name__)
                if commit is not db.session.commit:
                    raise
                db.session.rollback()
                job = db.session.get(AnalysisJob, job_id)
                job.failed += len(batch)
                commit()
        job.status = "failed" if job.failed and not job.done else "done"
        job.error = f"{job.failed} stories failed" if job.failed else ""
        job.finished_at = utcnow()
        book = codebook(job.programme_id)
        job.codebook_version = book.version if book else None
        commit()
        return job


# -- jobs interrupted by a crash or a restart -------------------------------------------------
TIME_LIMIT = timedelta(hours=6)  # RQ's timeout for a job: none legitimately runs longer
INTERRUPTED = "interrupted; started again"


def _deadline(job: AnalysisJob):
    """Past this, a thread job is taken as lost: 15 minutes, plus one per batch (one takes seconds)."""
    allowed = timedelta(minutes=15 + (job.total or 0) // BATCH + 1)
    return (job.started_at or job.created_at) + min(allowed, TIME_LIMIT)


def is_stale(job: AnalysisJob, app=None) -> bool:
    """A queued or running job that nobody runs any more: its RQ job or worker is gone, or (threads,
    whose process cannot be asked) it is past its deadline."""
    if job.is_finished or job.runner == "inline":
        return False
    if job.runner == "thread":
        return utcnow() > _deadline(job)
    if utcnow() > (job.started_at or job.created_at) + TIME_LIMIT:
        return True
    app = app or current_app._get_current_object()
    return lost_by_rq(rq_job_id(job.id, app), app)


def lost_by_rq(rq_id: str, app) -> bool:
    """True when RQ no longer runs nor will run this job: unknown, failed, or its worker is gone."""
    from rq.exceptions import NoSuchJobError
    from rq.job import Job
    from rq.worker import Worker

    connection = _queue(app).connection
    try:
        try:
            rq_job = Job.fetch(rq_id, connection=connection)
        except NoSuchJobError:
            return True
        status = rq_job.get_status(refresh=True)
        if status in ("failed", "stopped", "canceled"):
            return True
        if status != "started":
            return False  # queued, deferred or scheduled: a worker will take it
        worker = Worker.find_by_key(Worker.redis_worker_namespace_prefix + (rq_job.worker_name or ""),
                                    connection=connection) if rq_job.worker_name else None
        if worker is None:
            return True
        return worker.hostname == socket.gethostname() and not _alive(worker.pid)
    except Exception as exc:  # Redis unreachable: undecided, nothing is changed
        log.warning("jobs: cannot ask Redis about job %s (%s)", rq_id, type(exc).__name__)
        return False
    finally:
        connection.close()


def _alive(pid) -> bool:
    try:
        os.kill(int(pid), 0)
    except (ProcessLookupError, TypeError, ValueError):
        return False
    except PermissionError:
        return True
    return True


def recover(job: AnalysisJob, app=None) -> str | None:
    """A stale job is queued again once (from its start; decisions already taken are kept), and
    marked failed if interrupted again. Returns what was done; the caller commits."""
    if not is_stale(job, app):
        return None
    if job.error != INTERRUPTED:
        job.status, job.done, job.failed, job.error, job.started_at = "queued", 0, 0, INTERRUPTED, None
        db.session.info.setdefault(PENDING, []).append(job.id)  # dispatched after the commit
        log.warning("analysis job %s was interrupted; queued again", job.id)
        return "requeued"
    job.status, job.error, job.finished_at = "failed", "interrupted twice (worker or server stopped)", utcnow()
    log.warning("analysis job %s was interrupted twice; marked failed", job.id)
    return "failed"


def retry(job: AnalysisJob, *, user=None) -> AnalysisJob:
    """Start a failed job again from its start (decisions already taken are kept); dispatched after the commit."""
    if job.status != "failed":
        raise AnalysisJobError(_("Only a failed job can be started again."))
    job.status, job.done, job.failed, job.error = "queued", 0, 0, ""
    job.started_at = job.finished_at = None
    job.runner = runner_name()
    audit.record("analysis_job_retry", job, user=user, runner=job.runner)
    if job.runner == "inline":
        execute(job.id, commit=db.session.flush)
    else:
        db.session.info.setdefault(PENDING, []).append(job.id)
    db.session.flush()
    return job


def recover_stale_jobs(app=None) -> dict[int, str]:
    """Every unfinished job that nobody runs any more, requeued or failed (at `msc worker` start)."""
    unfinished = db.session.scalars(sa.select(AnalysisJob).where(AnalysisJob.status.in_(("queued", "running")))
                                    .order_by(AnalysisJob.id))
    outcome = {job.id: recover(job, app) for job in unfinished}
    return {job_id: done for job_id, done in outcome.items() if done}


def work(burst: bool = False) -> None:
    """`msc worker`: an RQ worker in this process, so the spaCy models stay loaded between jobs."""
    global _worker_app
    from rq import SimpleWorker

    app = current_app._get_current_object()
    if not app.config.get("REDIS_URL"):
        raise RuntimeError("MSC_REDIS_URL is not set")
    _worker_app = app
    recover_stale_jobs(app)
    for recover_more in app.extensions.get(RECOVERERS, []):  # other packages' jobs (advocacy notes)
        recover_more(app)
    db.session.commit()
    queue = _queue(app)
    SimpleWorker([queue], connection=queue.connection).work(burst=burst, with_scheduler=False)
