"""`msc rounds list --json` and `msc round show ID --json`: exact keys, and a recount from the JSON alone."""
import json

from selection_helpers import finalise_simple, make_round, panelists, story_ids

from msc.selection import tally

ROUND_KEYS = {"id", "unit", "level", "period", "method", "status", "winners_per_domain", "max_approvals", "chair",
              "panelists", "domains", "results_hash", "mode"}
DOMAIN_KEYS = {"domain", "candidates", "ballots", "tally", "ties", "winners", "reasons"}


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


def test_round_show_hides_ballots_until_closed(app, world, make_story):
    round_ = make_round(world, make_story)
    from selection_helpers import vote

    vote(round_, world.users["panel_mrk"], story_ids(round_))
    data = json.loads(app.test_cli_runner().invoke(args=["round", "show", str(round_.id), "--json"]).output)
    assert data["domains"][0]["ballots"] == [] and data["results_hash"] is None


def test_round_show_unknown_id(app, world):
    out = app.test_cli_runner().invoke(args=["round", "show", "999", "--json"])
    assert out.exit_code != 0 and "No round 999" in out.output


def test_demo_hook_finalises_clinic_rounds_and_opens_the_national_one(app, world, make_story):
    from msc import demo

    for unit, user in (("MRK", "facil_mrk"), ("AGA", "facil_aga")):
        for domain in ("autonomy", "health"):
            make_story(unit=unit, domain=domain, user=user)
    for email, name, _locale, roles in demo.USERS:  # the demo's panelists and coordinators, without hashing
        if any(r in ("panelist", "coordinator") for r, _ in roles):
            from msc.auth import operations as auth_ops

            user = auth_ops.create_user(email, name)
            for role, code in roles:
                auth_ops.assign_role(user, role, world.unit(code))
    from msc.auth.models import User
    from msc.extensions import db
    from msc.selection.demo_rounds import load_demo_rounds

    users = {u.email: u for u in db.session.scalars(db.select(User))}
    load_demo_rounds(world.programme, users)
    load_demo_rounds(world.programme, users)  # idempotent
    rows = json.loads(app.test_cli_runner().invoke(args=["rounds", "list", "--json"]).output)
    assert [(r["unit"], r["status"]) for r in rows] == [("MRK", "finalised"), ("AGA", "finalised"), ("NAT", "open")]
    aga = json.loads(app.test_cli_runner().invoke(args=["round", "show", str(rows[1]["id"]), "--json"]).output)
    assert aga["mode"] == "in_person" and aga["method"] == "consensus" and len(aga["attendance"]) == 5
    assert {"name": "Khadija (fictional)", "role": "community representative", "user": None} in aga["attendance"]
    assert all(d["winners"] and d["tally"] and d["reasons"] for d in aga["domains"]) and aga["results_hash"]
    national = json.loads(app.test_cli_runner().invoke(args=["round", "show", str(rows[-1]["id"]), "--json"]).output)
    assert sum(len(d["candidates"]) for d in national["domains"]) == 4
