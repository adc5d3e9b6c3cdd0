"""The panel's discussion and dissent: who sees the comments when, and the dissent kept with the results.

Comments on candidates are seen by the chair while the round runs and by the whole panel once it is closed;
they stay with the results. A panelist may attach a dissent to their ballot; results, feedback and the note
show it, with the panelist's name or anonymously as the round's panel setting says (``Round.dissent_named``).
"""
from dataclasses import dataclass

import sqlalchemy as sa

from ..extensions import db
from .models import Ballot, Candidate, Comment, Round


@dataclass(frozen=True)
class Remark:
    domain_id: int
    story_id: int | None
    author: str | None  # None: anonymous
    text: str


def sees_comments(round_: Round, user) -> bool:
    """The chair from the opening; the panel (and the round's managers) once it is closed."""
    if round_.status in ("draft", "cancelled") or user is None:
        return False
    if round_.is_chair(user):
        return True
    return round_.status in ("closed", "finalised") and (round_.is_member(user) or round_.can_manage(user))


def comments_for(round_: Round, user) -> dict[int, list[Remark]]:
    """Per story, the panel's comments the user may see (empty when they may see none)."""
    if not sees_comments(round_, user):
        return {}
    names = {m.user_id: m.user.name for m in round_.members}
    rows = db.session.execute(sa.select(Comment, Candidate).join(Candidate, Comment.candidate_id == Candidate.id)
                              .where(Candidate.round_id == round_.id).order_by(Comment.id)).tuples()
    out: dict[int, list[Remark]] = {}
    for comment, cand in rows:
        out.setdefault(cand.story_id, []).append(
            Remark(cand.domain_id, cand.story_id, names.get(comment.panelist_id), comment.text))
    return out


def dissents(round_: Round, user) -> list[Remark]:
    """The dissents attached to ballots, once the round is closed; named only if the panel chose so."""
    if round_.status not in ("closed", "finalised"):
        return []
    names = {m.user_id: m.user.name for m in round_.members}
    rows = db.session.scalars(sa.select(Ballot).where(Ballot.round_id == round_.id, Ballot.dissent != "")
                              .order_by(Ballot.domain_id, Ballot.id))
    return [Remark(b.domain_id, None, names.get(b.panelist_id) if round_.dissent_named else None, b.dissent)
            for b in rows]
