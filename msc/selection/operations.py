"""State changes for selection rounds. Each checks its rule, changes, flushes, audits; none commits."""
import re
from dataclasses import dataclass, field
from datetime import date

import sqlalchemy as sa
from flask_babel import lazy_gettext as _
from sqlalchemy.exc import IntegrityError

from .. import audit
from ..errors import RuleError
from ..extensions import db
from ..forms_common import clean_text
from ..models_base import utcnow
from ..stories.models import Story
from ..stories.readiness import ready_ids
from . import queries, tally
from .models import (
    METHODS,
    Ballot,
    BallotEntry,
    Candidate,
    Comment,
    PanelMember,
    ReadMark,
    Round,
    RoundDomain,
    Selection,
)
from .tally import BallotError

REASONS_MIN_CHARS = 60
REASONS_MIN_SENTENCES = 2
COMMENT_MAX = 2000
_SENTENCE_END = re.compile(r"[.!?…؟]+(?:\s|$)")


class SelectionError(RuleError):
    """A round rule was broken; the message is shown to the user."""


__all__ = ["SelectionError", "BallotError"]


@dataclass
class RoundInput:
    unit: object
    period: object
    method: str
    domains: list = field(default_factory=list)
    winners_per_domain: int = 1
    max_approvals: int | None = None
    closes_on: date | None = None


def _require(condition, message):
    """Raise with the message (lazy, so that a rule that holds costs no translation) when the rule is broken."""
    if not condition:
        raise SelectionError(str(message))


def lock_round(round_id: int) -> Round:
    """Hold the round's row for the rest of the transaction and re-read it (closing and voting serialise here)."""
    if db.session.get_bind().dialect.name == "sqlite":
        # SQLite locks the whole file: a first write takes the write lock before the status is re-read.
        db.session.execute(sa.update(Round.__table__).where(Round.__table__.c.id == round_id)
                           .values(status=Round.__table__.c.status))
        query = sa.select(Round).where(Round.id == round_id)
    else:
        query = sa.select(Round).where(Round.id == round_id).with_for_update()
    return db.session.execute(query.execution_options(populate_existing=True)).scalar_one()


def _not_frozen(round_: Round) -> None:
    _require(not round_.is_finalised, _("This round is finalised; it can no longer change."))


# -- set-up ----------------------------------------------------------------

def create_round(programme, data: RoundInput, *, user) -> Round:
    """Create a draft round at a unit for a period; its candidates are set automatically."""
    _require(data.unit is not None and data.period is not None, _("Choose a unit and a period."))
    _require(data.unit.programme_id == programme.id and data.period.programme_id == programme.id,
             _("Unknown unit or period."))
    _require(user.is_admin or user.has_role("coordinator", data.unit),
             _("Only a coordinator of this unit can create its rounds."))
    _require(data.method in METHODS, _("Unknown selection method."))
    _require(data.domains, _("Choose at least one domain."))
    _require(1 <= (data.winners_per_domain or 0) <= 10, _("Winners per domain must be between 1 and 10."))
    max_approvals = data.max_approvals or data.winners_per_domain if data.method == "approval" else None
    _require(max_approvals is None or 1 <= max_approvals <= 50, _("Approvals per panelist must be at least 1."))
    round_ = Round(programme_id=programme.id, unit=data.unit, period=data.period, method=data.method,
                   winners_per_domain=data.winners_per_domain, max_approvals=max_approvals,
                   closes_on=data.closes_on, created_by_id=user.id, status="draft")
    db.session.add(round_)
    for domain in dict.fromkeys(data.domains):
        _require(domain.programme_id == programme.id, _("Unknown domain."))
        round_.domains.append(RoundDomain(domain=domain))
    db.session.flush()
    refresh_candidates(round_)
    audit.record("round_create", round_, user=user, unit=data.unit.code, period=data.period.code, method=data.method)
    return round_


