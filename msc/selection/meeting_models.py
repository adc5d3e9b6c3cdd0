"""In-person rounds: the meeting the chair records afterwards, who attended, the votes counted in the room."""
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ..models_base import utcnow

MODES = ("online", "in_person")
ROOM_METHODS = ("discussion", "show_of_hands", "ranking", "scoring", "dot_voting", "other")


class RoundMeeting(db.Model):
    """The panel meeting of an in-person round: when, how the room decided, the dissent voiced."""

    __tablename__ = "round_meetings"
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(sa.ForeignKey("rounds.id", ondelete="CASCADE"), unique=True)
    met_on: Mapped[date] = mapped_column(sa.Date)
    method_used: Mapped[str] = mapped_column(sa.String(20))
    method_note: Mapped[str] = mapped_column(sa.Text, default="")
    dissent: Mapped[str] = mapped_column(sa.Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)


class RoundAttendee(db.Model):
    """Someone at the meeting: a user, or a name and role for people without an account."""

    __tablename__ = "round_attendees"
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(sa.ForeignKey("rounds.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    name: Mapped[str] = mapped_column(sa.String(200))
    role: Mapped[str] = mapped_column(sa.String(100), default="")

    user = relationship("User")


class RoomVote(db.Model):
    """The votes a story got in the room, when the panel counted them."""

    __tablename__ = "room_votes"
    __table_args__ = (sa.UniqueConstraint("round_id", "story_id"),
                      sa.CheckConstraint("votes >= 0", name="votes_not_negative"))
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(sa.ForeignKey("rounds.id", ondelete="CASCADE"), index=True)
    domain_id: Mapped[int] = mapped_column(sa.ForeignKey("domains.id"))
    story_id: Mapped[int] = mapped_column(sa.ForeignKey("stories.id"))
    votes: Mapped[int] = mapped_column(sa.Integer)
