"""Arabic-script folding for theme matching (Modern Standard Arabic and Darija).

Patterns and texts are compared on the same folded forms:
  * :func:`ar_fold`: harakat and tatweel left out, alef forms (أ إ آ ٱ) as ا, ى as ي;
    Latin letters (Darija written in Latin letters, French words) lower-cased, accents kept out;
  * :func:`ar_stem`: the word without its attached clitics — "and/so" (و، ف), the article and
    prepositions (ال، بال، لل، ب، ل، ك) — or without a Darija present/future marker
    (كي، كا، كت، كن، تي، تا، غا): "وللشرطة" -> "شرطة", "كيضربها" -> "ضربها".
A stem keeps at least three letters, so short words are left whole.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .text import fold

_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
_TABLE = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي"})
_ARABIC = re.compile("[\u0600-\u06ff]")
_ARTICLE = ("وبال", "وال", "فال", "بال", "كال", "وللـ", "ولل", "لل", "ال")
_PREPS = ("وب", "ول", "فب", "فل", "ب", "ل", "و", "ف", "ك")
_DARIJA_VERB = ("كي", "كا", "كت", "كن", "تي", "تا", "غا", "كنت")
MIN_STEM = 3


@lru_cache(maxsize=100_000)
def ar_fold(word: str) -> str:
    """Folded form of one word (Arabic script or Latin)."""
    if not _ARABIC.search(word):
        return fold(word)
    return _MARKS.sub("", word).translate(_TABLE).lower()


@lru_cache(maxsize=100_000)
def ar_stem(word: str) -> str:
    """*word* (already folded) without its attached clitics or Darija verb marker."""
    if not _ARABIC.search(word):
        return word
    for group in (_ARTICLE, _DARIJA_VERB, _PREPS):
        for p in group:
            if word.startswith(p) and len(word) - len(p) >= MIN_STEM:
                return _after_prep(word[len(p):]) if group is _PREPS else word[len(p):]
    return word


def _after_prep(rest: str) -> str:
    """After "and"/"with"/"to": the article may follow ("وبال…" handled above; "فال…")."""
    if rest.startswith("ال") and len(rest) - 2 >= MIN_STEM:
        return rest[2:]
    for p in _DARIJA_VERB:
        if rest.startswith(p) and len(rest) - len(p) >= MIN_STEM:
            return rest[len(p):]
    return rest
