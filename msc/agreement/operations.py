"""Ask a second coder for a sample of stories, and record that coder's independent themes."""
from __future__ import annotations

import sqlalchemy as sa
from flask_babel import gettext as _

from .. import audit
from ..analysis.models import Codebook, Theme, ThemeDecision
from ..errors import RuleError
from ..extensions import db
from ..models_base import utcnow
from ..programmes.models import Period, Programme, Unit
from ..stories.models import Story
from .models import CodingAssignment, IndependentCode

MAX_SAMPLE = 50
CODER_ROLES = ("facilitator", "coordinator")


class AgreementError(RuleError):
    """A second coding that may not be asked for or recorded."""


def may_request(user, unit: Unit) -> bool:
    """Admins, and coordinators of the unit (or a unit above it)."""
    return bool(user) and (user.is_admin or user.has_role("coordinator", unit))


def may_code(coder, unit: Unit) -> bool:
    """A facilitator or coordinator of the unit (or a unit above it)."""
    return any(coder.has_role(role, unit) for role in CODER_ROLES)


def sample_query(unit: Unit, coder, period: Period | None = None) -> sa.Select:
    """Stories of the unit's subtree a person has coded (a theme confirmed, added or rejected), that the coder
    neither coded nor was already asked to code."""
    query = sa.select(Story.id).where(
        Story.programme_id == unit.programme_id, Story.unit_id.in_(unit.subtree_ids()), Story.status == "submitted",
        Story.erased_at.is_(None),
        Story.id.in_(sa.select(ThemeDecision.story_id)),
        ~Story.id.in_(sa.select(ThemeDecision.story_id).where(ThemeDecision.user_id == coder.id)),
        ~Story.id.in_(sa.select(CodingAssignment.story_id).where(CodingAssignment.coder_id == coder.id)))
    if period is not None:
        query = query.where(Story.period_id == period.id)
    return query


def request_second_coding(programme: Programme, unit: Unit, coder, size: int, *, period: Period | None = None,
                          user=None) -> list[CodingAssignment]:
    """Draw up to ``size`` coded stories of the unit at random and ask ``coder`` to code them independently."""
    if unit.programme_id != programme.id or (period is not None and period.programme_id != programme.id):
        raise AgreementError(_("Unknown unit or period."))
    if not may_request(user, unit):
        raise AgreementError(_("Only a coordinator of the unit may ask for a second coding."))
    if coder is None or not may_code(coder, unit):
        raise AgreementError(_("The second coder must be a facilitator or coordinator of the unit."))
    if not 1 <= size <= MAX_SAMPLE:
        raise AgreementError(_("Choose a sample of 1 to %(max)d stories.", max=MAX_SAMPLE))
    ids = list(db.session.scalars(sample_query(unit, coder, period).order_by(sa.func.random()).limit(size)))
    if not ids:
        raise AgreementError(_("No coded story of this unit is left for this coder to code."))
    made = [CodingAssignment(story_id=sid, coder_id=coder.id, requested_by_id=getattr(user, "id", None))
            for sid in sorted(ids)]
    db.session.add_all(made)
    db.session.flush()
    audit.record("coding_request", None, user=user, coder=coder.id, unit=unit.code, stories=sorted(ids))
    return made


def record_independent_coding(assignment: CodingAssignment, theme_ids, *, user=None) -> CodingAssignment:
    """The second coder's themes for the story (possibly none), sent once."""
    if not assignment.can_code(user):
        raise AgreementError(_("This story was not given to you to code."))
    if assignment.is_completed:
        raise AgreementError(_("Your coding of this story was already sent."))
    wanted = {int(t) for t in theme_ids}
    known = set(db.session.scalars(sa.select(Theme.id).join(Codebook, Codebook.id == Theme.codebook_id).where(
        Codebook.programme_id == assignment.story.programme_id, Theme.is_retired.is_(False),
        Theme.id.in_(wanted or {-1}))))
    if wanted - known:
        raise AgreementError(_("Unknown theme."))
    assignment.codes = [IndependentCode(theme_id=t) for t in sorted(wanted)]
    assignment.completed_at = utcnow()
    db.session.flush()
    audit.record("coding_independent", assignment.story, user=user, assignment=assignment.id, themes=len(wanted))
    return assignment
