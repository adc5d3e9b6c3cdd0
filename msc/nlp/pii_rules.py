"""Context rules for names and places (used by pii.py), and the first-name lists:

titles (Mme, Dr, Mrs…), cues ("je m'appelle X", "mon amie X", "chez X", "my friend X"),
venues and streets ("café Atlas", "quartier X"), foreign streets, first names of the lists
(those that are also common words only mid-sentence or before a verb). In English: a weekday or a month
given as a name ("a man called Sunday"), "Mr O'Sullivan", named parlours and spas, a house number and a
street ("9 Summerhill Parade, Apartment 2"), the place of a note's heading ("Outreach log, Soho, …").
"""
from __future__ import annotations

import re

from .pii_context import name_spans, place_spans
from .pii_gazetteer import broad_first_names
from .pii_lists import _STOP, AMBIGUOUS_NAMES, BIG_PLACES, COUNTRIES, FIRST_NAMES, NATIONALITIES, NOT_PERSONAL
from .pii_span import P_GAZ, P_LOC_RULE, P_PER_RULE, Span
from .text import fold

_FIRST = {fold(n) for n in FIRST_NAMES}
_NOT_PERSONAL = {fold(n) for n in NOT_PERSONAL}


# Latin letters beyond Latin-1 too (Romanian ș ț ă, Polish ł, Czech č, Turkish ş ğ): "Dragoș", "Łucja", "Şerban".
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪİĹĽŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽȘȚ"
_LOW = "a-zà-öø-ÿ\u0100-\u017f\u0218-\u021b"
_NAME = rf"[{_UP}][{_LOW}]+(?:[-'][{_UP}][{_LOW}]+)?"
_PART = r"(?:el|al|ben|bent|ibn|ould|ait|de|du|d'|la|le|el-|al-)"
FULLNAME = rf"{_NAME}(?:[ ]+(?:{_PART}[ ]+)?{_NAME}){{0,2}}"

_TITLES = (r"Mme|Mmes|Mlle|Madame|Mademoiselle|Monsieur|M\.|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Docteure?|Doctor|"
           r"Maître|Ma[iî]tre|Me|Pr\.?|Professeure?|Hajja|Hadja|Haja|Hadj|Haj|Lalla|Si|Sister|Tata|Tonton|Tante|"
           r"Sœur|Soeur|Auntie|Aunty|Aunt|Uncle|Mama|Maman|Mamma|Khalti|Pastor|Imam|Cheikh|Sergent|Sergeant|Inspecteur|Inspectrice|"
           r"Inspector|Officer|Capitaine|Captain|Commissaire|Lieutenant|Adjudant|Ca[iï]d|Moqadem|Mokadem|Tantie|Mémé|"
           r"Mamie|Mamy|Papi|Papy|Grand-mère|Hadja|Tonton|Frère|Brother|Father|Mother|Madam|Mister|Chef")
