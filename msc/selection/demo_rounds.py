"""Demo rounds: every method finalised, and one national round open for the visitors to vote in.

2024-S1: the clinics' rounds by ranking (MRK), in person around a table (AGA: recorded by its chair, with two
community members without an account) and scoring (TNG); the national office's round by
the Schulze method (six candidates per domain, two from each clinic; its panel includes the Marrakech
facilitator, who collected the Marrakech candidates and so does not vote on them); the funder's round by
consensus. 2024-S2: the clinics' rounds by Schulze (MRK), scoring (AGA) and approval (TNG), and the national
round open (ranking). Every round covers only the domains with at least three candidates (a coordinator folds
the thinner ones); the clinics pass two stories per domain up and the national office three, so the funder's
panel also chooses among three. Registered in the demo's hooks by the selection's init_app; works with whatever
demo stories exist.
"""
import random

import sqlalchemy as sa

from ..extensions import db
from ..programmes import queries as pq
from . import decisions, draft_ops, queries
from . import operations as ops
from .models import Round

PERIOD = "2024-S1"
LATER = "2024-S2"
CLINICS = ("MRK", "AGA", "TNG")
PLAN = {PERIOD: {"MRK": "ranking", "AGA": "in_person", "TNG": "scoring", "NAT": "schulze", "FUN": "consensus"},
        LATER: {"MRK": "schulze", "AGA": "scoring", "TNG": "approval", "NAT": "ranking"}}
MIN_CANDIDATES = 3  # a domain with fewer candidates is folded before the round opens
WINNERS = {"MRK": 2, "AGA": 2, "TNG": 2, "NAT": 3, "FUN": 1}  # stories passed up per domain
COLLECTOR = "facilitatrice.mrk@demo.msc"  # sits on the national panel of 2024-S1: a conflict of interest shown
REASONS = ("The panel found this change the deepest of the domain: the storyteller describes a shift she made "
           "herself. It also shows what the support made possible, step by step.")
TIE_REASON = ("The panel discussed both stories again and kept the one whose change lasted longer, as the "
              "storyteller herself describes it.")
COMMENT = "Le changement dure : elle en parle encore six mois après."
DISSENT = ("Je ne suis pas d'accord : le deuxième récit montre un changement plus profond pour toute la famille, "
           "même s'il est plus discret.")


def _panel(users, code):
    return [users[f"panel.{code.lower()}{n}@demo.msc"] for n in (1, 2, 3)]


def _create(programme, unit, period, domains, coordinator, panel, method="ranking"):
    round_ = ops.create_round(programme, ops.RoundInput(unit, period, method, domains, WINNERS.get(unit.code, 1)),
                              user=coordinator)
    for n, member in enumerate(panel):
        ops.add_panelist(round_, member, is_chair=(n == 0), user=coordinator)
    return round_


def _choice(round_, member, domain_id, rnd):
    """A demo ballot: the member's stories in a shuffled order, shaped for the round's method."""
    own = round_.collected_by(member)
    ids = [c.story_id for c in round_.reading_order(member, domain_id) if c.story_id not in own]
    rnd.shuffle(ids)
    if round_.method == "approval":
        return ids[:1]
    if round_.method == "scoring":
        return {s: rnd.randint(1, 5) for s in ids}
    if round_.method == "schulze":  # the first two tied when there are three or more
        return [ids[:2], *[[s] for s in ids[2:]]] if len(ids) >= 3 else [[s] for s in ids]
    return ids


def _vote(round_, panel):
    for member in panel:
        for rd in round_.domains:
            for cand in round_.reading_order(member, rd.domain_id):
                ops.mark_read(cand, user=member)
            rnd = random.Random(f"demo:{round_.id}:{member.id}:{rd.domain_id}")
            if not [c for c in round_.active_candidates(rd.domain_id) if c.story_id not in round_.collected_by(member)]:
                continue
            dissent = DISSENT if member is panel[-1] and rd is round_.domains[0] else ""
            ops.cast_ballot(round_, rd.domain_id, _choice(round_, member, rd.domain_id, rnd), user=member,
                            dissent=dissent)


