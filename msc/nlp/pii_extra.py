"""More personal-data rules (used by pii.py), each general, not tuned to one story:

  * Arabic script: first names from a list (pii_arabic), names after a cue or title
    (اسمي، سميتي، السيدة، لالة، صاحبتي…), places after a place word (حي، دوار، زنقة، شارع…);
  * names written in lowercase (SMS/WhatsApp register, Darija in Latin letters) after a
    cue ("moi c sabrina", "smiti hafida", "my friend joy"): a first name of the lists that
    is not also a common French or English word;
  * short reduplicated nicknames ("Titi", "Zizou") written with a capital;
  * ID numbers: CIN written with a space ("BK 482913"), 10-digit French residence-permit
    (AGDREF) numbers, UNHCR case and certificate numbers, numbers after "numéro", "n°",
    "number", "رقم" (receipts, files), unless they are phone numbers;
  * the places people come from ("originaire du village de Tidili", "grew up in Ogbe");
  * institutions named after people ("hôpital Ibn Rochd", "lycée Ibn Khaldoun",
    "مستشفى ابن طفيل"): :func:`institution_ranges` — a name there is not a person.

Each function returns ``(start, end, label)`` triples on the normalised text.
"""
from __future__ import annotations

import re

from .pii_arabic import (
    AR_BIG_PLACES,
    AR_FIRST_NAMES,
    AR_KIN_CUES,
    AR_NAME_CUES,
    AR_NEIGHBOURHOODS,
    AR_PLACE_WORDS,
    AR_STOP,
    AR_WORD_NAMES,
)
from .pii_lists import _STOP, AMBIGUOUS_NAMES, BIG_PLACES, FIRST_NAMES, NOT_PERSONAL
from .pii_names import COMMON_WORD_NAMES
from .text import fold

# ---------------------------------------------------------------- Arabic script
_AR = "\u0621-\u064a\u0671-\u06d3\u06a9\u06af\u06cc"
_AR_TOKEN = re.compile(rf"[{_AR}\u064b-\u065f\u0640]+")
_PREFIXES = ("و", "ف", "ب", "ل", "ك")  # and, so, with, to, like (attached to the next word)


_HOODS_BY_FIRST: dict[str, list[str]] = {}
for _h in sorted(AR_NEIGHBOURHOODS, key=len, reverse=True):
    _HOODS_BY_FIRST.setdefault(_h.split()[0], []).append(_h)


def _ar_clean(word: str) -> str:
    return re.sub("[\u064b-\u065f\u0640]", "", word)  # harakat and tatweel


def _raw_index(raw: str, k: int) -> int:
    """Index in *raw* of its k-th letter once harakat and tatweel are left out."""
    seen = 0
    for i, c in enumerate(raw):
        if re.match("[\u064b-\u065f\u0640]", c):
            continue
        if seen == k:
            return i
        seen += 1
    return len(raw)


def _ar_name(word: str) -> tuple[int, str] | None:
    """(prefix length, name) when *word* is a first name of the list, maybe after a prefix."""
    w = _ar_clean(word)
    if w in AR_FIRST_NAMES:
        return 0, w
    if len(w) > 3 and w[0] in _PREFIXES and w[1:] in AR_FIRST_NAMES:
        return 1, w[1:]
    return None


def _ar_verbish(word: str) -> bool:
    """Darija/Arabic words that cannot start a name: "and/so + word" ("وعطاوني") or a Darija
    present-tense verb ("كيعاملنا", "كتخدم"), unless the word is a first name of the list."""
    if word in AR_FIRST_NAMES or word in AR_WORD_NAMES:
        return False
    if len(word) > 3 and word[0] in "وف" and word[1:] not in AR_FIRST_NAMES:
        return True
    return len(word) >= 5 and word[:2] in ("كي", "كا", "كن", "كت", "غا", "تي")


def _ar_surname(word: str) -> bool:
    """A word that can follow a first name as part of the name: another first name, "ال…"/"بن…"
    family names, or a nisba ("بناني", "التازي")."""
    if word in AR_STOP or word in AR_BIG_PLACES or _ar_verbish(word) or len(word) < 3:
        return False
    return (word in AR_FIRST_NAMES or word.startswith(("ال", "بن", "بنت", "ابن", "أبو", "ابو", "ولد", "آيت", "ايت"))
            or (len(word) >= 4 and word.endswith("ي")))


