"""Round pages: the permission matrix (every route × role × own or foreign round) and bad input."""
import pytest
import sqlalchemy as sa
from flask import g
from markupsafe import escape
from selection_helpers import REASONS, finalise_simple, make_round, read_all, story_ids, vote

from msc.audit import AuditEvent
from msc.selection import operations as ops
from msc.selection import queries
from msc.selection.models import Ballot, BallotEntry

ROLES = ["anonymous", "admin", "coord_mrk", "coord_nat", "facil_mrk", "facil_aga", "panel_mrk", "panel_nat",
         "advocacy"]
# Who is who for each round: MRK's round is chaired by panel_mrk, AGA's (a foreign object for MRK people) by panel_nat.
PEOPLE = {
    "MRK": {"chair": {"panel_mrk"}, "managers": {"admin", "coord_mrk", "coord_nat"}, "below": {"facil_mrk"}},
    "AGA": {"chair": {"panel_nat"}, "managers": {"admin", "coord_nat"}, "below": {"facil_aga"}},
}
COORDINATOR_ROLES = {"admin", "coord_mrk", "coord_nat"}

# (name, method, state the round is put in, url, kind)
ROUTES = [
    ("show", "GET", "open", "/rounds/{r}", "view"),
    ("domain", "GET", "open", "/rounds/{r}/domains/{d}", "panel"),
    ("read", "GET", "open", "/rounds/{r}/candidates/{c}", "panel"),
    ("comment", "POST", "open", "/rounds/{r}/candidates/{c}/comment", "panel_post"),
    ("ballot", "POST", "open", "/rounds/{r}/domains/{d}/ballot", "ballot"),
    ("close", "POST", "open", "/rounds/{r}/close", "chair"),
    ("open", "POST", "draft", "/rounds/{r}/open", "manage"),
    ("add_panelist", "POST", "draft", "/rounds/{r}/panel", "manage"),
    ("remove_panelist", "POST", "draft", "/rounds/{r}/panel/{u}/remove", "manage"),
    ("exclude", "POST", "draft", "/rounds/{r}/candidates/{c}/exclude", "manage"),
    ("results", "GET", "closed", "/rounds/{r}/results", "results"),
    ("chart", "GET", "closed", "/rounds/{r}/domains/{d}/chart.svg", "results"),
    ("tie_break", "POST", "closed", "/rounds/{r}/domains/{d}/tie-break", "chair_text"),
    ("runoff", "POST", "closed", "/rounds/{r}/domains/{d}/runoff", "chair"),
    ("consensus", "POST", "closed", "/rounds/{r}/domains/{d}/consensus", "chair"),
    ("reasons", "POST", "closed", "/rounds/{r}/stories/{s}/reasons", "chair_text"),
    ("finalise", "POST", "closed", "/rounds/{r}/finalise", "chair"),
    ("feedback", "GET", "finalised", "/rounds/{r}/feedback", "feedback"),
    ("feedback_docx", "GET", "finalised", "/rounds/{r}/feedback.docx", "feedback"),
]


def expected(kind, role, unit, method):
    if role == "anonymous":
        return 302
    p = PEOPLE[unit]
    ok = 200 if method == "GET" else 302
    viewers = p["managers"] | p["chair"]
    if kind == "view":
        return ok if role in viewers else 404
    if kind in ("panel", "panel_post"):
        return ok if role in p["chair"] else 404
    if kind == "ballot":  # the posted ballot places one story of three: refused, shown again with what was typed
        return 400 if role in p["chair"] else 403
    if kind == "chair_text":  # the posted text is refused (too short): the results come back with it, 400
        return 400 if role in p["chair"] else 403 if role in viewers else 404
    if kind == "chair":
        return ok if role in p["chair"] else 403 if role in viewers else 404
    if kind == "manage":
        return 403 if role not in COORDINATOR_ROLES else ok if role in p["managers"] else 404
    if kind == "results":
        return ok if role in viewers else 404
    if kind == "feedback":
        return ok if role in viewers | p["below"] else 404
    raise AssertionError(kind)


def _round_in(world, make_story, unit, state):
    chair = world.users["panel_mrk" if unit == "MRK" else "panel_nat"]
    round_ = make_round(world, make_story, unit=unit, panel=[chair], open_it=state != "draft")
    if state in ("closed", "finalised"):
        vote(round_, chair, story_ids(round_))
        ops.close_round(round_, user=chair)
    if state == "finalised":
        from msc.selection import decisions

        decisions.record_reasons(round_, queries.results(round_)[0].winners[0], REASONS, user=chair)
        decisions.finalise_round(round_, user=chair)
    from msc.extensions import db

    db.session.commit()
    return round_


