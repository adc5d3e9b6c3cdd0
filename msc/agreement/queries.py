"""Read-only: the assignments a coder has, the coders a unit has, and the agreement between coders."""
from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from ..analysis.models import Codebook, Theme, ThemeDecision
from ..analysis.theme_counts import POSITIVE
from ..auth.models import RoleAssignment, User
from ..extensions import db
from ..reports.labels import label_in
from ..stories.models import Story
from .kappa import binary_table, kappa_from_table
from .models import CodingAssignment
from .operations import CODER_ROLES


@dataclass
class ThemeAgreement:
    theme_id: int
    label: str
    table: dict  # (first coder, second coder) -> stories
    kappa: float | None

    @property
    def both(self) -> int:
        return self.table[(True, True)]

    @property
    def disagreements(self) -> int:
        return self.table[(True, False)] + self.table[(False, True)]


@dataclass
class Disagreement:
    assignment: CodingAssignment
    label: str
    first: bool  # the first coding has the theme
    second: bool  # the second coder found it


@dataclass
class Agreement:
    stories: int = 0
    themes: list[ThemeAgreement] = field(default_factory=list)
    overall: float | None = None
    disagreements: list[Disagreement] = field(default_factory=list)


def pending_for(user) -> list[CodingAssignment]:
    """Stories the user was asked to code and has not sent yet (erased stories aside)."""
    return list(db.session.scalars(sa.select(CodingAssignment).join(Story, Story.id == CodingAssignment.story_id)
                                   .where(CodingAssignment.coder_id == user.id, CodingAssignment.completed_at.is_(None),
                                          Story.erased_at.is_(None)).order_by(CodingAssignment.id)))


def is_coding_blind(story, user) -> bool:
    """The user was asked to code the story and has not sent the coding yet (the story page hides its themes)."""
    if user is None or not getattr(user, "is_authenticated", False):
        return False
    return db.session.scalar(sa.select(sa.func.count()).select_from(CodingAssignment).where(
        CodingAssignment.story_id == story.id, CodingAssignment.coder_id == user.id,
        CodingAssignment.completed_at.is_(None))) > 0


def coder_choices(units) -> list[User]:
    """Active users holding a coder role (facilitator, coordinator) at one of ``units`` or above."""
    people = db.session.scalars(sa.select(User).where(User.id.in_(
        sa.select(RoleAssignment.user_id).where(RoleAssignment.role.in_(CODER_ROLES)))).order_by(User.name))
    return [u for u in people if u.is_active and any(
        u.has_role(role, unit) for unit in units for role in CODER_ROLES)]


def themes_of(programme_id: int, language: str) -> list[tuple[int, str]]:
    """The codebook's themes in use (id, label), codebook order: what a second coder chooses from."""
    rows = db.session.scalars(sa.select(Theme).join(Codebook, Codebook.id == Theme.codebook_id).where(
        Codebook.programme_id == programme_id, Theme.is_retired.is_(False)).order_by(Theme.position, Theme.id))
    return [(t.id, label_in(t.labels, language, t.key)) for t in rows]


def agreement(programme_id: int, unit_ids, language: str) -> Agreement:
    """Cohen's kappa per theme and overall between the first coding (people's confirmed and added themes) and
    the second coders' independent themes, over the completed assignments of stories in ``unit_ids``."""
    done = list(db.session.scalars(
        sa.select(CodingAssignment).join(Story, Story.id == CodingAssignment.story_id)
        .where(Story.programme_id == programme_id, Story.unit_id.in_(list(unit_ids) or [-1]),
               Story.erased_at.is_(None), CodingAssignment.completed_at.is_not(None))
        .options(selectinload(CodingAssignment.codes), selectinload(CodingAssignment.story))
        .order_by(CodingAssignment.story_id, CodingAssignment.id)))
    if not done:
        return Agreement()
    first: dict[int, set[int]] = {}
    for story_id, theme_id in db.session.execute(sa.select(ThemeDecision.story_id, ThemeDecision.theme_id).where(
            ThemeDecision.story_id.in_({a.story_id for a in done}), ThemeDecision.status.in_(POSITIVE))).all():
        first.setdefault(story_id, set()).add(theme_id)
    used = set().union(*(a.theme_ids for a in done), *first.values())
    themes = db.session.scalars(sa.select(Theme).join(Codebook, Codebook.id == Theme.codebook_id).where(
        Codebook.programme_id == programme_id, sa.or_(Theme.is_retired.is_(False), Theme.id.in_(used or {-1})))
        .order_by(Theme.position, Theme.id))
    labels = {t.id: label_in(t.labels, language, t.key) for t in themes}
    out, pooled = Agreement(stories=len({a.story_id for a in done})), []
    for theme_id, label in labels.items():
        pairs = [(theme_id in first.get(a.story_id, set()), theme_id in a.theme_ids) for a in done]
        pooled += pairs
        table = binary_table(pairs)
        out.themes.append(ThemeAgreement(theme_id, label, table, kappa_from_table(table)))
        out.disagreements += [Disagreement(a, label, f, s) for a, (f, s) in zip(done, pairs, strict=True) if f != s]
    out.overall = kappa_from_table(binary_table(pooled))
    out.disagreements.sort(key=lambda d: (d.assignment.story_id, d.label))
    return out
