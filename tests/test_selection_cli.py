"""`msc rounds list --json` and `msc round show ID --json`: exact keys, and a recount from the JSON alone."""
import json

import pytest
from selection_helpers import finalise_simple, make_round, panelists, story_ids

from msc.selection import tally

ROUND_KEYS = {"id", "unit", "level", "period", "method", "status", "winners_per_domain", "max_approvals", "chair",
              "panelists", "domains", "results_hash", "mode"}
DOMAIN_KEYS = {"domain", "candidates", "ballots", "tally", "ties", "winners", "reasons", "collectors"}


def test_rounds_list_json(app, world, make_story):
    round_ = make_round(world, make_story, open_it=False)
    out = app.test_cli_runner().invoke(args=["rounds", "list", "--json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output) == [{"id": round_.id, "unit": "MRK", "level": 1, "period": "2024-S1",
                                       "method": "ranking", "status": "draft"}]


def test_round_show_json_recounts_with_tally(app, world, make_story):
    users = panelists(world, 3)
    round_ = make_round(world, make_story, method="approval", max_approvals=2, panel=users, stories=4)
    a, b, c, d = story_ids(round_)
    finalise_simple(round_, {users[0]: [a, b], users[1]: [b], users[2]: [b, c]})
    out = app.test_cli_runner().invoke(args=["round", "show", str(round_.id), "--json"])
    data = json.loads(out.output)
    assert set(data) == ROUND_KEYS and data["status"] == "finalised" and data["chair"] == users[0].id
    assert data["panelists"] == sorted(u.id for u in users) and data["max_approvals"] == 2
    [domain] = data["domains"]
    assert set(domain) == DOMAIN_KEYS and domain["candidates"] == [a, b, c, d]
    ballots = [entry["approved"] for entry in domain["ballots"]]
    outcome = tally.decide("approval", domain["candidates"], ballots, data["winners_per_domain"],
                           max_approvals=data["max_approvals"])
    assert {int(k): v for k, v in domain["tally"].items()} == outcome.tally == {a: 1, b: 3, c: 1, d: 0}
    assert domain["winners"] == outcome.winners == [b] and domain["ties"] == [] and set(domain["reasons"]) == {str(b)}
    payload = dict(data)
    assert tally.results_hash({k: v for k, v in payload.items() if k != "results_hash"}) == data["results_hash"]


def _excluded(domain):
    """Per ballot, the stories its panelist collected (read from the JSON alone)."""
    return [{int(s) for s, who in domain["collectors"].items() if who == b["panelist"]} for b in domain["ballots"]]


