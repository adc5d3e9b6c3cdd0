"""The note's data for a scope: the brief's page 1, one set of figures, charts, methodology and the stories
the advocacy rule lets in.

Every word written here comes from ``reports.labels`` in the note's language, which is explicit (the
command line has no request to take a locale from). Story text is the approved pseudonymised text only
(``released``), with any bracket token turned into readable pseudonyms, explained once.
"""
from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, field

import sqlalchemy as sa

from ..analysis.engine_calls import readable_note, readable_tokens
from ..analysis.release import pseudonym_note, released
from ..analysis.theme_counts import theme_counts
from ..extensions import db
from ..programmes.domain_periods import domain_changes, domains_for_period
from ..programmes.models import Level, Period, Unit
from ..reports import charts
from ..reports.labels import LABELS, label_in
from ..reports.schema import (
    AdvocacyNote,
    Chart,
    CountTable,
    DomainInfo,
    FeaturedStory,
    KeyFigures,
    Methodology,
    NoteFigures,
    NoteStory,
    Recommendation,
    SelectionRecord,
)
from ..reports.text import choose_pull_quote
from ..selection import queries as selection_queries
from ..stories.figure_cache import remembered
from ..stories.models import Story
from ..stories.scope import Scope, ScopeError
from . import figures as note_figures
from .queries import feedback_for, note_stories, translated_from, verification_for

AUTO_FEATURED = 3


@dataclass
class Brief:
    """What the team writes on the note's page: title, key messages, recommendations, featured passages."""

    title: str = ""
    key_messages: list[str] = field(default_factory=list)
    recommendations: list[dict] = field(default_factory=list)  # {"text", "stories": [story ids]}
    featured: list[dict] = field(default_factory=list)  # {"story_id", "passage"}

    @classmethod
    def from_json(cls, data: dict | None) -> Brief:
        data = data or {}
        return cls(data.get("title", ""), list(data.get("key_messages", [])),
                   list(data.get("recommendations", [])), list(data.get("featured", [])))

    def without(self, story_ids: set) -> Brief:
        """The same brief without the stories that left the note (a withdrawn consent)."""
        recs = [{**r, "stories": [i for i in r.get("stories", []) if i not in story_ids]} for r in self.recommendations]
        featured = [f for f in self.featured if f.get("story_id") not in story_ids]
        return Brief(self.title, list(self.key_messages), recs, featured)

    def to_json(self) -> dict:
        return {"title": self.title, "key_messages": self.key_messages, "recommendations": self.recommendations,
                "featured": self.featured}


def key_figures(scope: Scope, language: str) -> tuple[KeyFigures, dict]:
    """The tables' data (submitted stories by unit and domain, themes), and the raw counts of the charts.

    Counted once per data version and scope (``stories.figure_cache``): a note is previewed, proposed and
    drafted many times over the same period; each caller gets its own copy."""
    return copy.deepcopy(remembered("note_key_figures", scope, lambda: _key_figures(scope, language), language))


def _key_figures(scope: Scope, language: str) -> tuple[KeyFigures, dict]:
    submitted = scope.submitted_ids()
    # Grouped in the database (one row per unit and domain), never one row per story.
    rows = db.session.execute(scope.where(sa.select(Story.unit_id, Story.domain_id, sa.func.count(Story.id),
                                                    sa.func.sum(Story.people_concerned)))
                              .where(Story.status == "submitted").group_by(Story.unit_id, Story.domain_id)).all()
    units = {u.id: u for u in db.session.scalars(sa.select(Unit).where(Unit.id.in_({r[0] for r in rows} or [-1])))}
    domains = [d for d in scope.programme.domains if not scope.domains or d in scope.domains]
    dlabel = {d.id: label_in(d.labels, language, d.key) for d in domains}
    nested: dict[str, dict[str, int]] = {}
    for unit_id, domain_id, n, _people in sorted(rows, key=lambda r: units[r[0]].code):
        cell = nested.setdefault(units[unit_id].name, {})
        cell[dlabel[domain_id]] = cell.get(dlabel[domain_id], 0) + n
    used = [dlabel[d.id] for d in domains if any(dlabel[d.id] in inner for inner in nested.values())]
    people = [r[3] for r in rows if r[3] is not None]
    themes = theme_counts(submitted, language)
    selected = selection_queries.selected_story_ids(stories=submitted, period_id=scope.period.id)
    figures = KeyFigures(CountTable.from_nested(nested, used) if nested else None, sum(people) if people else None,
                         themes, theme_counts(selected, language), [])
    by_domain = {label: sum(inner.get(label, 0) for inner in nested.values()) for label in used}
    by_unit = {unit: sum(inner.values()) for unit, inner in nested.items()}
    return figures, {"by_domain": by_domain, "by_unit": by_unit}


