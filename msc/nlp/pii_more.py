"""Names the other layers miss, by their position in the sentence (used by pii_extra.py).

Each rule is general (a construction, not a word of one story):
  * apposition: a capitalised word opening a sentence and followed by an age, a nationality or where she
    comes from ("Grace, camerounaise, ...", "Joy, 27, ...", "Amina, mère de deux enfants", "Esther, from Ghana"),
    or by who she is ("Prudence, la bénévole, ...", "Joy, my neighbour, ..."); after her nationality
    ("une autre Érythréenne, Selam, ...");
  * Arabic script: a first name that is also a common word (وفاء، كريمة، زهور) right after a
    verb of saying or living ("تقول وفاء", "تعرضت وفاء") or after a role noun ("المثقفة النظيرة زهور",
    "المساعدة الاجتماعية سعاد"), or opening a sentence and followed by a verb ("كريمة كان عندها"), or before
    her age ("رحمة الشاوي، 35 عام");
  * Darija in Latin letters: a first name that is also a Darija word (mina, houda, zina, lina)
    when followed by a feminine past verb ("houda 3aytat"), a kinship/friend apposition
    ("mina s7abti") or "smitha"; short forms of names after a greeting or thanks
    ("bisous a steph", "merci a nico"); the name that signs a message after a greeting
    ("hi its precious", "coucou c'est joy");
  * "with mercy, she says hi": a name-word after "with"/"avec" taken up by a pronoun after a comma;
  * initials by which a woman is called in a message: "chokran a fz", "fz 3afak jawbini", "salam c fz,",
    "wa fin nti a fz?", and then their other occurrences in the text.

Each function returns ``(start, end, label)`` triples on the normalised text.
"""
from __future__ import annotations

import re
from functools import cache

from .pii_arabic import AR_COPULA, AR_FIRST_NAMES, AR_STOP, AR_WORD_NAMES
from .pii_arabic_spans import _ar_on_me
from .pii_informal import _GREETINGS, _SMS_MARKERS, DARIJA_NAME_WORDS, informal, latin_darija
from .pii_lists import _STOP, AMBIGUOUS_NAMES, BIG_PLACES, COUNTRIES, FIRST_NAMES, NATIONALITIES, NOT_PERSONAL
from .pii_messages import _ROLE_SPEAKERS
from .pii_proper import english_word, french_word
from .text import fold

_UP = "A-ZÀ-ÖØ-Þ"

# ------------------------------------------------------------------ apposition
APPOSITION_RE = re.compile(
    rf"(?:^|(?<=[.!?\n(]) *|(?<=[.!?] [\"«])|(?<=[.!?][»\"”] )|(?<=[.!?] [»\"”] ))([{_UP}][a-zà-ÿ'\-]{{2,}})(?=, (?:([^\W\d_]{{5,}})\b|\d{{1,2}} (?:ans|years?)\b|"
    rf"(?:âgée?|aged) (?:de )?\d|m[èe]re de|mother of|veuve|widow|divorc[ée]e|a \d{{1,2}}-year-old|"
    rf"(?:from|originaire d[eu']?|venue? d[eu']?|arriv[ée]e? d[eu']?) ?([{_UP}][\w'\-]+(?: [{_UP}][\w'\-]+)?)\b|"
    rf"(?:la|le|l'|notre|our|the|my|ma|mon|sa|son|her|une|un|a|an) ?([^\W\d_]{{4,}})"
    rf"(?: (?:de|du|des|d'|de la|of|at|from|with) ?[^,.;:!?\n]{{1,40}})?,))")


# Who a person is to the writer, in an apposition ("Awa, ma voisine, …"); the organisation's roles are in _ROLE_SPEAKERS.
_CLOSE = {"voisine", "voisin", "amie", "ami", "cousine", "cousin", "soeur", "tante", "neighbour", "neighbor",
          "friend", "sister", "aunt", "colocataire", "flatmate", "collegue", "colleague", "patronne", "boss"}
_ROLES = {"veuve", "widow", "divorcee", "divorcée", "mere", "mother"}


# The name after her nationality: "une autre Érythréenne, Selam, m'a emmenée", "a young Nigerian, Osas, told us".
AFTER_NATIONALITY_RE = re.compile(rf"\b(?i:une|un|une autre|un autre|la|le|a|an|another|the|jeune|young) "
                                  rf"([{_UP}]?[a-zà-ÿ]+), ([{_UP}][a-zà-ÿ'\-]{{2,}}),")


