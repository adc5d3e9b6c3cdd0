"""The one adapter between the database and the reporting core: queries that build ``schema`` dataclasses.

Selection: a story counts as selected once a round that chose it is finalised.
Analysis: only stories whose pseudonymised text a person approved enter a note;
theme counts take what people confirmed or added plus the analysis' suggestions
that nobody rejected; exports list the confirmed themes.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from ..extensions import db
from ..programmes.models import Domain, Level, Period, Programme, Unit
from ..selection import queries as selection_queries
from ..selection.models import Candidate, Round, Selection
from ..stories.models import Consent, Story
from . import charts
from .schema import (AdvocacyNote, Chart, CountTable, DomainInfo, FunnelLevel, KeyFigures, Methodology, NoteStory,
                     RoundInfo, SelectionRecord)

SELECTION_WIRED = True  # selection merged: selected stories, reasons per level, funnel, rounds
ANALYSIS_WIRED = True  # themes and approved pseudonymised text come from the analysis package

# Why a story cannot enter a note, in the order the page lists them.
EXCLUSION_REASONS = ("no_consent", "refused", "withdrawn", "no_advocacy_consent", "not_submitted",
                     "pseudonymisation_not_approved", "not_selected", "not_ready")


class ScopeError(ValueError):
    """A period, unit or domain that does not exist or lies outside the user's reach."""


# -- who reaches what ------------------------------------------------------

def all_unit_ids(programme: Programme) -> set[int]:
    return set(db.session.scalars(sa.select(Unit.id).where(Unit.programme_id == programme.id)))


def reporting_unit_ids(user, programme: Programme) -> set[int]:
    """Units whose figures the user may see: all for admins; else through coordinator, facilitator, advocacy roles."""
    if user is None or user.is_admin:
        return all_unit_ids(programme)
    return user.units_for("coordinator", "facilitator", "advocacy")


def note_unit_ids(user, programme: Programme) -> set[int]:
    """Units a user may build advocacy notes over: all for admins (and the CLI), else the advocacy role's units."""
    if user is None or user.is_admin:
        return all_unit_ids(programme)
    return user.units_for("advocacy")


@dataclass
class Scope:
    """A period (or all), the units whose stories count (subtrees, within reach), the domains (or all)."""

    programme: Programme
    period: Period | None
    unit_ids: set[int]
    chosen_units: list[Unit] = field(default_factory=list)
    domains: list[Domain] = field(default_factory=list)  # [] = every domain

    @property
    def domain_ids(self) -> list[int]:
        return [d.id for d in self.domains]

    def where(self, query: sa.Select) -> sa.Select:
        query = query.where(Story.programme_id == self.programme.id, Story.unit_id.in_(self.unit_ids or [-1]))
        if self.period is not None:
            query = query.where(Story.period_id == self.period.id)
        if self.domains:
            query = query.where(Story.domain_id.in_(self.domain_ids))
        return query


def resolve_scope(programme: Programme, reach: set[int], *, period: Period | int | str | None = None,
                  units=(), domains=()) -> Scope:
    """Check and resolve ids or codes; units outside ``reach`` are refused, chosen units count with their subtree."""
    if period is not None and not isinstance(period, Period):
        found = None
        if isinstance(period, int) or str(period).isdigit():
            found = db.session.get(Period, int(period))
        if found is None:
            found = db.session.scalar(sa.select(Period).where(Period.programme_id == programme.id,
                                                              Period.code == str(period)))
        if found is None or found.programme_id != programme.id:
            raise ScopeError(f"unknown period: {period}")
        period = found
    chosen = [_unit(programme, u) for u in units]
    if any(u.id not in reach for u in chosen):
        raise ScopeError("unit outside your reach")
    unit_ids = set().union(*(u.subtree_ids() for u in chosen)) & reach if chosen else set(reach)
    chosen_domains = [_domain(programme, d) for d in domains]
    return Scope(programme, period, unit_ids, chosen, list(dict.fromkeys(chosen_domains)))


