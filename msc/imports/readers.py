"""Read an uploaded CSV or XLSX export into a plain table of strings.

Pure: bytes in, `Table` out; no Flask, no database. Every refusal is an
`ImportFileError` whose message can be shown to the user as it is; what a
file may cost (zip bombs, hostile XML, table size) is checked by `limits`.

Row numbers follow what the user sees when opening the file in a spreadsheet:
the header is row 1, so the first data row is row 2. Blank rows are skipped
but still counted, and a CSV value spanning several lines is one row.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import PurePath

import charset_normalizer
import python_calamine

from .errors import ImportFileError
from .limits import ZIP_MAGIC, check_extent, check_zip, within_limits

CSV_EXTENSIONS = frozenset({".csv", ".tsv", ".txt"})
XLSX_EXTENSIONS = frozenset({".xlsx", ".xlsm"})
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls / encrypted .xlsx

DELIMITERS = (";", ",", "\t", "|")
SNIFF_CHARS = 64 * 1024
# Single-byte codecs charset-normalizer may propose that we trust as such;
# any other guess (cp1250, mac_roman, ...) on non-UTF-8 text from French or
# English speakers is nearly always Windows-1252 misread.
TRUSTED_GUESSES = frozenset({"cp1256", "iso8859_6", "cp1251", "koi8_r", "iso8859_5", "mac_cyrillic"})

REPEAT_MARKERS = frozenset({"_parent_index", "_parent_table_name"})

if csv.field_size_limit() < 16 * 1024 * 1024:  # a long story must fit in a cell
    csv.field_size_limit(16 * 1024 * 1024)


@dataclass
class Table:
    """A sheet or CSV as strings; `rows[i]` sits at spreadsheet row `row_numbers[i]`."""

    headers: list[str]
    rows: list[dict[str, str]]
    fmt: str  # 'csv' | 'xlsx'
    sheet_names: list[str] = field(default_factory=list)
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    row_numbers: list[int] = field(default_factory=list)
    ragged_rows: list[int] = field(default_factory=list)  # rows longer/shorter than the header


def read_table(data: bytes, filename: str, *, max_bytes: int, sheet: str | None = None) -> Table:
    """Read `data` (the uploaded file named `filename`) into a `Table`."""
    if not data:
        raise ImportFileError("The file is empty.")
    if len(data) > max_bytes:
        raise ImportFileError(
            f"The file is too large ({_size(len(data))}); the limit is {_size(max_bytes)}."
        )
    ext = PurePath(filename or "").suffix.lower()
    if ext == ".xls" or (data.startswith(OLE_MAGIC) and ext in XLSX_EXTENSIONS):
        raise ImportFileError(
            "This is an old Excel (.xls) or password-protected workbook; "
            "save it as .xlsx or CSV and try again."
        )
    if ext in XLSX_EXTENSIONS:
        if not data.startswith(ZIP_MAGIC):
            raise ImportFileError(
                "The file is named .xlsx but is not an Excel workbook; "
                "if it is a CSV export, name it .csv."
            )
        return _read_xlsx(data, sheet)
    if ext in CSV_EXTENSIONS:
        if data.startswith(ZIP_MAGIC) or data.startswith(OLE_MAGIC):
            raise ImportFileError(
                "The file is named .csv but is a spreadsheet or zip archive; "
                "name it .xlsx or export it as CSV."
            )
        return _read_csv(data, delimiter="\t" if ext == ".tsv" else None)
    raise ImportFileError("Unsupported file type: upload a .csv or .xlsx export.")


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"


# --------------------------------------------------------------------- CSV


def _read_csv(data: bytes, delimiter: str | None) -> Table:
    text, encoding = _decode(data)
    if "\x00" in text or _control_share(text[:SNIFF_CHARS]) > 0.01:
        raise ImportFileError("The file does not look like a text (CSV) file.")
    delimiter = delimiter or _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    try:
        records = [[v.replace("\r\n", "\n") for v in within_limits(rec)] for rec in reader]
    except csv.Error as exc:
        raise ImportFileError(f"The CSV file cannot be read: {exc}.") from None
    table = _build_table(records, first_row=1, fmt="csv")
    table.encoding, table.delimiter = encoding, delimiter
    return table


def _decode(data: bytes) -> tuple[str, str]:
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                raise ImportFileError("The file starts like Unicode text but cannot be decoded.") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data[:256 * 1024]).best()
    candidates = [best.encoding] if best is not None and best.encoding in TRUSTED_GUESSES else []
    for codec in candidates + ["cp1252", "latin-1"]:
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            continue
    raise ImportFileError("The text encoding of the file cannot be recognised.")  # pragma: no cover


def _control_share(sample: str) -> float:
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if ch < " " and ch not in "\t\r\n")
    return bad / len(sample)


def _sniff_delimiter(text: str) -> str:
    """Pick the separator that splits the first records into a steady width."""
    sample = text[:SNIFF_CHARS]
    truncated = len(text) > len(sample)
    best, best_score = ",", (0.0, 0)
    for delim in DELIMITERS:
        try:
            recs = [r for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delim) if r]
        except csv.Error:
            continue
        if truncated and len(recs) > 1:
            recs = recs[:-1]  # probably cut in the middle
        recs = recs[:200]
        if not recs or len(recs[0]) < 2:
            continue
        width = len(recs[0])
        steady = sum(1 for r in recs if len(r) == width) / len(recs)
        score = (steady, width)
        if score > best_score:
            best, best_score = delim, score
    return best


# -------------------------------------------------------------------- XLSX


def _read_xlsx(data: bytes, sheet: str | None) -> Table:
    check_zip(data)
    try:
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        names = list(book.sheet_names)
        if sheet is not None and sheet not in names:
            raise ImportFileError(
                f"The workbook has no sheet named “{sheet}”; its sheets are: {', '.join(names)}."
            )
        chosen, grid = (sheet, book.get_sheet_by_name(sheet)) if sheet is not None else _main_sheet(book)
        start_row = grid.start[0] if grid.start else 0
        check_extent(grid.width, grid.height)
        records = [within_limits([_cell(v) for v in rec]) for rec in grid.to_python()]
    except ImportFileError:
        raise
    except Exception:  # calamine raises its own error types for broken files
        raise ImportFileError("The workbook cannot be read; open it in a spreadsheet and save it again.") from None
    table = _build_table(records, first_row=start_row + 1, fmt="xlsx")
    table.sheet_names, table.sheet = names, chosen
    return table


def _main_sheet(book):
    """(name, sheet): the first visible sheet, unless it is a Kobo repeat sheet (`_parent_index`)."""
    sheets = [m.name for m in book.sheets_metadata
              if str(m.visible).endswith(".Visible") and str(m.typ).endswith(".WorkSheet")]
    sheets = sheets or list(book.sheet_names)
    if not sheets:
        raise ImportFileError("The workbook has no sheet.")
    for name in sheets:
        grid = book.get_sheet_by_name(name)
        header = next(iter(grid.iter_rows()), [])
        if not REPEAT_MARKERS & {str(h).strip() for h in header}:
            return name, grid
    return sheets[0], book.get_sheet_by_name(sheets[0])


def _cell(value) -> str:
    """One XLSX cell as the string the user would read (dates as ISO)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="milliseconds" if value.microsecond else "seconds")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)  # timedelta and anything newer


