"""Replace personal-data spans with consistent placeholders."""
from __future__ import annotations

import re
from typing import Iterable

from .text import fold

PLACEHOLDERS = {
    "fr": {"PER": "Prénom {n}", "LOC": "Lieu {n}", "PHONE": "Téléphone", "EMAIL": "E-mail", "ID": "Identifiant"},
    "en": {"PER": "First name {n}", "LOC": "Place {n}", "PHONE": "Phone", "EMAIL": "E-mail", "ID": "ID"},
    "ar": {"PER": "الاسم {n}", "LOC": "المكان {n}", "PHONE": "الهاتف", "EMAIL": "البريد الإلكتروني", "ID": "رقم الهوية"},
}
_TITLE_WORDS = {"mme", "mmes", "mlle", "madame", "mademoiselle", "monsieur", "m.", "mr", "mr.", "mrs", "mrs.", "ms",
                "ms.", "miss", "dr", "dr.", "docteur", "docteure", "doctor", "maitre", "pr", "pr.", "hajja", "lalla"}
_ARTICLES = {"le", "la", "les", "l'", "the", "de", "du", "des", "d'", "el", "al"}
_WORD = re.compile(r"[\w'.-]+")


def _name_tokens(text: str) -> frozenset[str]:
    toks = [fold(w).strip(".'-") for w in _WORD.findall(text)]
    return frozenset(t for t in toks if t and t not in _TITLE_WORDS and t not in _ARTICLES)


def _span_fields(span) -> tuple[int, int, str]:
    if isinstance(span, dict):
        return span["start"], span["end"], span["label"]
    return span[0], span[1], span[2]


def pseudonymise(text: str, spans: Iterable, lang: str = "fr") -> str:
    """Return *text* with each span replaced by a placeholder in *lang*.

    The same name (with or without title, in full or in part: "Mme Bennani",
    "Bennani", "Fatima Bennani") gets the same number within one text; so does
    the same place. Overlapping spans are skipped after the first.
    """
    names = PLACEHOLDERS.get(lang, PLACEHOLDERS["fr"])
    registry: dict[str, list[tuple[frozenset[str], int]]] = {"PER": [], "LOC": []}
    out, pos = [], 0
    for start, end, label in sorted((_span_fields(s) for s in spans), key=lambda s: (s[0], s[1])):
        if start < pos or end <= start:
            continue
        template = names.get(label, names["ID"])
        if "{n}" in template:
            template = template.format(n=_number(registry[label], _name_tokens(text[start:end]) or
                                                 frozenset([fold(text[start:end])])))
        out.append(text[pos:start])
        out.append(f"[{template}]")
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _number(seen: list[tuple[frozenset[str], int]], toks: frozenset[str]) -> int:
    for known, n in seen:
        if toks <= known or known <= toks:
            return n
    n = len({n for _, n in seen}) + 1
    seen.append((toks, n))
    return n