def _run(programme, unit, period, users, method, panel, *, finalise=True):
    """Create, open, vote (or decide by consensus), close, decide ties, give reasons and finalise one round."""
    coordinator = users[f"coordination.{unit.code.lower()}@demo.msc"]
    round_ = _create(programme, unit, period, pq.active_domains(programme), coordinator, panel, method)
    with_stories = [rd.domain for rd in round_.domains if len(round_.active_candidates(rd.domain_id)) >= MIN_CANDIDATES]
    if not with_stories:  # a draft that cannot open is deleted, as a coordinator would
        draft_ops.delete_round(round_, user=coordinator)
        return None
    # the domains with too few candidates are taken off the draft before it opens (as a coordinator would)
    draft_ops.edit_round(round_, draft_ops.RoundEdit(domains=with_stories), user=coordinator)
    ops.open_round(round_, user=coordinator)
    first = round_.active_candidates()[0]
    ops.mark_read(first, user=panel[1])
    ops.save_comment(first, COMMENT, user=panel[1])
    if not finalise:
        return round_
    chair = panel[0]
    if method == "consensus":
        for rd in round_.domains:
            decisions.record_consensus(round_, rd.domain_id, [c.story_id for c in round_.reading_order(
                chair, rd.domain_id)][:round_.winners_per_domain], user=chair)
    else:
        _vote(round_, panel)
    ops.close_round(round_, user=chair)
    for result in queries.results(round_):
        if result.pending:
            decisions.break_tie(round_, result.round_domain.domain_id, result.tied_open[:result.pending], TIE_REASON,
                                user=chair)
    for result in queries.results(round_):
        for story_id in result.winners:
            decisions.record_reasons(round_, story_id, REASONS, user=chair)
    decisions.finalise_round(round_, user=chair)
    return round_


def _run_in_person(programme, unit, period, users, panel):
    from .demo_in_person import run_in_person

    coordinator = users[f"coordination.{unit.code.lower()}@demo.msc"]
    ready = [s for s in unit_stories(unit, period) if s.is_ready_for("panel")]
    domains = list({s.domain_id: s.domain for s in ready
                    if sum(r.domain_id == s.domain_id for r in ready) >= MIN_CANDIDATES}.values())
    return run_in_person(programme, unit, period, domains, coordinator, panel, REASONS,
                         WINNERS.get(unit.code, 1)) if domains else None


def unit_stories(unit, period):
    from ..stories.models import Story

    return db.session.scalars(sa.select(Story).where(Story.unit_id == unit.id, Story.period_id == period.id,
                                                     Story.status == "submitted").order_by(Story.id))


def _collector_on_national_panel(programme, users):
    """The Marrakech facilitator also sits on the national panel (she collected the Marrakech candidates)."""
    from ..auth import operations as auth_ops

    collector = users.get(COLLECTOR)
    nat = pq.unit_by_code(programme, "NAT")
    if collector is None:
        return _panel(users, "NAT")
    if not collector.has_role("panelist", nat):
        auth_ops.assign_role(collector, "panelist", nat)
    return [*_panel(users, "NAT")[:2], collector]


def load_demo_rounds(programme, users) -> None:
    """Create the demo rounds once (nothing happens when the period already has rounds)."""
    period = pq.period_by_code(programme, PERIOD)
    if period is None or db.session.scalar(sa.select(Round.id).where(Round.period_id == period.id).limit(1)):
        return
    for code in PLAN:
        p = pq.period_by_code(programme, code)
        if p is None:
            continue
        for unit_code in CLINICS:
            unit, method = pq.unit_by_code(programme, unit_code), PLAN[code][unit_code]
            if method == "in_person":
                _run_in_person(programme, unit, p, users, _panel(users, unit_code))
            else:
                _run(programme, unit, p, users, method, _panel(users, unit_code))
        nat = pq.unit_by_code(programme, "NAT")
        if code == PERIOD:
            _run(programme, nat, p, users, PLAN[code]["NAT"], _collector_on_national_panel(programme, users))
            _run(programme, pq.unit_by_code(programme, "FUN"), p, users, PLAN[code]["FUN"], _panel(users, "FUN"))
        else:
            _run(programme, nat, p, users, PLAN[code]["NAT"], _panel(users, "NAT"), finalise=False)
