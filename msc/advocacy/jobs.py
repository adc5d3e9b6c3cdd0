"""Notes built by `msc worker` when Redis is configured (without it, the page builds them in the request).

A note job is a NoteJob row; only its id travels to Redis, never story text. The job is sent after the
transaction that created it commits. When it runs, the requester's rights and reach are checked again and the
scope is re-resolved from the ids kept on the row; ``operations.generate_note`` re-checks the advocacy rule.
"""
import logging

import sqlalchemy as sa
from flask import current_app, has_app_context
from flask_babel import gettext as _

from .. import audit
from ..analysis import jobs as analysis_jobs
from ..auth.models import User
from ..auth.reach import note_unit_ids
from ..errors import RuleError
from ..extensions import db
from ..models_base import utcnow
from ..programmes.models import Programme
from ..stories.scope import Scope, ScopeError, resolve_scope
from . import operations as ops
from .assembly import Brief
from .models import NOTE_LANGUAGES, NoteJob

log = logging.getLogger(__name__)
PENDING = "msc_note_jobs"  # job ids to send to RQ after commit
TIMEOUT = 30 * 60  # seconds: a note takes seconds


def runs_in_background() -> bool:
    """True when notes go to `msc worker` (Redis configured and analysis jobs on RQ)."""
    return analysis_jobs.runner_name() == "rq"


def rq_job_id(job_id: int, app=None) -> str:
    return analysis_jobs.rq_job_id(job_id, app, kind="note")


def request_note(scope: Scope, *, language: str = "fr", context: str = "", brief=None, user=None) -> NoteJob:
    """Record the note asked for; it is queued when the transaction commits."""
    if language not in NOTE_LANGUAGES:
        raise ops.NoteError(_("Unknown language."))
    job = NoteJob(programme_id=scope.programme.id, period_id=scope.period.id, created_by_id=getattr(user, "id", None),
                  language=language, unit_ids=sorted(u.id for u in scope.chosen_units),
                  scope_unit_ids=sorted(scope.unit_ids), domain_ids=scope.domain_ids,
                  context=context[:ops.CONTEXT_MAX], brief=brief.to_json() if brief else {})
    db.session.add(job)
    db.session.flush()
    audit.record("advocacy_note_request", job, user=user, period=scope.period.code, language=language)
    if runs_in_background():
        db.session.info.setdefault(PENDING, []).append(job.id)
    return job


def retry(job: NoteJob, *, user=None) -> NoteJob:
    """Ask again for a note whose job failed."""
    if job.status != "failed":
        raise ops.NoteError(_("Only a failed note can be generated again."))
    job.status, job.error, job.interrupted, job.started_at, job.finished_at = "queued", "", 0, None, None
    audit.record("advocacy_note_retry", job, user=user)
    if runs_in_background():
        db.session.info.setdefault(PENDING, []).append(job.id)
    else:  # no worker: built now, as the page does without Redis
        job.status, job.note_id, job.finished_at = "done", _generate(job).id, utcnow()
    db.session.flush()
    return job


def pending_jobs(user, programme) -> list[NoteJob]:
    """Note jobs not done yet (queued, running or failed) that the user may see, newest first."""
    found = db.session.scalars(sa.select(NoteJob).where(NoteJob.programme_id == programme.id,
                                                        NoteJob.status != "done")
                               .order_by(NoteJob.created_at.desc(), NoteJob.id.desc()).limit(50))
    return [job for job in found if job.can_view(user)]


# -- sending to RQ after commit ---------------------------------------------------------------
def _dispatch_after_commit(session):
    ids = session.info.pop(PENDING, None)
    if ids and has_app_context():
        for job_id in ids:
            dispatch(job_id)


def _forget_after_rollback(session, previous_transaction):
    session.info.pop(PENDING, None)


SESSION_EVENTS = (("after_commit", _dispatch_after_commit), ("after_soft_rollback", _forget_after_rollback))


