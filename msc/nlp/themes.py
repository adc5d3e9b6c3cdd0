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
  "=sans ~ droit de sortir"  never dropped by negation (the pattern holds it)
  "!pension de famille" an exclusion: evidence of the theme overlapping it is
                       dropped (polysemy: "pension de famille" is not alimony)
Negation: evidence preceded in its clause by a negation ("je n'ai jamais porté
plainte", "I was not beaten"), a wish ("elle voudrait ouvrir un salon") or
about someone else ("a friend who was beaten") is dropped for themes with
``negation: true`` (see negation.py).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from spacy.attrs import LEMMA, LOWER
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token

from .arabic_text import ar_fold, ar_stem
from .codebook import REGEX_ATTRS, REGEX_TIMEOUT, Codebook, compile_regex, regexes
from .negation import BOUNDARY as _BOUNDARY
from .negation import negated as _negated
from .text import fold

GAP = 3


@dataclass(eq=False)
class _Phrase:
    theme: int
    elems: tuple  # each elem: ("gap",) or (exacts: frozenset, prefixes: tuple)
    needs: tuple = ()  # exact forms of each later element without a prefix: all must occur in the doc
    exclude: bool = False  # an exclusion pattern ("!..."): cancels overlapping evidence
    noneg: bool = False  # "=...": carries its own negation ("sans avoir le droit de sortir")


def _elem(word: str, folder=fold, stem=None):
    exact, prefix = set(), []
    for alt in word.split("|"):
        alt = folder(alt)
        if alt.endswith("*"):
            prefix.append(alt[:-1])
            if stem and stem(alt[:-1]) != alt[:-1]:
                prefix.append(stem(alt[:-1]))
        else:
            exact.add(alt)
            if stem:
                exact.add(stem(alt))
    return (frozenset(exact), tuple(prefix))


def _split_elision(w: str) -> list[str]:
    """Words as the tokenizers cut them: "d'urgence" -> "d'" "urgence", "didn't" -> "did" "n't"."""
    if "|" in w or "'" not in w[:-1]:
        return [w]
    if w.endswith("n't") and len(w) > 3:
        return [w[:-3], "n't"]
    head, _, tail = w.partition("'")
    return [head + "'", tail] if head and tail and "'" not in tail else [w]


def _variants(pattern: str) -> list[list[str]]:
    words = pattern.split()
    out = [words]
    split_el = [x for w in words for x in _split_elision(w)]
    if split_el != words:
        out.append(split_el)
        words = split_el
    if any("-" in w and "|" not in w and len(w) > 1 for w in words):
        split = []
        for w in words:
            split.extend(w.split("-") if "-" in w and "|" not in w else [w])
        out.append([w for w in split if w])
        hyph = []
        for w in words:
            if "-" in w and "|" not in w and len(w) > 1:
                parts = [x for x in w.split("-") if x]
                for k, x in enumerate(parts):
                    hyph.extend([x] if k == 0 else ["-", x])
            else:
                hyph.append(w)
        out.append(hyph)
    return out


class ThemeMatcher:
    """Codebook patterns of one language, compiled once.

    Arabic ("ar", Modern Standard Arabic and Darija in Arabic script) is matched on
    ``arabic_text`` folds: the lemma is the word without its clitics ("وللشرطة" -> "شرطة").
    """

    def __init__(self, codebook: Codebook, lang: str, vocab=None):
        self.lang = lang
        self._fold = ar_fold if lang == "ar" else fold
        self._stem = ar_stem if lang == "ar" else None
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
                    excl, noneg = pat.startswith("!"), pat.startswith("=")
                    for words in _variants(pat[1:] if excl or noneg else pat):
                        self._add_phrase(ti, words, excl, noneg)
                else:
                    token_patterns.append((ti, pat))
        if token_patterns and vocab is not None:
            self._matcher = Matcher(vocab)
            for ti, pat in token_patterns:
                self._matcher.add(str(ti), [_fold_token_pattern(pat)])

    def _add_phrase(self, ti: int, words: list[str], exclude: bool = False, noneg: bool = False) -> None:
        if not words:
            return
        elems = tuple(("gap",) if w == "~" else _elem(w, self._fold, self._stem) for w in words)
        needs = tuple(e[0] for e in elems[1:] if e != ("gap",) and not e[1])
        phrase = _Phrase(ti, elems, needs, exclude, noneg)
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
        folder = self._fold
        lem, low = [], []
        for lh, wh in arr.tolist():
            f = fcache.get(lh)
            if f is None:
                f = fcache[lh] = folder(strings[lh]) if lh else ""
            lem.append(f)
            f = fcache.get(wh)
            if f is None:
                f = fcache[wh] = folder(strings[wh])
            low.append(f)
        if self._stem is not None:
            lem = [self._stem(w) for w in low]
        for i in range(n):
            if not lem[i]:
                lem[i] = low[i]
        found: dict[int, list[tuple[int, int]]] = {}
        excluded: dict[int, list[tuple[int, int]]] = {}
        present = set(lem)
        present.update(low)
        cands = self._candidates
        per_doc: dict[tuple[str, str], list] = {}  # candidates whose later words all occur in the doc
        for i in range(n):
            key = (lem[i], low[i])
            phrases = per_doc.get(key)
            if phrases is None:
                phrases = cands(lem[i])
                if low[i] != lem[i]:
                    extra = cands(low[i])
                    if extra:
                        phrases = list(dict.fromkeys(phrases + extra)) if phrases else extra
                if phrases:
                    phrases = [ph for ph in phrases
                               if not ph.needs or not any(x.isdisjoint(present) for x in ph.needs)]
                per_doc[key] = phrases
            for ph in phrases:
                end = _match_rest(ph.elems, 1, i + 1, lem, low)
                if end is None:
                    continue
                if ph.exclude:
                    excluded.setdefault(ph.theme, []).append((i, end))
                    continue
                if self.negation[ph.theme] and not ph.noneg and _negated(i, lem, low):
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
        for ti, bad in excluded.items():
            if ti in found:
                found[ti] = [(s, e) for s, e in found[ti] if not any(s < be and bs < e for bs, be in bad)]
                if not found[ti]:
                    del found[ti]
        out: dict[str, list[tuple[int, int]]] = {}
        for ti, spans in found.items():
            chars = sorted({(doc[s].idx + offset, doc[e - 1].idx + len(doc[e - 1].text) + offset) for s, e in spans})
            out[self.keys[ti]] = _merge(chars)
        return out


def _regex_attribute(attr: str, expression: str) -> str:
    """A token extension true when ``expression`` matches the token's ``attr`` within the time limit.

    spaCy's own REGEX predicate uses ``re``, which has no time limit; the codebook's expressions run
    through the ``regex`` package instead, and one that runs out of time counts as no match.
    """
    name = "msc_re_" + hashlib.sha256(f"{attr}\0{expression}".encode()).hexdigest()[:20]
    if not Token.has_extension(name):
        compiled, field = compile_regex(expression), REGEX_ATTRS[attr]

        def matches(token, compiled=compiled, field=field):
            try:
                return compiled.search(getattr(token, field), timeout=REGEX_TIMEOUT) is not None
            except TimeoutError:
                return False

        Token.set_extension(name, getter=matches)
    return name


def _fold_token_pattern(pat: list[dict]) -> list[dict]:
    out = []
    for tok in pat:
        tok = dict(tok)
        found = regexes(tok)
        for attr, _expression in found:
            del tok[attr]
        if found:
            tok["_"] = {**tok.get("_", {}), **{_regex_attribute(a, e): True for a, e in found}}
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
_QUOTES = {"\u00ab", "\u00bb", '"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "<<", ">>"}  # « quoted » words stay in the clause


def _is_break(word: str) -> bool:
    """Clause boundary or punctuation: a gap does not cross it."""
    b = _BREAK_CACHE.get(word)
    if b is None:
        b = _BREAK_CACHE[word] = word in _BOUNDARY or not (any(c.isalnum() for c in word) or word in _QUOTES)
    return b


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
