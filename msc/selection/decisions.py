"""State changes after the vote: tie-breaks, runoffs, consensus, reasons, finalisation, withdrawals.

Same habits as operations.py: check, change, flush, audit; never commit.
"""
import sqlalchemy as sa
from flask_babel import lazy_gettext as _

from .. import audit
from ..extensions import db
from ..forms_common import clean_text
from ..models_base import utcnow
from . import queries, tally
from .models import Ballot, BallotEntry, Candidate, PanelMember, Round, RoundDomain, Selection, TieBreak
from .operations import (
    REASONS_MIN_CHARS,
    REASONS_MIN_WORDS,
    SelectionError,
    _not_frozen,
    _require,
    lock_round,
    refresh_candidates,
)


def check_reasons(text: str) -> str:
    """Reasons say why, with substance (the Guide asks for the reasons, not a format): at least
    ``REASONS_MIN_CHARS`` characters and ``REASONS_MIN_WORDS`` different words, one sentence or several."""
    text = clean_text(text)
    words = {w.casefold() for w in text.split() if any(ch.isalpha() for ch in w)}
    _require(len(text) >= REASONS_MIN_CHARS and len(words) >= REASONS_MIN_WORDS,
             _("Say why the panel chose this story, in your own words: at least %(c)d characters.",
               c=REASONS_MIN_CHARS))
    return text


def _chair_of_closed(round_: Round, user) -> None:
    _require(round_.is_chair(user), _("Only the chair can do this."))
    _not_frozen(round_)
    _require(round_.is_closed, _("Close the round first."))


def _result(round_: Round, domain_id: int) -> queries.DomainResult:
    rd = round_.round_domain(domain_id)
    _require(rd is not None, _("This domain is not part of the round."))
    return queries.domain_result(round_, rd)


def break_tie(round_: Round, domain_id: int, story_ids: list[int], reason: str, *, user) -> list[TieBreak]:
    """The chair picks among the tied stories, and says why."""
    _chair_of_closed(round_, user)
    result = _result(round_, domain_id)
    _require(result.pending > 0, _("There is no tie to break in this domain."))
    _require(result.round_domain.runoff_round_id is None, _("A runoff decides this tie."))
    picks = list(dict.fromkeys(story_ids))
    _require(picks and all(s in result.tied_open for s in picks), _("Choose among the tied stories only."))
    _require(len(picks) == result.pending, _("Choose exactly %(n)d of the tied stories.", n=result.pending))
    reason = check_reasons(reason)
    rows = [TieBreak(round_id=round_.id, domain_id=domain_id, story_id=s, reason=reason, decided_by_id=user.id)
            for s in picks]
    db.session.add_all(rows)
    db.session.flush()
    audit.record("tie_break", round_, user=user, domain=domain_id, stories=picks)
    return rows


def start_runoff(round_: Round, domain_id: int, *, user) -> Round:
    """Open a runoff round on the same panel, limited to the tied stories of one domain."""
    _chair_of_closed(round_, user)
    result = _result(round_, domain_id)
    _require(result.pending > 0, _("There is no tie to break in this domain."))
    _require(result.round_domain.runoff_round_id is None, _("A runoff was already started for this domain."))
    runoff = Round(programme_id=round_.programme_id, unit_id=round_.unit_id, period_id=round_.period_id,
                   parent_round_id=round_.id, method=round_.method, winners_per_domain=result.pending,
                   max_approvals=round_.max_approvals and min(round_.max_approvals, len(result.tied_open)),
                   created_by_id=user.id, status="open", opened_at=utcnow())
    db.session.add(runoff)
    runoff.domains.append(RoundDomain(domain_id=domain_id))
    runoff.members.extend(PanelMember(user_id=m.user_id, is_chair=m.is_chair, role=m.role) for m in round_.members)
    by_story = {c.story_id: c for c in round_.candidates}
    runoff.candidates.extend(Candidate(story_id=s, domain_id=domain_id, source_round_id=by_story[s].source_round_id)
                             for s in result.tied_open)
    db.session.flush()
    result.round_domain.runoff_round_id = runoff.id
    db.session.flush()
    audit.record("runoff_start", round_, user=user, domain=domain_id, runoff=runoff.id)
    return runoff


def record_consensus(round_: Round, domain_id: int, story_ids: list[int], *, user) -> list[Selection]:
    """The chair records the stories the panel agreed on after discussion (consensus rounds)."""
    _require(round_.is_chair(user), _("Only the chair can do this."))
    _not_frozen(round_)
    _require(round_.method == "consensus", _("This round is decided by its ballots."))
    _require(round_.status in ("open", "closed"), _("Open the round first."))
    candidates = [c.story_id for c in round_.active_candidates(domain_id)]
    chosen = tally.validate_consensus(story_ids, candidates, round_.winners_per_domain)
    old = {s.story_id: s for s in db.session.scalars(sa.select(Selection).where(
        Selection.round_id == round_.id, Selection.domain_id == domain_id))}
    for story_id, sel in old.items():
        if story_id not in chosen:
            db.session.delete(sel)
    rows = []
    for rank, story_id in enumerate(chosen, 1):
        sel = old.get(story_id) or Selection(round_id=round_.id, domain_id=domain_id, story_id=story_id)
        sel.rank, sel.is_consensus, sel.recorded_by_id, sel.updated_at = rank, True, user.id, utcnow()
        db.session.add(sel)
        rows.append(sel)
    db.session.flush()
    audit.record("consensus_record", round_, user=user, domain=domain_id, stories=chosen)
    return rows


