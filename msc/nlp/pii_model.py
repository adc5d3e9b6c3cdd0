"""A statistical recogniser of personal data, beside the rules: a linear-chain CRF (CRFsuite) over words.

Rules catch the names their authors foresaw; every new writer of stories finds other ways to write one (a name
with no cue, a surname alone, a name in a list, a nickname in a message). This recogniser learns from the
annotated evaluation stories (French, English, Arabic script, Darija, messages) what the words around a name and
the name's own shape look like, with features that carry over to names it has never seen: the word's shape,
prefixes and suffixes, whether it is a listed first name or surname of many origins (Arabic-script names of
Faker's Arabic locales too, and an Arabic word's form without its proclitic), a French or English dictionary
word, a stop word, a place or an organisation, and the same for the words around it.

Its spans join the rule layers in ``pii.detect_pii`` with the lowest priority: a rule's span wins an overlap,
and the filters there (institutions, services, big places, line breaks) apply to them too. A span is kept only
when the model's mean marginal probability over its words reaches ``THRESHOLD``.

The model file (``data/pii_crf.model``) is trained by ``msc train-pii-model`` on the development sets under
``tests/data`` (never on a blind set) and shipped with the package; nothing is downloaded or trained at run time.
``data/pii_crf.json`` records which files, with their SHA-256, it was trained on.
"""
from __future__ import annotations

import hashlib
import json
import re
import threading
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from .text import fold

MODEL_PATH = Path(__file__).parent / "data" / "pii_crf.model"
MANIFEST_PATH = MODEL_PATH.with_suffix(".json")
LABELS = ("PER", "LOC", "ID")  # phones and e-mails are patterns: the rules catch them all
# A word joins a span when the model gives its label at least this probability (chosen on development set 11,
# formerly blind set 10: recall gained against precision lost).
THRESHOLD = 0.2
# From this confidence on, the model's span wins an overlap with spaCy's entities (not with a rule's).
SURE = 0.9
# From this confidence on, a listed first name in lower case in a message is a name ("jsuis chez fouzia").
LOWER_SURE = 0.5
# From this confidence on, Arabic-script words no list knows are a name by the model alone (SURE after a kinship
# word, after which an adjective is as likely).
AR_SURE = 0.5
# From this confidence on, an Arabic first name that is also a word (نجاة، هبة، زهرة) may be a name by the model
# alone, where the words around it do not make it the word (see ``pii._model_span_ok``).
AR_WORD_SURE = 0.95
# An Arabic-script place of no list is kept from this confidence on.
AR_LOC_SURE = 0.7
TRAINING = {"c1": 0.01, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}

# Words (hyphenated ones whole), numbers, and every other mark alone: "d'Aïcha" is "d", "'", "Aïcha".
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+|[^\w\s]", re.UNICODE)
_ARABIC = re.compile("[\u0600-\u06ff]")
_AR_PROCLITICS = "وفلب"
_LOWEST = 0.05  # below any threshold used: a word whose labels share less than this is no span
_NONE = dict.fromkeys(LABELS, 0.0)
_lock = threading.Lock()
_tagger = None


