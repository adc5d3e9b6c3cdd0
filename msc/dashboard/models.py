"""Stories exports too big for one request, written by `msc worker` (``export_jobs``): who asked, what, progress,
the file and its hash."""
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ..models_base import utcnow

EXPORT_FORMATS = ("csv", "xlsx", "jsonl")


class ExportJob(db.Model):
    """One stories export asked for on the dashboard and written in the background.

    The scope is kept as ids (period, chosen units, domains) and re-resolved when the job runs, with the requester's
    reach and rights at that time; ``scope_unit_ids`` are the units the file covers, set when it runs (erasure and
    withdrawal use them to find the files that may hold a story). Only the id travels to Redis.
    """

    __tablename__ = "export_jobs"
    __table_args__ = (
        sa.CheckConstraint("status IN ('queued', 'running', 'done', 'failed')", name="known_status"),
        sa.CheckConstraint("fmt IN ('csv', 'xlsx', 'jsonl')", name="known_format"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(sa.ForeignKey("programmes.id"), index=True)
    created_by_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow, index=True)
    fmt: Mapped[str] = mapped_column(sa.String(10))
    period_id: Mapped[int | None] = mapped_column(sa.ForeignKey("periods.id"))  # None = every period
    unit_ids: Mapped[list] = mapped_column(sa.JSON, default=list)  # as chosen; [] = every unit in reach
    domain_ids: Mapped[list] = mapped_column(sa.JSON, default=list)  # [] = every domain
    scope_unit_ids: Mapped[list] = mapped_column(sa.JSON, default=list)  # units the file covers (set when run)
    full_text: Mapped[bool] = mapped_column(sa.Boolean, default=False)  # text as entered (an admin's export)
    status: Mapped[str] = mapped_column(sa.String(10), default="queued", index=True)
    rows_done: Mapped[int] = mapped_column(sa.Integer, default=0)
    rows_total: Mapped[int | None] = mapped_column(sa.Integer)
    filename: Mapped[str] = mapped_column(sa.String(200), default="")  # relative to EXPORTS_DIR; "" = no file
    sha256: Mapped[str] = mapped_column(sa.String(64), default="")
    size: Mapped[int] = mapped_column(sa.Integer, default=0)
    error: Mapped[str] = mapped_column(sa.String(300), default="")  # a user-facing message, never story text
    interrupted: Mapped[int] = mapped_column(sa.Integer, default=0)
    started_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    # The file was deleted (or must not be kept): "erasure", "withdrawal" or "retention".
    removed_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    removed_reason: Mapped[str] = mapped_column(sa.String(20), default="")

    period = relationship("Period")
    created_by = relationship("User")

    @property
    def is_finished(self) -> bool:
        return self.status in ("done", "failed")

    @property
    def is_ready(self) -> bool:
        return self.status == "done" and bool(self.filename) and self.removed_at is None

    @property
    def percent(self) -> int:
        if self.status == "done":
            return 100
        if not self.rows_total:
            return 0
        return min(99, self.rows_done * 100 // self.rows_total)

    def can_view(self, user) -> bool:
        """The requester only: the file was written with their rights (an admin's holds the text as entered);
        another admin makes their own export rather than opening someone else's copy of personal data."""
        return bool(user and user.is_authenticated and user.id == self.created_by_id)

    def covers(self, story) -> bool:
        """Whether the file may hold ``story`` (same programme, period, unit and domain)."""
        return (story.programme_id == self.programme_id
                and (self.period_id is None or self.period_id == story.period_id)
                and story.unit_id in (self.scope_unit_ids or [])
                and (not self.domain_ids or story.domain_id in self.domain_ids))
