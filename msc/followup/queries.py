"""Read-only, set-based questions on the follow-up of selected stories (for pages, the dashboard and notes).

Each function takes story ids (a list, or a select of ids to embed) and answers with one statement.
"""
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa

from ..auth.models import RoleAssignment, User
from ..extensions import db
from ..selection.queries import selected_story_ids
from ..stories.models import Story
from .models import GIVEN_CHANNELS, StorytellerFeedback, Verification


@dataclass(frozen=True)
class FeedbackState:
    """Where the feedback to one storyteller stands: "pending" (nothing recorded) or the recorded channel."""
    story_id: int
    channel: str | None  # in_person, phone, not_reachable, declined; None when nothing is recorded
    given_on: date | None

    @property
    def state(self) -> str:
        return self.channel or "pending"

    @property
    def reached(self) -> bool:
        return self.channel in GIVEN_CHANNELS


@dataclass(frozen=True)
class VerificationState:
    story_id: int
    method: str | None
    verified_on: date | None
    verified_by: str  # the name of the person who checked, "" when unknown
    outcome: str
    note: str


def _ids(story_ids):
    """A select of ids stays a select (embedded in the statement); anything else becomes a list."""
    return story_ids if isinstance(story_ids, sa.Select) else list(story_ids) or [-1]


def feedback_state(story_ids) -> dict[int, FeedbackState]:
    """Per story id, its feedback record (stories without one are "pending"); one statement."""
    ids = _ids(story_ids)
    rows = db.session.execute(sa.select(StorytellerFeedback.story_id, StorytellerFeedback.channel,
                                        StorytellerFeedback.given_on)
                              .where(StorytellerFeedback.story_id.in_(ids))).tuples()
    found = {sid: FeedbackState(sid, channel, day) for sid, channel, day in rows}
    if isinstance(ids, list):
        return {sid: found.get(sid, FeedbackState(sid, None, None)) for sid in ids if sid != -1}
    return found


def feedback_counts(story_ids) -> dict[str, int]:
    """How many of these stories had feedback given (in person or by phone), not reachable, declined, pending."""
    state = sa.func.coalesce(StorytellerFeedback.channel, "pending")
    base = (sa.select(state, sa.func.count(Story.id)).select_from(Story)
            .outerjoin(StorytellerFeedback, StorytellerFeedback.story_id == Story.id)
            .where(Story.id.in_(_ids(story_ids))).group_by(state))
    counts = {"in_person": 0, "phone": 0, "not_reachable": 0, "declined": 0, "pending": 0}
    counts.update(dict(db.session.execute(base).tuples().all()))
    counts["given"] = counts["in_person"] + counts["phone"]
    return counts


def verification_state(story_ids) -> dict[int, VerificationState]:
    """Per story id with a verification record: method, date, by whom, outcome, note; one statement."""
    rows = db.session.execute(
        sa.select(Verification.story_id, Verification.method, Verification.verified_on,
                  sa.func.coalesce(User.name, ""), Verification.outcome, Verification.note)
        .outerjoin(User, User.id == Verification.verified_by_id)
        .where(Verification.story_id.in_(_ids(story_ids)))).tuples()
    return {r[0]: VerificationState(*r) for r in rows}


def feedback_to_give(unit_ids) -> sa.Select:
    """Ids of the selected stories of these units (where they were collected) with no feedback recorded yet."""
    return (sa.select(Story.id).where(Story.id.in_(selected_story_ids()), Story.unit_id.in_(list(unit_ids) or [-1]),
                                      Story.erased_at.is_(None),
                                      ~sa.exists().where(StorytellerFeedback.story_id == Story.id)))


def followup_rows(unit_ids) -> list[dict]:
    """The selected stories of these units with their feedback and verification: the follow-up page's lines."""
    stories = list(db.session.scalars(sa.select(Story).where(
        Story.id.in_(selected_story_ids()), Story.unit_id.in_(list(unit_ids) or [-1]), Story.erased_at.is_(None))
        .order_by(Story.period_id.desc(), Story.id)))
    ids = [s.id for s in stories]
    feedback, checks = feedback_state(ids), verification_state(ids)
    return [{"story": s, "feedback": feedback[s.id], "verification": checks.get(s.id)} for s in stories]


def record_of(model, story):
    """The story's feedback or verification record (``model``), or None."""
    return db.session.scalar(sa.select(model).where(model.story_id == story.id))


def checkers(story) -> list[User]:
    """Who may have checked a story: admins, and coordinators and facilitators of its unit or a unit above it."""
    units = [story.unit_id] + [u.id for u in story.unit.ancestors()]
    return list(db.session.scalars(sa.select(User).where(User.is_active_account.is_(True), User.id.in_(
        sa.select(RoleAssignment.user_id).where(
            sa.or_(RoleAssignment.role == "admin", sa.and_(RoleAssignment.role.in_(("coordinator", "facilitator")),
                                                          RoleAssignment.unit_id.in_(units)))))).order_by(User.name)))


def template_state(story_ids) -> dict:
    """For pages: {"feedback": {id: FeedbackState}, "verification": {id: VerificationState}} (two statements)."""
    ids = [i for i in story_ids if i is not None]
    return {"feedback": feedback_state(ids), "verification": verification_state(ids)}
