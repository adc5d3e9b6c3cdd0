"""Proper nouns in texts that have no NER model (English with the blank pipeline).

A capitalised word in the middle of a sentence that is not a dictionary word (the
lemma lookup and index tables of spacy-lookups-data), a stop word, a place too big to matter, a
language, a religion, a month or a service, is a proper noun: a place after "in",
"at", "near", "from"… (but a person after "an e-mail from", "introduced me to"), otherwise a person. Runs of such words are one name
("Ngozi Okafor"). At a sentence start, the word must be followed by a lowercase word
("Chidi came home"). Not a word between two capitalised words joined by a French "du", "des", "de la"
("Médecins du Monde": an organisation). A possessive may follow: "at Ebanga's place" is a person's (not
"Heathrow's terminal"). A place's particle goes with it ("fled El Geneina"); "fled" leads to a place. Not a
place nor a person: the organisation after a titled person's "from" ("Sister Veronica from Caritas"), a word
between "the" and "food bank", "project", "centre"… ("the Trussell food bank"), shop chains.
Lowest priority: every other rule wins an overlap.
"""
from __future__ import annotations

import gzip
import json
import re
import threading
from functools import lru_cache
from pathlib import Path

from .pii_lists import _STOP, BIG_PLACES, NOT_PERSONAL
from .text import fold

_OTHER_WORDS = set("""
english french arabic darija amazigh tamazight berber bambara wolof yoruba igbo hausa twi ewe fula fulani lingala
swahili pidgin creole spanish italian portuguese romanian bulgarian russian ukrainian albanian chinese tagalog
tachelhit tashelhit tashelhiyt chleuh shilha soussi tarifit tarifiyt rifain riffian kabyle kabyl chaoui zenati
soninke malinke mandinka dioula dyula moore mossi zarma songhai sango kikongo kituba tshiluba ciluba kinyarwanda
kirundi malagasy comorian shikomori fon baoule bete wolof serere serer pulaar fulfulde tamasheq
tigrinya tigrigna amharic somali oromo mandarin cantonese hindi urdu bengali farsi persian kurdish
muslim muslims christian christians catholic protestant pentecostal islam islamic bible koran quran god allah jesus
christ mary ramadan eid christmas easter sunday monday tuesday wednesday thursday friday saturday january february
april may june july august september october november december mum mom dad mummy mommy daddy madam sir miss
ok okay hiv aids prep pep covid whatsapp facebook instagram tiktok google uber western union moneygram
lagos abuja edo delta kano ibadan enugu accra kumasi dakar abidjan bamako conakry yaounde douala kinshasa freetown
monrovia niamey ouagadougou lome cotonou libreville kyiv kiev bucharest chisinau tirana bogota lima manila beijing
rome milan naples turin palermo catania sicily barcelona seville malaga almeria murcia valencia huelva madrid
manchester birmingham leeds glasgow liverpool bristol london europe africa asia america libya niger mediterranean
home office police court hospital clinic centre center project team charity shelter hostel council
brexit gp nhs lol omg hey hiya inshallah wallah mashallah alhamdulillah
sainsbury sainsburys tesco tescos lidl aldi asda primark morrisons waitrose argos dunnes penneys greggs starbucks
""".split())
_IN = {"in", "at", "near", "from", "to", "around", "into", "outside", "behind", "towards", "toward", "fled"}
# "fled El Geneina", "in El Obeid": a particle of a place's name between the preposition and the name.
_PREV_WORD = re.compile(r"([a-z]+)\s+((?:El|Al|Le|La|Los|Las|San|Santa|Ban|Bin|Ras|Bir|Ain)\s+)?$")
# After these, a capitalised word the statistical recogniser takes for a person is a place ("fled Gbarnga", "in El
# Obeid"): a stricter set than _IN, whose "to", "from" and "at" also lead to people.
_PLACE_ONLY = {"in", "near", "into", "outside", "fled"}


def leads_to_place(text: str, start: int) -> bool:
    """The word before *start* (a place's particle aside) is one that leads to a place, not to a person."""
    prev = _PREV_WORD.search(text, max(0, start - 24), start)
    return bool(prev) and prev.group(1) in _PLACE_ONLY


# "Sister Veronica from Caritas", "Dr Ibekwe from Ruhama": after a person with a professional or religious title,
# "from" leads to the organisation she works for, neither a place nor a person.
_TITLED_FROM = re.compile(r"\b(?:Sister|Brother|Father|Dr\.?|Doctor|Officer|Inspector|Sergeant|Detective|Constable|"
                          r"Pastor|Reverend|Rev\.?|Nurse|Judge|Garda|Imam|Professor|Prof\.?)[ ]+[A-Z][\w'-]+"
                          r"(?:[ ][A-Z][\w'-]+)?[ ]+from[ ]+$")
# "the Trussell food bank", "the Ruhama project", "The Kinsella charity": a word between "the" and the kind of
# organisation is the organisation's name.
_ORG_BEFORE = re.compile(r"(?i:\bthe[ ]+)$")
_ORG_AFTER = re.compile(r"[ ]+(?:food ?banks?|charity|charities|project|centre|center|trust|foundation|shelter|hostel|"
                        r"clinic|drop-in|helpline|programme|program|network|association|organi[sz]ation|services?|"
                        r"refuge|team|group|outreach)\b")
# "Ruhama's outreach team", "Heathrow's terminal": a possessive before what an organisation or a place has.
_ORG_POSSESSIVE = re.compile(r"'s[ ]+(?:outreach|staff|office|offices|terminal|airport|station|website|volunteers|workers|"
                             r"hotline|van|bus|buses|streets|team|services?|project|centre|center|clinic|shelter|"
                             r"hospital|police|council|government|embassy|headquarters|branch)\b")
