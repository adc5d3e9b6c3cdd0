"""What a report, a note, the dashboard or an export covers: a period, units (with their subtrees), domains."""
from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa

from ..errors import RuleError
from ..extensions import db
from ..programmes.models import Domain, Period, Programme, Unit
from .models import Story


class ScopeError(RuleError):
    """A period, unit or domain that does not exist or lies outside the user's reach."""


@dataclass
class Scope:
    """A period (or all), the units whose stories count (subtrees, within reach), the domains (or all)."""

    programme: Programme
    period: Period | None
    unit_ids: set[int]
    chosen_units: list[Unit] = field(default_factory=list)
    domains: list[Domain] = field(default_factory=list)  # [] = every domain

    @property
    def domain_ids(self) -> list[int]:
        return [d.id for d in self.domains]

    def where(self, query: sa.Select) -> sa.Select:
        """``query`` narrowed to the scope's stories (an erased story is in no scope)."""
        query = query.where(Story.programme_id == self.programme.id, Story.unit_id.in_(self.unit_ids or [-1]),
                            Story.erased_at.is_(None))
        if self.period is not None:
            query = query.where(Story.period_id == self.period.id)
        if self.domains:
            query = query.where(Story.domain_id.in_(self.domain_ids))
        return query

    def every_period(self) -> Scope:
        """The same units and domains over every period (for trends)."""
        return Scope(self.programme, None, self.unit_ids, domains=self.domains)

    def submitted_ids(self) -> sa.Select:
        """Ids of the scope's submitted stories."""
        return self.where(sa.select(Story.id)).where(Story.status == "submitted")


def resolve_scope(programme: Programme, reach: set[int], *, period: Period | int | str | None = None,
                  units=(), domains=()) -> Scope:
    """Check and resolve ids or codes; units outside ``reach`` are refused, chosen units count with their subtree."""
    if period is not None and not isinstance(period, Period):
        period = _period(programme, period)
    chosen = [_unit(programme, u) for u in units]
    if any(u.id not in reach for u in chosen):
        raise ScopeError("unit outside your reach")
    unit_ids = set().union(*(u.subtree_ids() for u in chosen)) & reach if chosen else set(reach)
    chosen_domains = [_domain(programme, d) for d in domains]
    return Scope(programme, period, unit_ids, chosen, list(dict.fromkeys(chosen_domains)))


def _is_id(value) -> bool:
    """Whether ``value`` can be a row id (a 32-bit positive integer; anything larger no database holds)."""
    text = str(value)
    return text.isascii() and text.isdigit() and 0 < int(text) < 2**31


def _find(model, programme: Programme, value, code_column, what: str, normalise=str):
    """An object of the programme given itself, its id (digits) or its code; a ScopeError otherwise."""
    found = value if isinstance(value, model) else None
    if found is None and _is_id(value):
        found = db.session.get(model, int(value))
    if found is None:
        found = db.session.scalar(sa.select(model).where(model.programme_id == programme.id,
                                                         code_column == normalise(value)))
    if found is None or found.programme_id != programme.id:
        raise ScopeError(f"unknown {what}: {value}")
    return found


def _period(programme: Programme, value) -> Period:
    return _find(Period, programme, value, Period.code, "period")


def _unit(programme: Programme, value) -> Unit:
    return _find(Unit, programme, value, Unit.code, "unit", lambda v: str(v).upper())


def _domain(programme: Programme, value) -> Domain:
    return _find(Domain, programme, value, Domain.key, "domain")
