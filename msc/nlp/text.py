"""Text helpers shared by the language engine: normalisation and folding.

``normalise`` maps one character to exactly one character, so character
offsets computed on the normalised text are valid on the original text.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from unidecode import unidecode

# Typographic apostrophes and look-alikes -> ASCII apostrophe (length-preserving).
_APOSTROPHES = "\u2019\u2018\u02bc\u02b9\u02bb\u0060\u00b4\u2032\u055a\uff07"
_TABLE = {ord(c): "'" for c in _APOSTROPHES}
# Control characters (NUL, etc.) -> space; keep \t \n \r.
for _cp in list(range(0x00, 0x20)) + list(range(0x7F, 0xA0)):
    if chr(_cp) not in "\t\n\r":
        _TABLE[_cp] = " "
for _cp in (0x2028, 0x2029, 0xFEFF, 0x200B):
    _TABLE[_cp] = " "
_TABLE[0x00A0] = " "
_TABLE[0x202F] = " "


# Arabic-Indic (٠-٩) and Persian (۰-۹) digits -> ASCII, for checks that read digits as numbers.
_DIGITS = {0x0660 + i: str(i) for i in range(10)} | {0x06F0 + i: str(i) for i in range(10)}


def ascii_digits(s: str) -> str:
    """*s* with Arabic-Indic and Persian digits written as ASCII digits (same length)."""
    return s.translate(_DIGITS)


_SURROGATE = re.compile("[\ud800-\udfff]")


def normalise(text: str) -> str:
    """Return *text* with apostrophes and control characters normalised, same length."""
    out = text.translate(_TABLE)
    # Lone surrogates cannot be encoded by spaCy's string store: blank them.
    if _SURROGATE.search(out):
        out = _SURROGATE.sub(" ", out)
    return out


@lru_cache(maxsize=200_000)
def fold(s: str) -> str:
    """Lower-case and strip accents ("École" -> "ecole"); ASCII apostrophes kept."""
    s = s.lower()
    if s.isascii():
        return s
    # Decompose first so unidecode sees base letters; ligatures become two letters.
    return unidecode(unicodedata.normalize("NFC", s)).lower()


_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufeff]")
_LETTERS = re.compile(r"[^\W\d_]")


def has_arabic(text: str, threshold: float = 0.3) -> bool:
    """True when at least *threshold* of the letters of *text* are Arabic script."""
    if not _ARABIC.search(text):
        return False
    arabic = len(_ARABIC.findall(text))
    letters = len(_LETTERS.findall(text))
    return letters > 0 and arabic / letters >= threshold
