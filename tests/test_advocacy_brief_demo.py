"""The demo's advocacy note in French, English and Arabic, read back as a policymaker gets it: python-docx for
the structure, LibreOffice's PDF for the pages before the first annex (at most four, A4), no pseudonymisation
token, right-to-left Arabic, and the same counts in the text, the tables and the charts."""
import io
import re
import shutil
import subprocess

import pypdf
import pytest
from conftest_advocacy import all_text, headings, open_docx
from docx.oxml.ns import qn

from msc import demo
from msc.advocacy import operations as ops
from msc.auth.reach import all_unit_ids
from msc.programmes import queries as pq
from msc.reports.brief import finding_sentences
from msc.reports.labels import LABELS, fmt_number
from msc.stories.scope import resolve_scope

KEY_MESSAGES = {"fr": "Messages clés", "en": "Key messages", "ar": "الرسائل الرئيسية"}
ANNEX = {"fr": "Annexe", "en": "Annex", "ar": "ملحق"}
TOKEN = re.compile(r"\[[^\[\]\n]{1,40}\]")
A4_POINTS = (595, 842)


@pytest.fixture
def demo_scope(app, db):
    demo.load_demo()
    db.session.commit()
    programme = pq.current_programme()
    return resolve_scope(programme, all_unit_ids(programme), period="2024-S1")


def pdf_of(content: bytes, tmp_path, name: str) -> pypdf.PdfReader:
    """The note converted by LibreOffice, as CI does (CI installs it; a missing soffice fails)."""
    assert shutil.which("soffice"), "LibreOffice (soffice) is needed to count the note's pages"
    src = tmp_path / f"{name}.docx"
    src.write_bytes(content)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(src)],
                   check=True, capture_output=True, timeout=180)
    return pypdf.PdfReader(io.BytesIO((tmp_path / f"{name}.pdf").read_bytes()))


def pages_before_annex(pdf: pypdf.PdfReader, language: str) -> int:
    for number, page in enumerate(pdf.pages):
        # the heading word, then no letter: "Annexe 1", and "ملحق1" where the PDF's text drops the space
        if re.search(rf"^\s*{ANNEX[language]}(?![^\W\d_])", page.extract_text(), re.M):
            return number
    raise AssertionError("no annex heading in the PDF")


@pytest.mark.parametrize("language", ["fr", "en", "ar"])
def test_the_demo_note_is_a_four_page_brief_with_annexes(demo_scope, db, tmp_path, language):
    content, data, included = ops.build_note_bytes(demo_scope, language=language, context="")
    d = open_docx(content)
    level1 = headings(d, 1)
    assert level1[0] == KEY_MESSAGES[language]
    annexes = [h for h in level1 if h.startswith(ANNEX[language])]
    assert len(annexes) == 3 and level1[-3:] == annexes  # the annexes come last
    assert 3 <= len(data.key_messages) <= 5 and data.title and data.title != data.programme
    assert not TOKEN.search(all_text(d))
    assert {(round(s.page_width.mm), round(s.page_height.mm)) for s in d.sections} == {(210, 297)}
    pdf = pdf_of(content, tmp_path, f"note-{language}")
    assert {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pdf.pages} == {A4_POINTS}
    assert pages_before_annex(pdf, language) <= 4
    if language == "fr":
        assert len(included) >= 10 and 2 <= len(data.featured) <= 4
        pdf_text = "\n".join(p.extract_text() for p in pdf.pages)
        for word in ("Marrakech", "d'Agadir", "Tanger", "Autonomie", "Qualité", "changement", "Valeur",
                     "Sélectionnés", "Candidats"):  # no word broken in a table
            assert word in pdf_text


def test_the_arabic_note_reads_right_to_left(demo_scope):
    d = open_docx(ops.build_note_bytes(demo_scope, language="ar", context="")[0])
    body = [p for p in d.paragraphs if p.text.strip()]
    assert body and all(p._p.pPr is not None and p._p.pPr.find(qn("w:bidi")) is not None for p in body)
    assert all(r._r.rPr.find(qn("w:rtl")) is not None for p in body for r in p.runs)
    assert d.tables and all(t._tbl.tblPr.find(qn("w:bidiVisual")) is not None for t in d.tables)
    fonts = d.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(
        qn("w:rFonts"))
    assert fonts.get(qn("w:cs"))  # an Arabic (complex-script) font is declared
    assert d.sections[0]._sectPr.find(qn("w:bidi")) is not None


def test_the_note_gives_one_set_of_figures(demo_scope):
    content, data, included = ops.build_note_bytes(demo_scope, language="fr", context="")
    d, c, t = open_docx(content), data.counts, LABELS["fr"]
    assert c.in_note == len(included) == len(data.stories)
    assert c.collected >= c.submitted >= c.advocacy_consent and c.submitted >= c.selected_any
    text = "\n".join(p.text for p in d.paragraphs)
    assert finding_sentences(data) in text  # the sentence of the body, built from the counts
    numbers = next(tb for tb in d.tables if tb.rows[0].cells[0].text == t["figure_label"])
    shown = {row.cells[0].text: row.cells[1].text for row in numbers.rows[1:]}
    assert shown[t["stage_collected"]] == fmt_number(c.collected, "fr")
    assert shown[t["n_submitted"]] == fmt_number(c.submitted, "fr")
    assert shown[t["n_advocacy"]] == fmt_number(c.advocacy_consent, "fr")
    assert shown[t["n_in_note"]] == fmt_number(c.in_note, "fr")
    for lv in c.levels:
        assert shown[t["stage_selected"].format(level=lv.level)] == fmt_number(lv.selected, "fr")
    by_unit = next(tb for tb in d.tables if tb.rows[0].cells[-1].text == t["total"])
    assert by_unit.rows[-1].cells[-1].text == fmt_number(c.submitted, "fr")
    funnel_chart = next(ch for ch in data.charts if ch.caption == t["chart_selection"])
    assert dict(funnel_chart.values)[t["stage_submitted"]] == c.submitted
    assert [v for k, v in funnel_chart.values if k.startswith("Retenus")] == [lv.selected for lv in c.levels]
    by_domain = next(ch for ch in data.charts if ch.caption == t["chart_by_domain"])
    assert sum(v for _, v in by_domain.values) == c.submitted
    funnel_table = next(tb for tb in d.tables if tb.rows[0].cells[0].text == t["level"])
    assert [[cell.text for cell in row.cells[1:]] for row in funnel_table.rows[1:]] == [
        [fmt_number(lv.candidates, "fr"), fmt_number(lv.selected, "fr")] for lv in c.levels]
    captions = [p.text for p in d.paragraphs if p.style.name == "Caption" and p.text.startswith("Tableau")]
    assert len(captions) >= 4  # every figure table says what it counts
