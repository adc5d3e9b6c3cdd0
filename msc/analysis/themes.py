"""Pure matching of codebook patterns on a processed spaCy Doc.

Pattern mini-language (strings), matched on accent-folded lemmas *or* folded
lower-case forms, so "ecole"/"école", plurals and verb forms all match:
  "plainte"            one token
  "porter plainte"     consecutive tokens
  "depist*"            prefix (>= 3 letters)
  "viol|violer"        alternatives
  "porter ~ plainte"   "~" allows 0-3 tokens in between (same clause)
  "paire-educatrice"   also matches "paire educatrice"
Lists of objects are spaCy Matcher token patterns; their LEMMA values are
folded and compared with the folded lemma.
Negation: evidence preceded in its clause by a negation ("je n'ai jamais porté
plainte", "I was not beaten") is dropped for themes with ``negation: true``.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import LEMMA, LOWER
from spacy.matcher import Matcher
from spacy.tokens import Doc

from .codebook import Codebook
from .text import fold

GAP = 3
NEG_WINDOW = 5
_STRONG_NEG = {"pas", "jamais", "aucun", "aucune", "sans", "ni",
               "not", "n't", "never", "no", "without", "nobody", "neither", "nor", "nothing", "none"}
_WEAK_NEG = {"rien", "personne", "nul", "nulle"}  # negate only with "ne"
_NE = {"ne", "n'", "n"}
_BOUNDARY = {",", ".", ";", ":", "!", "?", "mais", "que", "qu'", "quand", "lorsque", "parce", "car",
             "et", "puis", "but", "and", "when", "because", "then", "so", "alors", "donc", "(", ")",
             "-", "\n", "avant", "before", "until", "jusqu'"}


@dataclass(eq=False)
class _Phrase:
    theme: int
    elems: tuple  # each elem: ("gap",) or (exacts: frozenset, prefixes: tuple)
    need: frozenset | None = None  # exact forms of the last element, when it has no prefix


def _elem(word: str):
    exact, prefix = set(), []
    for alt in word.split("|"):
        alt = fold(alt)
        if alt.endswith("*"):
            prefix.append(alt[:-1])
        else:
            exact.add(alt)
    return (frozenset(exact), tuple(prefix))


def _variants(pattern: str) -> list[list[str]]:
    words = pattern.split()
    out = [words]
    if any("-" in w and "|" not in w and len(w) > 1 for w in words):
        split = []
        for w in words:
            split.extend(w.split("-") if "-" in w and "|" not in w else [w])
        out.append([w for w in split if w])
    return out


class ThemeMatcher:
    """Codebook patterns of one language, compiled once."""

    def __init__(self, codebook: Codebook, lang: str, vocab=None):
        self.lang = lang
        self.keys = [t.key for t in codebook.themes]
        self.negation = [t.negation for t in codebook.themes]
        self._exact: dict[str, list[_Phrase]] = {}
        self._prefix: dict[str, list[tuple[str, _Phrase]]] = {}
        self._matcher = None
        self._fold_cache: dict[int, str] = {}
        self._cand_cache: dict[str, list] = {}
        token_patterns = []
        for ti, theme in enumerate(codebook.themes):
            for pat in theme.patterns.get(lang, []):
                if isinstance(pat, str):
                    for words in _variants(pat):
                        self._add_phrase(ti, words)
                else:
                    token_patterns.append((ti, pat))
        if token_patterns and vocab is not None:
            self._matcher = Matcher(vocab)
            for ti, pat in token_patterns:
                self._matcher.add(str(ti), [_fold_token_pattern(pat)])

    def _add_phrase(self, ti: int, words: list[str]) -> None:
        elems = tuple(("gap",) if w == "~" else _elem(w) for w in words)
        last = elems[-1]
        need = last[0] if len(elems) > 1 and not last[1] else None
        phrase = _Phrase(ti, elems, need)
        exact, prefixes = elems[0]
        for e in exact:
            self._exact.setdefault(e, []).append(phrase)
        for p in prefixes:
            self._prefix.setdefault(p[:3], []).append((p, phrase))

    def _candidates(self, key: str) -> list:
        """Phrases whose first element accepts *key* (cached per string)."""
        got = self._cand_cache.get(key)
        if got is None:
            got = list(self._exact.get(key, ()))
            for pre, ph in self._prefix.get(key[:3], ()):
                if key.startswith(pre) and ph not in got:
                    got.append(ph)
            self._cand_cache[key] = got
        return got

    @property
    def empty(self) -> bool:
        return not self._exact and not self._prefix and self._matcher is None

    def match(self, doc: Doc, offset: int = 0) -> dict[str, list[tuple[int, int]]]:
        """Return {theme key: [(start, end) character offsets + offset]} for *doc*."""
        n = len(doc)
        if n == 0 or self.empty:
            return {}
        # Hash arrays avoid creating a Token object per token (the costly part).
        arr = doc.to_array([LEMMA, LOWER])
        strings = doc.vocab.strings
        fcache = self._fold_cache
        lem, low = [], []
        for lh, wh in arr.tolist():
            f = fcache.get(lh)
            if f is None:
                f = fcache[lh] = fold(strings[lh]) if lh else ""
            lem.append(f)
            f = fcache.get(wh)
            if f is None:
                f = fcache[wh] = fold(strings[wh])
            low.append(f)
        for i in range(n):
            if not lem[i]:
                lem[i] = low[i]
        found: dict[int, list[tuple[int, int]]] = {}
        present = set(lem)
        present.update(low)
        cands = self._candidates
        for i in range(n):
            phrases = cands(lem[i])
            if low[i] != lem[i]:
                extra = cands(low[i])
                if extra:
                    phrases = list(dict.fromkeys(phrases + extra)) if phrases else extra
            for ph in phrases:
                if ph.need is not None and ph.need.isdisjoint(present):
                    continue  # the last word of the phrase is nowhere in the doc
                end = _match_rest(ph.elems, 1, i + 1, lem, low)
                if end is None:
                    continue
                if self.negation[ph.theme] and _negated(i, lem, low):
                    continue
                found.setdefault(ph.theme, []).append((i, end))
        if self._matcher is not None:
            for tok in doc:
                tok.norm_ = lem[tok.i]
            for mid, s, e in self._matcher(doc):
                ti = int(doc.vocab.strings[mid])
                if self.negation[ti] and _negated(s, lem, low):
                    continue
                found.setdefault(ti, []).append((s, e))
        out: dict[str, list[tuple[int, int]]] = {}
        for ti, spans in found.items():
            chars = sorted({(doc[s].idx + offset, doc[e - 1].idx + len(doc[e - 1].text) + offset) for s, e in spans})
            out[self.keys[ti]] = _merge(chars)
        return out


def _fold_token_pattern(pat: list[dict]) -> list[dict]:
    out = []
    for tok in pat:
        tok = dict(tok)
        if "LEMMA" in tok:
            val = tok.pop("LEMMA")
            if isinstance(val, str):
                val = fold(val)
            elif isinstance(val, dict) and "IN" in val:
                val = {"IN": [fold(v) for v in val["IN"]]}
            tok["NORM"] = val
        out.append(tok)
    return out


def _elem_ok(elem, i: int, lem, low) -> bool:
    exact, prefixes = elem
    if lem[i] in exact or low[i] in exact:
        return True
    return any(lem[i].startswith(p) or low[i].startswith(p) for p in prefixes)


def _match_rest(elems, k: int, i: int, lem, low) -> int | None:
    """Match elems[k:] starting at token i; return the end token index or None."""
    if k == len(elems):
        return i
    elem = elems[k]
    if elem == ("gap",):
        for skip in range(GAP + 1):
            j = i + skip
            if j > len(lem):
                break
            if skip and _is_break(low[j - 1]):
                break
            end = _match_rest(elems, k + 1, j, lem, low)
            if end is not None:
                return end
        return None
    if i >= len(lem) or not _elem_ok(elem, i, lem, low):
        return None
    return _match_rest(elems, k + 1, i + 1, lem, low)


_BREAK_CACHE: dict[str, bool] = {}


def _is_break(word: str) -> bool:
    """Clause boundary or punctuation: a gap does not cross it."""
    b = _BREAK_CACHE.get(word)
    if b is None:
        b = _BREAK_CACHE[word] = word in _BOUNDARY or not any(c.isalnum() for c in word)
    return b


def _negated(i: int, lem, low) -> bool:
    has_ne = False
    weak = False
    for j in range(i - 1, max(-1, i - 1 - NEG_WINDOW), -1):
        w = low[j]
        if w in _BOUNDARY:
            break
        if w in _STRONG_NEG:
            if w == "no" and j + 1 < len(low) and low[j + 1] == "longer":
                continue  # "no longer": the thing happened, then stopped
            return True
        if w in _NE or lem[j] == "ne":
            has_ne = True
        if w in _WEAK_NEG:
            weak = True
    return has_ne and weak


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
