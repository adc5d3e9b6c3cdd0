"""Names, numbers and places in the shape of messages and letters (used by pii_extra.py):

  * the speaker of a chat log: "[08:02] Joy: …", "12/03/2025 21:14 - maman: …", "09h15 Karim :" —
    a timestamp, then one to three words and a colon at the start of a line; after a title, also in
    lowercase, the name alone ("[16:20] me dupuy:", "[09:12] dr kane:"); in Arabic script, a listed name
    (also a word) labelling two lines or more ("جميلة: …"), and addressed by "and you?" ("وانتي جميلة؟");
  * the name that signs a letter or a message after its closing formula: "Cordialement, Hélène.",
    "Best wishes, Kemi", "مع خالص التحيات، سعاد." — at the end of the text;
  * a nickname given after a person's name: "Abdelilah dit Lbacha", "Kofi alias Bébé", "Ade aka Skippy";
  * a social-network handle: "son Instagram @kiki_carioca", "add me on tiktok @joy.official";
  * a phone number given in pieces with a correction between them: "06 74 31… pardon, le reste 88 05",
    "0661 22… sma7 liya, lba9i 45 78", "07 12 40… the rest is 55 10", or after a pause alone ("06 70 14…
    attendez… 52 88");
  * case, file and receipt references shaped like "AB-2025-0447", "DOS/2024/1182", "INDH-OJ-2026-0382";
  * a first name that is also a word ("Precious", "Junior", "Hope") followed by a capitalised family
    name: "Precious Okafor est venue", "Junior Mbappé's sister";
  * the lawyer's title in lowercase before her surname: "me bennis,", "maitre el ouazzani" ("me" the pronoun
    is left: "il me dit", "tu me manques");
  * the sender after "SMS de", "message vocal de": a person ("SMS de Ruxandra P."), not a place;
  * a square named after a country: "place Koweit" (not "une place France Travail");
  * a mobile number in pieces after a number cue, broken by a line or a slash: "nmrti: 06 61\n23 45 67".

Each function returns ``(start, end, label)`` triples on the normalised text.
"""
from __future__ import annotations

import re

from .pii_arabic import AR_FIRST_NAMES, AR_STOP, AR_WORD_NAMES
from .pii_informal import _SMS_MARKERS, informal, stretched_name_spans
from .pii_lists import _STOP, AMBIGUOUS_NAMES, BIG_PLACES, COUNTRIES, FIRST_NAMES, NOT_PERSONAL
from .pii_names import NAMES_MAGHREB
from .pii_proper import _dictionary
from .text import fold

_W = r"[^\W\d_][\w'’-]*"

# ------------------------------------------------------------- chat-log speakers
_STAMP = (r"(?:\[?(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?,?[ ]+)?\d{1,2}[:h]\d{2}(?::\d{2})?(?:[ ]?[AaPp][Mm])?\]?"
          r"[ ]*[-–—]?[ ]*)")
CHAT_SPEAKER_RE = re.compile(rf"(?m:^[ \t]*{_STAMP}({_W}(?:[ ]{_W}){{0,2}})[ ]?:[ ])")
# Speakers who are not persons (the system, a group, "me").
_NOT_SPEAKERS = {"moi", "me", "you", "vous", "toi", "system", "systeme", "whatsapp", "admin", "groupe", "group",
                 "note", "info", "bot", "ana", "nta", "nti", "unknown", "inconnu", "numero", "number", "q", "r", "a"}
# Titles before a speaker's name, also in lowercase ("me" is maître, not the pronoun, before a name and a colon).
_SPEAKER_TITLES = {"me", "maitre", "mme", "madame", "mlle", "m", "mr", "mrs", "ms", "dr", "docteur", "doctor"}
# Speakers named by their role in the organisation: "[21:14] Facilitatrice: …", "[09:00] Caseworker: …".
_ROLE_SPEAKERS = set("""facilitatrice facilitateur facilitator animatrice animateur conseillere conseiller mediatrice
mediateur educatrice educateur benevole volunteer counsellor counselor caseworker staff agent coordinatrice coordinateur
coordinator juriste avocate avocat lawyer nurse infirmiere infirmier psychologue psychologist interpreter interprete
traductrice traducteur assistante assistant permanence accueil support helpline equipe team moderatrice moderateur
moderator cliente client beneficiaire participante participant intervenante intervenant referente referent paire pair
peer outreach association asso organisation organization service hotline ligne presenter presentatrice presentateur
host journalist journaliste reporter""".split())


