"""Read-only helpers: a round's results per domain, its archive JSON, progress, feedback, story journeys,
and the one definition of "selected" with what reports read from it."""
from dataclasses import dataclass, field
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from ..analysis.release import pseudonym_note, released_title
from ..extensions import db
from ..programmes.models import Level, Unit
from ..reports.labels import label_in
from ..reports.schema import FeedbackDomain, FeedbackNote, FeedbackWinner, FunnelLevel, RoundInfo, SelectionRecord
from . import tally
from .discussion import dissents
from .meeting_models import RoomVote, RoundAttendee
from .models import Ballot, Candidate, Comment, ReadMark, Round, Selection, TieBreak

WITHDRAWN_TITLE = "—"


@dataclass
class DomainResult:
    """One domain of a round: candidates, ballots (as plain data), tally, ties and the winners so far."""

    round_domain: object
    candidates: list[int]
    ballots: list[dict] = field(default_factory=list)
    tally: dict[int, float] = field(default_factory=dict)
    ties: list[int] = field(default_factory=list)
    winners: list[int] = field(default_factory=list)
    pending: int = 0  # winners still to decide among the ties
    collectors: dict[int, int | None] = field(default_factory=dict)  # story id -> the user who collected it
    conflicts: dict[int, list[int]] = field(default_factory=dict)  # story id -> panelists who did not vote on it
    schulze: object = None  # tally.SchulzeCount (pairwise matrix, strongest paths) for a Schulze round

    @property
    def domain(self):
        return self.round_domain.domain

    @property
    def tied_open(self) -> list[int]:
        return [s for s in self.ties if s not in self.winners]


def _ballot_data(round_: Round, ballot: Ballot):
    entries = sorted(ballot.entries, key=lambda e: (e.value or 0, e.story_id))
    ids = [e.story_id for e in entries]
    if round_.method == "approval":
        return sorted(ids)
    if round_.method == "ranking":
        return ids
    if round_.method == "schulze":
        groups: dict[int, list[int]] = {}
        for e in entries:
            groups.setdefault(e.value, []).append(e.story_id)
        return [groups[v] for v in sorted(groups)]
    return {e.story_id: e.value for e in ballot.entries}


BALLOT_KEYS = {"approval": "approved", "ranking": "ranking", "scoring": "scores", "schulze": "ranking"}


def domain_ballots(round_: Round, domain_id: int) -> list[Ballot]:
    return list(db.session.scalars(sa.select(Ballot).where(Ballot.round_id == round_.id, Ballot.domain_id == domain_id)
                                    .order_by(Ballot.panelist_id)))


def domain_result(round_: Round, rd) -> DomainResult:
    """Count the domain's ballots with tally.py and add the chair's tie-breaks and the runoff's winners."""
    active = sorted(round_.active_candidates(rd.domain_id), key=lambda c: c.story_id)
    candidates = [c.story_id for c in active]
    result = DomainResult(rd, candidates, collectors={c.story_id: c.story.facilitator_id for c in active})
    if not round_.uses_ballots:
        chosen = db.session.scalars(sa.select(Selection).where(
            Selection.round_id == round_.id, Selection.domain_id == rd.domain_id, Selection.is_consensus.is_(True))
            .order_by(Selection.rank, Selection.id))
        result.winners = [s.story_id for s in chosen if s.story_id in candidates]
        result.pending = 0 if result.winners else min(round_.winners_per_domain, len(candidates))
        if round_.is_in_person:  # the votes counted in the room, when the panel counted them
            result.tally = room_tally(round_.id, rd.domain_id)
        return result
    ballots = domain_ballots(round_, rd.domain_id)
    data = [_ballot_data(round_, b) for b in ballots]
    key = BALLOT_KEYS[round_.method]
    result.ballots = [{"panelist": b.panelist_id, key: d} for b, d in zip(ballots, data, strict=False)]
    excluded = [{s for s, who in result.collectors.items() if who == b.panelist_id} for b in ballots]
    result.conflicts = {s: [m.user_id for m in round_.members if m.user_id == who]
                        for s, who in result.collectors.items() if who in round_.panelist_ids}
    if not candidates:
        return result
    outcome = tally.decide(round_.method, candidates, data, round_.winners_per_domain,
                           max_approvals=round_.max_approvals, excluded=excluded)
    if round_.method == "schulze":
        result.schulze = tally.count_schulze(candidates, data, excluded=excluded)
    result.tally, result.ties, result.winners = outcome.tally, outcome.ties, list(outcome.winners)
    if outcome.ties:
        slots = min(round_.winners_per_domain, len(candidates)) - len(outcome.winners)
        picks = db.session.scalars(sa.select(TieBreak.story_id).where(
            TieBreak.round_id == round_.id, TieBreak.domain_id == rd.domain_id).order_by(TieBreak.id))
        result.winners += [s for s in picks if s in outcome.ties][:slots]
        runoff = rd.runoff_round
        if runoff is not None and runoff.status in ("closed", "finalised"):
            sub = domain_result(runoff, runoff.domains[0])
            result.winners += [s for s in sub.winners if s not in result.winners][:slots]
        result.pending = max(0, len(outcome.winners) + slots - len(result.winners))
    return result


