"""Forms for rounds; the ballot is read from the posted fields by ``parse_ballot``."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, DateField, IntegerField, SelectField, TextAreaField
from wtforms.validators import DataRequired, Length, NumberRange, Optional

from ..forms_common import NoControlChars
from ..stories.forms import MultiCheckboxField
from .tally import BallotError


def method_choices():
    return [("ranking", _l("Ranking (Borda count)")), ("schulze", _l("Ranking with ties allowed (Schulze method)")),
            ("approval", _l("Approval vote (up to k stories)")),
            ("scoring", _l("Scoring (1 to 5, highest mean)")), ("consensus", _l("Consensus recorded by the chair"))]


class RoundForm(FlaskForm):
    unit = SelectField(_l("Unit"), coerce=int, validators=[DataRequired()])
    period = SelectField(_l("Period"), coerce=int, validators=[DataRequired()])
    method = SelectField(_l("Method"), choices=method_choices, validators=[DataRequired()])
    domains = MultiCheckboxField(_l("Domains"), coerce=int, validators=[DataRequired()])
    winners_per_domain = IntegerField(_l("Winners per domain"), default=1,
                                      validators=[DataRequired(), NumberRange(min=1, max=10)])
    max_approvals = IntegerField(_l("Approvals per panelist (approval vote)"),
                                 validators=[Optional(), NumberRange(min=1, max=50)])
    closes_on = DateField(_l("Closing date (optional)"), validators=[Optional()])


class EditRoundForm(FlaskForm):
    method = SelectField(_l("Method"), choices=method_choices, validators=[DataRequired()])
    domains = MultiCheckboxField(_l("Domains"), coerce=int, validators=[DataRequired()])
    winners_per_domain = IntegerField(_l("Winners per domain"), validators=[DataRequired(), NumberRange(min=1, max=10)])
    max_approvals = IntegerField(_l("Approvals per panelist (approval vote)"),
                                 validators=[Optional(), NumberRange(min=1, max=50)])
    closes_on = DateField(_l("Closing date (optional)"), validators=[Optional()])
    chair = SelectField(_l("Chair of the panel"), coerce=int, validators=[Optional()])
    dissent_named = BooleanField(_l("Show dissent with the panelist's name (otherwise anonymous)"))


class PanelForm(FlaskForm):
    user = SelectField(_l("Panelist"), coerce=int, validators=[DataRequired()])
    is_chair = BooleanField(_l("Chair of the panel"))


class ConfirmForm(FlaskForm):
    """Only the CSRF token: for buttons that change state."""


class ReasonForm(FlaskForm):
    text = TextAreaField(_l("Reasons"), validators=[DataRequired(), Length(max=5000), NoControlChars(multiline=True)])


class CommentForm(FlaskForm):
    text = TextAreaField(_l("Your comment (why this story matters, or not)"),
                         validators=[Optional(), Length(max=2000), NoControlChars(multiline=True)])


class TieBreakForm(FlaskForm):
    stories = MultiCheckboxField(_l("Stories chosen among the tied ones"), coerce=int, validators=[DataRequired()])
    reason = TextAreaField(_l("Reason for the choice"), validators=[DataRequired(), Length(max=5000),
                                                                    NoControlChars(multiline=True)])


class ConsensusForm(FlaskForm):
    stories = MultiCheckboxField(_l("Stories the panel agreed on"), coerce=int, validators=[DataRequired()])


def _int(value: str, message) -> int:
    value = (value or "").strip()
    if not value.isdigit() or len(value) > 9:
        raise BallotError(str(message))
    return int(value)


def parse_ballot(method: str, form, candidates: list[int]):
    """Read the posted ballot: approve=<id>… (or abstain=1), rank-<id>=<place> (equal places tie under Schulze),
    score-<id>=<1..5 | abstain>. Returns (choice, abstain); raises BallotError with a translated message."""
    unknown = _l("This ballot names an unknown story.")
    if method == "approval":
        return [_int(v, unknown) for v in form.getlist("approve")], form.get("abstain") == "1"
    prefix = "score-" if method == "scoring" else "rank-"
    values = {}
    for key in form:
        if not key.startswith(prefix):
            continue
        story = _int(key[len(prefix):], unknown)
        raw = (form.get(key) or "").strip()
        if method == "scoring":
            if not raw:
                raise BallotError(str(_l("Give every story a score, or choose “I abstain” for it.")))
            values[story] = None if raw == "abstain" else _int(raw, _l("Give a whole number for every story."))
        else:
            values[story] = _int(raw, _l("Give every story a place."))
    if method == "scoring":
        return values, False
    if method == "schulze":
        groups: dict[int, list[int]] = {}
        for story, place in values.items():
            groups.setdefault(place, []).append(story)
        return [sorted(groups[p]) for p in sorted(groups)], False
    places = sorted(values.values())
    if places != list(range(1, len(values) + 1)):
        raise BallotError(str(_l("Give each story a different place, from 1 to %(n)d.",
                                 n=max(len(candidates), len(values)))))
    return sorted(values, key=values.get), False


def posted_values(method: str, form) -> dict:
    """What the panelist entered, to show it again after a refusal (never saved)."""
    if method == "approval":
        return {int(v): 1 for v in form.getlist("approve") if v.isdigit() and len(v) < 10}
    prefix = "score-" if method == "scoring" else "rank-"
    out = {}
    for key in form:
        sid = key[len(prefix):]
        if key.startswith(prefix) and sid.isdigit() and len(sid) < 10:
            value = (form.get(key) or "").strip()[:10]
            out[int(sid)] = int(value) if value.isdigit() else value
    return out
