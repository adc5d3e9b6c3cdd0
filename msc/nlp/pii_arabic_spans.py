"""Personal data in Arabic script (used by pii_extra.py): first names from a list (pii_arabic),
names after a cue or title (اسمي، سميتي، السيدة، لالة، صاحبتي، ابنتي…), places after a place word
(حي، دوار، زنقة، شارع…, a city's name included after a street word: "حي الداخلة"), compound names
(عبد الرحيم) and well-known neighbourhoods; "علي" after a verb that takes على ("يسلم علي") is "on me".
After a kinship or role word, an adjective may come before the name ("المساعدة الاجتماعية كريمة"), and an
unlisted word is a name before a family name in ال-…ي or a Darija verb ("خويا X كان…"); آيت opens a family
name; a place's name runs on after ولاد، بن، سيدي ("حي سيدي يوسف بن علي"); an ال-noun in ة/ات after a name
is no family name ("افتتحت حنان الجلسة").

:func:`arabic_spans` returns ``(start, end, label)`` triples on the normalised text.
"""
from __future__ import annotations

import re

from .pii_arabic import (
    AR_ADJECTIVE_NAMES,
    AR_AFTER_ADJECTIVE,
    AR_BIG_PLACES,
    AR_FIRST_NAMES,
    AR_KIN_CUES,
    AR_NAME_CUES,
    AR_NEIGHBOURHOODS,
    AR_PLACE_WORDS,
    AR_ROLE_CUES,
    AR_STOP,
    AR_VENUE_KINDS,
    AR_WORD_NAMES,
)

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


def _amazigh_place(word: str) -> bool:
    """Right after a place word, a name that looks like a Darija present ("تيكيوين", "كاوكي") is an Amazigh place's
    name, unless the verb's person mark follows ("كايبيع", "كانخدم", "كاتخدم": sells, I work, she works)."""
    return word[:2] == "تي" or word[:2] == "كا" and word[2:3] not in ("ي", "ن", "ت")


def _ar_surname(word: str) -> bool:
    """A word that can follow a first name as part of the name: another first name, "ال…"/"بن…"
    family names, or a nisba ("بناني", "التازي")."""
    if word in AR_STOP or word in AR_BIG_PLACES or _ar_verbish(word) or len(word) < 3:
        return False
    if word.endswith("ني") and not word.endswith("اني") and word not in AR_FIRST_NAMES and not word.startswith("ال"):
        return False  # "رشيد هددني": a verb with "me" after the name, not a nisba such as بناني
    if word.startswith("ال") and word.endswith(("ة", "ات")) and word not in AR_FIRST_NAMES:
        return False  # "افتتحت حنان الجلسة": a common noun with the article (the session), no family name
    return (word in AR_FIRST_NAMES or word.startswith(("ال", "بن", "بنت", "ابن", "أبو", "ابو", "ولد", "آيت", "ايت", "أيت"))
            or (len(word) >= 4 and word.endswith("ي")))


# "الطبيب آيت بوزيد": the Amazigh particle (sons of) opening a family name.
_AR_AIT = {"آيت", "أيت", "ايت"}
# Words ending like a nisba that are no family name ("ولدي عطاني الشي": the thing).
_AR_NOT_NISBA = set("الشي الثاني الحالي الماضي التالي الأصلي الاصلي الحقيقي الرسمي الشخصي النهائي الكافي".split())


def _ar_family_name(word: str) -> bool:
    """A family name in ال-…ي ("الطرابلسي", "الشامي")."""
    return len(word) >= 5 and word.startswith("ال") and word.endswith("ي") and word not in AR_STOP and word not in _AR_NOT_NISBA


def _ar_adjective_after_cue(word: str) -> bool:
    """"المساعدة الاجتماعية"، "صديقتها التونسية"، "أختها الكبرى": an adjective with the article after a role or
    kinship word (the name may follow it)."""
    return (len(word) >= 5 and word.startswith("ال") and word.endswith(("ية", "ي", "ة", "ى")) and word not in AR_FIRST_NAMES
            and word not in AR_STOP)


# "رقم هدى": a number's cues, before a listed name only ("رقم ملفها الطبي": her medical file).
_AR_NUMBER_CUES = {"هاتف", "تيليفون", "تلفون", "نمرة", "نمرت", "رقم"}


