"""The analysis engine: themes, personal data and pseudonymisation for texts.

    Analyzer(codebook=None).analyze(text, lang=None, known_terms=()) -> dict
    Analyzer().analyze_many(items, batch_size=64) -> list[dict]

Result: {"id", "lang", "themes": [{"key", "evidence": [{"start","end","text"}]}],
"pii": [{"start","end","label","text"}], "pseudonymised": str}. Offsets are
character offsets into the text as given (end exclusive).
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable

from .codebook import Codebook, codebook_from_dict, default_codebook, load_codebook
from .language import detect_languages
from .pii import detect_pii, ner_spans
from .pipelines import MAX_CHUNK, get_pipeline
from .pseudonymise import pseudonymise
from .text import normalise
from .themes import ThemeMatcher


def engine_info(lang: str) -> dict[str, Any]:
    """What the engine can do for *lang*: model, NER and themes availability."""
    pipe = get_pipeline(lang)
    return {
        "lang": lang,
        "model": pipe.model if pipe else None,
        "ner": bool(pipe and pipe.has_ner),
        "themes": pipe is not None,
        "pattern_pii": True,
    }


def chunk_text(text: str, size: int = MAX_CHUNK) -> list[tuple[int, str]]:
    """Split *text* into (offset, chunk) pieces of at most *size* characters,
    cutting at a paragraph, line, sentence or space boundary when possible."""
    out, pos, n = [], 0, len(text)
    while pos < n:
        if n - pos <= size:
            out.append((pos, text[pos:]))
            break
        window = text[pos:pos + size]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            cut = window.rfind(sep)
            if cut > size // 2:
                cut += len(sep)
                break
        if cut <= size // 2:
            cut = size
        out.append((pos, text[pos:pos + cut]))
        pos += cut
    return out


class Analyzer:
    """Runs the whole analysis; pipelines and compiled patterns are reused."""

    def __init__(self, codebook: Codebook | dict | str | Path | None = None, service_terms: Iterable[str] = ()):
        """*service_terms*: the organisation's own names (project, clinics) never to flag as personal data."""
        if codebook is None:
            codebook = default_codebook()
        elif isinstance(codebook, dict):
            codebook = codebook_from_dict(codebook)
        elif isinstance(codebook, (str, Path)):
            codebook = load_codebook(codebook)
        self.codebook = codebook
        self.service_terms = tuple(service_terms)
        self._matchers: dict[str, ThemeMatcher] = {}
        self._order = {k: i for i, k in enumerate(codebook.keys())}

    def _matcher(self, lang: str, vocab) -> ThemeMatcher:
        m = self._matchers.get(lang)
        if m is None:
            m = self._matchers[lang] = ThemeMatcher(self.codebook, lang, vocab)
        return m

    def analyze(self, text: str, lang: str | None = None, known_terms: Iterable = (), id: Any = None) -> dict:
        """Analyse one text."""
        return self.analyze_many([{"id": id, "text": text, "lang": lang, "known_terms": known_terms}])[0]

    def analyze_many(self, items: Iterable, batch_size: int = 64, known_terms: Iterable = ()) -> list[dict]:
        """Analyse many items (dicts with "text" and optional "id", "lang",
        "known_terms"; or plain strings), batching through ``nlp.pipe`` per language."""
        prepared = []
        for item in items:
            if isinstance(item, str):
                item = {"text": item}
            text = item.get("text") or ""
            terms = tuple(item.get("known_terms") or ()) + tuple(known_terms)
            prepared.append({"id": item.get("id"), "text": text, "norm": normalise(text), "lang": item.get("lang"),
                             "terms": terms, "themes": defaultdict(list), "ner": []})
        langs = detect_languages([p["norm"] for p in prepared], [p["lang"] for p in prepared])
        for p, lang in zip(prepared, langs):
            p["lang"] = lang
        by_lang: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for i, p in enumerate(prepared):
            if get_pipeline(p["lang"]) is not None:
                by_lang[p["lang"]].extend((i, off, chunk) for off, chunk in chunk_text(p["norm"]))
        for lang, chunks in by_lang.items():
            pipe = get_pipeline(lang)
            matcher = self._matcher(lang, pipe.nlp.vocab)
            docs = pipe.nlp.pipe((c for _, _, c in chunks), batch_size=batch_size)
            for (i, off, _), doc in zip(chunks, docs):
                p = prepared[i]
                for key, spans in matcher.match(doc, off).items():
                    p["themes"][key].extend(spans)
                if pipe.has_ner:  # keep the entities, not the Doc: memory stays flat
                    p["ner"].extend(ner_spans(doc, off))
        return [self._result(p) for p in prepared]

    def _result(self, p: dict) -> dict:
        text, norm = p["text"], p["norm"]
        spans = detect_pii(norm, p["terms"], exclude=self.service_terms, ner=p["ner"])
        themes = [{"key": k, "evidence": [{"start": s, "end": e, "text": text[s:e]} for s, e in sorted(v)]}
                  for k, v in sorted(p["themes"].items(), key=lambda kv: self._order[kv[0]])]
        pii = [{"start": s.start, "end": s.end, "label": s.label, "text": text[s.start:s.end]} for s in spans]
        return {"id": p["id"], "lang": p["lang"], "themes": themes, "pii": pii,
                "pseudonymised": pseudonymise(text, pii, p["lang"])}
