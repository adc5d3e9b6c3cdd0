"""Issue 11 through the pages: the candidate page (language, translation, themes, lower panels' reasons),
ballots without preset scores, abstentions, typed text kept, draft rounds fixed, conflicts, comments, dissent."""
import re

import sqlalchemy as sa
from selection_helpers import REASONS, finalise_simple, make_round, panelists, read_all, story_ids, vote

from msc.selection import decisions, queries
from msc.selection import operations as ops
from msc.selection.models import Ballot, BallotEntry, Round

DARIJA = "رجعت عندي الثقة فراسي من بعد ما بديت كنمشي للمجموعة ديال النساء كل سيمانة"
FRENCH = "J'ai repris confiance en moi depuis que je vais au groupe de femmes chaque semaine."
WHY = "Parce que je décide maintenant seule de ma vie et de celle de mes enfants."


def _switch(login_as, key):
    login_as(None)  # sign out, then in as someone else
    return login_as(key)


def _reads(world, db, key, languages):
    world.users[key].reading_languages = languages
    db.session.commit()


def _darija_round(world, make_story, db, translation=FRENCH, open_it=True):
    story = make_story(language="ar", title="الثقة", text=DARIJA, significance=WHY, translation=translation)
    round_ = make_round(world, make_story, stories=0, panel=[world.users["panel_mrk"]], open_it=open_it)
    return story, round_


def _story_text(page):
    return re.search(r'id="story-text">(.*?)</div>', page, re.S).group(1)


def test_a_french_reader_gets_the_translation_first_and_the_original_one_click_away(client, login_as, world,
                                                                                   make_story, db):
    from msc.analysis import codebook_ops
    from msc.analysis import operations as analysis_ops

    story, round_ = _darija_round(world, make_story, db)
    theme = next(t for t in codebook_ops.ensure_codebook(world.programme).themes if t.key == "peer_support")
    analysis_ops.decide_theme(story, theme, "added", user=world.users["facil_mrk"])
    db.session.commit()
    _reads(world, db, "panel_mrk", "fr")
    login_as("panel_mrk")
    cand = round_.active_candidates()[0]
    url = f"/rounds/{round_.id}/candidates/{cand.id}"
    page = client.get(url).get_data(as_text=True)
    assert 'id="translated-from"' in page and "translated from Arabic / Darija" in page
    assert "repris confiance" in _story_text(page) and DARIJA not in _story_text(page)
    assert 'data-language="ar"' in page and "seule de ma vie" in page  # the language, and why it is significant
    assert 'id="themes"' in page and (theme.labels.get("en") or theme.key) in page
    assert f'href="{url}?show=original"' in page
    original = client.get(url + "?show=original").get_data(as_text=True)
    assert DARIJA in _story_text(original) and "Read the translation" in original
    _reads(world, db, "panel_mrk", "ar,fr")  # reads Darija: the original comes first
    assert DARIJA in _story_text(client.get(url).get_data(as_text=True))


def test_reading_languages_are_a_preference_defaulting_to_the_interface_language(client, login_as, world, db):
    user = login_as("panel_mrk")
    assert user.reads == ["en"]
    assert client.post("/preferences", data={"locale": "en", "reading_languages": ["fr", "ar"]}).status_code == 302
    db.session.refresh(user)
    assert user.reads == ["fr", "ar"]
    client.post("/preferences", data={"locale": "fr"})
    db.session.refresh(user)
    assert user.reads == ["fr"]


def test_the_coordinator_sees_candidates_the_panel_cannot_read_before_opening(client, login_as, world, make_story,
                                                                             db):
    story, round_ = _darija_round(world, make_story, db, translation="", open_it=False)
    _reads(world, db, "panel_mrk", "fr")
    login_as("coord_mrk")
    page = client.get(f"/rounds/{round_.id}").get_data(as_text=True)
    assert 'id="unreadable"' in page and f'data-story="{story.id}"' in page and "Panel Mrk" in page
    _reads(world, db, "panel_mrk", "fr,ar")
    assert 'id="unreadable"' not in client.get(f"/rounds/{round_.id}").get_data(as_text=True)


