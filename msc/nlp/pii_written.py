"""Contact details and numbers written so that a plain pattern misses them (used by pii_extra.py):

  * e-mail addresses written out or disguised: "nom at gmail dot com", "nom arobase yahoo point fr",
    "nom (at) outlook (dot) com", "nom [at] hotmail [dot] fr", "nom @ gmail . com", "nom chez orange point fr",
    and any country code when both "at" and "dot" are bracketed ("nom [at] abv [dot] bg") — the whole
    address is one span (the name in it is not a separate PER);
  * phone numbers dictated in two parts: "07 81 puis 22 33 44", "0661 23 et 45 78", "٠٦٦١ ٢٣ ثم ٤٥ ٧٨",
    or written in pairs with slashes ("0661/23/45/78");
  * French social-security numbers (NIR, 13 or 15 digits, often in groups: "2 89 04 99 126 048 37"),
    which would otherwise be read as a phone number.

Each function returns ``(start, end, label)`` triples on the normalised text.
"""
from __future__ import annotations

import re

from .text import ascii_digits

# ------------------------------------------------------------------- e-mails
# Domain endings; with the endings reserved for examples and tests (RFC 2606: example, test, invalid), which the
# organisation's fictional training and test stories use for invented domains.
_TLD = (r"com|fr|ma|net|org|co|uk|be|ch|ca|es|it|de|pt|nl|ng|ci|cm|sn|ml|gh|ro|br|co|mx|ar|tn|dz|eu|us|info|io|"
        r"edu|gov|me|live|biz|email|online|example|test|invalid")
_PROVIDERS = (r"gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|aol|gmx|orange|free|laposte|wanadoo|"
              r"sfr|proton|protonmail|menara|caramail")
_OPEN, _CLOSE = r"[\[\(\{<]", r"[\]\)\}>]"
# "@" with spaces, a bracketed "at", or the word "at"/"arobase"/"chez" between spaces
_AT = (rf"(?:[ ]?@[ ]?|[ ]?{_OPEN}[ ]?(?:at|@|arobase|arrobase|arobas)[ ]?{_CLOSE}[ ]?|"
       r"[ ]+(?:at|arobase|arrobase|arobas|chez)[ ]+)")
# "." with spaces, a bracketed "dot"/"point", or the word "dot"/"point" between spaces
_DOT = rf"(?:[ ]?\.[ ]?|[ ]?{_OPEN}[ ]?(?:dot|point|punto|\.)[ ]?{_CLOSE}[ ]?|[ ]+(?:dot|point|punto)[ ]+)"
_LOCAL = r"[^\W_][\w+-]*(?:(?:[._+-]|[ ]\.[ ]|[ ]+(?:dot|point|underscore|tiret)[ ]+)[\w+-]+)*"
_LABEL = r"[^\W_][\w-]*"
WRITTEN_EMAIL_RE = re.compile(
    rf"(?i:(?<![\w.+@-]){_LOCAL}{_AT}(?:{_LABEL}(?:{_DOT}{_LABEL})*{_DOT}(?:{_TLD})|(?:{_PROVIDERS}))(?![\w-]|\.\w))")
# "nom [at] abv [dot] bg": with a bracketed "at" and a bracketed "dot" the disguise is plain, so any short
# ending is a domain's (country codes beyond the list above).
BRACKETED_EMAIL_RE = re.compile(
    rf"(?i:(?<![\w.+@-]){_LOCAL}[ ]?{_OPEN}[ ]?(?:at|@|arobase)[ ]?{_CLOSE}[ ]?{_LABEL}"
    rf"(?:[ ]?{_OPEN}[ ]?(?:dot|point|\.)[ ]?{_CLOSE}[ ]?{_LABEL})+(?![\w-]))")
# Two-letter words that end a sentence more often than an address ("she was [at] home (dot) it").
_TWO_LETTER_WORDS = set("""to on in at of is it me us be no so do go my he we an or if as by up ok la le de du un et en au
ce se ne il tu je ma ta sa""".split())
_SPOKEN_TLD = re.compile(r"(?i:[ ]+(?:dot|point|punto)[ ]+(\w+))$")
_CLEAR_TLDS = {"com", "fr", "net", "org", "uk", "ng", "ci", "cm", "sn", "ro", "br", "info", "edu", "gov", "eu", "tn", "dz",
               "example", "test", "invalid"}
_ENDS_TLD = re.compile(rf"(?i:{_DOT}(?:{_TLD}))$")
_SPOKEN_AT = re.compile(r"(?i:[ ]+(?:at|chez)[ ]+)")
# "arobase" and a bracketed "at" mean nothing but "@": the address is one whatever its country ending ("point ma").
_UNAMBIGUOUS_AT = re.compile(rf"(?i:arr?obase?|{_OPEN}[ ]?(?:at|@)[ ]?{_CLOSE})")