def results(round_: Round) -> list[DomainResult]:
    return [domain_result(round_, rd) for rd in round_.domains]


def reasons_for(round_: Round) -> dict[int, str]:
    return {s.story_id: s.reasons for s in db.session.scalars(
        sa.select(Selection).where(Selection.round_id == round_.id)) if s.reasons}


def round_summary(round_: Round) -> dict:
    """The line `msc rounds list --json` prints."""
    return {"id": round_.id, "unit": round_.unit.code, "level": round_.unit.level.rank,
            "period": round_.period.code, "method": round_.method, "status": round_.status}


def round_payload(round_: Round, with_hash: bool = True) -> dict:
    """The whole round as plain JSON data, so that anyone can recount it with tally.py."""
    reasons = reasons_for(round_)
    show_ballots = round_.status in ("closed", "finalised")
    domains = []
    for r in results(round_):
        domains.append({
            "domain": r.round_domain.domain_id, "candidates": r.candidates,
            "ballots": r.ballots if show_ballots else [],
            "tally": {str(k): v for k, v in r.tally.items()} if show_ballots else {},
            "ties": r.ties if show_ballots else [], "winners": r.winners if show_ballots or not round_.uses_ballots else [],
            "reasons": {str(s): reasons[s] for s in r.winners if s in reasons},
            "collectors": {str(s): who for s, who in r.collectors.items()},
        })
        if r.schulze is not None and show_ballots:
            domains[-1]["pairwise"] = {str(a): {str(b): n for b, n in row.items()} for a, row in r.schulze.pairwise.items()}
            domains[-1]["paths"] = {str(a): {str(b): n for b, n in row.items()} for a, row in r.schulze.paths.items()}
    chair = round_.chair
    payload = {**round_summary(round_), "winners_per_domain": round_.winners_per_domain,
               "max_approvals": round_.max_approvals, "chair": chair.id if chair else None,
               "panelists": round_.panelist_ids, "domains": domains, "mode": round_.mode}
    if round_.is_in_person:
        payload["attendance"] = attendance(round_)
    if with_hash:
        payload["results_hash"] = round_.results_hash
    return payload


def room_tally(round_id: int, domain_id: int) -> dict[int, int]:
    """Votes counted in the room for a domain of an in-person round (empty when the panel did not count)."""
    return dict(db.session.execute(sa.select(RoomVote.story_id, RoomVote.votes).where(
        RoomVote.round_id == round_id, RoomVote.domain_id == domain_id).order_by(RoomVote.story_id)).tuples().all())


def attendance(round_: Round) -> list[dict]:
    """Who attended an in-person round's meeting: name, role, and the user id of those with an account."""
    rows = db.session.scalars(sa.select(RoundAttendee).where(RoundAttendee.round_id == round_.id)
                              .order_by(RoundAttendee.id))
    return [{"name": a.name, "role": a.role, "user": a.user_id} for a in rows]