# Love and thanks sent to someone at the end of a message: "Bisous à X", "merci à X", "hugs to X" — a person, not a place.
GREETING_TO_RE = re.compile(rf"\b(?i:bisous|bisou|bises|grosses bises|gros bisous|amiti[ée]s|salutations|pens[ée]es|"
                            rf"merci|remerciements|bonjour|salut|coucou|love|hugs|kisses|greetings|thanks|thank you|"
                            rf"regards|say hello|say hi) (?i:à|a|to) ([{_UP}][a-zà-ÿ'\-]{{2,}})\b")
_NOT_GREETED = BIG_PLACES | COUNTRIES | _STOP | NOT_PERSONAL  # "bonjour à Paris", "merci à Dieu"


# Mid-sentence, a word followed by the role she holds: "delivered by Jun, volunteer.", "avec Tiago, l'éducateur du
# CAARUD,". Only roles held by a person (not "service", "team", "association").
MID_APPOSITION_RE = re.compile(rf"(?<=[a-zà-ÿ,:;] )([{_UP}][a-zà-ÿ'\-]{{1,}}), (?:(?:la|le|l'|the|our|notre|my|ma|mon|"
                               rf"a|an|une|un|sa|son|her) ?)?([^\W\d_]{{4,}})(?=[,.;)]| (?:de|du|des|of|at|from|with)\b)")
_PERSON_ROLES = (_ROLE_SPEAKERS - {"association", "asso", "organisation", "organization", "service", "hotline", "ligne",
                                   "team", "equipe", "staff", "support", "helpline", "permanence", "accueil", "outreach",
                                   "peer", "pair", "paire"}) | _CLOSE


# People around her, named after the word saying who they are: "un agent, Bouzid, m'a gardée", "une compatriote,
# Tamar, …" (as after a nationality above).
_AROUND_HER = {"agent", "policier", "policiere", "gendarme", "compatriote", "client", "cliente", "patron", "patronne",
               "proxenete", "mari", "copain", "ex", "logeur", "logeuse", "bailleur", "chauffeur", "passeur", "officer",
               "policeman", "policewoman", "pimp", "customer", "landlord", "landlady", "driver", "smuggler"}
# "mon amie dominicaine Yaniris", "her Ghanaian friend Ama": a friend with her nationality, then her name.
FRIEND_NATIONALITY_RE = re.compile(rf"\b(?i:mon amie?|ma copine|ma voisine|ma cousine|sa copine|son amie?|une amie|"
                                   rf"un ami|my friend|her friend|a friend) ([a-zà-ÿ\-]+) ([{_UP}][a-zà-ÿ'\-]{{2,}})\b")


def apposition_spans(text: str) -> list[tuple[int, int, str]]:
    out = [(m.start(2), m.end(2), "PER") for m in AFTER_NATIONALITY_RE.finditer(text)
           if (fold(m.group(1)) in NATIONALITIES or fold(m.group(1)) in _AROUND_HER or fold(m.group(1)) in _PERSON_ROLES)
           and fold(m.group(2)) not in BIG_PLACES and fold(m.group(2)) not in _STOP]
    out += [(m.start(2), m.end(2), "PER") for m in FRIEND_NATIONALITY_RE.finditer(text)
            if fold(m.group(1)) in NATIONALITIES and fold(m.group(2)) not in _NOT_GREETED]
    out += [(m.start(1), m.end(1), "PER") for m in GREETING_TO_RE.finditer(text)
            if fold(m.group(1)) not in _NOT_GREETED]
    out += [(m.start(1), m.end(1), "PER") for m in MID_APPOSITION_RE.finditer(text)
            if fold(m.group(2)) in _PERSON_ROLES and fold(m.group(1)) not in _NOT_GREETED]
    for m in APPOSITION_RE.finditer(text):
        f = fold(m.group(1))
        if m.group(4) and fold(m.group(4)) not in _ROLE_SPEAKERS and fold(m.group(4)) not in _CLOSE:
            continue  # "Prudence, la bénévole, …" and "Joy, my neighbour, …"; not "Demain, la réunion, …"
        if m.group(2) and fold(m.group(2)) not in COUNTRIES and fold(m.group(2)) not in _ROLES:
            continue  # "Faith, nigériane,": a nationality (or a role below); not any word
        if m.group(3) and (fold(m.group(3)) not in COUNTRIES and fold(m.group(3)) not in BIG_PLACES or (
                f not in FIRST_NAMES and f not in AMBIGUOUS_NAMES and english_word(f))):
            continue  # "Joseline, from Rwanda,": a person comes from a country or a city; "Later, from Lagos,": a word
        if (f in _STOP or f in NOT_PERSONAL) and f not in AMBIGUOUS_NAMES or f in BIG_PLACES:
            continue  # "Grace" is also a word ("grâce à"), but not before ", camerounaise"
        out.append((m.start(1), m.end(1), "PER"))
    return out


