"""Helpers for the advocacy, dashboard and export tests."""
import datetime as dt
import io

import docx
import pytest

from msc.reports.schema import SelectionRecord


@pytest.fixture
def wired(monkeypatch):
    """Test double for selection only: chosen stories count as selected without running rounds.

    Approval of the pseudonymised text is real (make_story approves by default;
    ``approved=False`` leaves a story unapproved). ``test_advocacy_selection.py``
    uses real finalised rounds.
    """
    from msc.reports import gather

    state = {"selected": set()}

    def select(*stories):
        for s in stories:
            state["selected"].add(s.id)

    monkeypatch.setattr(gather, "selected_story_ids", lambda scope: set(state["selected"]))
    monkeypatch.setattr(gather, "selection_records", lambda ids, lang: {
        i: [SelectionRecord("Clinique", "Clinique de Marrakech", "Un courage rare.", dt.date(2024, 7, 2))]
        for i in ids})
    return select


def open_docx(content: bytes):
    return docx.Document(io.BytesIO(content))


def all_text(d) -> str:
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def headings(d, level: int) -> list[str]:
    return [p.text for p in d.paragraphs if p.style.name == f"Heading {level}"]


def image_count(d) -> int:
    return len(d.inline_shapes)