def trend(scope: Scope) -> tuple[list[str], list[int]]:
    """Submitted stories per period, up to the scope's period, with the scope's units and domains."""
    periods = [p for p in scope.programme.periods if scope.period is None or p.starts_on <= scope.period.starts_on]
    every = scope.every_period()
    per = remembered("per_period", every, lambda: dict(db.session.execute(
        every.where(sa.select(Story.period_id, sa.func.count(Story.id))).where(Story.status == "submitted")
        .group_by(Story.period_id)).all()))
    return [p.code for p in periods], [per.get(p.id, 0) for p in periods]


def funnel_stages(counts: NoteFigures, language: str) -> list[tuple[str, int]]:
    t = LABELS[language]
    stages = [(t["stage_collected"], counts.collected), (t["stage_submitted"], counts.submitted)]
    for lv in counts.levels:
        stages += [(t["stage_candidates"].format(level=lv.level), lv.candidates),
                   (t["stage_selected"].format(level=lv.level), lv.selected)]
    return stages


def note_charts(scope: Scope, raw: dict, counts: NoteFigures, language: str) -> list[Chart]:
    """PNG charts: the selection funnel (in the body), then by domain, by unit and the trend (annex 2)."""
    t = LABELS[language]
    stages = funnel_stages(counts, language)
    out = [Chart(t["chart_selection"], charts.funnel_chart(stages, "", fmt="png"), tuple(stages)),
           Chart(t["chart_by_domain"], charts.bar_chart(raw["by_domain"], "", fmt="png", no_data="—"),
                 tuple(raw["by_domain"].items())),
           Chart(t["chart_by_unit"], charts.bar_chart(raw["by_unit"], "", fmt="png", no_data="—"),
                 tuple(raw["by_unit"].items()))]
    periods, per_period = trend(scope)
    if len(periods) > 1:
        out.append(Chart(t["chart_per_period"],
                         charts.line_chart(periods, {t["chart_series"]: per_period}, "", fmt="png"),
                         tuple(zip(periods, per_period, strict=True))))
    return out


def methodology(scope: Scope, language: str, counts: NoteFigures) -> Methodology:
    """Annex 3: the period's domains and their questions, levels, finalised rounds, dates and numbers."""
    p, t = scope.period, LABELS[language]
    levels = db.session.scalars(sa.select(Level).where(Level.programme_id == scope.programme.id).order_by(Level.rank))
    storytellers, facilitators, used = remembered("methodology", scope, lambda: _methodology_counts(scope))
    numbers = {t["n_submitted"]: counts.submitted, t["n_storytellers"]: storytellers or 0,
               t["n_facilitators"]: facilitators or 0}
    # the period's domains (a domain starts or retires at a period) that the scope's stories answer
    domains = [d for d in domains_for_period(scope.programme, scope.period) if d.id in used]
    rounds = [r for r in remembered("round_infos", scope, lambda: selection_queries.round_infos(scope, language) or [],
                                    language) if r.selected is not None]
    return Methodology(
        domains=[DomainInfo(label_in(d.labels, language, d.key), label_in(d.questions, language)) for d in domains],
        levels=[label_in(lv.labels, language, str(lv.rank)) for lv in levels], rounds=rounds,
        collection_start=p.starts_on if p else None, collection_end=p.ends_on if p else None, numbers=numbers)


def _methodology_counts(scope: Scope) -> tuple[int, int, frozenset[int]]:
    """Distinct storytellers and facilitators of the scope's submitted stories, and the domains its stories answer."""
    submitted = scope.where(sa.select(Story)).where(Story.status == "submitted")
    storytellers = db.session.scalar(submitted.with_only_columns(sa.func.count(sa.distinct(Story.storyteller_id))))
    facilitators = db.session.scalar(submitted.with_only_columns(sa.func.count(sa.distinct(Story.facilitator_id))))
    return storytellers, facilitators, frozenset(db.session.scalars(scope.where(sa.select(Story.domain_id)).distinct()))


def previous_period(scope: Scope, language: str) -> str:
    """One sentence on the period before: submitted stories and stories selected at the highest level."""
    earlier = [p for p in scope.programme.periods if p.starts_on < scope.period.starts_on]
    if not earlier:
        return ""
    before: Period = max(earlier, key=lambda p: p.starts_on)
    past = Scope(scope.programme, before, scope.unit_ids, scope.chosen_units, scope.domains)
    levels = note_figures.selected_levels(past, language)
    t = LABELS[language]
    sentence = t["previous"].format(period=before.label or before.code,
                                    submitted=remembered("submitted", past, lambda: db.session.scalar(
                                        sa.select(sa.func.count()).select_from(past.submitted_ids().subquery()))),
                                    selected=levels[-1][1].selected if levels else 0)
    changes = domain_changes(scope.period)
    for key, domains in (("domains_added", changes.added), ("domains_retired", changes.retired)):
        if domains:
            sentence += " " + t[key].format(domains=", ".join(label_in(d.labels, language, d.key) for d in domains))
    return sentence


def _language_name(code: str, language: str) -> str:
    return LABELS[language].get(f"lang_{code}", LABELS[language]["lang_other"])