# ------------------------------------------------------------------ forms
# "Name: Tamsin Reilly", "Nom : Mbaye", "Prénom de l'enfant : Issa", "Nom et prénom : X Y": the value of a name
# field on a form or a referral, up to the end of its line.
_WHOSE = (r"(?:b[ée]n[ée]ficiaire|personne|femme|m[èe]re|p[èe]re|enfant|fille|fils|mari|conjointe?|victime|agresseur|"
          r"auteur|contact|patiente?|client|woman|mother|father|child|daughter|son|husband|partner|victim|person|"
          r"beneficiary|patient|perpetrator)")  # a person's name, not a structure's
FORM_NAME_RE = re.compile(
    rf"(?im:(?:^|(?<=[.;] ))[ \t]*(?:full name|name|first name|given name|surname|last name|family name|"
    rf"nom(?: et pr[ée]nom| complet| de famille| d'usage)?|pr[ée]noms?|(?:nom|pr[ée]nom) de (?:la|le|l') ?{_WHOSE}|"
    rf"name of the {_WHOSE})[ \t]*:[ \t]*)([{_UP}][\w'\-]+(?:[ \t]+(?:(?:de|da|dos|ben|el|ait|van|le)[ \t]+)?(?:[{_UP}]\.|[{_UP}][\w'\-]*)){{0,3}})")


# "From: Lina Haddad <l.haddad@…>", "Cc: Bryony Hale", "À : Maître Kessler": the people an e-mail's header names (a
# team or a service is not one: one of its words must be no dictionary word).
HEADER_NAME_RE = re.compile(
    rf"^[ \t]*(?i:(?:from|to|cc|bcc|de|[àa]|cci|exp[ée]diteur|destinataire)[ \t]*:[ \t]*"
    rf"(?:(?:m|mme|mlle|ma[iî]tre|me|dr|mr|mrs|ms)\.?[ \t]+)?)([{_UP}][\w'\-]+(?:[ \t]+[{_UP}][\w'\-]+){{0,2}})"
    rf"(?=[ \t]*(?:<|\(|,|;|$))", re.MULTILINE)
# "الاسم: رولا", "الاسم الكامل: وفاء العمراني", "السمية: حليمة": the value of a name field of an Arabic form, up to
# the end of its line (at most four words).
AR_FORM_NAME_RE = re.compile(
    r"^[ \t]*(?:الاسم الكامل|الاسم العائلي|الاسم الشخصي|الاسم المستعمل|الاسم|اللقب|الكنية|السمية الكاملة|السمية"
    r"|سميتها|اسم الأم|اسم الأب|اسم الشريك|اسم الزوج)[ \t]*:[ \t]*([\u0621-\u064a]+(?:[ \t]+[\u0621-\u064a]+){0,3})"
    r"(?=[ \t]*(?:$|[،,(/-]))", re.MULTILINE)


def form_name_spans(text: str) -> list[tuple[int, int, str]]:
    out = [(m.start(1), m.end(1), "PER") for m in FORM_NAME_RE.finditer(text)
           if fold(m.group(1)) not in _NOT_GREETED and fold(m.group(1).split()[0]) not in _STOP]
    for m in HEADER_NAME_RE.finditer(text):
        words = [fold(w) for w in m.group(1).split()]
        if any(w in NOT_PERSONAL or w in BIG_PLACES or w in _STOP or w in _ROLE_SPEAKERS for w in words):
            continue  # "To: Housing Team", "À : Accueil"
        if len(words) > 1 or not (english_word(words[0]) or french_word(words[0])):
            out.append((m.start(1), m.end(1), "PER"))
    out += [(m.start(1), m.end(1), "PER") for m in AR_FORM_NAME_RE.finditer(text)
            if m.group(1).split()[0] not in AR_STOP]
    return out


