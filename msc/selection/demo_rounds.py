"""Demo rounds: the clinics' rounds of 2024-S1 finalised, and the national round of 2024-S1 open.

Registered in the demo's hooks by the selection's init_app; works with whatever demo stories exist.
"""
import random

import sqlalchemy as sa

from ..extensions import db
from ..programmes import queries as pq
from . import decisions, queries
from . import operations as ops
from .models import Round

PERIOD = "2024-S1"
CLINICS = ("MRK", "AGA", "TNG")
IN_PERSON = "AGA"  # this clinic's panel meets around a table
REASONS = ("The panel found this change the deepest of the domain: the storyteller describes a shift she made "
           "herself. It also shows what the support made possible, step by step.")
TIE_REASON = "The panel discussed both stories again. It kept the one whose change lasted longer."


def _panel(users, code):
    return [users[f"panel.{code.lower()}{n}@demo.msc"] for n in (1, 2, 3)]


def _create(programme, unit, period, domains, coordinator, panel):
    round_ = ops.create_round(programme, ops.RoundInput(unit, period, "ranking", domains), user=coordinator)
    for n, member in enumerate(panel):
        ops.add_panelist(round_, member, is_chair=(n == 0), user=coordinator)
    return round_


def _run_clinic(programme, unit, period, users):
    coordinator = users[f"coordination.{unit.code.lower()}@demo.msc"]
    stories = [s for s in unit_stories(unit, period) if s.is_ready_for("panel")]
    domains = list({s.domain_id: s.domain for s in stories}.values())
    if not domains:
        return None
    panel = _panel(users, unit.code)
    if unit.code == IN_PERSON:
        from .demo_in_person import run_in_person

        return run_in_person(programme, unit, period, domains, coordinator, panel, REASONS)
    round_ = _create(programme, unit, period, domains, coordinator, panel)
    ops.open_round(round_, user=coordinator)
    for member in panel:
        for rd in round_.domains:
            order = round_.reading_order(member, rd.domain_id)
            for cand in order:
                ops.mark_read(cand, user=member)
            ranking = [c.story_id for c in order]
            random.Random(f"demo:{round_.id}:{member.id}:{rd.domain_id}").shuffle(ranking)
            ops.cast_ballot(round_, rd.domain_id, ranking, user=member)
    chair = panel[0]
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


def unit_stories(unit, period):
    from ..stories.models import Story

    return db.session.scalars(sa.select(Story).where(Story.unit_id == unit.id, Story.period_id == period.id,
                                                     Story.status == "submitted").order_by(Story.id))


def load_demo_rounds(programme, users) -> None:
    """Create the demo rounds once (nothing happens when the period already has rounds)."""
    period = pq.period_by_code(programme, PERIOD)
    if period is None or db.session.scalar(sa.select(Round.id).where(Round.period_id == period.id).limit(1)):
        return
    finalised = [r for code in CLINICS if (r := _run_clinic(programme, pq.unit_by_code(programme, code), period, users))]
    domains = {}
    for r in finalised:
        for result in queries.results(r):
            domains[result.domain.id] = result.domain
    if not domains:
        return
    nat = pq.unit_by_code(programme, "NAT")
    coordinator = users["coordination.nat@demo.msc"]
    national = _create(programme, nat, period, list(domains.values()), coordinator, _panel(users, "NAT"))
    ops.open_round(national, user=coordinator)
