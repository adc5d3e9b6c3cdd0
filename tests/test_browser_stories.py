"""Real Chromium: a facilitator enters a story with consent, submits it, finds it; Arabic is right-to-left."""
import re

from playwright.sync_api import expect

from msc.stories.models import Story


def _label(page, fr, en):
    return page.get_by_label(re.compile(rf"^({fr}|{en})", re.I)).first


def test_facilitator_enters_submits_and_finds_a_story(page, browser_login, world, db):
    browser_login("facil_mrk")
    page.goto("/stories/new")
    page.set_viewport_size({"width": 390, "height": 844})  # a phone
    _label(page, "Date de l.entretien", "Interview date").fill("2024-04-02")
    _label(page, "Période", "Period").select_option(label="2024-S1")
    page.get_by_label(re.compile(r"^(Autonomie|Autonomy)$")).check()
    _label(page, "Titre", "Title").fill("Mon propre salon de coiffure")
    _label(page, "L.histoire", "The story").fill(
        "Après la formation en coiffure, j'ai ouvert un petit salon avec une amie. Je suis fière.")
    _label(page, "Pourquoi", "Why this change").fill("Je décide enfin pour moi-même.")
    page.get_by_label(re.compile(r"^(Donné|Given)$")).check()
    _label(page, "Date du consentement", "Date of consent").fill("2024-04-02")
    page.get_by_label(re.compile(r"^(Évaluation interne|Internal evaluation)")).check()
    page.get_by_label(re.compile(r"^(Lecture pseudonymisée|Pseudonymised review)")).check()
    page.get_by_role("button", name=re.compile(r"(Enregistrer et soumettre|Save and submit)")).click()
    page.wait_for_url(re.compile(r"/stories/\d+$"))
    expect(page.get_by_role("heading", name="Mon propre salon de coiffure")).to_be_visible()

    page.goto("/stories/")
    page.get_by_role("searchbox").fill("COIFFURE fiere")
    page.get_by_role("button", name=re.compile(r"(Filtrer|Filter)")).click()
    page.get_by_role("link", name=re.compile("Mon propre salon de coiffure")).click()
    expect(page.get_by_text("Je décide enfin pour moi-même.")).to_be_visible()
    story = db.session.query(Story).one()
    assert story.status == "submitted" and story.consent.uses == ["evaluation", "panel"]


def test_arabic_interface_is_right_to_left(page, browser_login, world, db):
    user = world.users["facil_aga"]
    user.locale = "ar"
    db.session.commit()
    browser_login("facil_aga")
    page.goto("/stories/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert "bootstrap.rtl.min.css" in page.locator("link[rel=stylesheet]").first.get_attribute("href")
    # The layout mirrors: the brand sits on the right-hand side of the navigation bar.
    brand = page.locator(".navbar-brand").bounding_box()
    width = page.viewport_size["width"]
    assert brand["x"] > width / 2
