"""Forms for the programme set-up."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, DateField, HiddenField, IntegerField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, NumberRange, Optional

from ..forms_common import NoControlChars


class ProgrammeForm(FlaskForm):
    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=200), NoControlChars()])
    organisation = StringField(_l("Organisation"), validators=[Length(max=200), NoControlChars()])
    purpose = TextAreaField(_l("Purpose"), validators=[Length(max=5000), NoControlChars(multiline=True)])
    working_languages = StringField(_l("Working languages (codes, comma-separated)"), validators=[Length(max=50)])
    pseudonym_style = SelectField(
        _l("Pseudonyms shown to panels and in notes"),
        choices=[("brackets", _l("Brackets: [First name 1], [Place 2]")),
                 ("readable", _l("Readable first names, marked with an asterisk (when the language engine offers them)"))],
        default="brackets",
        description=_l("A change applies at once to every story whose pseudonymised text is approved "
                       "(the masks stay the ones approved)."))


class DomainForm(FlaskForm):
    key = StringField(_l("Key"), validators=[DataRequired(), Length(max=40)])
    label_fr = StringField(_l("Label (French)"), validators=[Length(max=200), NoControlChars()])
    label_en = StringField(_l("Label (English)"), validators=[Length(max=200), NoControlChars()])
    label_ar = StringField(_l("Label (Arabic)"), validators=[Length(max=200), NoControlChars()])
    question_fr = TextAreaField(_l("Question (French)"), validators=[Length(max=1000), NoControlChars(multiline=True)])
    question_en = TextAreaField(_l("Question (English)"), validators=[Length(max=1000), NoControlChars(multiline=True)])
    question_ar = TextAreaField(_l("Question (Arabic)"), validators=[Length(max=1000), NoControlChars(multiline=True)])
    is_open = BooleanField(_l("Open domain (“any other change”)"))
    is_retired = BooleanField(_l("Retired (kept for earlier periods, not offered for new stories)"))
    position = IntegerField(_l("Position"), default=0, validators=[Optional(), NumberRange(min=0, max=1000)])
    version = HiddenField()  # the domain's version when the form was opened


class PeriodForm(FlaskForm):
    code = StringField(_l("Code"), validators=[DataRequired(), Length(max=20)])
    label = StringField(_l("Label"), validators=[Length(max=100), NoControlChars()])
    starts_on = DateField(_l("Starts on"), validators=[DataRequired()])
    ends_on = DateField(_l("Ends on"), validators=[DataRequired()])


class LevelForm(FlaskForm):
    rank = IntegerField(_l("Level number (1 = collection)"), validators=[DataRequired(), NumberRange(min=1, max=20)])
    name_fr = StringField(_l("Name (French)"), validators=[Length(max=100), NoControlChars()])
    name_en = StringField(_l("Name (English)"), validators=[Length(max=100), NoControlChars()])
    name_ar = StringField(_l("Name (Arabic)"), validators=[Length(max=100), NoControlChars()])


class UnitForm(FlaskForm):
    code = StringField(_l("Code"), validators=[DataRequired(), Length(max=20)])
    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=200), NoControlChars()])
    level = SelectField(_l("Level"), coerce=int)
    parent = SelectField(_l("Parent unit"), coerce=int)
