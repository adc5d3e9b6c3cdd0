"""Helpers for the import tests: fixture paths and hostile files built at test time.

Not a conftest.py (the app's one lives there); test modules import it.
"""
from __future__ import annotations

import io
import os
import struct
import zipfile
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
OWN = HERE / "data" / "kobo"


def shared_kobo_dir() -> Path:
    """shared/fixtures/kobo: $MSC_SHARED_DIR, else beside the repository, else /work/shared."""
    candidates = []
    if os.environ.get("MSC_SHARED_DIR"):
        base = Path(os.environ["MSC_SHARED_DIR"])
        candidates += [base / "fixtures" / "kobo", base]
    candidates += [Path(__file__).resolve().parents[1].parent / "shared" / "fixtures" / "kobo",
                   Path("/work/shared/fixtures/kobo")]
    for path in candidates:
        if (path / "README.md").is_file():
            return path
    pytest.skip("shared/fixtures/kobo not found; set MSC_SHARED_DIR to the shared/ folder")


def shared_file(prefix: str) -> Path:
    directory = shared_kobo_dir()
    matches = sorted(p for p in directory.iterdir() if p.name.startswith(prefix))
    assert len(matches) == 1, f"expected one shared fixture starting with {prefix}"
    return matches[0]


# ----------------------------------------------------------- hand-made XLSX

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '</Types>'
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    '</Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="data" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '</Relationships>'
)


def sheet_xml(cells: str, prolog: str = "") -> str:
    """A worksheet part; `cells` is the <row> elements, `prolog` goes before the root."""
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + prolog +
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<sheetData>{cells}</sheetData></worksheet>')


def inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def minimal_xlsx(sheet: str, extra: dict[str, bytes] | None = None) -> bytes:
    """A valid one-sheet workbook written by hand (no library between us and the XML)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", ROOT_RELS)
        zf.writestr("xl/workbook.xml", WORKBOOK)
        zf.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        zf.writestr("xl/worksheets/sheet1.xml", sheet)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buf.getvalue()


def simple_sheet() -> str:
    return sheet_xml('<row r="1">' + inline("A1", "histoire") + "</row>"
                     '<row r="2">' + inline("A2", "Une histoire.") + "</row>")


def zip_bomb_xlsx(size: int = 64 * 1024 * 1024) -> bytes:
    """A workbook with a member of zeros: a small file that inflates ~1000 times."""
    return minimal_xlsx(simple_sheet(), {"xl/media/image1.bin": bytes(size)})


def lying_size_xlsx() -> bytes:
    """A workbook whose sheet member declares a smaller uncompressed size than it has."""
    rows = "".join(f'<row r="{i}">{inline(f"A{i}", "x" * 50)}</row>' for i in range(1, 2000))
    data = bytearray(minimal_xlsx(sheet_xml(rows)))
    name = b"xl/worksheets/sheet1.xml"
    central = data.rfind(b"PK\x01\x02", 0, data.rfind(name))
    struct.pack_into("<I", data, central + 24, 100)  # central directory: uncompressed size
    local = data.rfind(b"PK\x03\x04", 0, data.find(name))
    struct.pack_into("<I", data, local + 22, 100)  # local header: uncompressed size
    return bytes(data)


BILLION_LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
              for i in range(1, 10))
    + "]>"
)
EXTERNAL_ENTITY = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def entity_xlsx(prolog: str, part: str = "sheet") -> bytes:
    """A workbook whose sheet (or shared strings) part carries a DTD prolog."""
    if part == "sheet":
        return minimal_xlsx(sheet_xml('<row r="1">' + inline("A1", "&lol9;") + "</row>", prolog))
    strings = ('<?xml version="1.0" encoding="UTF-8"?>' + prolog +
               '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1">'
               "<si><t>&xxe;</t></si></sst>")
    return minimal_xlsx(simple_sheet(), {"xl/sharedStrings.xml": strings.encode()})


# ------------------------------------------------ files for the app's world

KPI_XLSX = OWN / "kpi_msc_fr_-_latest_version_-_False.xlsx"
# The own fixtures use the form's choice names; the test world's domains are the defaults.
KPI_DOMAIN_VALUES = {"acces_droits": "rights_justice", "estime_soi": "self_esteem",
                     "qualite_vie": "quality_of_life", "autre": "other"}
STORY_HEADERS = ["_uuid", "code_conteuse", "titre", "histoire", "domaine", "date_entretien",
                 "consentement", "usages_consentement"]


def story_row(n: int, **over) -> dict:
    row = dict(_uuid=f"sub-{n}", code_conteuse=f"CH-{n:03d}", titre=f"Récit {n}",
               histoire=f"Histoire numéro {n} : le groupe m'a aidée.", domaine="autonomy",
               date_entretien="2024-03-12", consentement="oui", usages_consentement="evaluation panel")
    row.update(over)
    return row


def story_csv(rows: list[dict], *, sep: str = ",", encoding: str = "utf-8",
              headers: list[str] | None = None) -> bytes:
    """A small MSC export as CSV bytes (every value quoted)."""
    headers = headers or STORY_HEADERS
    lines = [sep.join(headers)]
    for row in rows:
        lines.append(sep.join('"' + str(row.get(h, "")).replace('"', '""') + '"' for h in headers))
    return ("\r\n".join(lines) + "\r\n").encode(encoding)