def test_a_national_panel_reads_why_the_clinic_panel_chose_the_story(client, login_as, world, make_story, db):
    mrk = make_round(world, make_story)
    ids = story_ids(mrk)
    finalise_simple(mrk, {world.users["panel_mrk"]: ids})
    nat = make_round(world, make_story, unit="NAT", stories=0, panel=[world.users["panel_nat"]])
    login_as("panel_nat")
    cand = nat.active_candidates()[0]
    page = client.get(f"/rounds/{nat.id}/candidates/{cand.id}").get_data(as_text=True)
    assert 'id="lower-reasons"' in page and REASONS in page
    mrk_cand = mrk.active_candidates()[0]
    _switch(login_as, "panel_mrk")
    page = client.get(f"/rounds/{mrk.id}/candidates/{mrk_cand.id}").get_data(as_text=True)
    assert 'id="story-text"' in page and 'id="lower-reasons"' not in page  # level 1: no panel below


# -- ballots -----------------------------------------------------------------------

def test_scoring_ballot_has_no_preset_and_needs_a_score_or_an_abstention(client, login_as, world, make_story, db):
    round_ = make_round(world, make_story, method="scoring", panel=[world.users["panel_mrk"]])
    a, b, c = story_ids(round_)
    read_all(round_, world.users["panel_mrk"])
    db.session.commit()
    login_as("panel_mrk")
    url = f"/rounds/{round_.id}/domains/{round_.domains[0].domain_id}"
    page = client.get(url).get_data(as_text=True)
    assert page.count('value="" selected') == 3  # nothing chosen in advance
    response = client.post(url + "/ballot", data={f"score-{a}": "4", f"score-{b}": "", f"score-{c}": "abstain"})
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "alert-danger" in page and "or choose “I abstain”" in page
    assert re.search(rf'name="score-{a}".*?<option value="4" selected>', page, re.S)  # what was chosen stays
    assert re.search(rf'name="score-{c}".*?<option value="abstain" selected>', page, re.S)
    assert db.session.scalar(sa.select(sa.func.count(Ballot.id))) == 0
    response = client.post(url + "/ballot", data={f"score-{a}": "4", f"score-{b}": "2", f"score-{c}": "abstain"})
    assert response.status_code == 302
    assert {e.story_id: e.value for e in db.session.scalars(sa.select(BallotEntry))} == {a: 4, b: 2, c: None}
    ops.close_round(round_, user=world.users["panel_mrk"])
    db.session.commit()
    assert queries.results(round_)[0].tally == {a: 4.0, b: 2.0, c: 0.0}


def test_ballot_errors_are_translated(client, login_as, world, make_story, db, app):
    from flask_babel import force_locale, refresh
    from flask_babel import gettext as _

    round_ = make_round(world, make_story, method="scoring", panel=[world.users["panel_mrk"]])
    a, b, c = story_ids(round_)
    read_all(round_, world.users["panel_mrk"])
    world.users["panel_mrk"].locale = "fr"
    db.session.commit()
    login_as("panel_mrk")
    refresh()  # the test's app context outlives requests: forget the locale it cached while building the round
    response = client.post(f"/rounds/{round_.id}/domains/{round_.domains[0].domain_id}/ballot",
                           data={f"score-{a}": "4", f"score-{b}": "9", f"score-{c}": "1"})
    with force_locale("fr"):
        expected = _("Give story %(id)s a score from 1 to 5, not %(score)s.", id=b, score=9)
    assert response.status_code == 400 and expected.replace("'", "&#39;") in response.get_data(as_text=True)


def test_an_approval_ballot_may_abstain_explicitly(client, login_as, world, make_story, db):
    round_ = make_round(world, make_story, method="approval", max_approvals=1, panel=[world.users["panel_mrk"]])
    read_all(round_, world.users["panel_mrk"])
    db.session.commit()
    login_as("panel_mrk")
    url = f"/rounds/{round_.id}/domains/{round_.domains[0].domain_id}/ballot"
    assert client.post(url, data={}).status_code == 400  # nothing approved and no abstention: refused
    assert client.post(url, data={"abstain": "1", "approve": [story_ids(round_)[0]]}).status_code == 400
    assert client.post(url, data={"abstain": "1"}).status_code == 302
    ballot = db.session.scalar(sa.select(Ballot))
    assert ballot.is_abstention and ballot.entries == []
    ops.close_round(round_, user=world.users["panel_mrk"])
    db.session.commit()
    assert set(queries.results(round_)[0].tally.values()) == {0}


