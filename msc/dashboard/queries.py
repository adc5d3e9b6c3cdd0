"""The dashboard's counts (meta-monitoring, MSC step 9), grouped in the database."""
from __future__ import annotations

from collections import Counter

import sqlalchemy as sa

from ..auth.models import User
from ..extensions import db
from ..selection import queries as selection_queries
from ..stories.figure_cache import remembered
from ..stories.models import CONSENT_USES, Consent, Story
from ..stories.scope import Scope
from . import breakdowns
from .themes import levels, theme_table


def consent_counts(base: sa.Select) -> Counter:
    """Stories per consent state (missing, refused, withdrawn, given) and, among those in force, per use."""
    # State and uses in a subquery, grouped outside: PostgreSQL groups by a column, not a re-bound CASE.
    per_story = base.outerjoin(Consent, Consent.story_id == Story.id).with_only_columns(
        Consent.state.label("state"), *(Consent.allows(use).label(use) for use in CONSENT_USES)).subquery()
    rows = db.session.execute(sa.select(
        per_story.c.state, sa.func.count(),
        *(sa.func.sum(sa.case((per_story.c[use], 1), else_=0)) for use in CONSENT_USES))
        .group_by(per_story.c.state)).all()
    out = Counter()
    for state, n, *per_use in rows:
        out[state] += n
        for use, m in zip(CONSENT_USES, per_use, strict=True):
            if m:
                out["use_" + use] += m
    return out


def dashboard(scope: Scope, language: str = "fr") -> dict:
    """Counts for meta-monitoring over submitted stories of the scope (a period of None means every period).

    Counted once per data version and scope (``stories.figure_cache``); the facilitators' names, which a
    sign-in or a profile edit may change without moving the version, are looked up at every call."""
    data = dict(remembered("dashboard", scope, lambda: _counted(scope, language), language))
    facilitators = data.pop("facilitators")
    names = dict(db.session.execute(sa.select(User.id, User.name).where(User.id.in_(
        [f for f in facilitators if f is not None] or [-1]))).all())
    data["by_facilitator"] = {names.get(f, "—"): n for f, n in facilitators.most_common()}
    return data


def _counted(scope: Scope, language: str) -> dict:
    """Every count of ``dashboard``, facilitators by id."""
    base = scope.where(sa.select(Story)).where(Story.status == "submitted")

    def grouped(*cols):
        return db.session.execute(base.with_only_columns(*cols, sa.func.count(Story.id)).group_by(*cols)).all()

    units = {u.id: u for u in scope.programme.units}
    domains = {d.id: d for d in scope.programme.domains}
    periods = {p.id: p for p in scope.programme.periods}
    by_unit = {units[u].code: n for u, n in sorted(grouped(Story.unit_id), key=lambda r: units[r[0]].code)}
    per_domain = dict(grouped(Story.domain_id))
    by_domain = {domains[d].label: n for d, n in sorted(per_domain.items(), key=lambda r: domains[r[0]].position)}
    shown = sorted(scope.domains or [d for d in domains.values() if d.id in per_domain or not d.is_retired],
                   key=lambda d: d.position)
    facilitators = Counter(dict(grouped(Story.facilitator_id)))
    # Trends ignore the period filter: one point per period.
    trend_rows = db.session.execute(scope.every_period().where(
        sa.select(Story.period_id, Story.domain_id, sa.func.count(Story.id)).where(Story.status == "submitted"))
        .group_by(Story.period_id, Story.domain_id)).all()
    period_codes = [p.code for p in sorted(periods.values(), key=lambda p: p.starts_on)]
    trends: dict[str, list[int]] = {}
    for pid, did, n in trend_rows:
        series = trends.setdefault(domains[did].label, [0] * len(period_codes))
        series[period_codes.index(periods[pid].code)] += n
    by_period = {code: sum(v[i] for v in trends.values()) for i, code in enumerate(period_codes)}
    level_labels = levels(scope, language)
    table = theme_table(scope, language, level_labels)
    return {"total": sum(by_unit.values()), "by_unit": by_unit, "by_domain": by_domain,
            "facilitators": facilitators, "by_period": by_period, "trends": trends,
            "period_codes": period_codes, "consent": consent_counts(base),
            "themes": {table.themes[t][1]: table.all[t] for t in table.ordered()}, "theme_table": table,
            "profile": breakdowns.storyteller_profile(scope), "by_language": breakdowns.by_language(scope),
            "levels": level_labels, "selection_rate": breakdowns.selection_rate(scope),
            "domain_counts": {d.id: (d.label, per_domain.get(d.id, 0)) for d in shown},
            "verification": breakdowns.verification_coverage(scope),
            "feedback": breakdowns.feedback_coverage(scope), "in_notes": breakdowns.stories_in_notes(scope),
            "funnel": selection_queries.funnel(scope, language) if scope.period else None}
