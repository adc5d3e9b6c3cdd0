"""In-person rounds, feedback to storytellers, verification, domains per period and home to-dos: through the
pages and the command line."""
import html
import io
import json
from datetime import date

import pytest
import sqlalchemy as sa
from docx import Document
from flask import g
from selection_helpers import REASONS, make_round, panelists

from msc.extensions import db
from msc.selection.models import Round

REASONS_2 = "The room kept this story for the lasting change it shows. The storyteller now leads a group herself."


@pytest.fixture
def login_as(login_as):
    """Sign in, and forget the user Flask-Login cached in the test's shared app context."""
    def login(key):
        g.pop("_login_user", None)
        login_as(None)
        g.pop("_login_user", None)
        user = login_as(key)
        g.pop("_login_user", None)
        return user
    return login


def _csrf(client, url):
    """The page answers (the tests run without CSRF tokens, as the other page tests)."""
    assert client.get(url).status_code == 200
    return ""


def _in_person_round(world, make_story, login_as, client):
    """coord_mrk creates an in-person round through the page; panel_mrk chairs it; it is opened."""
    for _ in range(3):
        make_story(unit="MRK", domain="autonomy")
    login_as("coord_mrk")
    token = _csrf(client, "/rounds/in-person/new")
    response = client.post("/rounds/in-person/new", data={
        "csrf_token": token, "unit": world.unit("MRK").id, "period": world.period("2024-S1").id,
        "domains": [world.domain("autonomy").id], "winners_per_domain": 1})
    assert response.status_code == 302, response.get_data(as_text=True)[:300]
    round_ = db.session.scalars(sa.select(Round).order_by(Round.id.desc())).first()
    from msc.selection import operations as ops

    ops.add_panelist(round_, world.users["panel_mrk"], is_chair=True, user=world.users["coord_mrk"])
    ops.open_round(round_, user=world.users["coord_mrk"])
    db.session.commit()
    return round_


def test_in_person_round_story_pack_meeting_and_promotion(app, world, make_story, login_as, client):
    round_ = _in_person_round(world, make_story, login_as, client)
    assert round_.mode == "in_person" and round_.method == "consensus"
    # The pack: pseudonymised stories, a vote sheet per domain and a results sheet (read back with python-docx).
    login_as("panel_mrk")
    pack = client.get(f"/rounds/{round_.id}/story-pack.docx")
    assert pack.status_code == 200
    doc = Document(io.BytesIO(pack.data))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Vote sheet" in text and "Results sheet" in text and "significant to the storyteller" in text
    assert len(doc.tables) == 3  # one vote sheet, one results table, one attendee table
    ids = sorted(c.story_id for c in round_.active_candidates())
    # A meeting with a missing place is refused, nothing is kept and the typed text stays.
    url = f"/rounds/{round_.id}/meeting"
    token = _csrf(client, url)
    form = {"csrf_token": token, "met_on": date.today().isoformat(), "method_used": "show_of_hands",
            "attended": [str(world.users["panel_mrk"].id)], "guest_name-0": "Amina (fictional)",
            "guest_role-0": "community representative", "dissent": "One member preferred the second story.",
            f"votes-{ids[0]}": "2", f"votes-{ids[1]}": "5", f"votes-{ids[2]}": "1",
            f"reasons-{ids[1]}": REASONS_2, "pii_confirmed": "1"}
    refused = client.post(url, data=form)
    assert refused.status_code == 200 and "Choose 1 winner(s)" in refused.get_data(as_text=True)
    assert "Amina (fictional)" in refused.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Round, round_.id).status == "open"
    done = client.post(url, data={**form, f"place-{ids[1]}": "1"})
    assert done.status_code == 302, done.get_data(as_text=True)[:500]
    db.session.expire_all()
    round_ = db.session.get(Round, round_.id)
    assert round_.status == "finalised" and round_.results_hash
    data = json.loads(app.test_cli_runner().invoke(args=["round", "show", str(round_.id), "--json"]).output)
    assert data["mode"] == "in_person"
    assert data["attendance"] == [{"name": "Panel Mrk", "role": "panelist", "user": world.users["panel_mrk"].id},
                                  {"name": "Amina (fictional)", "role": "community representative", "user": None}]
    [domain] = data["domains"]
    assert domain["winners"] == [ids[1]] and domain["tally"] == {str(ids[0]): 2, str(ids[1]): 5, str(ids[2]): 1}
    from msc.selection import tally

    assert tally.results_hash({k: v for k, v in data.items() if k != "results_hash"}) == data["results_hash"]
    # The winner rises: a new round at NAT finds it among its candidates.
    from msc.selection import operations as ops

    nat = ops.create_round(world.programme, ops.RoundInput(world.unit("NAT"), world.period("2024-S1"), "ranking",
                                                           [world.domain("autonomy")]), user=world.users["coord_nat"])
    assert [c.story_id for c in nat.candidates] == [ids[1]]
    # The round page shows the attendance and the dissent.
    page = client.get(f"/rounds/{round_.id}").get_data(as_text=True)
    assert "Amina (fictional)" in page and "One member preferred the second story." in page
    results = client.get(f"/rounds/{round_.id}/results").get_data(as_text=True)
    assert 'id="round-followup"' in results and 'data-feedback="pending"' in results
    # The feedback page, read by the units below, gives the meeting's roles and dissent, never names.
    feedback = client.get(f"/rounds/{round_.id}/feedback").get_data(as_text=True)
    assert "community representative" in feedback and "One member preferred the second story." in feedback
    assert "Amina (fictional)" not in feedback and 'id="round-followup"' in feedback