def test_refused_reasons_come_back_as_typed_and_one_long_sentence_is_accepted(client, login_as, world, make_story,
                                                                            db):
    round_ = make_round(world, make_story, panel=[world.users["panel_mrk"]])
    ids = story_ids(round_)
    vote(round_, world.users["panel_mrk"], ids)
    ops.close_round(round_, user=world.users["panel_mrk"])
    db.session.commit()
    login_as("panel_mrk")
    url = f"/rounds/{round_.id}/stories/{ids[0]}/reasons"
    short = "A change that moved the whole panel."
    response = client.post(url, data={"text": short})
    assert response.status_code == 400 and f">{short}</textarea>" in response.get_data(as_text=True)
    sentence = ("She left the violent home and found a paid job on her own, which the panel saw as the deepest "
                "change.")
    assert len(sentence) >= 80 and sentence.count(".") == 1
    assert client.post(url, data={"text": sentence}).status_code == 302
    assert queries.reasons_for(round_)[ids[0]] == sentence


# -- draft rounds ----------------------------------------------------------------------

def test_a_draft_round_is_fixed_through_its_pages(client, login_as, world, make_story, db):
    story = make_story()
    login_as("coord_mrk")
    data = {"unit": world.unit("MRK").id, "period": world.period("2024-S1").id, "method": "ranking",
            "domains": [world.domain("autonomy").id, world.domain("health").id], "winners_per_domain": 1}
    assert client.post("/rounds/new", data=data).status_code == 302
    round_ = db.session.scalar(sa.select(Round))
    client.post(f"/rounds/{round_.id}/panel", data={"user": world.users["panel_mrk"].id})
    response = client.post(f"/rounds/{round_.id}/open", follow_redirects=True)
    page = response.get_data(as_text=True)
    assert "Choose the chair of the panel." in page and "has no candidate" in page and round_.is_draft
    assert 'id="opening-problems"' in page  # the list of what to fix, on the round's page
    # a second round for the same unit and period is refused
    response = client.post("/rounds/new", data=data, follow_redirects=True)
    assert "already has a round for 2024-S1" in response.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count(Round.id))) == 1
    edit = client.get(f"/rounds/{round_.id}/edit").get_data(as_text=True)
    assert 'name="closes_on"' in edit and 'name="chair"' in edit
    response = client.post(f"/rounds/{round_.id}/edit", data={
        "method": "scoring", "domains": [world.domain("autonomy").id], "winners_per_domain": 1,
        "chair": world.users["panel_mrk"].id, "closes_on": "2099-01-31", "dissent_named": "y"})
    assert response.status_code == 302
    db.session.refresh(round_)
    assert round_.method == "scoring" and [d.domain_id for d in round_.domains] == [world.domain("autonomy").id]
    assert round_.chair.id == world.users["panel_mrk"].id and round_.dissent_named and str(round_.closes_on) == "2099-01-31"
    client.post(f"/rounds/{round_.id}/edit", data={  # the closing date can be taken off again
        "method": "scoring", "domains": [world.domain("autonomy").id], "winners_per_domain": 1,
        "chair": world.users["panel_mrk"].id, "closes_on": "", "dissent_named": "y"})
    db.session.refresh(round_)
    assert round_.closes_on is None and round_.chair.id == world.users["panel_mrk"].id
    assert client.post(f"/rounds/{round_.id}/open").status_code == 302
    db.session.refresh(round_)
    assert round_.is_open and story_ids(round_) == [story.id]
    assert client.get(f"/rounds/{round_.id}/edit").status_code == 200  # shown, but nothing to change once open
    response = client.post(f"/rounds/{round_.id}/edit", data={
        "method": "ranking", "domains": [world.domain("autonomy").id], "winners_per_domain": 1}, follow_redirects=True)
    db.session.refresh(round_)
    assert round_.method == "scoring" and "Only a draft round can be changed." in response.get_data(as_text=True)


