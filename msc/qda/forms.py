"""Forms of the QDA exchange: the codebook file to import, and the confirmation of its changes."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import BooleanField, HiddenField
from wtforms.validators import DataRequired, Length, Regexp


class QdcUploadForm(FlaskForm):
    file = FileField(_l("REFI-QDA codebook (.qdc) or project (.qdpx)"), validators=[FileRequired()])


class QdcApplyForm(FlaskForm):
    """The codes read from the previewed file travel back with the confirmation (JSON), with the codebook
    version they were compared with."""

    content = HiddenField(validators=[DataRequired(), Length(max=400_000)])  # views.MAX_PREVIEW
    version = HiddenField(validators=[DataRequired(), Regexp(r"^\d{1,9}$")])
    retire_missing = BooleanField(_l("Retire the themes that are not in the file"))
