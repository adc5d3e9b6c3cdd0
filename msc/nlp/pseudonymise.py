"""Replace personal-data spans with consistent pseudonyms.

Two styles:
  * ``"brackets"`` (default): "[Prénom 1]", "[Lieu 2]", "[Téléphone]";
  * ``"readable"``: a first name from a list suited to the story's language, marked
    with an asterisk ("Samira*"), never a name that occurs in the story; places,
    numbers and e-mails get neutral words ("un lieu*", "[téléphone]").
    :func:`readable_note` is the sentence explaining the asterisk, to print once per document.

One story's fields (text, title, significance, translation) share one
:class:`Pseudonymiser`, so the same person gets the same pseudonym everywhere.
"""
from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Iterable

from .text import fold

STYLES = ("brackets", "readable")
PLACEHOLDERS = {
    "fr": {"PER": "Prénom {n}", "LOC": "Lieu {n}", "PHONE": "Téléphone", "EMAIL": "E-mail", "ID": "Identifiant"},
    "en": {"PER": "First name {n}", "LOC": "Place {n}", "PHONE": "Phone", "EMAIL": "E-mail", "ID": "ID"},
    "ar": {"PER": "الاسم {n}", "LOC": "المكان {n}", "PHONE": "الهاتف", "EMAIL": "البريد الإلكتروني", "ID": "رقم الهوية"},
}
READABLE = {
    "fr": {"LOC": "un lieu*", "PHONE": "[téléphone]", "EMAIL": "[e-mail]", "ID": "[numéro]"},
    "en": {"LOC": "a place*", "PHONE": "[phone]", "EMAIL": "[e-mail]", "ID": "[number]"},
    "ar": {"LOC": "مكان ما*", "PHONE": "[الهاتف]", "EMAIL": "[البريد الإلكتروني]", "ID": "[رقم]"},
}
NOTES = {
    "fr": "* Les prénoms et les lieux marqués d'un astérisque ont été changés pour protéger les personnes.",
    "en": "* Names and places marked with an asterisk have been changed to protect the people concerned.",
    "ar": "* تم تغيير الأسماء والأماكن المشار إليها بنجمة لحماية الأشخاص المعنيين.",
}
# Replacement first names: common, easy to read, by language of the story.
READABLE_NAMES = {
    "fr": ("Samira Nadia Leïla Salma Yasmina Houda Sonia Inès Lina Nora Malika Rania Amel Lucie Claire Sophie "
           "Camille Julie Hélène Anna Maya Myriam Sarah Ilham Dounia Karima Sihame Hayat Latifa Nawal").split(),
    "en": ("Sarah Anna Mary Grace Helen Ruth Lucy Emma Clara Nora Julia Laura Alice Rose Hannah Maya Amy Lily "
           "Nina Sofia Leila Amina Ella Jane Kate Eva Iris Diana Vera Maria").split(),
    "ar": ("سميرة نادية ليلى سلمى ياسمينة هدى سعاد نورة مليكة رانية أمال مريم سارة إلهام دنيا كريمة سهام حياة "
           "لطيفة نوال زينب حنان رشيدة نجاة وداد بشرى سناء فدوى غيثة كوثر").split(),
}
_TITLE_WORDS = {"mme", "mmes", "mlle", "madame", "mademoiselle", "monsieur", "m.", "mr", "mr.", "mrs", "mrs.", "ms",
                "ms.", "miss", "dr", "dr.", "docteur", "docteure", "doctor", "maitre", "me", "pr", "pr.", "hajja",
                "lalla", "si", "sister", "auntie", "aunty", "mama", "tata", "السيدة", "لالة", "الحاجة", "سي"}
_ARTICLES = {"le", "la", "les", "l'", "the", "de", "du", "des", "d'", "el", "al"}
_WORD = re.compile(r"[\w'.-]+")


def _name_tokens(text: str) -> frozenset[str]:
    toks = [fold(w).strip(".'-") for w in _WORD.findall(text)]
    return frozenset(t for t in toks if t and t not in _TITLE_WORDS and t not in _ARTICLES)


def _span_fields(span) -> tuple[int, int, str]:
    if isinstance(span, dict):
        return span["start"], span["end"], span["label"]
    return span[0], span[1], span[2]


def readable_note(lang: str = "fr") -> str:
    """The sentence explaining the asterisk of readable pseudonyms (print once per document)."""
    return NOTES.get(lang, NOTES["fr"])