# Without a timestamp: the same label opening two lines or more of a transcript ("Joy: …\nQ: …\nJoy: …").
LINE_LABEL_RE = re.compile(rf"(?m:^[ \t]*({_W}(?:[ ]{_W})?)[ ]?:[ ])")
_HEADINGS = set("""situation contexte context date lieu place action actions besoin besoins demande demandes resume
summary background follow-up outcome result resultat resultats remarque remarques commentaire commentaires comment
comments interviewer intervieweuse enqueteur enqueteuse enquetrice question questions reponse reponses answer answers
probleme problemes objectif objectifs theme themes sujet age nationalite statut status langue language duree
prochaine next etape etapes step steps orientation orientations conclusion conclusions plan risque risques rappel
reminder alerte alert notification""".split())


def _speaker_ok(label: str) -> bool:
    words = fold(label).split()
    return not (words[0] in _NOT_SPEAKERS or words[0] in _ROLE_SPEAKERS or words[0] in _HEADINGS
                or all(w in _STOP or w in NOT_PERSONAL for w in words))


def _voice(label: str) -> bool:
    """A label that speaks in a thread: a speaker, "me", or a staff role (not a heading of a form)."""
    words = fold(label).split()
    return _speaker_ok(label) or words[0] in _NOT_SPEAKERS and words[0] not in ("q", "r", "a", "note", "info") \
        or words[0] in _ROLE_SPEAKERS


def chat_speaker_spans(text: str) -> list[tuple[int, int, str]]:
    out = []
    if text.count(":") >= 2:
        labels = [(m.start(1), m.end(1), m.group(1)) for m in LINE_LABEL_RE.finditer(text)]
        seen: dict[str, int] = {}
        for _, _, label in labels:
            seen[label] = seen.get(label, 0) + 1
        # A thread written in lower case ("kez: u up?\njojo: ye\nkez: …"): once two labels or more each open
        # two lines or more ("moi:" and a staff role count: they speak too), its lower-case labels are speakers,
        # and one heard once is one when no dictionary knows the word ("lambert: bonjour").
        voices = {label for label, n in seen.items() if n >= 2 and len(label) > 1 and _voice(label)}
        thread = len(voices) >= 2
        out += [(b, e, "PER") for b, e, label in labels if _speaker_ok(label) and (
            label[0].isupper() and seen[label] >= 2
            or thread and (label in voices or len(label) > 2 and _sender_ok(label)))]
    for m in CHAT_SPEAKER_RE.finditer(text):
        words = fold(m.group(1)).split()
        if words[0] in _SPEAKER_TITLES and len(words) > 1 and words[1] not in _STOP and words[1] not in _ROLE_SPEAKERS:
            out.append((m.start(1) + m.group(1).index(" ") + 1, m.end(1), "PER"))  # "[16:20] me dupuy:", "mme x:"
            continue
        if words[0] in _NOT_SPEAKERS or words[0] in _ROLE_SPEAKERS or all(w in _STOP or w in NOT_PERSONAL for w in words):
            continue
        if words[0] in ("mama", "maman", "tata", "tante", "auntie", "sister", "lalla", "khalti") and len(words) > 1:
            out.append((m.start(1) + m.group(1).index(" ") + 1, m.end(1), "PER"))
        else:
            out.append((m.start(1), m.end(1), "PER"))
    return out


# ------------------------------------------------------------- signatures
_CLOSING_LATIN = (r"cordialement|bien [àa] vous|bien amicalement|amicalement|avec toute ma gratitude|"
                  r"avec (?:mes|tous mes) remerciements|merci (?:encore|beaucoup|pour tout)|sinc[èe]rement|"
                  r"bien [àa] toi|bisous|grosses bises|je vous embrasse|respectueusement|"
                  r"best wishes|best regards|kind regards|warm regards|regards|yours sincerely|yours truly|"
                  r"yours faithfully|sincerely|with gratitude|with love|with thanks|many thanks|thank you again|"
                  r"thank you for everything")
_UP = "A-ZÀ-ÖØ-Þ"
SIGNOFF_LATIN_RE = re.compile(
    rf"(?i:\b(?:{_CLOSING_LATIN}))[ ]*[,!.]?[ ]*\n?[ ]*(?-i:([{_UP}][\w'’-]+(?:[ ][{_UP}][\w'’-]+)?))[ ]*[.!]?[ ]*$")
_AR = "\u0621-\u064a\u0671-\u06d3"
_CLOSING_AR = (r"مع خالص الشكر والتقدير|مع خالص الشكر|مع خالص التقدير|مع خالص التحيات|مع فائق الاحترام|"
               r"مع تحياتي|تحياتي|مع الشكر|شكرا جزيلا|شكراً جزيلاً|مع المحبة|بكل احترام|والسلام")
