"""Forms of the import pages: upload, column mapping, confirmation."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import BooleanField, FieldList, Form, FormField, HiddenField, SelectField

FIELD_LABELS = {
    "text": _l("Story text"),
    "title": _l("Title"),
    "significance": _l("Why the change is significant"),
    "domain": _l("Domain of change"),
    "storyteller": _l("Storyteller code"),
    "interview_date": _l("Interview date"),
    "language": _l("Language of the story"),
    "translation": _l("Translation"),
    "people_concerned": _l("Number of people concerned"),
    "consent": _l("Consent given (yes/no)"),
    "consent_uses": _l("Consent uses"),
    "consent_mode": _l("Consent mode (oral/written)"),
    "collector": _l("Collector (facilitator)"),
    "unit": _l("Unit code column"),
    "period": _l("Period code column"),
}
MAPPED_FIELDS = tuple(FIELD_LABELS)


class UploadForm(FlaskForm):
    file = FileField(_l("Export file (CSV or XLSX)"), validators=[FileRequired(_l("Choose a file."))])


class DomainValueForm(Form):
    """One value of the file's domain column and the domain it stands for."""

    value = HiddenField()
    domain = SelectField(_l("Domain"), choices=[], validate_choice=True)


class MappingForm(FlaskForm):
    unit = SelectField(_l("Unit"), choices=[], validate_choice=True)
    period = SelectField(_l("Period"), choices=[], validate_choice=True)
    sheet = SelectField(_l("Sheet"), choices=[], validate_choice=False)
    domain_values = FieldList(FormField(DomainValueForm))


def mapping_form_class():
    """MappingForm with one column choice `col_<field>` per story field."""
    attrs = {f"col_{name}": SelectField(label, choices=[], validate_choice=True)
             for name, label in FIELD_LABELS.items()}
    return type("ColumnMappingForm", (MappingForm,), attrs)


class ImportForm(FlaskForm):
    skip_blocked = BooleanField(_l("Leave out the rows with blocking problems and import the others"))


class ConfirmForm(FlaskForm):
    """A bare form for POST buttons (CSRF token only)."""
