"""Read, recognised, mapped and checked: parsed values and problems, row numbers as seen in a spreadsheet."""
from __future__ import annotations

import datetime as dt

import pytest
from conftest_imports import OWN

from msc.imports.check import check_rows
from msc.imports.mapping import ImportSettings, guess_mapping, map_columns
from msc.imports.readers import read_table
from msc.imports.recognise import recognise

DOMAINS = {"Accès aux droits": "acces_droits", "Estime de soi": "estime_soi",
           "Autonomie": "autonomie", "Qualité de vie": "qualite_vie",
           "Autre changement": "autre"}
HEADERS = ["code", "histoire", "domaine", "consentement", "usages", "date_entretien",
           "nb_personnes", "_uuid"]


def build_rows(table, mapping, *, domains, defaults):
    """The checked rows of `table` read through `mapping` (the first steps of the chain)."""
    mapped = map_columns(recognise(table), ImportSettings(mapping=mapping), defaults)
    return check_rows(mapped, domains).rows


def guessed(table):
    return guess_mapping(recognise(table))


def results_of(name: str, **kw):
    path = OWN / name
    table = read_table(path.read_bytes(), path.name, max_bytes=10**7)
    return build_rows(table, guessed(table), domains=DOMAINS,
                      defaults=kw.get("defaults", {}))


def csv_results(*rows: list[str], defaults=None):
    lines = [",".join(HEADERS)] + [",".join(f'"{v}"' for v in r) for r in rows]
    table = read_table("\n".join(lines).encode(), "t.csv", max_bytes=10**6)
    return build_rows(table, guessed(table), domains=DOMAINS,
                      defaults=defaults or {})


def good(**over):
    row = dict(code="CH-1", histoire="Une histoire.", domaine="autonomie", consentement="oui",
               usages="evaluation", date_entretien="2024-03-12", nb_personnes="2", _uuid="u1")
    row.update(over)
    return [row[h] for h in HEADERS]


def messages(result, blocking=None):
    return [p.message for p in result.problems if blocking is None or p.blocking is blocking]


@pytest.mark.parametrize("name", ["kpi_msc_fr_-_latest_version_-_False.csv",
                                  "kpi_msc_fr_-_latest_version_-_False.xlsx",
                                  "odk_central_msc_fr.csv",
                                  "kpi_msc_fr_-_latest_version_-_labels.csv"])
def test_every_export_form_gives_the_same_stories(name):
    results = results_of(name)
    assert [r.row_number for r in results] == [2, 3, 4, 5, 6, 7]
    first = results[0].values
    assert first["storyteller"] == "CH-014" and first["domain"] == "acces_droits"
    assert first["interview_date"] == dt.date(2024, 3, 12)
    assert first["consent"] is True and first["consent_uses"] == ["evaluation", "panel", "advocacy"]
    assert first["text"].count("\n") == 2
    assert [r.values["language"] for r in results] == ["fr", "en", "ar", "fr", "fr", "en"]
    assert [r.values["people_concerned"] for r in results] == [1, 6, 2, 1, 3, 12]
    assert results[2].values["translation"].startswith("J'avais peur")
    assert [r.is_blocked for r in results] == [False] * 5 + [True]  # last has no consent


def test_clean_row_has_no_problem():
    (result,) = csv_results(good())
    assert result.problems == [] and result.submission_id == "u1"


def test_empty_story_text_blocks():
    (result,) = csv_results(good(histoire="  "))
    assert result.is_blocked and messages(result, True) == ["The story text is empty."]


def test_missing_consent_blocks():
    (result,) = csv_results(good(consentement="", usages=""))
    assert messages(result, True) == ["The storyteller's consent is missing."]


def test_refused_consent_does_not_block_and_drops_uses():
    (result,) = csv_results(good(consentement="non", usages="evaluation"))
    assert not result.is_blocked
    assert result.values["consent"] is False and result.values["consent_uses"] == []
    assert len(messages(result, False)) == 2


