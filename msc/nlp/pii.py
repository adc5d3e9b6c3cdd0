"""Personal-data detection: PER, LOC, PHONE, EMAIL, ID.

Layers, all returning character spans on the (length-preserving) normalised text:
  * ``pii_patterns`` (every language, Arabic included): e-mails, phone numbers checked
    with ``phonenumbers`` (regions MA and FR), CIN and case/file numbers;
  * the caller's known terms (names, venues) — always caught (:func:`known_spans`);
  * ``pii_rules``, context rules: titles (Mme, Dr, Mrs…), cues ("je m'appelle X", "mon amie X",
    "chez X", "my friend X"), venues and streets ("café Atlas", "quartier X"), and a first-name list;
  * spaCy NER, when the pipeline has one (:func:`ner_spans`);
  * ``pii_extra``: Arabic script, lowercase (SMS) names, nicknames, more ID numbers,
    villages, institutions named after people (never PER/LOC); ``pii_proper``: unknown
    capitalised words in English texts analysed without NER;
  * :func:`echo_spans`: other occurrences of names already found (used across a story's fields).
Every layer returns ``pii_span.Span``.
Big cities, countries and the organisation's own services are not personal data.
Overlaps are resolved deterministically: by layer priority, then longer span,
then earlier start.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import lru_cache

from . import pii_model
from .pii_arabic import AR_ADJECTIVE_NAMES, AR_COPULA, AR_PRONOUNS, AR_WORD_NAMES
from .pii_arabic_spans import ar_on_me_at, numbered_streets
from .pii_extra import extra_spans, institution_ranges
from .pii_initials import letter_ends_sentence
from .pii_lists import _STOP, BIG_PLACES, COUNTRIES, NATIONALITIES, ORG_VENUES
from .pii_patterns import _is_phone, free_phone, pattern_spans
from .pii_proper import _dictionary, in_french_name, leads_to_place, names_an_organisation, proper_noun_spans
from .pii_rules import (
    _AMBIGUOUS,
    _ARTICLE_BEFORE,
    _FIRST,
    _NOT_PERSONAL,
    _PLACE_PREPOSITION,
    _TITLE_SET,
    VENUE_RE,
    day_word_as_date,
    rule_spans,
)
from .pii_span import (
    LABELS,
    P_EMAIL,
    P_ID,
    P_KNOWN,
    P_LOC_RULE,
    P_MODEL,
    P_MODEL_SURE,
    P_NER,
    P_PER_RULE,
    P_PHONE,
    P_PROPER,
    Span,
)
from .text import fold

_EXTRA_PRIORITY = {"PER": P_PER_RULE, "LOC": P_LOC_RULE, "ID": P_ID, "PHONE": P_PHONE, "EMAIL": P_EMAIL}


_LETTER_DOT = re.compile(r"[A-ZÀ-Þ]\.[ ]")
_NOT_NAME_POS = {"VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "ADV", "INTJ"}


def ner_spans(doc, offset: int = 0) -> list[Span]:
    """PER and LOC entities of a spaCy Doc, filtered."""
    out = []
    if not doc.has_annotation("ENT_IOB"):
        return out
    for ent in doc.ents:
        if ent.label_ not in ("PER", "PERSON", "LOC", "GPE", "FAC"):
            continue
        toks = [t for t in ent]
        while toks and (not toks[-1].text[:1].isupper() or fold(toks[-1].text) in _NOT_PERSONAL):
            toks.pop()
        while toks and (not toks[0].text[:1].isupper() or fold(toks[0].text.rstrip(".")) in _NOT_PERSONAL
                        or (len(toks) > 1 and toks[0].pos_ in _NOT_NAME_POS)):
            toks.pop(0)  # "Appeler Karima": a sentence-initial verb is not part of the name
        if not toks or not any(t.pos_ == "PROPN" for t in toks):
            continue  # sentence-initial verbs and nouns mis-tagged as entities
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        text = doc.text[start:end]
        if _LETTER_DOT.match(text) and letter_ends_sentence(doc.text, start):
            continue  # "l'hépatite C. Positif": a letter ending one sentence and the word opening the next
        f = fold(text)
        if f in BIG_PLACES or f in _NOT_PERSONAL or (len(toks) == 1 and toks[0].is_stop):
            continue
        if not any(c.isalpha() for c in text) or text.isupper() and len(text) <= 5:
            continue  # acronyms (VIH, ALCS) are services or diseases, not people
        if f in NATIONALITIES or fold(toks[0].text) in NATIONALITIES:
            continue  # "Haïtienne", "Ivoirienne d'Abidjan": a nationality is neither a person nor a place of one
        if len(toks) == 1 and f not in _FIRST and f not in _AMBIGUOUS and _heading_word(doc.text, start, end, f):
            continue  # "Présentes :", "Respectueusement,": a heading or a closing word at a line's start
        label = "PER" if ent.label_ in ("PER", "PERSON") else "LOC"
        if label == "PER" and len(toks) == 1 and in_french_name(doc.text, start, end):
            continue  # "Médecins du Monde", "Maison des Femmes": one word of an organisation's name
        if label == "LOC" and (fold(toks[0].text) in _FIRST or fold(toks[0].text) in _AMBIGUOUS):
            label = "PER"  # sentence-initial first names are often tagged LOC
        elif label == "LOC" and _subject_of_verb(doc, toks):
            label = "PER"  # "Kiara a été refusée": a place is introduced by a preposition, not the subject of a verb
        elif (label == "PER" and " " not in text and toks[0].i > 0 and fold(doc[toks[0].i - 1].text) in _FROM_PLACE
              and fold(toks[0].text) not in _FIRST and fold(toks[0].text) not in _AMBIGUOUS):
            label = "LOC"  # "le bus depuis Daoudiate": after "depuis", "vers", "dans", an unknown word is a place
        elif (label == "PER" and " " not in text and fold(toks[0].text) not in _FIRST
              and fold(toks[0].text) not in _AMBIGUOUS and _lives_at(doc, toks[0].i)):
            label = "LOC"  # "elle vit à Saknia", "travaillé la nuit à Daoudiate": where she lives or works
        elif label == "LOC" and _joined_to_first_name(doc, toks):
            label = "PER"  # "la garde de Adam et Rayane": joined by "et" to a first name, a first name
        out.append(Span(start + offset, end + offset, label, P_NER))
    return out


def _heading_word(text: str, start: int, end: int, folded: str) -> bool:
    """A dictionary word opening a line and followed by a colon or a comma ("Présentes :", "Cordialement,")."""
    line_start = start == 0 or text[start - 1] == "\n"
    return line_start and text[end:end + 2].lstrip()[:1] in (":", ",") and (
        folded in _dictionary("fr") or folded in _dictionary("en"))


_PLACE_PREPS = {"a", "au", "aux", "en", "de", "du", "des", "d'", "dans", "vers", "pres", "depuis", "par", "sur", "in",
                "at", "to", "from", "near", "of", "via", "through", "into", "chez"}


def _subject_of_verb(doc, toks) -> bool:
    """One unknown word opening a sentence (or after "et"/"and") and followed by a verb: a person."""
    if len(toks) != 1:
        return False
    i = toks[0].i
    before = doc[i - 1] if i > 0 else None
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is None or after.pos_ not in ("AUX", "VERB"):
        return False
    return before is None or before.is_sent_start is None and before.text in ".!?\n" or before.text in (
        ".", "!", "?", "\n", ",", "et", "and", "mais", "but") and fold(before.text) not in _PLACE_PREPS


# Verbs of living, working, staying (lemmas): "à X" after them is where, not to whom ("née à Pellegrin": born in a
# hospital or a city, neither marked, so not birth).
_LIVE_LEMMAS = {"vivre", "habiter", "travailler", "installer", "grandir", "loger", "dormir", "rester",
                "résider", "resider", "déménager", "demenager", "arriver", "live", "work", "stay", "grow"}
# Surface forms whose lemma the tagger gets wrong ("vit" -> "voir").
_LIVE_LEMMAS |= {"vit", "vivait", "vivent", "vecu", "habite", "habitait", "habitent", "travaille", "travaillait", "loge",
                 "logeait", "dort", "dormait", "installee", "lives", "lived", "works", "worked", "stays", "stayed"}


def _lives_at(doc, i: int) -> bool:
    """The token *i* follows "à"/"in", itself within four words after a verb of living or working."""
    if i < 2 or fold(doc[i - 1].text) not in ("a", "in"):
        return False
    return any(t.lemma_.lower() in _LIVE_LEMMAS or fold(t.text) in _LIVE_LEMMAS for t in doc[max(0, i - 5):i - 1])


_AND = {"et", "and", "ou", "or", "w", "o"}
_FROM_PLACE = {"depuis", "vers", "dans", "pres", "via", "jusqu'a"}


def _joined_to_first_name(doc, toks) -> bool:
    """One word joined by "et"/"and" to a listed first name (either side): a person, as that name."""
    if len(toks) != 1:
        return False
    i = toks[0].i
    left = i >= 2 and fold(doc[i - 1].text) in _AND and fold(doc[i - 2].text) in _FIRST and doc[i - 2].text[:1].isupper()
    right = (i + 2 < len(doc) and (i == 0 or fold(doc[i - 1].text) not in _PLACE_PREPS) and fold(doc[i + 1].text) in _AND and fold(doc[i + 2].text) in _FIRST
             and doc[i + 2].text[:1].isupper())
    return left or right


@lru_cache(maxsize=256)
def _known_regex(terms: tuple[str, ...]):
    terms = tuple(t for t in terms if t and t.strip())
    if not terms:
        return None
    alts = "|".join(re.escape(t.strip()) for t in sorted(set(terms), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE)


def known_spans(text: str, known_terms: Iterable) -> list[Span]:
    """Spans of the caller's known names (PER) and venues (LOC).

    Items are strings (PER, or LOC when they start with a venue/street word) or
    ``(text, label)`` pairs.
    """
    labelled: dict[str, str] = {}
    for item in known_terms or ():
        if isinstance(item, str):
            term, label = item, ("LOC" if VENUE_RE.match(item) else "PER")
        else:
            term, label = item[0], item[1]
        if term and term.strip():
            labelled[term.strip().lower()] = label if label in LABELS else "PER"
    rx = _known_regex(tuple(sorted(labelled)))
    if rx is None:
        return []
    return [Span(m.start(), m.end(), labelled.get(m.group(0).lower(), "PER"), P_KNOWN) for m in rx.finditer(text)]


_PARTICLES = {"el", "al", "ben", "bent", "ibn", "ould", "ait", "de", "du", "la", "le", "des", "van", "von", "di", "da"}


def _echo_terms(surfaces: dict[str, str]) -> dict[str, str]:
    """Whole names and places, and the distinctive words of multi-word names."""
    terms: dict[str, str] = {}
    for surface, label in surfaces.items():
        surface = surface.strip()
        if len(surface) < 3:
            continue
        terms.setdefault(surface, label)
        if label != "PER":
            continue
        for word in re.findall(r"[^\W\d_][\w'-]*", surface):
            f = fold(word)
            if (len(word) >= 3 and f not in _PARTICLES and f not in _NOT_PERSONAL and f not in BIG_PLACES
                    and f not in _TITLE_SET and f not in _STOP):
                terms.setdefault(word, label)
    return terms


def echo_spans(text: str, surfaces: dict[str, str]) -> list[Span]:
    """Other occurrences of names and places already found (*surfaces*: {text: label}).

    A name is looked for whole and word by word ("Bennani" after "Fatima Bennani"), as written;
    first names of the lists also in any case and without accents ("fatima"), unless they are
    also common words ("Rose").
    """
    out = []
    for term, label in _echo_terms(surfaces).items():
        # Any case only for first names of the lists ("fatima" after "Fatima"); as written otherwise,
        # so that a word wrongly taken for a name ("Appelle") does not spread to "appelle".
        ambiguous = label != "PER" or fold(term) not in _FIRST or fold(term) in _AMBIGUOUS
        rx = re.compile(rf"(?<![\w-])(?<![\w]\w'){re.escape(term)}(?![\w-])", 0 if ambiguous else re.IGNORECASE)
        out += [Span(m.start(), m.end(), label, P_NER) for m in rx.finditer(text)
                if not (term in AR_WORD_NAMES and _ar_word_in_context(text, m.start(), m.end(), term))
                and not (label == "PER" and fold(term) in BIG_PLACES and _PLACE_BEFORE.search(text, 0, m.start()))
                and not (label == "PER" and _in_big_place(text, Span(m.start(), m.end(), label, P_NER)))
                and not (label == "PER" and (_ARTICLE_BEFORE.search(text, max(0, m.start() - 5), m.start())
                                             or m.group(0).islower() and not term.islower()
                                             and _DETERMINER_BEFORE.search(text, max(0, m.start() - 7), m.start())))
                and not (fold(term) in _IDIOM_AFTER and _IDIOM_AFTER[fold(term)].match(text, m.end()))
                and not day_word_as_date(text, m.start(), m.end())  # "a man called Sunday … every Sunday"
                and not (term == "علي" and ar_on_me_at(text, m.start()))]  # "كذب علي": "on me", not Ali
        if not ambiguous and not term.isascii():
            folded = fold(term)
            if len(folded) == len(term):  # accents left out: "Ines" for "Inès"
                rx = re.compile(rf"(?<![\w'-]){re.escape(folded)}(?![\w-])", re.IGNORECASE)
                out += [Span(m.start(), m.end(), label, P_NER) for m in rx.finditer(text)
                        if fold(m.group(0)) == folded]
    return out


# "Dounia … dans cette dounia": a lowercase echo of a name after a determiner is the common word ("the world").
_DETERMINER_BEFORE = re.compile(r"(?i:(?<![\w'])(?:cette|cet|ce|la|le|les|une|un|ma|ta|sa|mon|ton|son|du|des|l'|"
                                r"the|this|that|my|her|a) ?)$")
# "ma fille Grâce … Grâce à vous": a name that is also a word, inside the phrase that makes it a word.
_IDIOM_AFTER = {"grace": re.compile(r"[ ]+(?:à|au|aux)\b"), "faith": re.compile(r"[ ]+in\b"),
                "mercy": re.compile(r"[ ]+of\b"), "hope": re.compile(r"[ ]+(?:that|so|to)\b")}
# "son amie Paris … elle rêvait de Paris": a friend named after a city, the city itself after a preposition.
_PLACE_BEFORE = re.compile(r"(?i:\b(?:de|d'|à|a|en|au|pour|vers|in|to|from|of|at)[ ]?)$")
_AR_GREETING = re.compile(r" (?:ال)?(?:خير|نور)")  # "صباح الخير": good morning, not Sabah
# "وعندي أمل": what one has (hope, light) after "I have / she has", not the person named earlier.
_AR_HAVE = re.compile(r"(?<![\u0621-\u064a])[وف]?(?:عند|لد)(?:ي|ها|ه|و|نا|هم|كم) $")


def _ar_word_in_context(text: str, start: int, end: int, term: str) -> bool:
    """An Arabic first name that is also a word, where the words around make it the word: "حياة كريمة" (after a
    noun in ة), "صباح الخير", "عندي أمل", "كانت سعيدة"."""
    return (_after_feminine_noun(text, start) or bool(_AR_GREETING.match(text, end))
            or bool(_AR_HAVE.search(text, max(0, start - 8), start)) or _after_copula(text, start, term))


_AR_PREV_WORD = re.compile(r"([\u0621-\u064a]+) $")


def _after_copula(text: str, start: int, term: str = "") -> bool:
    """"لم تكن سعيدة" (she was not happy): a name that is also an adjective, right after a copula; "ودابا أنا
    سعيدة" (now I am happy): an adjective-name right after a subject pronoun."""
    prev = _AR_PREV_WORD.search(text, max(0, start - 10), start)
    if not prev:
        return False
    word = prev.group(1)
    pronoun = word in AR_PRONOUNS or word[:1] in "وف" and word[1:] in AR_PRONOUNS
    return word in AR_COPULA or pronoun and term in AR_ADJECTIVE_NAMES