SIGNOFF_AR_RE = re.compile(rf"(?:{_CLOSING_AR})[ ]*[،,.!]?[ ]*\n?[ ]*([{_AR}]+(?:[ ][{_AR}]+)?)[ ]*[.!]?[ ]*$")
_NOT_SIGNERS_AR = {"لكم", "لك", "للجميع", "عليكم", "جزيلا", "جميعا", "الجميع", "الفريق", "الجمعية", "كثيرا"}


def signoff_spans(text: str) -> list[tuple[int, int, str]]:
    out = []
    tail = max(0, len(text) - 200)
    for m in SIGNOFF_LATIN_RE.finditer(text, tail):
        words = fold(m.group(1)).split()
        if any(w in _STOP or w in NOT_PERSONAL or w in BIG_PLACES or w in COUNTRIES for w in words):
            continue  # "Merci, Madame.", "Cordialement, Marseille" (a place), "Thanks, Everyone"
        if words[0] in ("madame", "monsieur", "equipe", "team", "everyone", "all", "tous", "toutes"):
            continue
        out.append((m.start(1), m.end(1), "PER"))
    for m in SIGNOFF_AR_RE.finditer(text, tail):
        words = m.group(1).split()
        if any(w in _NOT_SIGNERS_AR or w.startswith("ال") for w in words):
            continue
        out.append((m.start(1), m.end(1), "PER"))
    return out


# ------------------------------------------------------------- nicknames after a name
NICK_AFTER_NAME_RE = re.compile(
    rf"\b[{_UP}][\w'’-]+[ ]+(?:dit|dite|alias|aka|a\.k\.a\.|surnomm[ée]e?)[ ]+[«\"“']?[ ]?([{_UP}][\w'’-]+)")


