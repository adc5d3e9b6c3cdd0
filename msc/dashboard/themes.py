"""Themes on the dashboard: across all stories and across those selected at each level, and which appear together."""
from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa

from ..analysis.theme_counts import theme_cooccurrence, theme_labels, theme_pairs
from ..extensions import db
from ..programmes.models import Level, Unit
from ..reports.labels import label_in
from ..selection import queries as selection_queries
from ..selection.models import Round, Selection
from ..stories.scope import Scope


@dataclass
class ThemeTable:
    """Themes (id → key, label) with stories per theme: all, and selected per level (level id → label)."""

    themes: dict[int, tuple[str, str]] = field(default_factory=dict)
    all: dict[int, int] = field(default_factory=dict)
    levels: dict[int, str] = field(default_factory=dict)
    selected: dict[tuple[int, int], int] = field(default_factory=dict)  # (level id, theme id) → stories
    pairs: dict[tuple[int, int], int] = field(default_factory=dict)  # (theme a, theme b), a < b → stories

    def ordered(self) -> list[int]:
        """Theme ids, most frequent across all stories first."""
        return sorted(self.themes, key=lambda t: (-self.all.get(t, 0), self.themes[t][1]))

    def together(self, a: int, b: int) -> int:
        """Stories carrying both themes (a theme with itself: its own count)."""
        return self.all.get(a, 0) if a == b else self.pairs.get((min(a, b), max(a, b)), 0)


def levels(scope: Scope, language: str) -> dict[int, str]:
    """The programme's levels, lowest first, id → label."""
    rows = db.session.scalars(sa.select(Level).where(Level.programme_id == scope.programme.id).order_by(Level.rank))
    return {lv.id: label_in(lv.labels, language, str(lv.rank)) for lv in rows}


def theme_table(scope: Scope, language: str, level_labels: dict[int, str]) -> ThemeTable:
    """Themes of the scope's submitted stories, all and selected per level, and their co-occurrences."""
    ids = scope.submitted_ids()
    pairs = theme_pairs(ids).subquery()
    all_counts = dict(db.session.execute(sa.select(pairs.c.theme_id, sa.func.count(sa.distinct(pairs.c.story_id)))
                                         .group_by(pairs.c.theme_id)).all())
    chosen = (selection_queries.selections(stories=ids).join(Unit, Unit.id == Round.unit_id)
              .with_only_columns(Selection.story_id.label("story_id"), Unit.level_id.label("level_id")).subquery())
    per_level = db.session.execute(
        sa.select(chosen.c.level_id, pairs.c.theme_id, sa.func.count(sa.distinct(pairs.c.story_id)))
        .select_from(chosen).join(pairs, pairs.c.story_id == chosen.c.story_id)
        .group_by(chosen.c.level_id, pairs.c.theme_id)).all()
    co = theme_cooccurrence(ids)
    return ThemeTable(themes=theme_labels(all_counts, language), all=all_counts, levels=level_labels,
                      selected={(lv, t): n for lv, t, n in per_level}, pairs=co)
