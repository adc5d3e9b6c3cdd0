"""Page and table layout of the Word documents: paper size, fonts, right-to-left, column widths, boxes, draft mark.

python-docx leaves these to raw WordprocessingML; each helper writes the few elements Word and LibreOffice
read, in the order the schema requires.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Inches, Pt, RGBColor

PAGE = {"A4": (Cm(21), Cm(29.7)), "Letter": (Inches(8.5), Inches(11))}
MARGIN = Cm(2.2)
LATIN_FONT = "Calibri"
ARABIC_FONT = "Arial"  # has Arabic glyphs wherever Word runs; LibreOffice substitutes a metric-compatible font
TABLE_PT = 9
TABLE_PT_MIN = 7  # a wide table gets a smaller font before any word is broken
DRAFT_BOOKMARK = "msc_draft"
_GREY = RGBColor(0x99, 0x99, 0x99)
# Width of a character per point of font size (a generous average for bold, capitals and Carlito/Calibri),
# and a cell's left + right padding with its borders.
_CHAR_CM_PER_PT = 0.023
_PAD_CM = 0.5

_PPR_AFTER_BIDI = ("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
                   "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                   "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
                   "w:pPrChange")
_RPR_AFTER_RTL = ("w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")
_TBLPR_AFTER_BIDI = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription",
                     "w:tblPrChange")
_TBLPR_AFTER_LAYOUT = ("w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")


def usable_width(doc) -> Emu:
    section = doc.sections[-1]
    try:
        return Emu(section.page_width - section.left_margin - section.right_margin)
    except TypeError:  # a template section without page size
        return Cm(16)


def page_setup(doc, size: str, *, margins: bool) -> None:
    """Every section on A4 or US Letter, portrait; the default margins only when no reference document set them."""
    width, height = PAGE[size]
    for section in doc.sections:
        section.page_width, section.page_height = width, height
        if margins:
            section.left_margin = section.right_margin = MARGIN
            section.top_margin = section.bottom_margin = Cm(2)


_OWN_STYLES = ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "Caption", "Quote",
               "List Bullet", "Footer", "Header")


def _set_fonts(rpr) -> None:
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        fonts.set(qn(attr), LATIN_FONT)
    fonts.set(qn("w:cs"), ARABIC_FONT)


def one_font_family(doc) -> None:
    """Without a reference document, the styles the note uses all take the same two fonts (no theme fonts)."""
    for style in doc.styles:
        if style.name in _OWN_STYLES:
            _set_fonts(style.element.get_or_add_rPr())


def declare_fonts(doc, language: str) -> None:
    """Document defaults: a Latin font and an Arabic (complex-script) font, and the languages of the text."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    _set_fonts(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), {"fr": "fr-FR", "en": "en-GB", "ar": "ar-MA"}[language])
    lang.set(qn("w:bidi"), "ar-MA")


def set_paragraph_rtl(p_element) -> None:
    """A paragraph read right to left (w:bidi) whose runs are right-to-left runs (w:rtl)."""
    ppr = p_element.get_or_add_pPr()
    if ppr.find(qn("w:bidi")) is None:
        ppr.insert_element_before(OxmlElement("w:bidi"), *_PPR_AFTER_BIDI)
    for r in p_element.iter(qn("w:r")):
        rpr = r.get_or_add_rPr()
        if rpr.find(qn("w:rtl")) is None:
            rpr.insert_element_before(OxmlElement("w:rtl"), *_RPR_AFTER_RTL)


def make_rtl(doc) -> None:
    """The whole document right to left: paragraphs, runs, tables (w:bidiVisual), sections, headers, footers."""
    parts = [doc.element.body]
    for section in doc.sections:
        for hf in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            if not hf.is_linked_to_previous:
                parts.append(hf._element)
        sect = section._sectPr
        if sect.find(qn("w:bidi")) is None:
            before = [c for c in sect if c.tag in (qn("w:rtlGutter"), qn("w:docGrid"), qn("w:printerSettings"),
                                                    qn("w:sectPrChange"))]
            if before:
                before[0].addprevious(OxmlElement("w:bidi"))
            else:
                sect.append(OxmlElement("w:bidi"))
    for part in parts:
        for p in part.iter(qn("w:p")):
            set_paragraph_rtl(p)
        for tbl in part.iter(qn("w:tbl")):
            tblpr = tbl.tblPr
            if tblpr.find(qn("w:bidiVisual")) is None:
                tblpr.insert_element_before(OxmlElement("w:bidiVisual"), *_TBLPR_AFTER_BIDI)


