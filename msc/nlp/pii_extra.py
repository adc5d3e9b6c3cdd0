"""More personal-data rules (used by pii.py), each general, not tuned to one story:

  * Arabic script (``pii_arabic_spans``): first names from a list (pii_arabic), names after a
    cue or title (اسمي، سميتي، السيدة، لالة، صاحبتي…), places after a place word (حي، دوار، زنقة، شارع…);
  * names written in lowercase (``pii_informal``: SMS/WhatsApp register, Darija in Latin letters)
    after a cue ("moi c sabrina", "smiti hafida", "my friend joy"): a first name of the lists that
    is not also a common French or English word, or any word in a name's position at the start of
    a message ("coucou maelle c ibtissem", "ici lolotte");
  * contact details written out (``pii_written``): e-mails ("nom at gmail dot com", "(at)", "arobase …
    point fr"), phone numbers dictated in two parts, French social-security numbers;
  * people named by their initials (``pii_initials``): "Mme B.", "S.B.", "K. a dit";
  * short reduplicated nicknames ("Titi", "Zizou") written with a capital, or of any case as the subject
    of a verb of meeting or calling ("mimi vous attend") (``pii_informal``);
  * ID numbers: CIN written with a space ("BK 482913"), 10-digit French residence-permit
    (AGDREF) numbers, UNHCR case and certificate numbers, numbers after "numéro", "n°",
    "number", "رقم" (receipts, files), unless they are phone numbers or national helplines (3919);
  * the places people come from ("originaire du village de Tidili", "grew up in Ogbe");
  * institutions named after people ("hôpital Ibn Rochd", "lycée Ibn Khaldoun",
    "مستشفى ابن طفيل", "سبيطار ديال …", a king's name with its ordinal "محمد الخامس", "Entraide Nationale"):
    :func:`institution_ranges` — a name there is not a person.

Each function returns ``(start, end, label)`` triples on the normalised text; :func:`extra_spans`
puts them all together.
"""
from __future__ import annotations

import re

from .pii_arabic import AR_PLACE_WORDS, AR_STOP
from .pii_arabic_spans import _AR, arabic_spans
from .pii_cues import cue_spans
from .pii_informal import (
    informal_name_spans,
    lowercase_name_spans,
    lowercase_place_spans,
    lowercase_street_spans,
    nickname_spans,
)
from .pii_initials import initial_spans
from .pii_lists import _STOP, BIG_PLACES, FIRST_NAMES, NOT_PERSONAL
from .pii_messages import message_spans
from .pii_more import more_spans
from .pii_names import COMMON_WORD_NAMES
from .pii_proper import french_word
from .pii_written import (
    SLASH_PHONE_SHAPE,
    local_phone_spans,
    nir_spans,
    slash_phone_spans,
    split_phone_spans,
    written_email_spans,
)
from .text import ascii_digits, fold