def _unit(programme: Programme, value) -> Unit:
    unit = value if isinstance(value, Unit) else None
    if unit is None and (isinstance(value, int) or str(value).isdigit()):
        unit = db.session.get(Unit, int(value))
    if unit is None:
        unit = db.session.scalar(sa.select(Unit).where(Unit.programme_id == programme.id,
                                                       Unit.code == str(value).upper()))
    if unit is None or unit.programme_id != programme.id:
        raise ScopeError(f"unknown unit: {value}")
    return unit


def _domain(programme: Programme, value) -> Domain:
    domain = value if isinstance(value, Domain) else None
    if domain is None and (isinstance(value, int) or str(value).isdigit()):
        domain = db.session.get(Domain, int(value))
    if domain is None:
        domain = db.session.scalar(sa.select(Domain).where(Domain.programme_id == programme.id,
                                                           Domain.key == str(value)))
    if domain is None or domain.programme_id != programme.id:
        raise ScopeError(f"unknown domain: {value}")
    return domain


# -- what selection and analysis provide (absent until merged) --------------

def _scope_story_ids(scope: Scope) -> sa.Select:
    return scope.where(sa.select(Story.id)).where(Story.status == "submitted")


def _finalised_selections(scope: Scope) -> sa.Select:
    """(Selection, Round) of winners in finalised main rounds (runoffs feed their parent round) for the scope."""
    query = (sa.select(Selection, Round).join(Round, Selection.round_id == Round.id)
             .where(Round.status == "finalised", Round.parent_round_id.is_(None), Selection.rank.is_not(None),
                    Selection.story_id.in_(_scope_story_ids(scope))))
    return query


def selected_story_ids(scope: Scope) -> set[int]:
    """Stories of the scope selected in a finalised round at any level."""
    return set(db.session.scalars(_finalised_selections(scope).with_only_columns(Selection.story_id)))


def selection_records(story_ids, language: str) -> dict[int, list[SelectionRecord]]:
    """Per story, its selections with the panel's reasons, from the collection level upward."""
    rows = db.session.execute(
        sa.select(Selection, Round).join(Round, Selection.round_id == Round.id)
        .where(Round.status == "finalised", Round.parent_round_id.is_(None), Selection.rank.is_not(None),
               Selection.story_id.in_(list(story_ids) or [-1]))
        .options(selectinload(Round.unit).selectinload(Unit.level))).tuples()
    out: dict[int, list] = {}
    for sel, round_ in rows:
        level = round_.unit.level
        out.setdefault(sel.story_id, []).append((level.rank, SelectionRecord(
            label_in(level.labels, language, str(level.rank)), round_.unit.name, sel.reasons,
            round_.finalised_at.date() if round_.finalised_at else None)))
    return {k: [rec for _, rec in sorted(v, key=lambda x: x[0])] for k, v in out.items()}


def _levels(programme: Programme) -> list[Level]:
    return list(db.session.scalars(sa.select(Level).where(Level.programme_id == programme.id).order_by(Level.rank)))


def funnel(scope: Scope, language: str) -> list[FunnelLevel] | None:
    """Per level with at least one round: stories available, candidates put before panels, selected.

    Level 1 has the scope's submitted stories available; a higher level has
    what the level below selected. Only the scope's stories are counted.
    """
    if scope.period is None:
        return None
    scoped = _scope_story_ids(scope)
    rounds_q = sa.select(Round.id).join(Unit, Round.unit_id == Unit.id).where(
        Round.period_id == scope.period.id, Round.programme_id == scope.programme.id)
    out, available = [], db.session.scalar(sa.select(sa.func.count()).select_from(scoped.subquery()))
    for level in _levels(scope.programme):
        at_level = rounds_q.where(Unit.level_id == level.id)
        candidates = db.session.scalar(sa.select(sa.func.count(sa.distinct(Candidate.story_id))).where(
            Candidate.round_id.in_(at_level.where(Round.parent_round_id.is_(None))),
            Candidate.story_id.in_(scoped), Candidate.is_excluded.is_(False)))
        selected = db.session.scalar(sa.select(sa.func.count(sa.distinct(Selection.story_id))).where(
            Selection.round_id.in_(at_level.where(Round.status == "finalised", Round.parent_round_id.is_(None))),
            Selection.rank.is_not(None), Selection.story_id.in_(scoped)))
        if not candidates and not selected:
            break  # no round at this level yet: the funnel stops here
        out.append(FunnelLevel(label_in(level.labels, language, str(level.rank)), available, candidates, selected))
        available = selected
    return out


