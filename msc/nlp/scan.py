"""Personal data in texts written *about* a story (a chair's reasons, comments,
verification notes, a note's context), so the writer can be warned before saving.

    scan_text(text, lang=None, known_terms=()) -> [{"start", "end", "label", "text"}]

*known_terms*: the names and places already found in the story (its PII spans'
texts), always caught, in any case. Uses the same rules as the analysis; the
spaCy model of the language is used when it is installed (loaded on first use).
"""
from __future__ import annotations

from collections.abc import Iterable

from .language import detect_language
from .pii import detect_pii, echo_spans, ner_spans, resolve
from .pipelines import MAX_CHUNK, get_pipeline
from .text import normalise


def scan_text(text: str, lang: str | None = None, known_terms: Iterable = (), use_ner: bool = True) -> list[dict]:
    """The personal data found in *text*, in order; [] for an empty text."""
    if not text or not text.strip():
        return []
    norm = normalise(text)
    lang = detect_language(norm, lang)
    ner = []
    pipe = get_pipeline(lang) if use_ner else None
    if pipe is not None and pipe.has_ner:
        for off in range(0, len(norm), MAX_CHUNK):
            ner += ner_spans(pipe.nlp(norm[off:off + MAX_CHUNK]), off)
    terms = [t for t in known_terms if t]
    spans = detect_pii(norm, terms, ner=ner, lang=lang, has_ner=bool(pipe and pipe.has_ner))
    surfaces = {t if isinstance(t, str) else t[0]: "PER" if isinstance(t, str) else t[1] for t in terms}
    if surfaces:  # parts of known names too: "Bennani" for "Fatima Bennani"
        spans = resolve(spans + echo_spans(norm, surfaces), norm)
    return [{"start": s.start, "end": s.end, "label": s.label, "text": text[s.start:s.end]} for s in spans]
