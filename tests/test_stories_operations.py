from datetime import date

import pytest

from msc.audit import AuditEvent
from msc.stories import operations as ops
from msc.stories.models import Story


def _input(world, **kw):
    period = world.period("2024-S1")
    base = dict(unit=world.unit("MRK"), period=period, domain=world.domain("health"),
                interview_date=date(2024, 2, 1), title="Un dépistage", text="J'ai fait mon dépistage VIH.")
    base.update(kw)
    return ops.StoryInput(**base)


def test_create_story_generates_a_storyteller_code(world, db):
    story = ops.create_story(world.programme, _input(world), user=world.users["facil_mrk"])
    assert story.storyteller.code == "MRK-0001"
    assert story.status == "draft"


def test_second_story_gets_next_code(world, db):
    ops.create_story(world.programme, _input(world))
    story = ops.create_story(world.programme, _input(world))
    assert story.storyteller.code == "MRK-0002"


def test_typed_code_reuses_the_storyteller(world, db):
    first = ops.create_story(world.programme, _input(world, storyteller=ops.StorytellerInput("mrk-0042", "25-34")))
    second = ops.create_story(world.programme, _input(world, storyteller=ops.StorytellerInput("MRK-0042")))
    assert first.storyteller is second.storyteller
    assert second.storyteller.age_band == "25-34"


def test_interview_date_must_be_in_the_period(world, db):
    with pytest.raises(ops.StoryError):
        ops.create_story(world.programme, _input(world, interview_date=date(2024, 9, 1)))


def test_submit_requires_consent(world, db):
    story = ops.create_story(world.programme, _input(world))
    with pytest.raises(ops.StoryError):
        ops.submit_story(story)
    assert story.status == "draft"


def test_submit_with_consent(world, db):
    consent = ops.ConsentInput("given", "oral", date(2024, 2, 1), ["evaluation", "panel"])
    story = ops.create_story(world.programme, _input(world, consent=consent))
    ops.submit_story(story)
    assert story.status == "submitted" and story.submitted_at is not None
    assert story.consent_allows("panel") and not story.consent_allows("advocacy")


def test_refused_consent_covers_no_use(world, db):
    with pytest.raises(ops.StoryError):
        ops.create_story(world.programme, _input(world, consent=ops.ConsentInput(
            "refused", "oral", date(2024, 2, 1), ["panel"])))


def test_edit_keeps_history_of_changed_fields(world, db, make_story):
    story = make_story()
    ops.update_story(story, world.programme, _input(world, title="Nouveau titre", text=story.text,
                                                    domain=world.domain("autonomy"),
                                                    storyteller=ops.StorytellerInput(story.storyteller.code)))
    db.session.commit()
    assert story.revisions[-1].changed_fields == ["interview_date", "title"]
    assert story.revisions[-1].previous["title"].startswith("Histoire")


def test_withdrawal_marks_story_and_blocks_edit(world, db, make_story):
    story = make_story(consent=("evaluation", "panel", "advocacy"))
    received = []
    ops.consent_withdrawn.connect(lambda sender, **kw: received.append(sender.id), weak=False)
    ops.withdraw_consent(story, date(2024, 5, 1), "")
    assert story.is_withdrawn and not story.consent_allows("advocacy") and not story.is_ready_for("panel")
    assert received[-1] == story.id
    with pytest.raises(ops.StoryError):
        ops.update_story(story, world.programme, _input(world))


def test_audit_rows_hold_no_story_text(world, db, make_story):
    story = make_story(text="Un texte très personnel avec un détail unique zorglub.")
    rows = db.session.query(AuditEvent).filter_by(object_id=story.id, object_type="stories").all()
    assert {r.action for r in rows} >= {"story_create", "consent_record", "story_submit"}
    assert all("zorglub" not in repr(r.details) for r in rows)


def test_search_text_is_folded(world, db, make_story):
    story = make_story(text="Elle a trouvé une école.")
    assert "ecole" in story.search_text and "trouve" in story.search_text
    assert db.session.get(Story, story.id) is story
