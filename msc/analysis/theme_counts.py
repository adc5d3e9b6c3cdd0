"""Read-only theme figures for reports: what themes the stories carry, counted per theme."""
from __future__ import annotations

import sqlalchemy as sa

from ..extensions import db
from ..reports.labels import label_in
from .models import Theme, ThemeDecision, ThemeSuggestion

POSITIVE = ("confirmed", "added")


def theme_pairs(story_ids=None) -> sa.Select:
    """(story id, theme id) of every theme a story carries: confirmed or added by a person, or suggested
    by the analysis and not rejected. ``story_ids`` (a select or a list) narrows it; None: every story."""
    positive = sa.select(ThemeDecision.story_id, ThemeDecision.theme_id).where(ThemeDecision.status.in_(POSITIVE))
    undecided = sa.select(ThemeSuggestion.story_id, ThemeSuggestion.theme_id).where(
        ~sa.exists().where(ThemeDecision.story_id == ThemeSuggestion.story_id,
                           ThemeDecision.theme_id == ThemeSuggestion.theme_id))
    if story_ids is not None:
        positive = positive.where(ThemeDecision.story_id.in_(story_ids))
        undecided = undecided.where(ThemeSuggestion.story_id.in_(story_ids))
    return sa.union(positive, undecided)


def theme_counts(story_ids, language: str) -> dict[str, int]:
    """Themes across the stories (a select of story ids or a list), label → number of stories."""
    pairs = theme_pairs(story_ids).subquery()
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


def theme_cooccurrence(story_ids) -> dict[tuple[int, int], int]:
    """(theme id a, theme id b) with a < b → stories carrying both; one self-join in the database."""
    pairs = theme_pairs(story_ids).cte("pairs")
    one, two = pairs.alias("one"), pairs.alias("two")
    rows = db.session.execute(
        sa.select(one.c.theme_id, two.c.theme_id, sa.func.count(sa.distinct(one.c.story_id)))
        .select_from(one).join(two, sa.and_(one.c.story_id == two.c.story_id, one.c.theme_id < two.c.theme_id))
        .group_by(one.c.theme_id, two.c.theme_id)).all()
    return {(a, b): n for a, b, n in rows}


def theme_labels(theme_ids, language: str) -> dict[int, tuple[str, str]]:
    """Theme id → (key, label in the language), codebook order."""
    themes = db.session.scalars(sa.select(Theme).where(Theme.id.in_(list(theme_ids) or [-1]))
                                .order_by(Theme.position, Theme.id))
    return {t.id: (t.key, label_in(t.labels, language, t.key)) for t in themes}


def stories_with_themes(keys) -> sa.Select:
    """Ids of the stories that carry every theme of ``keys`` (theme keys; a story carries its own codebook's)."""
    theme_ids = sa.select(Theme.id).where(Theme.key.in_(list(keys)))
    pairs = theme_pairs().subquery()
    return (sa.select(pairs.c.story_id).where(pairs.c.theme_id.in_(theme_ids)).group_by(pairs.c.story_id)
            .having(sa.func.count(sa.distinct(pairs.c.theme_id)) == len(set(keys))))