def test_online_round_json_has_mode_and_no_attendance(app, world, make_story):
    round_ = make_round(world, make_story, panel=panelists(world, 1))
    data = json.loads(app.test_cli_runner().invoke(args=["round", "show", str(round_.id), "--json"]).output)
    assert data["mode"] == "online" and "attendance" not in data


def test_feedback_to_storyteller_through_the_page(app, world, make_story, select_stories, login_as, client):
    from msc.followup.queries import feedback_counts, feedback_state, feedback_to_give

    story, other = make_story(unit="MRK"), make_story(unit="MRK", domain="health")
    select_stories(story)
    assert db.session.scalars(feedback_to_give([world.unit("MRK").id])).all() == [story.id]
    login_as("facil_mrk")
    home = client.get("/").get_data(as_text=True)
    assert 'data-todo="feedback" data-count="1"' in home
    assert client.get(f"/followup/stories/{other.id}/feedback").status_code == 404  # not selected
    page = client.get(f"/followup/stories/{story.id}/feedback").get_data(as_text=True)
    assert REASONS in page  # what to tell the storyteller: the panels' reasons
    url = f"/followup/stories/{story.id}/feedback"
    token = _csrf(client, url)
    refused = client.post(url, data={"csrf_token": token, "channel": "phone", "given_on": "2999-01-01"})
    assert refused.status_code == 200 and feedback_state([story.id])[story.id].state == "pending"
    done = client.post(url, data={"csrf_token": token, "channel": "phone", "given_on": "2024-07-02",
                                  "note": "Told her which panels chose the story.", "pii_confirmed": "1"})
    assert done.status_code == 302, done.get_data(as_text=True)[-3000:]
    state = feedback_state([story.id])[story.id]
    assert state.state == "phone" and state.reached and state.given_on == date(2024, 7, 2)
    assert feedback_counts([story.id, other.id]) == {"in_person": 0, "phone": 1, "not_reachable": 0, "declined": 0,
                                                     "pending": 1, "given": 1}
    assert 'data-todo="feedback" data-count="0"' in client.get("/").get_data(as_text=True)
    login_as("facil_aga")
    assert client.get(url).status_code == 404  # another clinic's story


def test_verification_record_through_the_page(app, world, make_story, login_as, client):
    from msc.followup.queries import verification_state

    story = make_story(unit="MRK")
    login_as("coord_mrk")
    url = f"/followup/stories/{story.id}/verification"
    token = _csrf(client, url)
    warned = client.post(url, data={"csrf_token": token, "method": "call", "verified_on": "2024-05-01",
                                    "outcome": "confirmed", "note": "Called Fatima Bennani on 06 12 34 56 78."})
    assert warned.status_code == 200 and 'name="pii_confirmed"' in warned.get_data(as_text=True)
    assert verification_state([story.id]) == {}
    bad = client.post(url, data={"csrf_token": token, "method": "telepathy", "verified_on": "2024-05-01",
                                 "outcome": "confirmed", "verified_by": world.users["coord_mrk"].id})
    assert bad.status_code == 200 and verification_state([story.id]) == {}
    done = client.post(url, data={"csrf_token": token, "method": "visit", "verified_on": "2024-05-01",
                                  "outcome": "partly", "verified_by": world.users["facil_mrk"].id,
                                  "note": "The training exists; the dates differ.", "pii_confirmed": "1"})
    assert done.status_code == 302, done.get_data(as_text=True)[:500]
    state = verification_state([story.id])[story.id]
    assert (state.method, state.outcome, state.verified_by, state.verified_on) == (
        "visit", "partly", "Facil Mrk", date(2024, 5, 1))
    assert "Partly confirmed" in client.get(f"/stories/{story.id}").get_data(as_text=True)
    login_as("facil_mrk")
    assert client.get(url).status_code == 403


def test_domains_belong_to_periods(app, world, make_story, login_as, client):
    from msc.programmes.domain_periods import domain_changes, domains_for_period
    from msc.selection import operations as ops
    from msc.selection.operations import SelectionError

    s1, s2 = world.period("2024-S1"), world.period("2024-S2")
    health = world.domain("health")
    login_as("admin")
    url = f"/admin/programme/domains/{health.id}/periods"
    token = _csrf(client, url)
    assert client.post(url, data={"csrf_token": token, "first_period": s2.id, "last_period": s1.id}).status_code == 200
    assert client.post(url, data={"csrf_token": token, "first_period": 0, "last_period": s1.id}).status_code == 302
    db.session.expire_all()
    assert health in domains_for_period(world.programme, s1) and health not in domains_for_period(world.programme, s2)
    changes = domain_changes(s2)
    assert changes.previous == s1 and changes.retired == [health] and changes.added == []
    make_story(unit="MRK", domain="health", period="2024-S2")
    try:
        ops.create_round(world.programme, ops.RoundInput(world.unit("MRK"), s2, "ranking", [health]),
                         user=world.users["coord_mrk"])
        raise AssertionError("a retired domain was accepted")
    except SelectionError as exc:
        assert "not used in the period" in str(exc)
    db.session.rollback()


