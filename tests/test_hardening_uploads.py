"""Uploads that cannot exhaust the server: every zip part inflated and counted, columns and cells capped."""
import io
import struct
import time
import zipfile
from pathlib import Path

import pytest
from conftest_imports import CONTENT_TYPES, ROOT_RELS, WORKBOOK, inline, minimal_xlsx, sheet_xml, simple_sheet
from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

from msc.imports.errors import ImportFileError
from msc.imports.limits import MAX_CELL_CHARS, MAX_COLUMNS
from msc.imports.readers import read_table

MB = 1024 * 1024


@pytest.fixture
def app_config(tmp_path):
    return {"IMPORT_UPLOAD_DIR": str(tmp_path / "imports")}


def read_bytes(data, name):
    return read_table(data, name, max_bytes=20 * MB)


def _lie_about_size(data: bytes, name: bytes, declared: int) -> bytes:
    """Write `declared` as the part's uncompressed size in the central directory and the local header."""
    data = bytearray(data)
    central = data.rfind(b"PK\x01\x02", 0, data.rfind(name))
    struct.pack_into("<I", data, central + 24, declared)
    local = data.rfind(b"PK\x03\x04", 0, data.find(name))
    struct.pack_into("<I", data, local + 22, declared)
    return bytes(data)


def dat_sheet_bomb(megabytes: int = 400) -> bytes:
    """The reproduction: the worksheet part is `sheet1.dat`, one cell of `megabytes` MB, declared 100 bytes."""
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/worksheet" Target="worksheets/sheet1.dat"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", ROOT_RELS)
        zf.writestr("xl/workbook.xml", WORKBOOK)
        zf.writestr("xl/_rels/workbook.xml.rels", rels)
        with zf.open("xl/worksheets/sheet1.dat", "w") as part:
            part.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
                       b'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>')
            block = b"a" * MB
            for _ in range(megabytes):
                part.write(block)
            part.write(b"</t></is></c></row></sheetData></worksheet>")
    return _lie_about_size(buf.getvalue(), b"xl/worksheets/sheet1.dat", 100)


def upload(client, data: bytes, name: str):
    """Post the file as the upload form does (the body encoded here, in memory, not in a spooled file)."""
    boundary, body = encode_multipart({"file": FileStorage(io.BytesIO(data), name)})
    return client.post("/imports/", data=body, content_type=f"multipart/form-data; boundary={boundary}")


def peak_memory_during(action):
    """(result, growth in bytes of this process's peak resident memory while `action` runs)."""
    def status(field):
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
        raise AssertionError(field)

    with open("/proc/self/clear_refs", "w", encoding="ascii") as f:
        f.write("5")  # reset the peak (VmHWM) to the current size
    before = status("VmRSS")
    assert status("VmHWM") <= before + MB  # the reset worked, so the peak below is this action's
    result = action()
    return result, status("VmHWM") - before


def test_worksheet_named_dat_with_a_false_size_refused_before_parsing():
    data = dat_sheet_bomb(40)
    assert len(data) < MB
    with pytest.raises(ImportFileError, match="unreasonable size"):
        read_bytes(data, "bomb.xlsx")


def test_rejected_upload_keeps_server_memory_under_300_mb(client, login_as):
    login_as("coord_mrk")
    data = dat_sheet_bomb(400)
    assert len(data) < 2 * MB
    response, growth = peak_memory_during(lambda: upload(client, data, "bomb.xlsx"))
    assert response.status_code == 200
    assert "unreasonable size" in response.get_data(as_text=True)
    assert growth < 300 * MB, f"peak grew by {growth // MB} MB"


def test_part_with_a_true_size_but_not_xml_name_is_still_inflated_and_checked():
    data = minimal_xlsx(simple_sheet(), {"xl/media/blob.dat": bytes(300 * MB // 100)})
    data = _lie_about_size(data, b"xl/media/blob.dat", 10)
    with pytest.raises(ImportFileError, match="unreasonable size|damaged"):
        read_bytes(data, "liar.xlsx")


def test_part_smaller_than_it_declares_refused_as_damaged():
    data = _lie_about_size(minimal_xlsx(simple_sheet()), b"xl/worksheets/sheet1.xml", 5000)
    with pytest.raises(ImportFileError, match="damaged"):
        read_bytes(data, "liar.xlsx")


def test_tiny_sheet_reaching_the_last_cell_refused_before_the_grid_is_built():
    sheet = sheet_xml('<row r="1">' + inline("A1", "histoire") + "</row>"
                      '<row r="1048576">' + inline("XFD1048576", "x") + "</row>")
    with pytest.raises(ImportFileError, match="too large"):
        read_bytes(minimal_xlsx(sheet), "wide.xlsx")


def test_sheet_too_wide_without_cell_references_refused():
    cells = "<c t=\"inlineStr\"><is><t>x</t></is></c>" * (MAX_COLUMNS + 1)
    with pytest.raises(ImportFileError, match="too large"):
        read_bytes(minimal_xlsx(sheet_xml(f"<row>{cells}</row>")), "wide.xlsx")


def test_ordinary_workbook_still_read():
    table = read_bytes(minimal_xlsx(simple_sheet()), "ok.xlsx")
    assert table.headers == ["histoire"] and table.rows == [{"histoire": "Une histoire."}]


def test_csv_of_a_million_columns_refused_at_once(client, login_as):
    login_as("coord_mrk")
    data = ("," * 1_000_000 + "\n").encode() + b"1" + b",2" * 999_999 + b"\n"
    started = time.perf_counter()
    response = upload(client, data, "wide.csv")
    assert time.perf_counter() - started < 10
    assert f"more than {MAX_COLUMNS} columns" in response.get_data(as_text=True)


def test_csv_at_the_column_limit_read():
    header = ",".join(f"c{i}" for i in range(MAX_COLUMNS))
    table = read_bytes(f"{header}\n{','.join('v' for _ in range(MAX_COLUMNS))}\n".encode(), "ok.csv")
    assert len(table.headers) == MAX_COLUMNS


def test_csv_cell_over_the_size_limit_refused():
    data = b"histoire,titre\n" + b"a" * (MAX_CELL_CHARS + 1) + b",t\n"
    with pytest.raises(ImportFileError, match="characters"):
        read_bytes(data, "big.csv")
