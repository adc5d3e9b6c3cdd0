"""Language detection restricted to French, English and Arabic."""
from __future__ import annotations

import re
import threading

from .text import has_arabic

SUPPORTED = ("fr", "en", "ar")
DEFAULT_LANG = "fr"
MIN_LETTERS = 12  # below this, detection is a guess: use the default

_lock = threading.Lock()
_detector = None
_LETTER = re.compile(r"[^\W\d_]")


def _get_detector():
    global _detector
    if _detector is None:
        with _lock:
            if _detector is None:
                from lingua import Language, LanguageDetectorBuilder

                _detector = (
                    LanguageDetectorBuilder.from_languages(
                        Language.FRENCH, Language.ENGLISH, Language.ARABIC
                    )
                    .with_preloaded_language_models()
                    .with_low_accuracy_mode()
                    .build()
                )
    return _detector


def normalise_lang(lang: str | None) -> str | None:
    """"fr-FR" -> "fr", "EN" -> "en", "" -> None; other codes are kept (lower-case)."""
    if not lang or not isinstance(lang, str) or not lang.strip():
        return None
    return re.split(r"[-_]", lang.strip().lower())[0] or None


_FR_WORDS = frozenset("le la les de des du et est une un je il elle que qui dans pour pas ne avec sur au aux mais "
                      "mon ma mes son sa ses nous vous ont été était avait suis ai on ce cette".split())
_EN_WORDS = frozenset("the and is are was were i you he she it of to in that with for on my me her his not have "
                      "has had this be at by from they we did".split())
_WORDS = re.compile(r"[a-zà-ÿ]+")


def _quick_guess(sample: str) -> str | None:
    """A decisive function-word count settles clear French/English texts cheaply;
    anything less clear goes to lingua."""
    words = _WORDS.findall(sample[:600].lower())
    fr = sum(w in _FR_WORDS for w in words)
    en = sum(w in _EN_WORDS for w in words)
    if fr >= 8 and fr >= 4 * en:
        return "fr"
    if en >= 8 and en >= 4 * fr:
        return "en"
    return None


def detect_languages(texts: list[str], langs: list[str | None], default: str = DEFAULT_LANG) -> list[str]:
    """Batch version of :func:`detect_language` (lingua runs the batch in parallel)."""
    out: list[str | None] = []
    todo: list[int] = []
    for i, (text, lang) in enumerate(zip(texts, langs, strict=False)):
        explicit = normalise_lang(lang)
        sample = text[:1000]
        if explicit:
            out.append(explicit)
        elif has_arabic(sample):
            out.append("ar")
        elif len(_LETTER.findall(sample[:400])) < MIN_LETTERS:
            out.append(default)
        else:
            guess = _quick_guess(sample)
            out.append(guess)
            if guess is None:
                todo.append(i)
    if todo:
        found = _get_detector().detect_languages_in_parallel_of([texts[i][:1000] for i in todo])
        for i, lg in zip(todo, found, strict=False):
            out[i] = _code(lg, default)
    return out


def _code(found, default: str) -> str:
    from lingua import Language

    if found == Language.ENGLISH:
        return "en"
    if found == Language.FRENCH:
        return "fr"
    if found == Language.ARABIC:
        return "ar"
    return default


def detect_language(text: str, lang: str | None = None, default: str = DEFAULT_LANG) -> str:
    """Return the language code of *text*; an explicit *lang* always wins.

    Arabic script (Arabic, Darija) -> "ar". Short or unclear Latin text -> *default*.
    """
    explicit = normalise_lang(lang)
    if explicit:
        return explicit
    sample = text[:1000]
    if has_arabic(sample):
        return "ar"
    if len(_LETTER.findall(sample[:400])) < MIN_LETTERS:
        return default
    guess = _quick_guess(sample)
    if guess:
        return guess
    return _code(_get_detector().detect_language_of(sample), default)
