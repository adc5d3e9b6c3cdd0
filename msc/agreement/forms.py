"""Forms of inter-coder agreement: ask for a second coding, code a story independently."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import IntegerField, SelectField, SelectMultipleField, widgets
from wtforms.validators import DataRequired, NumberRange, Optional

from .operations import MAX_SAMPLE


class MultiCheckboxField(SelectMultipleField):
    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()


class RequestForm(FlaskForm):
    unit = SelectField(_l("Unit"), coerce=int, validators=[DataRequired()])
    coder = SelectField(_l("Second coder"), coerce=int, validators=[DataRequired()])
    period = SelectField(_l("Period"), coerce=int, validators=[Optional()])
    size = IntegerField(_l("Number of stories in the sample"), default=5,
                        validators=[DataRequired(), NumberRange(1, MAX_SAMPLE)])


class CodeForm(FlaskForm):
    themes = MultiCheckboxField(_l("Themes you find in this story"), coerce=int, validators=[Optional()])