def test_home_todos_are_counted_in_a_bounded_number_of_statements(app, world, make_story, login_as, client):
    round_ = make_round(world, make_story, panel=[world.users["panel_mrk"]], open_it=False)
    make_story(unit="MRK", submit=False)
    login_as("coord_mrk")
    home = client.get("/").get_data(as_text=True)
    assert 'data-todo="open" data-count="1"' in home
    from msc.selection import operations as ops

    ops.open_round(round_, user=world.users["coord_mrk"])
    db.session.commit()
    login_as("panel_mrk")
    statements = []
    listener = lambda *a, **k: statements.append(1)  # noqa: E731
    sa.event.listen(db.engine, "before_cursor_execute", listener)
    try:
        home = client.get("/").get_data(as_text=True)
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", listener)
    assert 'data-todo="vote" data-count="1"' in home and 'data-todo="unread" data-count="3"' in home
    assert len(statements) < 15


def test_story_pack_holds_the_pseudonymised_fields_only(app, world, make_story, login_as, client):
    fields = dict(title="Le combat de Fatima Bennani",
                  text="Fatima Bennani m'a appelée au 06 12 34 56 78. Grâce au groupe de parole, j'ai repris confiance.",
                  significance="Pour Fatima Bennani, écrire était impossible avant.",
                  translation="Fatima Bennani called me. Thanks to the group I trust myself again.")
    make_story(unit="MRK", domain="health", **fields)
    make_story(unit="MRK", domain="health")
    from msc.selection import in_person
    from msc.selection import operations as ops

    coordinator = world.users["coord_mrk"]
    round_ = in_person.create_in_person_round(world.programme, ops.RoundInput(
        world.unit("MRK"), world.period("2024-S1"), "consensus", [world.domain("health")]), user=coordinator)
    ops.add_panelist(round_, world.users["panel_mrk"], is_chair=True, user=coordinator)
    assert client.get(f"/rounds/{round_.id}/story-pack.docx").status_code == 302  # not signed in
    ops.open_round(round_, user=coordinator)
    db.session.commit()
    login_as("panel_mrk")
    doc = Document(io.BytesIO(client.get(f"/rounds/{round_.id}/story-pack.docx").data))
    text = "\n".join([p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells])
    assert "Grâce au groupe de parole" in text and "Thanks to the group" in text and "écrire était impossible" in text
    assert "Bennani" not in text and "06 12 34 56 78" not in text


def test_home_todos_of_coordinators_and_advocacy(app, world, make_story, select_stories, login_as, client):
    make_story(unit="MRK", consent=("evaluation",))  # no consent for panels
    make_story(unit="MRK", approved=False)  # pseudonymised text not approved
    ready = make_story(unit="MRK", domain="health")  # ready, no round yet
    login_as("coord_mrk")
    home = client.get("/").get_data(as_text=True)
    assert 'data-todo="not_candidates" data-count="3"' in home
    assert "1 no consent for panels" in home and "1 no round for their unit and period yet" in home
    select_stories(ready)
    login_as("advocacy")
    home = client.get("/").get_data(as_text=True)
    assert 'data-todo="periods" data-count="1"' in home and "2024-S1" in home
    assert 'data-todo="notes" data-count="0"' in home


def test_a_draft_round_offers_the_domains_of_its_period(app, world, make_story, login_as, client):
    import re

    from msc.programmes.domain_periods import set_domain_periods

    s1, s2 = world.period("2024-S1"), world.period("2024-S2")
    health, autonomy = world.domain("health"), world.domain("autonomy")
    set_domain_periods(health, None, s1)  # retired after 2024-S1
    round_ = make_round(world, make_story, panel=[world.users["panel_mrk"]], open_it=False, period="2024-S2")
    db.session.commit()
    assert [rd.domain_id for rd in round_.domains] == [autonomy.id]
    login_as("coord_mrk")
    body = client.get(f"/rounds/{round_.id}/edit").get_data(as_text=True)
    offered = {int(v) for v in re.findall(r'name="domains"[^>]*value="(\d+)"', body)}
    assert autonomy.id in offered and health.id not in offered
    body = client.get("/rounds/new").get_data(as_text=True)  # the new-round page carries each period's domains
    by_period = json.loads(html.unescape(re.search(r'data-domains-by-period="([^"]*)"', body).group(1)))
    assert health.id in by_period[str(s1.id)] and health.id not in by_period[str(s2.id)]