def compute_hash(round_: Round) -> str:
    """sha256 of the round's JSON without its results_hash key."""
    return tally.results_hash(round_payload(round_, with_hash=False))


def read_ids(round_: Round, user) -> set[int]:
    """Candidate ids the user has opened in this round."""
    return set(db.session.scalars(sa.select(ReadMark.candidate_id).join(Candidate).where(
        Candidate.round_id == round_.id, ReadMark.panelist_id == user.id)))


def user_ballot(round_: Round, user, domain_id: int) -> Ballot | None:
    return db.session.scalar(sa.select(Ballot).where(
        Ballot.round_id == round_.id, Ballot.domain_id == domain_id, Ballot.panelist_id == user.id))


def user_comment(cand: Candidate, user) -> Comment | None:
    return db.session.scalar(sa.select(Comment).where(Comment.candidate_id == cand.id, Comment.panelist_id == user.id))


def progress(round_: Round) -> list[dict]:
    """Who has voted in which domain: names and yes/no, never the ballot."""
    voted = set(db.session.execute(sa.select(Ballot.panelist_id, Ballot.domain_id).where(
        Ballot.round_id == round_.id)).tuples())
    return [{"member": m, "voted": {rd.domain_id: (m.user_id, rd.domain_id) in voted for rd in round_.domains}}
            for m in round_.members]


def live(query: sa.Select) -> sa.Select:
    """Leave out cancelled rounds (they appear in the round list only)."""
    return query.where(Round.status != "cancelled")


def visible_rounds(user, programme) -> list[Round]:
    rounds = db.session.scalars(sa.select(Round).where(Round.programme_id == programme.id)
                                .order_by(Round.period_id.desc(), Round.id.desc()))
    return [r for r in rounds if r.can_view(user) or r.can_see_feedback(user)]


def story_journey(story) -> list[dict]:
    """Every round a story was put before: where, how far, why (reasons once finalised)."""
    rows = []
    for cand in db.session.scalars(live(sa.select(Candidate).join(Round, Candidate.round_id == Round.id).where(
            Candidate.story_id == story.id)).order_by(Candidate.id)):
        round_ = cand.round
        sel = db.session.scalar(sa.select(Selection).where(Selection.round_id == round_.id,
                                                           Selection.story_id == story.id))
        rows.append({"round": round_, "candidate": cand,
                     "selected": bool(round_.is_finalised and sel and sel.rank),
                     "reasons": sel.reasons if round_.is_finalised and sel else ""})
    return rows


def panel_composition(round_: Round) -> dict[str, int]:
    """Panel by role, never names."""
    chairs = sum(1 for m in round_.members if m.is_chair)
    out = {"chair": chairs} if chairs else {}
    others = len(round_.members) - chairs
    if others:
        out["panelist"] = others
    return out


def _title(cand: Candidate) -> str:
    return WITHDRAWN_TITLE if cand.is_withdrawn else released_title(cand.story, None)


def feedback_note(round_: Round, language: str, programme_name: str, withdrawn_label: str) -> FeedbackNote:
    """The plain data of the Word feedback note (roles only, no names; withdrawn stories hidden)."""
    reasons = reasons_for(round_)
    by_story = {c.story_id: c for c in round_.candidates}
    domains = []
    for r in results(round_):
        winners = []
        for rank, sid in enumerate(r.winners, 1):
            cand = by_story[sid]
            winners.append(FeedbackWinner(withdrawn_label if cand.is_withdrawn else released_title(cand.story, None),
                                          "" if cand.is_withdrawn else reasons.get(sid, ""), rank))
        others = [withdrawn_label if by_story[s].is_withdrawn else released_title(by_story[s].story, None)
                  for s in r.candidates if s not in r.winners]
        dissent = [f"{d.author}: {d.text}" if d.author else d.text for d in dissents(round_, None)
                   if d.domain_id == r.round_domain.domain_id]
        domains.append(FeedbackDomain(pick_domain_label(r.domain, language), winners, others, dissent))
    return FeedbackNote(
        programme=programme_name, unit=round_.unit.name, level=_level_label(round_.unit.level, language),
        period_label=round_.period.label or round_.period.code, method=round_.method, generated=date.today(),
        opened=_day(round_.opened_at), closed=_day(round_.closed_at), finalised=_day(round_.finalised_at),
        panel=panel_composition(round_), domains=domains, language=language,
        pseudonym_note=pseudonym_note(round_.programme_id, language))