def rounds(scope: Scope, language: str) -> list[RoundInfo] | None:
    """The main rounds of the period that read at least one of the scope's stories, for the annex."""
    if scope.period is None:
        return None
    found = db.session.scalars(
        sa.select(Round).where(Round.period_id == scope.period.id, Round.parent_round_id.is_(None),
                               Round.id.in_(sa.select(Candidate.round_id).where(
                                   Candidate.story_id.in_(_scope_story_ids(scope)))))
        .options(selectinload(Round.unit).selectinload(Unit.level)).order_by(Round.id))
    out = []
    for r in sorted(found, key=lambda r: (r.unit.level.rank, r.unit.code, r.id)):
        final = r.status == "finalised"
        selected = db.session.scalar(sa.select(sa.func.count(Selection.id)).where(
            Selection.round_id == r.id, Selection.rank.is_not(None))) if final else None
        out.append(RoundInfo(
            unit=r.unit.name, level=label_in(r.unit.level.labels, language, str(r.unit.level.rank)), method=r.method,
            opened=r.opened_at.date() if r.opened_at else None, closed=r.closed_at.date() if r.closed_at else None,
            panel=selection_queries.panel_composition(r),
            candidates=sum(1 for c in r.candidates if not c.is_excluded), selected=selected))
    return out


def pseudonymisation_approved(story: Story) -> bool:
    """True once a person approved the story's pseudonymised text and it still matches the story."""
    from ..analysis import queries as analysis_queries

    return analysis_queries.is_approved(story)


def _theme_pairs(story_ids) -> sa.Select:
    """(story id, theme id) of every theme a story carries: confirmed or added by a person, or suggested
    by the analysis and not rejected."""
    from ..analysis.models import ThemeDecision, ThemeSuggestion

    positive = sa.select(ThemeDecision.story_id, ThemeDecision.theme_id).where(
        ThemeDecision.status.in_(("confirmed", "added")), ThemeDecision.story_id.in_(story_ids))
    undecided = sa.select(ThemeSuggestion.story_id, ThemeSuggestion.theme_id).where(
        ThemeSuggestion.story_id.in_(story_ids),
        ~sa.exists().where(ThemeDecision.story_id == ThemeSuggestion.story_id,
                           ThemeDecision.theme_id == ThemeSuggestion.theme_id))
    return sa.union(positive, undecided)


def theme_counts(story_ids, language: str) -> dict[str, int]:
    """Themes across the stories (a select of story ids or a list), label → number of stories."""
    from ..analysis.models import Theme

    pairs = _theme_pairs(story_ids).subquery()
    per_theme = dict(db.session.execute(
        sa.select(pairs.c.theme_id, sa.func.count(sa.distinct(pairs.c.story_id))).group_by(pairs.c.theme_id)).all())
    themes = db.session.scalars(sa.select(Theme).where(Theme.id.in_(list(per_theme) or [-1])))
    counts = {label_in(t.labels, language, t.key): per_theme[t.id] for t in themes}
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def confirmed_themes(story_ids, language: str) -> dict[int, list[str]]:
    """Theme labels a person confirmed or added, per story."""
    from ..analysis.models import Theme, ThemeDecision

    out: dict[int, list[str]] = {}
    rows = db.session.execute(
        sa.select(ThemeDecision.story_id, Theme.key, Theme.labels).join(Theme, Theme.id == ThemeDecision.theme_id)
        .where(ThemeDecision.story_id.in_(list(story_ids) or [-1]),
               ThemeDecision.status.in_(("confirmed", "added"))).order_by(Theme.position, Theme.id)).all()
    for story_id, key, labels in rows:
        out.setdefault(story_id, []).append(label_in(labels, language, key))
    return out


def _selected_ids(counted: sa.Select) -> sa.Select:
    """Ids among the counted stories selected in a finalised round."""
    return (sa.select(Selection.story_id).join(Round, Round.id == Selection.round_id)
            .where(Round.status == "finalised", Selection.story_id.in_(counted)))