def _after_feminine_noun(text: str, start: int) -> bool:
    """"بحياة كريمة" (a dignified life): a name that is also an adjective, right after a noun in ة."""
    return start >= 2 and text[start - 1] == " " and text[start - 2] == "ة"


def resolve(spans: Iterable[Span], text: str | None = None) -> list[Span]:
    """Keep non-overlapping spans: best priority, then longer, then earlier.

    With *text*, adjacent names are merged into one span."""
    chosen: list[Span] = []  # kept sorted by start; never overlapping, so only the neighbours can overlap
    starts: list[int] = []
    spans_sorted = sorted(set(spans), key=lambda s: (s.priority, -(s.end - s.start), s.start, s.label))
    for sp in spans_sorted:
        if sp.end <= sp.start:
            continue
        i = bisect.bisect_left(starts, sp.start)
        if (i and chosen[i - 1].end > sp.start) or (i < len(chosen) and chosen[i].start < sp.end):
            continue
        chosen.insert(i, sp)
        starts.insert(i, sp.start)
    if text is not None:
        chosen = _widen_names(chosen, spans_sorted, text)
    return _merge_names(chosen, text)


def _widen_names(chosen: list[Span], candidates: list[Span], text: str) -> list[Span]:
    """"Daniela Moreno": when one layer found the family name only and another the full name, the person is the
    full name (the extra words capitalised, on one line, touching no other span).

    *chosen* is sorted and never overlaps (so its ends are sorted too): the spans a candidate touches are found
    by bisection, and the pass stays linear in the length of the text."""
    out = list(chosen)
    ends = [o.end for o in out]

    def touching(start: int, end: int) -> range:
        first = bisect.bisect_right(ends, start)
        last = first
        while last < len(out) and out[last].start < end:
            last += 1
        return range(first, last)

    for sp in candidates:
        if sp.label != "PER":
            continue
        for k in touching(sp.start, sp.end):
            ch = out[k]
            if ch.label != "PER" or (sp.start >= ch.start and sp.end <= ch.end):
                continue
            start, end = min(sp.start, ch.start), max(sp.end, ch.end)
            extra = text[start:ch.start] + " " + text[ch.end:end]
            if "\n" in text[start:end] or not all(w[:1].isupper() for w in extra.split()):
                break
            if any(j != k for j in touching(start, end)):
                break
            out[k] = Span(start, end, "PER", ch.priority)
            ends[k] = end
            break
    return out


