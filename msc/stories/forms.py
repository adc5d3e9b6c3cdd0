"""The story form (with consent) and the consent-withdrawal form."""
from datetime import date

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    DateField,
    HiddenField,
    IntegerField,
    RadioField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
    widgets,
)
from wtforms.validators import DataRequired, Length, NumberRange, Optional, ValidationError

from ..forms_common import NoControlChars

TEXT_MAX = 20000


def age_band_choices():
    return [("", _l("Not said")), ("under_18", _l("Under 18")), ("18-24", "18–24"), ("25-34", "25–34"),
            ("35-44", "35–44"), ("45-54", "45–54"), ("55+", "55+")]


def gender_choices():
    return [("", _l("Not said")), ("woman", _l("Woman")), ("trans_woman", _l("Trans woman")), ("man", _l("Man")),
            ("trans_man", _l("Trans man")), ("non_binary", _l("Non-binary")), ("other", _l("Other")),
            ("undisclosed", _l("Prefers not to say"))]


def language_choices():
    return [("fr", _l("French")), ("en", _l("English")), ("ar", _l("Arabic / Darija")), ("other", _l("Other"))]


def consent_use_choices():
    return [("evaluation", _l("Internal evaluation")), ("panel", _l("Pseudonymised review by selection panels")),
            ("advocacy", _l("Anonymous quotes in advocacy notes")), ("publication", _l("Publication"))]


class MultiCheckboxField(SelectMultipleField):
    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()


def not_in_future(form, field):
    if field.data and field.data > date.today():
        raise ValidationError(_l("This date is in the future."))


class StoryForm(FlaskForm):
    version = HiddenField()  # the story's version when the form was opened (edits only)
    storyteller_code = StringField(_l("Storyteller code (left empty, one is generated)"),
                                   validators=[Optional(), Length(max=40), NoControlChars()])
    age_band = SelectField(_l("Age band"), choices=age_band_choices, validators=[Optional()])
    gender = SelectField(_l("Gender identity"), choices=gender_choices, validators=[Optional()])
    is_migrant = SelectField(_l("Migrant"), choices=[("", _l("Not said")), ("yes", _l("Yes")), ("no", _l("No"))],
                             validators=[Optional()])
    unit = SelectField(_l("Unit"), coerce=int, validators=[DataRequired()])
    period = SelectField(_l("Period"), coerce=int, validators=[DataRequired()])
    domain = RadioField(_l("Domain of change"), coerce=int, validators=[DataRequired()])
    interview_date = DateField(_l("Interview date"), validators=[DataRequired(), not_in_future])
    interview_place = StringField(_l("Place of the interview (e.g. the clinic)"),
                                  validators=[Optional(), Length(max=200), NoControlChars()])
    language = SelectField(_l("Language of the story"), choices=language_choices)
    title = StringField(_l("Title"), validators=[DataRequired(), Length(max=200), NoControlChars()])
    text = TextAreaField(_l("The story"), validators=[DataRequired(), Length(max=TEXT_MAX), NoControlChars(True)])
    significance = TextAreaField(_l("Why this change is significant to the storyteller"),
                                 validators=[Optional(), Length(max=5000), NoControlChars(True)])
    people_concerned = IntegerField(_l("How many people this change concerns"),
                                    validators=[Optional(), NumberRange(min=1, max=100000)])
    translation = TextAreaField(_l("Translation into the working language (optional)"),
                                validators=[Optional(), Length(max=TEXT_MAX), NoControlChars(True)])
    consent_status = RadioField(_l("Consent"), default="", choices=[
        ("", _l("Not recorded yet")), ("given", _l("Given")), ("refused", _l("Refused"))], validators=[Optional()])
    consent_mode = SelectField(_l("How consent was given"), choices=[("oral", _l("Oral")), ("written", _l("Written"))])
    consent_date = DateField(_l("Date of consent"), validators=[Optional(), not_in_future])
    consent_uses = MultiCheckboxField(_l("Uses the storyteller agreed to"), choices=consent_use_choices)

    def validate_consent_date(self, field):
        if self.consent_status.data and not field.data:
            raise ValidationError(_l("Give the date of consent."))

    def validate_consent_uses(self, field):
        if self.consent_status.data == "given" and not field.data:
            raise ValidationError(_l("Tick at least one use the storyteller agreed to."))
        if self.consent_status.data == "refused" and field.data:
            raise ValidationError(_l("A refused consent covers no use."))


class WithdrawForm(FlaskForm):
    withdrawn_on = DateField(_l("Date the storyteller withdrew consent"), validators=[DataRequired(), not_in_future])
    note = TextAreaField(_l("Note (optional; no personal details)"),
                         validators=[Optional(), Length(max=1000), NoControlChars(True)])


class ConfirmForm(FlaskForm):
    """An empty form: CSRF protection for a button."""