def _ar_name_end(text: str, toks: list, k: int) -> int:
    """End of the name whose first word is toks[k], with up to two more name words."""
    end, j = toks[k][1], k + 1
    while j < len(toks) and j <= k + 2 and text[toks[j - 1][1]:toks[j][0]] == " " and _ar_surname(toks[j][2]):
        end, j = toks[j][1], j + 1
    return end


def arabic_spans(text: str) -> list[tuple[int, int, str]]:
    out = []
    toks = [(m.start(), m.end(), _ar_clean(m.group(0))) for m in _AR_TOKEN.finditer(text)]
    i = 0
    while i < len(toks):
        s, e, w = toks[i]
        adjacent = i + 1 < len(toks) and text[e:toks[i + 1][0]] in (" ", "ـ")
        # names after a cue or a title: the next word and the name words that follow it
        if (w in AR_NAME_CUES or w in AR_KIN_CUES) and adjacent:
            ns, ne, nw = toks[i + 1]
            named = nw in AR_FIRST_NAMES or nw in AR_WORD_NAMES
            if (nw not in AR_STOP and nw not in AR_BIG_PLACES and len(nw) > 1 and (named or w in AR_NAME_CUES)
                    and not _ar_verbish(nw)):
                end = _ar_name_end(text, toks, i + 1)
                start = s if w.startswith("ال") or w in ("لالة", "للا", "سي", "مدام", "ماما") else ns
                out.append((start, end, "PER"))
                while i < len(toks) and toks[i][0] < end:
                    i += 1
                continue
        # places after a place word: up to three words, stopping at a function word
        base = w[1:] if len(w) > 3 and w[0] in _PREFIXES and w[1:] in AR_PLACE_WORDS else w
        if base in AR_PLACE_WORDS and adjacent:
            j, end = i + 1, None
            while j < len(toks) and j <= i + 3 and toks[j][2] not in AR_STOP and not _ar_verbish(toks[j][2]):
                if j > i + 1 and text[toks[j - 1][1]:toks[j][0]] != " ":
                    break
                end = toks[j][1]
                j += 1
            if end and _ar_clean(text[toks[i + 1][0]:end]) not in AR_BIG_PLACES:
                start = s + _raw_index(text[s:e], len(w) - len(base))
                out.append((start, end, "LOC"))
                i = j
                continue
        # compound names: "عبد الرحيم", "أبو بكر"
        if w in ("عبد", "أبو", "ابو") and adjacent and (toks[i + 1][2].startswith("ال") or toks[i + 1][2] in AR_FIRST_NAMES):
            end = _ar_name_end(text, toks, i + 1)
            out.append((s, end, "PER"))
            while i < len(toks) and toks[i][0] < end:
                i += 1
            continue
        # well-known neighbourhoods
        hood = next((h for h in _HOODS_BY_FIRST.get(w, ()) if _ar_clean(text[s:s + len(h) + 4]).startswith(h)), None)
        if hood:
            k, end = i, e
            while k < len(toks) and _ar_clean(text[s:toks[k][1]]) != hood:
                k += 1
            if k < len(toks):
                out.append((s, toks[k][1], "LOC"))
                i = k + 1
                continue
        hit = _ar_name(w)
        if hit and hit[1] not in AR_WORD_NAMES:
            end = _ar_name_end(text, toks, i)
            out.append((s + _raw_index(text[s:e], hit[0]), end, "PER"))
            while i < len(toks) and toks[i][0] < end:
                i += 1
            continue
        i += 1
    return out


# ------------------------------------------------------- lowercase names (SMS)
_LOW_CUES = ("c|c'est|cest|ces|moi c|moi c'est|c moi|je suis|jsuis|chui|jsui|je m'appelle|jm'appelle|m'appelle|"
             "mappelle|s'appelle|sappelle|appelle|avec|chez|de la part de|ma copine|mon amie|ma soeur|ma sœur|"
             "ma cousine|ma voisine|ma tante|mon mari|mon frere|mon frère|et moi|moi et|slt c|salut c|"
             "my name is|my name's|im|i'm|i am|it's me|its me|me and|my friend|my sister|my cousin|with|"
             "smiti|smitha|smito|ismi|esmi|ana|ana smiti|khti|khiti|okhti|sa7bti|sahbti|s7abti|sahbti|jarti|"
             "khalti|3amti|mrat|bent|m3a|kaysmiwha|kansmiwha|kaysmiwh|kaysmiwni|kaygoulou liha|lalla|hajja")
