"""A 3-panelist ranking round in real Chromium, from creation to finalised winner and the Word feedback note."""
import io
import re
from pathlib import Path

from docx import Document
from playwright.sync_api import expect

from msc.auth import operations as auth_ops
from msc.extensions import db

REASONS = ("The panel chose this story because the change came from the storyteller herself. "
           "It shows the group giving her the confidence to train for a new job.")


def _login(page, email):
    page.goto("/login")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Mot de passe").or_(page.get_by_label("Password")).first.fill("password-123")
    page.get_by_role("button", name="Se connecter").or_(page.get_by_role("button", name="Sign in")).first.click()
    page.wait_for_url("**/")


def _logout(page):
    page.get_by_role("button", name="Sign out").click()


def test_ranking_round_from_creation_to_feedback_note(page, world, make_story):
    titles = ["Reprendre confiance", "Un travail à moi", "Porter plainte"]
    for title in titles:
        make_story(title=title)
    third = auth_ops.create_user("panel_three@test.msc", "Panel Three", password="password-123")
    auth_ops.assign_role(third, "panelist", world.unit("MRK"))
    for user in (*world.users.values(), third):
        user.locale = "en"  # the scenario reads the English interface
    db.session.commit()

    _login(page, "coord_mrk@test.msc")
    page.goto("/rounds/new")
    page.get_by_label("Unit").select_option(label=str(world.unit("MRK")))
    page.get_by_label("Period").select_option(label="2024-S1")
    page.get_by_label("Method").select_option("ranking")
    page.get_by_label(world.domain("autonomy").labels["en"]).check()
    page.get_by_role("button", name="Create the round").click()
    page.wait_for_url(re.compile(r"/rounds/\d+$"))
    round_url = page.url
    for name, chair in (("Panel Mrk", True), ("Panel Nat", False), ("Panel Three", False)):
        page.get_by_label("Panelist").select_option(label=f"{name} <{name.lower().replace(' ', '_')}@test.msc>")
        if chair:
            page.get_by_label("Chair of the panel").check()
        page.get_by_role("button", name="Add to the panel").click()
    page.get_by_role("button", name="Open the round").click()
    expect(page.get_by_text("The round is open")).to_be_visible()
    _logout(page)

    for email in ("panel_mrk@test.msc", "panel_nat@test.msc", "panel_three@test.msc"):
        _login(page, email)
        page.goto(round_url)
        page.get_by_role("link", name=world.domain("autonomy").labels["en"]).click()
        domain_url = page.url
        assert page.get_by_role("button", name="Save my ballot").is_disabled()
        for title in titles:
            page.get_by_role("link", name=title).click()
            expect(page.locator("#story-text")).to_be_visible()
            page.goto(domain_url)
        for place, title in enumerate(titles, 1):
            page.get_by_label(f"Place of “{title}”").fill(str(place))
        page.get_by_role("button", name="Save my ballot").click()
        expect(page.get_by_text("Your ballot is saved")).to_be_visible()
        _logout(page)

    _login(page, "panel_mrk@test.msc")
    page.goto(round_url)
    assert page.locator("#progress").get_by_text("not yet").count() == 0
    page.get_by_role("button", name="Close the round").click()
    page.wait_for_url("**/results")
    assert page.locator("table.tally tbody tr").first.inner_text().startswith(titles[0])
    page.get_by_label(f"Reasons for selecting “{titles[0]}”").fill("Too short.")
    page.get_by_role("button", name="Save the reasons").click()
    expect(page.get_by_text("at least 80 characters").first).to_be_visible()
    assert page.get_by_label(f"Reasons for selecting “{titles[0]}”").input_value() == "Too short."  # kept as typed
    page.get_by_label(f"Reasons for selecting “{titles[0]}”").fill(REASONS)
    page.get_by_role("button", name="Save the reasons").click()
    page.get_by_role("button", name="Finalise the round").click()
    expect(page.get_by_text("The round is finalised")).to_be_visible()

    page.goto(round_url + "/feedback")
    with page.expect_download() as info:
        page.get_by_role("link", name="Download the feedback note (Word)").click()
    doc = Document(io.BytesIO(Path(info.value.path()).read_bytes()))
    text = "\n".join(p.text for p in doc.paragraphs)
    cells = "\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
    assert titles[0] in text and REASONS in text and titles[1] in text and titles[2] in text
    assert "Panel Mrk" not in text + cells and "Panel Nat" not in text + cells
