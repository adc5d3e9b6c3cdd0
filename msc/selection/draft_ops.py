"""Fixing a draft round: edit its settings, cancel or delete it; the one-live-round rule; why it cannot open.

Same habits as operations.py: check, change, flush, audit; never commit.
"""
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from flask_babel import gettext as _g
from flask_babel import lazy_gettext as _

from .. import audit
from ..extensions import db
from ..models_base import utcnow
from .candidates import refresh_candidates
from .models import METHODS, Candidate, Round, RoundDomain
from .rules import require

UNCHANGED = "unchanged"


@dataclass
class RoundEdit:
    """The settings a coordinator may change while the round is a draft (None: unchanged; for the closing date,
    ``UNCHANGED``: unchanged, None: no closing date)."""

    method: str | None = None
    domains: list | None = None
    winners_per_domain: int | None = None
    max_approvals: int | None = None
    closes_on: date | None | str = UNCHANGED
    chair: object | None = None
    dissent_named: bool | None = None


_require = require


def live_round(unit, period, *, other_than: int | None = None) -> Round | None:
    """The unit's main round of the period that is not cancelled, if any (a runoff belongs to its round)."""
    query = sa.select(Round).where(Round.unit_id == unit.id, Round.period_id == period.id,
                                   Round.parent_round_id.is_(None), Round.status != "cancelled")
    if other_than is not None:
        query = query.where(Round.id != other_than)
    return db.session.scalars(query.order_by(Round.id).limit(1)).first()


def check_one_live_round(unit, period) -> None:
    """One live round per unit, period and level: refuse a second one, naming the first."""
    existing = live_round(unit, period)
    _require(existing is None, _("%(unit)s already has a round for %(period)s (round %(id)d): edit or cancel it "
                                 "instead of creating another.", unit=unit.code, period=period.code,
                                 id=existing.id if existing else 0))


def opening_problems(round_: Round) -> list[str]:
    """Everything that keeps a draft round from opening, one sentence each (empty: it may open)."""
    problems = []
    if not round_.domains:
        problems.append(_g("Choose at least one domain."))
    if not round_.members:
        problems.append(_g("Add the panel and choose its chair."))
    elif round_.chair is None:
        problems.append(_g("Choose the chair of the panel."))
    for rd in round_.domains:
        if not round_.active_candidates(rd.domain_id):
            problems.append(_g("The domain %(domain)s has no candidate: remove it from the round (Edit) or wait for "
                               "stories.", domain=rd.domain.label))
    if round_.closes_on is not None and round_.closes_on < date.today():
        problems.append(_g("The closing date %(day)s is past: change it.", day=round_.closes_on.isoformat()))
    for member in round_.members:
        for rd in round_.domains:
            own = round_.collected_by(member.user)
            active = round_.active_candidates(rd.domain_id)
            if round_.uses_ballots and active and all(c.story_id in own for c in active):
                problems.append(_g("%(name)s collected every story of %(domain)s and cannot vote in it: add "
                                   "candidates or change the panel.", name=member.user.name, domain=rd.domain.label))
    return problems


def _draft_manager(round_: Round, user) -> None:
    _require(round_.can_manage(user), _("Only a coordinator of this unit can change the round."))
    _require(round_.is_draft, _("Only a draft round can be changed."))


def edit_round(round_: Round, data: RoundEdit, *, user) -> Round:
    """Change a draft round's method, domains, winners per domain, approvals, closing date, chair or dissent setting."""
    _draft_manager(round_, user)
    if data.method is not None:
        _require(data.method in METHODS, _("Unknown selection method."))
        round_.method = data.method
    if data.winners_per_domain is not None:
        _require(1 <= data.winners_per_domain <= 10, _("Winners per domain must be between 1 and 10."))
        round_.winners_per_domain = data.winners_per_domain
    if round_.method == "approval":
        max_approvals = data.max_approvals or round_.max_approvals or round_.winners_per_domain
        _require(1 <= max_approvals <= 50, _("Approvals per panelist must be at least 1."))
        round_.max_approvals = max_approvals
    else:
        round_.max_approvals = None
    if data.closes_on != UNCHANGED:
        round_.closes_on = data.closes_on
    if data.dissent_named is not None:
        round_.dissent_named = data.dissent_named
    if data.domains is not None:
        _set_domains(round_, data.domains)
    if data.chair is not None:
        member = round_.member(data.chair)
        _require(member is not None, _("The chair must be on the panel."))
        for m in round_.members:
            m.is_chair = m is member
    db.session.flush()
    refresh_candidates(round_)
    audit.record("round_edit", round_, user=user, method=round_.method, domains=[d.domain_id for d in round_.domains])
    return round_


def _set_domains(round_: Round, domains: list) -> None:
    wanted = {d.id: d for d in domains}
    _require(wanted, _("Choose at least one domain."))
    for domain in wanted.values():
        _require(domain.programme_id == round_.programme_id, _("Unknown domain."))
    for rd in list(round_.domains):
        if rd.domain_id not in wanted:
            round_.domains.remove(rd)
            for cand in [c for c in round_.candidates if c.domain_id == rd.domain_id]:
                round_.candidates.remove(cand)
    present = {rd.domain_id for rd in round_.domains}
    for domain_id, domain in wanted.items():
        if domain_id not in present:
            round_.domains.append(RoundDomain(domain=domain))
    db.session.flush()


def cancel_round(round_: Round, *, user) -> Round:
    """Cancel a draft round: it stays in the round list as cancelled and appears nowhere else."""
    _draft_manager(round_, user)
    round_.status, round_.cancelled_at = "cancelled", utcnow()
    db.session.flush()
    audit.record("round_cancel", round_, user=user)
    return round_


def delete_round(round_: Round, *, user) -> None:
    """Delete a draft round (nobody has read or voted in it yet)."""
    _require(round_.can_manage(user), _("Only a coordinator of this unit can change the round."))
    _require(round_.status in ("draft", "cancelled") and round_.opened_at is None,
             _("Only a draft or cancelled round that never opened can be deleted."))
    _require(not db.session.scalar(sa.select(Candidate.id).where(Candidate.source_round_id == round_.id).limit(1)),
             _("Another round refers to this one; cancel it instead."))
    audit.record("round_delete", round_, user=user, unit=round_.unit.code, period=round_.period.code)
    db.session.delete(round_)
    db.session.flush()