# "An e-mail from X", "a letter to X", "she introduced me to X", "I talked to X": after a message or an act of
# speaking or meeting, "from"/"to" lead to a person, not a place.
_MESSAGE_CUE = re.compile(r"(?i:\b(?:e-?mails?|mails?|letters?|messages?|texts?|notes?|calls?|voice notes?|cards?|"
                          r"introduced|introduce[sd]?|spoke|speak(?:s|ing)?|talk(?:s|ed|ing)?|wr(?:ote|ite|ites|iting)|"
                          r"married|engaged|greetings|regards|thanks)(?: (?:me|her|him|them|us|you))? (?:from|to) $)")
# Not inside a word, an elision or a hyphenated word; a possessive may follow ("at Ebanga's place").
_WORD = re.compile(r"(?<![\w'-])[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?(?![\w-]|'(?!s\b))")
_lock = threading.Lock()
_DICT: dict[str, frozenset] = {}


def _dictionary(lang: str) -> frozenset:
    words = _DICT.get(lang)
    if words is None:
        with _lock:
            words = _DICT.get(lang)
            if words is None:
                import spacy_lookups_data

                data = Path(spacy_lookups_data.__file__).parent / "data"
                with gzip.open(data / f"{lang}_lemma_lookup.json.gz", "rt", encoding="utf-8") as fh:
                    table = json.load(fh)
                values = [w for v in table.values() for w in (v if isinstance(v, list) else [v])]  # fr: lists
                found = {fold(w) for w in list(table) + values if w.islower()}
                index = data / f"{lang}_lemma_index.json.gz"  # base forms by part of speech (WordNet)
                if index.exists():
                    with gzip.open(index, "rt", encoding="utf-8") as fh:
                        found |= {fold(w) for words in json.load(fh).values() for w in words if "_" not in w}
                words = _DICT[lang] = frozenset(found)
    return words


@lru_cache(maxsize=8192)
def english_word(f: str) -> bool:
    """*f* (folded) is an English dictionary word, a stop word or a big place."""
    return _is_word(f, "en")


@lru_cache(maxsize=8192)
def french_word(f: str) -> bool:
    """*f* (folded) is a French dictionary word, a stop word or a big place."""
    return _is_word(f, "fr")


def _is_word(f: str, lang: str) -> bool:
    if f.endswith("s") and len(f) > 4 and _is_word(f[:-1], lang):
        return True  # "Saturdays", "Muslims"
    return f in _dictionary(lang) or f in _STOP or f in NOT_PERSONAL or f in BIG_PLACES or f in _OTHER_WORDS


# Between two capitalised words, "du", "des", "de la", "aux" make a French name of an organisation or a place
# (persons' particles are "de", "da", "dos", "van"…).
_FRENCH_PARTICLE_BEFORE = re.compile(r"[A-ZÉ][\w'-]+ (?:du|des|de la|aux) $")
_FRENCH_PARTICLE_AFTER = re.compile(r" (?:du|des|de la|aux) [A-ZÉ]")


def in_french_name(text: str, start: int, end: int) -> bool:
    """The word at start:end is joined to another capitalised word by "du", "des", "de la", "aux"."""
    return bool(_FRENCH_PARTICLE_BEFORE.search(text, max(0, start - 12), start) or _FRENCH_PARTICLE_AFTER.match(text, end))


def names_an_organisation(text: str, start: int, end: int) -> bool:
    """The capitalised words at start:end name an organisation by their context: a French organisation's name
    ("Médecins du Monde"), where a titled person comes from ("Sister Mary from Barnardos"), "the X charity",
    "X's outreach team"."""
    return (in_french_name(text, start, end) or bool(_TITLED_FROM.search(text, max(0, start - 60), start))
            or bool(_ORG_BEFORE.search(text, max(0, start - 4), start) and _ORG_AFTER.match(text, end))
            or bool(_ORG_POSSESSIVE.match(text, end)))


def proper_noun_spans(text: str, lang: str = "en") -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in _WORD.finditer(text):
        start = m.start()
        before = text[max(0, start - 3):start]
        sentence_start = not before.strip() or bool(re.search(r"[.!?:\n]\s*$", before))
        if sentence_start:
            if not re.match(r"(?:'s)? [a-z]", text[m.end():m.end() + 4]):
                continue  # at a sentence start, only "Chidi came…": a lowercase word must follow
        elif not re.search(r"[a-z,;:)]\s$", before):
            continue  # after a title-case word (taken with it below)
        f = fold(m.group(0))
        if _is_word(f, lang) or f.split("-")[0] in _STOP:
            continue
        end = m.end()
        while True:  # "Ngozi Okafor": the following capitalised unknown words are the same name
            n = _WORD.match(text, end + 1) if text[end:end + 1] == " " else None
            if not n or _is_word(fold(n.group(0)), lang):
                break
            end = n.end()
        nxt = _WORD.match(text, end + 1) if text[end:end + 1] == " " else None
        if fold(text[start:end]) in BIG_PLACES or nxt and fold(text[start:nxt.end()]) in BIG_PLACES:
            continue  # "Santo Domingo": a big city of two words, the second a word
        if names_an_organisation(text, start, end):
            continue
        prev = _PREV_WORD.search(text, max(0, start - 24), start)
        label = "LOC" if prev and prev.group(1) in _IN and not _MESSAGE_CUE.search(text, max(0, start - 40), start) else "PER"
        if label == "LOC" and text.startswith("'s", end):
            label = "PER"  # "I slept at Ebanga's place", "in Karla's flat": whose place, a person
        if label == "LOC" and prev.group(2):
            start = prev.start(2)  # the particle is part of the place's name
        out.append((start, end, label))
    return out
