"""Which stories a round puts before its panel: set automatically while the round is a draft."""
import sqlalchemy as sa

from ..extensions import db
from ..stories.models import Story
from . import queries
from .models import Candidate, Round, Selection


def eligible_stories(round_: Round) -> list[tuple[Story, int | None]]:
    """At the collection level the unit's ready stories; above it the winners of the child units' finalised rounds."""
    domain_ids = [rd.domain_id for rd in round_.domains]
    children = [u.id for u in round_.unit.children]
    if not children:
        stories = db.session.scalars(sa.select(Story).where(
            Story.unit_id == round_.unit_id, Story.period_id == round_.period_id, Story.domain_id.in_(domain_ids),
            Story.status == "submitted").order_by(Story.id))
        return [(s, None) for s in stories if s.is_ready_for("panel")]
    rows = db.session.execute(queries.selections(unit_ids=children, period_id=round_.period_id,
                                                 domain_ids=domain_ids).order_by(Selection.story_id)).tuples()
    return [(sel.story, source.id) for sel, source in rows if sel.story.is_ready_for("panel")]


def refresh_candidates(round_: Round) -> int:
    """Add the stories that became eligible while the round is a draft; returns how many were added."""
    if not round_.is_draft:
        return 0
    present = {c.story_id for c in round_.candidates}
    added = 0
    for story, source in eligible_stories(round_):
        if story.id not in present:
            round_.candidates.append(Candidate(story=story, domain_id=story.domain_id, source_round_id=source))
            present.add(story.id)
            added += 1
    db.session.flush()
    return added
