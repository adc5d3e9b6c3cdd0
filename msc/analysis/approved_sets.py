"""The approval rule (``queries.is_approved``) for many stories at once: three queries, whatever their number."""
from __future__ import annotations

import sqlalchemy as sa

from ..extensions import db
from ..stories.models import Story
from .models import PII_FIELDS, PiiSpan, PseudonymApproval
from .queries import review_hash_of


def approved_ids(story_ids: sa.Select) -> set[int]:
    """The stories among ``story_ids`` (a SELECT of story ids) whose approved text still matches them.

    Only stories that have an approval are read (their fields and active masks); the fingerprint is the one
    ``queries.review_hash`` computes for a single story.
    """
    chosen = sa.select(story_ids.subquery().c[0])
    masks: dict[int, list] = {}
    for sid, *mask in db.session.execute(
            sa.select(PiiSpan.story_id, PiiSpan.field, PiiSpan.start_offset, PiiSpan.end_offset, PiiSpan.label)
            .join(PseudonymApproval, PseudonymApproval.story_id == PiiSpan.story_id)
            .where(PiiSpan.story_id.in_(chosen), PiiSpan.is_removed.is_(False))):
        masks.setdefault(sid, []).append(mask)
    rows = db.session.execute(  # streamed: the fields of many stories are never all in memory at once
        sa.select(Story.id, PseudonymApproval.source_hash, *(getattr(Story, f) for f in PII_FIELDS))
        .join(PseudonymApproval, PseudonymApproval.story_id == Story.id).where(Story.id.in_(chosen))
        .execution_options(yield_per=1000))
    return {sid for sid, source_hash, *fields in rows
            if source_hash == review_hash_of({f: v or "" for f, v in zip(PII_FIELDS, fields, strict=True)},
                                             masks.get(sid, []))}


def ready_when_approved_ids(story_ids: sa.Select, use: str) -> set[int]:
    """BATCH_READINESS_CHECKS: ``hooks.ready_when_approved`` for a SELECT of story ids."""
    return approved_ids(story_ids)
