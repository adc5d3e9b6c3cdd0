"""People named by their initials (used by pii_extra.py) — case notes often write "Mme B.", "K.", "S.B.":

  * initials after a title or a respect/kinship word, maybe with a family name: "Mme B.", "Dr H. Alami",
    "Tata F.", "السيدة ن. الإدريسي" (the title is left out of the span);
  * initials after a cue that introduces a person ("mon amie K.", "avec S.", "my friend T.");
  * an initial followed by a family name anywhere: "H. Alami", "K. Mensah";
  * two or three initials together ("S.B.", "A.K.M."), unless a common abbreviation ("P.S.", "N.B.");
  * an initial that is the subject of a verb: "K. a dit", "J. was scared";
  * the initial someone signs with: "il signe J.", "he signs R.".

Each function returns ``(start, end, label)`` triples on the normalised text.
"""
from __future__ import annotations

import re

from .pii_arabic_spans import _AR
from .pii_lists import _STOP, BIG_PLACES, FIRST_NAMES, NOT_PERSONAL
from .pii_rules import _CUES_EN, _CUES_FR, _NAME, _TITLES
from .text import fold

_INI = r"[A-ZÀ-Þ]\.(?:[ -]?[A-ZÀ-Þ]\.){0,2}"
_SURNAME = rf"(?:[ ]+(?:(?:el|al|ben|ait|de|le|la|van|von|di|da)[ ]+)?{_NAME}(?:[ ]+{_NAME})?)?"
INITIAL_SURNAME_RE = re.compile(rf"(?<![\w.'])([A-LN-ZÀ-Þ]\.(?:[ -]?[A-ZÀ-Þ]\.)?[ ]?{_NAME})(?![\w'])")
INITIALS_RE = re.compile(r"(?<![\w.'])([A-ZÀ-Þ]\.[ ]?[A-ZÀ-Þ]\.(?:[ ]?[A-ZÀ-Þ]\.)?)(?![\w]|[ ]?[A-ZÀ-Þ]\.)")
_VERBS = (r"a|avait|est|était|dit|disait|raconte|explique|vit|travaille|vient|voulait|veut|ne|n'a|m'a|l'a|s'est|"
          r"se|pleure|a été|was|is|had|has|says|said|told|tells|lives|lived|works|worked|came|went|wants|wanted|"
          r"did|does|can|could|would|will|felt|feels|cried|called")
SUBJECT_INITIAL_RE = re.compile(rf"(?<![\w.'])([A-ZÀ-Þ]\.)(?=[ ]+(?:{_VERBS})\b)")
_ABBREVIATIONS = {"ps", "nb", "us", "uk", "ok", "sa", "am", "pm", "dc", "tv", "cv", "jo", "sos", "ue", "eu", "un", "rv",
                  "pv", "vs", "ie", "eg", "jc", "st", "ste", "bd", "av", "ch", "no"}
_AR_TITLES = "السيدة|السيد|الآنسة|لالة|للا|الحاجة|الحاج|الأستاذة|الاستاذة|الأستاذ|الدكتورة|الدكتور|المستفيدة|مدام"


_WORD_BEFORE = re.compile(r"([\w'’]+)[ ]+$")
# Words after which an initial and a name are a person's: prepositions, conjunctions, verbs of meeting.
_LINKS = {"avec", "chez", "par", "de", "et", "a", "pour", "vu", "vue", "voir", "appele", "appelee", "with", "by", "and",
          "to", "from", "for", "saw", "met", "called", "named", "ou", "or", "contre", "against", "selon"}


def letter_ends_sentence(text: str, start: int) -> bool:
    """The letter and full stop at *start* end a sentence ("l'hépatite C. Positif", "la vitamine D. Ensuite"):
    it follows a lowercase word that does not introduce a person."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return bool(before and before.group(1)[:1].islower() and fold(before.group(1)) not in _LINKS)


def _letters(s: str) -> str:
    return "".join(c for c in s if c.isalpha()).lower()


_CANDIDATE = re.compile(rf"(?<![\w.'])[A-ZÀ-Þ{_AR}]\.")
TITLE_BEFORE = re.compile(rf"\b(?:{_TITLES})[ ]+$")
CUE_BEFORE = re.compile(rf"(?i:\b(?:{_CUES_FR}|{_CUES_EN}|vu|vue|rencontr[ée]e?|saw|met))[ ,]+(?:[«\"“][ ]?)?$")
# "il signe J.", "he signs R.": the initial a man signs his messages with.
SIGN_BEFORE = re.compile(r"(?i:\b(?:signe|signait|sign[ée]e?|signs|signed|signing|sign))[ ]+$")
AR_TITLE_BEFORE = re.compile(rf"(?:{_AR_TITLES})[ ]+$")
_FIRST_NAME_BEFORE = re.compile(rf"\b({_NAME})[ ]$")
_INI_NAME = re.compile(rf"{_INI}{_SURNAME}(?![\w'])")
_INI_ALONE = re.compile(rf"{_INI}(?![\w])")
_AR_INI_NAME = re.compile(rf"[{_AR}]\.(?:[ ]?[{_AR}]\.)?(?:[ ]?[{_AR}]{{2,}})?")


def initial_spans(text: str) -> list[tuple[int, int, str]]:
    """People named by initials; the rules are only tried where a letter followed by a full stop stands."""
    out: list[tuple[int, int, str]] = []
    for c in _CANDIDATE.finditer(text):
        p = c.start()
        window = text[max(0, p - 48):p]
        if not text[p].isascii() and not text[p].isupper():  # Arabic script: after a title only
            m = _AR_INI_NAME.match(text, p) if AR_TITLE_BEFORE.search(window) else None
            if m:
                out.append((p, m.end(), "PER"))
            continue
        m = _INI_NAME.match(text, p) if TITLE_BEFORE.search(window) else None
        if m is None and (CUE_BEFORE.search(window) or SIGN_BEFORE.search(window)):
            m = _INI_ALONE.match(text, p)
        if m is None:
            m = INITIAL_SURNAME_RE.match(text, p)
            last = fold(m.group(1).rsplit(".", 1)[1].strip()) if m else ""
            if m and (letter_ends_sentence(text, p) or last in _STOP or last in NOT_PERSONAL or last in BIG_PLACES):
                m = None
        if m is None:
            m = INITIALS_RE.match(text, p)
            if m and _letters(m.group(1)) in _ABBREVIATIONS:
                m = None
        if m is None:
            m = SUBJECT_INITIAL_RE.match(text, p)
        if m is None and _FIRST_NAME_BEFORE.search(window) and fold(_FIRST_NAME_BEFORE.search(window).group(1)) in FIRST_NAMES:
            m = _INI_ALONE.match(text, p)  # "Karim B.": a first name and the initial of the family name
        if m:
            out.append((p, m.end(1) if m.re.groups else m.end(), "PER"))
    return out
