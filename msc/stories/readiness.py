"""``Story.is_ready_for`` for many stories at once: a fixed number of queries, whatever their number."""
from __future__ import annotations

import sqlalchemy as sa

from ..extensions import db
from ..features import features
from .models import Consent, Story


def ready_ids(story_ids: sa.Select, use: str) -> set[int]:
    """The stories among ``story_ids`` (a SELECT of story ids) that are ready for ``use``.

    Submitted and consent in force for the use, in SQL (``Consent.allows``); then every check other
    packages register, each for the whole set (``batch_readiness_checks``, the set-wise twins of
    ``readiness_checks``).
    """
    ready = (sa.select(Story.id).join(Consent, Consent.story_id == Story.id)
             .where(Story.id.in_(sa.select(story_ids.subquery().c[0])), Story.status == "submitted",
                    Consent.allows(use)))
    registry = features()
    if len(registry.batch_readiness_checks) != len(registry.readiness_checks):  # a check without a twin
        stories = db.session.scalars(sa.select(Story).where(Story.id.in_(ready)))
        return {s.id for s in stories if s.is_ready_for(use)}
    found = set(db.session.scalars(ready))
    for check in registry.batch_readiness_checks:
        if not found:
            break
        found &= check(ready, use)
    return found