def _ar_name_after_cue(text: str, toks: list, k: int, listed_only: bool = False) -> bool:
    """toks[k] after a kinship or role word is a name: a listed one, the particle آيت before a family name, or an
    unlisted word followed by a family name in ال-…ي ("صديقتها آمنة الطرابلسي")."""
    w = toks[k][2]
    if w in AR_FIRST_NAMES or w in AR_WORD_NAMES:
        return True
    if listed_only or w.endswith(("ها", "هم", "كم", "نا")):  # "ملفها الطبي": a noun with a possessive
        return False
    nxt = toks[k + 1][2] if k + 1 < len(toks) and text[toks[k][1]:toks[k + 1][0]] == " " else ""
    if w in _AR_AIT:
        return bool(nxt) and nxt not in AR_STOP and not _ar_verbish(nxt) and len(nxt) >= 3
    # "ختي فطيمة رجعات": before a verb, a name may start with ف or و (not "فالدار": in the house)
    prefixed = (len(w) >= 5 and w[0] in "وف" and not w[1:].startswith("ال") and w[:2] not in ("كي", "كا", "كن", "كت", "غا", "تي")
                and w[1:] not in AR_STOP)
    return (len(w) >= 3 and not w.startswith("ال") and w not in AR_STOP and w not in AR_BIG_PLACES
            and not w.endswith("ني") and w not in _AR_NOT_NAMES_AFTER_KIN
            and (not _ar_verbish(w) and _ar_family_name(nxt)
                 or (not _ar_verbish(w) or prefixed) and _ar_darija_verb(nxt) and len(w) >= 4 and not _ar_darija_verb(w)
                 and not w.endswith(("ت", "و", "وا", "ها", "هم"))))  # "ولدي كبر كيقرا"، "بنتي رجعت كتقرا": a verb


# "خويا ميمون كان كيجيب"، "مي ثريا رجعات": a Darija verb right after the word that follows a kinship word makes
# that word the relative's name (the subject); adverbs, particles and adjectives that may stand there instead.
_AR_NOT_NAMES_AFTER_KIN = set("""دابا ديما دايما دائما عاد باقي مازال مازالت مزال راه راها راني راهم غير حتى بوحدو بوحدها
وحدها وحده مسكينة مسكين المسكينة الله ماشي ديجا بزاف قبل بعد ملي نيت كاملين بجوج ثاني تاني أيضا ايضا كذلك فقط هكا هكاك
مريضة مريض عيانة عيان كبيرة كبير صغيرة صغير حامل مطلقة أرملة ارملة زعما يالاه ياك براسها براسو
خدام خدامة ساكن ساكنة جالس جالسة قاعد قاعدة ناعس ناعسة واقف واقفة باغي باغية عارف عارفة فرحان فرحانة زعفان زعفانة""".split())
_AR_PAST_AUX = set("كان كانت كانو قال قالت قالو جا جات مشى مشا مشات بقى بقات رجع ولى ولات دار دارت عاود عاودات".split())


def _ar_darija_verb(word: str) -> bool:
    """A Darija verb: an auxiliary or common past verb, a present in كي-/كت-/كن-, or a feminine past in -ات
    ("رجعات"، "لقات")."""
    return (word in _AR_PAST_AUX or len(word) >= 4 and word[:2] in ("كي", "كت", "كن") and word not in AR_WORD_NAMES
            or 4 <= len(word) <= 5 and word.endswith("ات") and not word.startswith("ال"))


def _ar_name_end(text: str, toks: list, k: int) -> int:
    """End of the name whose first word is toks[k], with up to two more name words."""
    end, j = toks[k][1], k + 1
    while j < len(toks) and j <= k + 2 and text[toks[j - 1][1]:toks[j][0]] == " " and _ar_surname(toks[j][2]):
        end, j = toks[j][1], j + 1
    return end


def ar_name_end_at(text: str, start: int) -> int:
    """End of the name whose first word starts at *start* (used by the cue rules of pii_cues)."""
    toks = [(start + m.start(), start + m.end(), _ar_clean(m.group(0))) for m in _AR_TOKEN.finditer(text[start:start + 80])]
    return _ar_name_end(text, toks, 0) if toks else start


# "يسلم علي", "كذب علي", "كتعيط علي": after a verb that takes على, a bare "علي" is "on me" (the name Ali would
# need its own "على"); "يجب علي", "علي أن": "I must".
_ON_ME_VERB = re.compile("^[وف]?(?:س|غا)?(?:كي|كت|كن|كا|تي|تا)?[يتنأا]?(?:سلم|رد|كذب|عيط|ضحك|تعدى|تعدا|اعتدى|عتدى|"
                         "هجم|حكم|قبض|شد|خاف|حن|طل|صب|سول|غضب|نصب|بكى|حضي|ضغط|تفرج|تكبر)"
                         "(?:و|وا|ت|ات|تي|نا|ي|ون|ين|وش|ش)?$")
_ON_ME_MODALS = set("يجب وجب لزم يلزم ينبغي يتعين يتوجب يصعب يسهل يعز صعب سهل عز".split())