def note_story(story: Story, language: str, selections: dict[int, list[SelectionRecord]],
               recorded: tuple[dict, dict], source: str, passage: str = "") -> tuple[NoteStory, bool, str]:
    """One story as the note prints it, True when a bracket token had to be made readable, and the team's
    passage made readable the same way (the same "[Prénom 2]" gives the same name)."""
    out = released(story, None)  # a note leaves the unit: approved pseudonymised fields only
    body = out.translation if source else out.text
    fields = {"title": out.title, "text": body, "significance": "" if source else out.significance,
              "passage": passage}
    readable = readable_tokens(fields, language if source else story.language or language, str(story.id))
    verification, feedback = recorded
    return NoteStory(title=readable["title"], domain=label_in(story.domain.labels, language, story.domain.key),
                     unit=story.unit.name, text=readable["text"], significance=readable["significance"],
                     selections=selections.get(story.id, []), verification=verification.get(story.id, ""),
                     translated_from=_language_name(source, language) if source else "",
                     feedback=feedback.get(story.id, "")), readable != fields, readable["passage"]


def team_passages(brief: Brief) -> dict[int, str]:
    return {int(f["story_id"]): f.get("passage", "") for f in brief.featured if str(f.get("story_id", "")).isdigit()}


def _featured(brief: Brief, included: list[Story], stories: list[NoteStory],
              passages: dict[int, str]) -> list[FeaturedStory]:
    """The team's passages, or (none chosen) a short sentence of each of the most selected stories, for a draft."""
    position = {s.id: i for i, s in enumerate(included)}
    chosen = [(position[sid], passages[sid]) for sid in team_passages(brief) if sid in position]
    if not brief.featured:
        ranked = sorted(range(len(stories)), key=lambda i: -len(stories[i].selections))
        chosen = [(i, choose_pull_quote(stories[i].text, stories[i].significance) or "") for i in ranked]
        chosen = [c for c in chosen if c[1]][:AUTO_FEATURED]
    out = []
    for i, passage in chosen:
        shown = stories[i]  # already released
        reasons = shown.selections[-1].reasons if shown.selections else ""
        out.append(FeaturedStory(shown.title, passage, shown.significance, reasons, shown.domain, shown.unit, i + 1,
                                 shown.translated_from))
    return out


def _recommendations(brief: Brief, included: list[Story]) -> list[Recommendation]:
    position = {s.id: i + 1 for i, s in enumerate(included)}
    return [Recommendation(r.get("text", ""), [position[int(i)] for i in r.get("stories", []) if int(i) in position])
            for r in brief.recommendations if (r.get("text") or "").strip()]


def advocacy_note(scope: Scope, *, language: str = "fr", context: str = "", brief: Brief | None = None,
                  generated: dt.date | None = None, page_size: str = "A4",
                  is_draft: bool = True) -> tuple[AdvocacyNote, list[Story]]:
    """The note's data for a scope (a period is required) and the stories it includes."""
    if scope.period is None:
        raise ScopeError("a note needs a period")
    brief = brief or Brief()
    included, untranslatable = note_stories(scope, language)
    programme = scope.programme
    recorded = (verification_for(included, language), feedback_for(included, language))
    selections = selection_queries.selection_records([s.id for s in included], language)
    chosen = team_passages(brief)
    built = [note_story(s, language, selections, recorded, translated_from(s, language, programme) or "",
                        chosen.get(s.id, "")) for s in included]
    stories = [b[0] for b in built]
    passages = {s.id: b[2] for s, b in zip(included, built, strict=True)}
    figures, raw = key_figures(scope, language)
    counts = note_figures.note_figures(scope, language, in_note=len(included),
                                       excluded_translation=len(untranslatable))
    title, messages = note_figures.proposals(scope, counts, figures.themes_selected, language)
    explained = pseudonym_note(programme.id, language) or (readable_note(language) if any(b[1] for b in built)
                                                           else "")
    note = AdvocacyNote(
        programme=programme.name, organisation=programme.organisation, period_code=scope.period.code,
        period_label=scope.period.label or scope.period.code, generated=generated or dt.date.today(),
        language=language, context=context if context.strip() else programme.purpose or "", figures=figures,
        charts=note_charts(scope, raw, counts, language), stories=stories,
        methodology=methodology(scope, language, counts), pseudonym_note=explained,
        title=brief.title.strip() or title, key_messages=[m for m in brief.key_messages if m.strip()] or messages,
        recommendations=_recommendations(brief, included), featured=_featured(brief, included, stories, passages),
        counts=counts, previous=previous_period(scope, language), is_draft=is_draft, page_size=page_size)
    return note, included


def proposals(scope: Scope, language: str) -> tuple[str, list[str]]:
    """The title and key messages the app proposes for the scope, for the page to pre-fill."""
    figures, _raw = key_figures(scope, language)
    included = note_stories(scope, language)[0]
    counts = note_figures.note_figures(scope, language, in_note=len(included))
    return note_figures.proposals(scope, counts, figures.themes_selected, language)