def test_unreadable_consent_blocks():
    (result,) = csv_results(good(consentement="peut-être"))
    assert result.is_blocked and result.problems[0].field == "consent"


def test_unknown_consent_use_blocks():
    (result,) = csv_results(good(usages="evaluation radio"))
    assert result.is_blocked and result.problems[0].field == "consent_uses"


def test_consent_given_without_uses_is_a_note():
    (result,) = csv_results(good(usages=""))
    assert not result.is_blocked and result.problems[0].field == "consent_uses"


@pytest.mark.parametrize("written", ["autonomie", "Autonomie", "AUTONOMIE", "Qualité de vie",
                                     "qualite_vie", "QUALITE DE VIE"])
def test_domain_found_by_key_label_or_choice_name(written):
    (result,) = csv_results(good(domaine=written))
    assert result.values["domain"] in ("autonomie", "qualite_vie") and not result.problems


def test_unknown_domain_blocks():
    (result,) = csv_results(good(domaine="santé mentale"))
    assert result.is_blocked and "santé mentale" in result.problems[0].message


def test_bad_date_does_not_block_and_is_left_empty():
    (result,) = csv_results(good(date_entretien="hier"))
    assert not result.is_blocked and result.values["interview_date"] is None
    assert result.problems[0].field == "interview_date"
    assert "left empty" in result.problems[0].message


def test_non_numeric_people_count_does_not_block():
    (result,) = csv_results(good(nb_personnes="beaucoup"))
    assert not result.is_blocked and result.values["people_concerned"] is None
    assert result.problems[0].field == "people_concerned"


def test_negative_people_count_is_left_empty():
    (result,) = csv_results(good(nb_personnes="-2"))
    assert result.values["people_concerned"] is None and not result.is_blocked


def test_duplicate_submission_blocks_both_rows_and_names_them():
    results = csv_results(good(), good(_uuid="u2"), good())
    assert [r.is_blocked for r in results] == [True, False, True]
    for r in (results[0], results[2]):
        assert "rows 2, 4" in messages(r, True)[0]


def test_defaults_fill_blank_cells_and_missing_columns():
    (result,) = csv_results(good(domaine=""), defaults={"domain": "Autonomie", "language": "fr",
                                                         "collector": "educatrice_01"})
    assert result.values["domain"] == "autonomie"
    assert result.values["language"] == "fr" and result.values["collector"] == "educatrice_01"
    assert not result.problems


def test_typed_default_used_as_is():
    (result,) = csv_results(good(date_entretien=""),
                            defaults={"interview_date": dt.date(2024, 1, 1)})
    assert result.values["interview_date"] == dt.date(2024, 1, 1)


def test_row_numbers_follow_the_spreadsheet_across_multiline_and_blank_rows():
    data = (b'code,histoire,domaine,consentement,usages\n'
            b'A,"ligne 1\nligne 2",autonomie,oui,evaluation\n'
            b',,,,\n'
            b'B,"x",autonomie,oui,evaluation\n')
    table = read_table(data, "t.csv", max_bytes=10**6)
    results = build_rows(table, guessed(table), domains=DOMAINS, defaults={})
    assert [r.row_number for r in results] == [2, 4]
    assert all(p.row in (2, 4) for r in results for p in r.problems)


def test_ragged_row_gets_a_note():
    data = b"histoire,domaine,consentement,usages\nx,autonomie,oui,evaluation,extra\n"
    table = read_table(data, "t.csv", max_bytes=10**6)
    (result,) = build_rows(table, guessed(table), domains=DOMAINS, defaults={})
    assert any(p.field is None and not p.blocking for p in result.problems)


def test_separate_choice_columns_read_for_consent_uses():
    data = (b"histoire,domaine,consentement,usages_consentement/evaluation,"
            b"usages_consentement/publication\nx,autonomie,oui,1,1\n")
    table = read_table(data, "t.csv", max_bytes=10**6)
    mapping = guessed(table)
    (result,) = build_rows(table, mapping, domains=DOMAINS, defaults={})
    assert result.values["consent_uses"] == ["evaluation", "publication"]
