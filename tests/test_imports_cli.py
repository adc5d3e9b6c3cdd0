"""`msc import`: the JSON document, exit status, and the bad-input matrix."""
from __future__ import annotations

import json

import pytest
import sqlalchemy as sa
from conftest_imports import (
    BILLION_LAUGHS,
    KPI_XLSX,
    OWN,
    entity_xlsx,
    shared_kobo_dir,
    story_csv,
    story_row,
    zip_bomb_xlsx,
)

from msc.stories.models import Story

KPI_DOMAINS = ["--domain", "acces_droits=rights_justice", "--domain", "estime_soi=self_esteem",
               "--domain", "qualite_vie=quality_of_life", "--domain", "autre=other"]


@pytest.fixture
def cli(app, world):
    runner = app.test_cli_runner()

    def invoke(path, *args, unit="MRK", period="2024-S1"):
        base = ["import", str(path)] + (["--unit", unit] if unit else []) + (["--period", period] if period else [])
        result = runner.invoke(args=base + list(args))
        assert result.exception is None or isinstance(result.exception, SystemExit), result.output
        return result

    return invoke


def write(tmp_path, data: bytes, name="export.csv"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def count(db):
    return db.session.scalar(sa.select(sa.func.count(Story.id)))


def test_json_document_exactly_as_the_issue_says(cli, tmp_path, db):
    result = cli(write(tmp_path, story_csv([story_row(1), story_row(2)])), "--json")
    assert result.exit_code == 0
    assert json.loads(result.output) == {"rows": 2, "imported": 2, "skipped_duplicates": 0, "errors": []}
    assert count(db) == 2


def test_reimport_counts_duplicates(cli, tmp_path, db):
    path = write(tmp_path, story_csv([story_row(1), story_row(2)]))
    cli(path, "--json")
    again = json.loads(cli(path, "--json").output)
    assert (again["imported"], again["skipped_duplicates"]) == (0, 2) and count(db) == 2


def test_errors_listed_and_exit_status_non_zero_when_nothing_imported(cli, tmp_path, db):
    result = cli(KPI_XLSX, "--json", *KPI_DOMAINS)
    assert result.exit_code == 1
    doc = json.loads(result.output)
    assert doc == {"rows": 6, "imported": 0, "skipped_duplicates": 0,
                   "errors": [{"row": 7, "field": "consent", "message": "The storyteller's consent is missing."}]}
    assert count(db) == 0


def test_skip_blocked_imports_the_rest_and_exits_zero(cli, db):
    result = cli(KPI_XLSX, "--json", "--skip-blocked", *KPI_DOMAINS)
    assert result.exit_code == 0 and json.loads(result.output)["imported"] == 5
    assert db.session.scalar(sa.select(Story).where(Story.title == "Soins")).source == "import"


def test_map_option_overrides_the_guess(cli, tmp_path, db):
    cli(write(tmp_path, story_csv([story_row(1)])), "--map", "title=histoire", "--map", "storyteller=")
    story = db.session.scalar(sa.select(Story))
    assert story.title.startswith("Histoire numéro 1") and story.storyteller.code == "MRK-0001"


def test_unknown_field_is_a_usage_error(cli, tmp_path):
    result = cli(write(tmp_path, story_csv([story_row(1)])), "--map", "colour=histoire")
    assert result.exit_code == 2 and "unknown field" in result.output


def test_unit_and_period_from_columns_without_options(cli, tmp_path, db):
    headers = ["_uuid", "histoire", "domaine", "date_entretien", "consentement", "usages_consentement",
               "unite", "periode"]
    data = story_csv([story_row(1, unite="AGA", periode="2024-S1")], headers=headers)
    result = cli(write(tmp_path, data), "--json", unit=None, period=None)
    assert result.exit_code == 0, result.output
    assert db.session.scalar(sa.select(Story)).unit.code == "AGA"


def test_unknown_unit_said_once(cli, tmp_path, db):
    doc = json.loads(cli(write(tmp_path, story_csv([story_row(1), story_row(2)])), "--json", unit="XYZ").output)
    assert doc["errors"] == [{"row": 0, "field": "unit", "message": "Unknown unit “XYZ”."}]


def test_dry_run_writes_nothing(cli, tmp_path, db):
    result = cli(write(tmp_path, story_csv([story_row(1)])), "--dry-run", "--json")
    assert result.exit_code == 0 and json.loads(result.output)["imported"] == 1 and count(db) == 0


def test_human_output(cli, tmp_path):
    result = cli(write(tmp_path, story_csv([story_row(1)])))
    assert "1 rows: 1 imported, 0 already imported (skipped), 0 left out." in result.output


# ------------------------------------------------------------- bad input

def _ragged() -> bytes:
    return (b'_uuid,histoire,domaine,date_entretien,consentement,usages_consentement\n'
            b'a,Une histoire.,autonomy,2024-03-12,oui,evaluation\n'
            b'b,Deux,autonomy,2024-03-12,oui,evaluation,extra\n')


GOOD = {
    "utf8_bom.csv": (OWN / "excel_utf8_bom.csv").read_bytes(),
    "latin1.csv": (OWN / "excel_fr_latin1.csv").read_bytes(),
    "semicolon.csv": story_csv([story_row(1)], sep=";"),
    "comma.csv": story_csv([story_row(1)], sep=","),
    "ragged.csv": _ragged(),
    "arabic.csv": story_csv([story_row(1, _uuid="ar-1", histoire="دابا عندي مفتاح ديالي.")]),
    "formula.csv": story_csv([story_row(1, histoire="=SUM(A1:A3) n'est pas calculé")]),
}


@pytest.mark.parametrize("name", sorted(GOOD))
def test_good_files_import(name, cli, tmp_path, db):
    result = cli(write(tmp_path, GOOD[name], name), "--json")
    doc = json.loads(result.output)
    assert result.exit_code == 0 and doc["errors"] == [] and doc["imported"] == count(db) >= 1


def test_arabic_and_formula_text_kept_as_written(cli, tmp_path, db):
    cli(write(tmp_path, GOOD["arabic.csv"], "a.csv"))
    cli(write(tmp_path, GOOD["formula.csv"], "f.csv"))
    texts = set(db.session.scalars(sa.select(Story.text)))
    assert texts == {"دابا عندي مفتاح ديالي.", "=SUM(A1:A3) n'est pas calculé"}


BAD = {
    "empty.csv": (b"", "The file is empty."),
    "bomb.xlsx": (zip_bomb_xlsx(), "The workbook expands to an unreasonable size and was refused."),
    "laughs.xlsx": (entity_xlsx(BILLION_LAUGHS), "document type or entity declarations"),
    "story.pdf": (story_csv([story_row(1)]), "Unsupported file type"),
    "dups.csv": (story_csv([story_row(1), story_row(2, _uuid="sub-1")]), "appears more than once"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_files_refused_with_a_message_and_nothing_imported(name, cli, tmp_path, db):
    data, message = BAD[name]
    result = cli(write(tmp_path, data, name), "--json")
    doc = json.loads(result.output)
    assert result.exit_code == 1 and doc["imported"] == 0
    assert message in doc["errors"][0]["message"]
    assert count(db) == 0


def test_file_over_the_configured_limit_refused(cli, tmp_path, db, app):
    app.config["IMPORT_MAX_BYTES"] = 1000
    result = cli(write(tmp_path, story_csv([story_row(i) for i in range(30)])), "--json")
    doc = json.loads(result.output)
    assert result.exit_code == 1 and doc["errors"][0]["field"] == "file"
    assert "too large" in doc["errors"][0]["message"] and count(db) == 0


@pytest.mark.parametrize("prefix", ["cocoemily", "kobotoolbox", "Nestor-Ch", "ropensci"])
def test_real_non_msc_exports_refused_cleanly(prefix, cli, db):
    for path in sorted(p for p in shared_kobo_dir().iterdir() if p.name.startswith(prefix)):
        result = cli(path, "--json")
        doc = json.loads(result.output)
        assert result.exit_code == 1 and doc["imported"] == 0
        assert doc["errors"][0] == {"row": 0, "field": "text",
                                    "message": "No column holds the story text: map one to “text”."}
    assert count(db) == 0
