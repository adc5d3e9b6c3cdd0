"""Stories as CSV, XLSX (stories and themes sheets) or JSONL, from ``gather.export_rows``; no Flask inside."""
from __future__ import annotations

import datetime as dt

from ..reports import gather, tables

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "jsonl": "application/x-ndjson",
}


def stories_export(scope: gather.Scope, fmt: str, *, full_text: bool, language: str = "fr") -> tuple[bytes, int]:
    """The bytes of the export and its number of stories."""
    rows, theme_rows = gather.export_rows(scope, full_text=full_text, language=language)
    if fmt == "csv":
        return tables.write_csv(gather.STORY_COLUMNS, [gather.flat(r) for r in rows]), len(rows)
    if fmt == "xlsx":
        return tables.write_xlsx([("stories", gather.STORY_COLUMNS, [gather.flat(r) for r in rows]),
                                  ("themes", gather.THEME_COLUMNS, theme_rows)]), len(rows)
    if fmt == "jsonl":
        meta = {"_meta": {"kind": "msc.stories", "programme": scope.programme.name,
                          "period": scope.period.code if scope.period else None,
                          "generated_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                          "count": len(rows), "text": "original" if full_text else "pseudonymised",
                          "themes_available": gather.ANALYSIS_WIRED, "selection_available": gather.SELECTION_WIRED}}
        return tables.write_jsonl([meta, *rows]), len(rows)
    raise ValueError(f"unknown format: {fmt}")
