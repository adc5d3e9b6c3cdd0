"""Names and places in the informal register (used by pii_extra.py): SMS, WhatsApp, Darija in
Latin letters, where names are often written in lowercase ("moi c sabrina", "smiti hafida",
"my friend joy", "yassine o rim", "f hay salam", "boulevard pasteur"), and short reduplicated nicknames
("Titi", "Zizou", "mimi vous attend"), and first names stretched after a vocative ("wa zinebb", "ya nadiaaa").

Each function returns ``(start, end, label)`` triples on the normalised text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .pii_gazetteer import broad_first_names
from .pii_lists import _STOP, AMBIGUOUS_NAMES, BIG_PLACES, FIRST_NAMES, NOT_PERSONAL
from .pii_names import COMMON_WORD_NAMES
from .pii_proper import _dictionary
from .text import fold

# ------------------------------------------------------- lowercase names (SMS)
_LOW_CUES = ("c|c'est|cest|ces|moi c|moi c'est|c moi|je suis|jsuis|chui|jsui|je m'appelle|jm'appelle|m'appelle|"
             "mappelle|s'appelle|sappelle|appelle|avec|chez|de la part de|ma copine|mon amie|ma soeur|ma sœur|"
             "ma cousine|ma voisine|ma tante|mon mari|mon frere|mon frère|et moi|moi et|slt c|salut c|"
             "my name is|my name's|im|i'm|i am|it's me|its me|me and|my friend|my sister|my cousin|with|"
             "smiti|smitha|smito|ismi|esmi|ana|ana smiti|khti|khiti|okhti|sa7bti|sa7bt|sahbt|s7abt|sahebt|sahbti|s7abti|sahbti|jarti|"
             "khalti|3amti|3ammi|3ami|khali|khalo|mrat|bent|m3a|kaysmiwha|kansmiwha|kaysmiwh|kaysmiwni|kaygoulou liha|lalla|hajja|"
             "kay3ayet lia|kay3aytou lia|kay3ayto lia|kay3aytoli|kay3ayetli|kaygoulo lia|kaygoulou lia|3aytou lia|"
             "salam|slm|coucou|cc|bonjour|bjr|bonsoir|hello|hi|hey|salut|wesh|yo|slt|c'est moi|cest moi|na me|ici|dyal|dial|ma3a|mea|m3aha|w|wa|o|et|and|&|ana w|ana o|ana wa|ana et|moi w|mn|men")
_STRONG_CUES = {"moi c", "moi c'est", "c moi", "je m'appelle", "m'appelle", "my name is", "my name's", "me and",
                "my friend", "my sister", "smiti", "ismi", "esmi", "ana smiti", "kaysmiwha", "kansmiwha", "khti",
                "sa7bti", "sahbti", "sa7bt", "sahbt", "s7abt", "sahebt", "ma copine", "mon amie", "its me", "it's me", "ana", "salam", "slm", "coucou", "slt", "cc",
                "bonjour", "bjr", "bonsoir", "hello", "hi", "hey", "salut", "wesh"}
_CUE_SET = set(_LOW_CUES.split("|"))
# After these, the next word is a name even when it is also a word ("me and blessing", "smiti warda").
_NAMING_CUES = {"ana w", "ana o", "ana wa", "ana et", "moi w", "na me", "c'est moi", "cest moi",
                "moi c", "moi c'est", "c moi", "je m'appelle", "m'appelle", "my name is", "my name's", "me and",
                "moi et", "et moi", "smiti", "ismi", "esmi", "ana smiti", "kaysmiwha", "kansmiwha", "kay3ayet lia",
                "kay3aytou lia", "kay3ayto lia", "kay3aytoli", "kay3ayetli", "kaygoulo lia", "kaygoulou lia", "3aytou lia"}
_LOW_WORD = re.compile(r"(?<![\w'-])[a-zà-ÿ][a-zà-ÿ'-]{2,}(?![\w'-])")
_PREV_WORDS = re.compile(r"[\w'-]+")
_NAMES_OK = FIRST_NAMES | AMBIGUOUS_NAMES
_ENDS_NAME = re.compile(r"\s*(?:$|[,.;:!?)]|(?:and|et|&|who|qui|li|lli|elli|labas|cv|ça va|ca va|how)\b)")
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


# In a name's position even when the word is on no list: after "moi c", "je m'appelle", "smiti"… and
# a greeting that opens the message ("coucou rosie c dounia", "slt houda,") when the word ends the phrase.
_INTRO_CUES = {"moi c", "moi c'est", "c moi", "je m'appelle", "m'appelle", "my name is", "my name's", "smiti", "ismi",
               "esmi", "ana smiti", "kaysmiwha", "kansmiwha", "kaysmiwni", "its me", "it's me", "ici", "na me",
               "c'est moi", "cest moi"}
_GREETINGS = {"coucou", "cc", "slt", "salut", "bonjour", "bjr", "bonsoir", "hello", "hi", "hey", "salam", "slm", "wesh",
              "yo"}
_INTRO_END = re.compile(r"[ ]*(?:$|[,.;:!?()\n]|(?:c|c'est|cest|ici|its|it's|ana|moi|here|de|du|from|men|mn)\b)")
# Words that follow a greeting without being a name ("coucou toi", "hi guys", "salam alikoum").
_ADDRESSEES = set("""toi vous tous toutes tout team equipe famille filles les gars girls guys everyone everybody all
dear darling babe sis sister bro frero ladies friends amis amies copines cherie cheri belle ma mon mes alikoum alaykoum
aleykoum 3likom 3alaykom 3likoum likoum khti khtiti lkhwatat habibti habibi azizti zine lalla madame monsieur
mesdames la le world there again encore aussi pareil pareille bon bonne fini finie mort morte grave dur dure chaud
top cool nul nulle vrai sur sure clair ouf normal mieux pire possible juste fou folle dingue trop tres bien mal
fatiguee fatigue malade dispo ok okay oui non moi toi elle lui nous dehors partie parti rentree sortie
ana nta nti howa hiya hya huwa ntoma ntouma homa""".split())


_LOW_PRONOUNS = {"ana", "nta", "nti", "hiya", "howa"}
_UNKNOWN_CUE_LAST = {c.split(" ")[-1] for c in _INTRO_CUES | _GREETINGS} | {"c", "c'est", "cest"}
_PREV_WORD = re.compile(r"([\w'-]+)[ ,:]*$")


def _prev_word(text: str, start: int) -> str:
    m = _PREV_WORD.search(text, max(0, start - 24), start)
    return m.group(1).lower() if m else ""


_AND_CUES = {"w", "wa", "o", "et", "and", "&"}  # "o": Darija "and" in Latin letters ("yassine o rim")
_NAME_AND = re.compile(r"([\w'-]+)[ ]+(?:w|wa|o|et|and|&)[ ]+$", re.IGNORECASE)
# "l msg mn awa.": a listed name after "from" (Darija mn/men) only where it ends the phrase ("mn salma" yes,
# "mn sidi moumen" is a place, "mn lyon" a city).
_FROM_CUES = {"mn", "men"}


def _name_before_and(text: str, start: int, f: str) -> bool:
    """The word before "and" is a first name too, and neither is also a Darija word ("mina et farah")."""
    m = _NAME_AND.search(text, max(0, start - 30), start)
    if not m or f in DARIJA_NAME_WORDS:
        return False
    prev = fold(m.group(1))
    return prev in _NAMES_OK and prev not in DARIJA_NAME_WORDS


def _unknown_name(text: str, m: re.Match, f: str, cue: str) -> bool:
    """A word on no list in a name's position (see _INTRO_CUES, _GREETINGS)."""
    if len(f) < 3 or not f.replace("-", "").isalpha() or f in _ADDRESSEES or f in _SMS_MARKERS or f in DARIJA_NAME_WORDS:
        return False
    if not _INTRO_END.match(text, m.end()):
        return False
    if cue in _INTRO_CUES:
        return cue != "ici" or not text[:m.start()].strip(" ,").lower().rstrip(":").endswith(("d'ici", "par ici"))
    if cue in ("c", "c'est", "cest"):  # "c ibtissem," opening a message, maybe after a greeting and a name
        line = text[:m.start()].rsplit("\n", 1)[-1]
        opening = re.sub(r"(?i)\s*(?:c'est|cest|c)\s*$", "", line).replace(",", " ").split()
        return bool(opening) and opening[0].lower() in _GREETINGS and len(opening) <= 2
    if cue in _GREETINGS:  # the greeting opens the message or a line
        before = text[:m.start()].rstrip(" ,")
        opening = before[:len(before) - len(cue)].rstrip(" \t")
        return before.lower().endswith(cue) and (not opening or opening.endswith(("\n", ".", "!", "?")))
    return False