class Pseudonymiser:
    """Pseudonyms for one story: consistent across every text passed to :meth:`apply`.

    *seed* (the story's id or text) makes readable names deterministic; *avoid*
    are texts whose words are never used as a readable name (all the story's fields).
    """

    def __init__(self, lang: str = "fr", style: str = "brackets", seed: str = "", avoid: Iterable[str] = ()):
        if style not in STYLES:
            raise ValueError(f"unknown pseudonym style {style!r}")
        self.lang = lang if lang in PLACEHOLDERS else "fr"
        self.style = style
        self._seen: dict[str, list[tuple[frozenset[str], int]]] = {"PER": [], "LOC": []}
        self._names: list[str] | None = None
        self._seed = str(seed)
        self._avoid = list(avoid)

    def _readable_names(self) -> list[str]:
        if self._names is None:
            used = {fold(w) for t in self._avoid for w in _WORD.findall(t)}
            names = [n for n in READABLE_NAMES[self.lang] if fold(n) not in used]
            digest = hashlib.sha256(self._seed.encode("utf-8", "replace")).digest()
            random.Random(digest).shuffle(names)
            self._names = names
        return self._names

    def number(self, label: str, surface: str) -> int:
        """The number of the person or place *surface* (1, 2, …), the same for the same person."""
        toks = _name_tokens(surface) or frozenset([fold(surface)])
        seen = self._seen.setdefault(label, [])
        for known, n in seen:
            if toks <= known or known <= toks:
                return n
        n = len({n for _, n in seen}) + 1
        seen.append((toks, n))
        return n

    def replacement(self, label: str, surface: str, lang: str | None = None) -> str:
        """The pseudonym of *surface*; *lang*: the language of this field, if not the story's."""
        lang = lang if lang in PLACEHOLDERS else self.lang
        if self.style == "brackets":
            template = PLACEHOLDERS[lang].get(label, PLACEHOLDERS[lang]["ID"])
            if "{n}" in template:
                template = template.format(n=self.number(label, surface))
            return f"[{template}]"
        if label == "PER":
            n, names = self.number(label, surface), self._readable_names()
            if n <= len(names):
                return names[n - 1] + "*"
            return f"[{PLACEHOLDERS[lang]['PER'].format(n=n)}]"  # more people than names: brackets
        return READABLE[lang].get(label, READABLE[lang]["ID"])

    def apply(self, text: str, spans: Iterable, lang: str | None = None) -> str:
        """Return *text* with each span replaced; overlapping spans are skipped after the first."""
        out, pos = [], 0
        for start, end, label in sorted((_span_fields(s) for s in spans), key=lambda s: (s[0], s[1])):
            if start < pos or end <= start:
                continue
            out.append(text[pos:start])
            out.append(self.replacement(label, text[start:end], lang))
            pos = end
        out.append(text[pos:])
        return "".join(out)


def pseudonymise(text: str, spans: Iterable, lang: str = "fr", style: str = "brackets", seed: str | None = None,
                 avoid: Iterable[str] = ()) -> str:
    """Return *text* with each span replaced by a pseudonym in *lang*.

    The same name (with or without title, in full or in part: "Mme Bennani",
    "Bennani", "Fatima Bennani") gets the same pseudonym within one text; so does
    the same place. *style*: "brackets" or "readable" (see the module); *seed*
    defaults to the text; *avoid*: other texts of the story whose words are never used as names.
    """
    p = Pseudonymiser(lang, style, seed=text if seed is None else seed, avoid=[text, *avoid])
    return p.apply(text, spans)


def pseudonymise_fields(fields: dict[str, tuple[str, Iterable]], lang: str = "fr", style: str = "brackets",
                        seed: str | None = None) -> dict[str, str]:
    """Pseudonymise several fields of one story consistently: {name: (text, spans)} -> {name: text}.

    Fields are processed in the order given (put the story text first: its numbering then
    matches :func:`pseudonymise` on the text alone).
    """
    texts = [t for t, _ in fields.values()]
    p = Pseudonymiser(lang, style, seed="\n".join(texts) if seed is None else seed, avoid=texts)
    return {name: p.apply(text, spans) for name, (text, spans) in fields.items()}


def _token_patterns() -> list[tuple[re.Pattern, str]]:
    """Every bracket token either style writes, in every language, with its kind (PER, LOC, PHONE, …)."""
    found = []
    for lang in PLACEHOLDERS:
        for label, template in PLACEHOLDERS[lang].items():
            body = re.escape(template).replace(re.escape("{n}"), r"(\d+)")
            found.append((re.compile(r"\[" + body + r"\]"), label))
        for label, word in READABLE[lang].items():
            if word.startswith("["):
                found.append((re.compile(re.escape(word)), label))
    return found


_TOKENS = _token_patterns()
_TOKEN_ANY = re.compile("|".join(f"(?:{p.pattern})" for p, _ in _TOKENS))
# Neutral words for what has no readable name (a number, a phone, an address): a document for readers
# outside the programme shows words, never a bracket.
NEUTRAL = {
    "fr": {"PHONE": "un numéro de téléphone*", "EMAIL": "une adresse e-mail*", "ID": "un numéro*"},
    "en": {"PHONE": "a phone number*", "EMAIL": "an e-mail address*", "ID": "a number*"},
    "ar": {"PHONE": "رقم هاتف*", "EMAIL": "بريد إلكتروني*", "ID": "رقم*"},
}


def has_bracket_token(text: str) -> bool:
    """True when *text* holds a pseudonymisation token in brackets ("[Prénom 2]", "[téléphone]")."""
    return bool(_TOKEN_ANY.search(text or ""))


def readable_tokens(fields: dict[str, str], lang: str = "fr", seed: str = "") -> dict[str, str]:
    """A story's fields with every bracket token turned into the readable style, consistently across fields.

    "[Prénom 2]" becomes a first name with an asterisk (the same one wherever "[Prénom 2]" appears),
    "[Lieu 1]" "un lieu*", "[Identifiant]" "un numéro*": the words :func:`readable_note` explains.
    """
    lang = lang if lang in PLACEHOLDERS else "fr"
    p = Pseudonymiser(lang, "readable", seed=seed, avoid=list(fields.values()))
    names = p._readable_names()

    def replace(match: re.Match) -> str:
        token = match.group(0)
        for pattern, label in _TOKENS:
            m = pattern.fullmatch(token)
            if m is None:
                continue
            if label == "PER":
                n = int(m.group(1)) if m.groups() else 1
                return names[(n - 1) % len(names)] + "*" if names else READABLE[lang]["LOC"]
            if label == "LOC":
                return READABLE[lang]["LOC"]
            return NEUTRAL[lang].get(label, NEUTRAL[lang]["ID"])
        return token

    return {name: _TOKEN_ANY.sub(replace, text or "") for name, text in fields.items()}
