"""Read-only theme figures for reports: what themes the stories carry, counted per theme."""
from __future__ import annotations

import sqlalchemy as sa

from ..extensions import db
from ..reports.labels import label_in
from .models import Theme, ThemeDecision, ThemeSuggestion

POSITIVE = ("confirmed", "added")


def _theme_pairs(story_ids) -> sa.Select:
    """(story id, theme id) of every theme a story carries: confirmed or added by a person, or suggested
    by the analysis and not rejected."""
    positive = sa.select(ThemeDecision.story_id, ThemeDecision.theme_id).where(
        ThemeDecision.status.in_(POSITIVE), ThemeDecision.story_id.in_(story_ids))
    undecided = sa.select(ThemeSuggestion.story_id, ThemeSuggestion.theme_id).where(
        ThemeSuggestion.story_id.in_(story_ids),
        ~sa.exists().where(ThemeDecision.story_id == ThemeSuggestion.story_id,
                           ThemeDecision.theme_id == ThemeSuggestion.theme_id))
    return sa.union(positive, undecided)


def theme_counts(story_ids, language: str) -> dict[str, int]:
    """Themes across the stories (a select of story ids or a list), label → number of stories."""
    pairs = _theme_pairs(story_ids).subquery()
    per_theme = dict(db.session.execute(
        sa.select(pairs.c.theme_id, sa.func.count(sa.distinct(pairs.c.story_id))).group_by(pairs.c.theme_id)).all())
    themes = db.session.scalars(sa.select(Theme).where(Theme.id.in_(list(per_theme) or [-1])))
    counts = {label_in(t.labels, language, t.key): per_theme[t.id] for t in themes}
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def confirmed_themes(story_ids, language: str) -> dict[int, list[str]]:
    """Theme labels a person confirmed or added, per story (a select of story ids or a list)."""
    out: dict[int, list[str]] = {}
    rows = db.session.execute(
        sa.select(ThemeDecision.story_id, Theme.key, Theme.labels).join(Theme, Theme.id == ThemeDecision.theme_id)
        .where(ThemeDecision.story_id.in_(story_ids if isinstance(story_ids, sa.Select) else list(story_ids) or [-1]),
               ThemeDecision.status.in_(POSITIVE)).order_by(Theme.position, Theme.id)).all()
    for story_id, key, labels in rows:
        out.setdefault(story_id, []).append(label_in(labels, language, key))
    return out
