"""Follow-up of selected stories: feedback to the storyteller (MSC step 6) and verification (step 7)."""
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ..models_base import utcnow

FEEDBACK_CHANNELS = ("in_person", "phone", "not_reachable", "declined")
GIVEN_CHANNELS = ("in_person", "phone")  # the feedback reached the storyteller
VERIFICATION_METHODS = ("visit", "call", "document", "staff")
VERIFICATION_OUTCOMES = ("confirmed", "partly", "not_confirmed", "not_possible")


class StorytellerFeedback(db.Model):
    """Whether, when and how the panels' feedback reached the storyteller of a selected story."""

    __tablename__ = "storyteller_feedback"
    __table_args__ = (sa.CheckConstraint("channel IN ('in_person', 'phone', 'not_reachable', 'declined')",
                                         name="known_channel"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    story_id: Mapped[int] = mapped_column(sa.ForeignKey("stories.id", ondelete="CASCADE"), unique=True)
    channel: Mapped[str] = mapped_column(sa.String(20))
    given_on: Mapped[date | None] = mapped_column(sa.Date)
    note: Mapped[str] = mapped_column(sa.Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)

    recorded_by = relationship("User")

    @property
    def reached(self) -> bool:
        return self.channel in GIVEN_CHANNELS

    @property
    def state(self) -> str:
        return self.channel


class Verification(db.Model):
    """How a story was checked, when, by whom, with what outcome (one record per story, the latest)."""

    __tablename__ = "verifications"
    __table_args__ = (
        sa.CheckConstraint("method IS NULL OR method IN ('visit', 'call', 'document', 'staff')", name="known_method"),
        sa.CheckConstraint("outcome IN ('confirmed', 'partly', 'not_confirmed', 'not_possible')",
                           name="known_outcome"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    story_id: Mapped[int] = mapped_column(sa.ForeignKey("stories.id", ondelete="CASCADE"), unique=True)
    method: Mapped[str | None] = mapped_column(sa.String(20))  # None: recorded before methods were asked
    verified_on: Mapped[date | None] = mapped_column(sa.Date)
    verified_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    outcome: Mapped[str] = mapped_column(sa.String(20))
    note: Mapped[str] = mapped_column(sa.Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)

    verified_by = relationship("User")