def pick_domain_label(domain, language: str) -> str:
    return (domain.labels or {}).get(language) or domain.label


def _level_label(level, language: str) -> str:
    return (level.labels or {}).get(language) or level.name


def _day(moment) -> date | None:
    return moment.date() if moment else None


def panel_candidates(round_: Round) -> list:
    """People who may still be added to the round's panel, by name."""
    from ..auth.models import User  # selection reads accounts; auth never imports selection

    people = db.session.scalars(sa.select(User).order_by(User.name))
    return [u for u in people if round_.may_sit_on_panel(u) and not round_.is_member(u)]


# -- "selected": the one definition -----------------------------------------

def selections(*, stories=None, level_id: int | None = None, unit_ids=None, period_id: int | None = None,
               domain_ids=None, round_id: int | None = None) -> sa.Select:
    """(Selection, Round) of the stories selected: winners (ranked) of finalised main rounds.

    A runoff feeds its parent round, so only main rounds count. ``stories`` (ids or
    a select of ids), ``level_id``, ``unit_ids`` (the rounds' units), ``period_id``,
    ``domain_ids`` and ``round_id`` narrow it; every page, note, export and round uses it.
    """
    query = (sa.select(Selection, Round).join(Round, Selection.round_id == Round.id)
             .where(Round.status == "finalised", Round.parent_round_id.is_(None), Selection.rank.is_not(None)))
    if stories is not None:
        query = query.where(Selection.story_id.in_(stories if isinstance(stories, sa.Select) else list(stories) or [-1]))
    if level_id is not None:
        query = query.where(Round.unit_id.in_(sa.select(Unit.id).where(Unit.level_id == level_id)))
    if unit_ids is not None:
        query = query.where(Round.unit_id.in_(list(unit_ids) or [-1]))
    if period_id is not None:
        query = query.where(Round.period_id == period_id)
    if domain_ids is not None:
        query = query.where(Selection.domain_id.in_(list(domain_ids) or [-1]))
    if round_id is not None:
        query = query.where(Round.id == round_id)
    return query


def selected_story_ids(**narrow) -> sa.Select:
    """Ids of the selected stories (see ``selections``), as a select to count, embed or run."""
    return selections(**narrow).with_only_columns(Selection.story_id)


def count_selected(**narrow) -> int:
    """How many distinct stories are selected (see ``selections``)."""
    ids = selected_story_ids(**narrow).subquery()
    return db.session.scalar(sa.select(sa.func.count(sa.distinct(ids.c.story_id))))


def selection_records(story_ids, language: str) -> dict[int, list[SelectionRecord]]:
    """Per story, its selections with the panel's reasons, from the collection level upward."""
    rows = db.session.execute(selections(stories=story_ids).options(
        selectinload(Round.unit).selectinload(Unit.level))).tuples()
    out: dict[int, list] = {}
    for sel, round_ in rows:
        level = round_.unit.level
        out.setdefault(sel.story_id, []).append((level.rank, SelectionRecord(
            label_in(level.labels, language, str(level.rank)), round_.unit.name, sel.reasons,
            _day(round_.finalised_at))))
    return {k: [rec for _, rec in sorted(v, key=lambda x: x[0])] for k, v in out.items()}