def tokens(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words, numbers and punctuation marks of *text*."""
    return [m.span() for m in _TOKEN.finditer(text)]


def _shape(word: str) -> str:
    out = []
    for ch in word:
        kind = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out)[:6]


@lru_cache(maxsize=1)
def _lexicons() -> dict[str, frozenset]:
    from .pii_arabic import AR_BIG_PLACES, AR_FIRST_NAMES, AR_KIN_CUES, AR_NAME_CUES, AR_PLACE_WORDS, AR_ROLE_CUES
    from .pii_gazetteer import broad_arabic_names, broad_first_names, broad_last_names
    from .pii_lists import (
        _STOP,
        AMBIGUOUS_NAMES,
        BIG_PLACES,
        COUNTRIES,
        FIRST_NAMES,
        NATIONALITIES,
        NEIGHBOURHOODS,
        NOT_PERSONAL,
    )
    from .pii_proper import _dictionary

    return {
        "first": frozenset({fold(n) for n in FIRST_NAMES} | broad_first_names() | AR_FIRST_NAMES),
        "word_name": frozenset({fold(n) for n in AMBIGUOUS_NAMES}),
        "last": frozenset(broad_last_names()),
        "dict": frozenset(_dictionary("fr") | _dictionary("en")),
        "stop": frozenset(_STOP),
        "place": frozenset(BIG_PLACES | COUNTRIES | NATIONALITIES | AR_BIG_PLACES),
        "hood": frozenset(w for n in NEIGHBOURHOODS for w in n.split() if len(w) > 3),
        "org": frozenset(NOT_PERSONAL),
        "ar_cue": frozenset(AR_NAME_CUES | AR_KIN_CUES | AR_ROLE_CUES),
        "ar_place": frozenset(AR_PLACE_WORDS),
        "ar_broad": broad_arabic_names(),
    }


def _lex_flags(word: str, f: str, lex: dict) -> list[str]:
    flags = [name for name, words in lex.items() if f in words or word in words]
    if _ARABIC.match(word) and len(word) > 3 and word[0] in _AR_PROCLITICS:
        bare = word[1:]
        flags += [f"{name}_clitic" for name in ("first", "ar_broad") if bare in lex[name]]
    return flags


_NEIGHBOUR_FLAGS = ("cap", "first", "last", "dict", "stop", "place", "org", "ar_cue", "ar_place", "word_name",
                    "ar_broad")


@lru_cache(maxsize=100_000)
def _word(word: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """A word's folded form, its own features, and what it tells as a neighbour (shape and list flags)."""
    lex = _lexicons()
    f = fold(word)
    w = f if len(f) <= 24 else "<long>"
    shape = _shape(word)
    feats = {"w": w, "shape": shape, "suf3": f[-3:], "suf2": f[-2:], "suf4": f[-4:], "pre3": f[:3],
             "len": str(min(len(word), 8))}
    if word[:1].isupper():
        feats["cap"] = "1"
    if word.isupper() and len(word) > 1:
        feats["upper"] = "1"
    if _ARABIC.match(word):
        feats["ar"] = "1"
        if word[0] in _AR_PROCLITICS:
            feats["ar_pre"] = word[0]
            if len(word) > 3:
                feats["bare"] = word[1:]  # "لرباب" is "رباب" after "to"
        if word.startswith("ال"):
            feats["ar_al"] = "1"
    for flag in _lex_flags(word, f, lex):
        feats[flag] = "1"
    own = tuple(f"{key}={value}" for key, value in feats.items())
    neighbour = (f"w={w}", f"shape={shape}") + tuple(key for key in _NEIGHBOUR_FLAGS if key in feats)
    return w, own, neighbour


_SENTENCE_END = frozenset(".!?:;»\"")


def features(text: str, spans: list[tuple[int, int]]) -> list[list[str]]:
    """The features of each token: its own and those of two words each side."""
    words = [text[s:e] for s, e in spans]
    info = [_word(word) for word in words]
    # How the same word is written elsewhere in the text: a name keeps its capital mid-sentence; a common word
    # also appears in lower case.
    capital_mid, lower = set(), set()
    starts = []
    for i, (start, _end) in enumerate(spans):
        line_start = i == 0 or "\n" in text[spans[i - 1][1]:start]
        sentence_start = i == 0 or words[i - 1] in _SENTENCE_END
        starts.append((line_start, sentence_start))
        if words[i][:1].isupper() and not line_start and not sentence_start:
            capital_mid.add(info[i][0])
        elif words[i][:1].islower():
            lower.add(info[i][0])
    out = []
    n = len(spans)
    for i in range(n):
        w, own, _ = info[i]
        feats = ["bias", *own]
        line_start, sentence_start = starts[i]
        if line_start:
            feats.append("line_start")
        if sentence_start:
            feats.append("sent_start")
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < n:
                feats.extend(f"{offset}:{x}" for x in info[j][2])
            else:
                feats.append(f"{offset}:edge")
        if "cap=1" in own and not line_start and not sentence_start:
            feats.append("cap_mid")
        if w in capital_mid:
            feats.append("doc_cap_mid")
        if w in lower:
            feats.append("doc_lower")
        if 0 < i < n - 1:
            feats.append(f"-1|+1={info[i - 1][0]}|{info[i + 1][0]}")
        out.append(feats)
    return out


def bio(text: str, spans: list[tuple[int, int]], gold: Iterable[dict]) -> list[str]:
    """BIO tags of the tokens from gold spans (a token takes the label of the span it overlaps)."""
    tags = ["O"] * len(spans)
    for g in sorted(gold, key=lambda g: g["start"]):
        if g["label"] not in LABELS:
            continue
        first = True
        for i, (s, e) in enumerate(spans):
            if s < g["end"] and g["start"] < e and tags[i] == "O":
                tags[i] = ("B-" if first else "I-") + g["label"]
                first = False
    return tags


def train(rows: Iterable[dict], path: Path, params: dict | None = None) -> None:
    """Train on gold rows ({"text", "pii"}) and write the model to *path*."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for row in rows:
        spans = tokens(row["text"])
        if spans:
            trainer.append(features(row["text"], spans), bio(row["text"], spans, row["pii"]))
    trainer.set_params(params or TRAINING)
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))


def _load():
    global _tagger
    if _tagger is None:
        with _lock:
            if _tagger is None:
                import pycrfsuite

                tagger = pycrfsuite.Tagger()
                tagger.open(str(MODEL_PATH))
                _tagger = tagger
    return _tagger


def probabilities(text: str, tagger=None) -> tuple[list[tuple[int, int]], list[dict[str, float]]]:
    """The tokens of *text* and, for each, the model's marginal probability of each label."""
    spans = tokens(text)
    if not spans:
        return [], []
    tagger = tagger or _load()
    with _lock:  # a Tagger holds one sequence at a time
        tagger.set(features(text, spans))
        known = set(tagger.labels())
        probs = []
        for i in range(len(spans)):
            if 1.0 - tagger.marginal("O", i) < _LOWEST:  # most words: no label can reach a threshold
                probs.append(_NONE)
                continue
            probs.append({label: sum(tagger.marginal(f"{p}-{label}", i) for p in "BI" if f"{p}-{label}" in known)
                          for label in LABELS})
    return spans, probs


def predict(text: str, tagger=None, threshold: float | None = None) -> list[tuple[int, int, str, float]]:
    """(start, end, label, confidence) of the spans the model finds in *text*.

    A word belongs to a label when the model's marginal probability of that label (at the start of a span or
    inside one) reaches *threshold*; neighbouring words of the same label make one span."""
    spans, probs = probabilities(text, tagger)
    return decode(text, spans, probs, threshold)


def decode(text: str, spans, probs, threshold: float | None = None) -> list[tuple[int, int, str, float]]:
    """Spans of neighbouring tokens whose probability of one label reaches *threshold*. A mark joins a span
    only inside it, with no space after it ("O'Brien"), never at its end nor before a space."""
    threshold = THRESHOLD if threshold is None else threshold

    def mark(k: int) -> bool:
        return not text[spans[k][0]:spans[k][1]].isalnum()

    out: list[tuple[int, int, str, float]] = []
    i = 0
    while i < len(spans):
        label, p = max(probs[i].items(), key=lambda kv: kv[1])
        if p < threshold or mark(i):
            i += 1
            continue
        j = i + 1
        while j < len(spans) and probs[j][label] >= threshold and spans[j][0] - spans[j - 1][1] <= 1:
            if mark(j) and not (j + 1 < len(spans) and spans[j + 1][0] == spans[j][1]):
                break
            j += 1
        while j > i + 1 and mark(j - 1):
            j -= 1
        out.append((spans[i][0], spans[j - 1][1], label, round(sum(q[label] for q in probs[i:j]) / (j - i), 3)))
        i = j
    return out


_COMMON = ("dict", "stop", "place", "org", "word_name", "hood")
_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")


def _common(word: str, lex: dict) -> bool:
    """A Latin-script word some list knows as a common word, a place, a service or a name used as a word."""
    from .pii_proper import english_word, french_word

    f = fold(word)
    return english_word(f) or french_word(f) or any(f in lex[key] for key in _COMMON)


_AR_WORD_BEFORE = re.compile(r"([\u0600-\u06ff]+)[ ]+$")
# Words inside a family name that are no name alone ("الطبيب آيت": "Ait" with its name left out).
_AR_PARTICLES = frozenset("آيت أيت ايت بن ابن بنت ولد أبو ابو عبد".split())


def _after_kinship(text: str, start: int) -> bool:
    """A kinship or friendship word comes right before *start* ("ختي", "صاحبتي"; not a title or a role)."""
    from .pii_arabic import AR_KIN_CUES, AR_NAME_CUES, AR_ROLE_CUES

    m = _AR_WORD_BEFORE.search(text, max(0, start - 20), start)
    if not m:
        return False
    word = m.group(1)
    word = word[1:] if word[0] in "وف" and word[1:] in AR_KIN_CUES else word
    return word in AR_KIN_CUES and word not in AR_NAME_CUES and word not in AR_ROLE_CUES


def _mid_sentence(text: str, start: int) -> bool:
    """*start* is inside a sentence: after a word or a comma, not at the start of a line or after a full stop."""
    before = text[max(0, start - 3):start].rstrip(" ")
    return bool(before) and before[-1] not in ".!?:;\n\"«“(-—"


def plausible(text: str, start: int, end: int, label: str, confidence: float = 0.0) -> bool:
    """A span the model alone found is kept only when its words can be what it says.

    An ID holds at least five digits and is no date. A name or a place holds a capitalised word that no list
    knows as a common word, a place, a service or a name used as a word (or, where the model is sure of a person
    at ``SURE``, a capitalised dictionary word inside a sentence: "and Summer cried"). Arabic script has no
    dictionary here: an Arabic name must be a listed first name that is no common word, and Arabic places are
    left to the rules (their cues: حي، دوار، زنقة…), unless the model gives a person at least ``AR_SURE`` to words
    no list knows (see below). A name in lower case is kept only in a message (SMS register), when it is a
    listed first name that is no common or Darija word and the model gives it at least ``LOWER_SURE``."""
    piece = text[start:end]
    if label == "ID":
        return sum(ch.isdigit() for ch in piece) >= 5 and not _DATE.fullmatch(piece.strip())
    lex = _lexicons()
    words = [m.group() for m in _TOKEN.finditer(piece) if m.group()[:1].isalpha()]
    latin = any(not _ARABIC.match(w) and w[:1].isupper() and not _common(w, lex) for w in words)
    if label == "PER" and not latin and confidence >= SURE:
        # "and Summer cried", "with her ISVA, Naomi,": a capitalised word that is also a dictionary word, where
        # the model is sure of a person, inside a sentence (not opening it), and no place, service or stop word
        latin = any(not _ARABIC.match(w) and w[:1].isupper() and not w.isupper() and _mid_sentence(text, start)
                    and not any(fold(w) in lex[key] for key in ("stop", "place", "org", "hood")) for w in words)
    if label == "PER":
        from .pii_arabic import AR_ADJECTIVE_NAMES, AR_STOP, AR_WORD_NAMES
        from .pii_informal import DARIJA_NAME_WORDS, informal

        def listed(w: str) -> bool:  # a listed first name; one that is also a word only where the model is sure
            bare = w[1:] if w[0] in _AR_PROCLITICS and w not in lex["first"] else w
            return (bare in lex["first"] or bare in AR_WORD_NAMES) and bare not in AR_ADJECTIVE_NAMES and (
                bare not in AR_WORD_NAMES or confidence >= AR_WORD_SURE)
        def lower_name(w: str) -> bool:  # "moi c fouzia": a listed name, in lower case, that is no common word
            return (confidence >= LOWER_SURE and w.islower() and len(w) > 2 and fold(w) in lex["first"]
                    and fold(w) not in DARIJA_NAME_WORDS and not _common(w, lex) and informal(text))
        def unlisted_arabic(w: str) -> bool:  # an Arabic word that no list knows as a common word or a cue
            bare = w[1:] if w[0] in _AR_PROCLITICS and w not in lex["first"] and len(w) > 3 else w
            return (_ARABIC.match(w) is not None and len(bare) > 2 and bare not in AR_WORD_NAMES
                    and bare not in AR_ADJECTIVE_NAMES and bare not in AR_STOP and bare not in lex["place"]
                    and bare not in lex["ar_cue"] and bare not in lex["ar_place"])

        # An Arabic name of no list, where the model gives a person at least AR_SURE (SURE after a kinship word,
        # after which an adjective is as likely: "ختي مسكينة", my poor sister): no word of the span is a known
        # word ("صباح الخير").
        arabic_name = (confidence >= (SURE if _after_kinship(text, start) else AR_SURE) and words
                       and all(unlisted_arabic(w) for w in words) and not all(w in _AR_PARTICLES for w in words))
        if len(words) > 1 and words[0] in AR_WORD_NAMES and any(w in AR_ADJECTIVE_NAMES for w in words[1:]):
            return latin  # "حياة جميلة", "أمل كبير": a noun and its adjective (a beautiful life), not a name
        return latin or arabic_name or any(_ARABIC.match(w) and listed(w) or lower_name(w) for w in words)
    if label == "LOC":
        from .pii_arabic import AR_BIG_PLACES, AR_PLACE_WORDS, AR_STOP, AR_VENUE_KINDS, AR_WORD_NAMES

        known = (AR_STOP, AR_WORD_NAMES, AR_BIG_PLACES, AR_PLACE_WORDS, AR_VENUE_KINDS, lex["ar_cue"], lex["first"])

        def unlisted_place(w: str) -> bool:  # an Arabic word no list knows as a common word, a cue or a big city
            bare = w[1:] if w[0] in _AR_PROCLITICS and len(w) > 3 else w
            return (_ARABIC.match(w) is not None and len(bare) > 2
                    and not any(x in listed for listed in known for x in (w, bare)))

        # "في تالبرجت", "من زواغة": a neighbourhood or a village of no list, where the model is sure of a place; not
        # after a place or venue word, where the rules decide ("حمام الحومة": the neighbourhood's hammam)
        before = _AR_WORD_BEFORE.search(text, max(0, start - 20), start)
        after_cue = bool(before) and (before.group(1) in AR_PLACE_WORDS or before.group(1)[1:] in AR_PLACE_WORDS)
        arabic_place = (confidence >= AR_LOC_SURE and bool(words) and not after_cue
                        and all(unlisted_place(w) for w in words))
        return latin or arabic_place
    return False


def file_digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def training_files(folder: Path) -> list[Path]:
    """The annotated sets a model is trained on: every ``analysis_*.jsonl`` of *folder* but the blind sets,
    which measure the engine and are never learnt from."""
    return sorted(p for p in Path(folder).glob("analysis_*.jsonl") if "blind" not in p.name)


def read_gold(path: Path) -> list[dict]:
    """The rows of one annotated set; a ValueError names the file and line of a row that is not one."""
    rows = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            text, spans = row["text"], row["pii"]
            ok = isinstance(text, str) and all(0 <= g["start"] < g["end"] <= len(text) and g["label"] for g in spans)
        except (ValueError, KeyError, TypeError):
            ok = False
        if not ok:
            raise ValueError(f"{Path(path).name}, line {n}: not an annotated story (text, pii with start/end/label)")
        rows.append(row)
    return rows


def train_from(folder: Path, out: Path) -> dict:
    """Train on the training files of *folder*, write the model to *out* and its manifest beside it.

    Nothing is written when a file is not an annotated set (ValueError) or when there is none."""
    files = training_files(folder)
    if not files:
        raise ValueError(f"no annotated set (analysis_*.jsonl, blind sets excluded) in {folder}")
    rows = [row for path in files for row in read_gold(path)]
    out = Path(out)
    partial = out.with_name(out.name + ".part")
    train(rows, partial)
    record = {"files": {p.name: file_digest(p) for p in files}, "stories": len(rows),
              "spans": {label: sum(g["label"] == label for r in rows for g in r["pii"]) for label in LABELS},
              "params": TRAINING, "model": file_digest(partial)}
    partial.replace(out)
    out.with_suffix(".json").write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return record


def manifest() -> dict:
    return json.loads(MANIFEST_PATH.read_text(encoding="utf-8"))