def selection_outcomes(story_ids, language: str) -> dict[int, list[dict]] | None:
    """Per story, every main round it went before: level, unit, round status and outcome (selected, rank)."""
    rows = db.session.execute(
        sa.select(Candidate, Round).join(Round, Candidate.round_id == Round.id)
        .where(Round.parent_round_id.is_(None), Candidate.story_id.in_(list(story_ids) or [-1]))
        .options(selectinload(Round.unit).selectinload(Unit.level)).order_by(Round.id)).tuples()
    ranks = dict(((sel.round_id, sel.story_id), sel.rank) for sel in db.session.scalars(
        sa.select(Selection).where(Selection.story_id.in_(list(story_ids) or [-1]))))
    out: dict[int, list[dict]] = {}
    for cand, r in rows:
        rank = ranks.get((r.id, cand.story_id)) if r.status == "finalised" else None
        outcome = ("excluded" if cand.is_excluded else "withdrawn" if cand.is_withdrawn else
                   "pending" if r.status != "finalised" else "selected" if rank else "not_selected")
        out.setdefault(cand.story_id, []).append({
            "level": label_in(r.unit.level.labels, language, str(r.unit.level.rank)), "level_rank": r.unit.level.rank,
            "unit": r.unit.code, "round": r.id, "outcome": outcome, "rank": rank})
    return out


# -- the advocacy rule ------------------------------------------------------

def exclusion_reasons(story: Story, selected: set[int]) -> list[str]:
    """Why the story may not enter an advocacy note; [] means it may. The single place this rule lives."""
    reasons = []
    consent = story.consent
    if consent is None:
        reasons.append("no_consent")
    elif consent.status != "given":
        reasons.append("refused")
    elif consent.withdrawn_at is not None:
        reasons.append("withdrawn")
    elif not consent.use_advocacy:
        reasons.append("no_advocacy_consent")
    if story.status != "submitted":
        reasons.append("not_submitted")
    if not pseudonymisation_approved(story):
        reasons.append("pseudonymisation_not_approved")
    if story.id not in selected:
        reasons.append("not_selected")
    if not reasons and not story.is_ready_for("advocacy"):  # conditions other packages register
        reasons.append("not_ready")
    return reasons


def may_enter_note(story: Story, selected: set[int]) -> bool:
    return not exclusion_reasons(story, selected)


def scope_stories(scope: Scope, *, submitted_only: bool = True) -> list[Story]:
    query = scope.where(sa.select(Story)).options(selectinload(Story.consent), selectinload(Story.unit),
                                                 selectinload(Story.domain))
    if submitted_only:
        query = query.where(Story.status == "submitted")
    return list(db.session.scalars(query.order_by(Story.unit_id, Story.domain_id, Story.id)))


def partition(scope: Scope) -> tuple[list[Story], list[tuple[Story, list[str]]]]:
    """The submitted stories of the scope split into (included, [(excluded, reasons)])."""
    selected = selected_story_ids(scope)
    included, excluded = [], []
    for story in scope_stories(scope):
        reasons = exclusion_reasons(story, selected)
        if reasons:
            excluded.append((story, reasons))
        else:
            included.append(story)
    return included, excluded


# -- the note ---------------------------------------------------------------

def label_in(labels: dict | None, language: str, fallback: str = "") -> str:
    labels = labels or {}
    for code in (language, "fr", "en"):
        if labels.get(code):
            return labels[code]
    return next((v for v in labels.values() if v), fallback)


def _counted(scope: Scope) -> sa.Select:
    """Stories figures count in a note: submitted, consent given and not withdrawn."""
    return (scope.where(sa.select(Story)).join(Consent, Consent.story_id == Story.id)
            .where(Story.status == "submitted", Consent.status == "given", Consent.withdrawn_at.is_(None)))


