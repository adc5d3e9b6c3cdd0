"""Every free-text field analysed, reviewed and approved as one; approval voided by any change (issue 10, point 1);
texts written about a story are scanned and the writer warned; the programme's pseudonym style (point 8)."""
import pytest
from selection_helpers import REASONS, make_round, vote

from msc.analysis import operations as ops
from msc.analysis import queries
from msc.analysis.models import PiiSpan
from msc.analysis.release import released
from msc.selection import operations as sel_ops

FIELDS = dict(title="Le combat de Fatima Bennani",
              text="Fatima Bennani m'a appelée au 06 12 34 56 78. Grâce au groupe de parole, j'ai repris confiance.",
              significance="Pour Fatima Bennani, écrire à fatima.bennani@example.org était impossible avant.",
              translation="Fatima Bennani called me on 06 12 34 56 78. Thanks to the group I trust myself again.")


@pytest.fixture
def story(make_story):
    return make_story(approved=False, **FIELDS)


def _review(client, story):
    return client.get(f"/analysis/stories/{story.id}/privacy").get_data(as_text=True)


def test_every_field_is_analysed_and_shown_with_its_detections(client, login_as, story):
    by_field = {f: [s.fragment for s in queries.active_spans(story, f)] for f in FIELDS}
    assert all(by_field[f] for f in FIELDS), by_field  # something found in each field, offsets into that field
    for span in queries.spans(story):
        assert getattr(story, span.field)[span.start_offset:span.end_offset] == span.fragment
    preview = queries.preview_fields(story)
    assert "06 12 34 56 78" not in preview["text"] and "fatima.bennani@example.org" not in preview["significance"]
    login_as("facil_mrk")
    page = _review(client, story)
    for name in FIELDS:
        assert f'data-testid="field-{name}"' in page
    assert page.count('class="pii"') >= 4


def test_a_word_is_masked_in_every_field_or_in_one(client, login_as, story, db):
    login_as("facil_mrk")
    client.post(f"/analysis/stories/{story.id}/privacy/add", data={"fragment": "groupe", "label": "LOC",
                                                                    "field": "text"})
    assert [s.field for s in queries.active_spans(story) if s.fragment == "groupe"] == ["text"]
    client.post(f"/analysis/stories/{story.id}/privacy/add", data={"fragment": "combat", "label": "LOC",
                                                                    "field": ""})
    assert [s.field for s in queries.active_spans(story) if s.fragment == "combat"] == ["title"]
    assert "combat" not in queries.preview_fields(story)["title"]
    response = client.post(f"/analysis/stories/{story.id}/privacy/add",
                           data={"fragment": "combat", "label": "LOC", "field": "nowhere"}, follow_redirects=True)
    assert response.status_code == 200 and "Write the words to mask" in response.get_data(as_text=True)


def test_approval_covers_every_field_and_one_person_gets_one_pseudonym(client, login_as, story, db):
    login_as("facil_mrk")
    client.post(f"/analysis/stories/{story.id}/privacy/approve", data={"seen": queries.preview_hash(story)})
    db.session.expire_all()
    approval = story.pseudonym_approval
    assert queries.is_approved(story)
    fields = approval.fields()
    assert all("Bennani" not in fields[f] for f in FIELDS)
    token = fields["text"].split(" m'a")[0]  # the placeholder the text gives Fatima Bennani
    assert token.startswith("[") and token in fields["title"] and token in fields["significance"]


def test_masking_or_unmasking_after_approval_voids_it(client, login_as, story, db):
    ops.approve_pseudonymisation(story)
    db.session.commit()
    login_as("facil_mrk")
    client.post(f"/analysis/stories/{story.id}/privacy/add", data={"fragment": "confiance", "label": "PER",
                                                                    "field": "translation"})
    client.post(f"/analysis/stories/{story.id}/privacy/add", data={"fragment": "confiance", "label": "PER",
                                                                    "field": "text"})
    db.session.expire_all()
    assert story.pseudonym_approval is None and not story.is_ready_for("panel")
    assert "changed since the last approval" not in _review(client, story)  # voided, not stale
    ops.approve_pseudonymisation(story)
    db.session.commit()
    span = next(s for s in queries.active_spans(story, "title"))
    client.post(f"/analysis/stories/{story.id}/privacy/{span.id}/remove")
    db.session.expire_all()
    assert story.pseudonym_approval is None
    ops.approve_pseudonymisation(story)
    db.session.commit()
    client.post(f"/analysis/stories/{story.id}/privacy/{span.id}/restore")
    db.session.expire_all()
    assert story.pseudonym_approval is None


def test_an_approval_hash_no_longer_matching_the_masks_is_not_an_approval(story, db):
    approval = ops.approve_pseudonymisation(story)
    db.session.commit()
    span = queries.active_spans(story, "significance")[0]
    span.is_removed = True  # as if a mask decision changed without going through the operations
    db.session.commit()
    assert story.pseudonym_approval is approval and not queries.is_approved(story)
    assert released(story, None).text == "" and released(story, None).title == f"Story {story.id}"


