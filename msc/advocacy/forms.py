"""Forms: the note's parameters, and the logo and reference document uploads."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import RadioField, SelectField, SelectMultipleField, TextAreaField, widgets
from wtforms.validators import DataRequired, Length

from ..forms_common import NoControlChars
from .operations import CONTEXT_MAX


class MultiCheckboxField(SelectMultipleField):
    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()


class NoteForm(FlaskForm):
    period = SelectField(_l("Period"), coerce=int, validators=[DataRequired()])
    units = MultiCheckboxField(_l("Units (none ticked: every unit you reach)"), coerce=int)
    domains = MultiCheckboxField(_l("Domains (none ticked: every domain)"), coerce=int)
    language = RadioField(_l("Language of the note"), choices=[("fr", _l("French")), ("en", _l("English"))],
                          default="fr", validators=[DataRequired()])
    context = TextAreaField(_l("Context paragraph"), validators=[Length(max=CONTEXT_MAX),
                                                                 NoControlChars(multiline=True)])


class LogoForm(FlaskForm):
    logo = FileField(_l("Logo (PNG, JPEG or GIF, at most 1 MB)"), validators=[FileRequired()])


class TemplateForm(FlaskForm):
    template = FileField(_l("Reference Word document (.docx, at most 5 MB)"), validators=[FileRequired()])


class ConfirmForm(FlaskForm):
    """An empty form: CSRF protection for a button."""
