"""Stories exports written by `msc worker` when they are big (over MSC_EXPORT_BACKGROUND_ROWS stories) and Redis
is configured; smaller ones, or any without Redis, are sent by the page at once (``views.export``).

An export job is an ExportJob row; only its id travels to Redis. The job is sent after the transaction that created
it commits. When it runs, the requester's rights and reach are checked again, the scope is re-resolved from the ids
kept on the row, and the file is written by ``exports.write_export`` — the very rows of the direct export (the
release rule for non-admins, consent gates) — under EXPORTS_DIR, owner-only. Only the requester may see the job and
download the file; downloads are audited. Erasure and withdrawal delete the files that may hold the story; `msc
retention run` deletes files older than MSC_EXPORT_RETENTION_DAYS.
"""
from __future__ import annotations

import hashlib
import logging
import secrets
from datetime import timedelta
from pathlib import Path

import sqlalchemy as sa
from flask import current_app, has_app_context
from flask_babel import force_locale
from flask_babel import gettext as _

from .. import audit
from ..analysis import jobs as analysis_jobs
from ..auth.models import User
from ..auth.reach import reporting_unit_ids
from ..errors import RuleError
from ..extensions import db
from ..models_base import utcnow
from ..private_files import private_writer
from ..programmes.models import Programme
from ..stories.scope import Scope, ScopeError, resolve_scope
from . import exports
from .export_rows import export_count
from .models import ExportJob

log = logging.getLogger(__name__)
PENDING = "msc_export_jobs"  # job ids to send to RQ after commit
TIMEOUT = 2 * 3600  # seconds: 100,000 stories take a minute or two
DASHBOARD_ROLES = {"coordinator", "facilitator", "advocacy"}
RECENT = 10  # jobs listed under "My exports"


class ExportError(RuleError):
    """An export cannot be asked for, written or served as asked; the message is shown to the user."""


def exports_dir() -> Path:
    return Path(current_app.config["EXPORTS_DIR"])


def runs_in_background() -> bool:
    """True when exports can go to `msc worker` (Redis configured and jobs on RQ, as for notes)."""
    return analysis_jobs.runner_name() == "rq"


def threshold() -> int:
    return int(current_app.config.get("EXPORT_BACKGROUND_ROWS", 5000))


def goes_to_background(count: int) -> bool:
    """An export of ``count`` stories is written by the worker: over the threshold, and a worker to write it."""
    return count > threshold() and runs_in_background()


def rq_job_id(job_id: int, app=None) -> str:
    return analysis_jobs.rq_job_id(job_id, app, kind="export")


def check_format(fmt: str) -> str:
    if fmt not in exports.FORMATS:
        raise ExportError(_("Unknown export format: choose CSV, XLSX or JSONL."))
    return fmt


def request_export(scope: Scope, fmt: str, *, user) -> ExportJob:
    """Record the export asked for; it is queued when the transaction commits."""
    check_format(fmt)
    job = ExportJob(programme_id=scope.programme.id, created_by_id=user.id, fmt=fmt,
                    period_id=scope.period.id if scope.period else None,
                    unit_ids=sorted(u.id for u in scope.chosen_units), domain_ids=scope.domain_ids,
                    scope_unit_ids=sorted(scope.unit_ids), full_text=bool(user.is_admin), status="queued")
    db.session.add(job)
    db.session.flush()
    audit.record("stories_export_request", job, user=user, format=fmt,
                 period=scope.period.code if scope.period else None, units=job.unit_ids, domains=job.domain_ids)
    db.session.info.setdefault(PENDING, []).append(job.id)
    return job


def my_jobs(user, programme, limit: int = RECENT) -> list[ExportJob]:
    """The user's latest export jobs in this programme, newest first."""
    return list(db.session.scalars(sa.select(ExportJob).where(ExportJob.programme_id == programme.id,
                                                              ExportJob.created_by_id == user.id)
                                   .order_by(ExportJob.created_at.desc(), ExportJob.id.desc()).limit(limit)))


def status_json(job: ExportJob) -> dict:
    return {"id": job.id, "status": job.status, "format": job.fmt, "rows_done": job.rows_done,
            "rows_total": job.rows_total, "percent": job.percent, "ready": job.is_ready,
            "removed": job.removed_at is not None, "error": job.error}


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
    """Send a committed job to the worker's queue. If Redis cannot take it, the job stays queued: the worker's
    start finds it lost, queues it again once, then marks it failed."""
    app = app or current_app._get_current_object()
    if not app.config.get("REDIS_URL"):
        log.warning("export job %s: MSC_REDIS_URL is not set; not queued", job_id)
        return
    queue = analysis_jobs.rq_queue(app)
    try:
        queue.enqueue("msc.dashboard.export_jobs.run_job", job_id, job_id=rq_job_id(job_id, app),
                      job_timeout=TIMEOUT, result_ttl=3600)
    except Exception as exc:
        log.warning("export job %s: Redis unavailable (%s)", job_id, type(exc).__name__)
    finally:
        queue.connection.close()