# ------------------------------------------------------------------ lists of names
# "Présentes : Dounia, Hanane, Loubna, Sanaa et Ouafae", "avec Awa et Rasmata": a list joined by commas and a
# last "et"/"and", holding a listed first name, is a list of people; its other words are names too, unless they
# are words, places, nationalities or organisations.
_ITEM = rf"[{_UP}][a-zà-ÿ'\-]+"
NAME_LIST_RE = re.compile(rf"(?<![\w'-])((?:{_ITEM}, )*{_ITEM},? (?:et|and|&) {_ITEM})(?![\w'-])")
_ITEM_RE = re.compile(_ITEM)


_AFTER_PLACE_PREP = re.compile(r"(?i:\b(?:in|at|near|from|into|à|au|aux|vers|depuis|dans)[ ]+(?:the[ ]+|la[ ]+|l')?)$")


def name_list_spans(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in NAME_LIST_RE.finditer(text):
        items = [(i.start(), i.end(), fold(i.group(0))) for i in _ITEM_RE.finditer(m.group(0))]
        if not any(f in FIRST_NAMES for _, _, f in items):
            continue
        for b, e, f in items:
            if f not in FIRST_NAMES and _AFTER_PLACE_PREP.search(text, max(0, m.start() + b - 12), m.start() + b):
                continue  # "in a church hall, in Radford, and Amira": after "in", a place, not one of the people
            if f in FIRST_NAMES or not (f in _NOT_GREETED or f in NATIONALITIES or f in AMBIGUOUS_NAMES
                                        or english_word(f) or french_word(f)):
                out.append((m.start() + b, m.start() + e, "PER"))
    return out


# ------------------------------------------------------------------ Arabic script
_AR = "\u0621-\u064a\u0671-\u06d3"
_AR_WORD = re.compile(rf"[{_AR}\u064b-\u065f\u0640]+")
# Verbs of saying and living after which a person's name comes (MSA and Darija).
_AR_SAY = set("""تقول قالت قال يقول كتقول كيقول تحكي حكات كتحكي تضيف أضافت اضافت تروي روات تعرضت تعرض عاشت
تعيش كتعيش وصلت جات جاءت دخلت دخلات خرجت خرجات مشات ذهبت رجعت رجعات بدات بدأت قررت قررات اتصلت عيطات
رافقت ساعدت عاونات عاونت شرحت شرحات اكدت أكدت تذكر تتذكر كتفكر بقات بقيت""".split())
# Roles and kinship nouns after which a listed name (or a name-word) follows.
_AR_ROLES = set("""النظيرة النظير المثقفة المثقف الاجتماعية الاجتماعي المساعدة المنشطة المنشط المربية الممرضة
الممرض الطبيبة القابلة المولدة الوسيطة المستشارة الجارة الجار صاحبتها صديقتها زميلتها زميلتي رفيقتها
المستفيدة الضحية الشابة المراة المرأة السيدة المرشدة المرشد المؤطرة المؤطر المنسقة المنسق المحامية المرافقة
المتطوعة المتطوع المساعد""".split())
_AR_LIVE = set("عاشت تعيش كتعيش عاش يعيش كيعيش نعيش كنعيش".split())  # "تعيش حياة": lives a life, not Hayat
_AR_TO_US = set("لنا لينا لي ليا لها ليها له ليه لهم ليهم".split())
_AR_T_NOUNS = set("وقت الوقت صوت موت زيت سبت تحت بيوت ثبات".split())  # nouns ending in ت
# After a name, her family name maybe, then her age: "وردة، 30 عام", "رحمة الشاوي، 35 سنة".
_AR_AGE_AFTER = re.compile(rf"((?:[ ]+ال[{_AR}]{{2,}})?)[ ]*[،,][ ]*[0-9٠-٩]{{1,2}}[ ]+(?:عام|عاما|سنة|سنوات|سنين)(?![{_AR}])")
_AR_BREAK = re.compile(r"(?:^|[.!?؟:\n؛،,]\s*)$")


def _ar_clean(w: str) -> str:
    return re.sub("[\u064b-\u065f\u0640]", "", w).replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")


def _ar_verb_after(w: str) -> bool:
    """A verb: a feminine past ("كانت", "عطات"), a Darija present ("كيضرب", "كتخدم") or a listed one."""
    w = _ar_clean(w)
    if w in _AR_SAY or w in ("كان", "كانت", "عندها", "ما"):
        return True
    return len(w) >= 4 and (w.endswith("ت") or w.startswith(("كت", "كي", "كا", "تي", "غا")))


@cache
def _ar_names() -> frozenset[str]:
    """The Arabic-script first names and name-words, without vowel marks (built once: the lists are fixed)."""
    return frozenset(_ar_clean(n) for n in AR_WORD_NAMES | AR_FIRST_NAMES)


def arabic_context_spans(text: str) -> list[tuple[int, int, str]]:
    out = []
    toks = [(m.start(), m.end(), _ar_clean(m.group(0))) for m in _AR_WORD.finditer(text)]
    names = _ar_names()
    for k, (s, e, w) in enumerate(toks):
        if w not in names or w in AR_STOP or w == "علي" and _ar_on_me(text, toks, k):
            continue  # "سلمت علي": "greeted me", not Ali
        prev = toks[k - 1][2] if k and text[toks[k - 1][1]:s] == " " else None
        if prev in _AR_TO_US and k > 1 and text[toks[k - 2][1]:toks[k - 1][0]] == " ":
            prev = toks[k - 2][2]  # "قالت لنا حياة": the verb before "to us"
        nxt = toks[k + 1][2] if k + 1 < len(toks) and text[e:toks[k + 1][0]] == " " else None
        if prev in _AR_LIVE and w in ("حياة", "حياه"):
            continue
        if prev is not None and (prev in _AR_SAY or prev in _AR_ROLES):
            out.append((s, e, "PER"))
        elif (prev is not None and prev.endswith("ت") and not prev.startswith("ال") and len(prev) >= 4
              and prev not in AR_COPULA and prev not in AR_STOP and prev not in _AR_T_NOUNS and not prev.endswith("ات")):
            out.append((s, e, "PER"))  # "تعرضت وفاء", "رافقت سعاد": after a feminine past verb
        elif _AR_BREAK.search(text[max(0, s - 3):s]) and nxt and _ar_verb_after(nxt) and not nxt.startswith("ال"):
            out.append((s, e, "PER"))  # "كريمة كان عندها…": opening a sentence, before a verb
        elif age := _AR_AGE_AFTER.match(text, e):
            out.append((s, age.end(1), "PER"))  # "رحمة الشاوي، 35 عام": a name before her age
    return out


# ------------------------------------------------------- Darija in Latin letters
_KIN_AFTER = r"s7abti|sa7bti|sahbti|sahebti|khti|khtii|okhti|jarti|bent|mrat|bent 3ammi|bent khalti|my friend|ma copine|mon amie"
DARIJA_NAME_RE = re.compile(
    rf"(?<![\w'-])([A-Za-z][a-zà-ÿ]{{2,}})(?=\s*(?:,\s*)?(?:(?:{_KIN_AFTER})\b|\(?\s*smit(?:ha|o)\b|[a-z0-9]*[a-z3790]{{2,}}at\b))")
# Short forms of first names, used in messages ("steph", "nico"): names after a greeting or thanks.
SHORT_NAMES = set("""steph nico seb flo alex caro vero sandy jess mel cath chris fred manu dom isa val ben sam
tom max lulu nath gaby dany fanny mimi soso nono fifi zaza lala nana khadi fati zizi mimou""".split())
_THANKS_RE = re.compile(r"(?i:\b(?:bisous|bisou|bises|merci|thanks|thank you|salut|big up|love|kisses|hugs|"
                        r"bonjour|salam|slm|hi|hello|bsahtek|tsalam 3la)\s+(?:a|à|to|l|3la)\s+)([a-zà-ÿ][a-zà-ÿ'-]{2,})\b")
_GREETING_RE = re.compile(r"(?im:^\s*(?:hi|hey|hello|salut|slt|coucou|cc|bonjour|bjr|salam|slm|bonsoir|bsr)[ ,!.]+"
                          r"(?:its|it's|it is|this is|c|c'est|cest|ici|moi c'est|moi c|here is|ana)\s+)([a-zà-ÿ][a-zà-ÿ'-]{2,})\b")
_WITH_RE = re.compile(r"(?i:\b(?:with|avec)\s+)([a-zà-ÿ][a-zà-ÿ'-]{2,})(?=, (?:she|he|elle|il) (?:says|said|sends|dit|te|vous|envoie|t.embrasse)\b)")
# A woman called by her initials in a message ("fz" for Fatima-Zahra): two consonants, thanked ("chokran a fz")
# or asked ("fz 3afak jawbini"). Not the usual abbreviations of messages.
_INITIALS_CALLED_RE = re.compile(r"(?i:\b(?:chokran|choukran|shukran|merci|thanks|bsahtek|saha|bslama)\s+(?:a|ya)\s+)"
                                 r"([b-df-hj-np-tv-z]{2})\b|(?<![\w'-])([b-df-hj-np-tv-z]{2})(?=\s+(?:3afak|afak|3fak)\b)")
_TWO_LETTER_WORDS = {"cc", "pk", "st", "dm", "rv", "sv", "pr", "tt", "mr", "dr", "ms", "bb", "vs", "nb", "ps", "tv", "jj",
                     "bn", "mn", "fl", "lk", "dk", "hh", "xd", "gg", "mm", "ct", "rdv"}
_NAMES_ANY = FIRST_NAMES | AMBIGUOUS_NAMES | SHORT_NAMES | DARIJA_NAME_WORDS


def darija_latin_spans(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in DARIJA_NAME_RE.finditer(text) if latin_darija(text) else ():
        f = fold(m.group(1))
        if f in _NAMES_ANY and f not in _STOP and f not in BIG_PLACES:
            out.append((m.start(1), m.end(1), "PER"))
    for rx in (_THANKS_RE, _GREETING_RE):
        for m in rx.finditer(text):
            f = fold(m.group(1))
            if f in _NAMES_ANY and f not in _STOP - {"mina"} and f not in NOT_PERSONAL and f not in BIG_PLACES:
                out.append((m.start(1), m.end(1), "PER"))
    for m in _WITH_RE.finditer(text):
        f = fold(m.group(1))
        if m.group(1).islower() and f in AMBIGUOUS_NAMES | FIRST_NAMES and f not in _STOP:
            out.append((m.start(1), m.end(1), "PER"))
    if latin_darija(text):
        out += [(m.start(m.lastindex), m.end(m.lastindex), "PER") for m in _INITIALS_CALLED_RE.finditer(text)
                if m.group(m.lastindex).lower() not in _TWO_LETTER_WORDS]
    return out


# Initials as the name she gives or is called by: after "c" opening a message ("salam c fz,"), after a vocative
# closing a phrase ("wa fin nti a fz?"); once known, every other occurrence in the text ("Échange WhatsApp entre
# fz …"). Not the chat abbreviations ("c tt,", "a bb?", "a dr,").
_INI = r"([b-df-hj-np-tv-z]{2})"
_INITIALS_GIVEN_RE = re.compile(rf"(?im:^[^\w\n]*(?:(?:{'|'.join(sorted(_GREETINGS))})[ ,]+)?(?:c|c'est|cest|moi c|ici)[ ]+"
                                rf"{_INI}[ ]*(?:[,.!?\n]|$))")
_INITIALS_VOCATIVE_RE = re.compile(rf"(?i:(?<![\w'-])(?:a|ya|wa)[ ]+{_INI}[ ]*(?:[,!?\n]|$))")
_CHAT_ABBREVIATIONS = set("""pq qd dc ds nn dh km kg cm ml pc bd pv ch cf cd qq bz jt tg sl bs fb mg nt pt ss tk th vl
jr bg gm pb sr vr gt jv cb hs wk mp rs""".split())


def initials_name_spans(text: str) -> list[tuple[int, int, str]]:
    darija = latin_darija(text)
    names = {m.group(m.lastindex).lower() for m in _INITIALS_CALLED_RE.finditer(text)} if darija else set()
    if darija or informal(text):
        names |= {m.group(1).lower() for rx in (_INITIALS_GIVEN_RE, _INITIALS_VOCATIVE_RE) for m in rx.finditer(text)}
    names -= _TWO_LETTER_WORDS | _CHAT_ABBREVIATIONS | _STOP | _SMS_MARKERS
    return [(m.start(), m.end(), "PER") for name in names
            for m in re.finditer(rf"(?i)(?<![\w'’@.-]){name}(?![\w'’@-]|\.\w)", text)]


def more_spans(text: str) -> list[tuple[int, int, str]]:
    return apposition_spans(text) + name_list_spans(text) + form_name_spans(text) + arabic_context_spans(text) + darija_latin_spans(text) + initials_name_spans(text)
