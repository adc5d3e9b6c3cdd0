"""Text helpers shared by the document builders: cleaning and script detection."""

from __future__ import annotations

import re

# Characters XML 1.0 forbids (C0 controls but tab/LF/CR, lone surrogates,
# U+FFFE/U+FFFF) plus C1 controls, which are legal but only ever garbage in
# pasted text. lxml (python-docx) and openpyxl raise on the forbidden ones.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def clean_text(value: object) -> str:
    """``str(value)`` without XML-illegal characters; None gives ""."""
    if value is None:
        return ""
    return _ILLEGAL.sub("", str(value))


def is_mainly_rtl(text: str) -> bool:
    """True when most letters of ``text`` are Arabic (or another right-to-left script)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    rtl = sum(1 for c in letters if _RTL_LETTER.match(c))
    return rtl * 2 > len(letters)
