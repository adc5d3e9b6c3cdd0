"""More constructions that introduce a name or a place (used by pii_extra.py), each general:

  * a nickname in quotes after a naming verb, maybe after an article: "les copines l'appellent
    « la Flaca »", "known on the beach as 'Zizou'", "on la surnomme « El Negra »" (not after
    "called"/"appelé", which also name groups and programmes);
  * Darija in Arabic script: a name after "they call me" (كيعيط ليا، كيعيطو ليا، كيقولو ليا);
    a first name that is also a word followed by a kinship word ("ولطيفة ختي": Latifa, my sister);
    the person greetings are sent to ("سلمو ليا على رحمة"); a name that is also a word joined by "و" to a
    first name ("مع فاطنة ونور"); the sender of a message or a call ("رسالة من لطيفة"); the storyteller
    named in a heading ("قصة هدى الشرقاوي، طنجة."); a person of the organisation ("بشرى ديال الجمعية")
    or named with her profession ("نور، المحامية"); a name opening a sentence before her age ("X، عمرها 31
    سنة"); every item of a list of attendees ("الحاضرات: X، Y وZ"); the person called ("أتصل بزهور"); a
    name greeted ("صباح الخير زهرة"); a neighbourhood after "to live" ("ساكنة فعين X");
  * a street followed by its number ("Rue 24", "street 7", "زنقة 12"); a capitalised "X de Y" after "à la"
    ("à la Belle de Mai"), not an event or an office;
  * informal texts (SMS, Darija in Latin letters): lowercase Darija places after "sidi", a café or
    bar with an article ("cafe la perle"), a station named after a saint ("gare st jean"), a saint's
    name after a preposition of place ("chez lili a saint michel");
  * known neighbourhoods in lowercase in informal texts ("f m'hamid 9", "mn sidi moumen");
  * an informal self-introduction with a capitalised name: "c Nath", "moi c Lou", "ici Titi";
  * a capitalised word in a name's position even when it is also a word: "c'est Lune qui", "moi c'est
    Soleil,", a greeting or farewell opening a line ("Bisous Maya", "Dear Destiny,").

Each function returns ``(start, end, label)`` triples on the normalised text.
"""
from __future__ import annotations

import re

from .pii_arabic import (
    AR_ADJECTIVE_NAMES,
    AR_BIG_PLACES,
    AR_FIRST_NAMES,
    AR_ROLE_CUES,
    AR_STOP,
    AR_WORD_NAMES,
)
from .pii_arabic_spans import _AR, _ar_clean, _ar_verbish, _raw_index, ar_name_end_at
from .pii_informal import _SMS_MARKERS, informal
from .pii_lists import _STOP, BIG_PLACES, NEIGHBOURHOODS, NOT_PERSONAL
from .text import fold

_UP = "A-ZÀ-ÖØ-Þ"
_QUOTED_NICK = re.compile(
    r"(?i:\b(?:appel(?:le|lent|lait|aient)|surnomm(?:e|ent|ée|é|ait|aient)|dite?|alias|"
    r"known(?: [\w']+){0,3} as|calls? (?:her|him|me)|called (?:her|him|me)|nicknamed|goes by|known as))[ ]*[«\"“'‘][ ]*"
    rf"(?:(?i:la|le|el|al|l')[ ]?)?([{_UP}][\w-]+(?:[ ][{_UP}][\w-]+)?)(?=[ ]*[»\"”'’])")


def _not_a_name(s: str) -> bool:
    f = fold(s)
    return f in _STOP or f in NOT_PERSONAL or f in BIG_PLACES


_ARTICLE_BEFORE = re.compile(r"(?i:\b(?:le|la|el|al|l'))[ ]?$")


def quoted_nickname_spans(text: str) -> list[tuple[int, int, str]]:
    # A nickname in quotes may be a nationality with an article (« le Russe »); a country alone (« Maroc ») is not.
    return [(m.start(1), m.end(1), "PER") for m in _QUOTED_NICK.finditer(text)
            if not _not_a_name(m.group(1)) or (_ARTICLE_BEFORE.search(text, max(0, m.start(1) - 4), m.start(1))
                                               and fold(m.group(1)) not in _STOP and fold(m.group(1)) not in NOT_PERSONAL)]


