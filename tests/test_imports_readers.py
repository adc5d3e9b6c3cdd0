"""read_table on our own Kobo/ODK fixtures, the shared real exports and hostile files."""
from __future__ import annotations

import datetime as dt
import io
import re

import openpyxl
import pytest
from conftest_imports import (
    BILLION_LAUGHS,
    EXTERNAL_ENTITY,
    OWN,
    entity_xlsx,
    inline,
    lying_size_xlsx,
    minimal_xlsx,
    shared_file,
    sheet_xml,
    zip_bomb_xlsx,
)

from msc.imports.errors import ImportFileError
from msc.imports.readers import read_table

MB = 1024 * 1024


def read(name: str, **kw):
    path = OWN / name
    return read_table(path.read_bytes(), path.name, max_bytes=kw.pop("max_bytes", 20 * MB), **kw)


def read_bytes(data: bytes, name: str, **kw):
    return read_table(data, name, max_bytes=kw.pop("max_bytes", 200 * MB), **kw)


def xlsx_bytes(sheets: dict[str, list[list]]) -> bytes:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# ------------------------------------------------------------ own fixtures


def test_kpi_csv_semicolon_quoted_crlf():
    table = read("kpi_msc_fr_-_latest_version_-_False.csv")
    assert (table.fmt, table.delimiter, table.encoding) == ("csv", ";", "utf-8")
    assert len(table.rows) == 6
    assert table.row_numbers == [2, 3, 4, 5, 6, 7]
    assert "grp_recit/histoire" in table.headers and "_uuid" in table.headers


def test_kpi_csv_multiline_story_kept_whole_without_carriage_returns():
    story = read("kpi_msc_fr_-_latest_version_-_False.csv").rows[0]["grp_recit/histoire"]
    assert story.count("\n") == 2 and "\r" not in story
    assert story.startswith("Avant,") and story.endswith("pour la première fois.")


def test_kpi_csv_arabic_text_intact():
    row = read("kpi_msc_fr_-_latest_version_-_False.csv").rows[2]
    assert row["grp_recit/titre"] == "بيت صغير"


def test_kpi_xlsx_main_sheet_chosen_before_repeat_sheet():
    table = read("kpi_msc_fr_-_latest_version_-_False.xlsx")
    assert table.fmt == "xlsx"
    assert table.sheet_names == ["MSC - récits 2024", "suivi"]
    assert table.sheet == "MSC - récits 2024"
    assert len(table.rows) == 6


def test_kpi_xlsx_dates_become_iso_strings():
    row = read("kpi_msc_fr_-_latest_version_-_False.xlsx").rows[0]
    assert row["date_entretien"] == "2024-03-12"
    assert re.fullmatch(r"2024-03-12(T\d\d:\d\d:\d\d(\.\d{3})?)?", row["_submission_time"])


def test_kpi_xlsx_whole_floats_lose_their_decimal_point():
    row = read("kpi_msc_fr_-_latest_version_-_False.xlsx").rows[1]
    assert row["grp_recit/nb_personnes"] == "6"
    assert row["_index"] == "2"
    assert row["_clinique_gps_latitude"] == "33.5731"


def test_kpi_xlsx_and_csv_agree_on_text_fields():
    csv_rows = read("kpi_msc_fr_-_latest_version_-_False.csv").rows
    xlsx_rows = read("kpi_msc_fr_-_latest_version_-_False.xlsx").rows
    for name in ("grp_recit/histoire", "grp_recit/pourquoi", "_uuid", "grp_consent/usages_consentement"):
        assert [r[name] for r in csv_rows] == [r[name] for r in xlsx_rows]


def test_explicit_sheet_is_read():
    table = read("kpi_msc_fr_-_latest_version_-_False.xlsx", sheet="suivi")
    assert table.sheet == "suivi" and table.rows[0]["suivi/note_suivi"] == "Visite de suivi"


def test_unknown_sheet_is_refused_with_the_sheet_names():
    with pytest.raises(ImportFileError, match="suivi"):
        read("kpi_msc_fr_-_latest_version_-_False.xlsx", sheet="nope")


def test_repeat_sheet_placed_first_is_skipped():
    data = xlsx_bytes({
        "participants": [["participants/name", "_index", "_parent_index"], ["A", 1, 1]],
        "main": [["histoire", "_index"], ["Une histoire", 1]],
    })
    assert read_bytes(data, "export.xlsx").sheet == "main"


def test_odk_csv_comma_and_lf():
    table = read("odk_central_msc_fr.csv")
    assert table.delimiter == "," and len(table.rows) == 6
    assert table.rows[0]["KEY"].startswith("uuid:")