def selection_outcomes(story_ids, language: str) -> dict[int, list[dict]]:
    """Per story, every main round it went before: level, unit, round and outcome (selected, rank)."""
    ids = story_ids if isinstance(story_ids, sa.Select) else list(story_ids)  # a select: no parameter per story
    rows = db.session.execute(
        sa.select(Candidate, Round).join(Round, Candidate.round_id == Round.id)
        .where(Round.parent_round_id.is_(None), Round.status != "cancelled",
               Candidate.story_id.in_(ids if isinstance(ids, sa.Select) else ids or [-1]))
        .options(selectinload(Round.unit).selectinload(Unit.level)).order_by(Round.id)).tuples()
    ranks = {(sel.round_id, sel.story_id): sel.rank for sel, _ in db.session.execute(selections(stories=ids)).tuples()}
    out: dict[int, list[dict]] = {}
    for cand, r in rows:
        rank = ranks.get((r.id, cand.story_id))
        outcome = ("excluded" if cand.is_excluded else "withdrawn" if cand.is_withdrawn else
                   "pending" if not r.is_finalised else "selected" if rank else "not_selected")
        out.setdefault(cand.story_id, []).append({
            "level": label_in(r.unit.level.labels, language, str(r.unit.level.rank)), "level_rank": r.unit.level.rank,
            "unit": r.unit.code, "round": r.id, "outcome": outcome, "rank": rank})
    return out


def funnel(scope, language: str) -> list[FunnelLevel] | None:
    """Per level with at least one round: stories available, candidates put before panels, selected.

    Level 1 has the scope's submitted stories available; a higher level has
    what the level below selected. Only the scope's stories are counted.
    """
    if scope.period is None:
        return None
    scoped = scope.submitted_ids()
    main_rounds = sa.select(Round.id).join(Unit, Round.unit_id == Unit.id).where(
        Round.period_id == scope.period.id, Round.programme_id == scope.programme.id, Round.parent_round_id.is_(None),
        Round.status != "cancelled")
    out, available = [], db.session.scalar(sa.select(sa.func.count()).select_from(scoped.subquery()))
    levels = db.session.scalars(sa.select(Level).where(Level.programme_id == scope.programme.id).order_by(Level.rank))
    for level in levels:
        candidates = db.session.scalar(sa.select(sa.func.count(sa.distinct(Candidate.story_id))).where(
            Candidate.round_id.in_(main_rounds.where(Unit.level_id == level.id)),
            Candidate.story_id.in_(scoped), Candidate.is_excluded.is_(False)))
        selected = count_selected(stories=scoped, level_id=level.id, period_id=scope.period.id)
        if not candidates and not selected:
            break  # no round at this level yet: the funnel stops here
        out.append(FunnelLevel(label_in(level.labels, language, str(level.rank)), available, candidates, selected))
        available = selected
    return out


def round_infos(scope, language: str) -> list[RoundInfo] | None:
    """The main rounds of the period that read at least one of the scope's stories, for the annex."""
    if scope.period is None:
        return None
    found = db.session.scalars(
        sa.select(Round).where(Round.period_id == scope.period.id, Round.parent_round_id.is_(None),
                               Round.status != "cancelled",
                               Round.id.in_(sa.select(Candidate.round_id).where(
                                   Candidate.story_id.in_(scope.submitted_ids()))))
        .options(selectinload(Round.unit).selectinload(Unit.level)).order_by(Round.id))
    found = list(found)
    counts = dict(db.session.execute(  # counted in the database: a round may hold thousands of candidates
        sa.select(Candidate.round_id, sa.func.count()).where(
            Candidate.round_id.in_([r.id for r in found] or [-1]), Candidate.is_excluded.is_(False))
        .group_by(Candidate.round_id)).all())
    out = []
    for r in sorted(found, key=lambda r: (r.unit.level.rank, r.unit.code, r.id)):
        out.append(RoundInfo(
            unit=r.unit.name, level=label_in(r.unit.level.labels, language, str(r.unit.level.rank)), method=r.method,
            opened=_day(r.opened_at), closed=_day(r.closed_at), panel=panel_composition(r),
            candidates=counts.get(r.id, 0),
            selected=count_selected(round_id=r.id) if r.is_finalised else None))
    return out
