"""Validators and helpers shared by the forms."""
import re
import unicodedata

from flask_babel import lazy_gettext as _l
from wtforms.validators import ValidationError

# C0 controls except tab, newline and carriage return; DEL; C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CONTROL_INLINE = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class NoControlChars:
    """Refuse control characters (NUL, escape…); newlines only where the field is multi-line."""

    def __init__(self, multiline: bool = False):
        self.pattern = _CONTROL if multiline else _CONTROL_INLINE

    def __call__(self, form, field):
        if isinstance(field.data, str) and self.pattern.search(field.data):
            raise ValidationError(_l("This field contains control characters; remove them."))


def clean_text(value: str | None) -> str:
    """Normalise to NFC, unify line ends and strip surrounding blanks."""
    if not value:
        return ""
    return unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n")).strip()