def test_a_cancelled_round_appears_nowhere_but_the_round_list_and_can_be_deleted(client, login_as, world, make_story,
                                                                                db):
    round_ = make_round(world, make_story, open_it=False)
    story_id = story_ids(round_)[0]
    login_as("coord_mrk")
    assert "Selection" in client.get(f"/stories/{story_id}").get_data(as_text=True)
    assert client.post(f"/rounds/{round_.id}/cancel").status_code == 302
    db.session.refresh(round_)
    assert round_.is_cancelled
    assert 'id="selection-journey"' not in client.get(f"/stories/{story_id}").get_data(as_text=True)
    assert queries.selection_outcomes([story_id], "en") == {}
    listing = client.get("/rounds/").get_data(as_text=True)
    assert f"/rounds/{round_.id}" in listing and "cancelled" in listing
    again = make_round(world, make_story, stories=0, open_it=False)  # the unit may have a live round again
    assert story_ids(again) == sorted(story_ids(again))
    assert client.post(f"/rounds/{round_.id}/delete").status_code == 302
    assert db.session.get(Round, round_.id) is None


def test_an_open_round_cannot_be_edited_cancelled_or_deleted(client, login_as, world, make_story, db):
    round_ = make_round(world, make_story)
    login_as("coord_mrk")
    for action in ("cancel", "delete"):
        page = client.post(f"/rounds/{round_.id}/{action}", follow_redirects=True).get_data(as_text=True)
        assert "alert-danger" in page
    db.session.refresh(round_)
    assert round_.is_open


def test_draft_status_on_a_story_page_is_translated(client, login_as, world, make_story, db):
    round_ = make_round(world, make_story, open_it=False)
    login_as("coord_mrk")
    page = client.get(f"/stories/{story_ids(round_)[0]}").get_data(as_text=True)
    assert "round draft" not in page and 'badge text-bg-secondary">draft<' in page


# -- conflicts, comments and dissent ----------------------------------------------------

def test_a_panelist_sees_the_story_they_collected_off_their_ballot(client, login_as, world, make_story, db):
    from msc.auth import operations as auth_ops

    auth_ops.assign_role(world.users["facil_mrk"], "panelist", world.unit("MRK"))
    db.session.commit()
    round_ = make_round(world, make_story, stories=0, open_it=False,
                        panel=[world.users["panel_mrk"], world.users["facil_mrk"]])
    mine = make_story(user="facil_mrk", title="Collected by me")
    others = [make_story(user="admin") for _ in range(2)]
    from msc.selection.candidates import refresh_candidates

    refresh_candidates(round_)
    ops.open_round(round_, user=world.users["coord_mrk"])
    db.session.commit()
    login_as("facil_mrk")
    page = client.get(f"/rounds/{round_.id}/domains/{round_.domains[0].domain_id}").get_data(as_text=True)
    assert 'id="conflicts"' in page and f'data-story="{mine.id}"' in page
    assert f'name="rank-{mine.id}"' not in page and all(f'name="rank-{s.id}"' in page for s in others)
    read_all(round_, world.users["facil_mrk"])
    db.session.commit()
    response = client.post(f"/rounds/{round_.id}/domains/{round_.domains[0].domain_id}/ballot",
                           data={f"rank-{others[0].id}": "1", f"rank-{others[1].id}": "2"})
    assert response.status_code == 302
    vote(round_, world.users["panel_mrk"], [mine.id, others[0].id, others[1].id])
    ops.close_round(round_, user=world.users["panel_mrk"])
    db.session.commit()
    result = queries.results(round_)[0]
    assert result.conflicts == {mine.id: [world.users["facil_mrk"].id]}
    _switch(login_as, "panel_mrk")
    assert f'class="small text-secondary conflicts"><li data-story="{mine.id}"' in re.sub(
        r"\s+<li", "<li", client.get(f"/rounds/{round_.id}/results").get_data(as_text=True))


def test_comments_reach_the_chair_during_the_round_and_the_panel_after_it(client, login_as, world, make_story, db):
    users = panelists(world, 1)
    round_ = make_round(world, make_story, panel=[world.users["panel_mrk"], *users])
    cand = round_.active_candidates()[0]
    ops.mark_read(cand, user=users[0])
    ops.save_comment(cand, "The change lasts: she kept the job a year later.", user=users[0])
    db.session.commit()
    from msc.selection import discussion

    assert discussion.comments_for(round_, users[0]) == {}  # a panelist during the round
    login_as("panel_mrk")  # the chair
    page = client.get(f"/rounds/{round_.id}/candidates/{cand.id}").get_data(as_text=True)
    assert 'id="panel-comments"' in page and "kept the job a year later" in page
    ids = story_ids(round_)
    vote(round_, world.users["panel_mrk"], ids)
    vote(round_, users[0], ids)
    ops.close_round(round_, user=world.users["panel_mrk"])
    db.session.commit()
    assert [c.text for c in discussion.comments_for(round_, users[0])[cand.story_id]] == [
        "The change lasts: she kept the job a year later."]
    assert "kept the job a year later" in client.get(f"/rounds/{round_.id}/results").get_data(as_text=True)