# ---------------------------------------------------------------- Arabic script
# "كيعيطو ليا سعيدة", "كيقولو ليا الطيارة": what they call me (not "كتقول ليا": she tells me).
_AR_CALL = re.compile(rf"(?<![{_AR}])(?:كي|كا|كت|كن|تي)(?:عيط|عيطو|نادي|ناديو|قولو|سمي|سميو)"
                      rf"[ ]+(?:ليا|لي|ليها|ليه|علي|عليا)[ ]+([{_AR}]{{2,}})")
# "سلمو ليا على رحمة": greetings sent to someone, a person (a listed name that is also a word included).
_AR_GREET_TO = re.compile(rf"(?<![{_AR}])(?:[وف])?(?:سلم|سلمي|سلمو|سلموا|سلملي|سلميلي|سلمولي)(?:[ ]+(?:ليا|لي|لينا))?[ ]+على[ ]+"
                          rf"([{_AR}]{{2,}})")
# What follows "they tell me" when it is no name: that, to, going to, if, you are, always, nothing…
_AR_NOT_CALLED = set("بلي باش غادي إلا الا راك راكي راه راها راني واش شنو علاش كيفاش فين بزاف غير ديما والو هكا".split())
_AR_KIN_AFTER = set("ختي اختي أختي خويا اخويا أخي اخي بنتي ولدي صاحبتي صديقتي جارتي خالتي عمتي مرتي".split())
_AR_WORD = re.compile(rf"[{_AR}\u064b-\u065f\u0640]+")