_STRONG_CUES = {"moi c", "moi c'est", "c moi", "je m'appelle", "m'appelle", "my name is", "my name's", "me and",
                "my friend", "my sister", "smiti", "ismi", "esmi", "ana smiti", "kaysmiwha", "kansmiwha", "khti",
                "sa7bti", "sahbti", "ma copine", "mon amie", "its me", "it's me"}
_CUE_SET = set(_LOW_CUES.split("|"))
# After these, the next word is a name even when it is also a word ("me and blessing", "smiti warda").
_NAMING_CUES = {"moi c", "moi c'est", "c moi", "je m'appelle", "m'appelle", "my name is", "my name's", "me and",
                "moi et", "et moi", "smiti", "ismi", "esmi", "ana smiti", "kaysmiwha", "kansmiwha"}
_LOW_WORD = re.compile(r"(?<![\w'-])[a-zà-ÿ][a-zà-ÿ'-]{2,}(?![\w'-])")
_PREV_WORDS = re.compile(r"[\w'-]+")
_NAMES_OK = FIRST_NAMES | AMBIGUOUS_NAMES
_ENDS_NAME = re.compile(r"\s*(?:$|[,.;:!?)]|(?:and|et|&|who|qui)\b)")
# Cue-like words after which no name follows here ("avec moi", "chez nous").
_NOT_AFTER = _STOP | NOT_PERSONAL


def _cue_before(text: str, start: int) -> str | None:
    """The longest cue (up to four words) ending just before *start*, across spaces, commas or colons."""
    before = text[max(0, start - 40):start]
    if not re.search(r"[ ,:]\s*$", before):
        return None
    words = [w.lower() for w in _PREV_WORDS.findall(before)][-4:]
    for k in range(len(words), 0, -1):
        cue = " ".join(words[-k:])
        if cue in _CUE_SET:
            return cue
    return None