# ------------------------------------------------------------------ ID numbers
_UNITS = {"DH", "KM", "CM", "KG", "MG", "ML", "EU", "TV", "PV", "OK", "AM", "PM", "NO", "MM", "DA", "FCFA"}
ID_EXTRA_RES = [
    # Moroccan CIN with a space: "BK 482913", "J 123456"
    (re.compile(r"(?<![\w-])([A-Z]{1,2} \d{5,7})(?![\w/-])"), "cin"),
    # AGDREF residence-permit numbers: 10 digits, not starting with 0 (phone numbers do)
    (re.compile(r"(?<![\w+/.-])([1-9]\d{9})(?![\w/-]|\.\d)"), "agdref"),
    # UNHCR: "565-24C03318", "MOR-21-004517"
    (re.compile(r"(?<![\w-])((?:\d{3}|[A-Z]{3})-\d{2}(?:C|-)\d{5,6})(?![\w-])"), "unhcr"),
    # after a cue and up to five words: "numéro 44817/B", "numéro d'allocataire est le 2847361", "رقم 55812"
    (re.compile(r"(?i:(?<!\w)(?:num[ée]ro|num\.|n°|nº|no\.|number|nr\.?|(?:[وفب]|ال)?رقم(?:ها|ه|هم)?)(?:\s+[^\W\d][\w']*){0,5}?"
                r"\s*[:.]?\s*)((?:[A-Z]{1,4}[ -]?)?\d(?:[A-Za-z\d/\-]*[A-Za-z\d])?(?:[ ]\d{3})*)"), "cue"),
    # digits then one or two letters (Irish PPS numbers and the like) after a number cue, a comma allowed:
    # "her PPS number, 7731948KA", "PPSN: 1287734FA"
    (re.compile(r"(?i:(?<!\w)(?:ppsn?|num[ée]ro|number|n°|no\.)(?:\s+[^\W\d][\w']*){0,3}?\s*[,:.]?\s*)(\d{6,8}[A-Z]{1,2})"
                r"(?![\w-])"), "cue"),
    # "PV 2210/24", "receipt R-2024-5581"
    (re.compile(r"(?i:(?<!\w)(?:pv|r[ée]c[ée]piss[ée]|re[çc]u|receipt|quittance|attestation|certificate|certificat|"
                r"agdref|unhcr|hcr|asylum|case)(?:\s+[\w']+){0,6}?\s*)((?:[A-Z]{1,4}[ -]?)?\d[A-Za-z\d/\-]*\d(?:[ ]\d{3})*)"),
     "cue"),
    # an office's own number for the person: "à la CNDA son recours porte le 23045678", "CNSS : 123456789"
    (re.compile(r"(?<![\w-])(?:OFPRA|CNDA|CAF|CPAM|OFII|ANEF|CNSS|AMO|RAMED|UNHCR|HCR|OIM|IOM|ANAPEC)(?:,?\s+[\w']+){0,5}?"
                r"\s*[:.]?\s*(\d{5,}|\d{2,4}(?:[ /-]\d{2,4}){2,})(?![\w/-])(?!\s*(?i:€|euros?|dh\b|dirhams?|mad\b|%))"),
     "cue"),
]
_PHONE_LIKE = re.compile(r"^(?:\+|00|0)[\d \-.]{8,}$")
_DOC_CUE = re.compile(r"(?i:s[ée]jour|agdref|[ée]tranger|passe?port|r[ée]c[ée]piss[ée]|permis|matricule)")
# National short numbers (French 3xxx service numbers such as 3919, Moroccan free 80xx numbers such as 8050).
_SERVICE_NO = re.compile(r"3\d{3}|80\d{2}")
_FILE_CUE = re.compile(r"(?i:dossier|file|case|plainte|complaint|r[ée]c[ée]piss[ée]|re[çc]u|receipt|carte|card|"
                       r"passe?port|allocataire|ملف|وصل|بطاقة)")


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
                if _SERVICE_NO.fullmatch(ascii_digits(val)) and not _FILE_CUE.search(m.group(0)):
                    continue  # "le numéro 3919": a national helpline (short numbers 3xxx, 80xx), nobody's number
                if SLASH_PHONE_SHAPE.match(val) or (_PHONE_LIKE.match(ascii_digits(val)) and is_phone(val)
                                                    and not _DOC_CUE.search(m.group(0))):
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


# "j'ai déménagé aux Bois-Blancs", "elle vit à la Villeneuve", "restée seule à l'Estaque": after a verb of living or
# moving and "au", "aux", "à la", "à l'", a capitalised name is a neighbourhood (not a dictionary word: "à la Poste").
LIVES_AT_RE = re.compile(
    rf"(?i:\b(?:habit\w*|vit|vivai\w*|vivent|v[ée]cu\w*|log[ée]\w*|loge|d[ée]m[ée]nag\w*|install[ée]\w*|rest[ée]\w*|"
    rf"dor[mt]\w*|grandi|h[ée]berg[ée]\w*|retourn[ée]\w*|rentr[ée]\w*|partie?s?|all[ée]e?s?|install[ée]e?s?)"
    rf"(?:[ ]+[^\W\d]+){{0,2}}?[ ]+(?:aux|au|à la|a la|à l'|a l'))[ ]?((?:[{_UP}][\w'\-]+)(?:[ -][{_UP}][\w'\-]+)?)")


