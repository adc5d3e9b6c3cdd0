"""Codebook and themes in the database, per-story analysis, personal data, approval, jobs."""
import hashlib
import json
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ..models_base import pick_label, utcnow

PII_LABELS = ("PER", "LOC", "PHONE", "EMAIL", "ID")
# Every free-text field the storyteller's words reach: analysed, reviewed and approved as one.
PII_FIELDS = ("title", "text", "significance", "translation")
DECISIONS = ("confirmed", "rejected", "added")
JOB_STATUSES = ("queued", "running", "done", "failed")


def text_hash(text: str) -> str:
    """The fingerprint of a story text an analysis or an approval was made on."""
    return hashlib.sha256((text or "").encode("utf-8")).hexdigest()


def story_fields(story) -> dict[str, str]:
    """The story's free-text fields as entered, by name (``PII_FIELDS``)."""
    return {name: getattr(story, name) or "" for name in PII_FIELDS}


def fields_hash(story) -> str:
    """The fingerprint of all the free-text fields of a story (what an analysis was made on)."""
    return text_hash(json.dumps(story_fields(story), sort_keys=True, ensure_ascii=False))


class Codebook(db.Model):
    """A programme's theme codebook; every change bumps the version."""

    __tablename__ = "codebooks"
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(sa.ForeignKey("programmes.id"), unique=True)
    version: Mapped[int] = mapped_column(sa.Integer, default=1)
    source_version: Mapped[str] = mapped_column(sa.String(60), default="")
    updated_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))

    themes = relationship("Theme", back_populates="codebook", order_by="Theme.position, Theme.id",
                          cascade="all, delete-orphan")

    def as_dict(self, include_retired: bool = False) -> dict:
        """The codebook in the analysis core's JSON shape (retired themes left out)."""
        return {"version": f"{self.source_version or 'db'}+v{self.version}",
                "themes": [t.as_dict() for t in self.themes if include_retired or not t.is_retired]}