def nickname_after_name_spans(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in NICK_AFTER_NAME_RE.finditer(text):
        head = fold(text[m.start():m.end()].split()[0])
        if head in _STOP or head in NOT_PERSONAL:
            continue  # "Elle dit Bonjour", "On dit Marrakech…": the word before is no name
        if fold(m.group(1)) in _STOP or fold(m.group(1)) in BIG_PLACES:
            continue
        out.append((m.start(1), m.end(1), "PER"))
    return out


# ------------------------------------------------------------- phone numbers given in pieces
_REST = r"(?:le reste|la suite|la fin|lba9i|lbaqi|lb9i|the rest(?: is)?|rest is|الباقي|والباقي|لباقي)"
PIECES_RE = re.compile(
    rf"(?<![\w+])((?:\+|00|0)\d{{1,3}}(?:[ .-]?\d{{2,3}}){{1,3}})[ ]*(?:\.\.\.|…|-+)?(?:[^\d\n]|(?<=[a-z])\d){{0,40}}?"
    rf"(?i:{_REST})(?:[^\d\n.;]|(?<=[a-z])\d){{0,30}}?[ ]*[:,]?[ ]*(\d{{2}}(?:[ .-]?\d{{2}}){{0,3}})(?![\d])")


# Without a cue, a pause between the pieces of a mobile number: "06 70 14… attendez… 52 88", "07 52 18 and then,
# after a while, 93 40". The first piece starts like a French or Moroccan mobile (06, 07) in pairs, the pause has
# no digit and ends no sentence, and the pieces make exactly ten digits.
PAUSED_RE = re.compile(r"(?<![\w+])(0[67](?:[ .]\d{2}){1,3})(?:[^\d\n.;!?]|\.\.\.|…){2,60}?"
                       r"(?<![:h])(\d{2}(?:[ .]\d{2}){0,3})(?![\d/:h]|[ .,]\d)")


# After a number cue, a mobile (06, 07, 05) broken by a line or a slash: "nmrti: 06 61\n23 45 67",
# "tel : 0655 / 21 47 09". The pieces make exactly ten digits.
_NUMBER_CUE = (r"nmrti|nmrt|nmra|nemra|nomro|nimro|ra9m|raqm|num[ée]ro|num|n°|t[ée]l|tlf|tlfn|tlefoun|tilifoun|"
               r"t[ée]l[ée]phone|portable|phone|mobile|whats?app|wtsp")
CUED_PIECES_RE = re.compile(rf"(?i:(?<![\w])(?:{_NUMBER_CUE})(?![\w])[^\d\n]{{0,12}}?)(?<![\w+])(0[5-7](?:[ .]?\d{{2}}){{1,3}})"
                            r"[ ]*(?:\n|/)[ ]*(\d{2}(?:[ .]\d{2}){0,3})(?![\d/:h]|[ .,]\d)")
# Not a number but an amount, a time or an age: "12 30 00 dh", "12 45 h", "20 euros".
_UNIT_AFTER = re.compile(r"(?i:[ ]?(?:dh|dhs|mad|dirhams?|€|eur|euros?|fcfa|cfa|h|heures?|min|mn|%|ans?|km|kg)(?![\w]))")


def phone_pieces_spans(text: str) -> list[tuple[int, int, str]]:
    out = [(m.start(k), m.end(k), "PHONE") for m in PIECES_RE.finditer(text) for k in (1, 2)]
    for rx in (PAUSED_RE, CUED_PIECES_RE):
        for m in rx.finditer(text):
            if sum(c.isdigit() for c in m.group(1) + m.group(2)) == 10 and not _UNIT_AFTER.match(text, m.end()):
                out += [(m.start(1), m.end(1), "PHONE"), (m.start(2), m.end(2), "PHONE")]
    return out


# ------------------------------------------------------------- a social-network handle: "@kiki_carioca"
# The "@" opens the word (an e-mail has a name before it); a letter follows, then letters, digits, "_" or ".".
HANDLE_RE = re.compile(r"(?<![\w.@+-])@[A-Za-z][\w.]{1,29}(?<![.])(?![\w@])")


def handle_spans(text: str) -> list[tuple[int, int, str]]:
    """A person's account name is a way to find her: masked as her name."""
    return [(m.start(), m.end(), "PER") for m in HANDLE_RE.finditer(text)] if "@" in text else []


# ------------------------------------------------------------- references shaped like AB-2025-0447
# A service's code may have several parts before the year: "INDH-OJ-2026-0382", "AB/CD/2024/117".
REFERENCE_RE = re.compile(r"(?<![\w/-])[A-Z]{2,6}(?:[-/][A-Z]{2,6}){0,2}[-/](?:19|20)\d{2}[-/][A-Z]?\d{3,7}(?![\w/-])")
# Court and police file numbers after their abbreviation: "RG 24/05512", "R.G. n° 23/1187", "PV 2025/0091".
COURT_NO_RE = re.compile(r"\b(?:RG|R\.G\.|PV|P\.V\.|parquet)[ ]?(?:n°[ ]?|no\.?[ ]?)?(\d{2,4}/\d{3,6})(?![\d/])")
# Documents in Arabic script: "البطاقة الوطنية ك١٢٣٤٥٦", "جواز السفر رقم ٠٩٨٧٦٥٤٣".
_AR_DOC = r"البطاقة الوطنية|بطاقة التعريف|بطاقة الإقامة|بطاقة اللاجئ|جواز السفر|جواز سفر|الباسبور|رقم الملف|وصل الإيداع|الوصل"
AR_DOC_NO_RE = re.compile(rf"(?:{_AR_DOC})[ ]?(?:رقم|ديالي|ديالها|نمرة)?[ :]*([\u0621-\u064aA-Z]{{0,2}}[ ]?[٠-٩0-9]{{5,10}})(?![٠-٩0-9])")


def reference_spans(text: str) -> list[tuple[int, int, str]]:
    return ([(m.start(), m.end(), "ID") for m in REFERENCE_RE.finditer(text)]
            + [(m.start(1), m.end(1), "ID") for m in COURT_NO_RE.finditer(text)]
            + [(m.start(1), m.end(1), "ID") for m in AR_DOC_NO_RE.finditer(text)])


# ------------------------------------------------------------- "Precious Okafor": word-name + family name
_WORD_FIRST = AMBIGUOUS_NAMES | {"junior", "prince", "princess", "divine", "happy", "lucky", "innocent", "marvel",
                                 "gift", "success", "goodness", "comfort", "miracle", "destiny", "wisdom", "beauty"}
WORD_NAME_SURNAME_RE = re.compile(rf"(?<![\w'’-])([{_UP}][a-zà-ÿ]+)[ ]+([{_UP}][a-zà-ÿ]+(?:-[{_UP}][a-zà-ÿ]+)?)(?![\w-])")
_SURNAME_NOT = {"street", "road", "church", "house", "centre", "center", "city", "hotel", "bar", "club", "foundation",
                "fondation", "association", "project", "projet", "school", "ecole", "hospital", "hopital", "fund",
                "programme", "program", "network", "reseau", "day", "week", "month", "year"}


def word_name_surname_spans(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in WORD_NAME_SURNAME_RE.finditer(text):
        first, last = fold(m.group(1)), fold(m.group(2))
        if first not in _WORD_FIRST or last in _STOP or last in NOT_PERSONAL or last in _SURNAME_NOT:
            continue
        if last in BIG_PLACES or last in COUNTRIES or last in _WORD_FIRST:
            continue  # "Hope Nigeria", "Joy Grace" (two word-names: left to the other rules)
        out.append((m.start(), m.end(), "PER"))
    return out


# ------------------------------------------------------------- "m3a joy w blessing": a pair of names after "with"
_NAME_WORDS = FIRST_NAMES | AMBIGUOUS_NAMES
PAIR_RE = re.compile(r"(?i:\b(?:m3a|ma3a|m3aha|m3ah|with|avec|ana w|moi et|me and)[ ]+([a-zà-ÿ][a-zà-ÿ'-]+)[ ]+"
                     r"(?:w|wa|o|and|et|&)[ ]+([a-zà-ÿ][a-zà-ÿ'-]+))(?![\w'-])")


def name_pair_spans(text: str) -> list[tuple[int, int, str]]:
    """Two words of the name lists joined by "and" after "with" are two names, even words like joy or hope."""
    out = []
    for m in PAIR_RE.finditer(text):
        if fold(m.group(1)) in _NAME_WORDS and fold(m.group(2)) in _NAME_WORDS:
            out += [(m.start(1), m.end(1), "PER"), (m.start(2), m.end(2), "PER")]
    return out


# ------------------------------------------------------------- "lettre d'Espérance", "sonne chez dupuy", "si lhoucine"
LETTER_OF_RE = re.compile(rf"(?i:\b(?:lettre|message|mot|note|vocal|texto|courrier)[ ]+d['’])([{_UP}][\w'’-]+)")
DOORBELL_RE = re.compile(r"(?i:\b(?:sonne[rz]?|sonnez|frappe[rz]?|ring|buzz)[ ]+(?:chez|at)[ ]+)([a-zà-ÿ][\w'-]{2,})")
HONORIFIC_RE = re.compile(r"(?i:\b(?:si|sidi|lalla|moulay|hajj?|hajja)[ ]+)(l?)([a-zà-ÿ]{3,})(?![\w'-])")


# "SMS de Ruxandra", "message vocal de Dorina": a message comes from a person, not from a place.
SENDER_RE = re.compile(rf"(?i:\b(?:sms|messages?|textos?|vocal|vocaux|audio|notes? vocales?|whats?app|e-?mails?|"
                       rf"courriels?)[ ]+de[ ]+)([{_UP}][\w'’-]+)")


def _dictionary_word(f: str) -> bool:
    return f in _dictionary("fr") or f in _dictionary("en")


def _sender_ok(word: str) -> bool:
    f = fold(word)
    if f in _STOP or f in NOT_PERSONAL or f in BIG_PLACES or f in COUNTRIES:
        return False
    return f in _ALL_FIRST or not _dictionary_word(f)


def named_after_cue_spans(text: str) -> list[tuple[int, int, str]]:
    out = [(m.start(1), m.end(1), "PER") for m in SENDER_RE.finditer(text) if _sender_ok(m.group(1))]
    for m in LETTER_OF_RE.finditer(text):  # a letter from someone, not from a place
        if fold(m.group(1)) not in BIG_PLACES and fold(m.group(1)) not in _STOP and fold(m.group(1)) not in NOT_PERSONAL:
            out.append((m.start(1), m.end(1), "PER"))
    for m in DOORBELL_RE.finditer(text):  # the name on the doorbell, often a family name in lowercase
        if fold(m.group(1)) not in _STOP and fold(m.group(1)) not in ("nous", "moi", "elle", "lui", "eux", "toi"):
            out.append((m.start(1), m.end(1), "PER"))
    for m in HONORIFIC_RE.finditer(text):  # "si lhoucine", "lalla lkbira": Darija "l" before a listed name
        if fold(m.group(2)) in FIRST_NAMES or (m.group(1) and fold(m.group(2)) in _ALL_FIRST):
            out.append((m.start(1), m.end(2), "PER"))
    return out


_ALL_FIRST = FIRST_NAMES | {fold(w) for w in NAMES_MAGHREB.split()}

# ------------------------------------------------------------- "me bennis", "maitre el ouazzani": the lawyer
# The title of a lawyer written in lowercase in a message, maybe a particle, then the surname. "me" is also the
# French pronoun ("il me dit", "tu me manques", "me suis"): after it, only a word that is no dictionary word,
# stop word or Darija word, that ends its phrase ("me bennis,", "l me bennis\n", "me carvalho c adaeze"), in a
# message.
LAWYER_RE = re.compile(r"(?<![\w'’-])(me|[Mm]a[iî]tre|[Mm]tre)\.?[ ]+((?:(?:el|al|ben|bel|bou|ait|ibn|ould|de|da|dos)"
                       r"[ ]+)?([a-zà-ÿ][a-zà-ÿ-]{2,}))(?![\w'’-])")
# After the pronoun "me": chat abbreviations and Spanish or Portuguese verbs ("text me tmrw", "me llamo", "me ajuda!").
_ME_NOT = set("""tmrw tmr tmrow thx thnx thanx pls plz asap idk lol omg btw bsr dsl mrc ptdr jtm jtd tkt stp svp vrm jsp
koi pk pq qd tt bb bebe llamo llama gusta gustan encanta duele duelen ayuda ayudas siento voy fui dijo dijeron dio
pego pega quiere quieres chamo ajuda ajude disse deu bateu sinto liga ligue manda mande""".split())
# Before the pronoun "me": its subject or a verb ("tu me mank,", "il me sai", "help me kevin"); never before the title.
_ME_SUBJECT = set("""je j tu t il elle on nous vous ils elles qui ca sa ne n se y en jsuis chui you i he she we they it
to let tell give call text help va vas vais veut veux peut peux doit dois faut laisse fais fait""".split())
_ME_BEFORE = re.compile(r"([\w'’]+)[ ]+$")
_ME_NAME_END = re.compile(r"[ ]*(?:$|[,.;:!?()\n]|(?:c|c'est|cest|ici|et|w|o|wa|and|dyal|dial|ghadi|li|lli|qui)\b)")


def lawyer_spans(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in LAWYER_RE.finditer(text):
        f = fold(m.group(3))
        if (f in _STOP or f in NOT_PERSONAL or f in BIG_PLACES or f in COUNTRIES or f in _ROLE_SPEAKERS
                or f in _DARIJA_FUNCTION or f in _SMS_MARKERS):
            continue
        if m.group(1) == "me" and (f in _ME_NOT or not (_ME_NAME_END.match(text, m.end()) and informal(text))):
            continue
        before = _ME_BEFORE.search(text, max(0, m.start() - 20), m.start()) if m.group(1) == "me" else None
        if before and fold(before.group(1)).split("'")[-1] in _ME_SUBJECT | {""}:
            continue
        if not _dictionary_word(f):  # last: the dictionary is loaded on first use
            out.append((m.start(2), m.end(2), "PER"))
    return out


# ------------------------------------------------------------- places: "the Atlas Sud hotel", "f cafe nakhil"
# "salon de coiffure Chez Nadia", "maquis Chez Tantie Awa": a venue named "Chez X" is a place, X inside it.
CHEZ_VENUE_RE = re.compile(
    rf"(?i:\b(?:salon|restaurant|snack|caf[ée]|bar|maquis|boutique|[ée]picerie|hammam|boulangerie|magasin|kiosque|"
    rf"buvette|cantine|gargote|t[ée]l[ée]boutique)(?:[ ]+(?:de|d')[ ]?[a-zà-ÿ]+)?[ ]+)"
    rf"Chez[ ]+(?:(?:Tata|Tantie|Mama|Maman|Mami|Tonton|Papa|Hajja|Lalla)[ ]+)?[{_UP}][\w'’-]+")
# "café associatif Le Samovar", "centre d'hébergement Le Tourville", "foyer Les Mouettes": a venue or shelter
# with a qualifier and its own name after an article is a place; "salle Jean-Lurçat": a hall named after a person.
_CAP_W = rf"[{_UP}][\w'’]*(?:-[{_UP}]?[\w'’]+)*"
NAMED_HOUSE_RE = re.compile(
    rf"(?i:\b(?:(?:caf[ée]|bar|restaurant|[ée]picerie|cantine)[ ]+(?:associati(?:f|ve)|solidaire|sociale?|culturel|"
    rf"communautaire)|centre d'h[ée]bergement|centre d'accueil|h[ée]bergement d'urgence|foyer|r[ée]sidence sociale|"
    rf"maison relais|pension de famille|accueil de jour|chrs)[ ]+(?:le|la|les|l'))[ ]?{_CAP_W}(?:[ ]{_CAP_W})?")
HALL_RE = re.compile(rf"(?i:\b(?:salle|gymnase))[ ]+({_CAP_W}(?:[ ]{_CAP_W})?)")
_HALL_KINDS = {"polyvalente", "municipale", "communale", "commune", "principale", "paroissiale"}
VENUE_AFTER_RE = re.compile(rf"\b(?:[{_UP}][\w'’-]+[ ]+){{2,3}}(?:hotel|bar|caf[ée]|club|snack|restaurant|nightclub)\b")
LOW_VENUE_RE = re.compile(r"(?<![\w'])(?:caf[ée]|snack|hotel|h[ôo]tel|hammam|restaurant|salon|bar)[ ]+([a-z][a-z'-]{2,})(?![\w'-])")


# "place Koweit", "square Sénégal": a square named after a country; not after a determiner, where "place" is a seat
# or a spot ("une place France Travail", "plus de place Maroc-Espagne", "sa place Mali dans la file").
COUNTRY_SQUARE_RE = re.compile(r"(?i:(?<![\w'’-])(?:place|square|esplanade|rond-point)[ ]+)([\w'’]+(?:-[\w'’]+)*)")
_SEAT_BEFORE = set("""une un de d d' sa ma ta son mon ton notre votre leur cette ce quelle quelle chaque plus seule seul
derniere premiere bonne autre meme a an my her his your our their one no any every this that last first""".split())
_WORD_BEFORE = re.compile(r"([\w'’]+)[ ]*$")


def country_square_spans(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in COUNTRY_SQUARE_RE.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if fold(m.group(1)) in COUNTRIES and not (before and fold(before.group(1)) in _SEAT_BEFORE):
            out.append((m.start(), m.end(), "LOC"))
    return out


def venue_spans(text: str) -> list[tuple[int, int, str]]:
    out = [(m.start(), m.end(), "LOC") for m in VENUE_AFTER_RE.finditer(text)
           if fold(m.group(0).split()[0]) not in _STOP]
    out += country_square_spans(text) if "lace" in text or "quare" in text or "splanade" in text or "point" in text else []
    out += [(m.start(), m.end(), "LOC") for m in CHEZ_VENUE_RE.finditer(text)]
    out += [(m.start(), m.end(), "LOC") for m in NAMED_HOUSE_RE.finditer(text)]
    out += [(m.start(), m.end(), "LOC") for m in HALL_RE.finditer(text)
            if fold(m.group(1).split()[0]) not in _HALL_KINDS
            and ("-" in m.group(1) or " " in m.group(1) or fold(m.group(1)) not in _ALL_FIRST | _STOP | NOT_PERSONAL)]
    if LOW_VENUE_RE.search(text) and informal(text):
        out += [(m.start(), m.end(), "LOC") for m in LOW_VENUE_RE.finditer(text)
                if fold(m.group(1)) not in _STOP and fold(m.group(1)) not in _DARIJA_FUNCTION]
    return out


_DARIJA_FUNCTION = set("""dyal dyali dyalha dyalo dial m3a m3aya 3la fih fiha lli li daba hna rah kayn kayna ghadi bach
wach bzaf mzyan zwin tani f fi o w wa""".split())


# ------------------------------------------------------------- Arabic script
_AR_W = rf"[{_AR}]+"
# "أما بشرى بنعلي فافتتحت": "as for X, (she) …" — the topic between أما and the ف- of the verb.
AR_AS_FOR_RE = re.compile(rf"(?<![{_AR}])(?:أما|اما)[ ]+({_AR_W}(?:[ ]{_AR_W})?)[ ]+ف{_AR_W}")
# "ولطيفة كتحكي": a listed name (also a word) as the subject of a Darija present verb (كت-/كي-).
AR_SUBJECT_RE = re.compile(rf"(?<![{_AR}])(و?)({_AR_W})[ ]+(?:كت|كي|كن)[{_AR}]{{2,}}")
# "صالون لالة ياقوت", "مقهى سعاد": a venue named after a person (with a title or a listed name) is a place.
AR_VENUE_RE = re.compile(rf"(?<![{_AR}])[فب]?(?:صالون|مقهى|قهوة|فندق|أوطيل|اوطيل|حمام|مطعم|سناك|ملهى|كباريه)[ ]+"
                         rf"(?:(?:لالة|للا|سيدي|مولاي)[ ]+)?{_AR_W}")
_AR_NAMES = AR_FIRST_NAMES | AR_WORD_NAMES
# Loanwords for venues ("أوطيل أطلس", "سناك الوفاء") are followed by the venue's own name.
_AR_LOAN_VENUES = ("أوطيل", "اوطيل", "سناك", "كباريه")
# "قدام قهوة الحافة": after a preposition of place, a café with a definite name is a named place ("شربت قهوة
# الصباح": a coffee, no place).
# The same for a hammam, a hotel or a restaurant ("قدام حمام النخلة"), unless the word after it is a common noun or
# adjective ("حمام الحومة", "حمام النساء": the neighbourhood's, the women's hammam).
AR_NAMED_CAFE_RE = re.compile(rf"(?<![{_AR}])(?:قدام|حدا|قرب|جنب|أمام|امام|عند|ورا|وراء|مقابل|بجانب)[ ]+"
                              rf"(?:قهوة|مقهى|حمام|فندق|أوطيل|اوطيل|مطعم|سناك|ملهى)[ ]+(ال[{_AR}]{{2,}})")
_AR_GENERIC_AFTER_VENUE = set("""الحومة الحي الدرب الدوار الدار البيت السوق المدينة الجامع المسجد المحطة النساء النسا
الرجال الرجالة العيالات الشعبي البلدي العمومي التقليدي الجديد القديم الكبير الصغير""".split())
# "أوطيل كبير": a big hotel, no name.
_AR_VENUE_ADJECTIVES = set("كبير صغير صغيور رخيص زوين غالي قديم جديد مزيان خايب".split())


# "كل صباح كنبيع"، "هاد صباح كنت": after "every"/"this", a name-word is a time or a thing, no subject.
_AR_COUNTED = re.compile(rf"(?<![{_AR}])(?:كل|هاد|هادا|هادي|هذا|هذه|واحد|واحدة|شي|أي|اي|ذات)[ ]+$")
# "جميلة: حتى أنا": a listed name (also a word) labelling two lines or more of a chat is a speaker.
_AR_LINE_LABEL = re.compile(rf"(?m:^[ \t]*([{_AR}]{{2,}})[ ]?:)")


def arabic_chat_speaker_spans(text: str) -> list[tuple[int, int, str]]:
    labels = [(m.start(1), m.end(1), m.group(1)) for m in _AR_LINE_LABEL.finditer(text)]
    seen: dict[str, int] = {}
    for _, _, label in labels:
        seen[label] = seen.get(label, 0) + 1
    speakers = {label for label in seen if seen[label] >= 2 and label in _AR_NAMES and label not in AR_STOP}
    out = [(b, e, "PER") for b, e, label in labels if label in speakers]
    # "وانتي جميلة؟": a speaker of the chat addressed by "and you?"
    for label in speakers:
        out += [(m.start(1), m.end(1), "PER") for m in re.finditer(
            rf"(?<![{_AR}])[و]?(?:انتي|أنتي|انت|أنت|نتي|نتيا)[ ]+({re.escape(label)})(?=[ ]*[؟?])", text)]
    return out


def arabic_message_spans(text: str) -> list[tuple[int, int, str]]:
    out = arabic_chat_speaker_spans(text)
    for m in AR_AS_FOR_RE.finditer(text):
        words = m.group(1).split()
        if words[0] in AR_FIRST_NAMES and not words[-1].startswith("ال"):
            out.append((m.start(1), m.end(1) if len(words) == 1 or words[1] not in AR_STOP
                        else m.start(1) + len(words[0]), "PER"))
    for m in AR_SUBJECT_RE.finditer(text):
        if m.group(2) in _AR_NAMES and m.group(2) not in AR_STOP and not (
                not m.group(1) and _AR_COUNTED.search(text, max(0, m.start() - 8), m.start())):  # "كل صباح كنبيع"
            out.append((m.start(2), m.end(2), "PER"))
    for m in AR_VENUE_RE.finditer(text):
        name = m.group(0).split()[-1]
        loan = (m.group(0).split()[0].lstrip("فب") in _AR_LOAN_VENUES and name not in AR_STOP
                and name not in _AR_VENUE_ADJECTIVES)
        if name in _AR_NAMES or len(m.group(0).split()) > 2 or loan:  # "مطعم صغير": a small restaurant, no name
            out.append((m.start(), m.end(), "LOC"))
    out += [(m.end() - len(" ".join(m.group(0).split()[1:])), m.end(), "LOC") for m in AR_NAMED_CAFE_RE.finditer(text)
            if m.group(1) not in _AR_GENERIC_AFTER_VENUE]
    return out


def message_spans(text: str) -> list[tuple[int, int, str]]:
    return (chat_speaker_spans(text) + handle_spans(text) + signoff_spans(text) + nickname_after_name_spans(text)
            + phone_pieces_spans(text) + reference_spans(text) + word_name_surname_spans(text) + name_pair_spans(text)
            + named_after_cue_spans(text) + venue_spans(text) + arabic_message_spans(text) + lawyer_spans(text)
            + stretched_name_spans(text))