def test_schulze_round_with_ties_recounts_from_the_json(app, world, make_story, db):
    """A Schulze round with tied groups (after a collector of every story was taken off the panel); the JSON recounts."""
    from selection_helpers import REASONS, read_all

    from msc.selection import decisions, queries
    from msc.selection import operations as ops

    users = panelists(world, 2)
    collector = world.users["facil_mrk"]  # collects the stories make_story creates; sits on the panel too
    from msc.auth import operations as auth_ops

    auth_ops.assign_role(collector, "panelist", world.unit("MRK"))
    db.session.commit()
    round_ = make_round(world, make_story, method="schulze", panel=[*users, collector], stories=0, open_it=False)
    for _ in range(3):
        make_story(user="facil_mrk")
    from msc.selection.candidates import refresh_candidates

    refresh_candidates(round_)
    # facil_mrk collected every candidate: the round refuses to open and says why
    with pytest.raises(ops.SelectionError, match="collected every story"):
        ops.open_round(round_, user=world.users["coord_mrk"])
    db.session.rollback()
    from msc.selection import draft_ops

    draft_ops.edit_round(round_, draft_ops.RoundEdit(chair=users[0]), user=world.users["coord_mrk"])
    ops.remove_panelist(round_, collector, user=world.users["coord_mrk"])
    ops.open_round(round_, user=world.users["coord_mrk"])
    db.session.commit()
    a, b, c = story_ids(round_)
    for user in users:
        read_all(round_, user)
    d = round_.domains[0].domain_id
    ops.cast_ballot(round_, d, [[a, b], [c]], user=users[0])  # a and b tied first
    ops.cast_ballot(round_, d, [[b], [c], [a]], user=users[1])
    db.session.commit()
    ops.close_round(round_, user=users[0])
    result = queries.results(round_)[0]
    assert result.winners == [b] and result.tally == {a: 0, b: 2, c: 0}  # a and c: one ballot each way, no win
    decisions.record_reasons(round_, b, REASONS, user=users[0])
    decisions.finalise_round(round_, user=users[0])
    db.session.commit()
    data = json.loads(app.test_cli_runner().invoke(args=["round", "show", str(round_.id), "--json"]).output)
    assert data["method"] == "schulze"
    [domain] = data["domains"]
    assert DOMAIN_KEYS <= set(domain) and domain["collectors"] == {str(s): collector.id for s in (a, b, c)}
    assert data["panelists"] == sorted(u.id for u in users)  # the collector left the panel before it opened
    assert [x["ranking"] for x in domain["ballots"]] == [[[a, b], [c]], [[b], [c], [a]]]
    outcome = tally.decide("schulze", domain["candidates"], [x["ranking"] for x in domain["ballots"]],
                           data["winners_per_domain"], excluded=_excluded(domain))
    assert {int(k): v for k, v in domain["tally"].items()} == outcome.tally and domain["winners"] == outcome.winners
    count = tally.count_schulze(domain["candidates"], [x["ranking"] for x in domain["ballots"]])
    assert domain["pairwise"] == {str(x): {str(y): n for y, n in row.items()} for x, row in count.pairwise.items()}
    assert domain["pairwise"][str(b)][str(a)] == 1 and domain["pairwise"][str(a)][str(b)] == 0  # the tie counts no win
    assert tally.results_hash({k: v for k, v in data.items() if k != "results_hash"}) == data["results_hash"]


def test_conflicted_panelist_votes_without_their_story_and_borda_recounts(app, world, make_story, db):
    """A panelist who collected one candidate ranks the others; the collector map lets anyone recount it."""
    from selection_helpers import read_all, vote

    from msc.auth import operations as auth_ops
    from msc.selection import operations as ops

    collector = world.users["facil_mrk"]
    auth_ops.assign_role(collector, "panelist", world.unit("MRK"))
    db.session.commit()
    users = panelists(world, 2)
    round_ = make_round(world, make_story, panel=[*users, collector], stories=0, open_it=False)
    mine = make_story(user="facil_mrk")
    others = [make_story(user="admin") for _ in range(2)]
    from msc.selection.candidates import refresh_candidates

    refresh_candidates(round_)
    ops.open_round(round_, user=world.users["coord_mrk"])
    db.session.commit()
    x, y = (s.id for s in others)
    read_all(round_, collector)
    with pytest.raises(ops.SelectionError, match="You collected this story"):  # their own story is not theirs to rank
        ops.cast_ballot(round_, round_.domains[0].domain_id, [mine.id, x, y], user=collector)
    db.session.rollback()
    vote(round_, collector, [y, x])
    vote(round_, users[0], [mine.id, x, y])
    vote(round_, users[1], [x, mine.id, y])
    finalise_simple(round_, {})
    data = json.loads(app.test_cli_runner().invoke(args=["round", "show", str(round_.id), "--json"]).output)
    [domain] = data["domains"]
    assert domain["collectors"][str(mine.id)] == collector.id
    mine_ballot = next(b for b in domain["ballots"] if b["panelist"] == collector.id)
    assert mine.id not in mine_ballot["ranking"]
    outcome = tally.decide("ranking", domain["candidates"], [b["ranking"] for b in domain["ballots"]],
                           excluded=_excluded(domain))
    assert {int(k): v for k, v in domain["tally"].items()} == outcome.tally
    assert outcome.tally == {mine.id: 2 + 1 + 1.5, x: 1 + 2 + 1, y: 2 + 0 + 0}  # 1.5: the mean of 2 and 1
    assert tally.results_hash({k: v for k, v in data.items() if k != "results_hash"}) == data["results_hash"]


def test_round_show_hides_ballots_until_closed(app, world, make_story):
    round_ = make_round(world, make_story)
    from selection_helpers import vote

    vote(round_, world.users["panel_mrk"], story_ids(round_))
    data = json.loads(app.test_cli_runner().invoke(args=["round", "show", str(round_.id), "--json"]).output)
    assert data["domains"][0]["ballots"] == [] and data["results_hash"] is None


