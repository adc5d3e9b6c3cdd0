"""A broad first-name gazetteer of many origins, from the name lists of the Faker package (MIT licence).

The short lists of ``pii_lists`` hold the names most common in the communities served; the people in the
stories also come from West and Central Africa, the Comoros, Madagascar, Haiti, Latin America, Eastern Europe and
Asia, and a name nobody listed is caught only by its context. This adds the Latin-script first names of Faker's
locales from those regions. A name that is also a French or English dictionary word ("Pierre", "Hazel",
"August"), a stop word, a place, an organisation or a nationality is left out, so the list only holds words that
are names and nothing else (the dictionaries are spaCy's lemma tables, see ``pii_proper``). Built once, on first use.
"""
from __future__ import annotations

import importlib
import re
import threading

from .text import fold

# Faker locales whose first names are written in Latin letters and come from where the people served come from.
LOCALES = ("fr_FR", "fr_BE", "fr_CH", "fr_CA", "fr_QC", "fr_DZ", "en_GB", "en_IE", "en_US", "en_NG", "en_KE",
           "en_IN", "en_PK", "en_TH", "ha_NG", "ig_NG", "yo_NG", "tw_GH", "sw", "zu_ZA", "pt_BR", "pt_PT", "es_ES",
           "es_CO", "es_MX", "es_AR", "es_CL", "it_IT", "ro_RO", "pl_PL", "cs_CZ", "sk_SK", "hr_HR", "sl_SI", "hu_HU",
           "lt_LT", "lv_LV", "tr_TR", "az_AZ", "vi_VN", "id_ID", "de_DE", "nl_NL", "sq_AL")
_ATTRIBUTES = ("first_names", "first_names_female", "first_names_male")
_LAST_ATTRIBUTES = ("last_names", "last_names_female", "last_names_male")
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-žƀ-ɏḀ-ỿ]{3,}")
_lock = threading.Lock()
_BROAD: set[str] | None = None
_LAST: set[str] | None = None


def _faker_values(locales: tuple[str, ...], attributes: tuple[str, ...]):
    """The names Faker's person providers of *locales* list under *attributes*, as written."""
    for locale in locales:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:  # a locale a Faker release does not have
            continue
        for attribute in attributes:
            value = provider.__dict__.get(attribute)
            if isinstance(value, (dict, list, tuple)):
                yield from value


def _faker_names(attributes: tuple[str, ...] = _ATTRIBUTES) -> set[str]:
    return {fold(w) for name in _faker_values(LOCALES, attributes) for w in re.split(r"[ \-]", name)
            if _LATIN_WORD.fullmatch(w)}


def broad_first_names() -> set[str]:
    """Folded first names of many origins that are no word, place, organisation or nationality."""
    global _BROAD
    if _BROAD is None:
        with _lock:
            if _BROAD is None:
                from .pii_lists import _STOP, AMBIGUOUS_NAMES, BIG_PLACES, COUNTRIES, NOT_PERSONAL, WORD_NAMES
                from .pii_proper import _dictionary

                _BROAD = (_faker_names() - _dictionary("fr") - _dictionary("en") - _STOP - BIG_PLACES - COUNTRIES - NOT_PERSONAL
                          - WORD_NAMES - {fold(n) for n in AMBIGUOUS_NAMES})
    return _BROAD


def broad_last_names() -> set[str]:
    """Folded surnames of the same origins that are no word, place, organisation or nationality (used as a
    feature of the statistical recogniser, ``pii_model``, not as a list that masks by itself)."""
    global _LAST
    if _LAST is None:
        with _lock:
            if _LAST is None:
                from .pii_lists import _STOP, BIG_PLACES, COUNTRIES, NOT_PERSONAL
                from .pii_proper import _dictionary

                _LAST = (_faker_names(_LAST_ATTRIBUTES) - _dictionary("fr") - _dictionary("en") - _STOP - BIG_PLACES
                         - COUNTRIES - NOT_PERSONAL)
    return _LAST


_AR_LOCALES = ("ar_AA", "ar_SA", "ar_PS")
_AR_BROAD: frozenset[str] | None = None


def broad_arabic_names() -> frozenset[str]:
    """First names and surnames in Arabic script from Faker's Arabic locales: a feature of the statistical
    recogniser only (many are also words: without a dictionary of Arabic, this list never masks by itself)."""
    global _AR_BROAD
    if _AR_BROAD is None:
        with _lock:
            if _AR_BROAD is None:
                _AR_BROAD = frozenset(w for name in _faker_values(_AR_LOCALES, _ATTRIBUTES + _LAST_ATTRIBUTES)
                                      for w in name.split() if len(w) > 1)
    return _AR_BROAD
