"""Extra context rules for names and places (used by pii_rules.py).

Each function returns ``(start, end, label)`` triples on the normalised text:
  * a capitalised word in apposition with an age ("Sandrine, 41 ans",
    "Ana, 23,") or as the subject of a speech verb ("Desislava raconte");
  * well-known neighbourhood names (pii_names.NEIGHBOURHOODS).
"""
from __future__ import annotations

import re

from .pii_lists import _STOP, BIG_PLACES, NEIGHBOURHOODS, NOT_PERSONAL
from .pii_proper import in_french_name
from .text import fold

# Latin letters beyond Latin-1 too (Romanian ș ț ă, Polish ł, Czech č, Turkish ş ğ): "Dragoș", "Łucja", "Şerban".
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪİĹĽŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽȘȚ"
_LOW = "a-zà-öø-ÿ\u0100-\u017f\u0218-\u021b"
_WORD = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)*"
# "Sandrine, 41 ans", "Ana, 23, ...", "Grace (29 ans)", "Mary, aged 30"
AGE_RE = re.compile(rf"\b({_WORD})(?=,? (?:\(?\d{{1,2}} ?ans\b|aged \d|âgée de \d|\d{{1,2}}(?:,| ans| years)))")
_SPEECH = (r"raconte|racontait|explique|expliquait|dit|disait|confie|témoigne|temoigne|ajoute|précise|"
           r"insiste|se souvient|affirme|says|said|explains|explained|told|tells|recalls|adds|insists|remembers")
SPEECH_RE = re.compile(rf"\b({_WORD})(?= (?:{_SPEECH})\b(?! (?:by|par)\b))")  # not "Story told by …"


def _plausible_name(s: str) -> bool:
    f = fold(s)
    words = f.split()
    if f in NOT_PERSONAL or f in BIG_PLACES or f in _STOP:
        return False
    return not any(w in _STOP or w in NOT_PERSONAL or w in BIG_PLACES for w in words)


# "Sénégalaise de Kolda, 27 ans": the age is hers, the word after "de"/"from" is where she comes from.
_ORIGIN_BEFORE = re.compile(r"(?i:\b(?:de|d'|du|from|of|à|in))[ ]?$")


def name_spans(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in AGE_RE.finditer(text):
        if _plausible_name(m.group(1)) and not _ORIGIN_BEFORE.search(text, max(0, m.start(1) - 8), m.start(1)):
            out.append((m.start(1), m.end(1), "PER"))
    for m in SPEECH_RE.finditer(text):  # "Médecins du Monde explained": an organisation speaks
        if _plausible_name(m.group(1)) and not in_french_name(text, m.start(1), m.end(1)):
            out.append((m.start(1), m.end(1), "PER"))
    return out


_HOODS: dict[str, list[str]] = {}
for _h in sorted(NEIGHBOURHOODS, key=len, reverse=True):
    _HOODS.setdefault(_h.replace("-", " ").split()[0], []).append(_h.replace("-", " "))
_CAP_RE = re.compile(rf"[{_UP}][\w']*")


def place_spans(text: str) -> list[tuple[int, int, str]]:
    """Known neighbourhood names, written with a capital letter (accents optional)."""
    out = []
    for m in _CAP_RE.finditer(text):
        cands = _HOODS.get(fold(m.group(0).split("-")[0]))
        if not cands:
            continue
        s = m.start()
        for c in cands:
            e = s + len(c)
            if fold(text[s:e].replace("-", " ")) == c and (e == len(text) or not text[e].isalnum()):
                out.append((s, e, "LOC"))
                break
    return out