TITLE_RE = re.compile(rf"\b(?:{_TITLES})[ ]+({FULLNAME})")
_CUES_FR = (r"je m'appelle|elle s'appelle|il s'appelle|s'appelait|s'appelle|appel[ée]e?|nomm[ée]e?|surnomm[ée]e?|"
            r"pr[ée]nomm[ée]e?|dite|mon amie?|ma copine|mon copain|ma s(?:œ|oe)ur|mon fr[èe]re|ma m[èe]re|mon p[èe]re|"
            r"ma fille|mon fils|mon (?:ex-)?mari|mon ex|mon conjoint|mon compagnon|ma voisine|mon voisin|ma cousine|"
            r"mon cousin|ma tante|mon oncle|ma coll[èe]gue|mon patron|ma patronne|mon employeur|ma belle-m[èe]re|"
            r"la paire[- ][ée]ducatrice|l'assistante sociale|la psychologue|l'avocate?|mon avocate?|le client|"
            r"un client|chez|avec|amie|ami|cousine|voisine|voisin|fille|s(?:œ|oe)ur|fr[èe]re|tante|ni[èe]ce|coll[èe]gue|"
            r"patronne|proxén[èe]te|copine|m[ée]diatrice|[ée]ducatrice|juriste|infirmi[èe]re|colocataire|"
            r"d[ée]nomm[ée]e?|le petit|la petite|mon petit|ma petite|son petit|sa petite|une certaine|un certain|dite? (?:le|la)|alias (?:le|la)|surnomm[ée]e? (?:le|la)|appelle (?:le|la)|appellent (?:le|la)|c'est moi|s'appelle en fait|s'appelle en r[ée]alit[ée]|"
            r"message de|vocale de|vocal de|lettre de|mot de|de la part de|"
            r"appellera|appellera ici|appellerons|appellerons ici|appelons-la|appelons-le|nommera|nommerons|"
            r"they called me|called me|calls me|call me|calls herself|called herself|call herself|se fait appeler|se faisait appeler|m'appelaient|m'appellent|m'appelait|"
            r"appelait (?:le|la)|surnomme (?:le|la)|surnomment (?:le|la)|nom est|vrai nom est|pr[ée]nom est|nom c'est|appelle|appellent|appelait|appelaient|alias|"
            r"fils|mari|m[èe]re|p[èe]re|copain|compagnon|conjoint|oncle|cousin|neveu|b[ée]b[ée]|logeuse|logeur|"
            r"propri[ée]taire|bailleur|r[ée]f[ée]rente?|b[ée]n[ée]vole|interpr[èe]te|avocate?|juge|policier|"
            r"m[ée]decin|gyn[ée]cologue|sage-femme|intervenante?|animatrice|coordinatrice|travailleuse sociale|"
            r"[ée]ducateur|[ée]ducateur pair|[ée]ducatrice paire|pair|paire|pair-[ée]ducateur|m[ée]diateur|animateur|"
            r"infirmier|coordinateur|assistant social|travailleur social|psychologue|accompagnatrice|accompagnateur")
_CUES_EN = (r"my name is|her name is|his name is|i am called|i'm called|called|named|nicknamed|known as|"
            r"let's call her|let us call her|we'll call her|we will call her|i will call her|i'll call her|"
            r"my friend|my (?:best )?friend|my sister|my brother|my mother|my father|my daughter|my son|"
            r"my (?:ex-)?husband|my ex|my partner|my boyfriend|my neighbou?r|my cousin|my aunt|my uncle|"
            r"my colleague|my boss|my lawyer|the peer educator|the social worker|the psychologist|the lawyer|"
            r"a client|the client|with|friend|sister|cousin|neighbou?r|daughter|niece|aunt|colleague|roommate|"
            r"flatmate|pimp|madam|boss|teacher|nurse|a certain|calls her|call her|call me|goes by|aka|"
            r"knows her as|know her as|knew her as|known as the|called the|aka the|call her the|calls her the|name is|"
            r"called himself|calls himself|call himself|introduced himself as|introduced herself as|"
            r"real name is|name was|real name was|message from|voice note from|letter from|note from|text from|son|husband|wife|boyfriend|girlfriend|mother|father|brother|"
            r"uncle|grandmother|grandma|landlord|landlady|caseworker|counsell?or|counselor|volunteer|officer|"
            r"interpreter|manager|employer|doctor|midwife|judge|support worker|mentor|advocate|outreach worker|"
            r"peer worker|peer educator|peer navigator|navigator|mediator|educator")
CUE_RE = re.compile(rf"(?i:\b(?:{_CUES_FR}|{_CUES_EN}))[ ,]+({FULLNAME})")

_VENUES = (r"caf[ée]|bar|h[ôo]tel|club|restaurant|cabaret|riad|snack|discoth[èe]que|bo[îi]te|salon|"
           r"r[ée]sidence|immeuble|march[ée]|souk|hammam|parc|jardin|pub|night-club|nightclub|lounge|motel|"
           r"hostel|foyer|auberge|pension|gare|b[âa]timent|pont|passerelle|atelier|boulangerie|p[âa]tisserie|"
           r"[ée]picerie|boutique|laverie|librairie|kiosque|teinturerie|cr[èe]merie|brasserie|friperie|sauna|"
           r"camping|friterie|squat|kebab|tabac|bar-tabac|resto|bistrot|bistro|pizzeria|buvette|g[îi]te|guinguette|"
           r"hangar|cabanon")
