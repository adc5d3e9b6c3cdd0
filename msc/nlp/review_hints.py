"""Words a person should look at before approving a story's pseudonymisation.

Detection misses names (measured on blind stories: some names in ten are not found). The review page lists,
for each field, the words that are not masked and look like personal data: a listed first name (Latin or
Arabic script), a capitalised word that is no French or English word, no known place, organisation,
nationality or service, a long run of digits, and what the statistical recogniser (``pii_model``) takes for a
name but may not mask by itself (a word in lower case in a message, an Arabic-script
name of no list). The person decides; nothing is masked without them.
"""
from __future__ import annotations

import re

from . import pii_model
from .pii_arabic import AR_FIRST_NAMES
from .pii_gazetteer import broad_first_names
from .pii_lists import _STOP, BIG_PLACES, COUNTRIES, FIRST_NAMES, NATIONALITIES, NOT_PERSONAL
from .pii_proper import english_word, french_word
from .text import fold

_CAPITALISED = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž'’-]{2,}(?![\w-])")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]{3,}")
_DIGITS = re.compile(r"(?<![\w+])(?:[0-9٠-٩][ .\-/]?){6,}(?![\w])")
MAX_HINTS = 30


def _looks_personal(word: str) -> bool:
    f = fold(word.rstrip("'’-"))
    if f in FIRST_NAMES or f in broad_first_names():
        return True
    known = {f} & (_STOP | BIG_PLACES | COUNTRIES | NATIONALITIES | NOT_PERSONAL)
    return not known and not english_word(f) and not french_word(f)


def words_to_check(text: str, masked: list[tuple[int, int]]) -> list[str]:
    """Distinct words of *text*, outside the *masked* (start, end) ranges, that may be personal data."""
    if not text:
        return []

    def free(start: int, end: int) -> bool:
        return not any(start < e and s < end for s, e in masked)

    found: dict[str, int] = {}
    for m in _CAPITALISED.finditer(text):
        if free(m.start(), m.end()) and _looks_personal(m.group(0)):
            found.setdefault(m.group(0), m.start())
    for m in _ARABIC_WORD.finditer(text):
        word = m.group(0)
        bare = word[1:] if word[0] in "وفبل" and word[1:] in AR_FIRST_NAMES else word  # "وفاطمة", "بزهور"
        if bare in AR_FIRST_NAMES and free(m.start(), m.end()):
            found.setdefault(word, m.start())
    for start, end, label, _p in pii_model.predict(text):
        if label == "PER" and free(start, end):
            found.setdefault(text[start:end], start)
    for m in _DIGITS.finditer(text):
        number = m.group(0).rstrip(" .-/")
        if free(m.start(), m.start() + len(number)):
            found.setdefault(number, m.start())
    return [w for w, _ in sorted(found.items(), key=lambda kv: kv[1])][:MAX_HINTS]