def arabic_cue_spans(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _AR_CALL.finditer(text):
        w = _ar_clean(m.group(1))
        if w not in AR_STOP and w not in AR_BIG_PLACES and w not in _AR_NOT_CALLED and not (
                w.startswith("ال") and w not in _AR_NAMES):  # "كيقول ليا الكرا زاد": he tells me the rent…
            out.append((m.start(1), m.end(1), "PER"))
    words = list(_AR_WORD.finditer(text))
    for a, b in zip(words, words[1:], strict=False):
        if text[a.end():b.start()] != " " or _ar_clean(b.group(0)) not in _AR_KIN_AFTER:
            continue
        w = _ar_clean(a.group(0))
        lead = 1 if len(w) > 3 and w[0] in "وفب" and w[1:] in AR_WORD_NAMES | AR_FIRST_NAMES else 0
        if w[lead:] in AR_WORD_NAMES:  # names of the list are found anyway; these are words elsewhere
            out.append((a.start() + lead, a.end(), "PER"))
    for m in _AR_GREET_TO.finditer(text):
        w = _ar_clean(m.group(1))
        if w not in AR_STOP and w not in AR_BIG_PLACES and w not in ("الله", "الجميع", "الكل", "كلشي", "الناس", "الدراري"):
            out.append((m.start(1), m.end(1), "PER"))
    for m in _AR_I_AM.finditer(text):  # "أنا وفاء.": the speaker introduces herself
        w = _ar_clean(m.group(1))
        if (w in AR_FIRST_NAMES or w in AR_WORD_NAMES) and w not in _AR_ADJECTIVES:
            out.append((m.start(1), m.end(1), "PER"))
    return out + arabic_joined_name_spans(text, words) + arabic_named_by_context_spans(text) + arabic_listed_and_called_spans(text)


# "ديما العلي، نازحة من حلب، عمرها 27 سنة": a name opening the text or a sentence, then (after a short
# description) her age.
_AR_OPENING_AGE = re.compile(
    rf"(?:^|(?<=\n)|(?<=[.!؟] ))[ ]*([{_AR}]{{2,}}(?:[ ][{_AR}]{{2,}})?)[ ]*[،,][ ]*(?:[^،,.\n]{{0,30}}[،,][ ]*)?"
    rf"(?:عمرها|عمره|عندها|عنده|سنها|تبلغ من العمر|يبلغ من العمر)[ ]+[0-9٠-٩]{{1,2}}[ ]+(?:سنة|سنوات|عام|عاما|ربيع)")
# Words that open a sentence before an age and are no name (after, before, now, then…).
_AR_NOT_OPENING_NAMES = set("""بعد قبل اليوم دابا الآن الان ثم حينها وقتها ملي عندما لما حين منذ وفي وكانت كانت
وبعد وقبل ومن هي هو بنتها ولدها ابنتها ابنها ابنتي ابني بنتي ولدي أختها اختها أمها امها
أم ام مطلقة أرملة ارملة متزوجة عازبة حامل صغيرة وحيدة مغربية أجنبية اجنبية لاجئة مهاجرة""".split())
# "الحاضرات: حنان، نسيمة، وردة وخيرة": every item of a list of attendees is a person.
_AR_ATTENDEES = re.compile(rf"(?<![{_AR}])(?:الحاضرات|الحاضرون|الحاضرين|الحضور|المشاركات|المشاركون|المشاركين)[ ]*:[ ]*"
                           rf"([^.\n:؛]+)")
# "أتصل بزهور"، "اتصلت بنجاة": the person called, with the proclitic ب.
_AR_CALL_WITH = re.compile(rf"(?<![{_AR}])[وف]?(?:[أانتي]?تصل|اتصل|اتصلت|اتصلنا|اتصلوا|اتصلو|تتصل|يتصل|نتصل)[ ]+ب([{_AR}]{{2,}})")
# "صباح الخير زهرة"، "مساء الخير وردة": the person greeted (a listed name, also a word), before a pause.
_AR_GREETED = re.compile(rf"(?<![{_AR}])(?:صباح|مساء|مسا|صباحك|مساك)[ ]+(?:الخير|النور)[ ]+([{_AR}]{{2,}})(?=[ ]*(?:[.،,!؟»\n]|$))")
# "ساكنة فعين النقبي": after "to live", a place opening with عين / سيدي / ولاد / أيت… is a neighbourhood.
_AR_LIVE_IN = re.compile(rf"(?<![{_AR}])[وف]?(?:ساكنة|ساكن|ساكنين|سكنت|سكنات|كنسكن|كتسكن|كيسكن|تسكن|أسكن|اسكن|يسكن|نسكن)[ ]+"
                         rf"(?:ف|في[ ]+|ب)((?:عين|سيدي|ولاد|أولاد|اولاد|أيت|آيت|ايت|بني|مولاي)[ ]+[{_AR}]{{3,}})")


def arabic_listed_and_called_spans(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _AR_OPENING_AGE.finditer(text):
        words = [_ar_clean(w) for w in m.group(1).split()]
        if (words[0].startswith("ال") or any(w in AR_STOP or w in AR_BIG_PLACES or w in _AR_NOT_OPENING_NAMES for w in words)
                or len(words) == 2 and not words[1].startswith("ال") and words[1] not in _AR_NAMES):
            continue  # "الضحية، عمرها…"، "بعد سنتين، عمرها…": no name
        out.append((m.start(1), m.end(1), "PER"))
    for m in _AR_ATTENDEES.finditer(text):
        items = []  # (start, words) of each item, "و" left out
        for it in re.finditer(r"[^،,]+", m.group(1)):
            for sub in re.finditer(rf"(?:^|(?<=[ ]))[{_AR}][^ ]*(?:[ ]+(?!و)[^ ]+)*", it.group(0).strip()):
                ws = [_ar_clean(w) for w in sub.group(0).split()]
                lead = 1 if ws[0] not in _AR_NAMES and ws[0][0] == "و" and len(ws[0]) > 2 else 0  # "ووفاء"، not "وردة"
                b = m.start(1) + it.start() + (len(it.group(0)) - len(it.group(0).lstrip())) + sub.start()
                items.append((b + lead, b + len(sub.group(0)), [ws[0][lead:]] + ws[1:]))
        if not any(ws[0] in _AR_NAMES for _, _, ws in items):
            continue  # "الحاضرات: خمس نساء ومنشطتان": no list of names
        for b, e, ws in items:
            if (len(ws) > 2 or ws[0].startswith("ال") or _ar_verbish(ws[0]) and ws[0] not in _AR_NAMES
                    or any(w in AR_STOP or w in AR_BIG_PLACES or re.search(r"[0-9٠-٩]", w) for w in ws)
                    or len(ws) == 2 and (_ar_verbish(ws[1]) or ws[1].startswith("ال") and not ws[1].endswith("ي"))):
                continue  # "والمنشطة سميرة": a role word opens the item (its own rule names her); "وبدأنا اللقاء"
            out.append((b, e, "PER"))
    for m in _AR_CALL_WITH.finditer(text):
        if _ar_clean(m.group(1)) in _AR_NAMES and _ar_clean(m.group(1)) not in AR_STOP:
            out.append((m.start(1), m.end(1), "PER"))
    for m in _AR_GREETED.finditer(text):
        w = _ar_clean(m.group(1))
        if w in _AR_NAMES and w not in AR_STOP:
            out.append((m.start(1), m.end(1), "PER"))
    for m in _AR_LIVE_IN.finditer(text):
        name = _ar_clean(m.group(1))
        if name not in AR_BIG_PLACES and name.split()[1] not in AR_STOP:
            out.append((m.start(1), m.end(1), "LOC"))
    return out


_AR_NAMES = AR_FIRST_NAMES | AR_WORD_NAMES
_AR_ONLY_NAMES = AR_FIRST_NAMES - AR_WORD_NAMES  # names that are no common word


def _strip_and(w: str, names: set) -> tuple[int, str]:
    """(1, name) for "و/ف + name", (0, w) otherwise."""
    return (1, w[1:]) if len(w) > 3 and w[0] in "وف" and w[1:] in names else (0, w)


def arabic_joined_name_spans(text: str, words: list) -> list[tuple[int, int, str]]:
    """"مع فاطنة ونور", "نور وسلوى": a name that is also a word (light, hope), joined by "و" to a first name
    that is no word, is a person too ("ونور الصباح": a construct, the light of the morning, is left)."""
    out = []
    for k, (a, b) in enumerate(zip(words, words[1:], strict=False)):
        if text[a.end():b.start()] != " ":
            continue
        wa, wb = _ar_clean(a.group(0)), _ar_clean(b.group(0))
        if len(wb) < 3 or wb[0] != "و":
            continue
        c = _ar_clean(words[k + 2].group(0)) if k + 2 < len(words) and text[b.end():words[k + 2].start()] == " " else ""
        construct = c.startswith("ال") and not c.endswith("ي")
        if _strip_and(wa, _AR_ONLY_NAMES)[1] in _AR_ONLY_NAMES and wb[1:] in AR_WORD_NAMES and not construct:
            out.append((b.start() + _raw_index(b.group(0), 1), b.end(), "PER"))
        lead, name = _strip_and(wa, AR_WORD_NAMES)
        if name in AR_WORD_NAMES and wb[1:] in _AR_ONLY_NAMES:
            out.append((a.start() + _raw_index(a.group(0), lead), a.end(), "PER"))
    return out


# "رسالة من لطيفة", "مكالمة من وفاء", "ميساج من عند نور": the sender of a message or a call.
_AR_MESSAGE_FROM = re.compile(rf"(?<![{_AR}])[وف]?(?:ال)?(?:رسالة|رسائل|مكالمة|مكالمات|ميساج|ميصاج|اتصال|أوديو|اوديو|فوكال)"
                              rf"(?:[ ]+(?:صوتية|قصيرة|هاتفية|مكتوبة))?[ ]+(?:من|مع)(?:[ ]+عند)?[ ]+([{_AR}]{{2,}})")
# "قصة هدى الشرقاوي، مدينة طنجة.": a story's heading names its storyteller (the name closes the heading).
_AR_HEADING = re.compile(rf"(?:^|(?<=\n))[ ]*(?:قصة|شهادة|حكاية|سيرة|الحكاية ديال|القصة ديال|الشهادة ديال)[ ]+([{_AR}]{{2,}})")
_AR_HEADING_END = re.compile(r"[ ]*(?:[،,.:؛()«\-–—]|\n|$)")
# "بشرى ديال الجمعية", "صفاء من المركز", "نور، المثقفة": a person of the organisation, or named with her role.
_AR_ORG = rf"(?:ال)?(?:جمعية|مركز|منظمة|فريق|خلية|وحدة|تعاونية|مشروع|برنامج)(?![{_AR}])"
_AR_OF_ORG = re.compile(rf"(?<![{_AR}])([{_AR}]{{2,}})(?:[ ]+(ديال|د|من)[ ]+{_AR_ORG}|[ ]*[،,][ ]*([{_AR}]+))")
# "نور، المحامية": a profession after the comma (not a title: "كل صباح، السيدة فاطمة…": every morning, Mrs F.).
_AR_ROLES_AFTER = AR_ROLE_CUES | set("المحامية المحامي الأستاذة الاستاذة الأستاذ الاستاذ الدكتورة الدكتور".split())
_AR_COUNTED_BEFORE = re.compile(rf"(?<![{_AR}])(?:كل|هاد|هادا|هادي|هذا|هذه|واحد|واحدة|شي|أي|اي|ذات)[ ]+$")
# "عندي بشرى من الجمعية": good news (or hope) one has from the organisation, no person.
_AR_HAVE_BEFORE = re.compile(rf"(?<![{_AR}])[وف]?(?:عند|لد)(?:ي|ها|ه|و|نا|هم|كم)[ ]+$")


def arabic_named_by_context_spans(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _AR_MESSAGE_FROM.finditer(text):
        if m.group(1) in _AR_NAMES and m.group(1) not in AR_STOP:
            out.append((m.start(1), ar_name_end_at(text, m.start(1)), "PER"))
    for m in _AR_HEADING.finditer(text):
        end = ar_name_end_at(text, m.start(1))
        if m.group(1) in _AR_NAMES and m.group(1) not in AR_STOP and _AR_HEADING_END.match(text, end):
            out.append((m.start(1), end, "PER"))
    for m in _AR_OF_ORG.finditer(text):
        lead, name = _strip_and(m.group(1), _AR_NAMES)
        if name not in _AR_NAMES or name in AR_STOP:
            continue
        if m.group(3) is not None and (m.group(3) not in _AR_ROLES_AFTER
                                       or _AR_COUNTED_BEFORE.search(text, max(0, m.start() - 8), m.start())):
            continue  # "نور، المثقفة": a role after the comma ("كل صباح، …": a time, no person)
        if m.group(2) == "من" and _AR_HAVE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        out.append((m.start(1) + lead, m.end(1), "PER"))
    return out


_AR_I_AM = re.compile(rf"(?<![{_AR}])(?:أنا|انا|آنا)[ ]+([{_AR}]+)(?=[ ]*(?:[.،,!؟:؛\n]|$))")
# First names that are also adjectives after "I am" ("أنا سعيدة": I am happy).
_AR_ADJECTIVES = AR_ADJECTIVE_NAMES


# ------------------------------------------------------------- streets with a number
_STREET_NO = re.compile(r"(?i:\b(?:rue|street|zankat|zenqa|zanqa|zan9a|znqa|derb|bloc|secteur|lot|avenue|impasse))[ ]+(?:n°[ ]?)?\d{1,4}"
                        r"(?:,?[ ](?i:dar|n°|app|appt|apt|flat|bloc|imm|porte)[ ]?\d{1,4}(?![\d/:.]))?"
                        r"(?![\w/:.,]\d|[ ]?(?:h\b|heures?|hours?|ans|years|fois|times|%|€|dh))")
_AR_STREET_NO = re.compile(rf"(?<![{_AR}])(?:[فب])?(?:زنقة|الزنقة|درب|بلوك|شارع|حي|قطاع)[ ]+[0-9٠-٩]{{1,4}}(?![0-9٠-٩/])")


def street_number_spans(text: str) -> list[tuple[int, int, str]]:
    out = [(m.start(), m.end(), "LOC") for m in _STREET_NO.finditer(text)
           if not re.search(r"(?i)\b(?:à|a|dans|in|on) (?:la|the) $", text[max(0, m.start() - 10):m.start()])]
    return out + [(m.start(), m.end(), "LOC") for m in _AR_STREET_NO.finditer(text)]


# "chez sa copine à la Belle de Mai", "elle dort à la Croix de Chavaux": after "à la", a capitalised "X de Y" is a
# neighbourhood or a place called so (not an event, "la Fête de la Musique", nor an office, "la Préfecture de Police").
_A_LA_PLACE = re.compile(rf"(?<![\w'])(?i:à|a|dans|vers|près de|pres de|derrière|derriere) la ([{_UP}][\w'-]+[ ]+(?:de[ ]+|d')"
                         rf"[{_UP}][\w'-]+)(?![\w'-])")
_NOT_A_LA_PLACE = {"fete", "foire", "journee", "semaine", "nuit", "marche", "soiree", "messe", "fondation", "direction",
                   "maison", "caisse", "mairie", "prefecture", "sous-prefecture", "poste", "banque", "ligue",
                   "federation", "chambre", "cour", "faculte", "clinique", "maternite", "permanence", "protection",
                   "securite", "gendarmerie", "brigade", "caf", "cpam", "mission", "delegation", "residence", "coupe",
                   "gare", "place", "rue", "porte", "salle", "fac", "ville", "region", "commune", "communaute", "croix-rouge",
                   "fin", "veille", "sortie", "rentree", "saison", "periode", "maniere", "facon", "part", "demande"}


def a_la_place_spans(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _A_LA_PLACE.finditer(text):
        first, last = fold(m.group(1).split()[0].split("'")[0]), fold(re.split(r"[ ']", m.group(1))[-1])
        if first in _NOT_A_LA_PLACE or first in NOT_PERSONAL or last in BIG_PLACES:
            continue
        out.append((m.start(1), m.end(1), "LOC"))
    return out


# --------------------------------------------------------- informal places and names
_LOW_PLACES = re.compile(
    r"(?<![\w'])(?:(sidi|moulay|bab|ain|3in)[ ]+([a-z][a-z'-]{2,}(?:[ ][a-z][a-z'-]{2,})?)|"
    r"(?:caf[ée]|bar|snack|hammam|hotel|hôtel)[ ]+(?:la|le|les|l')[ ]?([a-z][a-z'-]{2,})|"
    r"(?:gare|station|[ée]glise|place)[ ]+(?:st|ste|saint|sainte)[ .-]+([a-z][a-z'-]{2,}))")


# "jsuis chez lili a saint michel": after a preposition of place, a saint's name is a quartier, a station or a
# church (communes named after saints are towns: not masked).
_LOW_SAINT_PLACE = re.compile(r"(?<![\w'])(?:à|a|au|f|fi|vers|near|at|in|mn|from)[ ]+((?:st|ste|saint|sainte)[ .-]+"
                              r"[a-z][a-z'-]{2,}(?:-[a-z][a-z'-]+)*)(?![\w'-])")


def informal_place_spans(text: str) -> list[tuple[int, int, str]]:
    if not informal(text):
        return []
    out = [(m.start(1), m.end(1), "LOC") for m in _LOW_SAINT_PLACE.finditer(text)
           if fold(m.group(1)).replace(" ", "-") not in BIG_PLACES and fold(m.group(1).split()[-1]) not in _STOP]
    for m in _LOW_PLACES.finditer(text):
        name = m.group(2) or m.group(3) or m.group(4)
        words = name.split()
        while words and (fold(words[-1]) in _STOP or fold(words[-1]) in _SMS_MARKERS):
            words.pop()
        if not words or fold(" ".join(words)) in BIG_PLACES or fold(words[0]) in _STOP:
            continue
        start = m.start(2) - len(m.group(1)) - 1 if m.group(2) else m.start()
        out.append((start, text.index(words[-1], m.start(2) if m.group(2) else m.start()) + len(words[-1]), "LOC"))
    return out


# Lowercase, only names that are no common word or phrase ("la victoire", "grand parc", "californie").
_COMMON_HOODS = {"la", "les", "grand", "bois", "porte", "chateau", "saint", "bourgogne", "californie", "bastide",
                 "capucins", "stalingrad", "iberia", "belvedere", "anfa", "agdal", "harti", "targa", "assif"}
_HOODS = {h.replace("-", " ").replace("'", "") for h in NEIGHBOURHOODS
          if len(h.replace("-", "")) >= 5 and h.replace("-", " ").split()[0] not in _COMMON_HOODS
          and not any(w in _STOP for w in h.replace("-", " ").split())}


_HOOD_WORDS = {k: re.compile(rf"[a-z][a-z']*[a-z](?:[ -][a-z][a-z']*[a-z]){{{k - 1}}}(?![\w'])") for k in (1, 2, 3)}
_BLOCK_NO = re.compile(r"[ ]\d{1,3}(?![\w/:.,]\d)")


def lowercase_hood_spans(text: str) -> list[tuple[int, int, str]]:
    """"f m'hamid 9", "mn sidi moumen": in an informal text, a known neighbourhood written in lowercase,
    with or without its apostrophe, and the block number that follows it."""
    if not informal(text):
        return []
    out = []
    for m in re.finditer(r"(?<![\w'-])[a-z][a-z']*[a-z]", text):
        starts = [m.start()] + ([m.start() + 2] if m.group(0)[:2] in ("l'", "d'") else [])  # "f l'mhamid"
        for start, k in ((s, k) for s in starts for k in (3, 2, 1)):
            words = _HOOD_WORDS[k].match(text, start)
            if words and fold(words.group(0)).replace("'", "").replace("-", " ") in _HOODS:
                num = _BLOCK_NO.match(text, words.end())
                out.append((start, num.end() if num else words.end(), "LOC"))
                break
    return out


_SELF_INTRO = re.compile(rf"(?i:(?:^|(?<=[\s,.!]))(?:c|moi c|c moi|c'est moi|ici|ana|it's|its))[ ]+([{_UP}][a-zà-ÿ]{{2,}})"
                         r"(?=\s*(?:$|[,.!?👋😊🙏❤]|\n))")


def self_intro_spans(text: str) -> list[tuple[int, int, str]]:
    """"Coucou Léa c Nath 👋": in an informal text, a capitalised word right after "c", "ici", "ana"
    and ending the clause is the writer's name."""
    if not informal(text):
        return []
    return [(m.start(1), m.end(1), "PER") for m in _SELF_INTRO.finditer(text) if not _not_a_name(m.group(1))]


# "C'est Lune qui m'a conseillée", "moi c'est Soleil,", "it was Sunny who…": a name that is a word too.
_IT_IS_RE = re.compile(rf"(?i:\b(?:moi c'est|moi c|c'est|c'était|it's|it is|it was|this is))[ ]+([{_UP}][a-zà-ÿ'-]{{2,}})"
                       r"(?=[ ]+(?:qui|who)\b|[ ]*[,.!?](?!\w)|[ ]*$)")
# A greeting, thanks or farewell that opens a line or sentence, then a capitalised word: the addressee or the
# writer ("Bisous Maya", "Merci Constance !", "Dear Destiny,").
_GREET_CAP_RE = re.compile(r"(?:^|(?<=\n)|(?<=[.!?] ))(?:Bonjour|Bonsoir|Coucou|Salut|Hello|Hi|Hey|Dear|Ch[èe]re?|Bisous|"
                           rf"Bises|Merci|Thanks|Thank you|Salam|Love)[ ,]+([{_UP}][a-zà-ÿ'-]{{2,}})(?![\w'-])")
_NOT_ADDRESSEES = {"madame", "monsieur", "mademoiselle", "sir", "madam", "mesdames", "messieurs", "toutes", "tous",
                   "everyone", "ladies", "friends", "amies", "amis", "team", "equipe", "beaucoup", "encore", "again",
                   "dear", "darling", "sweetie", "love", "babe", "sister", "sis", "girls", "guys", "all", "chere", "cher"}


def it_is_spans(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(1), m.end(1), "PER") for rx in (_IT_IS_RE, _GREET_CAP_RE) for m in rx.finditer(text)
            if not _not_a_name(m.group(1)) and fold(m.group(1)) not in _NOT_ADDRESSEES]


def cue_spans(text: str) -> list[tuple[int, int, str]]:
    return (quoted_nickname_spans(text) + arabic_cue_spans(text) + street_number_spans(text) + a_la_place_spans(text)
            + informal_place_spans(text) + self_intro_spans(text) + lowercase_hood_spans(text) + it_is_spans(text))
