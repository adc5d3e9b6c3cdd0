"""Forms of the erasure pages."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, SelectField, StringField
from wtforms.validators import DataRequired, InputRequired, Length

from ..forms_common import NoControlChars
from .operations import REASON_MAX


class EraseStoryForm(FlaskForm):
    reason = StringField(_l("Reason (e.g. the storyteller's request, GDPR art. 17; no personal details)"),
                         validators=[DataRequired(), Length(max=REASON_MAX), NoControlChars()])
    confirm = BooleanField(_l("I understand that the erasure cannot be undone"), validators=[InputRequired()])


class EraseStorytellerForm(EraseStoryForm):
    code = StringField(_l("Storyteller code"), validators=[DataRequired(), Length(max=40), NoControlChars()])
    unit = SelectField(_l("Unit of the storyteller"), coerce=int, validators=[DataRequired()])