def _ar_on_me(text: str, toks: list, i: int) -> bool:
    """"علي" at toks[i] as the preposition على with "me", not the name Ali."""
    prev = toks[i - 1][2] if i and text[toks[i - 1][1]:toks[i][0]] == " " else ""
    nxt = toks[i + 1][2] if i + 1 < len(toks) and text[toks[i][1]:toks[i + 1][0]] == " " else ""
    return bool(_ON_ME_VERB.match(prev)) or prev in _ON_ME_MODALS or nxt == "أن"


def ar_on_me_at(text: str, start: int) -> bool:
    """The same for the word at *start* (an echo of the name Ali found elsewhere in the text)."""
    toks = [(m.start(), m.end(), _ar_clean(m.group(0))) for m in _AR_TOKEN.finditer(text, max(0, start - 30), start + 40)]
    i = next((k for k, t in enumerate(toks) if t[0] == start), None)
    return i is not None and _ar_on_me(text, toks, i)


# "حي ولاد زيان"، "حي سيدي عثمان بن علي": words inside a place's name that another word always follows (sons of,
# saint, son of); "ولاد" is no verb with "و", and the name runs on after them.
_AR_PLACE_PARTICLES = set("ولاد أولاد اولاد وادي بن ابن بنت بني أيت آيت ايت سيدي مولاي لالة للا عين أبي ابي أبو ابو".split())
_STREET_WORDS = {"حي", "درب", "دوار", "زنقة", "شارع", "زقاق", "تجزئة", "حومة", "إقامة", "اقامة"}
_COUNTABLE_TITLES = {"حاجة", "سيدة", "السيدة", "السيد", "الحاجة", "الحاج", "مدام"}
_QUANTIFIERS = {"شي", "بشي", "فشي", "واحد", "واحدة", "وحدة", "هاد", "هادي", "كل", "أي", "اي", "أية", "شحال"}


def _starts_with_big_place(words: str) -> bool:
    return any(words == p or words.startswith(p + " ") for p in AR_BIG_PLACES)


# "زنقة 4 رقم 22", "درب 12، رقم ٣٠": a numbered street and the house number on it.
_NUMBERED_STREET = re.compile(r"(?<![\u0621-\u064a])[وفبل]?\u0640?((?:زنقة|الزنقة|درب|الدرب|شارع|ممر|عمارة|بلوك|بلوكة)[ ]+"
                              r"[0-9٠-٩]{1,4}(?:[ ]*[،,]?[ ]*(?:رقم|الرقم|ر\.)[ ]*[0-9٠-٩]{1,4})?)(?![0-9٠-٩])")


def numbered_streets(text: str) -> list[tuple[int, int]]:
    """Where *text* gives a numbered street and maybe the house number on it ("بزنقة 4 رقم 22"): its house
    number is part of the address, not an ID after the cue رقم."""
    return [m.span(1) for m in _NUMBERED_STREET.finditer(text)]