_STREETS = (r"rue|avenue|av\.|boulevard|bd|place|impasse|all[ée]e|route|chemin|derb|zankat|zenqa|zanqa|zan9a|znqa|quartier|hay|"
            r"quai|cours|parking|square|passage|esplanade|promenade|chauss[ée]e|rond-point|porte|arrondissement|bab|a[iï]n|sidi|"
            r"cit[ée]|douar|lotissement|bloc|secteur|village|kasbah|m[ée]dina de|neighbou?rhood|district|"
            r"street|road")
_ART = r"(?:(?:de la|de l'|des|du|de|d'|el|al|le|la|les|l'|the|of)[ ]*)?"
_PLACE_NAME = rf"(?:[{_UP}0-9][\w'\-]*)(?:(?:[ ]+d'|[ ]+(?:(?:de|du|des|el|al|ben|la|le)[ ]+)?)[{_UP}][\w'\-]*){{0,3}}"
VENUE_RE = re.compile(rf"(?:\b\d{{1,4}},?[ ]+)?(?i:\b(?:{_VENUES}|{_STREETS}))[ ]+{_ART}{_PLACE_NAME}")
# Streets abroad, capitalised (women who came through Italy or Spain): "Via Domitiana", "Calle Mayor".
FOREIGN_STREET_RE = re.compile(rf"\b(?:Via|Viale|Corso|Piazza|Calle|Plaza|Rua|Avenida|Strada)[ ]+{_ART}{_PLACE_NAME}")
SUFFIX_PLACE_RE = re.compile(
    rf"\b(?:[{_UP}][\w'\-]*[ ]+){{1,3}}(?:Street|St\.|Road|Rd\.?|Avenue|Ave\.?|Boulevard|Square|Lane|Hotel|Bar|"
    rf"Caf[ée]|Club|Market|Park|Station|neighbou?rhood|district|tower blocks?|towers|estate|flats|station|market|"
    rf"square|[Qq]uarter|Parade|Terrace|Crescent|Grove|Mews)\b")
# "the Golden Lotus parlour", "the Blue Pearl massage parlour", "Jade Garden spa": a named massage parlour or spa (not
# "a Thai massage parlour": a kind of parlour).
PARLOUR_RE = re.compile(rf"\b(?:[{_UP}][\w'\-]*[ ]+){{1,3}}(?:(?:massage|beauty|nail)[ ]+)?(?:[Pp]arlou?r|[Ss]pa|[Ss]auna)\b")
_KIND_WORDS = {"thai", "asian", "oriental", "vietnamese", "korean", "japanese", "swedish", "turkish", "chinese", "indian",
               "european", "african", "english", "irish", "french", "day", "health", "beauty", "nail", "massage", "the",
               "a", "an", "this", "that", "new", "old", "big", "small", "local", "luxury"}
# "the Grey Mare pub", "the Beacon House hostel", "the Thistle Arms", "Mr Singh's sweet centre": one to three
# capitalised words (joined by "and", "of", "y") before the word of a venue that follows its name in English
# (not "a Thai takeaway", "the Irish pub": a kind of venue).
_EN_VENUE_CUES = (r"pub|inn|Inn|Arms|Tavern|tavern|hostel|guest ?house|Guest ?House|guesthouse|Lodge|lodge|salon|"
                  r"takeaway|launderette|laundrette|bakery|Bakery|caf[ée]|cafe|car park|caravan (?:site|park)|"
                  r"kebab (?:house|shop)|Kebab House|sweet (?:centre|shop)|diner|Diner|chippy|bar|hotel|motel|"
                  r"nightclub|sauna|B&B|bistro|restaurant|Restaurant|nail bar|barbers?|off-licence|corner shop")
EN_VENUE_RE = re.compile(rf"\b((?:[{_UP}][\w'\-]*[ ]+(?:(?:and|&|of|y)[ ]+)?){{1,3}})(?:{_EN_VENUE_CUES})(?![\w'-])")
_LEADING_WORDS = {"the", "a", "an", "my", "our", "your", "her", "his", "their", "this", "that", "at", "in", "to",
                  "from", "near", "outside", "behind", "opposite", "by", "and", "of", "y", "&", "mr", "mrs", "ms"}