def _longest_word(text: str) -> int:
    return max((len(w) for w in text.split()), default=0)


def column_widths(rows: Sequence[Sequence[str]], total_cm: float, pt: float = TABLE_PT) -> tuple[list[float], bool]:
    """Widths (cm) sharing the page by content length, and whether every word fits whole at ``pt`` points."""
    char, cols = _CHAR_CM_PER_PT * pt, len(rows[0])
    need = [max(_longest_word(r[i]) for r in rows) * char + _PAD_CM for i in range(cols)]
    want = [max(len(r[i]) for r in rows) * char + _PAD_CM for i in range(cols)]
    if sum(want) <= total_cm:
        return want, True
    if sum(need) >= total_cm:  # even single words do not fit: shrink in proportion
        return [n * total_cm / sum(need) for n in need], False
    spare = total_cm - sum(need)
    extra = [w - n for w, n in zip(want, need, strict=True)]
    return [n + spare * e / sum(extra) for n, e in zip(need, extra, strict=True)], True


def fit_table(table, texts: Sequence[Sequence[str]], total: Emu) -> None:
    """Fixed layout with column widths from the content, in the largest font (9 to 7 pt) at which no word
    has to break: Word and LibreOffice then keep every word whole."""
    total_cm = total / 360000
    for pt in range(TABLE_PT, TABLE_PT_MIN - 1, -1):
        widths, whole = column_widths(texts, total_cm, pt)
        if whole:
            break
    if pt != TABLE_PT:
        for row in table.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    for run in p.runs:
                        run.font.size = Pt(pt)
    table.autofit = False
    tblpr = table._tbl.tblPr
    layout = tblpr.find(qn("w:tblLayout"))
    if layout is None:
        layout = OxmlElement("w:tblLayout")
        tblpr.insert_element_before(layout, *_TBLPR_AFTER_LAYOUT)
    layout.set(qn("w:type"), "fixed")
    tblw = tblpr.find(qn("w:tblW"))
    if tblw is None:
        tblw = OxmlElement("w:tblW")
        tblpr.append(tblw)
    tblw.set(qn("w:type"), "dxa")
    tblw.set(qn("w:w"), str(int(sum(widths) * 567)))
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(int(width * 567)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)


def shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def keep_row_together(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    trpr.insert(0, OxmlElement("w:cantSplit"))


def draft_mark(doc, text: str) -> None:
    """A grey "Draft" line at the top of every page (in the headers), marked by a bookmark to remove it later."""
    for section in doc.sections:
        headers = [section.header]
        if section.different_first_page_header_footer:
            headers.append(section.first_page_header)
        if doc.settings.odd_and_even_pages_header_footer:
            headers.append(section.even_page_header)
        for header in headers:
            if header.is_linked_to_previous and header is not section.header:
                continue
            p = header.add_paragraph()
            p.alignment = 1  # centred
            start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
            start.set(qn("w:id"), "9001")
            start.set(qn("w:name"), DRAFT_BOOKMARK)
            end.set(qn("w:id"), "9001")
            p._p.append(start)
            run = p.add_run(text)
            run.bold = True
            run.font.size = Pt(16)
            run.font.color.rgb = _GREY
            p._p.append(end)
        if section.header.is_linked_to_previous:
            break  # later sections show the first one's header


def is_draft(content: bytes) -> bool:
    """True while the file carries the draft mark."""
    doc = Document(io.BytesIO(content))
    return next(_draft_paragraphs(doc), None) is not None


def _draft_paragraphs(doc):
    for section in doc.sections:
        for header in (section.header, section.first_page_header, section.even_page_header):
            if header.is_linked_to_previous:
                continue
            for p in header._element.iter(qn("w:p")):
                if any(b.get(qn("w:name")) == DRAFT_BOOKMARK for b in p.iter(qn("w:bookmarkStart"))):
                    yield p


def without_draft_mark(content: bytes) -> bytes:
    """The same document without the draft mark: what an approval releases."""
    doc = Document(io.BytesIO(content))
    for p in list(_draft_paragraphs(doc)):
        parent = p.getparent()
        if parent is not None:
            parent.remove(p)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()

