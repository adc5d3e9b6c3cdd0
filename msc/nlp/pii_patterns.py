"""Personal data found by pattern, in every language (Arabic included): e-mails, phone numbers
checked with ``phonenumbers`` (Moroccan, French and a few other regions), CIN and case/file numbers."""
from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

from .pii_span import P_EMAIL, P_ID, P_PHONE, Span
from .pii_written import SLASH_PHONE_SHAPE
from .text import ascii_digits

PHONE_REGIONS = ("MA", "FR", "GB", "NG", "ES", "IT", "BE")

EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}\b")
PHONE_RE = re.compile(r"(?<![\w+(])\(?(?:\+|00)?\(?\d[\d \t.\-()]{6,22}\d(?!\w)")
_DATE = re.compile(r"^\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}$")
_ID_KEY = (r"(?:dossiers?|plaintes?|affaires?|proc[eè]s[- ]verbal|pv|requ[eê]te|r[ée]f[ée]rence|r[ée]f\.?|"
           r"files?|cases?|complaints?|records?|reports?|passeport|passport|carte\s+de\s+s[ée]jour|"
           r"titre\s+de\s+s[ée]jour|permis|matricule|رقم|ملف)")
_MARK = r"(?:n°|nº|n\s?o\.?|no\.?|num[ée]ro|number|num\.?|#|:)"
_ID_VAL = r"((?:[A-Z]{1,5}[-/]){0,3}[A-Z]{0,4}[-/]?\d[\w/\-]*\d|\d{3,})"  # "2024/117", "MY/VIH/0457"
ID_RES = [
    # CIN with context, any case: "CIN: AB 12345", "carte d'identité n° BE123456"
    re.compile(rf"(?i:\b(?:C\.?I\.?N\.?|carte\s+(?:nationale\s+)?d'identit[ée](?:\s+nationale)?|national\s+id(?:\s+card)?|id\s+card|بطاقة)"
               rf"(?:\s+(?:{_MARK}|is|est|number|num[ée]ro))*\s*[:.]?\s*)([A-Za-z]{{1,2}}[ -]?\d{{4,7}})\b"),
    re.compile(rf"\b(?:ID|my\s+id|mon\s+ID)(?:\s+(?:{_MARK}|is|number))*\s*[:.]?\s*([A-Za-z]{{1,2}}[ -]?\d{{4,7}})\b"),
    # bare Moroccan CIN: "BE123456"
    re.compile(r"\b([A-Z]{1,2}\d{5,7})\b"),
    # case / file numbers: "dossier n° 2024/117", "file no. 117/2024", "case #2023-45"
    re.compile(rf"(?i:\b{_ID_KEY}(?:\s+[\w']+){{0,3}}?\s*{_MARK}?\s*[:.]?\s*){_ID_VAL}"),
    re.compile(r"(?i:(?<!\w)(?:n°|nº)\s*)(\d+(?:[/\-][A-Za-z0-9]+)+)\b"),
    # a code of letter and digit groups after "n°": "n° TNG-REC-55021", "nº KH/ONC/2231"
    re.compile(r"(?i:(?<!\w)(?:n°|nº)\s*)((?=[A-Z0-9/\-]*\d)[A-Z]{1,6}(?:[/\-][A-Z0-9]{1,10}){1,4})\b"),
    # a receipt's number after its mark: "receipt no. 4471", "reçu n° 88 213"
    re.compile(rf"(?i:\b(?:receipts?|re[çc]us?|r[ée]c[ée]piss[ée]s?)\s*{_MARK}\s*)(\d[\d ]{{2,14}}\d|[A-Z]{{1,5}}[-/ ]?\d{{3,12}})\b"),
]


def pattern_spans(text: str) -> list[Span]:
    """E-mails, phone numbers and ID numbers (language-independent)."""
    spans = [Span(m.start(), m.end(), "EMAIL", P_EMAIL) for m in EMAIL_RE.finditer(text)]
    spans += _phones(text)
    for k, rx in enumerate(ID_RES):
        for m in rx.finditer(text):
            val = m.group(1)
            if not _id_like(val):
                continue
            if SLASH_PHONE_SHAPE.match(val) or (k >= 3 and _PHONE_LIKE.match(ascii_digits(val)) and _is_phone(val)
                                                and not _DOC_CUE.search(m.group(0))):
                continue  # "رقم 0661234598", "file number 06…": a phone number after a generic cue
            spans.append(Span(m.start(1), m.end(1), "ID", P_ID))
    return list(dict.fromkeys(spans))


_YEAR = re.compile(r"^(?:19|20)\d\d$")
_DOC_CUE = re.compile(r"(?i:s[ée]jour|agdref|[ée]tranger|passe?port|r[ée]c[ée]piss[ée]|permis|matricule)")
_PHONE_LIKE = re.compile(r"^(?:\+|00|0)[\d \-.]{8,}$")


def _id_like(val: str) -> bool:
    """An identifier has >= 3 digits and is neither a date nor a bare year."""
    digits = sum(c.isdigit() for c in val)
    if digits < 3 or _DATE.match(val) or _YEAR.match(val):
        return False
    return digits >= 4 or any(c in "/-" for c in val) or any(c.isalpha() for c in val)


def _phones(text: str) -> list[Span]:
    out = []
    for m in PHONE_RE.finditer(text):
        cand, start = m.group(0), m.start()
        # Trim trailing groups until the candidate parses (e.g. "0612345678 12 fois").
        while cand:
            digits = sum(c.isdigit() for c in cand)
            if digits < 8:
                break
            if 9 <= digits <= 15 and _is_phone(cand):
                # "(+212) 6…", "(11) 98765-4321": an opening bracket closed inside the number belongs to it
                lead = len(cand) - len(cand.lstrip(" " if ")" in cand.lstrip("( ")[:6] else "( "))
                end = start + len(cand.rstrip(" .-(\t"))
                out.append(Span(start + lead, end, "PHONE", P_PHONE))
                break
            cut = max(cand.rstrip().rfind(" "), cand.rstrip().rfind("."), cand.rstrip().rfind("-"))
            if cut <= 0:
                break
            cand = cand[:cut]
    return out


# 0 800 to 0 805 ("numéro vert" in France and Morocco: ten digits), 0800 and 0808 in the UK (eleven digits);
# never a Nigerian mobile ("0803 555 0192", eleven digits from 0803).
_FREE_PHONE = re.compile(r"^(?:0(?:80[0-5]\d{6}|80[08]\d{7})|(?:\+33|0033|\+212|00212)80[0-5]\d{6}"
                         r"|(?:\+44|0044)80[08]\d{6,7})$")


def free_phone(number: str) -> bool:
    """A free-phone service number: a helpline, nobody's personal number."""
    return bool(_FREE_PHONE.match(re.sub(r"[ \t.()\-]", "", ascii_digits(number))))


@lru_cache(maxsize=4096)
def _is_phone(cand: str) -> bool:
    if _DATE.match(cand.strip()):
        return False
    for region in PHONE_REGIONS:
        try:
            num = phonenumbers.parse(cand, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_possible_number(num):
            return True
    return False

