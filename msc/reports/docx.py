"""Word documents from plain data: the writer they share, and the round feedback note (the note: ``brief``).

Built with python-docx from the reference .docx when one is given: its
styles, page setup and headers are kept, its body is dropped. Only built-in
style names are used ("Title", "Heading 1", "Quote", "Table Grid", …); when a
custom template lacks one, the text gets direct formatting instead.
All text is cleaned of XML-illegal characters and written as plain text
(never parsed), so HTML-looking input shows as typed.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.image.exceptions import UnrecognizedImageError
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from . import docx_layout as layout
from .labels import LABELS, QUOTES, fmt_date, fmt_number, method_label, role_label
from .schema import FeedbackNote
from .text import clean_text, is_mainly_rtl

__all__ = ["LABELS", "build_feedback_note"]

# Direct formatting used when the template lacks a style: (bold, italic, size pt).
_FALLBACK = {
    "Title": (True, False, 26), "Subtitle": (False, True, 15), "Heading 1": (True, False, 16),
    "Heading 2": (True, False, 13), "Heading 3": (True, True, 11), "Quote": (False, True, 12),
    "Caption": (False, True, 9), "Footer": (False, False, 8),
}


def _paragraphs(text: str) -> list[str]:
    """Non-empty lines of ``text``: a story typed with line breaks keeps its paragraphs."""
    return [line.strip() for line in clean_text(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
            if line.strip()]


def _one_line(text: object) -> str:
    return " ".join(clean_text(text).split())


class _Writer:
    """A document being written: style lookups with fallbacks, RTL-aware paragraphs, tables, footers."""

    def __init__(self, template: bytes | None, language: str):
        self.doc = Document(io.BytesIO(template)) if template else Document()
        self.language = language
        self.t = LABELS[language]
        self.styles = {s.name for s in self.doc.styles}
        # python-docx resolves a style name by scanning every style on each
        # call; with hundreds of paragraphs that was most of the build time.
        self.style_ids = {s.name: s.style_id for s in self.doc.styles if s.type == WD_STYLE_TYPE.PARAGRAPH}
        if template:
            body = self.doc.element.body
            for child in list(body):
                if child.tag != qn("w:sectPr"):
                    body.remove(child)

    # -- building blocks -------------------------------------------------
    def _add(self, style: str | None, container=None):
        p = (container if container is not None else self.doc).add_paragraph()
        if style in self.style_ids:
            p._p.style = self.style_ids[style]
        return p

    def para(self, text: str = "", style: str | None = None, *, bold: bool = False, italic: bool = False,
             align=None, container=None):
        """One paragraph of plain text; right-to-left when the text is mainly Arabic."""
        found = style in self.style_ids
        p = self._add(style, container)
        text = clean_text(text)
        if text:
            run = p.add_run(text)
            fb_bold, fb_italic, size = _FALLBACK.get(style, (False, False, None)) if not found else (False, False, None)
            run.bold = bold or fb_bold or None
            run.italic = italic or fb_italic or None
            if size:
                run.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        if is_mainly_rtl(text):
            self.set_rtl(p)
        return p

    def runs(self, parts: Sequence[tuple[str, bool]], style: str | None = None):
        """A paragraph of (text, bold) runs, e.g. a bold label then a value."""
        p = self._add(style)
        for text, bold in parts:
            run = p.add_run(clean_text(text))
            run.bold = bold or None
        if is_mainly_rtl(p.text):
            self.set_rtl(p)
        return p

    @staticmethod
    def set_rtl(p) -> None:
        layout.set_paragraph_rtl(p._p)

    def heading(self, text: str, level: int):
        p = self.para(_one_line(text), f"Heading {level}")
        p.paragraph_format.keep_with_next = True
        return p

    def text_block(self, text: str, style: str | None = None) -> None:
        for line in _paragraphs(text):
            self.para(line, style)

    def bullets(self, items: Iterable[str]) -> None:
        found = "List Bullet" in self.style_ids
        for item in items:
            self.para(_one_line(item) if found else "• " + _one_line(item), "List Bullet" if found else None)

    def quote(self, text: str) -> None:
        opening, closing = QUOTES[self.language]
        style = next((s for s in ("Quote", "Intense Quote") if s in self.styles), "Quote")
        p = self.para(f"{opening}{_one_line(text)}{closing}", style)
        if style not in self.styles:  # fallback: italic (from _FALLBACK) and indented
            p.paragraph_format.left_indent = Cm(1)
            p.paragraph_format.right_indent = Cm(1)

    def table(self, header: Sequence[str], rows: Sequence[Sequence[object]], caption: str = "") -> None:
        """A table sized to its content (fixed column widths, no broken word), its caption above it."""
        if caption:
            self.para(_one_line(caption), "Caption").paragraph_format.keep_with_next = True
        table = self.doc.add_table(rows=1, cols=len(header))
        if "Table Grid" in self.styles:
            table.style = "Table Grid"
        head = table.rows[0]
        trPr = head._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")  # header row repeats on each page
        trPr.append(repeat)
        texts = [[_one_line(h) for h in header]]
        for cell, text in zip(head.cells, header, strict=True):
            self._cell(cell, text, bold=True)
        for values in rows:
            cells = table.add_row().cells
            shown = []
            for cell, value in zip(cells, values, strict=True):
                numeric = isinstance(value, int | float) and not isinstance(value, bool)
                text = fmt_number(value, self.language) if numeric else value
                shown.append(_one_line(text))
                self._cell(cell, text, numeric=numeric)
            texts.append(shown)
        layout.fit_table(table, texts, layout.usable_width(self.doc))
        self.doc.add_paragraph()

    def _cell(self, cell, value: object, *, bold: bool = False, numeric: bool = False) -> None:
        p = cell.paragraphs[0]
        text = _one_line(value)
        run = p.add_run(text)
        run.bold = bold or None
        run.font.size = Pt(layout.TABLE_PT)
        if numeric:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif is_mainly_rtl(text):
            self.set_rtl(p)

    def picture(self, data: bytes, what: str, width=None) -> None:
        usable = layout.usable_width(self.doc)
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.keep_with_next = True
        try:
            p.add_run().add_picture(io.BytesIO(data), width=min(width or Cm(16), usable) if what == "chart" else Cm(4))
        except UnrecognizedImageError as exc:
            raise ValueError(f"{what} is not a PNG, JPEG, GIF, BMP or TIFF image") from exc

    def page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # -- footer ----------------------------------------------------------
    def footers(self, extra: str) -> None:
        """The pseudonymisation notice (and ``extra``, and page number) on every page of every section."""
        for section in self.doc.sections:
            footers = [section.footer]
            if section.different_first_page_header_footer:
                footers.append(section.first_page_footer)
            if self.doc.settings.odd_and_even_pages_header_footer:
                footers.append(section.even_page_footer)
            for footer in footers:
                footer.is_linked_to_previous = False
                self._fill_footer(footer, extra)

    def _fill_footer(self, footer, extra: str) -> None:
        for child in list(footer._element):
            footer._element.remove(child)
        self.para(self.t["notice"], "Footer", align=WD_ALIGN_PARAGRAPH.CENTER, container=footer)
        p = self.para(f"{_one_line(extra)} · " if extra.strip() else "", "Footer",
                      align=WD_ALIGN_PARAGRAPH.CENTER, container=footer)
        p.add_run(f"{self.t['page']} ")
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), "PAGE")
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = "1"
        run.append(text)
        field.append(run)
        p._p.append(field)

    def title_page(self, title: str, kind: str, lines: Sequence[str], logo: bytes | None) -> None:
        if logo:
            self.picture(logo, "logo")
        self.para(_one_line(title), "Title")
        self.para(kind, "Subtitle")
        for line in lines:
            if line.strip():
                self.para(_one_line(line))

    def to_bytes(self, title: str, author: str) -> bytes:
        props = self.doc.core_properties
        props.title = _one_line(title)[:255]
        props.author = _one_line(author)[:255]
        props.last_modified_by = props.author
        props.language = {"fr": "fr-FR", "en": "en-GB", "ar": "ar-MA"}[self.language]
        props.comments = ""
        buf = io.BytesIO()
        self.doc.save(buf)
        return buf.getvalue()


# -- feedback note ---------------------------------------------------------

def build_feedback_note(note: FeedbackNote, *, template: bytes | None = None, logo: bytes | None = None) -> bytes:
    """The round feedback note as .docx bytes: the round, the panel by role, winners and reasons per domain."""
    w = _Writer(template, note.language)
    t, lang = w.t, note.language
    w.title_page(t["feedback_kind"], note.programme,
                 [t["generated"].format(date=fmt_date(note.generated, lang))], logo)
    w.heading(t["round"], 1)
    w.table([t["figure_label"], t["value"]], [
        [t["unit"], note.unit], [t["level"], note.level], [t["period"], note.period_label],
        [t["method"], method_label(note.method, lang)], [t["opened"], fmt_date(note.opened, lang)],
        [t["closed"], fmt_date(note.closed, lang)], [t["finalised"], fmt_date(note.finalised, lang)],
    ])
    w.heading(t["panel_composition"], 2)
    if note.panel:
        w.table([t["role"], t["count"]], [[role_label(role, lang), n] for role, n in note.panel.items()])
    else:
        w.para(t["none"])
    if note.pseudonym_note and note.domains:
        w.para(note.pseudonym_note, italic=True)
    for domain in note.domains:
        w.heading(f"{t['domain']} : {domain.domain}" if lang == "fr" else f"{t['domain']}: {domain.domain}", 1)
        w.heading(t["winners"], 2)
        if not domain.winners:
            w.para(t["no_winner"])
        for winner in sorted(domain.winners, key=lambda x: (x.rank is None, x.rank or 0)):
            prefix = f"{winner.rank}. " if winner.rank is not None else ""
            w.runs([(prefix + _one_line(winner.title), True)])
            w.text_block(winner.reasons or t["no_reasons"])
        w.heading(t["others"], 2)
        if domain.others:
            w.bullets(domain.others)
        else:
            w.para(t["no_others"])
        if domain.dissent:
            w.heading(t["dissent"], 2)
            w.bullets(domain.dissent)
    w.footers(note.footer)
    return w.to_bytes(f"{t['feedback_kind']} — {note.unit} — {note.period_label}", note.programme)