def eligible_stories(round_: Round) -> list[tuple[int, int, int | None]]:
    """(story id, domain id, source round id) of the eligible stories, by story id: at the collection level the
    unit's ready stories; above it the winners of the child units' finalised rounds. A fixed number of queries."""
    domain_ids = [rd.domain_id for rd in round_.domains]
    children = [u.id for u in round_.unit.children]
    if not children:
        query = sa.select(Story.id, Story.domain_id, sa.null()).where(
            Story.unit_id == round_.unit_id, Story.period_id == round_.period_id, Story.domain_id.in_(domain_ids),
            Story.status == "submitted")
    else:
        query = (queries.selections(unit_ids=children, period_id=round_.period_id, domain_ids=domain_ids)
                 .join(Story, Story.id == Selection.story_id)
                 .with_only_columns(Selection.story_id, Story.domain_id, Round.id))
    ready = ready_ids(query.with_only_columns(query.selected_columns[0]), "panel")
    rows = db.session.execute(query.order_by(query.selected_columns[0])).tuples()
    return [(story_id, domain_id, source) for story_id, domain_id, source in rows if story_id in ready]


def refresh_candidates(round_: Round) -> int:
    """Add the stories that became eligible while the round is a draft; returns how many were added."""
    if not round_.is_draft:
        return 0
    present = {c.story_id for c in round_.candidates}
    new = []
    for story_id, domain_id, source in eligible_stories(round_):
        if story_id not in present:
            new.append({"round_id": round_.id, "story_id": story_id, "domain_id": domain_id,
                        "source_round_id": source})
            present.add(story_id)
    db.session.flush()
    if new:  # one INSERT for them all (an executemany), then the round reads its candidates afresh
        db.session.execute(sa.insert(Candidate), new)
        db.session.expire(round_, ["candidates"])
    return len(new)


def add_panelist(round_: Round, member_user, *, is_chair=False, user) -> PanelMember:
    """Put someone on the panel (the chair is a panelist too)."""
    _require(round_.can_manage(user), _("Only a coordinator of this unit can change the panel."))
    _require(round_.is_draft, _("The panel can only change before the round opens."))
    _require(round_.may_sit_on_panel(member_user),
             _("This person is not a panelist or coordinator of this unit or a unit above it."))
    member = round_.member(member_user)
    if member is None:
        role = "panelist" if member_user.has_role("panelist", round_.unit) else "coordinator"
        member = PanelMember(user=member_user, role=role)
        round_.members.append(member)
    if is_chair:
        for other in round_.members:
            other.is_chair = other is member
    db.session.flush()
    audit.record("panel_add", round_, user=user, member=member_user.id, chair=bool(is_chair))
    return member


def remove_panelist(round_: Round, member_user, *, user) -> None:
    """Take someone off the panel of a draft round."""
    _require(round_.can_manage(user), _("Only a coordinator of this unit can change the panel."))
    _require(round_.is_draft, _("The panel can only change before the round opens."))
    member = round_.member(member_user)
    _require(member is not None, _("This person is not on the panel."))
    round_.members.remove(member)
    db.session.flush()
    audit.record("panel_remove", round_, user=user, member=member_user.id)


def exclude_candidate(candidate: Candidate, reason: str, *, user) -> Candidate:
    """Leave a candidate out of a draft round, with the reason recorded."""
    round_ = candidate.round
    _require(round_.can_manage(user), _("Only a coordinator of this unit can exclude a candidate."))
    _require(round_.is_draft, _("Candidates can only be excluded before the round opens."))
    reason = clean_text(reason)
    _require(len(reason) >= 10, _("Give the reason for the exclusion (at least 10 characters)."))
    candidate.is_excluded, candidate.exclusion_reason = True, reason
    candidate.excluded_by_id, candidate.excluded_at = user.id, utcnow()
    db.session.flush()
    audit.record("candidate_exclude", round_, user=user, story=candidate.story_id)
    return candidate


def open_round(round_: Round, *, user) -> Round:
    """Open a draft round to its panel, after a last refresh of its candidates."""
    _require(round_.can_manage(user), _("Only a coordinator of this unit can open the round."))
    _require(round_.is_draft, _("Only a draft round can be opened."))
    refresh_candidates(round_)
    _require(round_.chair is not None, _("Choose the chair of the panel first."))
    for rd in round_.domains:
        _require(round_.active_candidates(rd.domain_id),
                 _("The domain %(domain)s has no candidate; remove it or wait for stories.", domain=rd.domain.label))
    round_.status, round_.opened_at = "open", utcnow()
    db.session.flush()
    audit.record("round_open", round_, user=user, candidates=len(round_.active_candidates()))
    return round_