def _merge_names(spans: list[Span], text: str | None) -> list[Span]:
    """Two names separated by one space or hyphen are one person ("Fatima" + "Zahra Bennani")."""
    if text is None:
        return spans
    out: list[Span] = []
    for sp in spans:
        prev = out[-1] if out else None
        if (prev and prev.label == sp.label == "PER" and sp.start - prev.end == 1
                and text[prev.end] in " -"):
            out[-1] = Span(prev.start, sp.end, "PER", min(prev.priority, sp.priority))
        else:
            out.append(sp)
    return out


_LOCATED = re.compile(r"(?i:\b(?:de|du|d'|à|a|in|at|of))[ ]?$|(?:^|[ ])(?:ب|بـ|ف|فـ|في |ف )$")


def _located(span: Span, text: str) -> bool:
    """"centre de santé de Sidi Youssef Ben Ali": a neighbourhood or street found by a place rule after
    "de"/"of" inside an institution's name is where the institution is, a place of the person."""
    return span.label == "LOC" and span.priority == P_LOC_RULE and bool(_LOCATED.search(text, max(0, span.start - 4), span.start))


_DOCUMENT_CUE = re.compile(
    r"(?i:(?:\bn°|\bnº|\bno\.|\bdossier|\br[ée]c[ée]piss[ée]|\breceipt|\bcase|\bfile|\bref\.?|\br[ée]f[ée]rence|\bnhs|"
    r"s[ée]curit[ée] sociale|\ballocataire|\bpasse?port|\bcarte|\btitre|\bpermis|\bmatricule|\bcertifica\w*|"
    r"\battestation|\bagdref|\bu?nhcr|\bhcr|\bplainte|\bpv|\bcin|\bm[ée]dicale d'[ée]tat|\bame\b|\bcmu|\bvitale|"
    r"\bpuma|\bnum[ée]ro unique|ملف|البطاقة)[^\n.;]{0,24})$")