def lowercase_name_spans(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _LOW_WORD.finditer(text):
        f = fold(m.group(0))
        nickname = bool(_REDUP.match(f)) and f not in _NOT_NICKNAMES
        if (f not in _NAMES_OK and not nickname) or f in _NOT_AFTER or f in BIG_PLACES:
            continue
        cue = _cue_before(text, m.start())
        if cue is None:
            continue
        if (f in COMMON_WORD_NAMES or f in AMBIGUOUS_NAMES) and cue not in _NAMING_CUES and (
                cue not in _STRONG_CUES or not _ENDS_NAME.match(text, m.end())):
            continue  # "avec claire", "my friend said", "my friend will come": words; "my friend joy," a name
        out.append((m.start(), m.end(), "PER"))
    return out


# Informal register (SMS, WhatsApp, Darija in Latin letters): names are often written in lowercase.
_SMS_MARKERS = set("""jsuis chui jsui slt stp svp mdr bcp tkt pk pcq wsh jsp cc ptn bjr bsr lol pls plz omg msg
dm ok ki koi kan kayn bghit 3andi 3endi ma3a m3a dyali dyal wach bzaf daba hna ana nta nti rah""".split())
# Darija words written in Latin letters that are also first names of the lists.
_DARIJA_WORDS = set("""zina farah malak nour rahma jamila hasna karima hayat hanane sabah saida salama houda salma
latifa wafae wafaa mina dounia hanan amina hadda naima""".split())
_SENTENCE_START = re.compile(r"(?:^|[.!?\n]\s*)([^\W\d_])")


def informal(text: str) -> bool:
    """Text in SMS/WhatsApp register: several chat abbreviations, or sentences starting in lowercase."""
    words = re.findall(r"[a-z0-9']+", text.lower())
    if sum(w in _SMS_MARKERS or bool(re.fullmatch(r"[a-z]+[379][a-z]+", w)) for w in words) >= 2:
        return True
    starts = [m.group(1) for m in _SENTENCE_START.finditer(text)]
    return len(starts) >= 2 and sum(c.islower() for c in starts) / len(starts) >= 0.6


def informal_name_spans(text: str) -> list[tuple[int, int, str]]:
    """In informal texts, lowercase first names of the lists anywhere ("sabrina m'a dit")."""
    if not informal(text):
        return []
    out = []
    for m in _LOW_WORD.finditer(text):
        f = fold(m.group(0))
        if (len(f) >= 4 and f in FIRST_NAMES and f not in COMMON_WORD_NAMES and f not in AMBIGUOUS_NAMES
                and f not in _DARIJA_WORDS and f not in _NOT_AFTER and f not in BIG_PLACES):
            out.append((m.start(), m.end(), "PER"))
    return out


_LOW_PLACE_RE = re.compile(r"(?<![\w'])(?:(hay|lhay|l'hay|derb|douar|dowar|zanqa|zenqa|znqa|zankat)|"
                           r"(quartier|rue|cit[ée]|r[ée]sidence|street|road))[ ]+([a-zà-ÿ][\w'-]{2,}(?:[ ]+[a-zà-ÿ][\w'-]{2,})?)")


def lowercase_place_spans(text: str) -> list[tuple[int, int, str]]:
    """"f hay salam", "derb lfassi" (Darija place words, any text); "rue des lilas" in informal texts."""
    out, casual = [], None
    for m in _LOW_PLACE_RE.finditer(text):
        if m.group(2):
            casual = informal(text) if casual is None else casual
            if not casual:
                continue
        words = m.group(3).split()
        if fold(words[0]) in _STOP and m.group(2) is None:
            continue
        while words and (fold(words[-1]) in _STOP or fold(words[-1]) in _SMS_MARKERS):
            words.pop()
        if not words or all(fold(w) in _STOP for w in words):
            continue
        end = m.start(3) + len(" ".join(words))
        out.append((m.start(), end, "LOC"))
    return out


# ------------------------------------------------------------------ nicknames
_CAP4 = re.compile(r"(?<![\w'-])[A-ZÀ-Þ][a-zà-ÿ]{3,5}(?![\w'-])")
_REDUP = re.compile(r"^([b-df-hj-np-tv-z])([aeiouyéèï]{1,2})\1([aeiouyéèï]{1,2})$")
_NOT_NICKNAMES = {"papa", "mama", "tata", "nana", "dodo", "bobo", "pipi", "caca", "lolo", "nounou", "toto", "baba",
                  "coco", "mimi", "dada", "tutu", "gaga", "haha", "hihi", "lala", "yoyo", "bebe", "mumu", "kaka",
                  "mamie", "papi", "nono", "pepe", "meme", "dede", "fofo", "sisi"}


CALLED_AFTER_RE = re.compile(
    r"(?<![\w'-])([A-ZÀ-Þ][\w'-]+)(?=,? (?:comme (?:on|tout le monde|elles?|ils?) l'appel\w*|"
    r"comme (?:on|tout le monde) la surnomm\w*|as (?:we|they|everyone|people) call(?:ed|s)? (?:her|him)))")


def nickname_spans(text: str) -> list[tuple[int, int, str]]:
    """Capitalised reduplicated words ("Titi", "Zizou", "Loulou") that are not family or baby words,
    and any word followed by "comme on l'appelle" / "as we call her"."""
    out = [(m.start(1), m.end(1), "PER") for m in CALLED_AFTER_RE.finditer(text)
           if fold(m.group(1)) not in _STOP and fold(m.group(1)) not in NOT_PERSONAL]
    for m in _CAP4.finditer(text):
        w = fold(m.group(0))
        if _REDUP.match(w) and w not in _NOT_NICKNAMES and w not in NOT_PERSONAL and w not in _STOP:
            out.append((m.start(), m.end(), "PER"))
    return out


# ------------------------------------------------------------------ ID numbers
_UNITS = {"DH", "KM", "CM", "KG", "MG", "ML", "EU", "TV", "PV", "OK", "AM", "PM", "NO", "MM", "DA", "FCFA"}
ID_EXTRA_RES = [
    # Moroccan CIN with a space: "BK 482913", "J 123456"
    (re.compile(r"(?<![\w-])([A-Z]{1,2} \d{5,7})(?![\w/-])"), "cin"),
    # AGDREF residence-permit numbers: 10 digits, not starting with 0 (phone numbers do)
    (re.compile(r"(?<![\w+/.-])([1-9]\d{9})(?![\w/-]|\.\d)"), "agdref"),
    # UNHCR: "565-24C03318", "MOR-21-004517"
    (re.compile(r"(?<![\w-])(\d{3}-\d{2}C\d{5,6}|[A-Z]{3}-\d{2}-\d{5,6})(?![\w-])"), "unhcr"),
    # after a cue and up to five words: "numéro 44817/B", "numéro d'allocataire est le 2847361", "رقم 55812"
    (re.compile(r"(?i:(?<!\w)(?:num[ée]ro|num\.|n°|nº|no\.|number|nr\.?|رقم|رقمها|رقمه)(?:\s+[^\W\d][\w']*){0,5}?"
                r"\s*[:.]?\s*)((?:[A-Z]{1,4}[ -]?)?\d(?:[A-Za-z\d/\-]*[A-Za-z\d])?(?:[ ]\d{3})*)"), "cue"),
    # "PV 2210/24", "receipt R-2024-5581"
    (re.compile(r"(?i:(?<!\w)(?:pv|r[ée]c[ée]piss[ée]|re[çc]u|receipt|quittance|attestation|certificate|certificat|"
                r"agdref|unhcr|hcr|asylum|case)(?:\s+[\w']+){0,6}?\s*)((?:[A-Z]{1,4}[ -]?)?\d[A-Za-z\d/\-]*\d(?:[ ]\d{3})*)"),
     "cue"),
]
_PHONE_LIKE = re.compile(r"^(?:\+|00|0)[\d \-.]{8,}$")
_DOC_CUE = re.compile(r"(?i:s[ée]jour|agdref|[ée]tranger|passe?port|r[ée]c[ée]piss[ée]|permis|matricule)")


def id_spans(text: str, is_phone) -> list[tuple[int, int, str]]:
    out = []
    for rx, kind in ID_EXTRA_RES:
        for m in rx.finditer(text):
            val = m.group(1).rstrip(" -/")
            digits = sum(c.isdigit() for c in val)
            if kind == "cin" and val.split(" ")[0] in _UNITS:
                continue
            if kind == "cue":
                if digits < 4 or re.fullmatch(r"(?:19|20)\d\d", val) or re.fullmatch(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}", val):
                    continue
                if _PHONE_LIKE.match(val) and is_phone(val) and not _DOC_CUE.search(m.group(0)):
                    continue  # "numéro 06 12 34 56 78" is a phone number; "numéro étranger 0612…" is not
            out.append((m.start(1), m.start(1) + len(val), "ID"))
    return out


# ------------------------------------------------------ origins and villages
_UP = "A-ZÀ-ÖØ-Þ"
ORIGIN_RE = re.compile(
    rf"(?i:\b(?:village(?: de| d'| of)?|hameau(?: de| d')?|douar|bled|originaire(?: du village)?(?: de| d'| du)|"
    rf"native(?: du village)? de|n[ée]e? (?:à|au|dans le village de)|grew up in|born in|comes from the village of|"
    rf"from the village of|a grandi à|a grandi au village de))[ ]+((?:[{_UP}][\w'\-]+)(?:[ ]+[{_UP}][\w'\-]+){{0,2}})")
SUFFIX_VILLAGE_RE = re.compile(rf"\b([{_UP}][\w'\-]+[ ]+village)\b")


def origin_spans(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in ORIGIN_RE.finditer(text):
        name = m.group(1)
        if fold(name) in BIG_PLACES or all(fold(w) in BIG_PLACES or fold(w) in NOT_PERSONAL for w in name.split()):
            continue
        out.append((m.start(1), m.end(1), "LOC"))
    for m in SUFFIX_VILLAGE_RE.finditer(text):
        if fold(m.group(1).split()[0]) not in BIG_PLACES | _STOP:
            out.append((m.start(1), m.end(1), "LOC"))
    return out


# ------------------------------------------------------------- institutions
_INSTITUTIONS = (r"h[ôo]pital|hospital|chu|chr|clinique|clinic|polyclinique|maternit[ée]|dispensaire|"
                 r"centre de sant[ée]|centre hospitalier|lyc[ée]e|coll[èe]ge|[ée]cole|school|high school|"
                 r"universit[ée]|university|facult[ée]|institut|institute|mosqu[ée]e|mosque|[ée]glise|church|"
                 r"fondation|foundation|stade|stadium|a[ée]roport|airport|gare|prison|biblioth[èe]que|"
                 r"association|complexe")
INSTITUTION_RE = re.compile(
    rf"(?i:\b(?:{_INSTITUTIONS}))(?:[ ]+(?:universitaire|r[ée]gional|provincial|public|priv[ée]e?|"
    rf"saint|sainte|st\.?|of|de|du|des|d'))*[ ]+((?:[{_UP}][\w'\-]*\.?)(?:[ ]+(?:[{_UP}][\w'\-]*|[IVX]+|\d+)){{0,3}})")
SUFFIX_INSTITUTION_RE = re.compile(
    rf"\b((?:St\.?|Saint)?[ ]?(?:[{_UP}][\w'\-]*[ ]+){{1,3}}(?:Hospital|Clinic|School|College|University|"
    rf"Church|Mosque|Centre|Center|Office|Project|Trust|Foundation|hospital|clinic|school)\b)")
AR_INSTITUTION_RE = re.compile(rf"(?:ال)?(?:مستشفى|مستوصف|مصحة|مدرسة|ثانوية|إعدادية|جامعة|مسجد|كلية|جمعية|"
                               rf"مؤسسة|مركز)[ ]+((?:[{_AR}]+)(?:[ ]+[{_AR}]+){{0,2}})")


def institution_ranges(text: str) -> list[tuple[int, int]]:
    """Institutions named after people or places, institution word included ("hôpital Ibn Rochd",
    "St Thomas Hospital"): a name or place inside one is not personal data."""
    out = [(m.start(), m.end(1)) for m in INSTITUTION_RE.finditer(text)]
    out += [(m.start(1), m.end(1)) for m in SUFFIX_INSTITUTION_RE.finditer(text)]
    out += [(m.start(), m.end(1)) for m in AR_INSTITUTION_RE.finditer(text)]
    return out


# ------------------------------------------- surnames in capitals, lowercase after a title
_FORMAL_TITLES = {"mme", "mlle", "madame", "mademoiselle", "monsieur", "m.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
                  "dr", "dr.", "docteur", "docteure", "maitre", "me", "pr", "pr.", "doctor"}
_KIN_TITLES = {"tata", "tonton", "khalti", "auntie", "aunty", "hajja", "hadja", "lalla", "sister", "mama", "si",
               "soeur", "sœur", "tante", "uncle", "aunt"}
_CAPS = re.compile(r"(?<![\w'-])[A-ZÀ-Þ]{3,}(?:-[A-ZÀ-Þ]{3,})?(?![\w'-])")
_PREV = re.compile(r"([\w.'-]+)[ ]+$")
_LOW_AFTER_TITLE = re.compile(r"(?<![\w'])(mme|mlle|madame|mademoiselle|monsieur|mr|mrs|ms|dr|docteure?|ma[iî]tre|"
                              r"tata|tonton|khalti|auntie|aunty|hajja|lalla)\.?[ ]+([a-zà-ÿ][a-zà-ÿ'-]{2,})(?![\w'-])")


def title_extra_spans(text: str) -> list[tuple[int, int, str]]:
    """"Mme BENNANI", "Fatima BENNANI" (a surname in capitals after a title or a first name) and
    "mme bennani", "tata zhor" (lowercase, SMS register)."""
    out = []
    for m in _CAPS.finditer(text):
        f = fold(m.group(0))
        if f in NOT_PERSONAL or f in BIG_PLACES or f in _STOP:
            continue
        prev = _PREV.search(text, max(0, m.start() - 30), m.start())
        if not prev:
            continue
        pf = fold(prev.group(1))
        if pf in _FORMAL_TITLES or pf in _KIN_TITLES or (prev.group(1)[:1].isupper() and pf in FIRST_NAMES):
            out.append((m.start(), m.end(), "PER"))
    for m in _LOW_AFTER_TITLE.finditer(text):
        title, f = fold(m.group(1)), fold(m.group(2))
        if f in _STOP or f in NOT_PERSONAL or f in BIG_PLACES or f in COMMON_WORD_NAMES:
            continue
        if title in _KIN_TITLES and f not in FIRST_NAMES:
            continue  # "tata m'a dit": after a kinship word, only a first name of the lists
        out.append((m.start(2), m.end(2), "PER"))
    return out


def extra_spans(text: str, is_phone) -> list[tuple[int, int, str]]:
    return (arabic_spans(text) + lowercase_name_spans(text) + nickname_spans(text) + id_spans(text, is_phone)
            + origin_spans(text) + title_extra_spans(text) + obfuscated_emails(text) + informal_name_spans(text)
            + lowercase_place_spans(text))


# "bisi [at] gmail.com", "nadia (at) yahoo (dot) fr"
_OBF_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+\s*(?:\[at\]|\(at\)|\{at\}| @ )\s*[\w-]+"
                        r"(?:\s*(?:\.|\[dot\]|\(dot\)| dot )\s*[\w-]+)*(?:\.|\[dot\]|\(dot\)| dot )\s*[a-z]{2,}\b",
                        re.IGNORECASE)


def obfuscated_emails(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), "EMAIL") for m in _OBF_EMAIL.finditer(text)]