def key_figures(scope: Scope, language: str) -> tuple[KeyFigures, dict]:
    """Figures of the period for the note, and the raw counts its charts are drawn from."""
    rows = db.session.execute(_counted(scope).with_only_columns(Story.unit_id, Story.domain_id, Story.people_concerned)
                              ).all()
    units = {u.id: u for u in db.session.scalars(sa.select(Unit).where(Unit.id.in_({r[0] for r in rows} or [-1])))}
    domains = [d for d in scope.programme.domains if not scope.domains or d in scope.domains]
    dlabel = {d.id: label_in(d.labels, language, d.key) for d in domains}
    nested: dict[str, dict[str, int]] = {}
    for unit_id, domain_id, _ in sorted(rows, key=lambda r: units[r[0]].code):
        cell = nested.setdefault(units[unit_id].name, {})
        cell[dlabel[domain_id]] = cell.get(dlabel[domain_id], 0) + 1
    used = [dlabel[d.id] for d in domains if any(dlabel[d.id] in inner for inner in nested.values())]
    people = [r[2] for r in rows if r[2] is not None]
    counted_ids = _counted(scope).with_only_columns(Story.id)
    themes = theme_counts(counted_ids, language)
    selected_themes = theme_counts(_selected_ids(counted_ids), language)
    figures = KeyFigures(CountTable.from_nested(nested, used) if nested else None, sum(people) if people else None,
                         themes, selected_themes, funnel(scope, language) or [])
    by_domain = {label: sum(inner.get(label, 0) for inner in nested.values()) for label in used}
    by_unit = {unit: sum(inner.values()) for unit, inner in nested.items()}
    return figures, {"by_domain": by_domain, "by_unit": by_unit, "total": len(rows)}


def trend(scope: Scope) -> tuple[list[str], list[int]]:
    """Counted stories per period, up to the scope's period, with the scope's units and domains."""
    periods = [p for p in scope.programme.periods if scope.period is None or p.starts_on <= scope.period.starts_on]
    per = dict(db.session.execute(
        Scope(scope.programme, None, scope.unit_ids, domains=scope.domains).where(
            sa.select(Story.period_id, sa.func.count(Story.id)).join(Consent, Consent.story_id == Story.id)
            .where(Story.status == "submitted", Consent.status == "given", Consent.withdrawn_at.is_(None)))
        .group_by(Story.period_id)).all())
    return [p.code for p in periods], [per.get(p.id, 0) for p in periods]


def note_charts(scope: Scope, raw: dict, figures: KeyFigures, language: str) -> list[Chart]:
    """PNG charts for the note: stories by domain, by unit, the trend, and the funnel when it exists."""
    fr = language == "fr"
    out = [Chart("Récits recueillis par domaine" if fr else "Stories collected by domain",
                 charts.bar_chart(raw["by_domain"], "", fmt="png", no_data="—")),
           Chart("Récits recueillis par unité" if fr else "Stories collected by unit",
                 charts.bar_chart(raw["by_unit"], "", fmt="png", no_data="—"))]
    periods, counts = trend(scope)
    if len(periods) > 1:
        out.append(Chart("Récits recueillis par période" if fr else "Stories collected per period",
                         charts.line_chart(periods, {"Récits" if fr else "Stories": counts}, "", fmt="png")))
    if figures.funnel:
        stages = [(f.level, f.selected) for f in figures.funnel]
        out.append(Chart("Sélection par niveau" if fr else "Selection by level",
                         charts.funnel_chart([(("Recueillis" if fr else "Collected"), figures.funnel[0].collected),
                                              *stages], "", fmt="png")))
    return out


def methodology(scope: Scope, language: str, total: int) -> Methodology:
    p, fr = scope.period, language == "fr"
    levels = list(db.session.scalars(sa.select(Level).where(Level.programme_id == scope.programme.id)
                                     .order_by(Level.rank)))
    counted = _counted(scope)
    storytellers = db.session.scalar(counted.with_only_columns(sa.func.count(sa.distinct(Story.storyteller_id))))
    facilitators = db.session.scalar(counted.with_only_columns(sa.func.count(sa.distinct(Story.facilitator_id))))
    numbers = {("Récits recueillis (consentement en vigueur)" if fr else "Stories collected (consent in force)"): total,
               ("Personnes ayant raconté" if fr else "Storytellers"): storytellers or 0,
               ("Animateur·rices" if fr else "Facilitators"): facilitators or 0}
    domains = [d for d in scope.programme.domains if (not d.is_retired or d in scope.domains)
               and (not scope.domains or d in scope.domains)]
    return Methodology(
        domains=[DomainInfo(label_in(d.labels, language, d.key), label_in(d.questions, language)) for d in domains],
        levels=[label_in(lv.labels, language, str(lv.rank)) for lv in levels],
        rounds=rounds(scope, language) or [],
        collection_start=p.starts_on if p else None, collection_end=p.ends_on if p else None, numbers=numbers)