def test_latin1_csv_decoded():
    table = read("excel_fr_latin1.csv")
    assert table.encoding in ("cp1252", "latin-1")
    assert table.headers[-1] == "enquêteur"
    assert table.rows[0]["histoire"].startswith("J'ai retrouvé confiance grâce")


def test_utf8_bom_csv_decoded_and_bom_not_in_header():
    table = read("excel_utf8_bom.csv")
    assert table.encoding == "utf-8-sig"
    assert table.headers[0] == "code_conteuse"
    assert table.rows[1]["enquêteur"] == "Noémie"


def test_tab_separated_text():
    data = b"histoire\tdomaine\r\nUne histoire, avec virgule\tautre\r\n"
    table = read_bytes(data, "export.csv")
    assert table.delimiter == "\t" and table.rows[0]["domaine"] == "autre"


def test_comma_file_with_semicolons_inside_quotes():
    data = b'histoire,domaine\n"un; deux; trois",autre\n"quatre; cinq",autre\n'
    table = read_bytes(data, "export.csv")
    assert table.delimiter == "," and table.rows[0]["histoire"] == "un; deux; trois"


def test_row_numbers_count_records_not_physical_lines():
    data = b'"histoire";"code"\r\n"ligne 1\r\nligne 2\r\nligne 3";"A"\r\n"\xc3\xa9";"B"\r\n'
    table = read_bytes(data, "export.csv")
    assert table.row_numbers == [2, 3]
    assert table.rows[0]["histoire"] == "ligne 1\nligne 2\nligne 3"


def test_blank_rows_skipped_but_counted():
    table = read_bytes(b"a,b\n1,2\n,\n\n3,4\n", "export.csv")
    assert [r["a"] for r in table.rows] == ["1", "3"]
    assert table.row_numbers == [2, 5]


def test_ragged_rows_padded_and_truncated():
    table = read_bytes(b"a,b,c\n1,2\n1,2,3,4\n1,2,3\n", "ragged.csv")
    assert table.rows[0] == {"a": "1", "b": "2", "c": ""}
    assert table.rows[1] == {"a": "1", "b": "2", "c": "3"}
    assert table.ragged_rows == [2, 3]


def test_duplicate_and_empty_headers_made_unique():
    table = read_bytes(b"nom,,nom\n1,2,3\n", "export.csv")
    assert table.headers == ["nom", "column_2", "nom (2)"]
    assert table.rows[0]["nom (2)"] == "3"


# -------------------------------------------------------- formulas, values


def test_formula_cached_value_kept_never_evaluated():
    cells = ('<row r="1">' + inline("A1", "n") + "</row>"
             '<row r="2"><c r="A2"><f>1+2</f><v>99</v></c></row>')
    assert read_bytes(minimal_xlsx(sheet_xml(cells)), "f.xlsx").rows[0]["n"] == "99"


@pytest.mark.parametrize("text", ['=HYPERLINK("http://example.org")', "+33 6 12", "-1+1", "@SUM(A1)"])
def test_formula_like_text_kept_as_text(text):
    cells = ('<row r="1">' + inline("A1", "v") + "</row>"
             '<row r="2">' + inline("A2", text.replace("&", "&amp;").replace('"', "&quot;")) + "</row>")
    assert read_bytes(minimal_xlsx(sheet_xml(cells)), "f.xlsx").rows[0]["v"] == text


def test_formula_like_text_kept_in_csv():
    assert read_bytes(b'v\n"=1+2"\n', "f.csv").rows[0]["v"] == "=1+2"


def test_cell_types_rendered_as_user_sees_them():
    data = xlsx_bytes({"s": [["i", "f", "b", "d", "t"],
                             [12.0, 2.5, True, dt.datetime(2024, 1, 5, 10, 3, 4), dt.time(12, 15)]]})
    assert read_bytes(data, "x.xlsx").rows[0] == {
        "i": "12", "f": "2.5", "b": "TRUE", "d": "2024-01-05T10:03:04", "t": "12:15:00"}


# ----------------------------------------------------------- refusals


def test_empty_file_refused():
    with pytest.raises(ImportFileError, match="empty"):
        read_bytes(b"", "export.csv")


def test_blank_csv_refused():
    with pytest.raises(ImportFileError, match="no header"):
        read_bytes(b"\r\n ;  \r\n", "export.csv")


def test_too_large_refused_before_parsing():
    with pytest.raises(ImportFileError, match="too large"):
        read_table(b"PK\x03\x04" + bytes(2000), "export.xlsx", max_bytes=1000)


def test_xlsx_that_is_csv_text_refused():
    with pytest.raises(ImportFileError, match="not an Excel workbook"):
        read_bytes((OWN / "odk_central_msc_fr.csv").read_bytes(), "export.xlsx")


