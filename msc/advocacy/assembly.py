"""The note's data for a scope: figures, charts, methodology and the stories the advocacy rule lets in.

Every word written here comes from ``reports.labels`` in the note's language, which
is explicit (the command line has no request to take a locale from).
"""
from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from ..analysis.release import pseudonym_note, released
from ..analysis.theme_counts import theme_counts
from ..extensions import db
from ..programmes.models import Level, Unit
from ..reports import charts
from ..reports.labels import LABELS, label_in
from ..reports.schema import (
    AdvocacyNote,
    Chart,
    CountTable,
    DomainInfo,
    KeyFigures,
    Methodology,
    NoteStory,
    SelectionRecord,
)
from ..selection import queries as selection_queries
from ..stories.models import Consent, Story
from ..stories.scope import Scope, ScopeError
from .queries import included_stories


def counted(scope: Scope) -> sa.Select:
    """Stories figures count in a note: submitted, consent in force."""
    return (scope.where(sa.select(Story)).join(Consent, Consent.story_id == Story.id)
            .where(Story.status == "submitted", Consent.in_force))


def key_figures(scope: Scope, language: str) -> tuple[KeyFigures, dict]:
    """Figures of the period for the note, and the raw counts its charts are drawn from."""
    rows = db.session.execute(counted(scope).with_only_columns(Story.unit_id, Story.domain_id,
                                                               Story.people_concerned)).all()
    units = {u.id: u for u in db.session.scalars(sa.select(Unit).where(Unit.id.in_({r[0] for r in rows} or [-1])))}
    domains = [d for d in scope.programme.domains if not scope.domains or d in scope.domains]
    dlabel = {d.id: label_in(d.labels, language, d.key) for d in domains}
    nested: dict[str, dict[str, int]] = {}
    for unit_id, domain_id, _ in sorted(rows, key=lambda r: units[r[0]].code):
        cell = nested.setdefault(units[unit_id].name, {})
        cell[dlabel[domain_id]] = cell.get(dlabel[domain_id], 0) + 1
    used = [dlabel[d.id] for d in domains if any(dlabel[d.id] in inner for inner in nested.values())]
    people = [r[2] for r in rows if r[2] is not None]
    counted_ids = counted(scope).with_only_columns(Story.id)
    themes = theme_counts(counted_ids, language)
    selected_themes = theme_counts(selection_queries.selected_story_ids(stories=counted_ids), language)
    figures = KeyFigures(CountTable.from_nested(nested, used) if nested else None, sum(people) if people else None,
                         themes, selected_themes, selection_queries.funnel(scope, language) or [])
    by_domain = {label: sum(inner.get(label, 0) for inner in nested.values()) for label in used}
    by_unit = {unit: sum(inner.values()) for unit, inner in nested.items()}
    return figures, {"by_domain": by_domain, "by_unit": by_unit, "total": len(rows)}


def trend(scope: Scope) -> tuple[list[str], list[int]]:
    """Counted stories per period, up to the scope's period, with the scope's units and domains."""
    periods = [p for p in scope.programme.periods if scope.period is None or p.starts_on <= scope.period.starts_on]
    per = dict(db.session.execute(counted(scope.every_period()).with_only_columns(
        Story.period_id, sa.func.count(Story.id)).group_by(Story.period_id)).all())
    return [p.code for p in periods], [per.get(p.id, 0) for p in periods]


def note_charts(scope: Scope, raw: dict, figures: KeyFigures, language: str) -> list[Chart]:
    """PNG charts for the note: stories by domain, by unit, the trend, and the funnel when it exists."""
    t = LABELS[language]
    out = [Chart(t["chart_by_domain"], charts.bar_chart(raw["by_domain"], "", fmt="png", no_data="—")),
           Chart(t["chart_by_unit"], charts.bar_chart(raw["by_unit"], "", fmt="png", no_data="—"))]
    periods, counts = trend(scope)
    if len(periods) > 1:
        out.append(Chart(t["chart_per_period"],
                         charts.line_chart(periods, {t["chart_series"]: counts}, "", fmt="png")))
    if figures.funnel:
        stages = [(t["chart_collected"], figures.funnel[0].collected), *((f.level, f.selected) for f in figures.funnel)]
        out.append(Chart(t["chart_selection"], charts.funnel_chart(stages, "", fmt="png")))
    return out


def methodology(scope: Scope, language: str, total: int) -> Methodology:
    """The annex: domains and their questions, levels, rounds, collection dates and numbers."""
    p, t = scope.period, LABELS[language]
    levels = db.session.scalars(sa.select(Level).where(Level.programme_id == scope.programme.id).order_by(Level.rank))
    storytellers = db.session.scalar(counted(scope).with_only_columns(sa.func.count(sa.distinct(Story.storyteller_id))))
    facilitators = db.session.scalar(counted(scope).with_only_columns(sa.func.count(sa.distinct(Story.facilitator_id))))
    numbers = {t["n_collected"]: total, t["n_storytellers"]: storytellers or 0, t["n_facilitators"]: facilitators or 0}
    domains = [d for d in scope.programme.domains if (not d.is_retired or d in scope.domains)
               and (not scope.domains or d in scope.domains)]
    return Methodology(
        domains=[DomainInfo(label_in(d.labels, language, d.key), label_in(d.questions, language)) for d in domains],
        levels=[label_in(lv.labels, language, str(lv.rank)) for lv in levels],
        rounds=selection_queries.round_infos(scope, language) or [],
        collection_start=p.starts_on if p else None, collection_end=p.ends_on if p else None, numbers=numbers)


def note_story(story: Story, language: str, selections: dict[int, list[SelectionRecord]]) -> NoteStory:
    """One story as the note prints it, with its selections and verification."""
    verification = LABELS[language]["verified" if story.is_verified else "not_verified"]
    if story.is_verified and story.verified_at:
        verification += f" ({story.verified_at.date().isoformat()})"
    out = released(story, None)  # a note leaves the unit: approved pseudonymised fields only
    return NoteStory(title=out.title, domain=label_in(story.domain.labels, language, story.domain.key),
                     unit=story.unit.name, text=out.text, significance=out.significance,
                     selections=selections.get(story.id, []), verification=verification)


def advocacy_note(scope: Scope, *, language: str = "fr", context: str = "",
                  generated: dt.date | None = None) -> tuple[AdvocacyNote, list[Story]]:
    """The note's data for a scope (a period is required) and the stories it includes."""
    if scope.period is None:
        raise ScopeError("a note needs a period")
    included = included_stories(scope)
    figures, raw = key_figures(scope, language)
    selections = selection_queries.selection_records([s.id for s in included], language)
    programme = scope.programme
    note = AdvocacyNote(
        programme=programme.name, organisation=programme.organisation, period_code=scope.period.code,
        period_label=scope.period.label or scope.period.code, generated=generated or dt.date.today(),
        language=language, context=context, figures=figures, charts=note_charts(scope, raw, figures, language),
        stories=[note_story(s, language, selections) for s in included],
        methodology=methodology(scope, language, raw["total"]), pseudonym_note=pseudonym_note(programme.id, language))
    return note, included
