"""Parse one cell of an export into a story value.

Leaf module (pure, no step imported), used by the check and plan steps. Every
parser returns None for a blank cell (whether a blank is acceptable is decided
by `check`), the parsed value otherwise, or raises `ValueProblem` with a
message for the user.
"""
from __future__ import annotations

import datetime as dt
import re

from .errors import ValueProblem
from .text import fold, words

CONSENT_USES = ("evaluation", "panel", "advocacy", "publication")

_YES = frozenset({
    "yes", "y", "oui", "o", "1", "true", "vrai", "given", "donne", "donnee", "accepte",
    "acceptee", "agreed", "agree", "consent", "consents", "consented", "ok", "نعم", "موافق",
    "موافقه", "ايه", "اه",
})
_NO = frozenset({
    "no", "n", "non", "0", "false", "faux", "refused", "refuse", "refusee", "refus", "declined",
    "not", "pas", "withdrawn", "retire", "retiree", "لا", "رفض", "رفضت", "مرفوض",
})

_USE_ALIASES = {
    "evaluation": "evaluation", "eval": "evaluation", "تقييم": "evaluation", "التقييم": "evaluation",
    "panel": "panel", "comite": "panel", "committee": "panel", "jury": "panel",
    "selection": "panel", "لجنه": "panel", "اللجنه": "panel",
    "advocacy": "advocacy", "plaidoyer": "advocacy", "مناصره": "advocacy", "المناصره": "advocacy",
    "publication": "publication", "publish": "publication", "publier": "publication",
    "نشر": "publication", "النشر": "publication",
}
# Words that appear in choice labels ("Évaluation interne", "anonymous quotes
# in advocacy") and carry no choice of their own.
_USE_NOISE = frozenset({
    "internal", "interne", "only", "seulement", "uniquement", "anonymous", "anonyme", "anonymes",
    "quotes", "citations", "in", "en", "for", "pour", "de", "du", "des", "la", "le", "les", "d",
    "l", "et", "and", "the", "of", "none", "aucun", "aucune",
})

_LANGUAGES = {
    "fr": "fr", "fra": "fr", "fre": "fr", "francais": "fr", "french": "fr", "فرنسيه": "fr",
    "الفرنسيه": "fr", "فرنسية": "fr", "الفرنسية": "fr",
    "en": "en", "eng": "en", "anglais": "en", "english": "en", "انجليزيه": "en",
    "الانجليزيه": "en", "انجليزية": "en", "الانجليزية": "en", "الإنجليزية": "en",
    "ar": "ar", "ara": "ar", "arabe": "ar", "arabic": "ar", "darija": "ar", "darja": "ar",
    "arabe dialectal": "ar", "arabe marocain": "ar", "moroccan arabic": "ar", "عربيه": "ar",
    "العربيه": "ar", "عربية": "ar", "العربية": "ar", "الدارجه": "ar", "الدارجة": "ar",
    "دارجه": "ar", "دارجة": "ar",
}

_ORAL = frozenset({"oral", "orale", "oralement", "verbal", "verbale", "verbally", "orally", "audio",
                   "شفهي", "شفهيا", "شفوي"})
_WRITTEN = frozenset({"written", "ecrit", "ecrite", "signed", "signe", "signee", "signature", "paper",
                      "papier", "كتابي", "كتابيا", "مكتوب"})

_YES = frozenset(fold(w) for w in _YES)
_NO = frozenset(fold(w) for w in _NO)
_USE_ALIASES = {fold(k): v for k, v in _USE_ALIASES.items()}
_USE_NOISE = frozenset(fold(w) for w in _USE_NOISE)
_LANGUAGES = {fold(k): v for k, v in _LANGUAGES.items()}

_ISO = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?"
    r"(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$"
)
_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
_YMD_SLASH = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$")
_SERIAL = re.compile(r"^\d{4,6}(?:\.\d+)?$")
# Excel serial numbers for 1950-01-01 .. 2100-12-31: a bare number outside
# this range is not taken for a date.
_SERIAL_MIN, _SERIAL_MAX = 18264, 73415
_EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 0, given Excel's fictitious 1900-02-29


def _blank(value) -> bool:
    return value is None or not str(value).strip()


def _short(value) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= 40 else text[:39] + "…"


def parse_consent(value) -> bool | None:
    """True for a given consent, False for a refused one."""
    if _blank(value):
        return None
    text = fold(value)
    if re.fullmatch(r"[01](?:[.,]0+)?", text):
        return text[0] == "1"
    tokens = set(re.split(r"[\W_]+", text)) - {""}
    if tokens & _NO:
        return False
    if tokens & _YES:
        return True
    raise ValueProblem(f"“{_short(value)}” is not a consent answer (expected yes or no).")


def parse_consent_uses(value) -> list[str] | None:
    """Uses the storyteller agreed to, as keys of CONSENT_USES in that order."""
    if _blank(value):
        return None
    found, unknown = set(), []
    for token in re.split(r"[\s,;|]+", fold(value).replace("_", " ")):
        token = token.strip(".'’()[]\"")
        if not token or token in _USE_NOISE:
            continue
        if token in _USE_ALIASES:
            found.add(_USE_ALIASES[token])
        else:
            unknown.append(token)
    if unknown:
        raise ValueProblem(
            f"Unknown consent use: {', '.join(unknown)} "
            "(expected evaluation, panel, advocacy or publication)."
        )
    return [use for use in CONSENT_USES if use in found]


def parse_date(value) -> dt.date | None:
    """A date from ISO text, dd/mm/yyyy or an Excel serial number."""
    if _blank(value):
        return None
    text = str(value).strip()
    try:
        if m := _ISO.match(text):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _YMD_SLASH.match(text):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _DMY.match(text):
            year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
            return dt.date(year, int(m[2]), int(m[1]))
        if _SERIAL.match(text) and _SERIAL_MIN <= float(text) <= _SERIAL_MAX:
            return _EXCEL_EPOCH + dt.timedelta(days=int(float(text)))
    except ValueError:
        pass  # e.g. 31/02/2024
    raise ValueProblem(f"“{_short(value)}” is not a date (use dd/mm/yyyy or yyyy-mm-dd).")


def parse_int(value) -> int | None:
    """A whole number; "12.0" (a float round-trip) is 12."""
    if _blank(value):
        return None
    text = re.sub(r"[\s\u00a0\u202f]", "", str(value))
    if re.fullmatch(r"[+-]?\d+", text):
        return int(text)
    if re.fullmatch(r"[+-]?\d+[.,]0+", text):
        return int(re.split(r"[.,]", text)[0])
    raise ValueProblem(f"“{_short(value)}” is not a whole number.")


def parse_language(value) -> str | None:
    """'fr', 'en' or 'ar' from a code (fr, fr-MA, fra) or a name in fr/en/ar."""
    if _blank(value):
        return None
    text = " ".join(re.split(r"[\s_]+", fold(value))).strip(" .")
    text = re.sub(r"\s*\(.*\)$", "", text)  # "Arabe (darija)"
    if text in _LANGUAGES:
        return _LANGUAGES[text]
    code = re.split(r"[-_ ]", text)[0]
    if code in ("fr", "en", "ar"):
        return code
    raise ValueProblem(f"“{_short(value)}” is not a supported language (French, English or Arabic).")


def parse_consent_mode(value: str) -> str:
    """'oral' or 'written' from the file's words for them."""
    found = set(words(value).split())
    if found & _WRITTEN:
        return "written"
    if found & _ORAL:
        return "oral"
    raise ValueProblem(f"“{value[:40]}” is not a consent mode (oral or written).")