# -- reading and voting ------------------------------------------------------

def mark_read(candidate: Candidate, *, user) -> None:
    """Record that a panelist opened a candidate (once)."""
    _require(candidate.round.can_read(user), _("Only panelists of this round can read its stories."))
    exists = db.session.scalar(sa.select(ReadMark.id).where(ReadMark.candidate_id == candidate.id,
                                                            ReadMark.panelist_id == user.id))
    if exists:
        return
    try:
        with db.session.begin_nested():
            db.session.add(ReadMark(candidate_id=candidate.id, panelist_id=user.id))
    except IntegrityError:  # the same page opened twice at once
        pass


def save_comment(candidate: Candidate, text: str, *, user) -> Comment | None:
    """Keep a panelist's note on a candidate; an empty note removes it."""
    round_ = candidate.round
    _require(round_.can_read(user), _("Only panelists of this round can comment."))
    _not_frozen(round_)
    text = clean_text(text)
    _require(len(text) <= COMMENT_MAX, _("A comment has at most %(n)d characters.", n=COMMENT_MAX))
    comment = db.session.scalar(sa.select(Comment).where(Comment.candidate_id == candidate.id,
                                                         Comment.panelist_id == user.id))
    if not text:
        if comment is not None:
            db.session.delete(comment)
        db.session.flush()
        return None
    if comment is None:
        comment = Comment(candidate_id=candidate.id, panelist_id=user.id, text=text)
        db.session.add(comment)
    comment.text, comment.updated_at = text, utcnow()
    db.session.flush()
    audit.record("comment_save", round_, user=user, story=candidate.story_id)
    return comment


def _validated(round_: Round, choice, candidates: list[int]):
    if round_.method == "approval":
        return {s: 1 for s in tally.validate_approval(choice, candidates, round_.max_approvals or 1)}
    if round_.method == "ranking":
        return {s: place for place, s in enumerate(tally.validate_ranking(choice, candidates), 1)}
    return tally.validate_scores(choice, candidates)


def cast_ballot(round_: Round, domain_id: int, choice, *, user) -> Ballot:
    """Save a panelist's ballot for a domain, whole, replacing an earlier one; refused once the round is closed."""
    round_ = lock_round(round_.id)
    _require(round_.is_member(user), _("Only panelists of this round can vote."))
    _require(round_.uses_ballots, _("This round decides by consensus; there are no ballots."))
    _require(round_.is_open, _("This round is closed; no ballot is accepted any more.")
             if round_.status in ("closed", "finalised") else _("This round is not open yet."))
    _require(round_.round_domain(domain_id) is not None, _("This domain is not part of the round."))
    candidates = round_.active_candidates(domain_id)
    values = _validated(round_, choice, sorted(c.story_id for c in candidates))
    unread = [c for c in candidates if c.id not in queries.read_ids(round_, user)]
    _require(not unread, _("Read every story of this domain before voting (%(n)d not read yet).", n=len(unread)))
    ballot = queries.user_ballot(round_, user, domain_id)
    changed = ballot is not None
    if ballot is None:
        ballot = Ballot(round_id=round_.id, domain_id=domain_id, panelist_id=user.id)
        db.session.add(ballot)
    else:
        ballot.entries.clear()
        ballot.updated_at = utcnow()
        db.session.flush()
    ballot.entries.extend(BallotEntry(story_id=s, value=v) for s, v in values.items())
    db.session.flush()
    audit.record("ballot_cast", round_, user=user, domain=domain_id, changed=changed)
    return ballot


def record_refusal(round_: Round | None, *, user, reason: str, domain: int | None = None) -> None:
    """Audit a refused ballot (bad input, closed round, not on the panel); call after rolling back."""
    audit.record("ballot_refused", round_, user=user, reason=reason[:80], domain=domain)
    db.session.flush()


def close_round(round_: Round, *, user) -> Round:
    """Close voting; nothing is accepted after this, even a ballot racing it."""
    round_ = lock_round(round_.id)
    _require(round_.is_chair(user), _("Only the chair closes the round."))
    _require(round_.is_open, _("Only an open round can be closed."))
    round_.status, round_.closed_at = "closed", utcnow()
    db.session.flush()
    audit.record("round_close", round_, user=user)
    return round_
