"""Recording feedback to a storyteller and a story's verification. Check, change, flush, audit; never commit."""
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from flask_babel import lazy_gettext as _

from .. import audit
from ..errors import RuleError
from ..extensions import db
from ..forms_common import clean_text
from ..models_base import utcnow
from ..selection.queries import selected_story_ids
from .models import (
    FEEDBACK_CHANNELS,
    GIVEN_CHANNELS,
    VERIFICATION_METHODS,
    VERIFICATION_OUTCOMES,
    StorytellerFeedback,
    Verification,
)

NOTE_MAX = 2000


class FollowupError(RuleError):
    """A follow-up rule was broken; the message is shown to the user."""


def _require(condition, message) -> None:
    if not condition:
        raise FollowupError(str(message))


def is_selected(story) -> bool:
    return db.session.scalar(selected_story_ids(stories=[story.id]).limit(1)) is not None


def can_give_feedback(story, user) -> bool:
    """The facilitators of the story's unit (and its coordinators and admins), once the story was selected."""
    return bool(story.can_view(user) and (user.is_admin or user.has_role("facilitator", story.unit)
                                          or user.has_role("coordinator", story.unit)))


def _day(value, *, required: bool) -> date | None:
    _require(value is not None or not required, _("Give the date."))
    _require(value is None or value <= date.today(), _("The date cannot be in the future."))
    return value


def _note(text: str) -> str:
    text = clean_text(text or "")
    _require(len(text) <= NOTE_MAX, _("A note has at most %(n)d characters.", n=NOTE_MAX))
    return text


def record_feedback(story, channel: str, given_on: date | None, note: str = "", *, user) -> StorytellerFeedback:
    """Record whether, when and how the panels' feedback reached the storyteller (replaces an earlier record)."""
    _require(can_give_feedback(story, user), _("Only the facilitators of the story's unit record its feedback."))
    _require(is_selected(story), _("Feedback is recorded for selected stories only."))
    _require(channel in FEEDBACK_CHANNELS, _("Choose how the feedback went."))
    given_on = _day(given_on, required=channel in GIVEN_CHANNELS)
    row = db.session.scalar(sa.select(StorytellerFeedback).where(StorytellerFeedback.story_id == story.id))
    if row is None:
        row = StorytellerFeedback(story_id=story.id)
        db.session.add(row)
    row.channel, row.given_on, row.note = channel, given_on, _note(note)
    row.recorded_by_id, row.recorded_at = user.id, utcnow()
    db.session.flush()
    audit.record("storyteller_feedback", story, user=user, channel=channel)
    return row


@dataclass
class VerificationInput:
    method: str
    verified_on: date | None
    outcome: str
    note: str = ""
    verified_by: object = None  # the user who checked; the recorder by default


def record_verification(story, data: VerificationInput, *, user) -> Verification:
    """Record how the story was checked (method, date, by whom, outcome, note), replacing an earlier record."""
    _require(story.can_verify(user), _("Only coordinators of the story's unit record its verification."))
    _require(data.method in VERIFICATION_METHODS, _("Choose how the story was checked."))
    _require(data.outcome in VERIFICATION_OUTCOMES, _("Choose the outcome of the check."))
    day = _day(data.verified_on, required=True)
    row = db.session.scalar(sa.select(Verification).where(Verification.story_id == story.id))
    if row is None:
        row = Verification(story_id=story.id)
        db.session.add(row)
    checker = data.verified_by or user
    row.method, row.verified_on, row.outcome, row.note = data.method, day, data.outcome, _note(data.note)
    row.verified_by_id, row.recorded_at = checker.id, utcnow()
    # The story's former tick follows the record, for the pages and notes that still read it.
    story.is_verified = data.outcome in ("confirmed", "partly")
    story.verified_by_id, story.verified_at, story.verification_notes = checker.id, utcnow(), row.note
    db.session.flush()
    audit.record("story_verification", story, user=user, method=data.method, outcome=data.outcome)
    return row