def test_editing_the_significance_voids_the_approval(world, story, db):
    from msc.stories import operations as story_ops

    ops.approve_pseudonymisation(story)
    db.session.commit()
    story_ops.update_story(story, world.programme, story_ops.StoryInput(
        unit=story.unit, period=story.period, domain=story.domain, interview_date=story.interview_date,
        title=story.title, text=story.text, significance="Autre chose, sans nom.", translation=story.translation,
        storyteller=story_ops.StorytellerInput(story.storyteller.code)), user=world.users["facil_mrk"])
    db.session.commit()
    db.session.expire_all()
    assert story.significance == "Autre chose, sans nom."
    assert not queries.is_approved(story) and story.pseudonym_approval is None


def test_a_voided_story_leaves_unfinished_rounds_until_approved_again(world, make_story, db):
    round_ = make_round(world, make_story, stories=2)
    story = round_.candidates[0].story
    vote(round_, world.users["panel_mrk"], [c.story_id for c in round_.active_candidates()])
    db.session.add(PiiSpan(story_id=story.id, field="title", start_offset=0, end_offset=8, label="PER",
                           fragment=story.title[:8], source="manual"))
    db.session.flush()
    ops.void_stale_approval(story)
    db.session.commit()
    cand = next(c for c in round_.candidates if c.story_id == story.id)
    assert cand.left_at is not None and story.id not in [c.story_id for c in round_.active_candidates()]
    from msc.selection.models import Ballot, BallotEntry

    entries = db.session.scalars(db.select(BallotEntry).join(Ballot).where(Ballot.round_id == round_.id)).all()
    assert entries and story.id not in {e.story_id for e in entries}  # its votes went with it
    ops.approve_pseudonymisation(story)
    db.session.commit()
    assert cand.left_at is None and story.id in [c.story_id for c in round_.active_candidates()]


def test_a_finalised_round_keeps_its_candidate_when_the_approval_is_voided(world, make_story, db):
    from selection_helpers import finalise_simple

    round_ = make_round(world, make_story, stories=2, panel=[world.users["panel_mrk"]])
    finalise_simple(round_, {world.users["panel_mrk"]: [c.story_id for c in round_.active_candidates()]})
    story = round_.candidates[0].story
    ops.add_pii_text(story, story.title.split()[0], "PER")
    db.session.commit()
    assert not queries.is_approved(story) and all(c.left_at is None for c in round_.candidates)


# -- texts written about a story ------------------------------------------------------------------

def _closed_round(world, make_story, db):
    round_ = make_round(world, make_story, stories=2, panel=[world.users["panel_mrk"]])
    vote(round_, world.users["panel_mrk"], [c.story_id for c in round_.active_candidates()])
    sel_ops.close_round(round_, user=world.users["panel_mrk"])
    db.session.commit()
    return round_


def test_the_chair_is_warned_of_personal_data_in_reasons_before_they_are_kept(client, login_as, world, make_story,
                                                                              db):
    from msc.selection import queries as sq

    round_ = _closed_round(world, make_story, db)
    winner = sq.results(round_)[0].winners[0]
    login_as("panel_mrk")
    raw = REASONS + " Mme Khadija Alaoui nous a appelés au 06 98 76 54 32."
    page = client.post(f"/rounds/{round_.id}/stories/{winner}/reasons", data={"text": raw})
    body = page.get_data(as_text=True)
    assert page.status_code == 200 and 'data-testid="pii-warning"' in body and "06 98 76 54 32" in body
    assert sq.reasons_for(round_).get(winner, "") == ""  # not kept
    client.post(f"/rounds/{round_.id}/stories/{winner}/reasons", data={"text": REASONS})  # edited: saved
    assert sq.reasons_for(round_)[winner] == REASONS
    client.post(f"/rounds/{round_.id}/stories/{winner}/reasons", data={"text": raw, "pii_confirmed": "1"})
    assert sq.reasons_for(round_)[winner] == raw  # kept as written, the chair chose to


def test_a_panelist_is_warned_before_a_comment_with_a_phone_is_kept(client, login_as, world, make_story, db):
    from msc.selection import queries as sq

    round_ = make_round(world, make_story, stories=1)
    cand = round_.candidates[0]
    login_as("panel_mrk")
    url = f"/rounds/{round_.id}/candidates/{cand.id}/comment"
    body = client.post(url, data={"text": "Appelez-la au 06 98 76 54 32."}).get_data(as_text=True)
    assert 'data-testid="pii-warning"' in body and "Keep it as written" in body
    user = world.users["panel_mrk"]
    assert sq.user_comment(cand, user) is None
    client.post(url, data={"text": "Une histoire forte."})
    assert sq.user_comment(cand, user).text == "Une histoire forte."


# -- the programme's pseudonym style -----------------------------------------------------------------

def test_the_pseudonym_style_is_a_programme_setting(client, login_as, world, db):
    login_as("admin")
    data = {"name": world.programme.name, "organisation": world.programme.organisation or "",
            "purpose": "", "working_languages": "fr", "pseudonym_style": "readable"}
    assert client.post("/admin/programme/", data=data).status_code == 302
    db.session.expire_all()
    assert world.programme.pseudonym_style == "readable"
    data["pseudonym_style"] = "wild"
    client.post("/admin/programme/", data=data)
    db.session.expire_all()
    assert world.programme.pseudonym_style == "readable"


