"""Shared set-up for the selection tests: extra panelists, a round with candidates, votes."""
from msc.auth import operations as auth_ops
from msc.extensions import db
from msc.selection import decisions
from msc.selection import operations as ops

REASONS = "The panel chose this story for the depth of the change. It shows a person taking back her own decisions."


def panelists(world, n, unit="MRK", prefix="pan"):
    """n new users holding the panelist role at the unit (no password: they never sign in)."""
    users = []
    for i in range(n):
        user = auth_ops.create_user(f"{prefix}{i}@test.msc", f"Panelist {prefix} {i}")
        auth_ops.assign_role(user, "panelist", world.unit(unit))
        users.append(user)
    db.session.commit()
    return users


def make_round(world, make_story, *, method="ranking", unit="MRK", domain="autonomy", stories=3, panel=None,
               chair=None, open_it=True, winners=1, max_approvals=None, period="2024-S1"):
    """A round at the unit over one domain, with `stories` fresh candidates and a panel (first member chairs)."""
    for _ in range(stories):
        make_story(unit=unit, domain=domain, period=period,
                   user="facil_mrk" if unit == "MRK" else "facil_aga" if unit == "AGA" else "admin")
    panel = panel if panel is not None else [world.users["panel_mrk"], world.users["panel_nat"]]
    coordinator = world.users[{"MRK": "coord_mrk", "NAT": "coord_nat"}.get(unit, "admin")]
    round_ = ops.create_round(world.programme, ops.RoundInput(world.unit(unit), world.period(period), method,
                                                              [world.domain(domain)], winners, max_approvals),
                              user=coordinator)
    for _n, member in enumerate(panel):
        ops.add_panelist(round_, member, is_chair=(member is (chair or panel[0])), user=coordinator)
    if open_it:
        ops.open_round(round_, user=coordinator)
    db.session.commit()
    return round_


def story_ids(round_):
    return sorted(c.story_id for c in round_.active_candidates())


def read_all(round_, user):
    for cand in round_.active_candidates():
        ops.mark_read(cand, user=user)


def vote(round_, user, choice, domain_id=None):
    read_all(round_, user)
    ballot = ops.cast_ballot(round_, domain_id or round_.domains[0].domain_id, choice, user=user)
    db.session.commit()
    return ballot


def finalise_simple(round_, rankings):
    """Vote the rankings (user -> list), close, give reasons for every winner, finalise."""
    for user, ranking in rankings.items():
        vote(round_, user, ranking)
    chair = round_.chair
    ops.close_round(round_, user=chair)
    from msc.selection import queries

    for result in queries.results(round_):
        for story_id in result.winners:
            decisions.record_reasons(round_, story_id, REASONS, user=chair)
    decisions.finalise_round(round_, user=chair)
    db.session.commit()
    return round_