def dispatch(job_id: int, app=None) -> None:
    """Send a committed job to the worker's queue. If Redis cannot take it, the job stays queued: the next
    look at the list (or the worker's start) finds it lost, queues it again once, then marks it failed."""
    app = app or current_app._get_current_object()
    if not app.config.get("REDIS_URL"):
        log.warning("note job %s: MSC_REDIS_URL is not set; not queued", job_id)
        return
    queue = analysis_jobs.rq_queue(app)
    try:
        queue.enqueue("msc.advocacy.jobs.run_job", job_id, job_id=rq_job_id(job_id, app), job_timeout=TIMEOUT,
                      result_ttl=3600)
    except Exception as exc:
        log.warning("note job %s: Redis unavailable (%s)", job_id, type(exc).__name__)
    finally:
        queue.connection.close()


# -- running ----------------------------------------------------------------------------------
def run_job(job_id: int) -> None:
    """RQ entry point."""
    with analysis_jobs.worker_app().app_context():
        execute(job_id)


def execute(job_id: int) -> NoteJob | None:
    """Build the note; a broken rule fails the job with its message, anything else with a generic one."""
    job = db.session.get(NoteJob, job_id)
    if job is None or job.is_finished:
        return job
    job.status, job.started_at = "running", utcnow()
    db.session.commit()
    try:
        note = _generate(job)
    except Exception as exc:
        db.session.rollback()
        # Only the exception's type is logged: a message could quote a story.
        log.error("note job %s failed (%s)", job_id, type(exc).__name__)
        job = db.session.get(NoteJob, job_id)
        message = str(exc) if isinstance(exc, RuleError) else _("The note could not be generated.")
        job.status, job.error, job.finished_at = "failed", message[:300], utcnow()
    else:
        job.status, job.note_id, job.finished_at = "done", note.id, utcnow()
    db.session.commit()
    return job


def _generate(job: NoteJob):
    user = db.session.get(User, job.created_by_id) if job.created_by_id else None
    if job.created_by_id and (user is None or not user.is_active
                              or not (user.is_admin or "advocacy" in user.role_names())):
        raise ops.NoteError(_("The person who asked for this note may no longer make notes."))
    programme = db.session.get(Programme, job.programme_id)
    try:
        scope = resolve_scope(programme, note_unit_ids(user, programme), period=job.period_id, units=job.unit_ids,
                              domains=job.domain_ids)
    except ScopeError as exc:
        raise ops.NoteError(_("This note covers units outside your reach; ask an administrator.")) from exc
    return ops.generate_note(scope, language=job.language, context=job.context, brief=Brief.from_json(job.brief),
                             user=user)


# -- jobs interrupted by a crash or a restart -------------------------------------------------
def is_stale(job: NoteJob, app=None) -> bool:
    """An unfinished job nobody runs any more: RQ lost it, it is too old, or Redis is no longer configured."""
    app = app or current_app._get_current_object()
    if job.is_finished:
        return False
    if not app.config.get("REDIS_URL"):
        return True
    if utcnow() > (job.started_at or job.created_at) + analysis_jobs.TIME_LIMIT:
        return True
    return analysis_jobs.lost_by_rq(rq_job_id(job.id, app), app)


def recover(job: NoteJob, app=None) -> str | None:
    """A lost job is queued again once, and marked failed (with a retry button) if lost again; caller commits."""
    if not is_stale(job, app):
        return None
    if not job.interrupted and runs_in_background():
        job.status, job.interrupted, job.started_at = "queued", 1, None
        db.session.info.setdefault(PENDING, []).append(job.id)
        log.warning("note job %s was interrupted; queued again", job.id)
        return "requeued"
    job.status, job.error, job.finished_at = "failed", _("Interrupted twice (worker or server stopped)."), utcnow()
    log.warning("note job %s was interrupted twice; marked failed", job.id)
    return "failed"


def recover_stale(app=None) -> dict[int, str]:
    """Every unfinished note job nobody runs any more, requeued or failed (at `msc worker` start)."""
    unfinished = list(db.session.scalars(sa.select(NoteJob).where(NoteJob.status.in_(("queued", "running")))
                                         .order_by(NoteJob.id)))
    outcome = {job.id: recover(job, app) for job in unfinished}
    return {job_id: done for job_id, done in outcome.items() if done}