# "9 Summerhill Parade, Apartment 2", "7 Ashgrove Close": a house number, a name and a street word (the words that
# are also other things — Close, Drive, Way, Court — only after a number), and the flat after a comma.
HOUSE_STREET_RE = re.compile(
    rf"(?<![\w/.,:-])\d{{1,4}}[A-Za-z]?,?[ ]+(?:[{_UP}][\w'\-]*[ ]+){{1,3}}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|"
    rf"Lane|Parade|Terrace|Crescent|Grove|Mews|Gardens|Close|Drive|Way|Row|Place|Walk|Court|Hill|Heights|View|Square)"
    rf"(?:,?[ ]+(?:Apartment|Apt\.?|Flat|Unit|Suite)[ ]+\d{{1,4}}[A-Za-z]?)?(?![\w'-])")
# "the Police station", "Central Market": a kind of place, not a named one.
_GENERIC_PLACE_WORDS = {"police", "bus", "train", "railway", "fire", "petrol", "gas", "coach", "metro", "tube", "tram",
                        "underground", "radio", "main", "central", "service", "power", "the", "a", "flea", "night",
                        "food", "fish", "street", "town", "city", "village", "farmers", "local", "weekly", "sunday",
                        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "christmas", "first",
                        "last", "second", "third", "fourth", "next", "each", "every", "this", "that", "one"}
# "Outreach log, Soho, Tuesday night.": the place a note's heading names, between commas (a big city is not masked).
HEADING_PLACE_RE = re.compile(rf"(?im:^[ \t]*(?:outreach|case|session|visit|shift|field|night|street)[ ]+(?:log|notes?|"
                              rf"reports?|visit|round)[ ]*,[ ]+)([{_UP}][\w'-]+(?:[ ][{_UP}][\w'-]+){{0,2}})(?=[ ]*,)")
# "12 Euros Each Way", "3 Times A Day": a number and what it counts, in title case, not an address.
_COUNTED = {"euros", "euro", "pounds", "dollars", "dirhams", "dh", "minutes", "hours", "days", "weeks", "months", "years",
            "times", "people", "women", "men", "girls", "children", "kids", "each", "per", "a", "an"}
# First names that are also common words: a name only mid-sentence or before a verb.
_AMBIGUOUS = {fold(n) for n in AMBIGUOUS_NAMES}
_NAME_VERBS = (r"was|is|had|has|says|said|told|tells|used|uses|went|goes|came|comes|lives|lived|works|worked|"
               r"started|got|found|met|left|arrived|asked|wants|wanted|can|could|would|will|did|does|explains|"
               r"explained|decided|called|est|était|avait|a|dit|raconte|explique|vit|travaille|vient|voulait")