# -- running ----------------------------------------------------------------------------------
def run_job(job_id: int) -> None:
    """RQ entry point."""
    with analysis_jobs.worker_app().app_context():
        execute(job_id)


def _scope_for(job: ExportJob) -> tuple[Scope, User]:
    """The job's scope with the requester's rights as they are now (the same rules as the page's export)."""
    user = db.session.get(User, job.created_by_id)
    if user is None or not user.is_active or not (user.is_admin or user.role_names() & DASHBOARD_ROLES):
        raise ExportError(_("The person who asked for this export may no longer export stories."))
    programme = db.session.get(Programme, job.programme_id)
    try:
        scope = resolve_scope(programme, reporting_unit_ids(user, programme), period=job.period_id,
                              units=job.unit_ids, domains=job.domain_ids)
    except ScopeError as exc:
        raise ExportError(_("This export covers units outside your reach.")) from exc
    return scope, user


def _progress(job_id: int):
    """``progress(n)`` for ``write_export`` (called every few hundred stories): the count is written on a connection
    of its own, so the export's reading session is left alone."""
    def progress(n: int) -> None:
        with db.engine.begin() as conn:
            conn.execute(sa.update(ExportJob).where(ExportJob.id == job_id).values(rows_done=n))
    return progress


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while piece := f.read(1024 * 1024):
            digest.update(piece)
    return digest.hexdigest()


def execute(job_id: int) -> ExportJob | None:
    """Write the export; a broken rule fails the job with its message, anything else with a generic one."""
    job = db.session.get(ExportJob, job_id)
    if job is None or job.is_finished:
        return job
    relative = Path("stories") / f"{utcnow():%Y%m}" / f"stories-{job.id}-{secrets.token_hex(8)}.{job.fmt}"
    try:
        scope, user = _scope_for(job)
        # What the file will cover, recorded before a row is read: an erasure from now on finds this job.
        job.status, job.started_at, job.rows_done = "running", utcnow(), 0
        job.scope_unit_ids, job.full_text = sorted(scope.unit_ids), bool(user.is_admin)
        job.rows_total = export_count(scope)
        db.session.commit()
        # In the requester's language, as the page's export: labels and withheld titles are translated.
        with force_locale(user.locale or current_app.config["BABEL_DEFAULT_LOCALE"]), \
                private_writer(exports_dir() / relative) as out:
            count = exports.write_export(scope, job.fmt, out, full_text=job.full_text, progress=_progress(job_id),
                                         progress_every=max(1, current_app.config["EXPORT_PROGRESS_ROWS"]))
    except Exception as exc:
        db.session.rollback()
        # Only the exception's type is logged: a message could quote a story.
        log.error("export job %s failed (%s)", job_id, type(exc).__name__)
        job = db.session.get(ExportJob, job_id)
        message = str(exc) if isinstance(exc, RuleError) else _("The export could not be written.")
        job.status, job.error, job.finished_at = "failed", message[:300], utcnow()
        db.session.commit()
        return job
    db.session.rollback()  # end the reading transaction; the job is read again as others left it
    job = db.session.get(ExportJob, job_id)
    path = exports_dir() / relative
    if job.removed_at is not None:  # a story it covers was erased or withdrawn while it was written
        path.unlink(missing_ok=True)
        job.status, job.finished_at = "failed", utcnow()
        job.error = _("A story of this export was erased or withdrawn while it was written: ask for it again.")
    else:
        job.status, job.finished_at, job.rows_done, job.rows_total = "done", utcnow(), count, count
        job.filename, job.sha256, job.size = relative.as_posix(), _digest(path), path.stat().st_size
        audit.record("stories_export", job, user=user, format=job.fmt, rows=count, background=True,
                     period=scope.period.code if scope.period else None, units=job.unit_ids,
                     domains=job.domain_ids, sha256=job.sha256)
    db.session.commit()
    return job


# -- serving ----------------------------------------------------------------------------------
def _path(job: ExportJob) -> Path | None:
    if not job.filename:
        return None
    path = (exports_dir() / job.filename).resolve()
    return path if exports_dir().resolve() in path.parents else None


