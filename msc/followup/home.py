"""The home page's to-dos per role, each counted with a bounded number of aggregate statements.

facilitator: drafts, reviews pending, feedback to give; panelist: rounds to vote, stories unread;
coordinator: rounds to open, close, finalise, stories not yet candidates and why (the advocacy team's to-dos
are registered by the advocacy package: msc/advocacy/home.py).
"""
from dataclasses import dataclass

import sqlalchemy as sa
from flask import url_for
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import aliased

from ..analysis.models import PseudonymApproval
from ..extensions import db
from ..programmes.models import Unit
from ..selection.models import Ballot, Candidate, PanelMember, ReadMark, Round, RoundDomain
from ..stories.models import Consent, Story
from .queries import feedback_to_give


@dataclass
class Todo:
    role: str
    key: str
    label: object
    count: int
    url: str
    detail: str = ""


def reach(user, roles: tuple[str, ...]) -> set[int]:
    """Units reached through these roles (the unit and everything below), from one statement on the units."""
    roots = {r.unit_id for r in user.roles if r.role in roles}
    if not roots:
        return set()
    children: dict[int | None, list[int]] = {}
    for uid, parent in db.session.execute(sa.select(Unit.id, Unit.parent_id)).tuples():
        children.setdefault(parent, []).append(uid)
    found, todo = set(), list(roots)
    while todo:
        uid = todo.pop()
        if uid not in found:
            found.add(uid)
            todo.extend(children.get(uid, ()))
    return found


def _facilitator(user, units) -> list[Todo]:
    in_units = sa.and_(Story.unit_id.in_(units), Story.erased_at.is_(None))
    drafts = sa.select(sa.func.count(Story.id)).where(in_units, Story.status == "draft",
                                                     Story.facilitator_id == user.id).scalar_subquery()
    reviews = sa.select(sa.func.count(Story.id)).where(in_units, Story.status == "submitted", ~sa.exists().where(
        PseudonymApproval.story_id == Story.id)).scalar_subquery()
    feedback = sa.select(sa.func.count()).select_from(feedback_to_give(units).subquery()).scalar_subquery()
    n_drafts, n_reviews, n_feedback = db.session.execute(sa.select(drafts, reviews, feedback)).one()
    return [Todo("facilitator", "drafts", _l("Your drafts to finish"), n_drafts, url_for("stories.index")),
            Todo("facilitator", "reviews", _l("Stories whose pseudonymised text awaits review"), n_reviews,
                 url_for("stories.index")),
            Todo("facilitator", "feedback", _l("Feedback to give to storytellers"), n_feedback,
                 url_for("followup.index"))]


def _panelist(user) -> list[Todo]:
    mine = sa.select(PanelMember.round_id).where(PanelMember.user_id == user.id)
    open_online = sa.and_(Round.id.in_(mine), Round.status == "open", Round.mode == "online",
                          Round.method != "consensus")
    missing = (sa.select(RoundDomain.round_id).join(Round, Round.id == RoundDomain.round_id).where(
        open_online, ~sa.exists().where(Ballot.round_id == RoundDomain.round_id, Ballot.domain_id == RoundDomain.domain_id,
                                        Ballot.panelist_id == user.id)))
    to_vote = sa.select(sa.func.count(sa.distinct(missing.subquery().c.round_id))).scalar_subquery()
    unread = (sa.select(sa.func.count(Candidate.id)).join(Round, Round.id == Candidate.round_id).where(
        Round.id.in_(mine), Round.status == "open", Round.mode == "online", Candidate.is_excluded.is_(False),
        Candidate.left_at.is_(None), ~sa.exists().where(ReadMark.candidate_id == Candidate.id,
                                                        ReadMark.panelist_id == user.id))).scalar_subquery()
    n_vote, n_unread = db.session.execute(sa.select(to_vote, unread)).one()
    link = url_for("selection.index")
    return [Todo("panelist", "vote", _l("Rounds waiting for your ballot"), n_vote, link),
            Todo("panelist", "unread", _l("Stories you have not read yet"), n_unread, link)]


def _coordinator(units) -> list[Todo]:
    by_status = dict(db.session.execute(sa.select(Round.status, sa.func.count(Round.id)).where(
        Round.unit_id.in_(units), Round.parent_round_id.is_(None), Round.status.in_(("draft", "open", "closed")))
        .group_by(Round.status)).tuples().all())
    link = url_for("selection.index")
    out = [Todo("coordinator", "open", _l("Draft rounds to open"), by_status.get("draft", 0), link),
           Todo("coordinator", "close", _l("Open rounds to close"), by_status.get("open", 0), link),
           Todo("coordinator", "finalise", _l("Closed rounds to finalise"), by_status.get("closed", 0), link)]
    reason = sa.case((~sa.exists().where(Consent.story_id == Story.id, Consent.allows("panel")), "consent"),
                     (~sa.exists().where(PseudonymApproval.story_id == Story.id), "review"), else_="no_round")
    child = aliased(Unit)
    leaves = sa.select(Unit.id).where(Unit.id.in_(units), ~sa.exists().where(child.parent_id == Unit.id))
    waiting = dict(db.session.execute(
        sa.select(reason, sa.func.count(Story.id)).where(
            Story.unit_id.in_(leaves), Story.status == "submitted", Story.erased_at.is_(None),
            ~sa.exists().where(Candidate.story_id == Story.id)).group_by(reason)).tuples().all())
    why = {"consent": _l("no consent for panels"), "review": _l("pseudonymised text not approved"),
           "no_round": _l("no round for their unit and period yet")}
    detail = ", ".join(f"{n} {why[k]}" for k, n in sorted(waiting.items()) if n)
    out.append(Todo("coordinator", "not_candidates", _l("Submitted stories not yet before a panel"),
                    sum(waiting.values()), url_for("stories.index"), detail))
    return out


def todos(user) -> list[Todo]:
    """The signed-in user's to-dos, per role held (an admin sees the coordinators' over every unit)."""
    roles = {r.role for r in user.roles}
    out = []
    if "facilitator" in roles:
        out += _facilitator(user, reach(user, ("facilitator",)))
    if "panelist" in roles or "coordinator" in roles:
        if db.session.scalar(sa.select(PanelMember.id).where(PanelMember.user_id == user.id).limit(1)):
            out += _panelist(user)
    if "coordinator" in roles or "admin" in roles:
        out += _coordinator(reach(user, ("coordinator", "admin")))
    return out


__all__ = ["Todo", "todos", "reach"]
