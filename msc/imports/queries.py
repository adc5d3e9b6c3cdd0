"""Read-only helpers for imports: what the programme holds, loaded in a few queries."""
import sqlalchemy as sa

from ..extensions import db
from ..programmes import queries as pq
from ..programmes.models import Programme, Unit
from ..stories.models import STORY_LANGUAGES, Story, Storyteller
from .models import ImportMapping
from .plan import ImportContext


def domain_lookup(programme: Programme) -> dict[str, str]:
    """Every key and label (in every UI language) of the active domains -> key."""
    lookup = {}
    for domain in pq.active_domains(programme):
        lookup[domain.key] = domain.key
        for label in (domain.labels or {}).values():
            if label:
                lookup[label] = domain.key
    return lookup


def import_units(programme: Programme, user) -> list[Unit]:
    """Units where the user may import stories: collection-level units they coordinate."""
    allowed = allowed_unit_ids(user)
    units = pq.units(programme, allowed)
    lowest = min((u.level.rank for u in units), default=1)
    return [u for u in units if u.level.rank == lowest]


def allowed_unit_ids(user) -> set[int] | None:
    """None when any unit is allowed (admins and the command line)."""
    if user is None or user.is_admin:
        return None
    return user.units_for("coordinator")


def existing_external_ids(programme: Programme) -> set[str]:
    return set(db.session.scalars(
        sa.select(Story.external_id).where(Story.programme_id == programme.id,
                                           Story.external_id.is_not(None))))


def storytellers_by_code(programme: Programme) -> dict[str, Storyteller]:
    return {s.code: s for s in db.session.scalars(
        sa.select(Storyteller).where(Storyteller.programme_id == programme.id))}


def import_context(programme: Programme, user) -> ImportContext:
    """Everything `plan_import` looks up, in five queries whatever the file's size."""
    languages = [c.strip() for c in (programme.working_languages or "").split(",")]
    return ImportContext(
        domains=domain_lookup(programme),
        units={u.code.upper(): u for u in pq.units(programme)},
        periods={p.code: p for p in pq.periods(programme)},
        allowed_unit_ids=allowed_unit_ids(user),
        existing_ids=existing_external_ids(programme),
        domain_objects={d.key: d for d in pq.active_domains(programme)},
        default_language=next((c for c in languages if c in STORY_LANGUAGES), "fr"),
    )


def saved_mapping(programme: Programme) -> ImportMapping | None:
    return db.session.scalar(sa.select(ImportMapping).where(ImportMapping.programme_id == programme.id))

