"""Stories as CSV, XLSX (stories and themes sheets) or JSONL, from ``iter_export_rows``; no Flask inside.

Every format is written row by row to a file (``write_export``) or yielded in pieces (``stream_export``):
memory holds one chunk of stories whatever the number of stories; XLSX uses openpyxl's write-only mode.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import tempfile
from collections.abc import Iterator
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from ..reports import tables
from ..stories.scope import Scope
from .export_rows import STORY_COLUMNS, THEME_COLUMNS, export_count, flat, iter_export_rows

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "jsonl": "application/x-ndjson",
}
PIECE = 256 * 1024  # bytes handed to the response at a time
PROGRESS_EVERY = 500  # stories between two calls of ``progress`` (a background job's counter)


def _meta(scope: Scope, count: int, full_text: bool) -> dict:
    return {"_meta": {"kind": "msc.stories", "programme": scope.programme.name,
                      "period": scope.period.code if scope.period else None,
                      "generated_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                      "count": count, "text": "original" if full_text else "pseudonymised",
                      "themes_available": True, "selection_available": True}}


def _text_pieces(scope: Scope, fmt: str, *, full_text: bool, language: str, progress=None,
                 progress_every: int = PROGRESS_EVERY) -> Iterator[str]:
    """CSV or JSONL text, a few rows at a time."""
    rows = iter_export_rows(scope, full_text=full_text, language=language)
    buf = io.StringIO()
    if fmt == "csv":
        buf.write("\ufeff")
        writer = csv.writer(buf)
        writer.writerow([tables.neutralise(c) for c in STORY_COLUMNS])
    else:
        buf.write(json.dumps(_meta(scope, export_count(scope), full_text), ensure_ascii=False) + "\n")
    for n, (row, _themes) in enumerate(rows, 1):
        if fmt == "csv":
            cells = flat(row)  # once per row (not once per column)
            writer.writerow([tables.neutralise(cells.get(c)) for c in STORY_COLUMNS])
        else:
            buf.write(json.dumps(tables.jsonable(row), ensure_ascii=False, allow_nan=False) + "\n")
        if buf.tell() >= PIECE:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
        if progress is not None and n % progress_every == 0:
            progress(n)
    yield buf.getvalue()


def _write_xlsx(scope: Scope, out: BinaryIO, *, full_text: bool, language: str, progress=None,
                progress_every: int = PROGRESS_EVERY) -> None:
    wb = Workbook(write_only=True)
    stories, themes = wb.create_sheet("stories"), wb.create_sheet("themes")
    bold = Font(bold=True)
    for ws, columns in ((stories, STORY_COLUMNS), (themes, THEME_COLUMNS)):
        ws.freeze_panes = "A2"
        header = []
        for col in columns:
            cell = WriteOnlyCell(ws, value=col)
            cell.font = bold
            header.append(cell)
        ws.append(header)
    for n, (row, theme_rows) in enumerate(iter_export_rows(scope, full_text=full_text, language=language), 1):
        row = flat(row)
        stories.append([tables.xlsx_value(row.get(c)) for c in STORY_COLUMNS])
        for theme in theme_rows:
            themes.append([tables.xlsx_value(theme[c]) for c in THEME_COLUMNS])
        if progress is not None and n % progress_every == 0:
            progress(n)
    wb.save(out)


def write_export(scope: Scope, fmt: str, out: BinaryIO, *, full_text: bool, language: str = "fr",
                 progress=None, progress_every: int = PROGRESS_EVERY) -> int:
    """Write the export to the binary file ``out``, row by row; returns its number of stories.

    ``progress(n)`` is called every ``progress_every`` stories (for a background job)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format: {fmt}")
    count = export_count(scope)
    if fmt == "xlsx":
        _write_xlsx(scope, out, full_text=full_text, language=language, progress=progress,
                    progress_every=progress_every)
    else:
        for piece in _text_pieces(scope, fmt, full_text=full_text, language=language, progress=progress,
                                  progress_every=progress_every):
            out.write(piece.encode("utf-8"))
    return count


def stream_export(scope: Scope, fmt: str, *, full_text: bool, language: str = "fr") -> Iterator[bytes]:
    """The export in pieces, for a streamed response: CSV and JSONL as they are written; XLSX (a zip, whose
    directory comes last) written to a temporary file first, then read back in pieces."""
    if fmt == "xlsx":
        with tempfile.TemporaryFile() as tmp:
            _write_xlsx(scope, tmp, full_text=full_text, language=language)
            tmp.seek(0)
            while piece := tmp.read(PIECE):
                yield piece
        return
    if fmt not in FORMATS:
        raise ValueError(f"unknown format: {fmt}")
    for piece in _text_pieces(scope, fmt, full_text=full_text, language=language):
        yield piece.encode("utf-8")


def stories_export(scope: Scope, fmt: str, *, full_text: bool, language: str = "fr") -> tuple[bytes, int]:
    """The bytes of the export and its number of stories (small exports; big ones use ``write_export`` or
    ``stream_export``)."""
    buf = io.BytesIO()
    count = write_export(scope, fmt, buf, full_text=full_text, language=language)
    return buf.getvalue(), count
