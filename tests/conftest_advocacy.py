"""Helpers for the advocacy, dashboard and export tests."""
import io

import docx


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