def test_round_show_unknown_id(app, world):
    out = app.test_cli_runner().invoke(args=["round", "show", "999", "--json"])
    assert out.exit_code != 0 and "No round 999" in out.output


def test_demo_hook_finalises_a_round_of_every_method_and_opens_a_national_one(app, world, make_story, db):
    from msc import demo
    from msc.auth import operations as auth_ops
    from msc.auth.models import User
    from msc.selection.demo_rounds import load_demo_rounds

    for email, name, _locale, roles in demo.USERS:  # the demo's people, without hashing
        if any(r in ("panelist", "coordinator", "facilitator") for r, _ in roles):
            user = auth_ops.create_user(email, name)
            for role, code in roles:
                auth_ops.assign_role(user, role, world.unit(code))
            world.users[email] = user
    db.session.commit()
    for period in ("2024-S1", "2024-S2"):
        for unit in ("MRK", "AGA", "TNG"):
            for domain in ("autonomy", "health"):
                for _ in range(3):  # a domain with fewer than three candidates is folded
                    make_story(unit=unit, domain=domain, period=period,
                               user=f"facilitatrice.{unit.lower()}@demo.msc")
    users = {u.email: u for u in db.session.scalars(db.select(User))}
    load_demo_rounds(world.programme, users)
    load_demo_rounds(world.programme, users)  # idempotent
    rows = json.loads(app.test_cli_runner().invoke(args=["rounds", "list", "--json"]).output)
    assert [(r["unit"], r["period"], r["method"], r["status"]) for r in rows] == [
        ("MRK", "2024-S1", "ranking", "finalised"), ("AGA", "2024-S1", "consensus", "finalised"),
        ("TNG", "2024-S1", "scoring", "finalised"), ("NAT", "2024-S1", "schulze", "finalised"),
        ("FUN", "2024-S1", "consensus", "finalised"), ("MRK", "2024-S2", "schulze", "finalised"),
        ("AGA", "2024-S2", "scoring", "finalised"), ("TNG", "2024-S2", "approval", "finalised"),
        ("NAT", "2024-S2", "ranking", "open")]
    shown = {r["id"]: json.loads(app.test_cli_runner().invoke(args=["round", "show", str(r["id"]), "--json"]).output)
             for r in rows}
    for data in shown.values():
        assert len(data["panelists"]) == 3 and data["chair"] is not None
        assert data["domains"] and all(len(d["candidates"]) >= 3 for d in data["domains"]), data["id"]
        if data["status"] == "finalised":
            assert tally.results_hash({k: v for k, v in data.items() if k != "results_hash"}) == data["results_hash"]
    assert {d["method"] for d in shown.values() if d["status"] == "finalised"} == {
        "approval", "ranking", "scoring", "schulze", "consensus"}
    national = shown[rows[3]["id"]]
    collector = world.users["facilitatrice.mrk@demo.msc"].id
    assert collector in national["panelists"]
    for domain in national["domains"]:
        assert len(domain["candidates"]) >= 3
        own = {int(s) for s, who in domain["collectors"].items() if who == collector}
        assert own  # she collected the Marrakech candidate, and her ballot leaves it out
        ballot = next(b for b in domain["ballots"] if b["panelist"] == collector)
        assert not own & {s for group in ballot["ranking"] for s in group}
        recount = tally.decide("schulze", domain["candidates"], [b["ranking"] for b in domain["ballots"]],
                               excluded=_excluded(domain))
        assert {int(k): v for k, v in recount.tally.items()} == {int(k): v for k, v in domain["tally"].items()}
    assert all(len(d["candidates"]) >= 3 for d in shown[rows[-1]["id"]]["domains"])
    aga = shown[rows[1]["id"]]
    assert aga["mode"] == "in_person" and len(aga["attendance"]) == 5
    assert {"name": "Khadija (fictional)", "role": "community representative", "user": None} in aga["attendance"]
    assert all(d["winners"] and d["tally"] and d["reasons"] for d in aga["domains"]) and aga["results_hash"]
