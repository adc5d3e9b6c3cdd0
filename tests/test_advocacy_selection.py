"""Notes, exports and the dashboard over real selection rounds: selected stories, reasons per level, funnel,
rounds, outcomes."""
import datetime as dt

import pytest
from conftest_advocacy import all_text, open_docx
from selection_helpers import REASONS, finalise_simple, make_round, story_ids

from msc.advocacy import operations as ops
from msc.advocacy.queries import partition, selected_ids
from msc.auth.reach import all_unit_ids
from msc.selection import queries as selection_queries
from msc.stories import operations as story_ops
from msc.stories.scope import resolve_scope

ADVOCACY = ("evaluation", "panel", "advocacy")


@pytest.fixture
def advocacy_story(make_story):
    return lambda **kw: make_story(**{"consent": ADVOCACY, **kw})


@pytest.fixture
def finalised(world, advocacy_story):
    """A finalised ranking round at MRK over three stories with advocacy consent; returns (round, winner id)."""
    round_ = make_round(world, advocacy_story, stories=3)
    ids = story_ids(round_)
    ranking = [ids[1], ids[0], ids[2]]
    finalise_simple(round_, {world.users["panel_mrk"]: ranking, world.users["panel_nat"]: ranking})
    return round_, ids[1]


def scope_for(world, **kw):
    return resolve_scope(world.programme, all_unit_ids(world.programme), period="2024-S1", **kw)


def test_only_winners_of_finalised_rounds_count_as_selected(world, advocacy_story, finalised):
    round_, winner = finalised
    assert selected_ids(scope_for(world)) == {winner}


def test_an_open_round_selects_nothing(world, advocacy_story):
    make_round(world, advocacy_story, stories=2)
    assert selected_ids(scope_for(world)) == set()


def test_selected_story_still_waits_for_approved_pseudonymisation(world, finalised, db):
    from msc.stories import operations as story_ops
    from msc.stories.models import Story

    _, winner = finalised
    story = db.session.get(Story, winner)
    # The text is corrected after the selection: the approval is void until someone approves again.
    data = story_ops.StoryInput(unit=story.unit, period=story.period, domain=story.domain,
                                interview_date=story.interview_date, title=story.title,
                                text=story.text + " Elle ajoute un détail.",
                                storyteller=story_ops.StorytellerInput(story.storyteller.code))
    story_ops.update_story(story, world.programme, data)
    db.session.commit()
    included, excluded = partition(scope_for(world))
    assert included == []
    reasons = {s.id: why for s, why in excluded}
    assert reasons[winner] == ["pseudonymisation_not_approved"]
    assert all("not_selected" in why for sid, why in reasons.items() if sid != winner)


def test_note_quotes_the_panels_reasons_per_level(world, finalised, db):
    _, winner = finalised  # every story's pseudonymised text was approved after a real analysis (make_story)
    note = ops.generate_note(scope_for(world), language="fr")  # the stories are told in French
    db.session.commit()
    assert note.story_ids == [winner]
    d = open_docx(ops.read_note(note))
    text = all_text(d)
    assert REASONS in text and "Clinique — Clinique de Marrakech" in text
    assert "Tableau 4 : récits candidats et retenus à chaque niveau de sélection" in text
    funnel_table = next(t for t in d.tables if t.rows[0].cells[0].text == "Niveau")
    assert [c.text for c in funnel_table.rows[1].cells] == ["Clinique", "3", "1"]
    rounds_table = next(t for t in d.tables if t.rows[0].cells[0].text == "Unité" and len(t.columns) == 7)
    assert rounds_table.rows[1].cells[2].text == "classement" and rounds_table.rows[1].cells[6].text == "1"
    assert len(d.inline_shapes) >= 3  # funnel, by domain, by unit


def test_funnel_counts_per_level(world, finalised, advocacy_story):
    advocacy_story(domain="health")  # collected, never put before a panel
    funnel = selection_queries.funnel(scope_for(world), "en")
    assert [(f.level, f.collected, f.candidates, f.selected) for f in funnel] == [("Clinic", 4, 3, 1)]
    assert selection_queries.funnel(scope_for(world, domains=["health"]), "en") == []


def test_rounds_for_the_annex(world, finalised):
    (info,) = selection_queries.round_infos(scope_for(world), "fr")
    assert info.unit == "Clinique de Marrakech" and info.method == "ranking"
    assert info.candidates == 3 and info.selected == 1 and info.panel == {"chair": 1, "panelist": 1}


def test_selection_outcomes_in_exports(world, finalised):
    round_, winner = finalised
    outcomes = selection_queries.selection_outcomes(story_ids(round_), "en")
    assert outcomes[winner] == [{"level": "Clinic", "level_rank": 1, "unit": "MRK", "round": round_.id,
                                 "outcome": "selected", "rank": 1}]
    assert {o[0]["outcome"] for sid, o in outcomes.items() if sid != winner} == {"not_selected"}


def test_dashboard_funnel_with_a_period(client, login_as, world, finalised):
    login_as("coord_mrk")
    page = client.get("/dashboard/?period=2024-S1").get_data(as_text=True)
    assert 'data-table="funnel"' in page


def test_withdrawal_after_selection_keeps_the_story_out(world, finalised, db):
    _, winner = finalised
    from msc.stories.models import Story

    assert [s.id for s in partition(scope_for(world))[0]] == [winner]
    story_ops.withdraw_consent(db.session.get(Story, winner), dt.date(2024, 8, 1))
    db.session.commit()
    assert partition(scope_for(world))[0] == []
