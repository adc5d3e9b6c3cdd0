"""Forms of the follow-up pages."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import DateField, RadioField, SelectField, TextAreaField
from wtforms.validators import InputRequired, Length, Optional

from ..forms_common import NoControlChars

CHANNELS = [("in_person", _l("Given in person")), ("phone", _l("Given by phone")),
            ("not_reachable", _l("Storyteller not reachable")), ("declined", _l("Storyteller declined"))]
METHODS = [("visit", _l("Visit")), ("call", _l("Call")), ("document", _l("Document")),
           ("staff", _l("Cross-check with staff"))]
OUTCOMES = [("confirmed", _l("Confirmed")), ("partly", _l("Partly confirmed")),
            ("not_confirmed", _l("Not confirmed")), ("not_possible", _l("Verification not possible"))]


class FeedbackForm(FlaskForm):
    channel = RadioField(_l("How did the feedback go?"), choices=CHANNELS, validators=[InputRequired()])
    given_on = DateField(_l("Date"), validators=[Optional()])
    note = TextAreaField(_l("Note (no personal details)"), validators=[Length(max=2000), NoControlChars(True)])


class VerificationForm(FlaskForm):
    method = SelectField(_l("Method"), choices=METHODS, validators=[InputRequired()])
    verified_on = DateField(_l("Date of the check"), validators=[InputRequired()])
    verified_by = SelectField(_l("Checked by"), coerce=int, validators=[Optional()])
    outcome = RadioField(_l("Outcome"), choices=OUTCOMES, validators=[InputRequired()])
    note = TextAreaField(_l("Note (no personal details)"), validators=[Length(max=2000), NoControlChars(True)])