AMBIGUOUS_NAME_RE = re.compile(rf"(?:(?<=[a-zà-ÿ,] )({_NAME})\b|({_NAME})(?= (?:{_NAME_VERBS})\b|'s\b|,? (?:who|qui)\b|, \d{{1,2}}\b))")
CAP_WORD_RE = re.compile(rf"\b{_NAME}\b")
_FOLLOW_CAP = re.compile(rf"(?:[ ]+(?:{_PART}[ ]+)?{_NAME}){{1,2}}")


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
_PREFIXED_SURNAME = re.compile(rf"(?:O'|D'|Mc|Mac)[{_UP}][{_LOW}]+(?:-{_NAME})?(?:[ ]+{_NAME})?(?![\w'-])")
_PLACE_NAME_RE = re.compile(_PLACE_NAME)
_CAP_START = re.compile(rf"[{_UP}]")
_TITLE_NEXT = re.compile(r"(?:M|Mme|Mlle|Mr|Mrs|Ms|Dr|Me|Pr|Maître|Madame|Monsieur|Docteur)\.?[ ]+[A-ZÀ-Þ]")
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
        elided = p > 2 and text[p - 1] == "'" and text[p - 2] in "lLdD" and text[p - 3] == " "
        if not p or text[p - 1] not in _BEFORE_CAP or (text[p - 1] == "'" and p > 1 and text[p - 2] != " "
                                                         and not elided):
            continue
        q = p - 1
        while q > 0 and text[q - 1] in _BEFORE_CAP:
            q -= 1
        if elided:  # "cours de l'Yser", "place de l'Indépendance": the elided article stands as a word
            q = p
        prev = fold(text[max(text.rfind(" ", 0, q), text.rfind("'", 0, q)) + 1:q])
        if prev not in _LAST_WORDS:
            continue
        words = _tail(text, q)
        if not words:
            continue
        tstart = _ends_with(words, _TITLE_SET)
        if tstart is not None and fold(text[tstart:q].strip()) in _CASED_TITLES and not text[tstart].isupper():
            tstart = None  # "gave me PrEP", "si Marrakech": these titles are written with a capital
        if (tstart is not None or _ends_with(_split_apostrophe(words), _CUE_SET) is not None
                or _ends_with(words, _CUE_SET) is not None):  # "c'est moi": a cue with an apostrophe inside
            m = _FULLNAME_RE.match(text, p)
            if m and m.end() < len(text) and text[m.end()].isalnum():
                m = None  # "PrEP", "McDonald": not a name of this shape
            if m is None and tstart is not None:
                m = _PREFIXED_SURNAME.match(text, p)  # "Mr O'Sullivan", "Mrs McAllister": after a title only
            if m:
                name = _trim_name(m.group(0), keep_place=_naming_cue(words))
                if name and (_ok_name(name) or _naming_cue(words) and fold(name) in BIG_PLACES) and fold(name) not in _STOP:
                    spans.append(Span(p, p + len(name), "PER", P_PER_RULE))
        sw = _split_apostrophe(words)
        while sw and sw[-1][1] in _ART_SET:
            sw = sw[:-1]
        vstart = _ends_with(sw, _VENUE_SET) if sw else None
        if vstart is not None and any(q in text[vstart:p] for q in "«\"“"):
            vstart = None  # "l'atelier « Connaître ses droits »": the name of a workshop, not of a place
        if vstart is not None and any(mark in text[vstart:p] for mark in ",;:()"):
            vstart = None  # "une femme du foyer, Kadiatou Barry": a person named after the place, not its name
        if vstart is not None and _TITLE_NEXT.match(text, p):
            vstart = None  # "le salon de M. Ouazzani": a person's venue, the name is caught after the title
        if vstart is not None:
            m = _PLACE_NAME_RE.match(text, p)
            if m:
                h = _HOUSE_NO.search(text, max(0, vstart - 7), vstart)
                start = h.start() if h else vstart
                s = text[start:m.end()].rstrip(" '-")
                place = fold(text[vstart:m.end()]).split()
                if _ok_place(place) and not (place[0] == "batiment" and len(place[-1]) < 2):
                    spans.append(Span(start, start + len(s), "LOC", P_LOC_RULE))  # not "bâtiment C": a letter
    for m in FOREIGN_STREET_RE.finditer(text):
        if _ok_place(fold(m.group(0)).split()):
            spans.append(Span(m.start(), m.end(), "LOC", P_LOC_RULE))
    for m in SUFFIX_PLACE_RE.finditer(text):
        s = m.group(0).rstrip(" '-")
        if fold(s.split()[0]) in _GENERIC_PLACE_WORDS:
            continue
        if _ok_place(fold(s).split()):
            spans.append(Span(m.start(), m.start() + len(s), "LOC", P_LOC_RULE))
    for m in EN_VENUE_RE.finditer(text):
        words = m.group(1).split()
        lead = 0
        while lead < len(words) and fold(words[lead]) in _LEADING_WORDS - {"mr", "mrs", "ms"}:
            lead += 1  # "The Crown pub": the article opening a sentence is not part of the name
        named = [fold(w) for w in words[lead:] if fold(w) not in _LEADING_WORDS]
        if not named or all(w in _KIND_WORDS or w in COUNTRIES or w in _GENERIC_PLACE_WORDS or w in _DAY_WORDS
                            or w in BIG_PLACES or w in NATIONALITIES for w in named):
            continue  # "a Thai takeaway", "the Irish pub", "Monday bar", "London hostel": no named venue
        start = m.start(1) + len(" ".join(words[:lead])) + (1 if lead else 0)
        spans.append(Span(start, m.end(), "LOC", P_LOC_RULE))
    for m in PARLOUR_RE.finditer(text):
        if not all(fold(w) in _KIND_WORDS or fold(w) in COUNTRIES for w in m.group(0).split()[:-1]):
            spans.append(Span(m.start(), m.end(), "LOC", P_LOC_RULE))
    for m in HOUSE_STREET_RE.finditer(text):
        words = fold(m.group(0)).replace(",", "").split()
        if words[1] not in _GENERIC_PLACE_WORDS and not _COUNTED & set(words) and _ok_place(words):
            spans.append(Span(m.start(), m.end(), "LOC", P_LOC_RULE))
    for m in HEADING_PLACE_RE.finditer(text):
        f = fold(m.group(1))
        if not (f in BIG_PLACES or f in _DAY_WORDS or any(w in _NOT_PERSONAL or w in BIG_PLACES or w in _STOP for w in f.split())):
            spans.append(Span(m.start(1), m.end(1), "LOC", P_LOC_RULE))
    for m in AMBIGUOUS_NAME_RE.finditer(text):
        g = 1 if m.group(1) else 2
        if fold(m.group(g)) in _AMBIGUOUS:
            spans.append(Span(m.start(g), m.end(g), "PER", P_GAZ))
    for m in CAP_WORD_RE.finditer(text):
        f = fold(m.group(0))
        if _ARTICLE_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            continue  # "un gâteau et un Fanta": after an indefinite article, a thing
        if f in _FIRST or ("-" in f and any(p in _FIRST for p in f.split("-"))) or _broad_name(text, m.start(), f):
            end = m.end()
            f = _FOLLOW_CAP.match(text, end)
            if f and _ok_name(f.group(0)) and not any(fold(w) in BIG_PLACES for w in f.group(0).split()):
                end = f.end()
            spans.append(Span(m.start(), end, "PER", P_GAZ))
    spans += [Span(s, e, lab, P_PER_RULE if lab == "PER" else P_LOC_RULE) for s, e, lab in name_spans(text)]
    spans += [Span(s, e, lab, P_LOC_RULE) for s, e, lab in place_spans(text)]
    return spans + day_name_spans(text)