def note_story(story: Story, language: str, selections: dict[int, list[SelectionRecord]]) -> NoteStory:
    verification = ("vérifié" if language == "fr" else "verified") if story.is_verified else (
        "non vérifié" if language == "fr" else "not verified")
    if story.is_verified and story.verified_at:
        verification += f" ({story.verified_at.date().isoformat()})"
    return NoteStory(title=story.title, domain=label_in(story.domain.labels, language, story.domain.key),
                     unit=story.unit.name, text=story.review_text(), significance=story.significance,
                     selections=selections.get(story.id, []), verification=verification)


def advocacy_note(scope: Scope, *, language: str = "fr", context: str = "",
                  generated: dt.date | None = None) -> tuple[AdvocacyNote, list[Story]]:
    """The note's data for a scope (a period is required) and the stories it includes."""
    if scope.period is None:
        raise ScopeError("a note needs a period")
    included, _ = partition(scope)
    figures, raw = key_figures(scope, language)
    selections = selection_records([s.id for s in included], language)
    programme = scope.programme
    note = AdvocacyNote(
        programme=programme.name, organisation=programme.organisation, period_code=scope.period.code,
        period_label=scope.period.label or scope.period.code, generated=generated or dt.date.today(),
        language=language, context=context, figures=figures, charts=note_charts(scope, raw, figures, language),
        stories=[note_story(s, language, selections) for s in included],
        methodology=methodology(scope, language, raw["total"]))
    return note, included


# -- dashboard --------------------------------------------------------------

def dashboard(scope: Scope, language: str = "fr") -> dict:
    """Counts for meta-monitoring over submitted stories of the scope (a period of None means every period)."""
    base = scope.where(sa.select(Story)).where(Story.status == "submitted")

    def grouped(*cols):
        return db.session.execute(base.with_only_columns(*cols, sa.func.count(Story.id)).group_by(*cols)).all()

    units = {u.id: u for u in scope.programme.units}
    domains = {d.id: d for d in scope.programme.domains}
    periods = {p.id: p for p in scope.programme.periods}
    by_unit = {units[u].code: n for u, n in sorted(grouped(Story.unit_id), key=lambda r: units[r[0]].code)}
    by_domain = {domains[d].label: n for d, n in sorted(grouped(Story.domain_id), key=lambda r: domains[r[0]].position)}
    facilitators = Counter()
    names = {}
    for fid, n in grouped(Story.facilitator_id):
        facilitators[fid] += n
    if facilitators:
        from ..auth.models import User

        names = dict(db.session.execute(sa.select(User.id, User.name).where(User.id.in_(
            [f for f in facilitators if f is not None] or [-1]))).all())
    by_facilitator = {names.get(f, "—"): n for f, n in facilitators.most_common()}
    consent = Counter()
    for story in db.session.scalars(base.options(selectinload(Story.consent))):
        c = story.consent
        state = ("missing" if c is None else "refused" if c.status != "given" else
                 "withdrawn" if c.withdrawn_at else "given")
        consent[state] += 1
        if state == "given":
            for use in c.uses:
                consent["use_" + use] += 1
    total = sum(by_unit.values())
    # Trends ignore the period filter: one point per period.
    all_periods = Scope(scope.programme, None, scope.unit_ids, domains=scope.domains)
    trend_rows = db.session.execute(all_periods.where(
        sa.select(Story.period_id, Story.domain_id, sa.func.count(Story.id)).where(Story.status == "submitted"))
        .group_by(Story.period_id, Story.domain_id)).all()
    period_codes = [p.code for p in sorted(periods.values(), key=lambda p: p.starts_on)]
    trends: dict[str, list[int]] = {}
    for pid, did, n in trend_rows:
        series = trends.setdefault(domains[did].label, [0] * len(period_codes))
        series[period_codes.index(periods[pid].code)] += n
    return {"total": total, "by_unit": by_unit, "by_domain": by_domain, "by_facilitator": by_facilitator,
            "by_period": dict(zip(period_codes, [sum(v[i] for v in trends.values()) for i in range(len(period_codes))],
                                  strict=True)),
            "trends": trends, "period_codes": period_codes, "consent": consent,
            "themes": theme_counts(base.with_only_columns(Story.id), language), "funnel": funnel(scope, language) if scope.period else None}