_PHONE_CUE = re.compile(r"(?i:t[ée]l|phone|portable|mobile|whats?app|appel|call|joindre|reach|text|sms|هاتف|تلفون|نمرة)")


# "passeport (n° 058213447)": right after "n°" a number starting with 0 is still the document's number.
_NUMBER_SIGN = re.compile(r"(?i:(?:\bn°|\bnº|\bno\.|\bnum[ée]ro(?: unique| d'enregistrement)?)[ ]?:?[ ]?)$")


_MULTIWORD_PLACES = {p for p in BIG_PLACES if " " in p}
_WORDS_AROUND = re.compile(r"[^\W\d_][\w'\-]*")


def _in_big_place(text: str, span: Span) -> bool:
    """"São Paulo", "Rio de Janeiro", "New York": a word of a city's several-word name is not a person."""
    before = _WORDS_AROUND.findall(text[max(0, span.start - 20):span.start])[-2:]
    after = _WORDS_AROUND.findall(text[span.end:span.end + 20])[:2]
    word = text[span.start:span.end]
    for i in range(len(before) + 1):
        for j in range(len(after) + 1):
            if (i or j) and fold(" ".join(before[len(before) - i:] + [word] + after[:j])) in _MULTIWORD_PLACES:
                return True
    return False


_LABEL_AFTER = re.compile(r"[ ]?:")
# "هدى من الله", "رحمة فقلبها", "حياة صعبة": a name-word followed by "from", "in" or an adjective in ة is the word.
_AR_WORD_AFTER = re.compile(r" (?:من|فـ?|في|ف[\u0621-\u064a]+ها|[\u0621-\u064a]+ة(?=[ .،,!؟]|$))")
_YEARS = re.compile(r"(?:19|20)\d\d[-–/](?:19|20)\d\d")
# The European harmonised numbers of social value (116 000, 116 006 for victims, 116 123 for emotional support):
# a free helpline, nobody's number.
_HARMONISED_116 = re.compile(r"116[ .]?\d{3}")
_LAW_BEFORE = re.compile(r"(?i:\b(?:loi|law|act|d[ée]cret|dahir|article|art\.|code|circulaire|directive)"
                         r"[ ]+(?:n[°o]\.?[ ]*)?)$")