# "originaire d'Imi n'Zgart", "from Santo Domingo": after a place preposition, a name of the broad list may be a
# village or a town named like a person; only the short lists are trusted there.
_PLACE_PREPOSITION = re.compile(r"(?i:\b(?:de|d'|du|à|au|aux|en|vers|depuis|from|in|at|near|to|into|of)[ ]?)$")


_ARTICLE_BEFORE = re.compile(r"(?<![\w'])(?:un|une|du|des) $")


def _broad_name(text: str, start: int, f: str) -> bool:
    """*f* is a first name of the broad gazetteer (many origins), not right after a place preposition."""
    if len(f) < 4 or any(w in BIG_PLACES for w in f.split()):
        return False
    if not all(p in broad_first_names() for p in f.split("-")):
        return False
    return not _PLACE_PREPOSITION.search(text, max(0, start - 12), start)


# Cues after which the next capitalised word is a person even when it is also a city ("son amie Paris",
# "my friend London"): a friend, a relative, a name being given.
_PERSON_CUES = _phrases(r"mon amie?|ma copine|ma s(?:œ|oe)ur|ma cousine|ma fille|ma voisine|ma coll[èe]gue|amie|copine|"
                        r"s(?:œ|oe)ur|cousine|je m'appelle|elle s'appelle|s'appelle|surnomm[ée]e?|dite|"
                        r"surnomm[ée]e? (?:le|la)|dite? (?:le|la)|alias (?:le|la)|"
                        r"my friend|my sister|my cousin|my daughter|friend|sister|my name is|her name is|nicknamed|"
                        r"appellera|appellera ici|appellerons|appellerons ici|appelons-la|nommera|nommerons|"
                        r"let's call her|we'll call her|we will call her|i'll call her")


