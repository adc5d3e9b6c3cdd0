"""Stories as CSV, XLSX (stories and themes sheets) or JSONL, from ``export_rows``; no Flask inside."""
from __future__ import annotations

import datetime as dt

from ..reports import tables
from ..stories.scope import Scope
from .export_rows import STORY_COLUMNS, THEME_COLUMNS, export_rows, flat

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "jsonl": "application/x-ndjson",
}


def stories_export(scope: Scope, fmt: str, *, full_text: bool, language: str = "fr") -> tuple[bytes, int]:
    """The bytes of the export and its number of stories."""
    rows, theme_rows = export_rows(scope, full_text=full_text, language=language)
    if fmt == "csv":
        return tables.write_csv(STORY_COLUMNS, [flat(r) for r in rows]), len(rows)
    if fmt == "xlsx":
        return tables.write_xlsx([("stories", STORY_COLUMNS, [flat(r) for r in rows]),
                                  ("themes", THEME_COLUMNS, theme_rows)]), len(rows)
    if fmt == "jsonl":
        meta = {"_meta": {"kind": "msc.stories", "programme": scope.programme.name,
                          "period": scope.period.code if scope.period else None,
                          "generated_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                          "count": len(rows), "text": "original" if full_text else "pseudonymised",
                          "themes_available": True, "selection_available": True}}
        return tables.write_jsonl([meta, *rows]), len(rows)
    raise ValueError(f"unknown format: {fmt}")