class Theme(db.Model):
    """One theme of a codebook: stable key, labels, definitions, patterns in French and English."""

    __tablename__ = "themes"
    __table_args__ = (sa.UniqueConstraint("codebook_id", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    codebook_id: Mapped[int] = mapped_column(sa.ForeignKey("codebooks.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(sa.String(64))
    labels: Mapped[dict] = mapped_column(sa.JSON, default=dict)
    definitions: Mapped[dict] = mapped_column(sa.JSON, default=dict)
    patterns: Mapped[dict] = mapped_column(sa.JSON, default=dict)
    is_negation_aware: Mapped[bool] = mapped_column(sa.Boolean, default=True)
    is_retired: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    position: Mapped[int] = mapped_column(sa.Integer, default=0)

    codebook = relationship("Codebook", back_populates="themes")

    @property
    def label(self) -> str:
        return pick_label(self.labels, self.key)

    @property
    def definition(self) -> str:
        return pick_label(self.definitions)

    def as_dict(self) -> dict:
        return {"key": self.key, "labels": dict(self.labels or {}), "definition": dict(self.definitions or {}),
                "patterns": {k: list(v) for k, v in (self.patterns or {}).items()},
                "negation": self.is_negation_aware}


class KnownTerm(db.Model):
    """A name or venue of the programme that must always be caught as personal data."""

    __tablename__ = "known_terms"
    __table_args__ = (sa.UniqueConstraint("programme_id", "term"),
                      sa.CheckConstraint("label IN ('PER', 'LOC')", name="known_label"))
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(sa.ForeignKey("programmes.id"), index=True)
    term: Mapped[str] = mapped_column(sa.String(120))
    label: Mapped[str] = mapped_column(sa.String(5), default="PER")


class StoryAnalysis(db.Model):
    """The last analysis of a story: on which text, with which codebook version and language."""

    __tablename__ = "story_analyses"
    id: Mapped[int] = mapped_column(primary_key=True)
    story_id: Mapped[int] = mapped_column(sa.ForeignKey("stories.id", ondelete="CASCADE"), unique=True)
    lang: Mapped[str] = mapped_column(sa.String(10))
    model: Mapped[str] = mapped_column(sa.String(60), default="")
    has_ner: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    has_themes: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    text_hash: Mapped[str] = mapped_column(sa.String(64))
    codebook_version: Mapped[int] = mapped_column(sa.Integer)
    analysed_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)

    story = relationship("Story", backref=db.backref("analysis", uselist=False, passive_deletes=True))

    def is_current(self, story) -> bool:
        """Made on the story's fields as they are now (every free-text field, not only the text)."""
        return self.text_hash == fields_hash(story)


class ThemeSuggestion(db.Model):
    """A theme the analysis suggests for a story, with its evidence spans; replaced by each analysis."""

    __tablename__ = "theme_suggestions"
    __table_args__ = (sa.UniqueConstraint("story_id", "theme_id"),
                      sa.CheckConstraint("source IN ('analysis')", name="known_source"),
                      sa.CheckConstraint("source_field IN ('text', 'translation', 'both')", name="known_source_field"))
    id: Mapped[int] = mapped_column(primary_key=True)
    story_id: Mapped[int] = mapped_column(sa.ForeignKey("stories.id", ondelete="CASCADE"), index=True)
    theme_id: Mapped[int] = mapped_column(sa.ForeignKey("themes.id", ondelete="CASCADE"), index=True)
    # [{"start", "end"}] offsets into story.text; {"start", "end", "field": "translation", "lang"} into story.translation
    evidence: Mapped[list] = mapped_column(sa.JSON, default=list)
    codebook_version: Mapped[int] = mapped_column(sa.Integer)
    source: Mapped[str] = mapped_column(sa.String(20), default="analysis")
    # Which text the theme was found in: the story's own text, its stored translation (Arabic and Darija
    # stories are also matched on their translation), or both.
    source_field: Mapped[str] = mapped_column(sa.String(12), default="text", server_default="text")
    created_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)

    theme = relationship("Theme")


class ThemeDecision(db.Model):
    """A person's decision on a theme for a story; re-analysis never touches it."""

    __tablename__ = "theme_decisions"
    __table_args__ = (sa.UniqueConstraint("story_id", "theme_id"),
                      sa.CheckConstraint("status IN ('confirmed', 'rejected', 'added')", name="known_status"))
    id: Mapped[int] = mapped_column(primary_key=True)
    story_id: Mapped[int] = mapped_column(sa.ForeignKey("stories.id", ondelete="CASCADE"), index=True)
    theme_id: Mapped[int] = mapped_column(sa.ForeignKey("themes.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(sa.String(10))
    user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    decided_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)

    theme = relationship("Theme")
    user = relationship("User")

    @property
    def is_positive(self) -> bool:
        return self.status in ("confirmed", "added")


class PiiSpan(db.Model):
    """A span of personal data in one field of a story: detected, or added by hand; a removed one stays, marked."""

    __tablename__ = "pii_spans"
    __table_args__ = (
        sa.CheckConstraint("label IN ('PER', 'LOC', 'PHONE', 'EMAIL', 'ID')", name="known_label"),
        sa.CheckConstraint("field IN ('title', 'text', 'significance', 'translation')", name="known_field"),
        sa.CheckConstraint("source IN ('detected', 'manual')", name="known_source"),
        sa.CheckConstraint("start_offset >= 0 AND end_offset > start_offset", name="offsets_ordered"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    story_id: Mapped[int] = mapped_column(sa.ForeignKey("stories.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(sa.String(20), default="text", server_default="text")  # offsets are into it
    start_offset: Mapped[int] = mapped_column(sa.Integer)
    end_offset: Mapped[int] = mapped_column(sa.Integer)
    label: Mapped[str] = mapped_column(sa.String(5))
    fragment: Mapped[str] = mapped_column(sa.Text, default="")  # the masked words, to carry decisions over edits
    source: Mapped[str] = mapped_column(sa.String(10), default="detected")
    is_removed: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    changed_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)

    @property
    def start(self) -> int:
        return self.start_offset

    @property
    def end(self) -> int:
        return self.end_offset


class PseudonymApproval(db.Model):
    """The pseudonymised fields a person approved, and the hash of the fields and mask decisions they came from.

    ``source_hash`` covers every free-text field as entered *and* every active mask (field, offsets,
    label): a change to either voids the approval (``queries.is_approved``).
    """

    __tablename__ = "pseudonym_approvals"
    id: Mapped[int] = mapped_column(primary_key=True)
    story_id: Mapped[int] = mapped_column(sa.ForeignKey("stories.id", ondelete="CASCADE"), unique=True)
    text: Mapped[str] = mapped_column(sa.Text)
    title: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    significance: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    translation: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    source_hash: Mapped[str] = mapped_column(sa.String(64))
    approved_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    approved_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)

    story = relationship("Story", backref=db.backref("pseudonym_approval", uselist=False, passive_deletes=True))
    approved_by = relationship("User")

    def fields(self) -> dict[str, str]:
        """The approved pseudonymised fields, by name (``PII_FIELDS``)."""
        return {name: getattr(self, name) or "" for name in PII_FIELDS}


class AnalysisJob(db.Model):
    """A background analysis (one story, or every story after a codebook change) and its progress."""

    __tablename__ = "analysis_jobs"
    __table_args__ = (sa.CheckConstraint("status IN ('queued', 'running', 'done', 'failed')", name="known_status"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(sa.ForeignKey("programmes.id"), index=True)
    kind: Mapped[str] = mapped_column(sa.String(20))  # story | all
    status: Mapped[str] = mapped_column(sa.String(10), default="queued", index=True)
    runner: Mapped[str] = mapped_column(sa.String(10), default="thread")  # rq | thread | inline
    story_ids: Mapped[list] = mapped_column(sa.JSON, default=list)
    total: Mapped[int] = mapped_column(sa.Integer, default=0)
    done: Mapped[int] = mapped_column(sa.Integer, default=0)
    failed: Mapped[int] = mapped_column(sa.Integer, default=0)
    codebook_version: Mapped[int | None] = mapped_column(sa.Integer)
    error: Mapped[str] = mapped_column(sa.String(200), default="")
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(sa.DateTime)

    created_by = relationship("User")

    @property
    def percent(self) -> int:
        return 100 if not self.total else int(100 * (self.done + self.failed) / self.total)

    @property
    def is_finished(self) -> bool:
        return self.status in ("done", "failed")
