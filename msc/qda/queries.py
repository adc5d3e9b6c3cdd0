"""What a REFI-QDA export reads, in a few set-based queries over a select of story ids (never one per story)."""
from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import joinedload

from ..analysis.models import Theme, ThemeDecision, ThemeSuggestion
from ..analysis.queries import active_spans_of, codebook
from ..analysis.theme_counts import POSITIVE
from ..auth.models import User
from ..extensions import db
from ..programmes.models import Domain, Level, Period, Unit
from ..reports.labels import label_in
from ..selection.models import Candidate, PanelMember, Round
from ..selection.queries import selections
from ..stories.models import Consent, Story, Storyteller
from ..stories.scope import Scope

# The consent a story needs to leave in a QDA project: its use for the programme's evaluation (the
# analysis of what the stories say); "panel", "advocacy" and "publication" are other uses.
QDA_USE = "evaluation"


def exported_ids(scope: Scope) -> sa.Select:
    """Ids of the scope's submitted stories whose consent is in force for evaluation (erased ones never)."""
    allowed = sa.exists().where(Consent.story_id == Story.id, Consent.allows(QDA_USE))
    return scope.where(sa.select(Story.id)).where(Story.status == "submitted", allowed)


def themes(programme_id: int) -> list[Theme]:
    book = codebook(programme_id)
    return list(book.themes) if book else []


@dataclass
class Meta:
    """A story's metadata for its case: codes and labels, no free text."""

    unit: str
    period: str
    domain: str
    language: str
    age_band: str
    gender: str
    is_migrant: bool | None
    facilitator_id: int | None
    created_at: object


@dataclass
class Selected:
    """One level where a panel selected the story, with the chair's reasons."""

    selection_id: int
    level_rank: int
    level: str
    reasons: str
    chair_id: int | None
    at: object


@dataclass
class ExportData:
    """Everything but the stories' texts, loaded once for the whole export."""

    metas: dict[int, Meta] = field(default_factory=dict)
    decisions: dict[int, list[tuple[int, int | None, object]]] = field(default_factory=dict)  # (theme id, user, when)
    evidence: dict[tuple[int, int], list] = field(default_factory=dict)  # (story, theme) -> [{"start", "end"}]
    spans: dict[int, list] = field(default_factory=dict)  # story -> active PiiSpans
    selected: dict[int, list[Selected]] = field(default_factory=dict)
    reached: dict[int, tuple[int, str]] = field(default_factory=dict)  # story -> (rank, label) of the top level
    users: list[User] = field(default_factory=list)


def _levels(programme_id: int, language: str) -> dict[int, tuple[int, str]]:
    """Unit id -> (level rank, level label)."""
    rows = db.session.execute(sa.select(Unit.id, Level.rank, Level.labels).join(Level, Unit.level_id == Level.id)
                              .where(Unit.programme_id == programme_id))
    return {uid: (rank, label_in(labels, language, str(rank))) for uid, rank, labels in rows}


def export_data(scope: Scope, ids: sa.Select, language: str) -> ExportData:
    data = ExportData()
    rows = db.session.execute(
        sa.select(Story.id, Unit.code, Period.code, Domain.key, Domain.labels, Story.language, Storyteller.age_band,
                  Storyteller.gender, Storyteller.is_migrant, Story.facilitator_id, Story.created_at)
        .join(Unit, Story.unit_id == Unit.id).join(Period, Story.period_id == Period.id)
        .join(Domain, Story.domain_id == Domain.id).join(Storyteller, Story.storyteller_id == Storyteller.id)
        .where(Story.id.in_(ids)))
    for sid, unit, period, key, labels, lang, age, gender, migrant, facilitator, created in rows:
        data.metas[sid] = Meta(unit, period, label_in(labels, language, key), lang or "", age or "", gender or "",
                               migrant, facilitator, created)
    for sid, theme_id, user_id, when in db.session.execute(
            sa.select(ThemeDecision.story_id, ThemeDecision.theme_id, ThemeDecision.user_id, ThemeDecision.decided_at)
            .where(ThemeDecision.story_id.in_(ids), ThemeDecision.status.in_(POSITIVE))
            .order_by(ThemeDecision.story_id, ThemeDecision.theme_id)):
        data.decisions.setdefault(sid, []).append((theme_id, user_id, when))
    for sid, theme_id, evidence in db.session.execute(
            sa.select(ThemeSuggestion.story_id, ThemeSuggestion.theme_id, ThemeSuggestion.evidence)
            .where(ThemeSuggestion.story_id.in_(ids))):
        data.evidence[(sid, theme_id)] = evidence or []
    data.spans = active_spans_of(ids)
    levels = _levels(scope.programme.id, language)
    chairs = _chairs(ids)
    for sel, round_ in db.session.execute(selections(stories=ids)).tuples():
        rank, label = levels[round_.unit_id]
        data.selected.setdefault(sel.story_id, []).append(
            Selected(sel.id, rank, label, sel.reasons or "", chairs.get(round_.id), round_.finalised_at))
    for sid, unit_id in db.session.execute(
            sa.select(Candidate.story_id, Round.unit_id).join(Round, Candidate.round_id == Round.id)
            .where(Candidate.story_id.in_(ids), Candidate.is_excluded.is_(False), Round.parent_round_id.is_(None))):
        if levels[unit_id][0] > data.reached.get(sid, (0, ""))[0]:
            data.reached[sid] = levels[unit_id]
    data.users = _users(ids)
    return data


def _chairs(ids: sa.Select) -> dict[int, int]:
    """Round id -> its chair's user id, for the rounds that read these stories."""

    rounds = sa.select(Candidate.round_id).where(Candidate.story_id.in_(ids))
    return dict(db.session.execute(sa.select(PanelMember.round_id, PanelMember.user_id).where(
        PanelMember.round_id.in_(rounds), PanelMember.is_chair.is_(True))).all())


def _users(ids: sa.Select) -> list[User]:
    """The people an export names as creators: the stories' facilitators, theme coders, panel chairs."""

    wanted = sa.union(
        sa.select(Story.facilitator_id).where(Story.id.in_(ids)),
        sa.select(ThemeDecision.user_id).where(ThemeDecision.story_id.in_(ids)),
        sa.select(PanelMember.user_id).where(PanelMember.is_chair.is_(True), PanelMember.round_id.in_(
            sa.select(Candidate.round_id).where(Candidate.story_id.in_(ids))))).subquery()
    return list(db.session.scalars(sa.select(User).where(User.id.in_(sa.select(wanted.c[0]))).order_by(User.id)))


def stream_stories(ids: sa.Select, batch: int = 100):
    """The stories, with what the release rule reads, fetched ``batch`` at a time."""
    query = (sa.select(Story).where(Story.id.in_(ids)).order_by(Story.id)
             .options(joinedload(Story.consent), joinedload(Story.pseudonym_approval), joinedload(Story.analysis))
             .execution_options(yield_per=batch))
    return db.session.scalars(query)
