"""Exports at scale (issue 15, points 5 and 6): no query binds a parameter per story, rows stream chunk by chunk,
every format holds every story."""
import csv
import io
import json

import openpyxl
import pytest
import sqlalchemy as sa

from msc.dashboard import export_rows as export_rows_module
from msc.dashboard import exports
from msc.imports.bulk import bulk_stories
from msc.stories.models import Story
from msc.stories.scope import resolve_scope


@pytest.fixture
def scope(world):
    def make():
        programme = world.programme
        return resolve_scope(programme, {u.id for u in programme.units}, period="2024-S1")
    return make


def _export(scope, fmt, *, full_text=True):
    buf = io.BytesIO()
    count = exports.write_export(scope, fmt, buf, full_text=full_text, language="en")
    return count, buf.getvalue()


def _params(db, action):
    """The statements run by ``action`` and the number of parameters each bound."""
    seen = []

    def count(conn, cursor, statement, parameters, context, executemany):
        seen.append((statement, len(parameters or ())))

    sa.event.listen(db.engine, "before_cursor_execute", count)
    try:
        action()
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", count)
    return seen


def test_an_export_binds_no_parameter_per_story_and_runs_as_many_statements_for_210_as_for_10(db, world, scope):
    period = [world.period("2024-S1")]
    bulk_stories(world.programme, 10, seed=1, units=[world.unit("MRK")], periods=period)
    small = _params(db, lambda: _export(scope(), "csv", full_text=False))
    bulk_stories(world.programme, 200, seed=2, units=[world.unit("AGA")], periods=period)
    large = _params(db, lambda: _export(scope(), "csv", full_text=False))
    assert max(n for _, n in large) <= 20  # a fixed handful: programme, period, units — never the story ids
    assert len(large) == len(small)


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "xlsx"])
def test_every_format_holds_every_story_across_chunks(db, world, scope, monkeypatch, fmt):
    bulk_stories(world.programme, 200, seed=3, units=[world.unit("MRK"), world.unit("AGA")],
                 periods=[world.period("2024-S1")])
    monkeypatch.setattr(export_rows_module, "CHUNK", 37)  # several seeks, one across a unit boundary
    count, content = _export(scope(), fmt)
    expected = list(db.session.scalars(sa.select(Story.id).order_by(Story.period_id, Story.unit_id, Story.id)))
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))
        ids = [int(r["id"]) for r in rows]
    elif fmt == "jsonl":
        lines = [json.loads(line) for line in content.decode("utf-8").splitlines()]
        assert lines[0]["_meta"]["count"] == 200
        ids = [line["id"] for line in lines[1:]]
    else:
        book = openpyxl.load_workbook(io.BytesIO(content), read_only=True)
        assert book.sheetnames == ["stories", "themes"]
        ids = [r[0] for r in book["stories"].iter_rows(min_row=2, values_only=True)]
    assert count == 200 and ids == expected


def test_an_outside_reader_gets_the_approved_text_of_every_story(db, world, scope):
    bulk_stories(world.programme, 120, seed=4, units=[world.unit("MRK")], periods=[world.period("2024-S1")],
                 consent_share=1)
    _, content = _export(scope(), "jsonl", full_text=False)
    rows = [json.loads(line) for line in content.decode("utf-8").splitlines()[1:]]
    assert len(rows) == 120
    assert {r["text_kind"] for r in rows} == {"pseudonymised"} and all(r["text"] for r in rows)
    assert {r["storyteller_code"] for r in rows} == {None}


def test_a_streamed_export_comes_in_pieces(db, world, scope, monkeypatch):
    bulk_stories(world.programme, 250, seed=5, units=[world.unit("MRK")], periods=[world.period("2024-S1")])
    monkeypatch.setattr(exports, "PIECE", 4096)
    pieces = list(exports.stream_export(scope(), "csv", full_text=True))
    assert len(pieces) >= 10 and all(len(p) < 3 * 4096 for p in pieces)
    assert b"".join(pieces).decode("utf-8-sig").count("\n") >= 251
