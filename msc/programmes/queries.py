"""Read-only helpers for programmes."""
import sqlalchemy as sa

from ..extensions import db
from .models import Domain, Level, Period, Programme, Unit


def current_programme() -> Programme | None:
    """The programme this installation runs (the first one)."""
    return db.session.scalar(sa.select(Programme).order_by(Programme.id).limit(1))


def active_domains(programme: Programme) -> list[Domain]:
    return list(
        db.session.scalars(
            sa.select(Domain)
            .where(Domain.programme_id == programme.id, Domain.is_retired.is_(False))
            .order_by(Domain.position, Domain.id)
        )
    )


def periods(programme: Programme) -> list[Period]:
    return list(db.session.scalars(sa.select(Period).where(Period.programme_id == programme.id).order_by(Period.starts_on)))


def levels(programme: Programme) -> list[Level]:
    return list(db.session.scalars(sa.select(Level).where(Level.programme_id == programme.id).order_by(Level.rank)))


def units(programme: Programme, ids: set[int] | None = None) -> list[Unit]:
    query = sa.select(Unit).where(Unit.programme_id == programme.id).order_by(Unit.code)
    if ids is not None:
        query = query.where(Unit.id.in_(ids or [-1]))
    return list(db.session.scalars(query))


def unit_by_code(programme: Programme, code: str) -> Unit | None:
    return db.session.scalar(sa.select(Unit).where(Unit.programme_id == programme.id, Unit.code == (code or "").upper()))


def period_by_code(programme: Programme, code: str) -> Period | None:
    return db.session.scalar(sa.select(Period).where(Period.programme_id == programme.id, Period.code == code))


def domain_by_key(programme: Programme, key: str) -> Domain | None:
    return db.session.scalar(sa.select(Domain).where(Domain.programme_id == programme.id, Domain.key == key))


def unit_by_id(unit_id: int | None) -> Unit | None:
    return db.session.get(Unit, unit_id) if unit_id else None


def period_by_id(period_id: int | None) -> Period | None:
    return db.session.get(Period, period_id) if period_id else None


def domain_by_id(domain_id: int | None) -> Domain | None:
    return db.session.get(Domain, domain_id) if domain_id else None
