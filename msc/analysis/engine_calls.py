"""Every call the analysis feature makes to the language engine (``msc.nlp``), in one place.

The engine works on one text at a time; a story has several free-text fields (``PII_FIELDS``).
These functions run it field by field and put the fields back together, so a change of the
engine's interface (a ``fields`` output, readable pseudonyms, a scan of texts written about a
story) is made here and nowhere else. No database, no Flask.
"""
from __future__ import annotations

from ..nlp.pseudonymise import pseudonymise

# Numbering order of the pseudonyms: the story first, so its placeholders read as before.
_ORDER = ("text", "title", "significance", "translation")
_JOIN = "\n\u241e\n"  # between fields when they are pseudonymised together (never typed by a person)
PSEUDONYM_STYLES = ("brackets", "readable")


def analyse_fields(analyzer, items: list[dict], known_terms=()) -> list[tuple[dict, dict[str, list[dict]]]]:
    """Analyse the fields of many stories: items are {"id", "lang", "fields": {name: text}}.

    Per item: the engine's full result for the story text (themes, language) and the personal data
    of every non-empty field, by field name (offsets relative to that field). The translation's
    language is detected, the other fields take the story's language hint.
    """
    flat, where = [], []
    for i, item in enumerate(items):
        for name, value in item["fields"].items():
            if name == "text" or (value or "").strip():
                flat.append({"id": None, "text": value or "", "lang": None if name == "translation" else item.get("lang")})
                where.append((i, name))
    results = analyzer.analyze_many(flat, known_terms=known_terms)
    out: list[tuple[dict, dict]] = [({}, {}) for _ in items]
    for (i, name), result in zip(where, results, strict=False):
        main, pii = out[i]
        if name == "text":
            out[i] = (result, pii)
        pii[name] = result["pii"]
    return out


def pseudonymise_fields(fields: dict[str, str], spans: dict[str, list[tuple[int, int, str]]], lang: str,
                        style: str = "brackets") -> dict[str, str]:
    """Each field with its spans replaced; one person or place gets the same placeholder in every field.

    *style* is the programme's choice; the engine on this branch offers brackets only ("[Prénom 1]"),
    so "readable" falls back to brackets until the engine provides readable pseudonyms.
    """
    names = [n for n in _ORDER if n in fields]
    if any(_JOIN in (fields[n] or "") for n in names):  # cannot be joined safely: one call per field
        return {n: pseudonymise(fields[n] or "", spans.get(n, ()), lang) for n in names}
    joined, shifted, pos = [], [], 0
    for n in names:
        value = fields[n] or ""
        shifted += [(s + pos, e + pos, label) for s, e, label in spans.get(n, ()) if 0 <= s < e <= len(value)]
        joined.append(value)
        pos += len(value) + len(_JOIN)
    parts = pseudonymise(_JOIN.join(joined), shifted, lang).split(_JOIN)
    return dict(zip(names, parts, strict=False))


def personal_data_in(analyzer, text: str, known_terms=()) -> list[dict]:
    """The personal data the engine finds in a text someone writes about a story: [{"label", "text"}]."""
    if not (text or "").strip():
        return []
    result = analyzer.analyze(text, known_terms=known_terms)
    return [{"label": p["label"], "text": p["text"]} for p in result["pii"]]
