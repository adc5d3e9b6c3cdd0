"""Import pages: the whole flow, permissions, and bad files through the upload form."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
import sqlalchemy as sa
from conftest_imports import (
    BILLION_LAUGHS,
    KPI_DOMAIN_VALUES,
    KPI_XLSX,
    OWN,
    entity_xlsx,
    inline,
    minimal_xlsx,
    sheet_xml,
    story_csv,
    story_row,
    zip_bomb_xlsx,
)

from msc.imports.forms import MAPPED_FIELDS
from msc.imports.mapping import guess_columns
from msc.imports.readers import read_table
from msc.imports.recognise import recognise
from msc.imports.uploads import UploadStore
from msc.stories.models import Story


@pytest.fixture(autouse=True)
def upload_dir(app, tmp_path):
    app.config["IMPORT_UPLOAD_DIR"] = str(tmp_path / "imports")


def count(db):
    return db.session.scalar(sa.select(sa.func.count(Story.id)))


def upload(client, data: bytes, name: str):
    return client.post("/imports/", data={"file": (io.BytesIO(data), name)},
                       content_type="multipart/form-data")


def token_of(response) -> str:
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    return response.headers["Location"].split("/imports/")[1].split("/")[0]


def mapping_data(data: bytes, name: str, *, unit="MRK", period="2024-S1", domain_values=None, **cols):
    mapping = guess_columns(recognise(read_table(data, name, max_bytes=10**8)))
    mapping.update(cols)
    form = {"unit": unit, "period": period}
    form.update({f"col_{f}": mapping.get(f, "") for f in MAPPED_FIELDS})
    for i, (value, key) in enumerate((domain_values or {}).items()):
        form[f"domain_values-{i}-value"], form[f"domain_values-{i}-domain"] = value, key
    return form


def full_import(client, data, name, skip_blocked=False, **kw):
    token = token_of(upload(client, data, name))
    response = client.post(f"/imports/{token}/map", data=mapping_data(data, name, **kw))
    assert response.status_code == 302 and response.headers["Location"].endswith("/preview")
    assert client.get(f"/imports/{token}/preview").status_code == 200
    form = {"skip_blocked": "y"} if skip_blocked else {}
    return token, client.post(f"/imports/{token}/import", data=form)


# ------------------------------------------------------------------ flow


def test_whole_flow_imports_the_kpi_xlsx(client, login_as, db, app):
    login_as("coord_mrk")
    data = KPI_XLSX.read_bytes()
    token, response = full_import(client, data, KPI_XLSX.name, skip_blocked=True,
                                  domain_values=KPI_DOMAIN_VALUES)
    assert response.status_code == 302 and response.headers["Location"].endswith("/stories/")
    assert count(db) == 5
    assert "Je connais mes droits" in client.get("/stories/").get_data(as_text=True)
    assert not list(Path(app.config["IMPORT_UPLOAD_DIR"]).glob(f"{token}.*"))  # file deleted


def test_mapping_page_prefilled_with_the_guess_and_lists_unknown_domain_values(client, login_as):
    login_as("coord_mrk")
    token = token_of(upload(client, KPI_XLSX.read_bytes(), KPI_XLSX.name))
    page = client.get(f"/imports/{token}/map").get_data(as_text=True)
    assert '<option selected value="grp_recit/histoire">' in page
    assert "Value “acces_droits” in the file" in page and "Value “autonomie”" not in page


def test_blocked_rows_stop_the_import_unless_left_out(client, login_as, db):
    login_as("coord_mrk")
    token, response = full_import(client, KPI_XLSX.read_bytes(), KPI_XLSX.name,
                                  domain_values=KPI_DOMAIN_VALUES)
    assert response.headers["Location"].endswith(f"/imports/{token}/preview")
    assert count(db) == 0
    page = client.get(f"/imports/{token}/preview").get_data(as_text=True)
    assert "Nothing was imported" in page and "The storyteller&#39;s consent is missing." in page


def test_preview_shows_row_problems_per_field(client, login_as):
    login_as("coord_mrk")
    data = story_csv([story_row(1, domaine="inconnu", date_entretien="31/02/2024")])
    token = token_of(upload(client, data, "e.csv"))
    client.post(f"/imports/{token}/map", data=mapping_data(data, "e.csv"))
    page = client.get(f"/imports/{token}/preview").get_data(as_text=True)
    assert "Unknown domain of change “inconnu”." in page and "is not a date" in page


def test_duplicates_skipped_and_counted_on_reimport(client, login_as, db):
    login_as("coord_mrk")
    data = story_csv([story_row(1), story_row(2)])
    full_import(client, data, "e.csv")
    _, response = full_import(client, data, "e.csv")
    assert count(db) == 2
    assert "0 stories imported; 2 already imported" in client.get(response.headers["Location"]).get_data(as_text=True)


def test_coordinator_cannot_pick_a_unit_outside_their_own(client, login_as, db):
    login_as("coord_mrk")
    data = story_csv([story_row(1)])
    token = token_of(upload(client, data, "e.csv"))
    response = client.post(f"/imports/{token}/map", data=mapping_data(data, "e.csv", unit="AGA"))
    assert response.status_code == 200  # the form comes back, the unit field marked invalid
    assert 'class="form-select is-invalid" id="unit"' in response.get_data(as_text=True)


def test_unit_column_outside_the_coordinators_units_blocks(client, login_as, db):
    login_as("coord_mrk")
    headers = ["_uuid", "histoire", "domaine", "date_entretien", "consentement", "usages_consentement", "unite"]
    data = story_csv([story_row(1, unite="AGA")], headers=headers)
    token = token_of(upload(client, data, "e.csv"))
    form = mapping_data(data, "e.csv", unit="")
    form["col_unit"] = "unite"
    client.post(f"/imports/{token}/map", data=form)
    page = client.get(f"/imports/{token}/preview").get_data(as_text=True)
    assert "You do not coordinate the unit AGA" in page
    client.post(f"/imports/{token}/import", data={"skip_blocked": "y"})
    assert count(db) == 0


def test_national_coordinator_may_import_into_a_clinic(client, login_as, db):
    login_as("coord_nat")
    full_import(client, story_csv([story_row(1)]), "e.csv", unit="AGA")
    assert db.session.scalar(sa.select(Story)).unit.code == "AGA"


def test_cancel_deletes_the_file(client, login_as, app):
    login_as("coord_mrk")
    token = token_of(upload(client, story_csv([story_row(1)]), "e.csv"))
    assert client.post(f"/imports/{token}/cancel").status_code == 302
    assert client.get(f"/imports/{token}/map").status_code == 404


def test_nothing_of_the_file_in_the_session_cookie(client, login_as):
    login_as("coord_mrk")
    token_of(upload(client, story_csv([story_row(1, histoire="Zèbre unique")]), "e.csv"))
    cookie = client.get_cookie("session")
    assert cookie is None or len(cookie.value) < 400


# ------------------------------------------------------------ bad files


def _ragged() -> bytes:
    return (b'_uuid,histoire,domaine,date_entretien,consentement,usages_consentement\r\n'
            b'a,Une histoire.,autonomy,2024-03-12,oui,evaluation\r\n'
            b'b,Deux,autonomy,2024-03-12,oui,evaluation,extra,cells\r\n')


GOOD_FILES = {
    "utf8_bom": (OWN / "excel_utf8_bom.csv").read_bytes(),
    "latin1": (OWN / "excel_fr_latin1.csv").read_bytes(),
    "semicolon": story_csv([story_row(1)], sep=";"),
    "comma": story_csv([story_row(1)], sep=","),
    "arabic": story_csv([story_row(1, histoire="كنت أخاف من صاحب البيت.", titre="بيت صغير")]),
    "formula": story_csv([story_row(1, histoire="=1+2 ce n'est pas une formule")]),
}


@pytest.mark.parametrize("kind", sorted(GOOD_FILES))
def test_good_files_in_every_encoding_and_separator_import(kind, client, login_as, db):
    login_as("coord_mrk")
    data = GOOD_FILES[kind]
    _, response = full_import(client, data, f"{kind}.csv")
    assert response.headers["Location"].endswith("/stories/")
    assert count(db) >= 1


def test_arabic_text_intact_through_the_page(client, login_as, db):
    login_as("coord_mrk")
    full_import(client, GOOD_FILES["arabic"], "a.csv")
    assert db.session.scalar(sa.select(Story)).text == "كنت أخاف من صاحب البيت."


def test_ragged_rows_shown_as_a_problem_and_imported(client, login_as, db):
    login_as("coord_mrk")
    data = _ragged()
    token = token_of(upload(client, data, "r.csv"))
    client.post(f"/imports/{token}/map", data=mapping_data(data, "r.csv"))
    assert "as many cells as the header row" in client.get(f"/imports/{token}/preview").get_data(as_text=True)
    client.post(f"/imports/{token}/import")
    assert count(db) == 2


def test_duplicate_ids_in_the_file_import_nothing(client, login_as, db):
    login_as("coord_mrk")
    data = story_csv([story_row(1), story_row(2, _uuid="sub-1")])
    token, _ = full_import(client, data, "d.csv")
    assert count(db) == 0
    assert "appears more than once" in client.get(f"/imports/{token}/preview").get_data(as_text=True)


BAD_FILES = {
    "empty": (b"", "e.csv", "The file is empty"),
    "zip_bomb": (zip_bomb_xlsx(), "b.xlsx", "expands to an unreasonable size"),
    "billion_laughs": (entity_xlsx(BILLION_LAUGHS), "l.xlsx", "document type or entity"),
    "wrong_extension": (story_csv([story_row(1)]), "e.pdf", "upload a .csv or .xlsx"),
    "csv_named_xlsx": (story_csv([story_row(1)]), "e.xlsx", "is not an Excel workbook"),
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_bad_files_refused_at_upload_with_a_message(kind, client, login_as, db, app):
    login_as("coord_mrk")
    data, name, message = BAD_FILES[kind]
    response = upload(client, data, name)
    assert response.status_code == 200
    assert message in response.get_data(as_text=True).replace("&#39;", "'")
    assert count(db) == 0
    store = Path(app.config["IMPORT_UPLOAD_DIR"])
    assert not store.exists() or not list(store.iterdir())


def test_formula_cell_of_a_workbook_gives_its_cached_value(client, login_as, db):
    login_as("coord_mrk")
    headers = ["_uuid", "histoire", "domaine", "date_entretien", "consentement", "usages_consentement"]
    cells = '<row r="1">' + "".join(inline(f"{c}1", h) for c, h in zip("ABCDEF", headers, strict=False)) + "</row>"
    values = ["u1", "", "autonomy", "2024-03-12", "oui", "evaluation"]
    cells += '<row r="2">' + "".join(inline(f"{c}2", v) for c, v in zip("ABCDEF", values, strict=False) if v)
    cells = cells.replace(inline("C2", "autonomy"), '<c r="B2" t="str"><f>CONCAT("Une ","histoire")</f>'
                          '<v>Une histoire</v></c>' + inline("C2", "autonomy")) + "</row>"
    data = minimal_xlsx(sheet_xml(cells))
    full_import(client, data, "f.xlsx")
    assert db.session.scalar(sa.select(Story)).text == "Une histoire"


# ------------------------------------------------------------ permissions

ROUTES = ["map", "preview", "import", "cancel"]
OTHERS = ["admin", "coord_nat", "facil_mrk", "panel_mrk", "advocacy", None]


@pytest.mark.parametrize("role,expected", [
    (None, 302), ("admin", 200), ("coord_mrk", 200), ("coord_nat", 200),
    ("facil_mrk", 403), ("panel_mrk", 403), ("advocacy", 403),
])
def test_upload_page_permissions(role, expected, client, login_as):
    login_as(role)
    response = client.get("/imports/")
    assert response.status_code == expected
    if role is None:
        assert "/login" in response.headers["Location"]


@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize("role,expected", [
    (None, 302), ("admin", 404), ("coord_nat", 404), ("coord_mrk", "own"),
    ("facil_mrk", 403), ("panel_mrk", 403), ("advocacy", 403),
])
def test_upload_routes_only_for_the_uploading_coordinator(route, role, expected, client, login_as, world, app):
    store = UploadStore(app.config["IMPORT_UPLOAD_DIR"], 3600)
    saved = store.save(world.users["coord_mrk"].id, "e.csv", story_csv([story_row(1)]))
    saved.settings = {"mapping": guess_columns(recognise(read_table(store.data(saved), "e.csv", max_bytes=10**6))),
                      "unit_code": "MRK", "period_code": "2024-S1"}
    store.update(saved)
    login_as(role)
    url = f"/imports/{saved.token}/{route}"
    response = client.post(url) if route in ("import", "cancel") else client.get(url)
    if expected == "own":
        assert response.status_code in (200, 302) and "/login" not in response.headers.get("Location", "")
    else:
        assert response.status_code == expected


def test_nav_shows_import_to_coordinators_only(client, login_as):
    login_as("coord_mrk")
    assert 'href="/imports/"' in client.get("/").get_data(as_text=True)
    client.post("/logout")
    login_as("facil_mrk")
    assert 'href="/imports/"' not in client.get("/").get_data(as_text=True)


def test_unknown_or_forged_token_is_404(client, login_as):
    login_as("coord_mrk")
    assert client.get("/imports/..%2F..%2Fsecret_key/map").status_code == 404
    assert client.get("/imports/" + "A" * 32 + "/map").status_code == 404
