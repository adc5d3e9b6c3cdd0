"""Which stories a round puts before its panel: set automatically while the round is a draft.

Set-based: readiness is checked for all eligible stories at once (``stories.readiness.ready_ids``) and the
new candidates are written with one INSERT, whatever the number of stories.
"""
import sqlalchemy as sa

from ..extensions import db
from ..stories.models import Story
from ..stories.readiness import ready_ids
from . import queries
from .models import Candidate, Round, Selection


def eligible_stories(round_: Round) -> list[tuple[int, int, int | None]]:
    """(story id, domain id, source round id) of the eligible stories, by story id: at the collection level the
    unit's ready stories; above it the winners of the child units' finalised rounds. A fixed number of queries."""
    domain_ids = [rd.domain_id for rd in round_.domains]
    children = [u.id for u in round_.unit.children]
    if not children:
        query = sa.select(Story.id, Story.domain_id, sa.null()).where(
            Story.unit_id == round_.unit_id, Story.period_id == round_.period_id, Story.domain_id.in_(domain_ids),
            Story.status == "submitted")
    else:
        query = (queries.selections(unit_ids=children, period_id=round_.period_id, domain_ids=domain_ids)
                 .join(Story, Story.id == Selection.story_id)
                 .with_only_columns(Selection.story_id, Story.domain_id, Round.id))
    ready = ready_ids(query.with_only_columns(query.selected_columns[0]), "panel")
    rows = db.session.execute(query.order_by(query.selected_columns[0])).tuples()
    return [(story_id, domain_id, source) for story_id, domain_id, source in rows if story_id in ready]


def refresh_candidates(round_: Round) -> int:
    """Add the stories that became eligible while the round is a draft; returns how many were added."""
    if not round_.is_draft:
        return 0
    present = {c.story_id for c in round_.candidates}
    new = []
    for story_id, domain_id, source in eligible_stories(round_):
        if story_id not in present:
            new.append({"round_id": round_.id, "story_id": story_id, "domain_id": domain_id,
                        "source_round_id": source})
            present.add(story_id)
    db.session.flush()
    if new:  # one INSERT for them all (an executemany), then the round reads its candidates afresh
        db.session.execute(sa.insert(Candidate), new)
        db.session.expire(round_, ["candidates"])
    return len(new)

