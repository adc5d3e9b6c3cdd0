"""Personal-data detection: PER, LOC, PHONE, EMAIL, ID.

Layers, all returning character spans on the (length-preserving) normalised text:
  * patterns (every language, Arabic included): e-mails, phone numbers checked
    with ``phonenumbers`` (regions MA and FR), CIN and case/file numbers;
  * the caller's known terms (names, venues) — always caught;
  * context rules: titles (Mme, Dr, Mrs…), cues ("je m'appelle X", "mon amie X",
    "chez X", "my friend X"), venues and streets ("café Atlas", "quartier X");
  * spaCy NER (when the pipeline has one) and a first-name list;
  * ``pii_extra``: Arabic script, lowercase (SMS) names, nicknames, more ID numbers,
    villages, institutions named after people (never PER/LOC); ``pii_proper``: unknown
    capitalised words in English texts analysed without NER;
  * :func:`echo_spans`: other occurrences of names already found (used across a story's fields).
Big cities, countries and the organisation's own services are not personal data.
Overlaps are resolved deterministically: by layer priority, then longer span,
then earlier start.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

import phonenumbers

from .pii_context import name_spans, place_spans
from .pii_extra import extra_spans, institution_ranges
from .pii_lists import _STOP, AMBIGUOUS_NAMES, BIG_PLACES, FIRST_NAMES, NOT_PERSONAL
from .pii_proper import proper_noun_spans
from .text import fold

LABELS = ("PER", "LOC", "PHONE", "EMAIL", "ID")
PHONE_REGIONS = ("MA", "FR", "GB", "NG", "ES", "IT", "BE")
_FIRST = {fold(n) for n in FIRST_NAMES}
_NOT_PERSONAL = {fold(n) for n in NOT_PERSONAL}

# Priorities: lower wins an overlap.
P_EMAIL, P_ID, P_PHONE, P_KNOWN, P_LOC_RULE, P_PER_RULE, P_NER, P_GAZ = range(8)
_EXTRA_PRIORITY = {"PER": P_PER_RULE, "LOC": P_LOC_RULE, "ID": P_ID, "PHONE": P_PHONE, "EMAIL": P_EMAIL}


class Span(NamedTuple):
    start: int
    end: int
    label: str
    priority: int = P_NER


_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zà-öø-ÿ"
_NAME = rf"[{_UP}][{_LOW}]+(?:[-'][{_UP}][{_LOW}]+)?"
_PART = r"(?:el|al|ben|bent|ibn|ould|ait|de|du|d'|la|le|el-|al-)"
FULLNAME = rf"{_NAME}(?:[ ]+(?:{_PART}[ ]+)?{_NAME}){{0,2}}"

EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}\b")
PHONE_RE = re.compile(r"(?<![\w+])(?:\+|00)?\(?\d[\d \t.\-()]{6,22}\d(?!\w)")
_DATE = re.compile(r"^\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}$")
_ID_KEY = (r"(?:dossiers?|plaintes?|affaires?|proc[eè]s[- ]verbal|pv|requ[eê]te|r[ée]f[ée]rence|r[ée]f\.?|"
           r"files?|cases?|complaints?|records?|reports?|passeport|passport|carte\s+de\s+s[ée]jour|"
           r"titre\s+de\s+s[ée]jour|permis|matricule|رقم|ملف)")
_MARK = r"(?:n°|nº|n\s?o\.?|no\.?|num[ée]ro|number|num\.?|#|:)"
_ID_VAL = r"([A-Z]{0,4}[-/]?\d[\w/\-]*\d|\d{3,})"
ID_RES = [
    # CIN with context, any case: "CIN: AB 12345", "carte d'identité n° BE123456"
    re.compile(rf"(?i:\b(?:C\.?I\.?N\.?|carte\s+(?:nationale\s+)?d'identit[ée](?:\s+nationale)?|national\s+id(?:\s+card)?|id\s+card|بطاقة)"
               rf"(?:\s+(?:{_MARK}|is|est|number|num[ée]ro))*\s*[:.]?\s*)([A-Za-z]{{1,2}}[ -]?\d{{4,7}})\b"),
    re.compile(rf"\b(?:ID|my\s+id|mon\s+ID)(?:\s+(?:{_MARK}|is|number))*\s*[:.]?\s*([A-Za-z]{{1,2}}[ -]?\d{{4,7}})\b"),
    # bare Moroccan CIN: "BE123456"
    re.compile(r"\b([A-Z]{1,2}\d{5,7})\b"),
    # case / file numbers: "dossier n° 2024/117", "file no. 117/2024", "case #2023-45"
    re.compile(rf"(?i:\b{_ID_KEY}(?:\s+[\w']+){{0,3}}?\s*{_MARK}?\s*[:.]?\s*){_ID_VAL}"),
    re.compile(r"(?i:(?<!\w)(?:n°|nº)\s*)(\d+(?:[/\-][A-Za-z0-9]+)+)\b"),
]

_TITLES = (r"Mme|Mmes|Mlle|Madame|Mademoiselle|Monsieur|M\.|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Docteure?|Doctor|"
           r"Maître|Ma[iî]tre|Me|Pr\.?|Professeure?|Hajja|Hadja|Haja|Hadj|Haj|Lalla|Si|Sister|Tata|Tonton|Tante|"
           r"Sœur|Soeur|Auntie|Aunty|Aunt|Uncle|Mama|Mamma|Khalti|Pastor|Imam|Cheikh")
TITLE_RE = re.compile(rf"\b(?:{_TITLES})[ ]+({FULLNAME})")
_CUES_FR = (r"je m'appelle|elle s'appelle|il s'appelle|s'appelait|s'appelle|appel[ée]e?|nomm[ée]e?|surnomm[ée]e?|"
            r"pr[ée]nomm[ée]e?|dite|mon amie?|ma copine|mon copain|ma s(?:œ|oe)ur|mon fr[èe]re|ma m[èe]re|mon p[èe]re|"
            r"ma fille|mon fils|mon (?:ex-)?mari|mon ex|mon conjoint|mon compagnon|ma voisine|mon voisin|ma cousine|"
            r"mon cousin|ma tante|mon oncle|ma coll[èe]gue|mon patron|ma patronne|mon employeur|ma belle-m[èe]re|"
            r"la paire[- ][ée]ducatrice|l'assistante sociale|la psychologue|l'avocate?|mon avocate?|le client|"
            r"un client|chez|avec|amie|ami|cousine|voisine|voisin|fille|s(?:œ|oe)ur|fr[èe]re|tante|ni[èe]ce|coll[èe]gue|"
            r"patronne|proxén[èe]te|copine|m[ée]diatrice|[ée]ducatrice|juriste|infirmi[èe]re|colocataire|"
            r"d[ée]nomm[ée]e?|une certaine|un certain|appelle|appellent|appelait|appelaient|alias|"
            r"fils|mari|m[èe]re|p[èe]re|copain|compagnon|conjoint|oncle|cousin|neveu|b[ée]b[ée]|logeuse|logeur|"
            r"propri[ée]taire|bailleur|r[ée]f[ée]rente?|b[ée]n[ée]vole|interpr[èe]te|avocate?|juge|policier|"
            r"m[ée]decin|gyn[ée]cologue|sage-femme|intervenante?|animatrice|coordinatrice|travailleuse sociale")
_CUES_EN = (r"my name is|her name is|his name is|i am called|i'm called|called|named|nicknamed|known as|"
            r"my friend|my (?:best )?friend|my sister|my brother|my mother|my father|my daughter|my son|"
            r"my (?:ex-)?husband|my ex|my partner|my boyfriend|my neighbou?r|my cousin|my aunt|my uncle|"
            r"my colleague|my boss|my lawyer|the peer educator|the social worker|the psychologist|the lawyer|"
            r"a client|the client|with|friend|sister|cousin|neighbou?r|daughter|niece|aunt|colleague|roommate|"
            r"flatmate|pimp|madam|boss|teacher|nurse|a certain|calls her|call her|call me|goes by|aka|"
            r"knows her as|know her as|knew her as|son|husband|wife|boyfriend|girlfriend|mother|father|brother|"
            r"uncle|grandmother|grandma|landlord|landlady|caseworker|counsell?or|counselor|volunteer|officer|"
            r"interpreter|manager|employer|doctor|midwife|judge|support worker|mentor|advocate")
CUE_RE = re.compile(rf"(?i:\b(?:{_CUES_FR}|{_CUES_EN}))[ ,]+({FULLNAME})")

_VENUES = (r"caf[ée]|bar|h[ôo]tel|club|restaurant|cabaret|riad|snack|discoth[èe]que|bo[îi]te|salon|"
           r"r[ée]sidence|immeuble|march[ée]|souk|hammam|parc|jardin|pub|night-club|nightclub|lounge|motel|"
           r"hostel|foyer|auberge|pension")
_STREETS = (r"rue|avenue|av\.|boulevard|bd|place|impasse|all[ée]e|route|chemin|derb|zankat|zenqa|quartier|hay|"
            r"quai|cours|parking|square|passage|esplanade|rond-point|porte|arrondissement|bab|a[iï]n|sidi|"
            r"cit[ée]|douar|lotissement|bloc|secteur|village|kasbah|m[ée]dina de|neighbou?rhood|district|"
            r"street|road")
_ART = r"(?:(?:de la|de l'|des|du|de|d'|el|al|le|la|les|l'|the|of)[ ]*)?"
_PLACE_NAME = rf"(?:[{_UP}0-9][\w'\-]*)(?:[ ]+(?:(?:de|du|des|el|al|ben|la|le)[ ]+)?[{_UP}][\w'\-]*){{0,3}}"
VENUE_RE = re.compile(rf"(?:\b\d{{1,4}},?[ ]+)?(?i:\b(?:{_VENUES}|{_STREETS}))[ ]+{_ART}{_PLACE_NAME}")
# Streets abroad, capitalised (women who came through Italy or Spain): "Via Domitiana", "Calle Mayor".
FOREIGN_STREET_RE = re.compile(rf"\b(?:Via|Viale|Corso|Piazza|Calle|Plaza|Rua|Avenida|Strada)[ ]+{_ART}{_PLACE_NAME}")
SUFFIX_PLACE_RE = re.compile(
    rf"\b(?:[{_UP}][\w'\-]*[ ]+){{1,3}}(?:Street|St\.|Road|Rd\.?|Avenue|Ave\.?|Boulevard|Square|Lane|Hotel|Bar|"
    rf"Caf[ée]|Club|Market|Park|Station|neighbou?rhood|district)\b")
# First names that are also common words: a name only mid-sentence or before a verb.
_AMBIGUOUS = {fold(n) for n in AMBIGUOUS_NAMES}
_NAME_VERBS = (r"was|is|had|has|says|said|told|tells|used|uses|went|goes|came|comes|lives|lived|works|worked|"
               r"started|got|found|met|left|arrived|asked|wants|wanted|can|could|would|will|did|does|explains|"
               r"explained|decided|called|est|était|avait|a|dit|raconte|explique|vit|travaille|vient|voulait")
AMBIGUOUS_NAME_RE = re.compile(rf"(?:(?<=[a-zà-ÿ,] )({_NAME})\b|({_NAME})(?= (?:{_NAME_VERBS})\b|'s\b|,? (?:who|qui)\b|, \d{{1,2}}\b))")
CAP_WORD_RE = re.compile(rf"\b{_NAME}\b")
_FOLLOW_CAP = re.compile(rf"(?:[ ]+(?:{_PART}[ ]+)?{_NAME}){{1,2}}")


def pattern_spans(text: str) -> list[Span]:
    """E-mails, phone numbers and ID numbers (language-independent)."""
    spans = [Span(m.start(), m.end(), "EMAIL", P_EMAIL) for m in EMAIL_RE.finditer(text)]
    spans += _phones(text)
    for k, rx in enumerate(ID_RES):
        for m in rx.finditer(text):
            val = m.group(1)
            if not _id_like(val):
                continue
            if k >= 3 and _PHONE_LIKE.match(val) and _is_phone(val) and not _DOC_CUE.search(m.group(0)):
                continue  # "رقم 0661234598", "file number 06…": a phone number after a generic cue
            spans.append(Span(m.start(1), m.end(1), "ID", P_ID))
    return list(dict.fromkeys(spans))


_YEAR = re.compile(r"^(?:19|20)\d\d$")
_DOC_CUE = re.compile(r"(?i:s[ée]jour|agdref|[ée]tranger|passe?port|r[ée]c[ée]piss[ée]|permis|matricule)")
_PHONE_LIKE = re.compile(r"^(?:\+|00|0)[\d \-.]{8,}$")


def _id_like(val: str) -> bool:
    """An identifier has >= 3 digits and is neither a date nor a bare year."""
    digits = sum(c.isdigit() for c in val)
    if digits < 3 or _DATE.match(val) or _YEAR.match(val):
        return False
    return digits >= 4 or any(c in "/-" for c in val) or any(c.isalpha() for c in val)


def _phones(text: str) -> list[Span]:
    out = []
    for m in PHONE_RE.finditer(text):
        cand, start = m.group(0), m.start()
        # Trim trailing groups until the candidate parses (e.g. "0612345678 12 fois").
        while cand:
            digits = sum(c.isdigit() for c in cand)
            if digits < 8:
                break
            if 9 <= digits <= 15 and _is_phone(cand):
                lead = len(cand) - len(cand.lstrip("( "))
                end = start + len(cand.rstrip(" .-(\t"))
                out.append(Span(start + lead, end, "PHONE", P_PHONE))
                break
            cut = max(cand.rstrip().rfind(" "), cand.rstrip().rfind("."), cand.rstrip().rfind("-"))
            if cut <= 0:
                break
            cand = cand[:cut]
    return out


@lru_cache(maxsize=4096)
def _is_phone(cand: str) -> bool:
    if _DATE.match(cand.strip()):
        return False
    for region in PHONE_REGIONS:
        try:
            num = phonenumbers.parse(cand, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_possible_number(num):
            return True
    return False


def _ok_name(s: str) -> bool:
    f = fold(s)
    if f in _NOT_PERSONAL or f in BIG_PLACES:
        return False
    return not all(w in _NOT_PERSONAL or w in BIG_PLACES for w in f.split())


_EXPANSIONS = ((re.compile(r"\(\?:([^()]*)\)\?"), lambda m: ["", m.group(1)]),
               (re.compile(r"\(\?:([^()]*)\)"), lambda m: m.group(1).split("|")),
               (re.compile(r"\[([^\]]+)\]"), lambda m: list(m.group(1))),
               (re.compile(r"(\w|\.)\?"), lambda m: ["", m.group(1)]))


def _phrases(alternation: str) -> set[str]:
    """Expand the simple regex alternations of cue words into folded phrases."""
    todo, out = [a for a in re.split(r"\|(?![^(]*\))", alternation)], set()
    while todo:
        v = todo.pop()
        for rx, opts in _EXPANSIONS:
            m = rx.search(v)
            if m:
                todo.extend(v[:m.start()] + o + v[m.end():] for o in opts(m))
                break
        else:
            v = v.replace("\\", "")
            if v:
                out.add(fold(v))
    return out


_TITLE_SET = _phrases(_TITLES)
_CASED_TITLES = {"me", "si", "mama", "mamma", "aunt", "uncle", "sister", "imam", "pastor", "tante", "tata"}
_CUE_SET = _phrases(_CUES_FR) | _phrases(_CUES_EN)
_VENUE_SET = _phrases(_VENUES) | _phrases(_STREETS)
_ART_SET = {"de", "la", "de la", "de l'", "des", "du", "d'", "el", "al", "le", "les", "l'", "the", "of"}
# Last word of every cue, title, venue and article: a cheap first filter.
_LAST_WORDS = {p.split(" ")[-1] for p in _TITLE_SET | _CUE_SET | _VENUE_SET | _ART_SET}
_LAST_WORDS |= {w.split("'")[-1] for w in _LAST_WORDS if "'" in w}
_FULLNAME_RE = re.compile(FULLNAME)
_PLACE_NAME_RE = re.compile(_PLACE_NAME)
_CAP_START = re.compile(rf"[{_UP}]")
_TAIL_WORDS = re.compile(r"[^\s,]+")
_BEFORE_CAP = " ,«\"“'‘"  # a cue may be followed by a quoted nickname: l'appelle « Kiki »
_HOUSE_NO = re.compile(r"(\d{1,4}),?[ ]+$")


def _tail(text: str, p: int) -> list[tuple[int, str]]:
    """The last (up to 4) words before position *p*, as (start, folded word)."""
    window_start = max(0, p - 48)
    return [(m.start(), fold(m.group(0))) for m in _TAIL_WORDS.finditer(text, window_start, p)][-4:]


def _ends_with(words: list[tuple[int, str]], phrases: set[str]) -> int | None:
    """Start offset of the longest trailing phrase of *words* found in *phrases*."""
    for k in range(min(4, len(words)), 0, -1):
        if " ".join(w for _, w in words[-k:]) in phrases:
            return words[-k][0]
    return None


def _split_apostrophe(words):
    # "l'assistante" / "d'Or" come as one word: split the elided article off.
    out = []
    for start, w in words:
        if len(w) > 2 and w[1] == "'" and w[0] in "ldmsjnc":
            out.append((start, w[:2]))
            out.append((start + 2, w[2:]))
        else:
            out.append((start, w))
    return out


def rule_spans(text: str) -> list[Span]:
    """Titles, cues, venues/streets and the first-name list.

    Context rules are only tried where a capitalised word starts, looking back
    at a short window: scanning every position with large alternations is slow.
    """
    spans = []
    for cap in _CAP_START.finditer(text):
        p = cap.start()
        if not p or text[p - 1] not in _BEFORE_CAP or (text[p - 1] == "'" and p > 1 and text[p - 2] != " "):
            continue
        q = p - 1
        while q > 0 and text[q - 1] in _BEFORE_CAP:
            q -= 1
        prev = fold(text[max(text.rfind(" ", 0, q), text.rfind("'", 0, q)) + 1:q])
        if prev not in _LAST_WORDS:
            continue
        words = _tail(text, q)
        if not words:
            continue
        tstart = _ends_with(words, _TITLE_SET)
        if tstart is not None and fold(text[tstart:q].strip()) in _CASED_TITLES and not text[tstart].isupper():
            tstart = None  # "gave me PrEP", "si Marrakech": these titles are written with a capital
        if tstart is not None or _ends_with(_split_apostrophe(words), _CUE_SET) is not None:
            m = _FULLNAME_RE.match(text, p)
            if m and m.end() < len(text) and text[m.end()].isalnum():
                m = None  # "PrEP", "McDonald": not a name of this shape
            if m:
                name = _trim_name(m.group(0))
                if name and _ok_name(name) and fold(name) not in _STOP:
                    spans.append(Span(p, p + len(name), "PER", P_PER_RULE))
        sw = _split_apostrophe(words)
        while sw and sw[-1][1] in _ART_SET:
            sw = sw[:-1]
        vstart = _ends_with(sw, _VENUE_SET) if sw else None
        if vstart is not None:
            m = _PLACE_NAME_RE.match(text, p)
            if m:
                h = _HOUSE_NO.search(text, max(0, vstart - 7), vstart)
                start = h.start() if h else vstart
                s = text[start:m.end()].rstrip(" '-")
                if _ok_place(fold(text[vstart:m.end()]).split()):
                    spans.append(Span(start, start + len(s), "LOC", P_LOC_RULE))
    for m in FOREIGN_STREET_RE.finditer(text):
        if _ok_place(fold(m.group(0)).split()):
            spans.append(Span(m.start(), m.end(), "LOC", P_LOC_RULE))
    for m in SUFFIX_PLACE_RE.finditer(text):
        s = m.group(0).rstrip(" '-")
        if _ok_place(fold(s).split()):
            spans.append(Span(m.start(), m.start() + len(s), "LOC", P_LOC_RULE))
    for m in AMBIGUOUS_NAME_RE.finditer(text):
        g = 1 if m.group(1) else 2
        if fold(m.group(g)) in _AMBIGUOUS:
            spans.append(Span(m.start(g), m.end(g), "PER", P_GAZ))
    for m in CAP_WORD_RE.finditer(text):
        f = fold(m.group(0))
        if f in _FIRST or ("-" in f and any(p in _FIRST for p in f.split("-"))):
            end = m.end()
            f = _FOLLOW_CAP.match(text, end)
            if f and _ok_name(f.group(0)) and not any(fold(w) in BIG_PLACES for w in f.group(0).split()):
                end = f.end()
            spans.append(Span(m.start(), end, "PER", P_GAZ))
    spans += [Span(s, e, lab, P_PER_RULE if lab == "PER" else P_LOC_RULE) for s, e, lab in name_spans(text)]
    spans += [Span(s, e, lab, P_LOC_RULE) for s, e, lab in place_spans(text)]
    return spans


def _trim_name(name: str) -> str:
    words = name.split(" ")
    while words and (fold(words[-1]) in _NOT_PERSONAL or fold(words[-1]) in BIG_PLACES):
        words.pop()
    return " ".join(words)


def _ok_place(words: list[str]) -> bool:
    # The last capitalised part must not be a big city or the organisation itself.
    rest = " ".join(words[1:])
    return bool(rest) and rest not in BIG_PLACES and rest not in _NOT_PERSONAL and words[-1] not in _NOT_PERSONAL


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
        f = fold(text)
        if f in BIG_PLACES or f in _NOT_PERSONAL or (len(toks) == 1 and toks[0].is_stop):
            continue
        if not any(c.isalpha() for c in text) or text.isupper() and len(text) <= 5:
            continue  # acronyms (VIH, ALCS) are services or diseases, not people
        label = "PER" if ent.label_ in ("PER", "PERSON") else "LOC"
        if label == "LOC" and (fold(toks[0].text) in _FIRST or fold(toks[0].text) in _AMBIGUOUS):
            label = "PER"  # sentence-initial first names are often tagged LOC
        out.append(Span(start + offset, end + offset, label, P_NER))
    return out


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
        rx = re.compile(rf"(?<![\w'-]){re.escape(term)}(?![\w-])", 0 if ambiguous else re.IGNORECASE)
        out += [Span(m.start(), m.end(), label, P_NER) for m in rx.finditer(text)]
        if not ambiguous and not term.isascii():
            folded = fold(term)
            if len(folded) == len(term):  # accents left out: "Ines" for "Inès"
                rx = re.compile(rf"(?<![\w'-]){re.escape(folded)}(?![\w-])", re.IGNORECASE)
                out += [Span(m.start(), m.end(), label, P_NER) for m in rx.finditer(text)
                        if fold(m.group(0)) == folded]
    return out


def resolve(spans: Iterable[Span], text: str | None = None) -> list[Span]:
    """Keep non-overlapping spans: best priority, then longer, then earlier.

    With *text*, adjacent names are merged into one span."""
    chosen: list[Span] = []
    for sp in sorted(set(spans), key=lambda s: (s.priority, -(s.end - s.start), s.start, s.label)):
        if sp.end <= sp.start:
            continue
        if all(sp.end <= c.start or sp.start >= c.end for c in chosen):
            chosen.append(sp)
    return _merge_names(sorted(chosen, key=lambda s: (s.start, s.end)), text)


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
    if lang == "en" and not has_ner:
        spans += [Span(b, e, lab, P_GAZ + 1) for b, e, lab in proper_noun_spans(text, lang)]
    # A name inside an institution's name ("hôpital Ibn Rochd") is not a person nor a place of one.
    inst = institution_ranges(text)
    if inst:
        spans = [s for s in spans if s.label not in ("PER", "LOC") or s.priority == P_KNOWN
                 or not any(b <= s.start and s.end <= e for b, e in inst)]
    if exclude:
        rx = _known_regex(tuple(sorted(exclude)))
        blocked = [(m.start(), m.end()) for m in rx.finditer(text)] if rx else []
        spans = [s for s in spans if s.label not in ("PER", "LOC") or s.priority == P_KNOWN
                 or not any(s.start < e and b < s.end for b, e in blocked)]
    return resolve(spans, text)