def test_readable_style_gives_one_changed_first_name_with_an_asterisk_in_every_field(world, story, db):
    world.programme.pseudonym_style = "readable"
    db.session.commit()
    preview = queries.preview_fields(story)
    name = preview["text"].split(" m'a")[0]
    assert name.endswith("*") and "[Prénom" not in preview["text"] and "Fatima" not in name
    assert name in preview["title"] and name in preview["significance"]


def test_verification_notes_and_note_context_are_scanned_before_they_are_kept(client, login_as, world, make_story,
                                                                               db):
    from msc.advocacy.models import NoteExport

    story = make_story()
    login_as("coord_mrk")
    raw = "Vérifié avec Mme Khadija Alaoui au 06 98 76 54 32."
    check = {"method": "call", "verified_on": "2024-05-01", "outcome": "confirmed"}
    body = client.post(f"/followup/stories/{story.id}/verification", data={**check, "note": raw}).get_data(as_text=True)
    db.session.expire_all()
    assert 'data-testid="pii-warning"' in body and not story.is_verified
    client.post(f"/followup/stories/{story.id}/verification",
                data={**check, "note": "Vérifié par téléphone avec la facilitatrice."})
    db.session.expire_all()
    assert story.is_verified and story.verification_notes == "Vérifié par téléphone avec la facilitatrice."
    login_as(None)
    login_as("advocacy")
    data = {"period": world.period("2024-S1").id, "language": "fr", "action": "generate",
            "context": "Contexte rédigé avec Mme Khadija Alaoui (khadija.alaoui@example.org)."}
    body = client.post("/advocacy/new", data=data).get_data(as_text=True)
    assert 'data-testid="pii-warning"' in body and db.session.scalar(db.select(db.func.count(NoteExport.id))) == 0
    assert 'name="action" value="generate"' in body  # the page posts the same note back
    data["pii_confirmed"] = "1"
    assert client.post("/advocacy/new", data=data).status_code == 302
    assert db.session.scalar(db.select(db.func.count(NoteExport.id))) == 1


def test_a_word_masked_after_approval_never_reaches_the_panel_unmasked(client, login_as, world, make_story, db):
    round_ = make_round(world, make_story, stories=2)
    cand = round_.candidates[0]
    story = cand.story
    login_as("facil_mrk")
    client.post(f"/analysis/stories/{story.id}/privacy/add", data={"fragment": "formation", "label": "LOC",
                                                                    "field": ""})
    login_as(None)
    db.session.expire_all()
    assert "formation" in released(story, world.users["facil_mrk"]).text  # its own unit reads it as entered
    assert released(story, world.users["panel_mrk"]).text == ""  # no longer approved: nothing goes out
    login_as("panel_mrk")
    assert client.get(f"/rounds/{round_.id}/candidates/{cand.id}").status_code == 404  # it left the round
    login_as(None)
    login_as("facil_mrk")
    client.post(f"/analysis/stories/{story.id}/privacy/approve", data={"seen": queries.preview_hash(story)})
    login_as(None)
    login_as("panel_mrk")
    page = client.get(f"/rounds/{round_.id}/candidates/{cand.id}").get_data(as_text=True)
    assert "[Lieu" in page and "formation" not in page


def test_changing_the_style_restyles_every_approved_story_and_keeps_its_approval(client, login_as, world, story,
                                                                                  make_story, db):
    from msc.audit import AuditEvent

    ops.approve_pseudonymisation(story)
    unapproved = make_story(approved=False, text="Samira m'a appelée hier.")  # never approved: left alone
    db.session.commit()
    assert "[Prénom" in story.pseudonym_approval.text
    login_as("admin")
    data = {"name": world.programme.name, "organisation": world.programme.organisation or "",
            "purpose": "", "working_languages": "fr", "pseudonym_style": "readable"}
    page = client.get("/admin/programme/").get_data(as_text=True)
    assert 'aria-describedby="pseudonym_style-help"' in page  # the form says the change applies to approved stories
    assert client.post("/admin/programme/", data=data).status_code == 302
    db.session.expire_all()
    approved = story.pseudonym_approval
    assert "[Prénom" not in approved.text and "*" in approved.text and "Fatima" not in approved.text
    assert queries.is_approved(story) and released(story, None).text == approved.text
    assert approved.text == queries.preview_fields(story)["text"]
    assert unapproved.pseudonym_approval is None
    event = db.session.scalars(db.select(AuditEvent).where(AuditEvent.action == "pseudonymisation_restyle")).one()
    assert event.details["stories"] == 1 and event.details["style"] == "readable"
    data["pseudonym_style"] = "brackets"  # and back
    client.post("/admin/programme/", data=data)
    db.session.expire_all()
    assert "[Prénom" in story.pseudonym_approval.text and queries.is_approved(story)
