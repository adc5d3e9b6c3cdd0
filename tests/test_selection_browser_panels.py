"""Issue 11 in real Chromium: a scoring ballot refused until complete; a Darija story read in French."""
import re

from playwright.sync_api import expect
from selection_helpers import make_round, story_ids

from msc.extensions import db
from msc.selection.models import BallotEntry

DARIJA = "رجعت عندي الثقة فراسي من بعد ما بديت كنمشي للمجموعة ديال النساء كل سيمانة"
FRENCH = "J'ai repris confiance en moi depuis que je vais au groupe de femmes chaque semaine."


def _read_every_story(page, round_id, domain_url):
    links = page.locator("#candidates a")
    for i in range(links.count()):
        page.locator("#candidates a").nth(i).click()
        expect(page.locator("#story-text")).to_be_visible()
        page.goto(domain_url)


def test_a_scoring_ballot_is_refused_until_every_story_has_a_score_or_an_abstention(page, browser_login, world,
                                                                                    make_story):
    titles = ["Reprendre confiance", "Un travail à moi", "Porter plainte"]
    for title in titles:
        make_story(title=title)
    round_ = make_round(world, make_story, method="scoring", stories=0, panel=[world.users["panel_mrk"]])
    a, b, c = story_ids(round_)
    browser_login("panel_mrk", locale="en")
    domain_url = f"/rounds/{round_.id}/domains/{round_.domains[0].domain_id}"
    page.goto(domain_url)
    _read_every_story(page, round_.id, domain_url)
    for title in titles:  # nothing is chosen in advance
        assert page.get_by_label(f"Score for “{title}”").input_value() == ""
    page.get_by_label(f"Score for “{titles[0]}”").select_option("5")
    page.get_by_label(f"Score for “{titles[1]}”").select_option("abstain")
    page.get_by_role("button", name="Save my ballot").click()
    expect(page.locator(".alert-danger").get_by_text("I abstain")).to_be_visible()
    assert page.get_by_label(f"Score for “{titles[0]}”").input_value() == "5"  # what was chosen stays
    assert page.get_by_label(f"Score for “{titles[1]}”").input_value() == "abstain"
    db.session.expire_all()
    assert db.session.query(BallotEntry).count() == 0
    page.get_by_label(f"Score for “{titles[2]}”").select_option("2")
    page.get_by_role("button", name="Save my ballot").click()
    expect(page.get_by_text("Your ballot is saved")).to_be_visible()
    db.session.expire_all()
    assert {e.story_id: e.value for e in db.session.query(BallotEntry)} == {a: 5, b: None, c: 2}


def test_a_darija_story_reaches_a_french_panel_in_its_french_translation(page, browser_login, world, make_story):
    story = make_story(language="ar", title="الثقة", text=DARIJA, translation=FRENCH,
                       significance="Je décide maintenant seule de ma vie et de celle de mes enfants.")
    round_ = make_round(world, make_story, stories=0, panel=[world.users["panel_mrk"]])
    world.users["panel_mrk"].reading_languages = ""  # default: the interface language, French
    db.session.commit()
    browser_login("panel_mrk", locale="fr")
    cand = round_.active_candidates()[0]
    assert cand.story_id == story.id
    page.goto(f"/rounds/{round_.id}/candidates/{cand.id}")
    assert page.locator("#story-text").inner_text().strip() == FRENCH
    assert page.locator("#translated-from").is_visible() and page.locator("#story-language").get_attribute(
        "data-language") == "ar"
    assert "seule de ma vie" in page.locator("#significance").inner_text()
    page.locator("#translated-from a").click()
    page.wait_for_url(re.compile(r"show=original"))
    expect(page.locator("#story-text")).to_have_attribute("lang", "ar")
    assert page.locator("#story-text").inner_text().strip() == DARIJA
    assert page.locator("#story-text").get_attribute("lang") == "ar"


def test_the_new_round_page_offers_only_the_domains_of_the_chosen_period(page, browser_login, world):
    from msc.programmes.domain_periods import set_domain_periods

    s1, s2 = world.period("2024-S1"), world.period("2024-S2")
    health = world.domain("health")
    set_domain_periods(health, None, s1)  # retired after 2024-S1
    db.session.commit()
    browser_login("coord_mrk", locale="en")
    page.goto("/rounds/new")
    health_box = page.locator(f"#domains input[value='{health.id}']")
    page.get_by_label("Period").select_option(str(s1.id))
    expect(health_box).to_be_visible()
    health_box.check()
    page.get_by_label("Period").select_option(str(s2.id))
    expect(health_box).to_be_hidden()
    assert not health_box.is_checked()  # a hidden domain is never sent
    other = page.locator("#domains input[name=domains]").first
    expect(other).to_be_visible()
