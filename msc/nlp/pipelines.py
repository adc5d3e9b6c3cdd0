"""spaCy pipelines, loaded once per process, lazily and thread-safely.

French: ``fr_core_news_sm`` without the parser (the rule lemmatizer needs the
morphologizer's POS and the attribute_ruler; NER needs tok2vec + ner).
English: ``en_core_web_sm`` when installed; otherwise a blank English pipeline
with the lookup lemmatizer of spacy-lookups-data and no NER.
Arabic: a blank pipeline (tokenizer only).
Models are never downloaded here.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass

import spacy
from spacy.language import Language

# Components not needed for lemmas and entities.
_FR_EXCLUDE = ["parser", "senter"]
_EN_EXCLUDE = ["parser", "senter"]
MAX_CHUNK = 100_000  # characters per Doc; longer texts are chunked by the engine


@dataclass(frozen=True)
class Pipeline:
    """A loaded pipeline and what it can do."""

    lang: str
    nlp: Language
    model: str
    has_ner: bool


_lock = threading.Lock()
_cache: dict[str, Pipeline | None] = {}


def _load_fr() -> Pipeline:
    nlp = spacy.load("fr_core_news_sm", exclude=_FR_EXCLUDE)
    return Pipeline("fr", nlp, "fr_core_news_sm", "ner" in nlp.pipe_names)


def _load_en() -> Pipeline:
    try:
        nlp = spacy.load("en_core_web_sm", exclude=_EN_EXCLUDE)
        return Pipeline("en", nlp, "en_core_web_sm", "ner" in nlp.pipe_names)
    except OSError:
        nlp = spacy.blank("en")
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()  # reads tables from spacy-lookups-data, no network
        return Pipeline("en", nlp, "blank:en+lookups", False)


def _load_ar() -> Pipeline:
    """Arabic script (Modern Standard Arabic and Darija): spaCy's tokenizer only; themes are
    matched on clitic-free folds (arabic_text), personal data by rules (pii_arabic_spans)."""
    return Pipeline("ar", spacy.blank("ar"), "blank:ar", False)


_LOADERS = {"fr": _load_fr, "en": _load_en, "ar": _load_ar}


def get_pipeline(lang: str) -> Pipeline | None:
    """Return the pipeline for *lang* ("fr", "en" or "ar"), or None for other languages."""
    if lang not in _LOADERS:
        return None
    pipe = _cache.get(lang)
    if pipe is None:
        with _lock:
            pipe = _cache.get(lang)
            if pipe is None:
                pipe = _LOADERS[lang]()
                pipe.nlp.max_length = MAX_CHUNK + 1000
                _cache[lang] = pipe
    return pipe


def supported_languages() -> tuple[str, ...]:
    """Languages that have a spaCy pipeline (themes, lemmas)."""
    return tuple(_LOADERS)
