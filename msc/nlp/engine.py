"""The analysis engine: themes, personal data and pseudonymisation for texts.

    Analyzer(codebook=None).analyze(text, lang=None, known_terms=()) -> dict
    Analyzer().analyze_many(items, batch_size=64, style="brackets") -> list[dict]

Result: {"id", "lang", "themes": [{"key", "evidence": [{"start","end","text"}]}],
"pii": [{"start","end","label","text"}], "pseudonymised": str}. Offsets are
character offsets into the text as given (end exclusive).

An item may also carry other free-text fields of the same story ("title",
"significance", "translation"): the result then has "fields": {name:
{"pseudonymised", "pii"}} for the fields given, offsets relative to that field.
Names found in one field are looked for in all of them, and one story's fields
share their pseudonyms (the same person is "[Prénom 1]" in the text and the title).
When the story is in Arabic or Darija ("ar", "ary") its translation's themes are matched too:
"fields": {"translation": {..., "lang", "themes": [{"key", "evidence"}]}}, evidence offsets relative
to the translation, "lang" the translation's language (the text's own themes stay in "themes").
Darija ("ary") is matched with the Arabic patterns when written in Arabic script, with the French
and English ones (and the codebook's "ary" patterns, Darija in Latin letters) otherwise.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .codebook import Codebook, codebook_from_dict, default_codebook, load_codebook
from .language import detect_languages
from .pii import detect_pii, echo_spans, ner_spans, resolve
from .pii_informal import latin_darija
from .pipelines import MAX_CHUNK, get_pipeline
from .pseudonymise import STYLES, Pseudonymiser
from .text import has_arabic, normalise
from .themes import ThemeMatcher

FIELDS = ("title", "significance", "translation")  # other free-text fields of a story
ARABIC_LANGS = ("ar", "ary")  # stories whose stored translation is analysed for themes too


def pipeline_lang(lang: str | None, text: str) -> str | None:
    """The pipeline that analyses a text of *lang*: Darija goes to Arabic or French by its script."""
    if lang == "ary":
        return "ar" if has_arabic(text[:1000]) else "fr"
    return lang


def engine_info(lang: str) -> dict[str, Any]:
    """What the engine can do for *lang*: model, NER and themes availability."""
    pipe = get_pipeline(pipeline_lang(lang, ""))  # Darija: the French pipeline unless the text is in Arabic script
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

    def analyze(self, text: str, lang: str | None = None, known_terms: Iterable = (), id: Any = None,
                style: str = "brackets", **fields: str) -> dict:
        """Analyse one text (and the story's other *fields*: title=..., significance=..., translation=...)."""
        item = {"id": id, "text": text, "lang": lang, "known_terms": known_terms, **fields}
        return self.analyze_many([item], style=style)[0]

    def analyze_many(self, items: Iterable, batch_size: int = 64, known_terms: Iterable = (),
                     style: str = "brackets") -> list[dict]:
        """Analyse many items (dicts with "text" and optional "id", "lang", "known_terms",
        "title", "significance", "translation"; or plain strings), batching through
        ``nlp.pipe`` per language. *style*: pseudonyms as "brackets" or "readable"."""
        if style not in STYLES:
            raise ValueError(f"unknown pseudonym style {style!r}")
        prepared, groups = [], []
        for item in items:
            if isinstance(item, str):
                item = {"text": item}
            terms = tuple(item.get("known_terms") or ()) + tuple(known_terms)
            group = []
            for name in ("text", *FIELDS):
                text = item.get(name)
                if name != "text" and not isinstance(text, str):
                    continue
                text = text or ""
                lang = item.get("lang") if name != "translation" else item.get("translation_lang")
                group.append(len(prepared))
                prepared.append({"id": item.get("id"), "field": name, "text": text, "norm": normalise(text),
                                 "lang": lang, "terms": terms, "themes": defaultdict(list), "ner": []})
            groups.append(group)
        mains = [g[0] for g in groups]
        langs = detect_languages([prepared[i]["norm"] for i in mains], [prepared[i]["lang"] for i in mains])
        for g, lang in zip(groups, langs, strict=False):
            for i in g:
                if prepared[i]["field"] != "translation":
                    prepared[i]["lang"] = lang
        # A translation is in another language: its own, or detected.
        translations = [i for g in groups for i in g[1:] if prepared[i]["field"] == "translation"
                        and not prepared[i]["lang"]]
        if translations:
            found = detect_languages([prepared[i]["norm"] for i in translations], [None] * len(translations))
            for i, lang in zip(translations, found, strict=False):
                prepared[i]["lang"] = lang
        by_lang: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for g in groups:
            arabic = prepared[g[0]]["lang"] in ARABIC_LANGS
            for i in g:
                p = prepared[i]
                p["plang"] = pipeline_lang(p["lang"], p["norm"])
                p["with_themes"] = p["field"] == "text" or (arabic and p["field"] == "translation")
        for i, p in enumerate(prepared):
            if get_pipeline(p["plang"]) is not None:
                by_lang[p["plang"]].extend((i, off, chunk) for off, chunk in chunk_text(p["norm"]))
        for lang, chunks in by_lang.items():
            pipe = get_pipeline(lang)
            matcher = self._matcher(lang, pipe.nlp.vocab)
            docs = pipe.nlp.pipe((c for _, _, c in chunks), batch_size=batch_size)
            for (i, off, _), doc in zip(chunks, docs, strict=False):
                p = prepared[i]
                if p["with_themes"]:  # the story text, and the translation of an Arabic story
                    for key, spans in matcher.match(doc, off).items():
                        p["themes"][key].extend(spans)
                    if lang != "ar" and (p["lang"] == "ary" or latin_darija(doc.text)):
                        for key, spans in self._matcher("ary", pipe.nlp.vocab).match(doc, off).items():
                            p["themes"][key].extend(spans)
                if pipe.has_ner:  # keep the entities, not the Doc: memory stays flat
                    p["ner"].extend(ner_spans(doc, off))
        return [self._result([prepared[i] for i in g], style) for g in groups]

    def _result(self, group: list[dict], style: str) -> dict:
        main = group[0]
        found = [detect_pii(p["norm"], p["terms"], exclude=self.service_terms, ner=p["ner"], lang=p["plang"],
                            has_ner=bool(get_pipeline(p["plang"]) and get_pipeline(p["plang"]).has_ner))
                 for p in group]
        # A name or place found in one field is looked for in every field of the story.
        surfaces = {p["norm"][s.start:s.end]: s.label for p, spans in zip(group, found, strict=False) for s in spans
                    if s.label in ("PER", "LOC")}
        found = [resolve(spans + echo_spans(p["norm"], surfaces), p["norm"]) if surfaces else spans
                 for p, spans in zip(group, found, strict=False)]
        texts = [p["text"] for p in group]
        seed = str(main["id"]) if main["id"] not in (None, "") else main["text"]
        pseudo = Pseudonymiser(main["lang"], style, seed=seed, avoid=texts)
        out = {}
        for p, spans in zip(group, found, strict=False):
            text = p["text"]
            pii = [{"start": s.start, "end": s.end, "label": s.label, "text": text[s.start:s.end]} for s in spans]
            out[p["field"]] = {"pii": pii, "pseudonymised": pseudo.apply(text, pii, lang=p["lang"])}
        result = {"id": main["id"], "lang": main["lang"], "themes": self._themes(main), "pii": out["text"]["pii"],
                  "pseudonymised": out["text"]["pseudonymised"]}
        if len(group) > 1:
            result["fields"] = {p["field"]: out[p["field"]] for p in group[1:]}
            for p in group[1:]:
                if p["with_themes"]:
                    result["fields"][p["field"]].update(themes=self._themes(p), lang=p["lang"])
        return result

    def _themes(self, p: dict) -> list[dict]:
        return [{"key": k, "evidence": [{"start": s, "end": e, "text": p["text"][s:e]} for s, e in sorted(v)]}
                for k, v in sorted(p["themes"].items(), key=lambda kv: self._order[kv[0]])]
