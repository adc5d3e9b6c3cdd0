"""Records of generated advocacy notes, the stories they contain, and report settings."""
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ..models_base import utcnow

NOTE_LANGUAGES = ("fr", "en", "ar")
PAGE_SIZES = ("A4", "Letter")


def _in_reach(unit_ids, user) -> bool:
    """Admins; advocacy members whose reach covers every unit the note considers."""
    if not user or not user.is_authenticated:
        return False
    return user.is_admin or set(unit_ids or []) <= user.units_for("advocacy")


def is_funder_level(user, programme_id: int) -> bool:
    """A non-admin whose advocacy role is held only at the top level of the hierarchy (the funder's)."""
    from ..programmes.models import Level, Unit

    if user.is_admin:
        return False
    top = db.session.scalar(sa.select(sa.func.max(Level.rank)).where(Level.programme_id == programme_id))
    units = [r.unit_id for r in user.roles if r.role == "advocacy"]
    if top is None or top < 2 or not units:
        return False
    ranks = set(db.session.scalars(sa.select(Level.rank).join(Unit, Unit.level_id == Level.id)
                                   .where(Unit.id.in_(units))))
    return ranks == {top}


class NoteExport(db.Model):
    """One advocacy note as generated: who, when, with which parameters and stories, and its file's hash."""

    __tablename__ = "note_exports"
    __table_args__ = (sa.CheckConstraint("language IN ('fr', 'en', 'ar')", name="known_language"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(sa.ForeignKey("programmes.id"), index=True)
    period_id: Mapped[int] = mapped_column(sa.ForeignKey("periods.id"), index=True)
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow, index=True)
    language: Mapped[str] = mapped_column(sa.String(5), default="fr")
    unit_ids: Mapped[list] = mapped_column(sa.JSON, default=list)  # as chosen; [] = every unit in reach
    scope_unit_ids: Mapped[list] = mapped_column(sa.JSON, default=list)  # units whose stories were considered
    domain_ids: Mapped[list] = mapped_column(sa.JSON, default=list)  # [] = every domain
    context: Mapped[str] = mapped_column(sa.Text, default="")
    filename: Mapped[str] = mapped_column(sa.String(200))  # relative to EXPORTS_DIR
    sha256: Mapped[str] = mapped_column(sa.String(64))  # of the file as it is now (the draft, then the approved)
    size: Mapped[int] = mapped_column(sa.Integer)
    # The team's page 1 and featured passages: {"title", "key_messages", "recommendations", "featured"}.
    brief: Mapped[dict] = mapped_column(sa.JSON, default=dict, server_default="{}")
    # Four eyes: a second person approves the draft whose hash they saw; the file then loses its draft mark.
    approved_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    approved_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    draft_sha256: Mapped[str] = mapped_column(sa.String(64), default="", server_default="")

    period = relationship("Period")
    created_by = relationship("User", foreign_keys=[created_by_id])
    approved_by = relationship("User", foreign_keys=[approved_by_id])
    links = relationship("NoteExportStory", back_populates="note", cascade="all, delete-orphan",
                         order_by="NoteExportStory.position")

    @property
    def story_ids(self) -> list[int | None]:
        return [link.story_id for link in self.links]

    @property
    def flagged_links(self) -> list["NoteExportStory"]:
        """Stories of the note whose consent no longer covers advocacy (withdrawn, changed, or story gone)."""
        return [link for link in self.links if link.is_flagged]

    @property
    def is_flagged(self) -> bool:
        return bool(self.flagged_links)

    @property
    def is_approved(self) -> bool:
        return self.approved_at is not None

    def can_view(self, user) -> bool:
        """Admins; advocacy members whose reach covers every unit the note considered; at the funder's level,
        approved notes only (and the drafts they made themselves)."""
        if not _in_reach(self.scope_unit_ids, user):
            return False
        return self.is_approved or self.created_by_id == user.id or not is_funder_level(user, self.programme_id)

    def can_approve(self, user) -> bool:
        """A second person: admin or advocacy member who sees the note and did not make it."""
        return (self.can_view(user) and not self.is_approved and user.id != self.created_by_id
                and (user.is_admin or "advocacy" in user.role_names()))


class NoteExportStory(db.Model):
    """A story included in a note; ``consent_withdrawn_at`` is set when the storyteller withdraws later."""

    __tablename__ = "note_export_stories"
    __table_args__ = (sa.UniqueConstraint("note_id", "story_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(sa.ForeignKey("note_exports.id", ondelete="CASCADE"), index=True)
    story_id: Mapped[int | None] = mapped_column(sa.ForeignKey("stories.id", ondelete="SET NULL"), index=True)
    position: Mapped[int] = mapped_column(sa.Integer, default=0)
    consent_withdrawn_at: Mapped[datetime | None] = mapped_column(sa.DateTime)

    note = relationship("NoteExport", back_populates="links")
    story = relationship("Story")

    @property
    def is_flagged(self) -> bool:
        # Computed from the consent row, so a change of uses (advocacy unticked) flags too.
        return self.story is None or self.consent_withdrawn_at is not None or not self.story.consent_allows("advocacy")


class ReportSettings(db.Model):
    """The organisation's logo and reference .docx (styles) for generated documents; one row per programme."""

    __tablename__ = "report_settings"
    __table_args__ = (sa.CheckConstraint("page_size IN ('A4', 'Letter')", name="known_page_size"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(sa.ForeignKey("programmes.id"), unique=True)
    logo: Mapped[bytes | None] = mapped_column(sa.LargeBinary)
    logo_mimetype: Mapped[str] = mapped_column(sa.String(40), default="")
    logo_filename: Mapped[str] = mapped_column(sa.String(200), default="")
    template: Mapped[bytes | None] = mapped_column(sa.LargeBinary)
    template_filename: Mapped[str] = mapped_column(sa.String(200), default="")
    page_size: Mapped[str] = mapped_column(sa.String(10), default="A4", server_default="A4")
    updated_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))


class NoteJob(db.Model):
    """A note asked for on the page and built by `msc worker` (with Redis): its parameters, status and result.

    The scope is kept as ids and re-resolved when the job runs, with the requester's reach at that time.
    """

    __tablename__ = "note_jobs"
    __table_args__ = (sa.CheckConstraint("status IN ('queued', 'running', 'done', 'failed')", name="known_status"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(sa.ForeignKey("programmes.id"), index=True)
    period_id: Mapped[int] = mapped_column(sa.ForeignKey("periods.id"))
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow, index=True)
    language: Mapped[str] = mapped_column(sa.String(5), default="fr")
    unit_ids: Mapped[list] = mapped_column(sa.JSON, default=list)  # as chosen; [] = every unit in reach
    scope_unit_ids: Mapped[list] = mapped_column(sa.JSON, default=list)  # units considered when asked (who sees it)
    domain_ids: Mapped[list] = mapped_column(sa.JSON, default=list)
    context: Mapped[str] = mapped_column(sa.Text, default="")
    brief: Mapped[dict] = mapped_column(sa.JSON, default=dict, server_default="{}")
    status: Mapped[str] = mapped_column(sa.String(10), default="queued", index=True)
    error: Mapped[str] = mapped_column(sa.String(300), default="")  # a user-facing message, never story text
    interrupted: Mapped[int] = mapped_column(sa.Integer, default=0)
    started_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    note_id: Mapped[int | None] = mapped_column(sa.ForeignKey("note_exports.id", ondelete="SET NULL"))

    period = relationship("Period")
    created_by = relationship("User")
    note = relationship("NoteExport")

    @property
    def is_finished(self) -> bool:
        return self.status in ("done", "failed")

    def can_view(self, user) -> bool:
        """As its note: admins; advocacy members whose reach covers every unit the note considers."""
        return _in_reach(self.scope_unit_ids, user)
