"""An in-person round in real Chromium: created, panel added, opened, story pack downloaded, the meeting recorded,
and its winner rising to the national level."""
import io
import re
from datetime import date
from pathlib import Path

from docx import Document
from playwright.sync_api import expect

from msc.extensions import db
from msc.selection import queries
from msc.selection.models import Round

REASONS = ("The room chose this story because the change came from the storyteller herself. "
           "It shows the group giving her the confidence to train for a new job.")


def _login(page, email):
    page.goto("/login")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Mot de passe").or_(page.get_by_label("Password")).first.fill("password-123")
    page.get_by_role("button", name="Se connecter").or_(page.get_by_role("button", name="Sign in")).first.click()
    page.wait_for_url("**/")


def test_in_person_round_recorded_to_promotion(page, world, make_story):
    titles = ["Reprendre confiance", "Un travail à moi", "Porter plainte"]
    stories = [make_story(title=t) for t in titles]
    for user in world.users.values():
        user.locale = "en"
    db.session.commit()

    _login(page, "coord_mrk@test.msc")
    page.goto("/rounds/")
    page.get_by_role("link", name="New in-person round").click()
    page.get_by_label("Unit").select_option(label=str(world.unit("MRK")))
    page.get_by_label("Period").select_option(label="2024-S1")
    page.get_by_label(world.domain("autonomy").labels["en"]).check()
    page.get_by_role("button", name="Create the round").click()
    page.wait_for_url(re.compile(r"/rounds/\d+$"))
    round_url = page.url
    page.get_by_label("Panelist").select_option(label="Panel Mrk <panel_mrk@test.msc>")
    page.get_by_label("Chair of the panel").check()
    page.get_by_role("button", name="Add to the panel").click()
    page.get_by_role("button", name="Open the round").click()
    # Wait for the page the opening redirects to, then for what it shows (no check on the page being left).
    expect(page.get_by_text("The round is open: panelists can read and vote.")).to_be_visible()
    expect(page.get_by_text("in person").first).to_be_visible()
    page.get_by_role("button", name="Sign out").click()

    _login(page, "panel_mrk@test.msc")
    page.goto(round_url)
    with page.expect_download() as info:
        page.get_by_role("link", name="Download the story pack (Word)").click()
    doc = Document(io.BytesIO(Path(info.value.path()).read_bytes()))
    pack = "\n".join(p.text for p in doc.paragraphs)
    assert all(t in pack for t in titles) and "Results sheet" in pack

    page.get_by_role("link", name="Record the meeting").click()
    page.get_by_label("Date of the meeting").fill(date.today().isoformat())
    page.get_by_label("Method used in the room").select_option("show_of_hands")
    page.get_by_label("Name 1").fill("Amina (fictional)")
    page.get_by_label("Role 1").fill("community representative")
    winner = stories[1].id
    row = page.locator(f'tr[data-story="{winner}"]')
    row.locator(f'input[name="votes-{winner}"]').fill("4")
    row.locator(f'input[name="place-{winner}"]').fill("1")
    row.locator(f'textarea[name="reasons-{winner}"]').fill(REASONS)
    page.get_by_label("Dissent voiced in the meeting (optional)").fill("One member preferred another story.")
    page.get_by_role("button", name="Save and finalise the round").click()
    if page.get_by_role("button", name="Keep it as written").count():
        page.get_by_role("button", name="Keep it as written").click()
    page.wait_for_url(re.compile(r"/rounds/\d+/results$"))
    expect(page.get_by_text("The meeting is recorded")).to_be_visible()

    db.session.expire_all()
    round_ = db.session.get(Round, int(round_url.rsplit("/", 1)[1]))
    assert round_.is_finalised and queries.results(round_)[0].winners == [winner]
    page.goto(round_url)
    expect(page.locator(".attendance").get_by_text("Amina (fictional)")).to_be_visible()
    # The winner rises: a national round created now finds it among its candidates.
    page.get_by_role("button", name="Sign out").click()
    _login(page, "coord_nat@test.msc")
    page.goto("/rounds/new")
    page.get_by_label("Unit").select_option(label=str(world.unit("NAT")))
    page.get_by_label("Period").select_option(label="2024-S1")
    page.get_by_label(world.domain("autonomy").labels["en"]).check()
    page.get_by_role("button", name="Create the round").click()
    page.wait_for_url(re.compile(r"/rounds/\d+$"))
    national = db.session.get(Round, int(page.url.rsplit("/", 1)[1]))
    assert [c.story_id for c in national.candidates] == [winner]
