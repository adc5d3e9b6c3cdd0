"""The note's one set of figures, and what the app proposes from them (a title, key messages).

``note_figures`` is the only place a note's counts are defined: collected, submitted, consent covering
advocacy, and per selection level the candidates and the stories selected (finalised rounds of the period).
The text, the tables and the charts of the note all read the ``NoteFigures`` it returns.
"""
from __future__ import annotations

from collections import Counter

import sqlalchemy as sa

from ..extensions import db
from ..programmes.models import Level
from ..reports.labels import LABELS, fmt_number, label_in
from ..reports.schema import LevelCount, NoteFigures
from ..selection import queries as selection_queries
from ..selection.models import Selection
from ..stories.figure_cache import remembered
from ..stories.models import Consent, Story
from ..stories.scope import Scope


def _count(query: sa.Select) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(query.subquery())) or 0


def selected_levels(scope: Scope, language: str) -> list[tuple[Level, LevelCount]]:
    """Levels, from the first up, at which the period's finalised rounds selected at least one scope story."""
    funnel = remembered("funnel", scope, lambda: selection_queries.funnel(scope, language) or [], language)
    levels = db.session.scalars(sa.select(Level).where(Level.programme_id == scope.programme.id)
                                .order_by(Level.rank)).all()
    out = []
    for level, step in zip(levels, funnel, strict=False):
        if step.selected:
            out.append((level, LevelCount(step.level, step.candidates, step.selected)))
    return out


def note_figures(scope: Scope, language: str, *, in_note: int, excluded_translation: int = 0) -> NoteFigures:
    """Every count the note prints (see the module's docstring); the scope's counts are kept per data version
    (``stories.figure_cache``): a note is previewed, proposed and drafted many times over the same period."""
    counts = remembered("note_counts", scope, lambda: _scope_counts(scope, language), language)
    return NoteFigures(**{**counts, "levels": list(counts["levels"])}, in_note=in_note,
                       excluded_translation=excluded_translation)


def _scope_counts(scope: Scope, language: str) -> dict:
    submitted = scope.submitted_ids()
    advocacy = (scope.where(sa.select(Story.id)).join(Consent, Consent.story_id == Story.id)
                .where(Story.status == "submitted", Consent.allows("advocacy")))
    return {"collected": _count(scope.where(sa.select(Story.id))), "submitted": _count(submitted),
            "advocacy_consent": _count(advocacy),
            "selected_any": selection_queries.count_selected(stories=submitted, period_id=scope.period.id),
            "levels": [count for _, count in selected_levels(scope, language)]}


def _top_domains(scope: Scope, level: Level, language: str) -> Counter:
    """Stories of the scope selected at ``level`` in the period, per domain label: driven from the selections
    (a few) joined to their stories, never a list of the period's story ids."""
    per_domain = dict(db.session.execute(
        scope.where(selection_queries.selections(level_id=level.id, period_id=scope.period.id)
                    .join(Story, Story.id == Selection.story_id))
        .where(Story.status == "submitted")
        .with_only_columns(Story.domain_id, sa.func.count(sa.distinct(Story.id))).group_by(Story.domain_id)).all())
    domains = {d.id: d for d in scope.programme.domains}
    out = Counter()
    for domain_id, n in per_domain.items():
        out[label_in(domains[domain_id].labels, language, domains[domain_id].key)] += n
    return out


def proposals(scope: Scope, counts: NoteFigures, themes_selected: dict[str, int],
              language: str) -> tuple[str, list[str]]:
    """A title stating the finding and three key messages drafted from the figures, for the team to rewrite."""
    t = LABELS[language]
    levels = selected_levels(scope, language)
    messages, title = [], t["title_default"]
    if levels:
        level, top = levels[-1]
        domains = remembered("top_domains", scope, lambda: _top_domains(scope, level, language), level.id, language)
        if domains:
            domain, k = domains.most_common(1)[0]
            title = t["title_proposal"].format(domain=domain)
            messages.append(t["sugg_domain"].format(k=fmt_number(k, language), n=fmt_number(top.selected, language),
                                                    level=top.level, domain=domain))
        units = remembered("submitting_units", scope,
                           lambda: _count(scope.submitted_ids().with_only_columns(Story.unit_id).distinct()))
        messages.append(t["sugg_funnel"].format(selected=fmt_number(top.selected, language), level=top.level,
                                                submitted=fmt_number(counts.submitted, language),
                                                units=fmt_number(units, language)))
    if themes_selected and counts.selected_any:
        theme, k = next(iter(sorted(themes_selected.items(), key=lambda kv: (-kv[1], kv[0]))))
        messages.append(t["sugg_theme"].format(theme=theme, k=fmt_number(k, language),
                                               n=fmt_number(counts.selected_any, language)))
    return title, messages
