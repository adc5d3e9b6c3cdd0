"""Domains belong to periods (MSC step 10, revising the system): a domain starts at a period and may retire at one.

``domains_for_period`` is the one answer to "which domains does this period use" (rounds, notes);
``domain_changes`` says what changed since the previous period (the methodology annex).
"""
from dataclasses import dataclass, field

import sqlalchemy as sa
from flask_babel import lazy_gettext as _
from sqlalchemy.orm import aliased

from .. import audit
from ..extensions import db
from .models import Domain, Period, Programme
from .operations import SetupError


def _used_in(period: Period, _first, _last):
    """The SQL condition: the domain is used in ``period`` (from its first period, up to its last one)."""
    return sa.and_(
        sa.or_(Domain.first_period_id.is_(None), _first.starts_on <= period.starts_on),
        sa.or_(Domain.last_period_id.is_(None), _last.starts_on >= period.starts_on),
        # A domain retired without a last period (set up before periods were given) is retired everywhere.
        sa.or_(Domain.is_retired.is_(False), Domain.last_period_id.is_not(None)))


def _domains_query(programme_id: int, period: Period):
    _first, _last = aliased(Period), aliased(Period)
    return (sa.select(Domain)
            .outerjoin(_first, _first.id == Domain.first_period_id).outerjoin(_last, _last.id == Domain.last_period_id)
            .where(Domain.programme_id == programme_id, _used_in(period, _first, _last)).order_by(Domain.position, Domain.id))


def domains_for_period(programme: Programme, period: Period | None) -> list[Domain]:
    """The domains a period's rounds and notes use (every domain not retired when no period is given)."""
    if period is None:
        return list(db.session.scalars(sa.select(Domain).where(Domain.programme_id == programme.id,
                                                               Domain.is_retired.is_(False))
                                       .order_by(Domain.position, Domain.id)))
    return list(db.session.scalars(_domains_query(programme.id, period)))


def domain_ids_by_period(programme: Programme) -> dict[int, list[int]]:
    """Which domains each period of the programme uses, by period id (the round forms offer only those)."""
    periods = db.session.scalars(sa.select(Period).where(Period.programme_id == programme.id))
    return {p.id: [d.id for d in domains_for_period(programme, p)] for p in periods}


def previous_period(period: Period) -> Period | None:
    return db.session.scalar(sa.select(Period).where(Period.programme_id == period.programme_id,
                                                     Period.starts_on < period.starts_on)
                             .order_by(Period.starts_on.desc()).limit(1))


@dataclass
class DomainChanges:
    """What changed in the domains between the previous period and this one."""

    period: Period
    previous: Period | None
    added: list[Domain] = field(default_factory=list)
    retired: list[Domain] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.retired)


def domain_changes(period: Period) -> DomainChanges:
    """Domains added and retired since the previous period (none before the first period)."""
    previous = previous_period(period)
    if previous is None:
        return DomainChanges(period, None)
    now = {d.id: d for d in db.session.scalars(_domains_query(period.programme_id, period))}
    before = {d.id: d for d in db.session.scalars(_domains_query(period.programme_id, previous))}
    return DomainChanges(period, previous, [now[i] for i in now if i not in before],
                         [before[i] for i in before if i not in now])


def set_domain_periods(domain: Domain, first: Period | None, last: Period | None, *, user=None) -> Domain:
    """Say from which period a domain is used, and the last period it is used in (None: open-ended)."""
    for period in (first, last):
        if period is not None and period.programme_id != domain.programme_id:
            raise SetupError(_("Unknown period."))
    if first is not None and last is not None and last.starts_on < first.starts_on:
        raise SetupError(_("The last period cannot come before the first one."))
    domain.first_period_id, domain.last_period_id = getattr(first, "id", None), getattr(last, "id", None)
    db.session.flush()
    audit.record("domain_periods", domain, user=user, first=getattr(first, "code", None),
                 last=getattr(last, "code", None))
    return domain