PER_OVER_NER_PLACE = 0.5


def _model_priority(text: str, start: int, end: int, label: str, confidence: float, ner_places: list[Span]) -> int:
    """The priority of a span of the statistical recogniser: sure (it wins over spaCy's entities) from
    ``pii_model.SURE`` on, or for a person from ``PER_OVER_NER_PLACE`` on where spaCy saw a place no list knows;
    never over a place spaCy saw right after a place preposition ("travaillé à Akrich", "fled Gbarnga")."""
    contested = any(p.start < end and start < p.end for p in ner_places)
    if contested and _PLACE_PREPOSITION.search(text, max(0, start - 10), start):
        return P_MODEL
    if confidence >= pii_model.SURE:
        return P_MODEL_SURE
    unknown = not any(fold(w) in BIG_PLACES or fold(w) in COUNTRIES or fold(w) in NATIONALITIES
                      for w in _WORDS_AROUND.findall(text[start:end]))
    return P_MODEL_SURE if label == "PER" and confidence >= PER_OVER_NER_PLACE and contested and unknown else P_MODEL


def _model_span_ok(text: str, span: Span, confidence: float = 0.0) -> bool:
    """A span of the statistical recogniser that its words allow (``pii_model.plausible``) and that no rule
    knows to be something else: a big city or a word of one, an organisation, "علي" as "on me", a law's number, a
    range of years or a harmonised helpline (116 123), a thing after an indefinite article, a place after "fled" or "in"."""
    if not pii_model.plausible(text, span.start, span.end, span.label, confidence):
        return False
    if span.label == "ID":  # not "la loi 2016-274", "la période 2019-2021"
        return not (_YEARS.fullmatch(text, span.start, span.end) or _HARMONISED_116.fullmatch(text, span.start, span.end)
                    or _LAW_BEFORE.search(text, max(0, span.start - 20), span.start))
    # "un Fanta" (a thing after an indefinite article), "fled Gbarnga" (a place)
    if span.label == "PER" and (_ARTICLE_BEFORE.search(text, max(0, span.start - 5), span.start)
                                or leads_to_place(text, span.start)):
        return False
    if span.label == "PER" and confidence < pii_model.SURE and _LABEL_AFTER.match(text, span.end) and (
            span.start == 0 or text[span.start - 1] == "\n"):
        return False  # "Avis : …", "Suivi : …": a heading opening a line; speakers are found by their thread
    word = text[span.start:span.end]
    bare = word[1:] if word[:1] in "وفلب" and word[1:] in AR_WORD_NAMES else word
    if span.label == "PER" and bare in AR_WORD_NAMES and (
            _ar_word_in_context(text, span.start, span.end, bare) or _AR_WORD_AFTER.match(text, span.end)):
        return False  # "حياة كريمة", "صباح الخير", "عندي أمل", "كانت سعيدة", "هدى من الله": the word, not the name
    piece = fold(text[span.start:span.end])
    return not (piece in BIG_PLACES or _in_big_place(text, span) or names_an_organisation(text, span.start, span.end)
                or (text[span.start:span.end] == "علي" and ar_on_me_at(text, span.start)))