def lives_at_spans(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in LIVES_AT_RE.finditer(text):
        name = m.group(1)
        words = [fold(w) for w in re.split(r"[ -]", name)]
        if (fold(name) in BIG_PLACES or fold(name) in NOT_PERSONAL or words[0] in FIRST_NAMES
                or all(w in BIG_PLACES or w in NOT_PERSONAL or french_word(w) and "-" not in name or w in _STOP
                       for w in words)):  # a hyphenated name of words is a place's name ("les Bois-Blancs")
            continue  # "au Maroc", "à la Poste", "chez elle à la Croix-Rouge"
        out.append((m.start(1), m.end(1), "LOC"))
    return out


def origin_spans(text: str) -> list[tuple[int, int, str]]:
    out = lives_at_spans(text)
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
_INSTITUTIONS = (r"h[ôo]pital|hospital|chu|chr|clinique|clinic|polyclinique|maternit[ée]|dispensaire|urgences (?:de|du|d')|"
                 r"centre de sant[ée]|centre hospitalier|lyc[ée]e|coll[èe]ge|[ée]cole|school|high school|"
                 r"universit[ée]|university|facult[ée]|institut|institute|mosqu[ée]e|mosque|[ée]glise|church|"
                 r"fondation|foundation|stade|stadium|a[ée]roport|airport|prison|biblioth[èe]que|"
                 r"association|complexe|centre|center")
INSTITUTION_RE = re.compile(
    rf"(?i:\b(?:{_INSTITUTIONS}))(?:[ ]+(?:universitaire|r[ée]gional|provincial|public|priv[ée]e?|"
    rf"saint|sainte|st\.?|of|de|du|des|d'))*[ ]+((?:[{_UP}][\w'\-]*\.?)(?:[ ]+(?:[{_UP}][\w'\-]*|[IVX]+|\d+)){{0,3}})")
SUFFIX_INSTITUTION_RE = re.compile(
    rf"\b((?:St\.?|Saint)?[ ]?(?:[{_UP}][\w'\-]*[ ]+){{1,3}}(?:Hospital|Clinic|School|College|University|"
    rf"Church|Mosque|Centre|Center|Office|Project|Trust|Foundation|hospital|clinic|school|Nationale?s?)\b)")
AR_INSTITUTION_RE = re.compile(rf"(?<![{_AR}])(?:[وفب]|لل|بال|وال|فال)?(?:ال)?(?:مستشفى|مستوصف|مصحة|مدرسة|ثانوية|إعدادية|جامعة|مسجد|كلية|جمعية|"
                               rf"مؤسسة|مركز|سبيطار|صبيطار)[ ]+(?:ديال[ ]+)?((?:[{_AR}]+)(?:[ ]+[{_AR}]+){{0,2}})")
# "محمد الخامس", "الحسن الثاني": a name followed by a regnal ordinal is a king's, given to hospitals, streets and
# schools; never the person of a story.
AR_REGNAL_RE = re.compile(rf"(?<![{_AR}])[{_AR}]{{3,}}[ ]+(?:الأول|الاول|الثاني|الثالث|الرابع|الخامس|السادس)(?![{_AR}])")

# "the Mohammed V hospital", "lycée Hassan II": the same in Latin letters, a Roman numeral after the name (not an
# initial: "Karima V." keeps its full stop).
REGNAL_RE = re.compile(rf"(?<![\w'-])[{_UP}][a-zà-ÿ]{{2,}}[ ]+(?:II|III|IV|V|VI)(?![\w.'-])")


def institution_ranges(text: str) -> list[tuple[int, int]]:
    """Institutions named after people or places, institution word included ("hôpital Ibn Rochd",
    "St Thomas Hospital"): a name or place inside one is not personal data."""
    out = [(m.start(), m.end(1)) for m in INSTITUTION_RE.finditer(text)]
    out += [(m.start(1), m.end(1)) for m in SUFFIX_INSTITUTION_RE.finditer(text)]
    # "للجمعية في شارع الزرقطوني": an institution's name never starts with a function word, and ends before one
    # ("الجمعية المتنقلة قرب سوق الأحد": the market is where the unit stands, not part of its name)
    for m in AR_INSTITUTION_RE.finditer(text):
        words = m.group(1).split()
        n = next((k for k, w in enumerate(words) if w in AR_STOP or w in AR_PLACE_WORDS
                  or w[:1] in "فبول" and w[1:] in AR_PLACE_WORDS), len(words))  # "فحي": in the hay
        if n:
            out.append((m.start(), m.start(1) + len(" ".join(words[:n]))))
    out += [(m.start(), m.end()) for m in AR_REGNAL_RE.finditer(text)]
    out += [(m.start(), m.end()) for m in REGNAL_RE.finditer(text)]
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
        if f in _STOP or f in NOT_PERSONAL or f in BIG_PLACES or f in COMMON_WORD_NAMES or f[1] == "'":
            continue  # "le dr m'a dit", "mme l'a vue": an elided pronoun, no name
        if title in _KIN_TITLES and f not in FIRST_NAMES:
            continue  # "tata m'a dit": after a kinship word, only a first name of the lists
        out.append((m.start(2), m.end(2), "PER"))
    return out


def extra_spans(text: str, is_phone) -> list[tuple[int, int, str]]:
    return (arabic_spans(text) + lowercase_name_spans(text) + nickname_spans(text) + id_spans(text, is_phone)
            + origin_spans(text) + title_extra_spans(text) + written_email_spans(text) + informal_name_spans(text)
            + lowercase_place_spans(text) + lowercase_street_spans(text) + more_spans(text) + cue_spans(text) + split_phone_spans(text, is_phone)
            + nir_spans(text) + initial_spans(text) + slash_phone_spans(text) + message_spans(text)
            + local_phone_spans(text))
