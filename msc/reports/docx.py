"""Word documents from plain data: the advocacy note and the round feedback note.

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
from docx.shared import Cm, Pt, RGBColor

from .labels import LABELS, QUOTES, fmt_date, fmt_number, method_label, panel_label, role_label
from .schema import AdvocacyNote, FeedbackNote, NoteStory
from .text import choose_pull_quote, clean_text, is_mainly_rtl

__all__ = ["LABELS", "build_advocacy_note", "build_feedback_note"]

# Direct formatting used when the template lacks a style: (bold, italic, size pt).
_FALLBACK = {
    "Title": (True, False, 26), "Subtitle": (False, True, 15), "Heading 1": (True, False, 16),
    "Heading 2": (True, False, 13), "Heading 3": (True, True, 11), "Quote": (False, True, 12),
    "Caption": (False, True, 9), "Footer": (False, False, 8),
}
_PPR_AFTER_BIDI = ("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
                   "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                   "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
                   "w:pPrChange")
_RPR_AFTER_RTL = ("w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")


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
        pPr = p._p.get_or_add_pPr()
        if pPr.find(qn("w:bidi")) is None:
            pPr.insert_element_before(OxmlElement("w:bidi"), *_PPR_AFTER_BIDI)
        for run in p.runs:
            rPr = run._r.get_or_add_rPr()
            if rPr.find(qn("w:rtl")) is None:
                rPr.insert_element_before(OxmlElement("w:rtl"), *_RPR_AFTER_RTL)

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

    def table(self, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
        table = self.doc.add_table(rows=1, cols=len(header))
        if "Table Grid" in self.styles:
            table.style = "Table Grid"
        head = table.rows[0]
        trPr = head._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")  # header row repeats on each page
        trPr.append(repeat)
        for cell, text in zip(head.cells, header, strict=True):
            self._cell(cell, text, bold=True)
        for values in rows:
            cells = table.add_row().cells
            for cell, value in zip(cells, values, strict=True):
                numeric = isinstance(value, int | float) and not isinstance(value, bool)
                self._cell(cell, fmt_number(value, self.language) if numeric else value, numeric=numeric)
        self.doc.add_paragraph()

    def _cell(self, cell, value: object, *, bold: bool = False, numeric: bool = False) -> None:
        p = cell.paragraphs[0]
        text = _one_line(value)
        run = p.add_run(text)
        run.bold = bold or None
        if numeric:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif is_mainly_rtl(text):
            self.set_rtl(p)

    def picture(self, data: bytes, what: str) -> None:
        section = self.doc.sections[-1]
        try:
            usable = section.page_width - section.left_margin - section.right_margin
        except TypeError:  # a template section without page size
            usable = Cm(15)
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.keep_with_next = True
        try:
            p.add_run().add_picture(io.BytesIO(data), width=min(Cm(16), usable) if what == "chart" else Cm(4))
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
        props.language = "fr-FR" if self.language == "fr" else "en-GB"
        props.comments = ""
        buf = io.BytesIO()
        self.doc.save(buf)
        return buf.getvalue()


# -- advocacy note ---------------------------------------------------------

def build_advocacy_note(note: AdvocacyNote, *, template: bytes | None = None, logo: bytes | None = None) -> bytes:
    """The advocacy note as .docx bytes: title page, context, key figures, stories, method annex."""
    w = _Writer(template, note.language)
    t = w.t
    period = f"{t['period']} : {note.period_label}" if note.language == "fr" else f"{t['period']}: {note.period_label}"
    if note.period_code and note.period_code != note.period_label:
        period += f" ({note.period_code})"
    w.title_page(note.programme, t["advocacy_kind"],
                 [note.organisation, period, t["generated"].format(date=fmt_date(note.generated, note.language))],
                 logo)
    w.page_break()
    if note.context.strip():
        w.heading(t["context"], 1)
        w.text_block(note.context)
    _key_figures(w, note)
    w.heading(t["stories"], 1)
    if not note.stories:
        w.para(t["no_stories"])
    elif note.pseudonym_note:
        w.para(note.pseudonym_note, italic=True)
    for n, story in enumerate(note.stories, 1):
        _story(w, n, story)
    _annex(w, note)
    w.footers(note.footer)
    return w.to_bytes(f"{note.programme} — {note.period_label}", note.organisation)


def _key_figures(w: _Writer, note: AdvocacyNote) -> None:
    t, fig, lang = w.t, note.figures, note.language
    w.heading(t["key_figures"], 1)
    if fig.funnel:
        w.para(t["summary"].format(selected=fmt_number(fig.funnel[-1].selected, lang),
                                   collected=fmt_number(fig.funnel[0].collected, lang)))
    if fig.people_concerned is not None:
        w.para(t["people"].format(n=fmt_number(fig.people_concerned, lang)))
    table = fig.stories_by_unit_domain
    if table is not None and table.rows:
        w.heading(t["by_unit_domain"], 2)
        rows = [[r, *counts, sum(counts)] for r, counts in zip(table.rows, table.counts, strict=True)]
        totals = [sum(col) for col in zip(*table.counts, strict=True)] if table.counts else [0] * len(table.columns)
        rows.append([t["total"], *totals, sum(totals)])
        w.table([t["unit"], *table.columns, t["total"]], rows)
    if fig.themes_all or fig.themes_selected:
        w.heading(t["themes"], 2)
        labels = list(dict.fromkeys([*fig.themes_all, *fig.themes_selected]))
        w.table([t["theme"], t["themes_all"], t["themes_selected"]],
                [[k, fig.themes_all.get(k, 0), fig.themes_selected.get(k, 0)] for k in labels])
    if fig.funnel:
        w.heading(t["funnel"], 2)
        w.table([t["level"], t["collected"], t["candidates"], t["selected"]],
                [[f.level, f.collected, f.candidates, f.selected] for f in fig.funnel])
    if note.charts:
        w.heading(t["charts"], 2)
        for n, chart in enumerate(note.charts, 1):
            w.picture(chart.png, "chart")
            w.para(t["figure"].format(n=n, caption=_one_line(chart.caption)), "Caption",
                   align=WD_ALIGN_PARAGRAPH.CENTER)


def _story(w: _Writer, n: int, story: NoteStory) -> None:
    t, lang = w.t, w.language
    w.heading(f"{n}. {story.title}", 2)
    meta = w.runs([(f"{t['domain']} : " if lang == "fr" else f"{t['domain']}: ", True), (_one_line(story.domain), False),
                   ("  ·  ", False), (f"{t['unit']} : " if lang == "fr" else f"{t['unit']}: ", True),
                   (_one_line(story.unit), False)])
    for run in meta.runs:
        run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    quote = _one_line(story.pull_quote) if story.pull_quote else choose_pull_quote(story.text, story.significance)
    if quote:
        w.quote(quote)
    w.heading(t["story"], 3)
    w.text_block(story.text)
    w.heading(t["significance"], 3)
    w.text_block(story.significance or t["none"])
    w.heading(t["reasons"], 3)
    if not story.selections:
        w.para(t["no_reasons"])
    for level, unit, reasons, when in story.selections:
        label = f"{_one_line(level)} — {_one_line(unit)}"
        if when is not None:
            label += f" ({fmt_date(when, lang)})"
        w.runs([(label, True)])
        w.text_block(reasons or t["no_reasons"])
    sep = " : " if lang == "fr" else ": "
    w.runs([(t["verification"] + sep, True), (_one_line(story.verification) or t["not_recorded"], False)])


def _annex(w: _Writer, note: AdvocacyNote) -> None:
    t, m, lang = w.t, note.methodology, note.language
    w.page_break()
    w.heading(t["annex"], 1)
    w.para(t["annex_intro"])
    w.heading(f"1. {t['step_domains']}", 2)
    if m.domains:
        w.table([t["domain"], t["question"]], [[d.name, d.question or t["none"]] for d in m.domains])
    w.heading(f"2. {t['step_collection']}", 2)
    w.para(t["collection_dates"].format(start=fmt_date(m.collection_start, lang),
                                        end=fmt_date(m.collection_end, lang), period=_one_line(note.period_label)))
    if m.numbers:
        w.table([t["figure_label"], t["value"]], [[k, v] for k, v in m.numbers.items()])
    w.heading(f"3. {t['step_selection']}", 2)
    if m.levels:
        w.para(t["levels"].format(levels=" → ".join(_one_line(x) for x in m.levels)))
    if m.rounds:
        w.table([t["unit"], t["level"], t["method"], t["opened"], t["closed"], t["panel"], t["candidates"],
                 t["selected"]],
                [[r.unit, r.level, method_label(r.method, lang), fmt_date(r.opened, lang), fmt_date(r.closed, lang),
                  panel_label(r.panel, lang), t["none"] if r.candidates is None else r.candidates,
                  t["none"] if r.selected is None else r.selected] for r in m.rounds])
    w.heading(f"4. {t['step_feedback']}", 2)
    w.para(t["feedback_text"])


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
