"""Tabular exports: CSV, XLSX and JSONL bytes from plain rows.

Rows are sequences in column order, or mappings keyed by column name.
Spreadsheet formats (CSV, XLSX) neutralise text that a spreadsheet would run
as a formula (OWASP "CSV injection"); JSONL keeps values typed.
"""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import io
import itertools
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from .text import clean_text

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
XLSX_MAX_CELL = 32_767  # Excel's limit on characters in a cell
_WIDTH_SAMPLE = 200  # rows read ahead to size XLSX columns
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")

Row = Sequence[object] | Mapping[str, object]


def neutralise(value: object) -> str:
    """Text for a spreadsheet cell: formula-looking text gets a leading apostrophe.

    None gives "". XML-illegal control characters are dropped. Real numbers are printed as they are: ``-5`` is not a
    formula, and only text can carry one.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float | decimal.Decimal):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    text = clean_text(value)  # before the test: "\x00=cmd" must not slip through
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


def _cells(columns: Sequence[str], row: Row) -> list[object]:
    if isinstance(row, Mapping):
        return [row.get(c) for c in columns]
    return list(row)


def write_csv(columns: Sequence[str], rows: Iterable[Row]) -> bytes:
    """CSV, comma-separated, UTF-8 with BOM (Excel then reads accents right), every cell neutralised."""
    buf = io.StringIO()
    buf.write("\ufeff")
    writer = csv.writer(buf)
    writer.writerow([neutralise(c) for c in columns])
    for row in rows:
        writer.writerow([neutralise(v) for v in _cells(columns, row)])
    return buf.getvalue().encode("utf-8")


def _xlsx_value(value: object) -> object:
    """Numbers, dates and booleans stay typed; text is cleaned, neutralised, cut to Excel's limit."""
    if value is None or isinstance(value, bool | int | float | dt.date | dt.datetime | dt.time):
        if isinstance(value, float) and not math.isfinite(value):
            return None
        if isinstance(value, dt.datetime) and value.tzinfo is not None:
            return value.replace(tzinfo=None)  # xlsx has no time zones
        return value
    if isinstance(value, decimal.Decimal):
        return float(value)
    return neutralise(value)[:XLSX_MAX_CELL]


def _sheet_title(name: str, used: set[str]) -> str:
    base = _SHEET_NAME_BAD.sub("_", clean_text(name)).strip("'")[:31] or "Sheet"
    title, n = base, 2
    while title.lower() in used:
        suffix = f" ({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(title.lower())
    return title


def _width(value: object) -> int:
    if value is None:
        return 0
    text = value if isinstance(value, str) else str(value)
    return max((len(line) for line in text.splitlines()), default=0)


def write_xlsx(sheets: Iterable[tuple[str, Sequence[str], Iterable[Row]]]) -> bytes:
    """An XLSX workbook, one sheet per ``(name, columns, rows)``; header bold and frozen, columns sized.

    Written in openpyxl's write-only mode: rows stream to disk-backed XML, so
    memory stays flat however many rows. Column widths come from the header
    and the first rows.
    """
    wb = Workbook(write_only=True)
    used: set[str] = set()
    bold = Font(bold=True)
    for name, columns, rows in sheets:
        ws = wb.create_sheet(_sheet_title(name, used))
        row_iter = iter(rows)
        head = [[_xlsx_value(v) for v in _cells(columns, r)] for r in itertools.islice(row_iter, _WIDTH_SAMPLE)]
        for i, col in enumerate(columns):
            sample = max((_width(r[i]) for r in head if i < len(r)), default=0)
            width = max(_width(col) + 2, sample + 2)
            ws.column_dimensions[get_column_letter(i + 1)].width = min(max(width, 8), 60)
        ws.freeze_panes = "A2"
        header = []
        for col in columns:
            cell = WriteOnlyCell(ws, value=_xlsx_value(col))
            cell.font = bold
            header.append(cell)
        ws.append(header)
        for values in head:
            ws.append(values)
        for row in row_iter:
            ws.append([_xlsx_value(v) for v in _cells(columns, row)])
    if not used:
        wb.create_sheet("Sheet")
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _jsonable(value: object) -> object:
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        return sorted((_jsonable(v) for v in value), key=repr)
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, str | int | bool):
        return value
    return str(value)


def write_jsonl(rows: Iterable[Row], columns: Sequence[str] | None = None) -> bytes:
    """JSON Lines, UTF-8: one object per row, values kept typed (dates as ISO strings).

    Rows are mappings; sequence rows need ``columns`` to name their values.
    """
    out = io.StringIO()
    for row in rows:
        if not isinstance(row, Mapping):
            if columns is None:
                raise ValueError("sequence rows need columns")
            row = dict(zip(columns, row, strict=True))
        out.write(json.dumps(_jsonable(row), ensure_ascii=False, allow_nan=False))
        out.write("\n")
    return out.getvalue().encode("utf-8")


# For writers that stream their rows themselves (``dashboard.exports``): the same cell rules.
xlsx_value = _xlsx_value
jsonable = _jsonable
