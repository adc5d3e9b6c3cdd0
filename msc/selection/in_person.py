"""In-person rounds: the panel meets around a table with a printed story pack; the chair records the meeting.

The round is decided like a consensus round (the winners are the ones the room chose, recorded by the
chair), then closed, given its reasons and finalised through the same operations as online rounds, so that
its winners rise a level the same way and its results hash computes the same way.
Same habits as operations.py: check, change, flush, audit; never commit.
"""
from dataclasses import dataclass, field
from datetime import date

import sqlalchemy as sa
from flask_babel import lazy_gettext as _

from .. import audit
from ..extensions import db
from ..forms_common import clean_text
from . import decisions
from . import operations as ops
from .meeting_models import ROOM_METHODS, RoomVote, RoundAttendee, RoundMeeting
from .models import Round

NAME_MAX, ROLE_MAX, TEXT_MAX = 200, 100, 5000


def create_in_person_round(programme, data: ops.RoundInput, *, user) -> Round:
    """A draft round whose panel meets in person: decided in the room, recorded afterwards by the chair."""
    data.method = "consensus"
    round_ = ops.create_round(programme, data, user=user)
    round_.mode = "in_person"
    db.session.flush()
    audit.record("round_in_person", round_, user=user)
    return round_


@dataclass
class Attendee:
    name: str
    role: str = ""
    user_id: int | None = None


@dataclass
class MeetingInput:
    met_on: date | None
    method_used: str
    attendees: list[Attendee] = field(default_factory=list)
    winners: dict[int, list[int]] = field(default_factory=dict)  # domain id -> story ids, best first
    reasons: dict[int, str] = field(default_factory=dict)  # story id -> the panel's reasons
    votes: dict[int, int] = field(default_factory=dict)  # story id -> votes counted in the room (optional)
    method_note: str = ""
    dissent: str = ""


def _check_meeting(round_: Round, data: MeetingInput) -> None:
    ops._require(round_.is_in_person, _("This round is not an in-person round."))
    ops._require(round_.status in ("open", "closed"), _("Open the round before recording its meeting."))
    ops._require(data.met_on is not None, _("Give the date of the meeting."))
    ops._require(data.met_on <= date.today(), _("The meeting date cannot be in the future."))
    ops._require(round_.opened_at is None or data.met_on >= round_.opened_at.date(),
                 _("The meeting cannot be before the round was opened."))
    ops._require(data.method_used in ROOM_METHODS, _("Say which method the room used."))
    ops._require(data.attendees, _("List who attended the meeting."))
    for person in data.attendees:
        ops._require(0 < len(person.name) <= NAME_MAX and len(person.role) <= ROLE_MAX,
                     _("Give each attendee a name (and a role) of at most %(n)d characters.", n=NAME_MAX))
    for rd in round_.domains:
        expected = min(round_.winners_per_domain, len(round_.active_candidates(rd.domain_id)))
        ops._require(len(data.winners.get(rd.domain_id, [])) == expected,
                     _("Choose %(n)d winner(s) in %(domain)s.", n=expected, domain=rd.domain.label))
    counted = {c.story_id for c in round_.active_candidates()}
    for story_id, votes in data.votes.items():
        ops._require(story_id in counted, _("Votes can only be given to the round's candidates."))
        ops._require(isinstance(votes, int) and 0 <= votes <= 10000, _("Votes are whole numbers from 0."))
    for text in (data.method_note, data.dissent):
        ops._require(len(text) <= TEXT_MAX, _("A text has at most %(n)d characters.", n=TEXT_MAX))


def record_meeting(round_: Round, data: MeetingInput, *, user) -> Round:
    """Record the meeting (date, attendees, method, votes, winners, reasons, dissent) and finalise the round."""
    round_ = ops.lock_round(round_.id)
    ops._require(round_.is_chair(user), _("Only the chair records the meeting."))
    data.method_note, data.dissent = clean_text(data.method_note), clean_text(data.dissent)
    for person in data.attendees:
        person.name, person.role = clean_text(person.name), clean_text(person.role)
    _check_meeting(round_, data)
    for rd in round_.domains:
        decisions.record_consensus(round_, rd.domain_id, data.winners.get(rd.domain_id, []), user=user)
    db.session.execute(sa.delete(RoundAttendee).where(RoundAttendee.round_id == round_.id))
    db.session.execute(sa.delete(RoomVote).where(RoomVote.round_id == round_.id))
    meeting = db.session.scalar(sa.select(RoundMeeting).where(RoundMeeting.round_id == round_.id))
    if meeting is None:
        meeting = RoundMeeting(round_id=round_.id)
        db.session.add(meeting)
    meeting.met_on, meeting.method_used, meeting.method_note = data.met_on, data.method_used, data.method_note
    meeting.dissent, meeting.recorded_by_id = data.dissent, user.id
    db.session.add_all(RoundAttendee(round_id=round_.id, user_id=p.user_id, name=p.name, role=p.role)
                       for p in data.attendees)
    domain_of = {c.story_id: c.domain_id for c in round_.active_candidates()}
    db.session.add_all(RoomVote(round_id=round_.id, domain_id=domain_of[s], story_id=s, votes=v)
                       for s, v in sorted(data.votes.items()))
    db.session.flush()
    if round_.is_open:
        ops.close_round(round_, user=user)
    for rd in round_.domains:
        for story_id in data.winners.get(rd.domain_id, []):
            decisions.record_reasons(round_, story_id, data.reasons.get(story_id, ""), user=user)
    audit.record("meeting_record", round_, user=user, attendees=len(data.attendees), method=data.method_used)
    return decisions.finalise_round(round_, user=user)


def meeting_of(round_: Round) -> RoundMeeting | None:
    return db.session.scalar(sa.select(RoundMeeting).where(RoundMeeting.round_id == round_.id))
