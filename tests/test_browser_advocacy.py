"""Real Chromium: the advocacy team checks the stories, generates a note and downloads it; the dashboard draws."""
import re

from conftest_advocacy import open_docx

ADVOCACY = ("evaluation", "panel", "advocacy")


def test_advocacy_member_generates_and_downloads_a_note(page, browser_login, world, make_story, select_stories, tmp_path):
    chosen = make_story(consent=ADVOCACY, title="Je témoigne au tribunal")
    make_story(consent=("evaluation",), title="Reste interne")
    select_stories(chosen)
    browser_login("advocacy", locale="en")
    page.goto("/advocacy/new")
    page.get_by_label(re.compile(r"^(Période|Period)")).select_option(label="2024-S1 – 1er semestre 2024")
    page.get_by_label(re.compile(r"^(Français|French)$")).check()
    page.get_by_label(re.compile(r"^(Paragraphe de contexte|Context paragraph)")).fill("Context for the ministry.")
    page.get_by_role("button", name=re.compile(r"(Vérifier|Check the stories)")).click()
    assert page.locator("[data-reason=no_advocacy_consent]").count() == 1
    title = page.get_by_label(re.compile(r"^(Titre qui énonce le constat|Title stating the finding)"))
    assert title.input_value()  # the app proposes a title stating the finding; the team rewrites it
    title.fill("Survivors are heard in court")
    page.get_by_label(re.compile(r"^(Recommandations|Recommendations)")).fill("Train judges\nFund legal aid")
    page.get_by_role("button", name=re.compile(r"(Générer|Generate the note)")).click()
    page.wait_for_url(re.compile(r"/advocacy/"))
    with page.expect_download() as info:
        page.get_by_role("link", name=re.compile(r"(Télécharger|Download)")).first.click()
    target = tmp_path / "note.docx"
    info.value.save_as(target)
    text = "\n".join(p.text for p in open_docx(target.read_bytes()).paragraphs)
    assert "1. Je témoigne au tribunal" in text and "Reste interne" not in text
    assert "Survivors are heard in court" in text and "2. Fund legal aid" in text
    assert "Context for the ministry." in text


def test_dashboard_shows_inline_svg_charts_without_csp_errors(page, browser_login, world, make_story):
    make_story(unit="MRK")
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    browser_login("coord_nat")
    page.goto("/dashboard/?period=2024-S1")
    assert page.locator("svg.msc-chart").count() >= 4
    assert not [e for e in errors if "Content Security Policy" in e]
