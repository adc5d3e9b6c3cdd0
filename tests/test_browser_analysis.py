"""Real Chromium: a facilitator reviews a story's themes and personal data and approves the pseudonymised text."""
import re

from playwright.sync_api import expect

from msc.analysis import queries

TEXT = ("Chez Nour, à Derb Sultan, Mme Bennani m'a frappée. Grâce au groupe de parole, j'ai repris confiance. "
        "Maintenant je ne dors plus à la gare routière.")


def test_facilitator_reviews_themes_and_personal_data(page, browser_login, world, make_story, db):
    story = make_story(text=TEXT, approved=False)
    browser_login("facil_mrk", locale="en")
    page.goto(f"/stories/{story.id}")

    mark = page.locator("mark.evidence[data-themes~=violence_physical]").first
    assert mark.inner_text() == "frappée" and mark.is_visible()
    colour = mark.evaluate("m => getComputedStyle(m).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    page.get_by_label(re.compile("Highlight the evidence")).uncheck()  # the static script switches marks off
    assert mark.evaluate("m => getComputedStyle(m).backgroundColor") == "rgba(0, 0, 0, 0)"
    page.get_by_label(re.compile("Highlight the evidence")).check()

    page.get_by_role("button", name=re.compile(r"^Confirm — Physical violence")).click()
    page.wait_for_url(re.compile(rf"/stories/{story.id}#themes$"))
    assert "confirmed" in page.get_by_test_id("theme-violence_physical").inner_text()

    page.get_by_role("link", name="Personal data review").first.click()
    page.wait_for_url(re.compile(r"/privacy$"))
    assert "[Prénom" in page.get_by_test_id("preview").inner_text()
    # "Chez Nour" is the association's drop-in centre here, not a person: unmask it.
    page.get_by_role("button", name="Do not mask — Nour").click()
    page.wait_for_url(re.compile(r"/privacy$"))
    # The analysis missed a place where the storyteller can be found: mask it by hand.
    page.get_by_label("Words to mask").fill("gare routière")
    page.get_by_label("Kind of personal data").select_option("LOC")
    page.get_by_role("button", name="Mask", exact=True).click()
    page.wait_for_url(re.compile(r"/privacy$"))
    preview = page.get_by_test_id("preview").inner_text()
    assert "Chez Nour" in preview and "gare routière" not in preview and "Bennani" not in preview

    page.get_by_role("button", name="Approve every pseudonymised field").click()
    page.wait_for_url(re.compile(r"/privacy$"))
    expect(page.get_by_test_id("approved")).to_be_visible()
    db.session.expire_all()
    assert story.is_ready_for("panel") and story.review_text() == preview
    assert queries.confirmed_theme_keys(story) == ["violence_physical"]
