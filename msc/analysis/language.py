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
                    .build()
                )
    return _detector


def normalise_lang(lang: str | None) -> str | None:
    """"fr-FR" -> "fr", "EN" -> "en", "" -> None; other codes are kept (lower-case)."""
    if not lang or not isinstance(lang, str) or not lang.strip():
        return None
    return re.split(r"[-_]", lang.strip().lower())[0] or None


def detect_language(text: str, lang: str | None = None, default: str = DEFAULT_LANG) -> str:
    """Return the language code of *text*; an explicit *lang* always wins.

    Arabic script (Arabic, Darija) -> "ar". Short or unclear Latin text -> *default*.
    """
    explicit = normalise_lang(lang)
    if explicit:
        return explicit
    sample = text[:5000]
    if has_arabic(sample):
        return "ar"
    if len(_LETTER.findall(sample[:400])) < MIN_LETTERS:
        return default
    from lingua import Language

    found = _get_detector().detect_language_of(sample)
    if found == Language.ENGLISH:
        return "en"
    if found == Language.FRENCH:
        return "fr"
    if found == Language.ARABIC:
        return "ar"
    return default