# -- tabular exports --------------------------------------------------------

STORY_COLUMNS = ["id", "external_id", "status", "unit_code", "unit", "level", "period", "domain_key", "domain",
                 "title", "language", "interview_date", "storyteller_code", "age_band", "gender", "is_migrant",
                 "facilitator", "people_concerned", "consent_status", "consent_mode", "consent_given_on",
                 "consent_uses", "consent_withdrawn_on", "is_verified", "text_kind", "text", "significance",
                 "themes", "selection"]
THEME_COLUMNS = ["story_id", "theme"]


def text_withheld(story: Story) -> bool:
    """Stories without consent, refused, or withdrawn never leave with their text, whoever asks."""
    c = story.consent
    return c is None or c.status != "given" or c.withdrawn_at is not None


def export_rows(scope: Scope, *, full_text: bool, language: str = "fr") -> tuple[list[dict], list[dict]]:
    """Story rows (metadata, text as allowed, confirmed themes, selection per level) and theme rows.

    ``full_text`` (admins and the CLI) exports the text as entered; otherwise the
    reviewed pseudonymised text (``Story.review_text``) and no significance.
    Themes and selection are None (absent) until analysis and selection are merged.
    """
    stories = list(db.session.scalars(scope.where(sa.select(Story)).options(
        selectinload(Story.consent), selectinload(Story.unit).selectinload(Unit.level), selectinload(Story.domain),
        selectinload(Story.storyteller), selectinload(Story.facilitator), selectinload(Story.period))
        .order_by(Story.period_id, Story.unit_id, Story.id)))
    ids = [s.id for s in stories]
    themes = confirmed_themes(ids, language)
    outcomes = selection_outcomes(ids, language)
    rows, theme_rows = [], []
    for s in stories:
        c, teller, withheld = s.consent, s.storyteller, text_withheld(s)
        rows.append({
            "id": s.id, "external_id": s.external_id, "status": s.status, "unit_code": s.unit.code,
            "unit": s.unit.name, "level": label_in(s.unit.level.labels, language, str(s.unit.level.rank)),
            "period": s.period.code, "domain_key": s.domain.key,
            "domain": label_in(s.domain.labels, language, s.domain.key), "title": s.title, "language": s.language,
            "interview_date": s.interview_date, "storyteller_code": teller.code, "age_band": teller.age_band,
            "gender": teller.gender, "is_migrant": teller.is_migrant,
            "facilitator": s.facilitator.name if s.facilitator else s.collector_name,
            "people_concerned": s.people_concerned, "consent_status": c.status if c else None,
            "consent_mode": c.mode if c else None, "consent_given_on": c.given_on if c else None,
            "consent_uses": ",".join(c.uses) if c else "", "consent_withdrawn_on": (
                (c.withdrawn_on or c.withdrawn_at.date()) if c and c.withdrawn_at else None),
            "is_verified": s.is_verified,
            "text_kind": "withheld" if withheld else ("original" if full_text else "pseudonymised"),
            "text": None if withheld else (s.text if full_text else s.review_text()),
            "significance": s.significance if full_text and not withheld else None,
            "themes": None if themes is None else themes.get(s.id, []),
            "selection": None if outcomes is None else outcomes.get(s.id, []),
        })
        for theme in (themes or {}).get(s.id, []):
            theme_rows.append({"story_id": s.id, "theme": theme})
    return rows, theme_rows


def flat(row: dict) -> dict:
    """A row for CSV/XLSX: lists joined with "; ", absent values left empty."""
    out = dict(row)
    out["themes"] = "" if row["themes"] is None else "; ".join(row["themes"])
    out["selection"] = "" if row["selection"] is None else "; ".join(
        f"{o.get('level')}: {o.get('outcome')}" for o in row["selection"])
    return out