def lowercase_name_spans(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _LOW_WORD.finditer(text):
        f = fold(m.group(0))
        if (f not in _NAMES_OK and f not in _NOT_AFTER and f not in BIG_PLACES
                and not (_REDUP.match(f) and f not in _NOT_NICKNAMES)):
            if not _INTRO_END.match(text, m.end()) or _prev_word(text, m.start()) not in _UNKNOWN_CUE_LAST:
                continue  # cheap test first: most lowercase words are neither after a cue nor ending a phrase
            cue = _cue_before(text, m.start())
            if cue and _unknown_name(text, m, f, cue):
                out.append((m.start(), m.end(), "PER"))
            continue
        nickname = bool(_REDUP.match(f)) and f not in _NOT_NICKNAMES
        if f in _LOW_PRONOUNS:
            continue  # "salam lalla, ana …": lowercase "ana" in a message is "I", not Ana
        if (f not in _NAMES_OK and not nickname) or f in _NOT_AFTER or f in BIG_PLACES:
            continue
        cue = _cue_before(text, m.start())
        if cue is None:
            continue
        if cue in _AND_CUES and not _name_before_and(text, m.start(), f):
            continue  # "m3a fatiha w khadija": a name after "and" only in a list of names
        if cue in _FROM_CUES and (nickname or not _ENDS_NAME.match(text, m.end())):
            continue
        if (f in COMMON_WORD_NAMES or f in AMBIGUOUS_NAMES) and cue not in _NAMING_CUES and (
                cue not in _STRONG_CUES and cue not in _AND_CUES or not _ENDS_NAME.match(text, m.end())):
            continue  # "avec claire", "my friend said", "sara and will come": words; "my friend joy,", "yassine o rim." names
        out.append((m.start(), m.end(), "PER"))
    return out


# Informal register (SMS, WhatsApp, Darija in Latin letters): names are often written in lowercase.
_SMS_MARKERS = set("""jsuis chui jsui slt stp svp mdr bcp tkt pk pcq wsh jsp cc ptn bjr bsr lol pls plz omg msg
dm ok ki koi kan kayn bghit 3andi 3endi ma3a m3a dyali dyal wach bzaf daba hna ana nta nti rah""".split())
# Darija words written in Latin letters that are also first names of the lists (mina "from us", zina
# "beautiful", lina "to us", houda…).
DARIJA_NAME_WORDS = frozenset("""zina farah malak nour rahma jamila hasna karima hayat hanane sabah saida salama houda salma
latifa wafae wafaa mina dounia hanan amina hadda naima lina""".split())
_SENTENCE_START = re.compile(r"(?:^|[.!?\n]\s*)([^\W\d_])")


@lru_cache(maxsize=256)
def informal(text: str) -> bool:
    """Text in SMS/WhatsApp register: several chat abbreviations, or sentences starting in lowercase."""
    words = re.findall(r"[a-z0-9']+", text.lower())
    if sum(w in _SMS_MARKERS or bool(re.fullmatch(r"[a-z]+[379][a-z]+|[379][a-z]{2,}", w)) for w in words) >= 2:
        return True
    if len(words) >= 5 and not any(c.isupper() for c in text):
        return True  # a message written entirely in lowercase
    starts = [m.group(1) for m in _SENTENCE_START.finditer(text)]
    return len(starts) >= 2 and sum(c.islower() for c in starts) / len(starts) >= 0.6


_DARIJA_WORDS = frozenset("""dyal dyali dyalha dyalo dyalna wach bzaf daba rah kayn kayna ghadi hna m3a m3aya 3la
chi kolchi mchit mchat bghit bghat 3afak safi walakin zwin mzyan ana nta nti hya howa 3ndi 3endi ma3endich kol
lbnat lwlad ghir mli 7it 3lach fin fach kifach chno chnou wakha mzyana rani raha ja jat mcha galt gal galiha
liha lih lik lina m3aha m3ah hiya katjib kanjib smitha smiti menni meni khdaw""".split())
_DARIJA_DIGIT_WORD = re.compile(r"(?<![\w])[a-z]*[a-z][2379][a-z0-9]*|(?<![\w])[2379][a-z]{2,}", re.IGNORECASE)


def latin_darija(text: str) -> bool:
    """Darija written in Latin letters: several Darija words or words spelt with 3, 7, 9 ("m3a", "s7abti")."""
    words = re.findall(r"[a-z0-9']+", text[:3000].lower())
    return sum(w in _DARIJA_WORDS for w in words) + len(_DARIJA_DIGIT_WORD.findall(text[:3000])) >= 3


def informal_name_spans(text: str) -> list[tuple[int, int, str]]:
    """In informal texts, lowercase first names of the lists anywhere ("sabrina m'a dit")."""
    if not informal(text):
        return []
    broad = broad_first_names()
    darija = latin_darija(text)  # many Darija words are names somewhere ("hadi": this, "jaya": coming)
    out = []
    for m in _LOW_WORD.finditer(text):
        f = fold(m.group(0))
        # the short lists, or the broad gazetteer of many origins (no word of a dictionary: "chez fred")
        if (len(f) >= 4 and (f in FIRST_NAMES or f in broad and not darija and f not in _SMS_MARKERS)
                and f not in COMMON_WORD_NAMES and f not in AMBIGUOUS_NAMES
                and f not in DARIJA_NAME_WORDS and f not in _NOT_AFTER and f not in BIG_PLACES):
            out.append((m.start(), m.end(), "PER"))
    return out


_LOW_PLACE_RE = re.compile(r"(?<![\w'])(?:(hay|lhay|l'hay|derb|douar|dowar|zanqa|zenqa|zan9a|znqa|zankat)|"
                           r"(?:\d{1,4}(?:bis|ter)?,?[ ]+)?(quartier|rue|cit[ée]|r[ée]sidence|street|road|boulevard|bd|"
                           r"avenue|av|cours|place|square|impasse|all[ée]e|chemin|quai|faubourg|resto|snack|kebab|"
                           r"caf[ée]|h[ôo]tel|tabac|squat|bar|pub|hostel))[ ]+"
                           r"(?:de la |de l'|du |des |de |d'|al |el |al-|el-|le |la |les |l')?"
                           r"([a-zà-ÿ][\w'-]{2,}(?:[ ]+[a-zà-ÿ][\w'-]{2,})?)")


# Words after a venue word that are not its name.
_NOT_VENUE_NAME = {fold(w) for w in """demain ce cet cette soir matin midi aujourd'hui aujourdhui hier pas plus cher chere
ouvert ouverte ferme fermé fermée plein pleine vide sympa maintenant tout toute tous la-bas labas encore avant apres après
tonight today now tomorrow again open closed full empty near next opposite round around tout-a-l'heure tt toujours jamais
pour avec sans chez entre vers sur sous dans devant derriere derrière comme quand ou où mais donc car deja déjà aussi
tres très trop bien mal top nul libre libres dispo disponible disponibles assise gratuite gratuit
reservee réservée urgence urgent semaine fois nuit journee journée veille lundi mardi mercredi jeudi
vendredi samedi dimanche dyal dial diyal dyali dyalha dyalo""".split()}
# "on dumbarton rd", "at the stop on crow rd", "brick lane": a name before an English street word, in messages.
_LOW_EN_STREET_RE = re.compile(r"(?<![\w'-])([a-z][a-z'-]{2,}(?:[ ][a-z][a-z'-]{2,})?)[ ]+(?:rd|road|st|street|lane|ave|"
                               r"avenue|grove|crescent|terrace|close|drive)(?![\w'-])")
_NOT_STREET_NAME = {"the", "main", "high", "same", "next", "other", "wrong", "busy", "long", "back", "side", "old", "new",
                    "big", "ring", "every", "whole", "down", "up", "along", "across", "this", "that", "my", "your",
                    "his", "her", "our", "their", "its", "one", "a", "an", "dirt", "country", "open", "quiet", "dark",
                    "last", "first", "end", "top", "bottom", "far", "near", "cross", "local", "private", "slip"}


def lowercase_street_spans(text: str) -> list[tuple[int, int, str]]:
    """"on dumbarton rd", "kebab house on brick lane": a lowercase name before a street word, in informal texts."""
    if not informal(text):
        return []
    out = []
    for m in _LOW_EN_STREET_RE.finditer(text):
        words = m.group(1).split()
        while words and (fold(words[0]) in _STOP or fold(words[0]) in _NOT_STREET_NAME or fold(words[0]) in _SMS_MARKERS):
            words = words[1:]
        if not words or any(fold(w) in _NOT_STREET_NAME for w in words):
            continue
        out.append((m.end(1) - len(" ".join(words)), m.end(), "LOC"))
    return out


def lowercase_place_spans(text: str) -> list[tuple[int, int, str]]:
    """"f hay salam", "hay al qods", "derb lfassi" (Darija place words, any text); "rue des lilas", "boulevard
    pasteur" in informal texts."""
    out, casual = [], None
    for m in _LOW_PLACE_RE.finditer(text):
        if m.group(2):
            casual = informal(text) if casual is None else casual
            if not casual:
                continue
        words = m.group(3).split()
        if m.group(2) and fold(words[0]) == "chez" and len(words) > 1 and fold(words[1]) not in _STOP:
            pass  # "le snack chez momo", "au cafe chez francis": a venue named after its owner (not "chez moi")
        elif m.group(2) and fold(words[0]) in _NOT_VENUE_NAME:
            continue  # "au bar ce soir", "cafe demain", "hotel pas cher": what follows is not the venue's name
        if m.group(2) and re.search(r"(?i)\b(?:à|a|dans|in|on) (?:la|the) $", text[max(0, m.start() - 10):m.start()]):
            continue  # "je suis à la rue depuis hier": homeless, no address
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
_CAP4 = re.compile(r"(?<![\w-])(?<!\w')[A-ZÀ-Þ][a-zà-ÿ]{3,5}(?![\w-])(?!'\w)")  # 'Zizou' in quotes too
_REDUP = re.compile(r"^([b-df-hj-np-tv-z])([aeiouyéèï]{1,2})\1([aeiouyéèï]{1,2})$")
_NOT_NICKNAMES = {"papa", "mama", "tata", "nana", "dodo", "bobo", "pipi", "caca", "lolo", "nounou", "toto", "baba",
                  "coco", "mimi", "dada", "tutu", "gaga", "haha", "hihi", "lala", "yoyo", "bebe", "mumu", "kaka",
                  "mamie", "papi", "nono", "pepe", "meme", "dede", "fofo", "sisi"}


CALLED_AFTER_RE = re.compile(
    r"(?<![\w'-])([A-ZÀ-Þ][\w'-]+)(?=,? (?:comme (?:on|tout le monde|elles?|ils?) l'appel\w*|"
    r"comme (?:on|tout le monde) la surnomm\w*|as (?:we|they|everyone|people) call(?:ed|s)? (?:her|him)))")


# Reduplicated words that are also words (cute, hobby, coconut) but are nicknames as the subject of a verb of
# meeting or calling ("mimi vous attend à l'arrêt", "Lolo t'appellera"); family and baby words never are.
_FAMILY_REDUP = {"papa", "mama", "tata", "nana", "baba", "mamie", "papi", "meme", "pepe", "bebe", "dodo", "bobo",
                 "pipi", "caca", "kaka", "nounou", "haha", "hihi", "gaga", "lala", "dada", "tutu", "mumu"}
SUBJECT_NICK_RE = re.compile(
    r"(?<![\w'-])([A-Za-zà-ÿ]{4,6})(?= (?:(?:vous|te|t'|nous|m'|me|lui|leur|les)[ ]?)?"
    r"(?:attend|attendra|appelle|appellera|rappelle|rappellera|accompagne|accompagnera|emm[èe]ne|ram[èe]ne|"
    r"arrive|arrivera|viendra|vient|passe|passera|dit|a dit|est là|sera là|waits|will wait|is waiting|will call|"
    r"calls|says|said)\b)")
_ARTICLE = re.compile(r"(?i:\b(?:le|la|un|une|du|des|les|the|a)) $")


def nickname_spans(text: str) -> list[tuple[int, int, str]]:
    """Capitalised reduplicated words ("Titi", "Zizou", "Loulou") that are not family or baby words,
    reduplicated words of any case as the subject of a verb of meeting or calling ("mimi vous attend"),
    and any word followed by "comme on l'appelle" / "as we call her"."""
    out = [(m.start(1), m.end(1), "PER") for m in CALLED_AFTER_RE.finditer(text)
           if fold(m.group(1)) not in _STOP and fold(m.group(1)) not in NOT_PERSONAL]
    for m in SUBJECT_NICK_RE.finditer(text):
        w = fold(m.group(1))
        if _REDUP.match(w) and w not in _FAMILY_REDUP and not _ARTICLE.search(text, max(0, m.start() - 5), m.start()):
            out.append((m.start(1), m.end(1), "PER"))
    for m in _CAP4.finditer(text):
        w = fold(m.group(0))
        if _REDUP.match(w) and w not in _NOT_NICKNAMES and w not in NOT_PERSONAL and w not in _STOP:
            out.append((m.start(), m.end(), "PER"))
    return out


# ------------------------------------------------------------------ names stretched
# After a vocative or a greeting ("wa zinebb nti labas??", "ya nadiaaa", "coucou ameliee"), a word that is a first
# name of the lists once its doubled or stretched letters are cut ("zinebb" → "zineb", "khadijaa" → "khadija").
_VOCATIVE_RE = re.compile(r"(?i:(?<![\w'-])(?:wa|ya|a|coucou|cc|slt|salut|salam|slm|bonjour|bjr|bonsoir|hello|hi|hey|"
                          r"merci|mrc|chokran|choukran|shukran|thanks)[ ]+)([a-z][a-z]{3,})(?![\w'-])")


def _unstretched(f: str) -> set[str]:
    return {re.sub(r"(.)\1+", r"\1", f), re.sub(r"(.)\1{2,}", r"\1\1", f), re.sub(r"(.)\1+$", r"\1", f)}


def stretched_name_spans(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _VOCATIVE_RE.finditer(text):
        f = m.group(1).lower()
        if not re.search(r"(.)\1", f) or f in _NAMES_OK or f in _NOT_AFTER:
            continue
        if any(g in FIRST_NAMES and g not in COMMON_WORD_NAMES and g not in AMBIGUOUS_NAMES and g not in DARIJA_NAME_WORDS
               and g not in _NOT_AFTER for g in _unstretched(f) - {f}) and not (
                f in _dictionary("fr") or f in _dictionary("en")):  # "annee" (année) is no stretched "anne"
            out.append((m.start(1), m.end(1), "PER"))
    return out