@pytest.mark.parametrize("unit", ["MRK", "AGA"])
@pytest.mark.parametrize("name, method, state, url, kind", ROUTES, ids=[r[0] for r in ROUTES])
def test_permission_matrix(app, world, make_story, unit, name, method, state, url, kind):
    round_ = _round_in(world, make_story, unit, state)
    cand = round_.active_candidates()[0]
    path = url.format(r=round_.id, d=cand.domain_id, c=cand.id, s=cand.story_id, u=round_.members[0].user_id)
    data = {"text": "A reason long enough to be recorded.", "user": world.users["panel_nat"].id,
            f"rank-{cand.story_id}": "1"}
    got = {}
    for role in ROLES:
        g.pop("_login_user", None)  # requests share the test's app context, so Flask-Login's cache too
        client = app.test_client()
        if role != "anonymous":
            assert client.post("/login", data={"email": f"{role}@test.msc", "password": "password-123"}).status_code == 302
        response = client.open(path, method=method, data=data if method == "POST" else None)
        got[role] = response.status_code
    assert got == {role: expected(kind, role, unit, method) for role in ROLES}


@pytest.mark.parametrize("role, code", [("admin", 200), ("coord_mrk", 200), ("panel_mrk", 200), ("facil_mrk", 200),
                                        ("advocacy", 200), ("panel_nat", 200), ("facil_aga", 200)])
def test_index_for_every_role(client, login_as, role, code):
    login_as(role)
    assert client.get("/rounds/").status_code == code


@pytest.mark.parametrize("role, code", [("coord_mrk", 200), ("admin", 200), ("panel_mrk", 403), ("facil_mrk", 403),
                                        ("advocacy", 403)])
def test_new_round_page_for_coordinators_only(client, login_as, role, code):
    login_as(role)
    assert client.get("/rounds/new").status_code == code


def test_coordinator_creates_a_round_from_the_form(client, login_as, world, make_story, db):
    story = make_story()
    login_as("coord_mrk")
    response = client.post("/rounds/new", data={
        "unit": world.unit("MRK").id, "period": world.period("2024-S1").id, "method": "ranking",
        "domains": [world.domain("autonomy").id], "winners_per_domain": 1})
    assert response.status_code == 302
    round_ = db.session.scalar(sa.select(ops.Round))
    assert story_ids(round_) == [story.id]


def _open_round(world, make_story):
    round_ = make_round(world, make_story, panel=[world.users["panel_mrk"], world.users["panel_nat"]])
    read_all(round_, world.users["panel_mrk"])
    from msc.extensions import db

    db.session.commit()
    return round_


def _refusals(db):
    return db.session.scalar(sa.select(sa.func.count(AuditEvent.id)).where(AuditEvent.action == "ballot_refused"))


@pytest.mark.parametrize("bad", ["outside", "duplicate_ranks", "missing", "not_a_number", "forged_field", "empty"])
def test_bad_ranking_form_is_refused_whole_with_an_audit_row(client, login_as, world, make_story, db, bad):
    round_ = _open_round(world, make_story)
    a, b, c = story_ids(round_)
    other = make_story(domain="health")
    form = {
        "outside": {f"rank-{a}": 1, f"rank-{b}": 2, f"rank-{other.id}": 3},
        "duplicate_ranks": {f"rank-{a}": 1, f"rank-{b}": 1, f"rank-{c}": 2},
        "missing": {f"rank-{a}": 1, f"rank-{b}": 2},
        "not_a_number": {f"rank-{a}": "1", f"rank-{b}": "2", f"rank-{c}": "x"},
        "forged_field": {f"rank-{a}": 1, f"rank-{b}": 2, f"rank-{c}": 3, "rank-1 OR 1=1": 4},
        "empty": {},
    }[bad]
    login_as("panel_mrk")
    response = client.post(f"/rounds/{round_.id}/domains/{round_.domains[0].domain_id}/ballot", data=form,
                           follow_redirects=True)
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "alert-danger" in page
    if bad == "missing":  # what was typed is shown again
        assert f'name="rank-{a}" id="rank-{a}" value="1"' in page and f'name="rank-{b}" id="rank-{b}" value="2"' in page
    assert db.session.scalar(sa.select(sa.func.count(BallotEntry.id))) == 0
    assert _refusals(db) == 1


