"""Every call the analysis feature makes to the language engine (``msc.nlp``), in one place.

A story has several free-text fields (``PII_FIELDS``); the engine analyses them together (its ``fields``
output): a name found in one field is looked for in every other one (a surname alone in "why significant" is
caught because it is in the text), and one person gets the same pseudonym in every field. Pseudonyms come
in the programme's style: "brackets" ("[Prénom 1]") or "readable" (a changed first name with an asterisk,
explained once per document by ``readable_note``). No database, no Flask.
"""
from __future__ import annotations

from ..nlp.pseudonymise import STYLES as PSEUDONYM_STYLES
from ..nlp.pseudonymise import pseudonymise_fields as _pseudonymise_fields
from ..nlp.pseudonymise import readable_note as _readable_note
from ..nlp.pseudonymise import readable_tokens as _readable_tokens
from ..nlp.review_hints import words_to_check

# Numbering order of the pseudonyms: the story first, so its placeholders read as before.
_ORDER = ("text", "title", "significance", "translation")
_OTHER_FIELDS = _ORDER[1:]  # the engine's FIELDS

__all__ = ["PSEUDONYM_STYLES", "analyse_fields", "pseudonymise_fields", "personal_data_in", "readable_note",
           "readable_tokens", "suggested_themes", "text_language", "words_to_check"]


def analyse_fields(analyzer, items: list[dict], known_terms=()) -> list[tuple[dict, dict[str, list[dict]]]]:
    """Analyse the fields of many stories: items are {"id", "lang", "fields": {name: text}}.

    Per item: the engine's full result for the story (themes, language) and the personal data of every
    non-empty field, by field name (offsets relative to that field). The translation's language is
    detected, the other fields take the story's language hint.
    """
    calls = []
    for item in items:
        fields = item["fields"]
        call = {"id": None if item.get("id") is None else str(item["id"]), "text": fields.get("text") or "",
                "lang": item.get("lang")}
        call.update({n: fields[n] for n in _OTHER_FIELDS if (fields.get(n) or "").strip()})
        calls.append(call)
    out = []
    for result in analyzer.analyze_many(calls, known_terms=known_terms):
        pii = {"text": result["pii"]}
        pii.update({n: f["pii"] for n, f in (result.get("fields") or {}).items()})
        out.append((result, pii))
    return out


def suggested_themes(result: dict) -> dict[str, tuple[list[dict], str]]:
    """The themes to suggest from one engine result: {key: (evidence, source field)}.

    The story text's themes, and for an Arabic or Darija story those the engine found in its stored
    translation: evidence from the translation carries ``"field": "translation"`` and the
    translation's language. The source field is "text", "translation" or "both".
    """
    out: dict[str, tuple[list[dict], str]] = {}
    for item in result.get("themes") or []:
        out[item["key"]] = ([{"start": e["start"], "end": e["end"]} for e in item["evidence"]], "text")
    translation = (result.get("fields") or {}).get("translation") or {}
    for item in translation.get("themes") or []:
        evidence = [{"start": e["start"], "end": e["end"], "field": "translation", "lang": translation.get("lang") or ""}
                    for e in item["evidence"]]
        own, _source = out.get(item["key"], ([], None))
        out[item["key"]] = (own + evidence, "both" if own else "translation")
    return out


def pseudonymise_fields(fields: dict[str, str], spans: dict[str, list[tuple[int, int, str]]], lang: str,
                        style: str = "brackets") -> dict[str, str]:
    """Each field with its spans replaced in *style*; one person or place has the same pseudonym in every field."""
    names = [n for n in _ORDER if n in fields]
    return _pseudonymise_fields({n: (fields[n] or "", [s for s in spans.get(n, ())
                                                        if 0 <= s[0] < s[1] <= len(fields[n] or "")])
                                 for n in names}, lang, style if style in PSEUDONYM_STYLES else "brackets")


def readable_note(lang: str) -> str:
    """The sentence explaining the asterisk of readable pseudonyms, to print once per document."""
    return _readable_note(lang)


def readable_tokens(fields: dict[str, str], lang: str, seed: str) -> dict[str, str]:
    """Released fields with any bracket token ("[Prénom 2]") in the readable style, for documents that leave."""
    return _readable_tokens(fields, lang, seed)


def text_language(text: str, default: str = "fr") -> str:
    """The language of a text (fr, en or ar; Darija counts as ar), e.g. of a stored translation."""
    from ..nlp.language import detect_language

    return detect_language(text or "", default=default)


def personal_data_in(analyzer, text: str, known_terms=(), lang: str | None = None) -> list[dict]:
    """The personal data in a text someone writes about a story: [{"label", "text"}], in order.

    *known_terms*: the story's names and places (caught in any case and in part: "Bennani" of "Fatima
    Bennani") and the programme's known terms, as strings or (term, label) pairs. The organisation's own
    names (the *analyzer*'s service terms) are never reported.
    """
    from ..nlp.scan import scan_text  # loads the spaCy model of the language on first use

    service = {" ".join(t.casefold().split()) for t in getattr(analyzer, "service_terms", ())}
    found = scan_text(text or "", lang, known_terms)
    return [{"label": p["label"], "text": p["text"]} for p in found
            if " ".join(p["text"].casefold().split()) not in service]
