"""A second coder's independent coding of a story's themes, asked for by a coordinator."""
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ..models_base import utcnow


class CodingAssignment(db.Model):
    """One story a second coder is asked to code independently; ``completed_at`` once the themes are sent."""

    __tablename__ = "coding_assignments"
    __table_args__ = (sa.UniqueConstraint("story_id", "coder_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    story_id: Mapped[int] = mapped_column(sa.ForeignKey("stories.id", ondelete="CASCADE"), index=True)
    coder_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"), index=True)
    requested_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    requested_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(sa.DateTime)

    story = relationship("Story")
    coder = relationship("User", foreign_keys=[coder_id])
    requested_by = relationship("User", foreign_keys=[requested_by_id])
    codes = relationship("IndependentCode", back_populates="assignment", cascade="all, delete-orphan")

    @property
    def is_completed(self) -> bool:
        return self.completed_at is not None

    @property
    def theme_ids(self) -> set[int]:
        return {c.theme_id for c in self.codes}

    def can_code(self, user) -> bool:
        """Only the coder asked, while the story is still there to read."""
        return bool(user and user.is_authenticated and user.id == self.coder_id and not self.story.is_erased)


class IndependentCode(db.Model):
    """A theme the second coder found in the story."""

    __tablename__ = "coding_assignment_themes"
    __table_args__ = (sa.UniqueConstraint("assignment_id", "theme_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(sa.ForeignKey("coding_assignments.id", ondelete="CASCADE"),
                                               index=True)
    theme_id: Mapped[int] = mapped_column(sa.ForeignKey("themes.id", ondelete="CASCADE"), index=True)

    assignment = relationship("CodingAssignment", back_populates="codes")
