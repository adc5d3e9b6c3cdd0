"""The dashboard's breakdowns (storyteller profile, language, selection rate, coverage, use in notes).

Every figure is one grouped statement in the database, whatever the number of stories.
"""
from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from ..advocacy.queries import count_stories_in_notes
from ..extensions import db
from ..followup.models import Verification
from ..followup.queries import feedback_counts
from ..programmes.models import Unit
from ..selection import queries as selection_queries
from ..selection.models import Round, Selection
from ..stories.models import Story, Storyteller
from ..stories.scope import Scope


@dataclass
class Coverage:
    """How many of the scope's submitted stories have something (verified, feedback given) out of all."""

    done: int
    total: int

    @property
    def rate(self) -> float | None:
        return self.done / self.total if self.total else None


def submitted(scope: Scope) -> sa.Select:
    """The scope's submitted stories (a select of Story to narrow and group)."""
    return scope.where(sa.select(Story)).where(Story.status == "submitted")


def _grouped(query: sa.Select, column) -> dict:
    return dict(db.session.execute(query.with_only_columns(column, sa.func.count(Story.id)).group_by(column)).all())


def storyteller_profile(scope: Scope) -> dict[str, dict]:
    """Stories per age band, gender and migrant status of their storyteller (None: not said)."""
    base = submitted(scope).join(Storyteller, Storyteller.id == Story.storyteller_id)
    return {"age_band": _grouped(base, Storyteller.age_band), "gender": _grouped(base, Storyteller.gender),
            "migrant": _grouped(base, Storyteller.is_migrant)}


def by_language(scope: Scope) -> dict[str, int]:
    return _grouped(submitted(scope), Story.language)


def selection_rate(scope: Scope) -> dict[tuple[int, int], int]:
    """(level id, domain id) → distinct stories of the scope selected at that level (``selections``)."""
    query = (selection_queries.selections(stories=scope.submitted_ids())
             .join(Unit, Unit.id == Round.unit_id)
             .with_only_columns(Unit.level_id, Selection.domain_id, sa.func.count(sa.distinct(Selection.story_id)))
             .group_by(Unit.level_id, Selection.domain_id))
    return {(level, domain): n for level, domain, n in db.session.execute(query).all()}


def verification_coverage(scope: Scope) -> Coverage:
    """Submitted stories of the scope with a verification record (MSC step 7, any outcome), out of all."""
    recorded = sa.exists().where(Verification.story_id == Story.id)
    total, done = db.session.execute(submitted(scope).with_only_columns(
        sa.func.count(Story.id), sa.func.coalesce(sa.func.sum(sa.case((recorded, 1), else_=0)), 0))).one()
    return Coverage(int(done), int(total))


def feedback_coverage(scope: Scope) -> Coverage:
    """Selected stories of the scope whose storyteller was told the outcome (MSC step 6), out of the selected."""
    counts = feedback_counts(scope.submitted_ids().where(Story.id.in_(selection_queries.selected_story_ids())))
    return Coverage(counts["given"], sum(v for k, v in counts.items() if k != "given"))


def stories_in_notes(scope: Scope) -> int:
    """Distinct submitted stories of the scope that went into at least one advocacy note."""
    return count_stories_in_notes(scope.submitted_ids())
