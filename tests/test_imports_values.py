"""Cell value parsers."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from msc.imports.errors import ValueProblem
from msc.imports.values import (
    parse_consent,
    parse_consent_uses,
    parse_date,
    parse_int,
    parse_language,
)


@pytest.mark.parametrize("value", ["yes", "Oui", "1", "1.0", "TRUE", "true", "given", "donné",
                                   "Donnée", "نعم", "consent_given"])
def test_consent_given(value):
    assert parse_consent(value) is True


@pytest.mark.parametrize("value", ["no", "NON", "0", "False", "refused", "refusé", "لا",
                                   "non donné", "consent_refused"])
def test_consent_refused(value):
    assert parse_consent(value) is False


@pytest.mark.parametrize("value", ["", "  ", None])
def test_blank_is_none_everywhere(value):
    for parser in (parse_consent, parse_consent_uses, parse_date, parse_int, parse_language):
        assert parser(value) is None


@pytest.mark.parametrize("value", ["maybe", "peut-être", "2"])
def test_consent_not_understood(value):
    with pytest.raises(ValueProblem, match="not a consent answer"):
        parse_consent(value)


@pytest.mark.parametrize("value,expected", [
    ("evaluation panel advocacy publication", ["evaluation", "panel", "advocacy", "publication"]),
    ("publication evaluation", ["evaluation", "publication"]),
    ("évaluation, plaidoyer", ["evaluation", "advocacy"]),
    ("Évaluation interne Comité de sélection", ["evaluation", "panel"]),
    ("Plaidoyer (citations anonymes); Publication", ["advocacy", "publication"]),
    ("comité", ["panel"]),
    ("evaluation evaluation", ["evaluation"]),
    ("aucun", []),
])
def test_consent_uses(value, expected):
    assert parse_consent_uses(value) == expected


def test_unknown_consent_use_is_a_problem():
    with pytest.raises(ValueProblem, match="Unknown consent use: television"):
        parse_consent_uses("evaluation television")


@pytest.mark.parametrize("value,expected", [
    ("2021-12-06T10:00:09.772+06:00", dt.date(2021, 12, 6)),
    ("2019-09-18T08:51:07.481Z", dt.date(2019, 9, 18)),
    ("2021-12-06T06:01:47", dt.date(2021, 12, 6)),
    ("2024-03-14 09:36:52", dt.date(2024, 3, 14)),
    ("2024-03-12", dt.date(2024, 3, 12)),
    ("12/03/2024", dt.date(2024, 3, 12)),
    ("1/3/2024", dt.date(2024, 3, 1)),
    ("12.03.2024", dt.date(2024, 3, 12)),
    ("12/03/24", dt.date(2024, 3, 12)),
    ("45321", dt.date(2024, 1, 30)),
    ("45321.5", dt.date(2024, 1, 30)),
    ("45026", dt.date(2023, 4, 10)),  # utilityR: same day as its `start` text
])
def test_dates(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["31/02/2024", "12", "10-5", "demain", "2024-13-01", "3000000"])
def test_not_dates(value):
    with pytest.raises(ValueProblem, match="not a date"):
        parse_date(value)


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_every_date_round_trips_through_its_text_forms(day):
    serial = (day - dt.date(1899, 12, 30)).days
    for text in (day.isoformat(), day.strftime("%d/%m/%Y"), str(serial), f"{serial}.25"):
        assert parse_date(text) == day


@pytest.mark.parametrize("value,expected", [("12", 12), ("12.0", 12), (" 7 ", 7), ("1 200", 1200),
                                            ("0", 0), ("-3", -3), ("4,00", 4)])
def test_ints(value, expected):
    assert parse_int(value) == expected


@pytest.mark.parametrize("value", ["12.5", "douze", "1e3", "3-4"])
def test_not_ints(value):
    with pytest.raises(ValueProblem, match="not a whole number"):
        parse_int(value)


@given(st.integers(min_value=-10**9, max_value=10**9))
def test_int_and_float_text_round_trip(n):
    assert parse_int(str(n)) == n and parse_int(f"{n}.0") == n


@pytest.mark.parametrize("value,expected", [
    ("fr", "fr"), ("FR", "fr"), ("fr-MA", "fr"), ("fra", "fr"), ("Français", "fr"),
    ("francais", "fr"), ("French", "fr"), ("الفرنسية", "fr"),
    ("en", "en"), ("English", "en"), ("Anglais", "en"), ("eng", "en"),
    ("ar", "ar"), ("Arabe", "ar"), ("Arabic", "ar"), ("Darija", "ar"), ("Arabe (darija)", "ar"),
    ("العربية", "ar"), ("الدارجة", "ar"), ("ar_MA", "ar"),
])
def test_languages(value, expected):
    assert parse_language(value) == expected


@pytest.mark.parametrize("value", ["Tamazight", "es", "xx-yy"])
def test_unsupported_languages(value):
    with pytest.raises(ValueProblem, match="not a supported language"):
        parse_language(value)
