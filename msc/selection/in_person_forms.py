"""Forms of in-person rounds: creating one, and the meeting record (its per-story fields are read by ``parse_meeting``)."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import DateField, IntegerField, SelectField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional

from ..forms_common import NoControlChars
from ..stories.forms import MultiCheckboxField
from .in_person import Attendee, MeetingInput
from .operations import SelectionError

GUEST_ROWS = 6


def room_method_choices():
    return [("discussion", _l("Discussion to consensus")), ("show_of_hands", _l("Show of hands")),
            ("ranking", _l("Ranking")), ("scoring", _l("Scoring")), ("dot_voting", _l("Dot voting")),
            ("other", _l("Other (describe it)"))]


class InPersonRoundForm(FlaskForm):
    unit = SelectField(_l("Unit"), coerce=int, validators=[DataRequired()])
    period = SelectField(_l("Period"), coerce=int, validators=[DataRequired()])
    domains = MultiCheckboxField(_l("Domains"), coerce=int, validators=[DataRequired()])
    winners_per_domain = IntegerField(_l("Winners per domain"), default=1,
                                      validators=[DataRequired(), NumberRange(min=1, max=10)])
    closes_on = DateField(_l("Meeting date (planned, optional)"), validators=[Optional()])


class MeetingForm(FlaskForm):
    met_on = DateField(_l("Date of the meeting"), validators=[InputRequired()])
    method_used = SelectField(_l("Method used in the room"), choices=room_method_choices,
                              validators=[InputRequired()])
    method_note = TextAreaField(_l("How the room decided (optional)"),
                                validators=[Length(max=5000), NoControlChars(multiline=True)])
    dissent = TextAreaField(_l("Dissent voiced in the meeting (optional)"),
                            validators=[Length(max=5000), NoControlChars(multiline=True)])


def _number(value: str, message) -> int | None:
    value = (value or "").strip()
    if not value:
        return None
    if not value.isdigit() or len(value) > 5:
        raise SelectionError(str(message))
    return int(value)


def parse_meeting(round_, form: MeetingForm, posted) -> MeetingInput:
    """The meeting as posted: attended=<user id>…, guest_name-N/guest_role-N, votes-<id>, place-<id>, reasons-<id>."""
    members = {m.user_id: m for m in round_.members}
    attendees = []
    for value in posted.getlist("attended"):
        member = members.get(int(value)) if value.isdigit() else None
        if member is None:
            raise SelectionError(str(_l("Only the panel's members can be ticked as attendees.")))
        attendees.append(Attendee(member.user.name, member.role, member.user_id))
    for n in range(GUEST_ROWS):
        name, role = (posted.get(f"guest_name-{n}") or "").strip(), (posted.get(f"guest_role-{n}") or "").strip()
        if name or role:
            attendees.append(Attendee(name, role))
    data = MeetingInput(form.met_on.data, form.method_used.data, attendees, method_note=form.method_note.data or "",
                        dissent=form.dissent.data or "")
    for rd in round_.domains:
        places = {}
        for cand in round_.active_candidates(rd.domain_id):
            votes = _number(posted.get(f"votes-{cand.story_id}"), _l("Votes are whole numbers from 0."))
            if votes is not None:
                data.votes[cand.story_id] = votes
            place = _number(posted.get(f"place-{cand.story_id}"), _l("Give each winner its place: 1, 2…"))
            if place is not None:
                places[cand.story_id] = place
                data.reasons[cand.story_id] = posted.get(f"reasons-{cand.story_id}") or ""
        if sorted(places.values()) != list(range(1, len(places) + 1)):
            raise SelectionError(str(_l("Give the winners of %(domain)s different places from 1.",
                                        domain=rd.domain.label)))
        data.winners[rd.domain_id] = sorted(places, key=places.get)
    return data
