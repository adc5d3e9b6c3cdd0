"""Forms of the analysis: theme decisions, personal-data review, codebook editing, known terms."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import BooleanField, HiddenField, SelectField, StringField, TextAreaField
from wtforms.validators import AnyOf, DataRequired, Length, Optional, Regexp

from ..forms_common import NoControlChars


def pii_label_choices():
    return [("PER", _l("Person's name")), ("LOC", _l("Precise place")), ("PHONE", _l("Phone number")),
            ("EMAIL", _l("E-mail address")), ("ID", _l("Identity or case number"))]


class ConfirmForm(FlaskForm):
    """A button that only needs the CSRF token."""


class DecideForm(FlaskForm):
    status = HiddenField(validators=[AnyOf(["confirmed", "rejected", "clear"])])


class AddThemeForm(FlaskForm):
    theme = SelectField(_l("Add a theme"), coerce=int, validators=[DataRequired()])


def field_labels() -> dict:
    """The free-text fields of a story as the review page names them (``models.PII_FIELDS``)."""
    return {"title": _l("Title"), "text": _l("Story"), "significance": _l("Why it is significant"),
            "translation": _l("Translation")}


def pii_field_choices():
    return [("", _l("Every field"))] + list(field_labels().items())


class PiiAddForm(FlaskForm):
    fragment = StringField(_l("Words to mask"), validators=[DataRequired(), Length(max=200), NoControlChars()])
    field = SelectField(_l("In which field"), choices=pii_field_choices, default="",
                        validators=[AnyOf(["", "title", "text", "significance", "translation"])])
    label = SelectField(_l("Kind of personal data"), choices=pii_label_choices, validators=[DataRequired()])


class ApproveForm(FlaskForm):
    seen = HiddenField(validators=[DataRequired(), Length(min=64, max=64)])


class ThemeForm(FlaskForm):
    key = StringField(_l("Key (letters, digits and _; never changes)"),
                      validators=[DataRequired(), Regexp(r"^[a-z][a-z0-9_]{1,63}$",
                                                         message=_l("Lower-case letters, digits and _ only."))])
    label_fr = StringField(_l("Label in French"), validators=[DataRequired(), Length(max=120), NoControlChars()])
    label_en = StringField(_l("Label in English"), validators=[DataRequired(), Length(max=120), NoControlChars()])
    label_ar = StringField(_l("Label in Arabic"), validators=[Optional(), Length(max=120), NoControlChars()])
    definition_fr = TextAreaField(_l("Definition in French"), validators=[Length(max=2000), NoControlChars(True)])
    definition_en = TextAreaField(_l("Definition in English"), validators=[Length(max=2000), NoControlChars(True)])
    definition_ar = TextAreaField(_l("Definition in Arabic"), validators=[Length(max=2000), NoControlChars(True)])
    patterns_fr = TextAreaField(_l("Patterns in French (one a line)"),
                                validators=[Length(max=50000), NoControlChars(True)])
    patterns_en = TextAreaField(_l("Patterns in English (one a line)"),
                                validators=[Length(max=50000), NoControlChars(True)])
    patterns_ar = TextAreaField(_l("Patterns in Arabic script, Arabic and Darija (one a line)"),
                                validators=[Length(max=50000), NoControlChars(True)])
    patterns_ary = TextAreaField(_l("Patterns in Darija written in Latin letters (one a line)"),
                                 validators=[Length(max=50000), NoControlChars(True)])
    negation = BooleanField(_l("Ignore negated mentions (\"never filed a complaint\")"), default=True)


class ImportCodebookForm(FlaskForm):
    file = FileField(_l("Codebook file (JSON)"), validators=[FileRequired()])


class KnownTermsForm(FlaskForm):
    terms = TextAreaField(_l("Names and venues to always mask (one a line; start with \"LOC:\" for a place)"),
                          validators=[Length(max=50000), NoControlChars(True)])