@pytest.mark.parametrize("scores", [{0: 6}, {0: 0}, {0: "3.5"}])
def test_scores_out_of_range_refused(client, login_as, world, make_story, db, scores):
    round_ = make_round(world, make_story, method="scoring", panel=[world.users["panel_mrk"]])
    read_all(round_, world.users["panel_mrk"])
    db.session.commit()
    ids = story_ids(round_)
    form = {f"score-{s}": 3 for s in ids} | {f"score-{ids[i]}": v for i, v in scores.items()}
    login_as("panel_mrk")
    response = client.post(f"/rounds/{round_.id}/domains/{ids and round_.domains[0].domain_id}/ballot", data=form,
                           follow_redirects=True)
    assert "alert-danger" in response.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count(Ballot.id))) == 0 and _refusals(db) == 1


def test_vote_after_close_refused_with_audit(client, login_as, world, make_story, db):
    round_ = _open_round(world, make_story)
    a, b, c = story_ids(round_)
    ops.close_round(round_, user=world.users["panel_mrk"])
    db.session.commit()
    login_as("panel_mrk")
    response = client.post(f"/rounds/{round_.id}/domains/{round_.domains[0].domain_id}/ballot",
                           data={f"rank-{a}": 1, f"rank-{b}": 2, f"rank-{c}": 3}, follow_redirects=True)
    assert "no ballot is accepted" in response.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count(Ballot.id))) == 0 and _refusals(db) == 1


def test_vote_by_non_panelist_refused_with_audit(client, login_as, world, make_story, db):
    round_ = _open_round(world, make_story)
    a, b, c = story_ids(round_)
    login_as("coord_mrk")
    response = client.post(f"/rounds/{round_.id}/domains/{round_.domains[0].domain_id}/ballot",
                           data={f"rank-{a}": 1, f"rank-{b}": 2, f"rank-{c}": 3})
    assert response.status_code == 403
    assert db.session.scalar(sa.select(sa.func.count(Ballot.id))) == 0 and _refusals(db) == 1


def test_good_ballot_saved_and_progress_shows_who_not_how(client, login_as, world, make_story, db):
    round_ = _open_round(world, make_story)
    a, b, c = story_ids(round_)
    login_as("panel_mrk")
    response = client.post(f"/rounds/{round_.id}/domains/{round_.domains[0].domain_id}/ballot",
                           data={f"rank-{c}": 1, f"rank-{a}": 2, f"rank-{b}": 3}, follow_redirects=True)
    assert "Your ballot is saved" in response.get_data(as_text=True)
    assert queries.results(round_)[0].ballots == [{"panelist": world.users["panel_mrk"].id, "ranking": [c, a, b]}]
    page = client.get(f"/rounds/{round_.id}").get_data(as_text=True)
    assert "voted" in page and "not yet" in page


def test_reading_a_candidate_marks_it_read_and_hides_the_facilitator(client, login_as, world, make_story, db):
    round_ = make_round(world, make_story, panel=[world.users["panel_nat"]])
    cand = round_.active_candidates()[0]
    login_as("panel_nat")
    page = client.get(f"/rounds/{round_.id}/candidates/{cand.id}").get_data(as_text=True)
    assert str(escape(cand.story.review_text())) in page and world.users["facil_mrk"].name not in page
    assert queries.read_ids(round_, world.users["panel_nat"]) == {cand.id}


def test_chart_is_svg_and_story_page_shows_the_journey(client, login_as, world, make_story, db):
    round_ = make_round(world, make_story, panel=[world.users["panel_mrk"]])
    ids = story_ids(round_)
    finalise_simple(round_, {world.users["panel_mrk"]: ids})
    login_as("coord_mrk")
    svg = client.get(f"/rounds/{round_.id}/domains/{round_.domains[0].domain_id}/chart.svg")
    assert svg.mimetype == "image/svg+xml" and b"<script" not in svg.data
    client.post("/logout")
    login_as("facil_mrk")
    winner = client.get(f"/stories/{ids[0]}").get_data(as_text=True)
    assert "selection-journey" in winner and REASONS in winner
    assert "considered, not selected" in client.get(f"/stories/{ids[1]}").get_data(as_text=True)