def _document_number(text: str, span: Span) -> bool:
    """A phone-shaped number without a phone prefix (+, 00, 0) right after a document's cue, with no phone cue."""
    before = text[max(0, span.start - 40):span.start]
    if text[span.start] in "+(" or text[span.start] == "0" and not _NUMBER_SIGN.search(before):
        return False
    m = _DOCUMENT_CUE.search(before)
    return bool(m) and not _PHONE_CUE.search(before[m.start():])


def detect_pii(text: str, known_terms=(), exclude=(), ner=(), docs_with_offsets=(), lang: str | None = None,
               has_ner: bool = True) -> list[Span]:
    """All personal-data spans of *text* (normalised).

    *lang* and *has_ner*: for an English text analysed without an NER model, unknown
    capitalised words mid-sentence are taken as names (see ``pii_proper``).
    *ner*: entity spans already taken from its Docs (see :func:`ner_spans`), or
    *docs_with_offsets*: the processed (doc, offset) chunks themselves.
    *exclude*: extra service names (the project, a clinic) that are never PER/LOC.
    """
    spans = pattern_spans(text) + rule_spans(text) + known_spans(text, known_terms) + list(ner)
    for doc, offset in docs_with_offsets:
        spans += ner_spans(doc, offset)
    spans += [Span(b, e, lab, _EXTRA_PRIORITY[lab]) for b, e, lab in extra_spans(text, _is_phone)]
    # The statistical recogniser (pii_model): its spans fill what no rule found (a rule's span wins an overlap).
    # A person the model leans to, where spaCy's small model saw a place in a word no list knows as one ("rencontré
    # Tian, qui traduit"), is a person: the model's span wins there from ``PER_OVER_NER_PLACE`` on.
    # Where spaCy saw a place right after a place preposition ("travaillé à Akrich"), the place stays.
    ner_places = [s for s in spans if s.priority == P_NER and s.label == "LOC"]
    spans += [Span(b, e, lab, _model_priority(text, b, e, lab, confidence, ner_places))
              for b, e, lab, confidence in pii_model.predict(text)
              if _model_span_ok(text, Span(b, e, lab, P_MODEL), confidence)]
    if lang == "en" and not has_ner:
        spans += [Span(b, e, lab, P_PROPER) for b, e, lab in proper_noun_spans(text, lang)]
    # "le numéro vert 0 800 840 800": a free-phone helpline is nobody's number.
    spans = [s for s in spans if s.label != "PHONE" or not free_phone(text[s.start:s.end])]
    # "récépissé n° 33 0912 7745": digits after a document's cue, with no phone prefix, are the document's number.
    spans = [Span(s.start, s.end, "ID", P_ID) if s.label == "PHONE" and _document_number(text, s) else s for s in spans]
    # "numéro : 0661 23 45 09": a number cue takes the first group for an ID; the whole is a phone number.
    phones = [s for s in spans if s.label == "PHONE"]
    if phones:
        spans = [s for s in spans if s.label != "ID" or not any(
            p.start <= s.start and s.end <= p.end and p.end - p.start > s.end - s.start for p in phones)]
    spans = [s for s in spans if s.label != "PER" or s.priority == P_KNOWN or " " in text[s.start:s.end]
             or not _in_big_place(text, s)]
    # "at the Queen Elizabeth", "outside the Hope and Anchor": after "the", a first name names a hospital or a pub
    # (not "the Okafor family", "the Smith sisters")
    spans = [s for s in spans if s.label != "PER" or s.priority == P_KNOWN or not _after_the(text, s)]
    charities = [m.span() for m in _ORG_VENUE_RE.finditer(text)]
    if charities:  # "aux Restos du Cœur": a charity named like a venue, no place
        spans = [s for s in spans if s.label != "LOC" or not any(s.start < e and b < s.end for b, e in charities)]
    streets = numbered_streets(text) if "رقم" in text else []
    if streets:  # "زنقة 4 رقم 22": the house number of an address, not an ID after رقم
        spans = [s for s in spans if s.label != "ID" or not any(b <= s.start and s.end <= e for b, e in streets)]
    # A name inside an institution's name ("hôpital Ibn Rochd") is not a person nor a place of one.
    inst = institution_ranges(text)
    if inst:  # inside one, or starting inside one and running on ("lycée Victor Hugo de Marrakech")
        spans = [s for s in spans if s.label not in ("PER", "LOC") or s.priority == P_KNOWN
                 or not any(b <= s.start < e for b, e in inst) or _located(s, text)]
    if exclude:
        rx = _known_regex(tuple(sorted(exclude)))
        blocked = [(m.start(), m.end()) for m in rx.finditer(text)] if rx else []
        spans = [s for s in spans if s.label not in ("PER", "LOC") or s.priority == P_KNOWN
                 or not any(s.start < e and b < s.end for b, e in blocked)]
    # A name or a place never runs over a line break ("Nom : Mbaye\nPrénom : …"): it ends with its line.
    spans = [_cut_at_line(s, text) if s.label in ("PER", "LOC") else s for s in spans]
    return resolve([s for s in spans if s.end > s.start], text)