def checked_file(job: ExportJob, user) -> Path:
    """The job's file, for its requester, if their rights still cover it and it is as written; the download is
    audited (the caller commits)."""
    if not job.can_view(user):
        raise ExportError(_("This export is not yours."))
    if not job.is_ready:
        raise ExportError(_("This export has no file to download."))
    programme = db.session.get(Programme, job.programme_id)
    if not set(job.scope_unit_ids) <= reporting_unit_ids(user, programme) or (job.full_text and not user.is_admin):
        raise ExportError(_("Your rights no longer cover this export: ask for it again."))
    path = _path(job)
    if path is None or not path.is_file():
        raise ExportError(_("The file of this export is missing."))
    if _digest(path) != job.sha256:
        raise ExportError(_("The file of this export was altered; it is not served."))
    audit.record("stories_export_download", job, user=user, format=job.fmt, rows=job.rows_done, sha256=job.sha256)
    return path


def download_name(job: ExportJob) -> str:
    return f"stories-{job.period.code if job.period else 'all'}.{job.fmt}"


# -- removal: erasure, withdrawal, retention --------------------------------------------------
def _remove(job: ExportJob, reason: str) -> None:
    path = _path(job)
    if path is not None:
        path.unlink(missing_ok=True)
    job.removed_at, job.removed_reason, job.filename = utcnow(), reason, ""


def remove_files_covering(story, reason: str = "erasure") -> list[int]:
    """Delete the files of the exports that may hold ``story`` (finished ones now; running ones are marked, and
    their worker deletes the file when it ends). Returns the jobs' ids; the caller commits."""
    found = db.session.scalars(sa.select(ExportJob).where(
        ExportJob.programme_id == story.programme_id, ExportJob.status.in_(("running", "done")),
        ExportJob.removed_at.is_(None)).order_by(ExportJob.id))
    removed = []
    for job in found:
        if job.covers(story):
            _remove(job, reason)
            removed.append(job.id)
    db.session.flush()
    return removed


def on_consent_withdrawn(story, user=None, uses=None, **_kw):
    """consent_withdrawn receiver (registered by init_app): once the consent is no longer in force the export rows
    withhold the text, so the files written before, which hold it, go."""
    if story.consent is None or not story.consent.in_force:
        removed = remove_files_covering(story, "withdrawal")
        if removed:
            audit.record("stories_export_remove", None, user=user, story=story.id, jobs=removed,
                         reason="withdrawal")


def remove_expired(days: int, *, now=None) -> list[int]:
    """Delete the files of exports finished more than ``days`` days ago (`msc retention run`); the caller commits."""
    limit = (now or utcnow()) - timedelta(days=days)
    old = list(db.session.scalars(sa.select(ExportJob).where(ExportJob.status == "done", ExportJob.removed_at.is_(None),
                                                             ExportJob.finished_at < limit).order_by(ExportJob.id)))
    for job in old:
        _remove(job, "retention")
    if old:
        audit.record("stories_export_remove", None, user=None, jobs=[j.id for j in old], reason="retention")
    return [j.id for j in old]


# -- jobs interrupted by a crash or a restart -------------------------------------------------
def is_stale(job: ExportJob, app=None) -> bool:
    """An unfinished job nobody runs any more: RQ lost it, it is too old, or Redis is no longer configured."""
    app = app or current_app._get_current_object()
    if job.is_finished:
        return False
    if not app.config.get("REDIS_URL"):
        return True
    if utcnow() > (job.started_at or job.created_at) + analysis_jobs.TIME_LIMIT:
        return True
    return analysis_jobs.lost_by_rq(rq_job_id(job.id, app), app)


def recover_stale(app=None) -> dict[int, str]:
    """Every unfinished export job nobody runs any more, queued again once or marked failed (at `msc worker`
    start); the caller commits."""
    outcome = {}
    for job in db.session.scalars(sa.select(ExportJob).where(ExportJob.status.in_(("queued", "running")))
                                  .order_by(ExportJob.id)).all():
        if not is_stale(job, app):
            continue
        if not job.interrupted and runs_in_background():
            job.status, job.interrupted, job.started_at, job.rows_done = "queued", 1, None, 0
            db.session.info.setdefault(PENDING, []).append(job.id)
            outcome[job.id] = "requeued"
        else:
            job.status, job.finished_at = "failed", utcnow()
            job.error = _("Interrupted twice (worker or server stopped).")
            outcome[job.id] = "failed"
        log.warning("export job %s was interrupted: %s", job.id, outcome[job.id])
    return outcome
