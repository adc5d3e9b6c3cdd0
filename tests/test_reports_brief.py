"""The policy brief builder from plain data (no database): draft mark, Arabic, boxes, paper, table widths,
and the readable form of pseudonymisation tokens."""
import datetime as dt
import io

import docx
from docx.oxml.ns import qn
from docx.shared import Inches
from test_reports_docx import make_note

from msc.nlp.pseudonymise import has_bracket_token, readable_tokens
from msc.reports.brief import BOX_WORDS, build_advocacy_note
from msc.reports.docx_layout import column_widths, is_draft, without_draft_mark
from msc.reports.schema import AdvocacyNote, FeaturedStory


def open_docx(data: bytes):
    return docx.Document(io.BytesIO(data))


def test_a_draft_carries_its_mark_on_every_page_until_released():
    draft = build_advocacy_note(make_note())
    d = open_docx(draft)
    assert "PROJET — non approuvé" in [p.text for p in d.sections[0].header.paragraphs]
    assert is_draft(draft)
    final = without_draft_mark(draft)
    assert not is_draft(final)
    assert [p.text for p in open_docx(final).paragraphs] == [p.text for p in d.paragraphs]
    assert not is_draft(build_advocacy_note(make_note(is_draft=False)))


def test_english_and_arabic_draft_marks():
    assert "DRAFT — not approved" in [p.text for p in open_docx(build_advocacy_note(
        make_note(language="en"))).sections[0].header.paragraphs]
    assert "مسودة — غير معتمدة" in [p.text for p in open_docx(build_advocacy_note(
        make_note(language="ar"))).sections[0].header.paragraphs]


def test_an_arabic_note_is_right_to_left_with_arabic_headings():
    d = open_docx(build_advocacy_note(make_note(language="ar")))
    level1 = [p.text for p in d.paragraphs if p.style.name == "Heading 1"]
    assert level1[0] == "الرسائل الرئيسية" and [h for h in level1 if h.startswith("ملحق")] == level1[-3:]
    assert all(p._p.pPr.find(qn("w:bidi")) is not None for p in d.paragraphs if p.text)
    assert all(t._tbl.tblPr.find(qn("w:bidiVisual")) is not None for t in d.tables)
    assert all(p._p.pPr.find(qn("w:bidi")) is not None for p in d.sections[0].footer.paragraphs if p.text)
    french = docx.Document(io.BytesIO(build_advocacy_note(make_note())))
    assert not any(t._tbl.tblPr.find(qn("w:bidiVisual")) is not None for t in french.tables)


def test_a_box_holds_at_most_150_words():
    long = FeaturedStory("Titre", " ".join(["passage"] * 120), " ".join(["raison"] * 80), " ".join(["comité"] * 80),
                         "Autonomie", "Antenne", 1)
    d = open_docx(build_advocacy_note(make_note(featured=[long, long])))
    boxes = [t.rows[0].cells[0] for t in d.tables if len(t.columns) == 1]
    assert len(boxes) == 2
    for box in boxes:
        body = " ".join(r.text for p in box.paragraphs[1:] for r in p.runs if not r.bold)  # labels aside
        words = [w for w in body.replace("\u00a0", " ").split() if w.strip("«»…")]
        assert 140 <= len(words) <= BOX_WORDS
        assert box._tc.getparent().find(qn("w:trPr")).find(qn("w:cantSplit")) is not None  # kept on one page


def test_letter_paper_and_a4_by_default():
    a4 = open_docx(build_advocacy_note(make_note()))
    assert (round(a4.sections[0].page_width.mm), round(a4.sections[0].page_height.mm)) == (210, 297)
    letter = open_docx(build_advocacy_note(make_note(page_size="Letter")))
    assert (letter.sections[0].page_width, letter.sections[0].page_height) == (Inches(8.5), Inches(11))


def test_tables_have_fixed_widths_that_keep_words_whole():
    d = open_docx(build_advocacy_note(make_note()))
    for table in d.tables:
        assert table._tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
    rows = [["Unité", "Autre changement", "Total"], ["Clinique de Marrakech", "3", "12"]]
    widths, whole = column_widths(rows, 16.0)
    assert whole and widths[1] > widths[2]
    _, whole = column_widths([["Anticonstitutionnellement"] * 8], 16.0, pt=9)
    assert not whole  # eight long words cannot share one line at 9 pt: the builder tries a smaller font


def test_feedback_is_printed_only_when_recorded():
    note = make_note()
    note.stories[0].feedback = "Retour fait à la personne le 3 mai 2025 (entretien)."
    text = "\n".join(p.text for p in open_docx(build_advocacy_note(note)).paragraphs)
    assert text.count("Retour à la personne :") == 1


def test_an_empty_brief_still_builds():
    d = open_docx(build_advocacy_note(AdvocacyNote("P", "O", "2025-S1", "S1", dt.date(2025, 1, 1), language="ar")))
    assert [p.text for p in d.paragraphs if p.style.name == "Heading 1"][0] == "الرسائل الرئيسية"


def test_bracket_tokens_become_readable_the_same_way_in_every_field():
    fields = {"text": "Au dossier n° [Identifiant], [Prénom 2] m'a reçue à [Lieu 1] ; [Prénom 1] aussi.",
              "significance": "[Prénom 2] m'a crue.", "passage": "[Prénom 2] m'a reçue"}
    out = readable_tokens(fields, "fr", "12")
    assert not any(has_bracket_token(v) for v in out.values())
    name = out["significance"].split()[0]
    assert name.endswith("*") and out["text"].count(name) == 1 and out["passage"].startswith(name)
    assert "un numéro*" in out["text"] and "un lieu*" in out["text"]
    assert readable_tokens({"t": "[sic] reste"}, "fr", "1") == {"t": "[sic] reste"}  # not a token
    assert not has_bracket_token(readable_tokens({"t": "appel au [téléphone]"}, "fr", "1")["t"])


def test_headings_and_text_share_one_font_family_without_a_reference_document():
    d = open_docx(build_advocacy_note(make_note()))
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "Caption"):
        fonts = d.styles[name].element.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:ascii")) == "Calibri" and fonts.get(qn("w:cs")) == "Arial"
        assert fonts.get(qn("w:asciiTheme")) is None