def test_csv_that_is_a_zip_refused():
    with pytest.raises(ImportFileError, match="named .csv"):
        read_bytes((OWN / "kpi_msc_fr_-_latest_version_-_False.xlsx").read_bytes(), "export.csv")


def test_binary_named_csv_refused():
    with pytest.raises(ImportFileError, match="text"):
        read_bytes(bytes(range(256)) * 10, "export.csv")


def test_legacy_xls_refused():
    with pytest.raises(ImportFileError, match=".xls"):
        read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "export.xls")


def test_unknown_extension_refused():
    with pytest.raises(ImportFileError, match="Unsupported"):
        read_bytes(b"a,b\n", "export.pdf")


def test_zip_bomb_refused_from_declared_sizes():
    data = zip_bomb_xlsx()
    assert len(data) < MB  # small on disk, 64 MB declared
    with pytest.raises(ImportFileError, match="unreasonable size"):
        read_bytes(data, "bomb.xlsx")


def test_member_lying_about_its_size_refused():
    with pytest.raises(ImportFileError, match="damaged"):
        read_bytes(lying_size_xlsx(), "liar.xlsx")


def test_billion_laughs_refused():
    with pytest.raises(ImportFileError, match="entity"):
        read_bytes(entity_xlsx(BILLION_LAUGHS), "lol.xlsx")


def test_external_entity_in_shared_strings_refused():
    with pytest.raises(ImportFileError, match="entity"):
        read_bytes(entity_xlsx(EXTERNAL_ENTITY, part="strings"), "xxe.xlsx")


def test_truncated_workbook_refused():
    data = (OWN / "kpi_msc_fr_-_latest_version_-_False.xlsx").read_bytes()
    with pytest.raises(ImportFileError, match="damaged"):
        read_bytes(data[: len(data) // 2], "cut.xlsx")


def test_zip_without_workbook_refused():
    buf = io.BytesIO()
    import zipfile
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("readme.txt", "hello")
    with pytest.raises(ImportFileError, match="not an Excel workbook"):
        read_bytes(buf.getvalue(), "export.xlsx")


# ------------------------------------------------- real shared exports


def test_paleocore_kpi_csv_rows_columns_and_multiline_values():
    path = shared_file("cocoemily_survey-analysis_paleocore")
    table = read_bytes(path.read_bytes(), path.name)
    assert (table.delimiter, table.encoding) == (";", "utf-8")
    assert len(table.rows) == 3203 and len(table.headers) == 88
    multiline = [v for r in table.rows for v in r.values() if "\n" in v]
    assert multiline and not any("\r" in v for v in multiline)
    assert table.ragged_rows == []


def test_utility_r_xlsx_rows_columns_and_cyrillic():
    path = shared_file("Nestor-Ch_utilityR")
    table = read_bytes(path.read_bytes(), path.name)
    assert table.sheet == "Sheet 1"
    assert len(table.rows) == 771 and len(table.headers) == 165
    assert any(re.search("[А-Яа-яІіЇїЄєҐґ]{4}", v) for r in table.rows for v in r.values())
    assert table.rows[0]["_submission_time"] == "45026"  # bare serial, parsed later


def test_meeting_form_main_sheet_and_datetime_cells():
    path = shared_file("kobotoolbox_kobo-transfer_Meeting_Form")
    table = read_bytes(path.read_bytes(), path.name)
    assert table.sheet == "Meeting Form"
    assert table.sheet_names == ["Meeting Form", "topics_discussed", "participants", "feedback"]
    assert len(table.rows) == 5
    assert table.rows[0]["_submission_time"] == "2024-03-14T09:36:52"
    assert table.rows[0]["_id"] == "321169978"


def test_meeting_form_nested_repeat_sheet_readable():
    path = shared_file("kobotoolbox_kobo-transfer_Meeting_Form")
    table = read_bytes(path.read_bytes(), path.name, sheet="feedback")
    assert table.headers[0] == "participants/feedback/Session_number"
    assert {r["_parent_table_name"] for r in table.rows} == {"participants"}


def test_flora_odk_csv_main_and_repeat():
    main = shared_file("ropensci_ruODK_build_Flora-Quadrat-0-4_1564384341.csv")
    repeat = shared_file("ropensci_ruODK_build_Flora-Quadrat-0-4_1564384341-taxon")
    table = read_bytes(main.read_bytes(), main.name)
    assert table.delimiter == "," and len(table.rows) == 2 and len(table.headers) == 31
    assert table.rows[0]["SubmissionDate"] == "2019-09-18T08:51:07.481Z"
    assert len(read_bytes(repeat.read_bytes(), repeat.name).rows) == 7