# "a man called Sunday", "a girl named April", "who called himself Friday": a weekday or a month given as a name
# after a naming cue (the bare "called" also means "phoned": "he called Monday", so after a person noun only).
_DAYS_MONTHS = ("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
                "August|September|October|November|December")
DAY_NAME_RE = re.compile(
    r"(?i:\b(?:(?:man|woman|guy|girl|boy|lady|client|customer|person|someone|somebody|pimp|driver|trafficker|boss|"
    r"madam|friend|punter|fellow|bloke|chap|gentleman|dealer|smuggler|agent|recruiter|one)[ ,]+(?:called|named)|"
    r"nicknamed|(?:call|calls|called|calling) (?:himself|herself)|introduced (?:himself|herself) as|goes by|went by)"
    rf"[ ]+)({_DAYS_MONTHS})\b")
_DAY_WORDS = {fold(w) for w in _DAYS_MONTHS.split("|")}
# "on Sunday", "every Sunday", "since March", "3 April", "April 2022", "Sunday night": the word as a date.
_DATE_BEFORE = re.compile(r"(?i:\b(?:on|last|next|every|each|this|that|until|till|by|since|in|from|of|early|late|mid|"
                          r"before|after|during|coming|following|previous|past|one|a|the|easter|good|black)|\d)[ ,]*$")
_DATE_AFTER = re.compile(r"[ ,]*(?:\d|(?:morning|afternoon|evening|night|mornings|nights|afternoons|evenings|noon)\b)")


def day_name_spans(text: str) -> list[Span]:
    return [Span(m.start(1), m.end(1), "PER", P_PER_RULE) for m in DAY_NAME_RE.finditer(text)]


def day_word_as_date(text: str, start: int, end: int) -> bool:
    """A weekday or a month that names a date where it stands ("on Sunday", "in April", "Friday night")."""
    return fold(text[start:end]) in _DAY_WORDS and bool(
        _DATE_BEFORE.search(text, max(0, start - 12), start) or _DATE_AFTER.match(text, end))


def _naming_cue(words: list[tuple[int, str]]) -> bool:
    return _ends_with(_split_apostrophe(words), _PERSON_CUES) is not None


def _trim_name(name: str, keep_place: bool = False) -> str:
    words = name.split(" ")
    if keep_place and len(words) == 1:
        return name
    while words and (fold(words[-1]) in _NOT_PERSONAL or fold(words[-1]) in BIG_PLACES):
        words.pop()
    return " ".join(words)


# Housing estates and streets: "cité Dakhla", "rue de Marseille" are addresses even when named after a city.
_ESTATES = {"cite", "residence", "quartier", "lotissement", "hay", "derb", "douar", "rue", "avenue", "boulevard", "bd",
            "impasse", "allee", "zankat", "zenqa", "immeuble", "bloc", "promenade", "quai", "cours", "chaussee",
            "esplanade"}


_PLACE_ARTS = {"de", "du", "des", "d'", "la", "le", "les", "l'", "el", "al", "of", "the", "to"}


def _ok_place(words: list[str]) -> bool:
    # The last capitalised part must not be a big city or the organisation itself (unless an estate or street).
    words = [w[2:] if w[:2] in ("l'", "d'") and len(w) > 2 else w for w in words]  # "village de l'Anti-Atlas"
    rest = " ".join(words[1:])
    bare = " ".join(w for w in words[1:] if w not in _PLACE_ARTS)  # "route de Casablanca": a city
    square = words[:3] == ["place", "de", "la"]  # "place de la République", "place de la Nation": a square
    if bare in BIG_PLACES and (not words or words[0] not in _ESTATES) and not square:
        return False
    if words and words[0] in _ESTATES and rest and rest not in _NOT_PERSONAL and len(rest.split()) <= 3:
        return not all(w in _STOP for w in rest.split())
    return bool(rest) and rest not in BIG_PLACES and rest not in _NOT_PERSONAL and words[-1] not in _NOT_PERSONAL
