"""Forms: the note's parameters, and the logo and reference document uploads."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import (
    FieldList,
    Form,
    FormField,
    RadioField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
    widgets,
)
from wtforms.validators import DataRequired, Length, Optional, Regexp

from ..forms_common import NoControlChars
from .operations import CONTEXT_MAX


class MultiCheckboxField(SelectMultipleField):
    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()


class FeaturedForm(Form):
    """One featured story: its number and the passage to quote (copied from its approved text)."""

    story = StringField(_l("Featured story (number)"), validators=[Optional(), Regexp(r"^\s*#?\d{1,9}\s*$",
                                                                  message=_l("A story number, e.g. 12."))])
    passage = TextAreaField(_l("Passage to quote (copied from the story, at most 150 words)"),
                            validators=[Length(max=2000), NoControlChars(multiline=True)])


class NoteForm(FlaskForm):
    period = SelectField(_l("Period"), coerce=int, validators=[DataRequired()])
    units = MultiCheckboxField(_l("Units (none ticked: every unit you reach)"), coerce=int)
    domains = MultiCheckboxField(_l("Domains (none ticked: every domain)"), coerce=int)
    language = RadioField(_l("Language of the note"), choices=[("fr", _l("French")), ("en", _l("English")),
                                                                ("ar", _l("Arabic"))],
                          default="fr", validators=[DataRequired()])
    title = StringField(_l("Title stating the finding"), validators=[Length(max=200), NoControlChars()])
    key_messages = TextAreaField(_l("Key messages (3 to 5, one per line)"),
                                 validators=[Length(max=3000), NoControlChars(multiline=True)])
    recommendations = TextAreaField(_l("Recommendations (2 to 5, one per line)"),
                                    validators=[Length(max=3000), NoControlChars(multiline=True)])
    featured = FieldList(FormField(FeaturedForm), min_entries=4, max_entries=4)
    context = TextAreaField(_l("Context paragraph"), validators=[Length(max=CONTEXT_MAX),
                                                                 NoControlChars(multiline=True)])


class LogoForm(FlaskForm):
    logo = FileField(_l("Logo (PNG, JPEG or GIF, at most 1 MB)"), validators=[FileRequired()])


class TemplateForm(FlaskForm):
    template = FileField(_l("Reference Word document (.docx, at most 5 MB)"), validators=[FileRequired()])


class PageSizeForm(FlaskForm):
    page_size = RadioField(_l("Paper size of the notes"), choices=[("A4", "A4"), ("Letter", _l("US Letter"))],
                           default="A4", validators=[DataRequired()])


class ApproveForm(FlaskForm):
    """Approve the draft whose hash the approver read."""

    sha256 = StringField(validators=[DataRequired(), Regexp(r"^[0-9a-f]{64}$")])


class ConfirmForm(FlaskForm):
    """An empty form: CSRF protection for a button."""
