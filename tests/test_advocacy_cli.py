"""`msc export advocacy` and `msc export stories` through Flask's CLI runner."""
import json

import openpyxl
import sqlalchemy as sa
from conftest_advocacy import headings, open_docx
from docx.oxml.ns import qn

from msc.advocacy.models import NoteExport
from msc.audit import AuditEvent
from msc.reports.docx_layout import is_draft

ADVOCACY = ("evaluation", "panel", "advocacy")


def test_export_advocacy_writes_and_records_the_note(app, world, make_story, select_stories, db, tmp_path):
    story = make_story(consent=ADVOCACY, title="Récit du terminal")
    select_stories(story)
    out = tmp_path / "note.docx"
    result = app.test_cli_runner().invoke(args=["export", "advocacy", "--period", "2024-S1", "--unit", "MRK",
                                                "--lang", "fr", "--out", str(out)])
    assert result.exit_code == 0, result.output
    d = open_docx(out.read_bytes())
    assert "1. Récit du terminal" in headings(d, 2) and "Messages clés" in headings(d, 1)
    note = db.session.scalar(sa.select(NoteExport))
    assert note.story_ids == [story.id] and note.created_by_id is None and note.sha256 in result.output
    assert "(draft)" in result.output and is_draft(out.read_bytes()) and not note.is_approved


def test_export_advocacy_in_arabic_writes_a_right_to_left_draft(app, world, db, tmp_path):
    out = tmp_path / "note.docx"
    result = app.test_cli_runner().invoke(args=["export", "advocacy", "--period", "2024-S1", "--lang", "ar",
                                                "--out", str(out)])
    assert result.exit_code == 0, result.output
    d = open_docx(out.read_bytes())
    assert "الرسائل الرئيسية" in headings(d, 1)
    assert all(p._p.pPr is not None and p._p.pPr.find(qn("w:bidi")) is not None for p in d.paragraphs)
    assert db.session.scalar(sa.select(NoteExport)).language == "ar"


def test_export_advocacy_refuses_unknown_period_and_unit(app, world, tmp_path):
    runner = app.test_cli_runner()
    out = tmp_path / "x.docx"
    for args in (["--period", "1999-S9"], ["--period", "2024-S1", "--unit", "ZZZ"],
                 ["--period", "2024-S1", "--lang", "de"]):
        result = runner.invoke(args=["export", "advocacy", *args, "--out", str(out)])
        assert result.exit_code != 0 and not out.exists()


def test_export_stories_each_format(app, world, make_story, db, tmp_path):
    make_story(title="=1+1")
    runner = app.test_cli_runner()
    for fmt in ("csv", "xlsx", "jsonl"):
        out = tmp_path / f"s.{fmt}"
        result = runner.invoke(args=["export", "stories", "--format", fmt, "--period", "2024-S1", "--out", str(out)])
        assert result.exit_code == 0, result.output
        assert "1 story(ies)" in result.output
    assert "'=1+1" in (tmp_path / "s.csv").read_text(encoding="utf-8-sig")
    assert openpyxl.load_workbook(tmp_path / "s.xlsx").sheetnames == ["stories", "themes"]
    assert json.loads((tmp_path / "s.jsonl").read_text().splitlines()[0])["_meta"]["count"] == 1
    assert db.session.query(AuditEvent).filter_by(action="stories_export").count() == 3