def record_reasons(round_: Round, story_id: int, text: str, *, user) -> Selection:
    """The chair writes why the panel chose a winner."""
    _chair_of_closed(round_, user)
    cand = next((c for c in round_.active_candidates() if c.story_id == story_id), None)
    _require(cand is not None, _("This story is not a candidate of the round."))
    _require(story_id in _result(round_, cand.domain_id).winners, _("Reasons are written for the winners only."))
    text = check_reasons(text)
    sel = db.session.scalar(sa.select(Selection).where(Selection.round_id == round_.id,
                                                       Selection.story_id == story_id))
    if sel is None:
        sel = Selection(round_id=round_.id, domain_id=cand.domain_id, story_id=story_id)
        db.session.add(sel)
    sel.reasons, sel.recorded_by_id, sel.updated_at = text, user.id, utcnow()
    db.session.flush()
    audit.record("reasons_record", round_, user=user, story=story_id)
    return sel


def finalise_round(round_: Round, *, user) -> Round:
    """Freeze the round: every tie decided, every winner with its reasons; winners rise to the parent unit."""
    round_ = lock_round(round_.id)
    _chair_of_closed(round_, user)
    _require(not round_.is_runoff, _("A runoff is finalised with the round it decides."))
    reasons = queries.reasons_for(round_)
    for result in queries.results(round_):
        _require(result.pending == 0, _("Decide the tie in %(domain)s first.", domain=result.domain.label))
        _require(result.winners, _("No winner in %(domain)s yet.", domain=result.domain.label))
        missing = [s for s in result.winners if s not in reasons]
        _require(not missing, _("Write the reasons for every winner of %(domain)s.", domain=result.domain.label))
        _rank_selections(round_, result)
    now = utcnow()
    for rd in round_.domains:
        if rd.runoff_round is not None:
            rd.runoff_round.status, rd.runoff_round.finalised_at = "finalised", now
            db.session.flush()
            rd.runoff_round.results_hash = queries.compute_hash(rd.runoff_round)
    round_.status, round_.finalised_at = "finalised", now
    db.session.flush()
    round_.results_hash = queries.compute_hash(round_)
    promoted = promote_winners(round_)
    audit.record("round_finalise", round_, user=user, results_hash=round_.results_hash, promoted=promoted)
    return round_


def _rank_selections(round_: Round, result) -> None:
    rows = {s.story_id: s for s in db.session.scalars(sa.select(Selection).where(
        Selection.round_id == round_.id, Selection.domain_id == result.round_domain.domain_id))}
    for story_id, sel in rows.items():
        sel.rank = result.winners.index(story_id) + 1 if story_id in result.winners else None
    db.session.flush()


def promote_winners(round_: Round) -> int:
    """Put the winners before the parent unit's draft rounds of the same period (new rounds find them too)."""
    parent = round_.unit.parent
    if parent is None:
        return 0
    drafts = db.session.scalars(sa.select(Round).where(Round.unit_id == parent.id, Round.period_id == round_.period_id,
                                                       Round.status == "draft"))
    return sum(refresh_candidates(r) for r in drafts)


def on_consent_withdrawn(story, uses=None, **_kw) -> None:
    """A withdrawn story leaves every unfinished round and is flagged in the finalised ones."""
    if uses is not None and "panel" not in uses:
        return  # narrowed for another use: panels may still read it
    for cand in db.session.scalars(sa.select(Candidate).where(Candidate.story_id == story.id,
                                                              Candidate.is_withdrawn.is_(False))):
        cand.is_withdrawn = True
        if not cand.round.is_finalised:
            cand.left_at = utcnow()
            _drop_votes_for(cand)
        audit.record("candidate_withdrawn", cand.round, story=story.id, finalised=cand.round.is_finalised)
    db.session.flush()


def on_approval_voided(story, user=None, **_kw) -> None:
    """The pseudonymised fields are no longer approved: the story leaves every round not finalised."""
    for cand in db.session.scalars(sa.select(Candidate).where(Candidate.story_id == story.id,
                                                              Candidate.left_at.is_(None))):
        if not cand.round.is_finalised:
            cand.left_at = utcnow()
            _drop_votes_for(cand)
            audit.record("candidate_left_unapproved", cand.round, user=user, story=story.id)
    db.session.flush()


def on_approval_given(story, user=None, **_kw) -> None:
    """Approved again: the story comes back to the rounds it left that are still in draft or open."""
    for cand in db.session.scalars(sa.select(Candidate).where(Candidate.story_id == story.id,
                                                              Candidate.left_at.is_not(None))):
        if not cand.is_withdrawn and cand.round.status in ("draft", "open"):
            cand.left_at = None
            audit.record("candidate_back_approved", cand.round, user=user, story=story.id)
    db.session.flush()


def _drop_votes_for(cand: Candidate) -> None:
    round_id, story_id = cand.round_id, cand.story_id
    db.session.execute(sa.delete(BallotEntry).where(BallotEntry.story_id == story_id, BallotEntry.ballot_id.in_(
        sa.select(Ballot.id).where(Ballot.round_id == round_id))))
    for table in (TieBreak, Selection):
        db.session.execute(sa.delete(table).where(table.round_id == round_id, table.story_id == story_id))
    # An approval ballot may be left empty: the panelist votes again.
    empty = sa.select(Ballot.id).where(Ballot.round_id == round_id, Ballot.is_abstention.is_(False), ~sa.exists().where(
        BallotEntry.ballot_id == Ballot.id))
    db.session.execute(sa.delete(Ballot).where(Ballot.id.in_(empty)))
    db.session.expire_all()


__all__ = ["SelectionError", "break_tie", "start_runoff", "record_consensus", "record_reasons", "finalise_round",
           "promote_winners", "check_reasons"]
