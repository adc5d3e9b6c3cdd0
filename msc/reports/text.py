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
    if not _RTL_LETTER.search(text):  # the common case, without a per-character loop
        return False
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    rtl = sum(1 for c in letters if _RTL_LETTER.match(c))
    return rtl * 2 > len(letters)


# A sentence ends at terminal punctuation (plus closing quotes) followed by a
# space or the end. Splitting on the end, not matching whole sentences, keeps
# the work linear on a 100,000-character story with no full stop. Abbreviations
# ("M. X") may split a sentence early; the pieces then fail the checks below.
_SENTENCE_END = re.compile(r"([.!?…؟]+[\"»”’)]*)(?=\s|$)")
_OPENERS = "«\"“‘'—–- \u00a0\u202f"
_CLOSERS = "»\"”’' \u00a0\u202f"
# Pseudonymisation placeholders ([Prénom 1], {lieu}, <ville>, XXX, ***) and
# markup must never be quoted in a note for policymakers.
_PLACEHOLDER = re.compile(r"[\[\]{}<>_*#|]|XX|\.\.\.")
_FIRST_PERSON = re.compile(r"\b(je|j'|j’|moi|me|m'|m’|mon|ma|mes|I|my|me|mine)\b", re.I)
QUOTE_MAX = 200
QUOTE_MIN = 30


def _quote_candidates(text: str) -> list[str]:
    out = []
    pieces = _SENTENCE_END.split(clean_text(text))
    for body, end in zip(pieces[::2], pieces[1::2], strict=False):
        if len(body) > 4 * QUOTE_MAX:
            continue
        s = " ".join((body + end).split()).lstrip(_OPENERS).rstrip(_CLOSERS)
        if not (QUOTE_MIN <= len(s) <= QUOTE_MAX) or _PLACEHOLDER.search(s):
            continue
        if s[-1] not in ".!?…؟" or len(s.split()) < 5:
            continue
        first = s[0]
        if not (first.isupper() or (first.isalpha() and not first.islower()) or first.isdigit()):
            continue  # a fragment that starts mid-sentence
        out.append(s)
    return out


def _quote_score(sentence: str) -> tuple[int, int]:
    voice = 1 if _FIRST_PERSON.search(sentence) else 0  # the storyteller's own voice
    fit = -abs(len(sentence) - 110)  # long enough to say something, short enough to read at a glance
    return voice, fit


def choose_pull_quote(*texts: str) -> str | None:
    """A short complete sentence (≤ 200 chars, no placeholder) from the first text that has one, or None."""
    for text in texts:
        candidates = _quote_candidates(text or "")
        if candidates:
            return max(candidates, key=_quote_score)  # max keeps the earliest of equals
    return None