# ------------------------------------------------------------------ shared


def _build_table(records: list[list[str]], *, first_row: int, fmt: str) -> Table:
    """Turn records (header first) into a Table; `first_row` is the header's row number."""
    numbered = [(first_row + i, rec) for i, rec in enumerate(records)
                if any(v.strip() for v in rec)]
    if not numbered:
        raise ImportFileError("The file has no header row and no data.")
    _, raw_headers = numbered[0]
    headers = _clean_headers(raw_headers)
    width = len(headers)
    rows, row_numbers, ragged = [], [], []
    for number, rec in numbered[1:]:
        if len(rec) != width:
            if len(rec) > width and not any(v.strip() for v in rec[width:]):
                pass  # trailing empty cells are not worth a warning
            elif len(rec) < width and fmt == "xlsx":
                pass
            else:
                ragged.append(number)
            rec = (rec + [""] * (width - len(rec)))[:width]
        rows.append(dict(zip(headers, rec, strict=False)))
        row_numbers.append(number)
    return Table(headers=headers, rows=rows, fmt=fmt, row_numbers=row_numbers, ragged_rows=ragged)


def _clean_headers(raw: list[str]) -> list[str]:
    names = [" ".join(h.replace("\ufeff", "").split()) for h in raw]
    while names and not names[-1]:
        names.pop()  # trailing separators or formatted-but-empty columns
    seen: dict[str, int] = {}
    headers = []
    for position, name in enumerate(names, start=1):
        name = name or f"column_{position}"
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        seen.setdefault(name, 1)
        headers.append(name)
    return headers
