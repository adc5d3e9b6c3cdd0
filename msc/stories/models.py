"""Storytellers, stories, consent, revisions."""
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.ext.hybrid import hybrid_method, hybrid_property
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ..features import features
from ..models_base import utcnow

STATUSES = ("draft", "submitted")
CONSENT_USES = ("evaluation", "panel", "advocacy", "publication")
AGE_BANDS = ("under_18", "18-24", "25-34", "35-44", "45-54", "55+")
GENDERS = ("woman", "trans_woman", "man", "trans_man", "non_binary", "other", "undisclosed")
STORY_LANGUAGES = ("fr", "en", "ar", "other")


class Storyteller(db.Model):
    """The person whose change it is, known only by a pseudonymous code."""

    __tablename__ = "storytellers"
    __table_args__ = (sa.UniqueConstraint("programme_id", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(sa.ForeignKey("programmes.id"), index=True)
    # The unit the storyteller was met in: another unit's facilitators never see or change them.
    unit_id: Mapped[int | None] = mapped_column(sa.ForeignKey("units.id"), index=True)
    code: Mapped[str] = mapped_column(sa.String(40))
    age_band: Mapped[str | None] = mapped_column(sa.String(10))
    gender: Mapped[str | None] = mapped_column(sa.String(20))
    is_migrant: Mapped[bool | None] = mapped_column(sa.Boolean)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)


class Story(db.Model):
    """One significant-change story, entered by a facilitator after an interview."""

    __tablename__ = "stories"
    __table_args__ = (
        sa.UniqueConstraint("programme_id", "external_id"),
        sa.CheckConstraint("status IN ('draft', 'submitted')", name="known_status"),
        sa.CheckConstraint("people_concerned IS NULL OR people_concerned >= 1", name="people_positive"),
        # The list's order, its page boundaries and its count read these indexes alone (stories.paging): newest
        # first over every unit, or within a unit and period (a clinic's semester, its rounds and counts).
        sa.Index("ix_stories_list_order", "interview_date", "id", "unit_id", "period_id", "domain_id", "status",
                 "erased_at"),
        sa.Index("ix_stories_unit_period", "unit_id", "period_id", "interview_date", "id", "erased_at", "status"),
        # A scope's counts (dashboard, note figures, funnel) read this index alone, never the rows and their texts.
        # (Its date and id after the filters: a unit's submitted stories of a period also list in order from it.)
        sa.Index("ix_stories_scope", "unit_id", "period_id", "status", "erased_at", "interview_date", "id",
                 "programme_id", "domain_id", "facilitator_id", "storyteller_id", "language", "people_concerned"),
        # The export's order: each chunk of an export is a seek after the last one on it (dashboard.export_rows).
        sa.Index("ix_stories_export", "period_id", "unit_id", "id", "programme_id", "erased_at", "domain_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(sa.ForeignKey("programmes.id"), index=True)
    unit_id: Mapped[int] = mapped_column(sa.ForeignKey("units.id"), index=True)
    period_id: Mapped[int] = mapped_column(sa.ForeignKey("periods.id"), index=True)
    domain_id: Mapped[int] = mapped_column(sa.ForeignKey("domains.id"), index=True)
    storyteller_id: Mapped[int] = mapped_column(sa.ForeignKey("storytellers.id"), index=True)
    facilitator_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"), index=True)
    collector_name: Mapped[str] = mapped_column(sa.String(120), default="")
    interview_date: Mapped[date] = mapped_column(sa.Date)
    interview_place: Mapped[str] = mapped_column(sa.String(200), default="")
    language: Mapped[str] = mapped_column(sa.String(10), default="fr", index=True)
    title: Mapped[str] = mapped_column(sa.String(200))
    text: Mapped[str] = mapped_column(sa.Text)
    significance: Mapped[str] = mapped_column(sa.Text, default="")
    people_concerned: Mapped[int | None] = mapped_column(sa.Integer)
    translation: Mapped[str] = mapped_column(sa.Text, default="")
    status: Mapped[str] = mapped_column(sa.String(20), default="draft", index=True)
    search_text: Mapped[str] = mapped_column(sa.Text, default="")
    source: Mapped[str] = mapped_column(sa.String(20), default="web")
    external_id: Mapped[str | None] = mapped_column(sa.String(120))
    is_verified: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    verified_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    verified_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    verification_notes: Mapped[str] = mapped_column(sa.Text, default="")
    created_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)
    submitted_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    # Set when an admin erased the story: the row stays, every content field blank, so that ballots and
    # finalised results that name its id still verify.
    erased_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    # Bumped by SQLAlchemy at every change of the row; a form carries the one it was opened with.
    version: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    unit = relationship("Unit")
    period = relationship("Period")
    domain = relationship("Domain")
    storyteller = relationship("Storyteller")
    facilitator = relationship("User", foreign_keys=[facilitator_id])
    verified_by = relationship("User", foreign_keys=[verified_by_id])
    consent = relationship("Consent", back_populates="story", uselist=False, cascade="all, delete-orphan")
    revisions = relationship(
        "StoryRevision", back_populates="story", order_by="StoryRevision.id", cascade="all, delete-orphan"
    )

    # -- questions -------------------------------------------------------
    def can_view(self, user) -> bool:
        """Admins, and coordinators or facilitators of the story's unit (or a unit above it); nobody once erased."""
        if not user or not user.is_authenticated or self.is_erased:
            return False
        return user.is_admin or user.has_role("coordinator", self.unit) or user.has_role("facilitator", self.unit)

    def is_own_unit_reader(self, user) -> bool:
        """Admins, and facilitators or coordinators holding their role at the story's own unit (not above it)."""
        own = Story.own_unit_ids(user)
        return own is None or self.unit_id in own

    @staticmethod
    def own_unit_ids(user) -> set[int] | None:
        """The units whose stories ``user`` reads as their own (``is_own_unit_reader``): those where they hold a
        facilitator or coordinator role themselves, not the units below; None for an admin (every unit)."""
        if user.is_admin:
            return None
        return {r.unit_id for r in user.roles if r.role in ("coordinator", "facilitator")}

    def can_edit(self, user) -> bool:
        """The story's own unit (and admins) may edit it, while consent has not been withdrawn."""
        return self.can_view(user) and self.is_own_unit_reader(user) and not self.is_withdrawn

    def can_verify(self, user) -> bool:
        """Admins and coordinators of the story's unit (or a unit above it) record its verification."""
        return self.can_view(user) and (user.is_admin or user.has_role("coordinator", self.unit))

    @property
    def is_submitted(self) -> bool:
        return self.status == "submitted"

    @property
    def is_withdrawn(self) -> bool:
        return self.is_erased or (self.consent is not None and self.consent.is_withdrawn)

    @property
    def is_erased(self) -> bool:
        return self.erased_at is not None

    def consent_allows(self, use: str) -> bool:
        """True when consent was given for this use and not withdrawn."""
        return bool(self.consent and self.consent.allows(use))

    def is_ready_for(self, use: str) -> bool:
        """Submitted, consent covers this use and was not withdrawn (the app's readiness checks add theirs)."""
        return self.status == "submitted" and self.consent_allows(use) and all(
            check(self, use) for check in features().readiness_checks)

    def review_text(self) -> str:
        """The text panels and reports may show: the reviewed pseudonymised text once analysis provides it."""
        for provider in features().review_text_providers:
            text = provider(self)
            if text is not None:
                return text
        return self.text

    @property
    def can_submit(self) -> bool:
        return self.status == "draft" and self.consent is not None


class Consent(db.Model):
    """What the storyteller agreed to, how and when; can be withdrawn."""

    __tablename__ = "consents"
    __table_args__ = (
        sa.CheckConstraint("status IN ('given', 'refused')", name="known_status"),
        sa.CheckConstraint("mode IN ('oral', 'written')", name="known_mode"),
        sa.CheckConstraint(
            "status = 'given' OR NOT (use_evaluation OR use_panel OR use_advocacy OR use_publication)",
            name="refused_has_no_use",
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    story_id: Mapped[int] = mapped_column(sa.ForeignKey("stories.id", ondelete="CASCADE"), unique=True)
    status: Mapped[str] = mapped_column(sa.String(10))
    mode: Mapped[str] = mapped_column(sa.String(10))
    given_on: Mapped[date] = mapped_column(sa.Date)
    use_evaluation: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    use_panel: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    use_advocacy: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    use_publication: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    recorded_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)
    withdrawn_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    withdrawn_on: Mapped[date | None] = mapped_column(sa.Date)
    withdrawal_note: Mapped[str] = mapped_column(sa.Text, default="")
    withdrawn_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))

    story = relationship("Story", back_populates="consent")

    @property
    def uses(self) -> list[str]:
        return [u for u in CONSENT_USES if getattr(self, f"use_{u}")]

    # "Consent in force for use X" lives here and nowhere else: every page, note, export,
    # dashboard and round asks these, in Python on a loaded row or in SQL in a query.
    @hybrid_property
    def is_withdrawn(self) -> bool:
        """The storyteller took the consent back."""
        return self.withdrawn_at is not None

    @is_withdrawn.inplace.expression
    @classmethod
    def _is_withdrawn_expression(cls):
        return cls.withdrawn_at.is_not(None)

    @property
    def withdrawn_day(self) -> date | None:
        """The day of the withdrawal as recorded (else the day it was entered); None while in force."""
        if not self.is_withdrawn:
            return None
        return self.withdrawn_on or self.withdrawn_at.date()

    @hybrid_property
    def in_force(self) -> bool:
        """Given and not withdrawn."""
        return self.status == "given" and self.withdrawn_at is None

    @in_force.inplace.expression
    @classmethod
    def _in_force_expression(cls):
        return sa.and_(cls.status == "given", cls.withdrawn_at.is_(None))

    @hybrid_method
    def allows(self, use: str) -> bool:
        """Given, not withdrawn, and covering this use."""
        return self.in_force and bool(getattr(self, _use_column(use)))

    @allows.inplace.expression
    @classmethod
    def _allows_expression(cls, use: str):
        return sa.and_(cls.in_force, getattr(cls, _use_column(use)).is_(True))

    @hybrid_property
    def state(self) -> str:
        """given, refused or withdrawn ("missing" in SQL when an outer join found no consent)."""
        return "refused" if self.status != "given" else "withdrawn" if self.is_withdrawn else "given"

    @state.inplace.expression
    @classmethod
    def _state_expression(cls):
        return sa.case((cls.id.is_(None), "missing"), (cls.status != "given", "refused"),
                       (cls.is_withdrawn, "withdrawn"), else_="given")

    @staticmethod
    def state_of(consent: "Consent | None") -> str:
        """The state of a story's consent, "missing" when none was recorded."""
        return "missing" if consent is None else consent.state


def _use_column(use: str) -> str:
    if use not in CONSENT_USES:
        raise ValueError(use)
    return f"use_{use}"


class StoryRevision(db.Model):
    """A snapshot of a story's fields before an edit, for its history."""

    __tablename__ = "story_revisions"
    id: Mapped[int] = mapped_column(primary_key=True)
    story_id: Mapped[int] = mapped_column(sa.ForeignKey("stories.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)
    changed_fields: Mapped[list] = mapped_column(sa.JSON, default=list)
    previous: Mapped[dict] = mapped_column(sa.JSON, default=dict)

    story = relationship("Story", back_populates="revisions")
    user = relationship("User")