def arabic_spans(text: str) -> list[tuple[int, int, str]]:
    out = [(b, e, "LOC") for b, e in numbered_streets(text)]
    toks = [(m.start(), m.end(), _ar_clean(m.group(0))) for m in _AR_TOKEN.finditer(text)]
    i = 0
    while i < len(toks):
        s, e, w = toks[i]
        adjacent = i + 1 < len(toks) and text[e:toks[i + 1][0]] in (" ", "ـ")
        # names after a cue or a title: the next word and the name words that follow it ("وبنتها هبة": the cue
        # may carry "and"/"so")
        cue = w[1:] if len(w) > 3 and w[0] in "وف" and w[1:] in AR_KIN_CUES else w
        # "بشي حاجة", "واحد السيد": after a quantifier, "حاجة" is a thing and "سيدة" a lady, no title
        counted = (cue in _COUNTABLE_TITLES and i > 0 and toks[i - 1][2] in _QUANTIFIERS
                   and text[toks[i - 1][1]:s] == " ")  # ("واحد سميتو X": a naming cue still names)
        if (cue in AR_NAME_CUES or cue in AR_KIN_CUES) and adjacent and not counted:
            k = i + 1
            # "المساعدة الاجتماعية كريمة"، "صديقتها التونسية آمنة الطرابلسي": an adjective between the cue and the name
            if (k + 1 < len(toks) and _ar_adjective_after_cue(toks[k][2]) and text[toks[k][1]:toks[k + 1][0]] == " "
                    and _ar_name_after_cue(text, toks, k + 1, cue in _AR_NUMBER_CUES)):
                k += 1
            ns, ne, nw = toks[k]
            named = _ar_name_after_cue(text, toks, k, cue in _AR_NUMBER_CUES) if (cue in AR_KIN_CUES or k > i + 1) else (
                nw in AR_FIRST_NAMES or nw in AR_WORD_NAMES)
            # "ابنتي سعيدة جدا": after a kinship word, a name that is also an adjective, followed by "very" or
            # "because", says how the relative is
            if (cue in AR_KIN_CUES and cue not in AR_NAME_CUES and nw in AR_ADJECTIVE_NAMES and k + 1 < len(toks)
                    and text[ne:toks[k + 1][0]] == " " and toks[k + 1][2] in AR_AFTER_ADJECTIVE):
                named = False
            # "السيدة المكلفة بالتكوين", "السيدة سميتها روز": after a title, a definite word is a role and a
            # naming word introduces the name; neither is the name ("الحاجة الزهرة": a listed name is one).
            # A family name in ال-…ي ("الأستاذة الإدريسي") is a name.
            role_after_title = w.startswith("ال") and not named and (
                nw.startswith("ال") and not nw.endswith("ي") or nw in AR_NAME_CUES)
            # "ماما جات", "ماما ديما كتقول": after "mum", only a name of the lists ("ماما فاطمة"), never a verb or
            # an adverb
            if (nw not in AR_STOP and nw not in AR_BIG_PLACES and len(nw) > 1 and (named or w in AR_NAME_CUES and w != "ماما")
                    and (named or not _ar_verbish(nw)) and not role_after_title):
                end = _ar_name_end(text, toks, k + 1 if nw in _AR_AIT and k + 1 < len(toks) else k)
                start = (s if k == i + 1 and (w.startswith("ال") and w not in AR_ROLE_CUES or w in ("لالة", "للا", "سي", "مدام", "ماما"))
                         else ns)
                out.append((start, end, "PER"))
                while i < len(toks) and toks[i][0] < end:
                    i += 1
                continue
        # places after a place word: up to three words, stopping at a function word
        base = (w[1:] if (len(w) > 3 or w[0] in "فبل") and len(w) >= 3 and w[0] in _PREFIXES and w[1:] in AR_PLACE_WORDS
                else w)  # "فحي الانبعاث": in the neighbourhood; "لحي لازاري": to the neighbourhood
        generic = base.startswith("ال") and not toks[i + 1][2].startswith("ال") if adjacent else False
        if base in AR_PLACE_WORDS and adjacent and toks[i + 1][2] in AR_VENUE_KINDS:
            generic = True  # "صالون التجميل", "مقهى شعبي": a kind of venue, no name
        if base in AR_PLACE_WORDS and adjacent and not generic:  # "في الشارع أمام": the street, no name
            j, end = i + 1, None
            while (j < len(toks) and (j <= i + 3 or toks[j - 1][2] in _AR_PLACE_PARTICLES) and toks[j][2] not in AR_STOP
                   and (not _ar_verbish(toks[j][2]) or toks[j][2] in _AR_PLACE_PARTICLES
                        or j == i + 1 and _amazigh_place(toks[j][2]))):
                if j > i + 1 and text[toks[j - 1][1]:toks[j][0]] != " ":
                    break
                end = toks[j][1]
                j += 1
            name = _ar_clean(text[toks[i + 1][0]:end])
            # "حي الداخلة", "زنقة أكادير": a neighbourhood or a street named after a city is still an address
            if end and (name not in AR_BIG_PLACES or base in _STREET_WORDS) and not (name[:1] in "بف" and _starts_with_big_place(name[1:])):
                # "مقهى بالدار البيضاء": a café in Casablanca, no named place
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
        hood, lead = next((h for h in _HOODS_BY_FIRST.get(w, ()) if _ar_clean(text[s:s + len(h) + 4]).startswith(h)), None), 0
        if hood is None and len(w) > 3 and w[0] in _PREFIXES:  # "فالمعاريف", "بسيدي مومن": in, at the neighbourhood
            lead = _raw_index(text[s:e], 1)
            hood = next((h for h in _HOODS_BY_FIRST.get(w[1:], ())
                         if _ar_clean(text[s + lead:s + lead + len(h) + 4]).startswith(h)), None)
        if hood:
            k, end = i, e
            while k < len(toks) and _ar_clean(text[s + lead:toks[k][1]]) != hood:
                k += 1
            if k < len(toks):
                out.append((s + lead, toks[k][1], "LOC"))
                i = k + 1
                continue
        hit = _ar_name(w)
        if hit and "\u0651" in text[s:e][-2:] and w.endswith("ي"):
            hit = None  # "عليّ" (shadda on the last letter): "on me", not the name Ali
        if hit and hit == (0, "علي") and _ar_on_me(text, toks, i):
            hit = None
        if hit and hit[1] not in AR_WORD_NAMES:
            end = _ar_name_end(text, toks, i)
            out.append((s + _raw_index(text[s:e], hit[0]), end, "PER"))
            while i < len(toks) and toks[i][0] < end:
                i += 1
            continue
        i += 1
    return out
