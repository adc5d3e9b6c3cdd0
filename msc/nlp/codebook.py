"""Load and validate a theme codebook (the default one, or a JSON file)."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import RuleError

DEFAULT_PATH = Path(__file__).with_name("codebook_default.json")
LABEL_LANGS = ("fr", "en", "ar")
_KEY = re.compile(r"^[a-z][a-z0-9_]{1,63}$")


class CodebookError(RuleError):
    """The codebook data is not valid; the message says what is wrong."""


@dataclass(frozen=True)
class Theme:
    """One theme: stable key, labels, definition, patterns per language."""

    key: str
    labels: dict[str, str]
    definition: dict[str, str]
    patterns: dict[str, list[Any]]
    negation: bool = True  # drop evidence that is negated ("je n'ai jamais porté plainte")


@dataclass(frozen=True)
class Codebook:
    """A versioned list of themes."""

    version: str
    themes: tuple[Theme, ...] = field(default_factory=tuple)

    def keys(self) -> list[str]:
        return [t.key for t in self.themes]

    def languages(self) -> set[str]:
        return {lang for t in self.themes for lang in t.patterns}


def _check_pattern(key: str, lang: str, pat: Any) -> None:
    if isinstance(pat, str):
        words = pat.split()
        if not words or words[0] == "~" or words[-1] == "~":
            raise CodebookError(f"{key}/{lang}: bad phrase pattern {pat!r}")
        for w in words:
            for alt in w.split("|"):
                if not alt or (alt.endswith("*") and len(alt) < 4):
                    raise CodebookError(f"{key}/{lang}: prefix too short in {pat!r}")
    elif isinstance(pat, list):
        if not pat or not all(isinstance(t, dict) for t in pat):
            raise CodebookError(f"{key}/{lang}: token pattern must be a list of objects")
    else:
        raise CodebookError(f"{key}/{lang}: pattern must be a string or a list")


def _theme(raw: Any) -> Theme:
    if not isinstance(raw, dict):
        raise CodebookError("a theme must be an object")
    key = raw.get("key")
    if not isinstance(key, str) or not _KEY.match(key):
        raise CodebookError(f"bad theme key {key!r}")
    labels = raw.get("labels") or {}
    if not isinstance(labels, dict) or not all(isinstance(labels.get(lang), str) and labels[lang] for lang in ("fr", "en")):
        raise CodebookError(f"{key}: labels need at least fr and en")
    definition = raw.get("definition") or {}
    patterns = raw.get("patterns") or {}
    if not isinstance(patterns, dict):
        raise CodebookError(f"{key}: patterns must be an object of language -> list")
    for lang, pats in patterns.items():
        if not isinstance(pats, list):
            raise CodebookError(f"{key}/{lang}: patterns must be a list")
        for pat in pats:
            _check_pattern(key, lang, pat)
    return Theme(key, dict(labels), dict(definition), {k: list(v) for k, v in patterns.items()},
                 bool(raw.get("negation", True)))


def codebook_from_dict(data: Any) -> Codebook:
    """Validate *data* (the JSON structure) and return a Codebook."""
    if not isinstance(data, dict) or not isinstance(data.get("themes"), list):
        raise CodebookError('a codebook is an object with a "themes" list')
    themes = tuple(_theme(t) for t in data["themes"])
    keys = [t.key for t in themes]
    if len(set(keys)) != len(keys):
        raise CodebookError("duplicate theme keys")
    return Codebook(str(data.get("version", "unversioned")), themes)


def load_codebook(path: str | Path | None = None) -> Codebook:
    """Load the codebook at *path*, or the default codebook."""
    p = Path(path) if path else DEFAULT_PATH
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise CodebookError(f"{p}: invalid JSON ({exc})") from exc
    return codebook_from_dict(data)


_default: Codebook | None = None


def default_codebook() -> Codebook:
    """The default codebook, loaded once."""
    global _default
    if _default is None:
        _default = load_codebook()
    return _default
