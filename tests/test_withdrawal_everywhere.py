"""Withdrawal (or consent narrowed) is honoured at once: round pages, charts, feedback and notes."""
import datetime as dt
import io
import json
from pathlib import Path

import docx
import sqlalchemy as sa
from selection_helpers import finalise_simple, make_round

from msc.advocacy import operations as note_ops
from msc.advocacy.models import NoteExport
from msc.audit import AuditEvent
from msc.auth.reach import all_unit_ids
from msc.selection import queries, tally
from msc.selection.models import Candidate
from msc.stories import operations as ops
from msc.stories.scope import resolve_scope

TITLE, WORD = "Le jardin de Zoubeyda", "arrosoirs"
ADVOCACY = ("evaluation", "panel", "advocacy")


def _finalised_round_with_withdrawn_winner(world, make_story, db):
    story = make_story(title=TITLE, text=f"Avec les {WORD} du quartier, nous avons planté un jardin.")
    for n in range(2):
        make_story(title=f"Autre récit {n}")
    round_ = make_round(world, make_story, stories=0)
    users = [world.users["panel_mrk"], world.users["panel_nat"]]
    others = [c.story_id for c in round_.active_candidates() if c.story_id != story.id]
    finalise_simple(round_, {u: [story.id, *others] for u in users})
    assert queries.results(round_)[0].winners == [story.id]
    ops.withdraw_consent(story, dt.date(2024, 9, 1), user=world.users["coord_mrk"])
    db.session.commit()
    return round_, story


def _narrow(world, story, uses):
    """Save the story again with consent for ``uses`` only."""
    data = ops.StoryInput(unit=story.unit, period=story.period, domain=story.domain,
                          interview_date=story.interview_date, title=story.title, text=story.text,
                          storyteller=ops.StorytellerInput(story.storyteller.code),
                          consent=ops.ConsentInput("given", "oral", story.consent.given_on, list(uses)))
    ops.update_story(story, world.programme, data, user=world.users["facil_mrk"])


def test_round_pages_and_chart_show_story_withdrawn(client, login_as, world, make_story, db):
    round_, story = _finalised_round_with_withdrawn_winner(world, make_story, db)
    cand = db.session.scalar(sa.select(Candidate).where(Candidate.story_id == story.id))
    domain = round_.domains[0].domain_id
    login_as("panel_mrk")  # the chair: results, candidate page, chart, feedback
    for url in (f"/rounds/{round_.id}/results", f"/rounds/{round_.id}/candidates/{cand.id}",
                f"/rounds/{round_.id}/domains/{domain}", f"/rounds/{round_.id}/domains/{domain}/chart.svg",
                f"/rounds/{round_.id}/feedback"):
        response = client.get(url)
        body = response.get_data(as_text=True)
        assert response.status_code == 200, url
        assert TITLE not in body and WORD not in body, url
        assert "story withdrawn" in body or "withdrawn at the storyteller" in body, url
    feedback = client.get(f"/rounds/{round_.id}/feedback.docx?lang=en")
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(feedback.data)).paragraphs)
    assert TITLE not in text
    login_as("coord_mrk")
    body = client.get(f"/rounds/{round_.id}").get_data(as_text=True)
    assert TITLE not in body


def test_results_of_a_finalised_round_still_verify_after_withdrawal(app, world, make_story, db):
    round_, story = _finalised_round_with_withdrawn_winner(world, make_story, db)
    assert queries.compute_hash(round_) == round_.results_hash
    data = json.loads(app.test_cli_runner().invoke(args=["round", "show", str(round_.id), "--json"]).output)
    [domain] = data["domains"]
    outcome = tally.decide("ranking", domain["candidates"], [b["ranking"] for b in domain["ballots"]], 1)
    assert outcome.winners == domain["winners"] == [story.id]
    assert tally.results_hash({k: v for k, v in data.items() if k != "results_hash"}) == data["results_hash"]


def test_narrowing_consent_off_panel_takes_the_story_out_of_open_rounds(world, make_story, db):
    round_ = make_round(world, make_story, stories=2)
    story = round_.active_candidates()[0].story
    _narrow(world, story, ["evaluation"])
    db.session.commit()
    cand = db.session.scalar(sa.select(Candidate).where(Candidate.story_id == story.id))
    assert cand.is_withdrawn and cand.left_at is not None
    assert story.id not in [c.story_id for c in round_.active_candidates()]


def test_narrowing_advocacy_only_keeps_the_rounds_and_flags_the_notes(world, make_story, select_stories, db):
    story = make_story(consent=ADVOCACY)
    select_stories(story)
    note = note_ops.generate_note(resolve_scope(world.programme, all_unit_ids(world.programme), period="2024-S1"))
    db.session.commit()
    _narrow(world, story, ["evaluation", "panel"])
    db.session.commit()
    db.session.expire_all()
    assert note.is_flagged and note.flagged_links[0].consent_withdrawn_at is not None
    assert not db.session.scalar(sa.select(Candidate).where(Candidate.story_id == story.id)).is_withdrawn


def test_flagged_note_is_not_served_and_is_regenerated_without_the_story(client, login_as, world, make_story,
                                                                         select_stories, db, app):
    kept, gone = make_story(consent=ADVOCACY, title="Récit gardé"), make_story(consent=ADVOCACY, title=TITLE)
    select_stories(kept, gone)
    user = login_as("advocacy")
    client.post("/advocacy/new", data={"period": world.period("2024-S1").id, "language": "fr", "action": "generate"})
    old = db.session.scalar(sa.select(NoteExport))
    old_id, old_file = old.id, Path(app.config["EXPORTS_DIR"]) / old.filename
    ops.withdraw_consent(gone, dt.date(2024, 9, 1))
    db.session.commit()
    response = client.get(f"/advocacy/{old_id}/download")
    assert response.status_code == 302 and not response.headers.get("Content-Disposition")
    listing = client.get("/advocacy/").get_data(as_text=True)
    assert f"/advocacy/{old_id}/regenerate" in listing and f"/advocacy/{old_id}/download" not in listing
    assert client.post(f"/advocacy/{old_id}/regenerate").status_code == 302
    db.session.expire_all()
    new = db.session.scalar(sa.select(NoteExport))
    assert new.id != old_id and new.story_ids == [kept.id] and not old_file.exists()
    event = db.session.scalar(sa.select(AuditEvent).where(AuditEvent.action == "advocacy_note_regenerate"))
    assert (event.object_id, event.user_id, event.details["replaces"], event.details["dropped"]) == (
        new.id, user.id, old_id, [gone.id])
    content = client.get(f"/advocacy/{new.id}/download").data
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(content)).paragraphs)
    assert "Récit gardé" in text and TITLE not in text
