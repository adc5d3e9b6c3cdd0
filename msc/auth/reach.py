"""Who reaches which units for reporting: figures and exports, advocacy notes."""
import sqlalchemy as sa

from ..extensions import db
from ..programmes.models import Programme, Unit


def all_unit_ids(programme: Programme) -> set[int]:
    """Every unit of the programme (admins and the command line)."""
    return set(db.session.scalars(sa.select(Unit.id).where(Unit.programme_id == programme.id)))


def reporting_unit_ids(user, programme: Programme) -> set[int]:
    """Units whose figures the user may see: all for admins; else through coordinator, facilitator, advocacy roles."""
    if user is None or user.is_admin:
        return all_unit_ids(programme)
    return user.units_for("coordinator", "facilitator", "advocacy")


def note_unit_ids(user, programme: Programme) -> set[int]:
    """Units a user may build advocacy notes over: all for admins (and the CLI), else the advocacy role's units."""
    if user is None or user.is_admin:
        return all_unit_ids(programme)
    return user.units_for("advocacy")