_ORG_VENUE_RE = re.compile(ORG_VENUES)
_TITLE_WORDS = {"mr", "mrs", "ms", "miss", "dr", "doctor", "sister", "auntie", "aunty", "uncle", "pc", "dc", "sergeant",
                "reverend", "rev", "pastor", "imam", "nurse", "lady", "lord", "sir", "madam", "mama", "papa"}
_THE_BEFORE = re.compile(r"(?:^|[^\w])[Tt]he[ ]+(?:[A-Z][\w'-]*[ ]+){0,2}$")
_GROUP_AFTER = re.compile(r"(?:'s)?[ ]+(?:family|families|household|children|kids|girls|boys|sisters|brothers|twins|"
                          r"siblings|women|couple|case|cases|file|files)\b")


def _after_the(text: str, span: Span) -> bool:
    """A person's span right after "the" (and up to two capitalised words): the name of a place or a thing, unless
    a group of people follows ("the Okafor family")."""
    m = _THE_BEFORE.search(text, max(0, span.start - 40), span.start)
    if not m or _GROUP_AFTER.match(text, span.end):
        return False
    between = {fold(w).rstrip(".") for w in text[m.start():span.start].split()}
    return not (_TITLE_WORDS & between or NATIONALITIES & between)  # "the Dr Ibekwe", "the Nigerian Blessing"


def _cut_at_line(span: Span, text: str) -> Span:
    cut = text.find("\n", span.start, span.end)
    if cut < 0:
        return span
    return Span(span.start, len(text[span.start:cut].rstrip()) + span.start, span.label, span.priority)
