"""Records of generated advocacy notes, the stories they contain, and report settings."""
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ..models_base import utcnow

NOTE_LANGUAGES = ("fr", "en")


class NoteExport(db.Model):
    """One advocacy note as generated: who, when, with which parameters and stories, and its file's hash."""

    __tablename__ = "note_exports"
    __table_args__ = (sa.CheckConstraint("language IN ('fr', 'en')", name="known_language"),)
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
    sha256: Mapped[str] = mapped_column(sa.String(64))
    size: Mapped[int] = mapped_column(sa.Integer)

    period = relationship("Period")
    created_by = relationship("User")
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

    def can_view(self, user) -> bool:
        """Admins; advocacy members whose reach covers every unit the note considered."""
        if not user or not user.is_authenticated:
            return False
        if user.is_admin:
            return True
        return set(self.scope_unit_ids or []) <= user.units_for("advocacy")


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
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(sa.ForeignKey("programmes.id"), unique=True)
    logo: Mapped[bytes | None] = mapped_column(sa.LargeBinary)
    logo_mimetype: Mapped[str] = mapped_column(sa.String(40), default="")
    logo_filename: Mapped[str] = mapped_column(sa.String(200), default="")
    template: Mapped[bytes | None] = mapped_column(sa.LargeBinary)
    template_filename: Mapped[str] = mapped_column(sa.String(200), default="")
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
        return NoteExport.can_view(self, user)
