"""Advocacy and feedback notes: built from fictional data, opened back with python-docx."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import shutil
import subprocess
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Pt

from msc.reports import charts
from msc.reports.brief import build_advocacy_note
from msc.reports.docx import LABELS, build_feedback_note
from msc.reports.schema import (
    AdvocacyNote,
    Chart,
    CountTable,
    DomainInfo,
    FeaturedStory,
    FeedbackDomain,
    FeedbackNote,
    FeedbackWinner,
    FunnelLevel,
    KeyFigures,
    LevelCount,
    Methodology,
    NoteFigures,
    NoteStory,
    Recommendation,
    RoundInfo,
    SelectionRecord,
)

ARABIC = "قالت لي المساعدة الاجتماعية إنني لست وحدي وأن لي حقوقا يجب أن تحترم. اليوم أعرف أين أذهب."
FR_NOTICE = "Texte pseudonymisé : les noms et les lieux ont été modifiés."


# -- fictional data -----------------------------------------------------------

def make_story(n: int, **kw) -> NoteStory:
    base = dict(
        title=f"Récit {n} : retrouver confiance",
        domain="Estime de soi",
        unit="Antenne de Ville-Nord",
        text=(
            "Quand je suis arrivée à l'antenne, je ne parlais à personne. [Prénom 1] m'a accompagnée au commissariat "
            "de [Ville 2].\nPour la première fois, quelqu'un a écouté ce que j'avais vécu sans me juger. "
            "Aujourd'hui je connais mes droits et j'ose les faire valoir."
        ),
        significance="Parce que je ne me sens plus seule face à la violence.",
        selections=[
            SelectionRecord("Antenne", "Antenne de Ville-Nord", "Le récit montre un changement durable.",
                            dt.date(2025, 3, 4)),
            SelectionRecord("National", "Bureau national", "Il illustre l'accès aux droits.", dt.date(2025, 4, 2)),
        ],
        verification="Vérifié par la coordinatrice le 10 avril 2025",
    )
    base.update(kw)
    return NoteStory(**base)


def make_note(**kw) -> AdvocacyNote:
    stories = [
        make_story(1),
        make_story(2, title="Récit 2 : un logement", domain="Autonomie", pull_quote="J'ai signé mon propre bail."),
        make_story(3, title="قصة ٣", domain="Accès aux droits", unit="Antenne de Ville-Sud", text=ARABIC,
                   significance="لأنني لم أعد خائفة.", verification=""),
    ]
    base = dict(
        programme="Programme fictif Dignité",
        organisation="Association fictive de santé communautaire",
        period_code="2025-S1",
        period_label="Premier semestre 2025",
        generated=dt.date(2025, 6, 30),
        context="Ce programme fictif accompagne des femmes survivantes de violences.\nIl couvre deux antennes.",
        figures=KeyFigures(
            stories_by_unit_domain=CountTable.from_nested({
                "Antenne de Ville-Nord": {"Estime de soi": 6, "Autonomie": 4, "Accès aux droits": 3},
                "Antenne de Ville-Sud": {"Estime de soi": 5, "Accès aux droits": 7},
            }),
            people_concerned=41,
            themes_all={"Violence policière": 9, "Logement": 6, "Santé": 12},
            themes_selected={"Violence policière": 2, "Logement": 1},
            funnel=[FunnelLevel("Antenne", 25, 25, 6), FunnelLevel("National", 6, 6, 3)],
        ),
        charts=[
            Chart("Récits par domaine", charts.bar_chart({"Estime de soi": 11, "Autonomie": 4}, "Domaines", fmt="png")),
            Chart("Entonnoir de sélection", charts.funnel_chart([("Recueillis", 25), ("Retenus", 3)], "", fmt="png")),
        ],
        stories=stories,
        methodology=Methodology(
            domains=[DomainInfo("Estime de soi", "Qu'est-ce qui a changé dans la façon dont vous vous voyez ?"),
                     DomainInfo("Autonomie"), DomainInfo("Accès aux droits", "Quels droits avez-vous pu exercer ?")],
            levels=["Antenne", "National"],
            rounds=[RoundInfo("Antenne de Ville-Nord", "Antenne", "vote", dt.date(2025, 3, 1), dt.date(2025, 3, 4),
                              {"chair": 1, "panelist": 5}, 13, 3),
                    RoundInfo("Bureau national", "National", "consensus", dt.date(2025, 4, 1), dt.date(2025, 4, 2),
                              {"chair": 1, "panelist": 4}, 6, 3)],
            collection_start=dt.date(2025, 1, 6), collection_end=dt.date(2025, 2, 28),
            numbers={"Personnes ayant raconté": 24, "Animatrices": 5},
        ),
        footer="Document interne",
        key_messages=["Les survivantes connaissent mieux leurs droits.", "La police écoute davantage.",
                      "Le logement reste le premier obstacle."],
        recommendations=[Recommendation("Former les agents d'accueil des commissariats.", [1, 3]),
                         Recommendation("Financer des places d'hébergement d'urgence.")],
        featured=[FeaturedStory("Récit 2 : un logement", "J'ai signé mon propre bail.", "Je suis chez moi.",
                                "Un changement durable.", "Autonomie", "Antenne de Ville-Nord", 2)],
        counts=NoteFigures(collected=27, submitted=25, advocacy_consent=20, selected_any=6,
                           levels=[LevelCount("Antenne", 25, 6), LevelCount("National", 6, 3)], in_note=3),
    )
    base.update(kw)
    return AdvocacyNote(**base)


def make_feedback(**kw) -> FeedbackNote:
    base = dict(
        programme="Programme fictif Dignité", unit="Bureau national", level="National",
        period_label="Premier semestre 2025", method="ranking", generated=dt.date(2025, 4, 3),
        opened=dt.date(2025, 4, 1), closed=dt.date(2025, 4, 2), finalised=dt.date(2025, 4, 3),
        panel={"chair": 1, "panelist": 4},
        domains=[
            FeedbackDomain("Estime de soi", [FeedbackWinner("Retrouver confiance", "Un changement durable.", 1)],
                           ["Une voisine solidaire", "Reprendre les cours"]),
            FeedbackDomain("Autonomie", [], []),
        ],
    )
    base.update(kw)
    return FeedbackNote(**base)


def open_docx(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def texts(d) -> list[str]:
    return [p.text for p in d.paragraphs]


def headings(d, level: int) -> list[str]:
    return [p.text for p in d.paragraphs if p.style.name == f"Heading {level}"]


def paragraph_with(d, needle: str):
    return next(p for p in d.paragraphs if needle in p.text)


# -- advocacy note ------------------------------------------------------------

BRIEF_HEADINGS = ["Messages clés", "Recommandations", "Contexte", "Ce qui a changé, selon les récits",
                  "Ce que disent les personnes", "Méthode", "Annexe 1 : les récits sélectionnés",
                  "Annexe 2 : les tableaux des chiffres", "Annexe 3 : la méthodologie détaillée"]


def test_advocacy_note_has_title_page_sections_and_story_headings():
    d = open_docx(build_advocacy_note(make_note(title="Les survivantes accèdent enfin à la justice")))
    assert d.paragraphs[0].text == "Les survivantes accèdent enfin à la justice"
    assert d.paragraphs[0].style.name == "Title"
    assert any(p.startswith("Association fictive de santé communautaire · Période") for p in texts(d))
    assert headings(d, 1) == BRIEF_HEADINGS
    assert "1. Former les agents d'accueil des commissariats. (récits 1, 3 de l'annexe 1)" in texts(d)
    assert "Les survivantes connaissent mieux leurs droits." in texts(d)
    assert [h for h in headings(d, 2) if h.startswith(("1.", "2.", "3."))][:3] == [
        "1. Récit 1 : retrouver confiance", "2. Récit 2 : un logement", "3. قصة ٣"]


def test_advocacy_note_story_shows_domain_significance_reasons_and_verification():
    all_text = "\n".join(texts(open_docx(build_advocacy_note(make_note()))))
    assert "Domaine : Autonomie" in all_text
    assert "Parce que je ne me sens plus seule face à la violence." in all_text
    assert "National — Bureau national (2 avril 2025)" in all_text
    assert "Il illustre l'accès aux droits." in all_text
    assert "Vérification : Vérifié par la coordinatrice le 10 avril 2025" in all_text
    assert all_text.count("Vérification :") == 2  # the story without a recorded verification says nothing


def test_advocacy_note_tables_hold_key_figures_and_rounds():
    d = open_docx(build_advocacy_note(make_note()))
    by_unit = next(t for t in d.tables if t.rows[0].cells[-1].text == "Total")
    assert [c.text for c in by_unit.rows[0].cells] == ["Unité", "Estime de soi", "Autonomie", "Accès aux droits", "Total"]
    assert [c.text for c in by_unit.rows[-1].cells] == ["Total", "11", "4", "10", "25"]
    themes = next(t for t in d.tables if t.rows[0].cells[0].text == "Thème")
    assert [c.text for c in themes.rows[3].cells] == ["Santé", "12", "0"]
    rounds = next(t for t in d.tables if t.rows[0].cells[0].text == "Unité" and len(t.columns) == 7)
    assert rounds.rows[1].cells[4].text == "1 président·e, 5 membres"
    assert rounds.rows[2].cells[2].text == "consensus"


def test_advocacy_note_embeds_one_image_per_chart_plus_logo():
    note = make_note()
    logo = charts.bar_chart({"logo": 1}, "", fmt="png")
    assert len(open_docx(build_advocacy_note(note)).inline_shapes) == 2
    assert len(open_docx(build_advocacy_note(note, logo=logo)).inline_shapes) == 3


def test_advocacy_note_rejects_a_logo_that_is_not_an_image():
    with pytest.raises(ValueError, match="logo"):
        build_advocacy_note(make_note(), logo=b"<svg/>")


def test_footer_notice_on_every_section_and_first_page():
    d = open_docx(build_advocacy_note(make_note()))
    for section in d.sections:
        assert FR_NOTICE in [p.text for p in section.footer.paragraphs]
        assert not section.footer.is_linked_to_previous


def test_footer_in_english():
    d = open_docx(build_advocacy_note(make_note(language="en")))
    assert "Pseudonymised text: names and places have been changed." in [
        p.text for p in d.sections[0].footer.paragraphs]
    assert "Key messages" in headings(d, 1)
    assert [h for h in headings(d, 1) if h.startswith("Annex")] == [
        "Annex 1: the selected stories", "Annex 2: figure tables", "Annex 3: detailed methodology"]


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        make_note(language="de")


def test_pull_quote_given_is_used_and_styled_as_quote():
    d = open_docx(build_advocacy_note(make_note()))
    quotes = [p.text for p in d.paragraphs if p.style.name == "Quote"]
    assert "«\u00a0J'ai signé mon propre bail.\u00a0»" in quotes


def test_pull_quote_chosen_automatically_is_a_short_sentence_without_placeholder():
    d = open_docx(build_advocacy_note(make_note()))
    quotes = [p.text for p in d.paragraphs if p.style.name == "Quote"]
    assert len(quotes) == 3
    for q in quotes:
        assert len(q) <= 200 + 4
        assert "[" not in q
    assert quotes[0] == "«\u00a0Pour la première fois, quelqu'un a écouté ce que j'avais vécu sans me juger.\u00a0»"


def test_arabic_paragraph_is_right_to_left_and_french_is_not():
    d = open_docx(build_advocacy_note(make_note()))
    arabic = paragraph_with(d, "المساعدة الاجتماعية إنني")
    assert arabic._p.pPr.find(qn("w:bidi")) is not None
    assert all(r._r.rPr.find(qn("w:rtl")) is not None for r in arabic.runs)
    french = paragraph_with(d, "Pour la première fois")
    assert french._p.pPr is None or french._p.pPr.find(qn("w:bidi")) is None


def test_control_characters_are_stripped():
    story = make_story(1, text="Avant\x00 le\x0b foyer\x1f.\ud800 Après\x7f.", title="Titre\x08 propre")
    d = open_docx(build_advocacy_note(make_note(stories=[story], context="Contexte\x0c ici")))
    all_text = "\n".join(texts(d))
    assert "Avant le foyer. Après." in all_text
    assert "1. Titre propre" in headings(d, 2)
    assert "Contexte ici" in all_text


def test_html_and_emoji_appear_as_plain_text():
    text = "<script>alert('x')</script> <b>Je</b> suis fière 💪 &amp; libre."
    d = open_docx(build_advocacy_note(make_note(stories=[make_story(1, text=text)])))
    assert text in texts(d)
    xml = zipfile.ZipFile(io.BytesIO(build_advocacy_note(make_note(stories=[make_story(1, text=text)])))).read(
        "word/document.xml").decode()
    assert "<script>" not in xml and "&lt;script&gt;" in xml


def test_very_long_story_and_empty_note_build():
    long_text = ("Une phrase assez longue pour être lue par le comité de sélection. " * 3000).strip()
    d = open_docx(build_advocacy_note(make_note(stories=[make_story(1, text=long_text + "\n" + "x" * 50_000)])))
    assert any(len(p.text) > 100_000 for p in d.paragraphs)
    empty = AdvocacyNote("P", "O", "2025-S1", "S1", dt.date(2025, 1, 1))
    d = open_docx(build_advocacy_note(empty))
    assert LABELS["fr"]["no_stories"] in texts(d)


def test_custom_template_styles_are_used_and_missing_ones_fall_back():
    tpl = docx.Document()
    quote = tpl.styles["Quote"]
    quote.font.name = "Courier New"
    quote.font.size = Pt(17)
    tpl.add_paragraph("Texte d'exemple du modèle, à retirer.")
    buf = io.BytesIO()
    tpl.save(buf)
    d = open_docx(build_advocacy_note(make_note(), template=buf.getvalue()))
    assert "Texte d'exemple du modèle, à retirer." not in texts(d)
    q = next(p for p in d.paragraphs if p.style.name == "Quote")
    assert q.style.font.name == "Courier New" and q.style.font.size == Pt(17)


def test_template_without_heading_or_quote_styles_falls_back_to_direct_formatting():
    tpl = docx.Document()
    styles = tpl.styles.element
    for style in list(styles.findall(qn("w:style"))):
        name = style.find(qn("w:name")).get(qn("w:val"))
        if name.lower().startswith(("heading", "quote", "intense quote", "title", "list bullet", "table grid")):
            styles.remove(style)
    buf = io.BytesIO()
    tpl.save(buf)
    d = open_docx(build_advocacy_note(make_note(), template=buf.getvalue()))
    title = d.paragraphs[0]
    assert title.text == "Programme fictif Dignité" and title.runs[0].bold
    context = paragraph_with(d, "Contexte")
    assert context.runs[0].bold and context.runs[0].font.size == Pt(16)
    assert any(p.text.startswith("«") and p.runs[0].italic for p in d.paragraphs)


def test_note_converts_to_pdf_with_libreoffice(tmp_path):
    if shutil.which("soffice") is None:
        if os.environ.get("MSC_REQUIRE_SOFFICE") == "1":
            pytest.fail("MSC_REQUIRE_SOFFICE=1 but `soffice` is not on PATH: install libreoffice-writer-nogui")
        pytest.skip("soffice not installed")
    src = tmp_path / "note.docx"
    src.write_bytes(build_advocacy_note(make_note(), logo=charts.bar_chart({"a": 1}, "", fmt="png")))
    profile = tmp_path / "lo-profile"  # own profile: no clash with another running soffice
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(src)], check=True, capture_output=True, timeout=180)
    pdf = (tmp_path / "note.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) >= 4


# -- feedback note ------------------------------------------------------------

def test_feedback_note_shows_round_panel_winners_and_others():
    d = open_docx(build_feedback_note(make_feedback()))
    assert d.paragraphs[0].text == "Retour de la séance de sélection"
    round_table = d.tables[0]
    cells = {r.cells[0].text: r.cells[1].text for r in round_table.rows}
    assert cells["Méthode"] == "classement" and cells["Finalisée le"] == "3 avril 2025"
    assert [[c.text for c in r.cells] for r in d.tables[1].rows] == [["Rôle", "Nombre"], ["président·e", "1"],
                                                                     ["membres", "4"]]
    all_text = texts(d)
    assert "1. Retrouver confiance" in all_text and "Un changement durable." in all_text
    assert "Une voisine solidaire" in all_text
    assert LABELS["fr"]["no_winner"] in all_text
    assert FR_NOTICE in [p.text for p in d.sections[0].footer.paragraphs]


def test_feedback_note_in_english_with_template():
    tpl = io.BytesIO()
    docx.Document().save(tpl)
    d = open_docx(build_feedback_note(make_feedback(language="en"), template=tpl.getvalue()))
    assert d.paragraphs[0].text == "Feedback from the selection round"
    assert "Other stories the panel read" in headings(d, 2)