def test_dissent_goes_with_the_ballot_to_results_and_feedback_named_or_anonymous(client, login_as, world, make_story,
                                                                                db):
    round_ = make_round(world, make_story, panel=[world.users["panel_mrk"], world.users["panel_nat"]])
    ids = story_ids(round_)
    read_all(round_, world.users["panel_nat"])
    db.session.commit()
    login_as("panel_nat")
    dissent = "I think the third story shows a deeper change; the panel leaned on the first too quickly."
    response = client.post(f"/rounds/{round_.id}/domains/{round_.domains[0].domain_id}/ballot",
                           data={**{f"rank-{s}": str(n) for n, s in enumerate(ids, 1)}, "dissent": dissent})
    assert response.status_code == 302
    finalise_simple(round_, {world.users["panel_mrk"]: ids})
    _switch(login_as, "panel_mrk")
    results = client.get(f"/rounds/{round_.id}/results").get_data(as_text=True)
    assert dissent in results and "A panelist" in results and "Panel Nat</strong>" not in results
    _switch(login_as, "facil_mrk")
    feedback = client.get(f"/rounds/{round_.id}/feedback").get_data(as_text=True)
    assert dissent in feedback and "Panel Nat" not in feedback
    note = _docx_text(client.get(f"/rounds/{round_.id}/feedback.docx").data)
    assert dissent in note and "Panel Nat" not in note
    round_.dissent_named = True
    db.session.commit()
    assert "<strong>Panel Nat</strong>" in client.get(f"/rounds/{round_.id}/feedback").get_data(as_text=True)
    assert f"Panel Nat: {dissent}" in _docx_text(client.get(f"/rounds/{round_.id}/feedback.docx").data)


def _docx_text(data):
    import io

    from docx import Document

    doc = Document(io.BytesIO(data))
    return "\n".join(p.text for p in doc.paragraphs)


def test_schulze_results_show_the_pairwise_matrix_and_strongest_paths(client, login_as, world, make_story, db):
    round_ = make_round(world, make_story, method="schulze", panel=[world.users["panel_mrk"]])
    a, b, c = story_ids(round_)
    read_all(round_, world.users["panel_mrk"])
    db.session.commit()
    login_as("panel_mrk")
    url = f"/rounds/{round_.id}/domains/{round_.domains[0].domain_id}/ballot"
    assert client.post(url, data={f"rank-{a}": "1", f"rank-{b}": "1", f"rank-{c}": "2"}).status_code == 302
    assert queries.user_ballot(round_, world.users["panel_mrk"], round_.domains[0].domain_id) is not None
    ops.close_round(round_, user=world.users["panel_mrk"])
    db.session.commit()
    page = client.get(f"/rounds/{round_.id}/results").get_data(as_text=True)
    assert "table-bordered small pairwise" in page and "table-bordered small paths" in page
    result = queries.results(round_)[0]
    assert result.tally == {a: 1, b: 1, c: 0} and result.ties == [a, b]
    decisions.break_tie(round_, result.domain.id, [a], REASONS, user=world.users["panel_mrk"])


def test_the_feedback_note_is_written_in_the_readers_language_arabic_right_to_left(client, login_as, world,
                                                                                     make_story, db):
    import io

    from docx import Document
    from flask_babel import refresh

    from msc.reports.labels import LABELS

    round_ = make_round(world, make_story, panel=[world.users["panel_mrk"]])
    finalise_simple(round_, {world.users["panel_mrk"]: story_ids(round_)})
    world.users["facil_mrk"].locale = "ar"
    db.session.commit()
    login_as("facil_mrk")
    refresh()
    doc = Document(io.BytesIO(client.get(f"/rounds/{round_.id}/feedback.docx").data))
    texts = [p.text for p in doc.paragraphs]
    assert LABELS["ar"]["feedback_kind"] in texts and LABELS["fr"]["feedback_kind"] not in texts
    assert doc.core_properties.language == "ar-MA"
    title = next(p for p in doc.paragraphs if p.text == LABELS["ar"]["feedback_kind"])
    assert title._p.pPr is not None and title._p.pPr.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}bidi") is not None