def written_email_spans(text: str) -> list[tuple[int, int, str]]:
    """E-mail addresses written out or disguised; a plain "nom@gmail.com" is left to the plain pattern."""
    out = []
    for m in WRITTEN_EMAIL_RE.finditer(text):
        s = m.group(0)
        if "@" in s and " " not in s and "(" not in s and "[" not in s:
            continue
        if not _ENDS_TLD.search(s) and _SPOKEN_AT.search(s) and not re.search(r"[._\d]", _SPOKEN_AT.split(s)[0]):
            continue  # "she works at Orange": a provider without a domain ending needs an address-like name
        spoken_end = _SPOKEN_TLD.search(s)
        if spoken_end and spoken_end.group(1).lower() not in _CLEAR_TLDS and not _UNAMBIGUOUS_AT.search(s) and (
                " chez " in s.lower() or not re.search(rf"(?i:{_PROVIDERS})", s[:spoken_end.start()])):
            continue  # "chez Orange point de vente", "at home dot it": a word, not a domain ending
        out.append((m.start(), m.end(), "EMAIL"))
    for m in BRACKETED_EMAIL_RE.finditer(text):
        end = re.search(r"[a-zA-Z]+$", m.group(0))
        if end and (end.group(0).lower() in _CLEAR_TLDS or len(end.group(0)) == 2
                    and end.group(0).lower() not in _TWO_LETTER_WORDS):
            out.append((m.start(), m.end(), "EMAIL"))
    return out


# ------------------------------------------------------- phone numbers in two parts
_GROUP = r"(?:\+|00)?[\d٠-٩۰-۹](?:[\d٠-٩۰-۹]|[ .\-](?=[\d٠-٩۰-۹])){1,14}"
_JOIN = r"[ ]*,?[ ]+(?:puis|et|then|and|w|o|و|ثم|ou bien)[ ]+"
SPLIT_PHONE_RE = re.compile(rf"(?<![\w+]){_GROUP}(?:{_JOIN}{_GROUP}){{1,2}}(?![\w])")
_JOIN_RE = re.compile(_JOIN)


def split_phone_spans(text: str, is_phone) -> list[tuple[int, int, str]]:
    """A number dictated in parts ("07 81 puis 22 33 44"): a phone number when the parts, put together,
    start like one (0, +, 00) and parse as one."""
    out = []
    for m in SPLIT_PHONE_RE.finditer(text):
        parts = _JOIN_RE.split(m.group(0))
        joined = ascii_digits(" ".join(parts))
        digits = sum(c.isdigit() for c in joined)
        if not (joined.startswith(("0", "+")) and 9 <= digits <= 15) or any(sum(c.isdigit() for c in ascii_digits(p)) < 2
                                                                           for p in parts):
            continue
        if is_phone(joined):
            out.append((m.start(), m.end(), "PHONE"))
    return out


# ------------------------------------------------------- short local numbers after a phone cue
# Mali, Burkina Faso, Niger, Tunisia and others dial eight digits at home: "son numéro au Mali : 76 12 34 58",
# "appelle-la au 98 123 456". Only right after a phone cue, never before a unit (an amount, an age, a time).
_LOCAL_CUE = (r"(?i:t[ée]l[ée]?(?:phone)?\.?|portable|mobile|cell|num[ée]ro|number|phone|whats?app|appel\w*|"
              r"call(?: \w+)? (?:on|at)|joindre au|reach (?:\w+ )?(?:on|at)|nmra|nmrti|nemra|ra9m|رقم|هاتف|تلفون|نمرة)")
LOCAL_PHONE_RE = re.compile(rf"{_LOCAL_CUE}[^\d\n+]{{0,24}}?(?<![\d+])(?<!\d[ .\-])(\d{{2}}(?:[ .\-]?\d{{2}}){{3}}|\d{{2}}[ .\-]\d{{3}}[ .\-]\d{{3}})"
                            r"(?![ .\-]?\d)(?![ ]?(?:€|eur|euros?|dh|dhs|dirhams?|mad|fcfa|cfa|francs?|dinars?|%|ans|years|h\b|heures?))")


def local_phone_spans(text: str) -> list[tuple[int, int, str]]:
    """An eight-digit number in groups right after a phone cue: a local number (West Africa, Tunisia)."""
    return [(m.start(1), m.end(1), "PHONE") for m in LOCAL_PHONE_RE.finditer(text)]


# ------------------------------------------------------- phone numbers with slashes
SLASH_PHONE = r"0[\d٠-٩۰-۹]{3}(?:/[\d٠-٩۰-۹]{2}){3}|0[\d٠-٩۰-۹](?:/[\d٠-٩۰-۹]{2}){4}"
SLASH_PHONE_RE = re.compile(rf"(?<![\w/])(?:{SLASH_PHONE})(?![\w/])")
SLASH_PHONE_SHAPE = re.compile(rf"^(?:{SLASH_PHONE})$")


def slash_phone_spans(text: str) -> list[tuple[int, int, str]]:
    """"0661/23/45/78": a ten-digit number written in pairs with slashes (never a file number's shape)."""
    return [(m.start(), m.end(), "PHONE") for m in SLASH_PHONE_RE.finditer(text)]


# ------------------------------------------------------- French social-security numbers
NIR_RE = re.compile(r"(?<![\w+])([12][ .]?\d{2}[ .]?(?:0[1-9]|1[0-2]|[2-9]\d)[ .]?(?:\d{2}|2A|2B)[ .]?\d{3}[ .]?\d{3}"
                    r"(?:[ .]?\d{2})?)(?![\w])")
_NIR_CUE = re.compile(r"(?i:s[ée]cu|sociale|social security|nir|carte vitale|vitale|num[ée]ro|n°|ssn|insee)")


def nir_spans(text: str) -> list[tuple[int, int, str]]:
    """A French social-security number: 13 or 15 digits in the NIR's shape, written in groups or not,
    after a cue within the sentence or, when ungrouped, anywhere."""
    out = []
    for m in NIR_RE.finditer(text):
        grouped = " " in m.group(1) or "." in m.group(1)
        if grouped and not _NIR_CUE.search(text, max(0, m.start() - 60), m.start()):
            continue
        out.append((m.start(1), m.end(1), "ID"))
    return out
