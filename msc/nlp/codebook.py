"""Load and validate a theme codebook (the default one, or a JSON file)."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from ..errors import RuleError

DEFAULT_PATH = Path(__file__).with_name("codebook_default.json")
LABEL_LANGS = ("fr", "en", "ar")
_KEY = re.compile(r"^[a-z][a-z0-9_]{1,63}$")

MAX_JSON_DEPTH = 32  # a codebook nests five levels; the rest is an attack on the parser
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)

# Regular expressions in token patterns ({"LOWER": {"REGEX": "..."}}) run with the `regex`
# package's time limit, per token: a pattern that backtracks too long simply does not match.
REGEX_TIMEOUT = 0.05  # seconds per token
MAX_REGEX_CHARS = 200
REGEX_ATTRS = {"TEXT": "text", "ORTH": "orth_", "LOWER": "lower_", "NORM": "norm_", "LEMMA": "norm_"}
_REGEX_PROBES = tuple(c * 40 + "!" for c in ("a", "1", " ", "é", "ab")) + ("a" * 5000,)


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


def parse_json(text: str | bytes, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """``json.loads`` that first refuses nesting deeper than ``max_depth`` (ValueError)."""
    if isinstance(text, bytes):
        text = text.decode("utf-8")
    depth = 0
    for ch in _JSON_STRING.sub("", text):
        if ch in "[{":
            depth += 1
            if depth > max_depth:
                raise CodebookError(f"the JSON is nested more than {max_depth} levels deep")
        elif ch in "]}":
            depth -= 1
    return json.loads(text)


def compile_regex(value: Any) -> regex.Pattern:
    """A token pattern's regular expression, checked: a short string that compiles and does not
    run past the time limit on strings known to make backtracking explode."""
    if not isinstance(value, str) or not value or len(value) > MAX_REGEX_CHARS:
        raise CodebookError(f"a regular expression must be a text of at most {MAX_REGEX_CHARS} characters")
    try:
        compiled = regex.compile(value)
    except (regex.error, RecursionError, OverflowError) as exc:
        raise CodebookError(f"the regular expression {value!r} is not valid ({exc})") from None
    for probe in _REGEX_PROBES:
        try:
            compiled.search(probe, timeout=REGEX_TIMEOUT)
        except TimeoutError:
            raise CodebookError(f"the regular expression {value!r} can take too long to match") from None
    return compiled


def regexes(token: dict) -> list[tuple[str, str]]:
    """(attribute, expression) of each REGEX in one token pattern, e.g. {"LOWER": {"REGEX": "^viol"}}."""
    found = []
    for attr, value in token.items():
        if isinstance(value, dict) and "REGEX" in value:
            if attr not in REGEX_ATTRS:
                raise CodebookError(f"a regular expression applies to {', '.join(REGEX_ATTRS)}, not {attr}")
            found.append((attr, value["REGEX"]))
        elif isinstance(value, dict) and attr == "_":
            if any(isinstance(v, dict) and "REGEX" in v for v in value.values()):
                raise CodebookError("regular expressions on extension attributes are not allowed")
    return found


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
        for token in pat:
            try:
                for _attr, expression in regexes(token):
                    compile_regex(expression)
            except CodebookError as exc:
                raise CodebookError(f"{key}/{lang}: {exc}") from None
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
        data = parse_json(p.read_text(encoding="utf-8"))
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
