"""Selection rounds: panels, candidates, ballots, reads, comments, selections and tie-breaks."""
import random
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ..models_base import utcnow

METHODS = ("approval", "ranking", "scoring", "schulze", "consensus")
STATUSES = ("draft", "open", "closed", "finalised", "cancelled")
RANKED = ("ranking", "schulze")  # methods whose ballot places every story


class Round(db.Model):
    """One selection at one unit, for one period, over one or more domains."""

    __tablename__ = "rounds"
    __table_args__ = (
        sa.CheckConstraint("method IN ('approval', 'ranking', 'scoring', 'schulze', 'consensus')", name="known_method"),
        sa.CheckConstraint("status IN ('draft', 'open', 'closed', 'finalised', 'cancelled')", name="known_status"),
        sa.CheckConstraint("winners_per_domain >= 1", name="winners_positive"),
        sa.CheckConstraint("max_approvals IS NULL OR max_approvals >= 1", name="approvals_positive"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(sa.ForeignKey("programmes.id"), index=True)
    unit_id: Mapped[int] = mapped_column(sa.ForeignKey("units.id"), index=True)
    period_id: Mapped[int] = mapped_column(sa.ForeignKey("periods.id"), index=True)
    parent_round_id: Mapped[int | None] = mapped_column(sa.ForeignKey("rounds.id"), index=True)  # runoff of
    method: Mapped[str] = mapped_column(sa.String(20))
    winners_per_domain: Mapped[int] = mapped_column(sa.Integer, default=1)
    max_approvals: Mapped[int | None] = mapped_column(sa.Integer)
    status: Mapped[str] = mapped_column(sa.String(20), default="draft", index=True)
    closes_on: Mapped[date | None] = mapped_column(sa.Date)
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)
    opened_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    finalised_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    results_hash: Mapped[str | None] = mapped_column(sa.String(80))
    # Dissent is shown with the panelist's name (True) or anonymously (False): a setting of the round's panel.
    dissent_named: Mapped[bool] = mapped_column(sa.Boolean, default=False, server_default=sa.false())
    cancelled_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    # "online" (ballots in the app) or "in_person" (decided around a table, recorded by the chair)
    mode: Mapped[str] = mapped_column(sa.String(20), default="online", server_default="online")

    unit = relationship("Unit")
    period = relationship("Period")
    parent_round = relationship("Round", remote_side=[id], foreign_keys=[parent_round_id])
    domains = relationship("RoundDomain", back_populates="round", cascade="all, delete-orphan",
                           order_by="RoundDomain.id", foreign_keys="RoundDomain.round_id")
    members = relationship("PanelMember", back_populates="round", cascade="all, delete-orphan",
                           order_by="PanelMember.id")
    candidates = relationship("Candidate", back_populates="round", cascade="all, delete-orphan",
                              order_by="Candidate.id", foreign_keys="Candidate.round_id")

    # -- questions -------------------------------------------------------
    @property
    def is_draft(self) -> bool:
        return self.status == "draft"

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    @property
    def is_closed(self) -> bool:
        return self.status == "closed"

    @property
    def is_finalised(self) -> bool:
        return self.status == "finalised"

    @property
    def is_cancelled(self) -> bool:
        return self.status == "cancelled"

    @property
    def is_runoff(self) -> bool:
        return self.parent_round_id is not None

    @property
    def is_in_person(self) -> bool:
        return self.mode == "in_person"

    @property
    def uses_ballots(self) -> bool:
        return self.method != "consensus"

    @property
    def chair(self):
        return next((m.user for m in self.members if m.is_chair), None)

    @property
    def panelist_ids(self) -> list[int]:
        return sorted(m.user_id for m in self.members)

    def member(self, user):
        uid = getattr(user, "id", None)
        return next((m for m in self.members if m.user_id == uid), None)

    def is_member(self, user) -> bool:
        return self.member(user) is not None

    def is_chair(self, user) -> bool:
        m = self.member(user)
        return bool(m and m.is_chair)

    def may_sit_on_panel(self, user) -> bool:
        """An active panelist or coordinator of the round's unit (or a unit above it)."""
        return bool(user.is_active and (user.has_role("panelist", self.unit) or user.has_role("coordinator", self.unit)))

    def can_manage(self, user) -> bool:
        """Admins and coordinators of the round's unit (or above) set it up."""
        return bool(user and user.is_authenticated and (user.is_admin or user.has_role("coordinator", self.unit)))

    def can_view(self, user) -> bool:
        """The round page: its managers and its panel."""
        return self.can_manage(user) or self.is_member(user)

    def can_read(self, user) -> bool:
        """Candidate texts: the panel only, once the round is open (never in a cancelled round)."""
        return self.is_member(user) and self.status not in ("draft", "cancelled")

    def can_vote(self, user) -> bool:
        return self.is_open and self.uses_ballots and self.is_member(user)

    def can_see_results(self, user) -> bool:
        """Tallies: the chair and managers once closed; the panel once finalised."""
        if self.status in ("closed", "finalised") and (self.is_chair(user) or self.can_manage(user)):
            return True
        return self.is_finalised and self.is_member(user)

    def can_see_feedback(self, user) -> bool:
        """Feedback: once finalised, the round's people and everyone working in the units below."""
        if not self.is_finalised or not user or not user.is_authenticated:
            return False
        if self.can_view(user):
            return True
        below = self.unit.subtree_ids()
        return bool(user.units_for("coordinator", "facilitator") & below)

    def collected_by(self, user) -> set[int]:
        """Story ids among the candidates that this user collected: they never vote on them."""
        uid = getattr(user, "id", None)
        return {c.story_id for c in self.candidates if uid is not None and c.story.facilitator_id == uid}

    def round_domain(self, domain_id: int):
        return next((d for d in self.domains if d.domain_id == domain_id), None)

    def active_candidates(self, domain_id: int | None = None) -> list["Candidate"]:
        """Candidates put before the panel: not excluded and not withdrawn before the round ended."""
        return [c for c in self.candidates if c.is_counted and (domain_id is None or c.domain_id == domain_id)]

    def reading_order(self, user, domain_id: int) -> list["Candidate"]:
        """The domain's candidates in a random order fixed per panelist (it spreads order bias)."""
        candidates = sorted(self.active_candidates(domain_id), key=lambda c: c.id)
        random.Random(f"{self.id}:{getattr(user, 'id', 0)}").shuffle(candidates)
        return candidates

    def __str__(self) -> str:
        return f"{self.unit.code} · {self.period.code}"


class RoundDomain(db.Model):
    """A domain a round covers; links to the runoff started for its tie, if any."""

    __tablename__ = "round_domains"
    __table_args__ = (sa.UniqueConstraint("round_id", "domain_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(sa.ForeignKey("rounds.id", ondelete="CASCADE"), index=True)
    domain_id: Mapped[int] = mapped_column(sa.ForeignKey("domains.id"), index=True)
    runoff_round_id: Mapped[int | None] = mapped_column(sa.ForeignKey("rounds.id"))

    round = relationship("Round", back_populates="domains", foreign_keys=[round_id])
    domain = relationship("Domain")
    runoff_round = relationship("Round", foreign_keys=[runoff_round_id])


class PanelMember(db.Model):
    """A panelist of a round; one of them chairs it."""

    __tablename__ = "panel_members"
    __table_args__ = (sa.UniqueConstraint("round_id", "user_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(sa.ForeignKey("rounds.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"), index=True)
    is_chair: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    role: Mapped[str] = mapped_column(sa.String(20), default="panelist")  # the role held, for feedback counts

    round = relationship("Round", back_populates="members")
    user = relationship("User")


class Candidate(db.Model):
    """A story put before a round's panel."""

    __tablename__ = "candidates"
    __table_args__ = (sa.UniqueConstraint("round_id", "story_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(sa.ForeignKey("rounds.id", ondelete="CASCADE"), index=True)
    domain_id: Mapped[int] = mapped_column(sa.ForeignKey("domains.id"), index=True)
    story_id: Mapped[int] = mapped_column(sa.ForeignKey("stories.id"), index=True)
    source_round_id: Mapped[int | None] = mapped_column(sa.ForeignKey("rounds.id"))  # the round that promoted it
    is_excluded: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    exclusion_reason: Mapped[str] = mapped_column(sa.Text, default="")
    excluded_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    excluded_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    is_withdrawn: Mapped[bool] = mapped_column(sa.Boolean, default=False)  # consent withdrawn (a flag)
    left_at: Mapped[datetime | None] = mapped_column(sa.DateTime)  # left an unfinished round on withdrawal

    round = relationship("Round", back_populates="candidates", foreign_keys=[round_id])
    story = relationship("Story")
    domain = relationship("Domain")
    source_round = relationship("Round", foreign_keys=[source_round_id])

    @property
    def is_counted(self) -> bool:
        return not self.is_excluded and self.left_at is None


class Ballot(db.Model):
    """One panelist's vote in one domain of a round: saved whole, changeable until the close."""

    __tablename__ = "ballots"
    __table_args__ = (sa.UniqueConstraint("round_id", "domain_id", "panelist_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(sa.ForeignKey("rounds.id", ondelete="CASCADE"), index=True)
    domain_id: Mapped[int] = mapped_column(sa.ForeignKey("domains.id"))
    panelist_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)
    # An approval ballot that approves nothing on purpose (an explicit abstention in the domain).
    is_abstention: Mapped[bool] = mapped_column(sa.Boolean, default=False, server_default=sa.false())
    dissent: Mapped[str] = mapped_column(sa.Text, default="", server_default="")  # the panelist's dissent, if any

    entries = relationship("BallotEntry", back_populates="ballot", cascade="all, delete-orphan",
                           order_by="BallotEntry.value")


class BallotEntry(db.Model):
    """One line of a ballot: an approval (1), a place in a ranking (1 = first; equal places tie under Schulze)
    or a score (1–5; None: the panelist abstains on this story)."""

    __tablename__ = "ballot_entries"
    __table_args__ = (
        sa.UniqueConstraint("ballot_id", "story_id"),
        sa.CheckConstraint("value >= 1", name="value_positive"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    ballot_id: Mapped[int] = mapped_column(sa.ForeignKey("ballots.id", ondelete="CASCADE"), index=True)
    story_id: Mapped[int] = mapped_column(sa.ForeignKey("stories.id"))
    value: Mapped[int | None] = mapped_column(sa.Integer)

    ballot = relationship("Ballot", back_populates="entries")


class ReadMark(db.Model):
    """A panelist opened a candidate."""

    __tablename__ = "read_marks"
    __table_args__ = (sa.UniqueConstraint("candidate_id", "panelist_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(sa.ForeignKey("candidates.id", ondelete="CASCADE"), index=True)
    panelist_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"))
    read_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)


class Comment(db.Model):
    """A panelist's note on a candidate: why it matters (or not)."""

    __tablename__ = "round_comments"
    __table_args__ = (sa.UniqueConstraint("candidate_id", "panelist_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(sa.ForeignKey("candidates.id", ondelete="CASCADE"), index=True)
    panelist_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"))
    text: Mapped[str] = mapped_column(sa.Text)
    updated_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)


class TieBreak(db.Model):
    """The chair's choice among tied candidates, with the reason."""

    __tablename__ = "tie_breaks"
    __table_args__ = (sa.UniqueConstraint("round_id", "story_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(sa.ForeignKey("rounds.id", ondelete="CASCADE"), index=True)
    domain_id: Mapped[int] = mapped_column(sa.ForeignKey("domains.id"))
    story_id: Mapped[int] = mapped_column(sa.ForeignKey("stories.id"))
    reason: Mapped[str] = mapped_column(sa.Text)
    decided_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    decided_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)


class Selection(db.Model):
    """A story chosen in a round, with its rank and the panel's reasons for selection."""

    __tablename__ = "selections"
    __table_args__ = (
        sa.UniqueConstraint("round_id", "story_id"),
        sa.CheckConstraint("rank IS NULL OR rank >= 1", name="rank_positive"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(sa.ForeignKey("rounds.id", ondelete="CASCADE"), index=True)
    domain_id: Mapped[int] = mapped_column(sa.ForeignKey("domains.id"))
    story_id: Mapped[int] = mapped_column(sa.ForeignKey("stories.id"), index=True)
    rank: Mapped[int | None] = mapped_column(sa.Integer)
    is_consensus: Mapped[bool] = mapped_column(sa.Boolean, default=False)  # chosen by the chair, not counted
    reasons: Mapped[str] = mapped_column(sa.Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)

    round = relationship("Round")
    story = relationship("Story")
