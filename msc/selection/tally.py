"""Vote counting for selection rounds: pure functions on plain data.

Candidates are story ids (ints).  Every function takes data and returns data;
nothing here knows about Flask or the database, so a round can be recounted
from its archived JSON by anyone.

Methods (per domain of a round):

* approval  – each panelist approves 1..k candidates; tally = approvals.
* ranking   – each panelist ranks every candidate; Borda count, n-1 points
              for first place down to 0 for last.
* scoring   – each panelist scores every candidate 1-5; tally = mean score.
              A candidate nobody scored (only possible when there are no
              ballots at all) has no mean and is counted as 0.0.  Ties on the
              mean are broken by the number of scores received (as every
              valid ballot scores every candidate, counts only differ in
              tallies passed to ``outcome_from_tally`` directly).
* schulze   – each panelist ranks every candidate, ties allowed (a ballot is
              a list of groups, best first); tally = number of candidates a
              story beats on strongest paths (see schulze.py).
* consensus – no ballots; ``validate_consensus`` checks the chair's choice.

A scoring ballot may abstain on a story (score None); an approval ballot may
be empty (an explicit abstention, checked where it is cast).  A panelist
never votes on a story they collected: ``excluded`` (one collection per
ballot) lists the stories a ballot leaves out.  Borda gives such a story the
mean of the points of that ballot, so that a conflict neither helps nor hurts
it; approval and scoring simply do not count it; Schulze does not compare it.

Messages go through gettext (the English msgid outside an application).

Every tally validates each ballot and raises ``BallotError`` on the first
invalid one, so a recount never silently accepts a corrupted archive.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from . import schulze
from .validation import (  # noqa: F401 - re-exported: the recount API is tally's
    MAX_SCORE,
    MIN_SCORE,
    BallotError,
    _candidate_ids,
    _check_positive,
    _is_id,
    validate_approval,
    validate_consensus,
    validate_groups,
    validate_ranking,
    validate_scores,
)

METHODS = ("approval", "ranking", "scoring", "schulze")


@dataclass(frozen=True)
class Outcome:
    """The tally of one domain and who is selected: certain winners and tied candidates."""

    tally: dict[int, float | int]
    winners: list[int]
    ties: list[int]


# -- tallies -------------------------------------------------------------------


def _per_ballot(ballots: Iterable, excluded: Sequence[Collection[int]] | None):
    """Pair each ballot with the stories it leaves out (its panelist collected them)."""
    ballots = list(ballots)
    if excluded is None:
        return [(b, frozenset()) for b in ballots]
    if len(excluded) != len(ballots):
        raise ValueError("excluded must give one collection per ballot.")
    return [(b, frozenset(e)) for b, e in zip(ballots, excluded, strict=True)]


def tally_approval(
    candidates: Collection[int],
    ballots: Iterable[Sequence[int]],
    *,
    max_approvals: int | None = None,
    excluded: Sequence[Collection[int]] | None = None,
) -> dict[int, int]:
    """Count approvals per candidate; max_approvals None allows approving every candidate; [] abstains."""
    ids = _candidate_ids(candidates)
    if max_approvals is not None:
        _check_positive("max_approvals", max_approvals)
    limit = max(len(ids), 1) if max_approvals is None else max_approvals
    tally = dict.fromkeys(ids, 0)
    for ballot, left_out in _per_ballot(ballots, excluded):
        for story in validate_approval(ballot, [c for c in ids if c not in left_out], limit, allow_empty=True):
            tally[story] += 1
    return tally


def tally_borda(candidates: Collection[int], rankings: Iterable[Sequence[int]], *,
                excluded: Sequence[Collection[int]] | None = None) -> dict[int, int | float]:
    """Borda count: n-1 points for a first place down to 0 for the last.

    A story left out of a ballot (its panelist collected it) gets the mean of that ballot's points.
    """
    ids = _candidate_ids(candidates)
    tally: dict[int, int | float] = dict.fromkeys(ids, 0)
    top = len(ids) - 1
    for ranking, left_out in _per_ballot(rankings, excluded):
        allowed = [c for c in ids if c not in left_out]
        for place, story in enumerate(validate_ranking(ranking, allowed)):
            tally[story] += top - place
        given = [top - place for place in range(len(allowed))] or [top / 2]
        mean = sum(given) / len(given)
        for story in left_out:
            if story in tally:
                tally[story] += int(mean) if mean == int(mean) else mean
    return tally


def _score_totals(
    ids: list[int], ballots: Iterable[Mapping[int, int]], excluded: Sequence[Collection[int]] | None = None
) -> tuple[dict[int, int], dict[int, int]]:
    """Sum and count the scores of each candidate in one pass over the ballots (abstentions not counted)."""
    totals = dict.fromkeys(ids, 0)
    counts = dict.fromkeys(ids, 0)
    for ballot, left_out in _per_ballot(ballots, excluded):
        for story, score in validate_scores(ballot, [c for c in ids if c not in left_out]).items():
            if score is not None:
                totals[story] += score
                counts[story] += 1
    return totals, counts


def _means(totals: dict[int, int], counts: dict[int, int]) -> dict[int, float]:
    """Mean score per candidate, 0.0 for a candidate nobody scored."""
    return {s: totals[s] / counts[s] if counts[s] else 0.0 for s in totals}


def tally_scores(
    candidates: Collection[int], ballots: Iterable[Mapping[int, int]], *,
    excluded: Sequence[Collection[int]] | None = None,
) -> dict[int, float]:
    """Mean score per candidate (0.0 when nobody scored it)."""
    return _means(*_score_totals(_candidate_ids(candidates), ballots, excluded))


def score_counts(
    candidates: Collection[int], ballots: Iterable[Mapping[int, int]], *,
    excluded: Sequence[Collection[int]] | None = None,
) -> dict[int, int]:
    """Number of scores each candidate received (the scoring tie-break)."""
    return _score_totals(_candidate_ids(candidates), ballots, excluded)[1]


@dataclass(frozen=True)
class SchulzeCount:
    """The pairwise matrix, the strongest paths and the tally (candidates beaten) of a Schulze count."""

    pairwise: dict[int, dict[int, int]]
    paths: dict[int, dict[int, int]]
    tally: dict[int, int]


def count_schulze(candidates: Collection[int], ballots: Iterable[Sequence[Sequence[int]]], *,
                  excluded: Sequence[Collection[int]] | None = None) -> SchulzeCount:
    """Validate the ranked ballots (ties allowed) and count them with the Schulze method."""
    ids = _candidate_ids(candidates)
    valid = [validate_groups(groups, [c for c in ids if c not in left_out])
             for groups, left_out in _per_ballot(ballots, excluded)]
    d = schulze.pairwise(ids, valid)
    p = schulze.strongest_paths(ids, d)
    return SchulzeCount(d, p, schulze.wins(ids, p))


def tally_schulze(candidates: Collection[int], ballots: Iterable[Sequence[Sequence[int]]], *,
                  excluded: Sequence[Collection[int]] | None = None) -> dict[int, int]:
    """Per candidate, how many candidates it beats on strongest paths."""
    return count_schulze(candidates, ballots, excluded=excluded).tally


# -- outcome -------------------------------------------------------------------


def outcome_from_tally(
    tally: Mapping[int, float | int],
    winners_wanted: int = 1,
    *,
    counts: Mapping[int, int] | None = None,
) -> Outcome:
    """Split a tally into certain winners and candidates tied at the cut-off; counts break ties."""
    _check_positive("winners_wanted", winners_wanted)
    ids = _candidate_ids(tally)

    def key(story: int) -> tuple[float | int, int]:
        return (tally[story], counts[story] if counts is not None else 0)

    order = sorted(ids, key=lambda s: (_negate(key(s)), s))
    tally_out = {s: tally[s] for s in ids}
    if len(order) <= winners_wanted:
        return Outcome(tally_out, order, [])
    cutoff = key(order[winners_wanted - 1])
    if key(order[winners_wanted]) != cutoff:
        return Outcome(tally_out, order[:winners_wanted], [])
    winners = [s for s in order if key(s) > cutoff]
    ties = [s for s in order if key(s) == cutoff]
    return Outcome(tally_out, winners, ties)


def _negate(key: tuple[float | int, int]) -> tuple[float | int, int]:
    """Turn a 'higher is better' key into an ascending sort key."""
    return (-key[0], -key[1])


def decide(
    method: str,
    candidates: Collection[int],
    ballots: Iterable,
    winners_wanted: int = 1,
    *,
    max_approvals: int | None = None,
    excluded: Sequence[Collection[int]] | None = None,
) -> Outcome:
    """Tally one domain's ballots with the round's method and return the outcome.

    max_approvals applies to 'approval' only (None: no limit but the number
    of candidates) and is ignored by the other methods. excluded gives, per
    ballot, the stories its panelist collected and so did not vote on.
    """
    _check_positive("winners_wanted", winners_wanted)
    if method == "approval":
        tally = tally_approval(candidates, ballots, max_approvals=max_approvals, excluded=excluded)
        return outcome_from_tally(tally, winners_wanted)
    if method == "ranking":
        return outcome_from_tally(tally_borda(candidates, ballots, excluded=excluded), winners_wanted)
    if method == "scoring":
        totals, counts = _score_totals(_candidate_ids(candidates), ballots, excluded)
        return outcome_from_tally(_means(totals, counts), winners_wanted, counts=counts)
    if method == "schulze":
        return outcome_from_tally(tally_schulze(candidates, ballots, excluded=excluded), winners_wanted)
    if method == "consensus":
        raise ValueError("A consensus round has no ballots; use validate_consensus.")
    raise ValueError(f"Unknown selection method {method!r}; expected one of {METHODS}.")


# -- archive hash ----------------------------------------------------------------


def _canonical(value: object) -> object:
    """Make a payload JSON-ready: int dict keys become strings, tuples lists, dataclasses dicts."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = dataclasses.asdict(value)
    if isinstance(value, Mapping):
        out: dict[str, object] = {}
        for k, v in value.items():
            if _is_id(k):
                k = str(k)
            elif not isinstance(k, str):
                raise TypeError(f"Cannot hash a dict key of type {type(k).__name__}.")
            if k in out:  # {1: ..., "1": ...} would otherwise hash ambiguously
                raise ValueError(f"Key {k!r} appears both as an int and as a string.")
            out[k] = _canonical(v)
        return out
    if isinstance(value, (list, tuple)):
        return [_canonical(v) for v in value]
    return value


def results_hash(payload: object) -> str:
    """Return "sha256:<hex>" of the payload's canonical JSON (sorted keys, compact, UTF-8)."""
    text = json.dumps(
        _canonical(payload),
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        allow_nan=False,
    )
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


# Keys the round JSON gained after the first results hashes were recorded (issue 11: conflicts of
# interest, Schulze, in-person rounds). A round finalised before them was hashed without them, so a
# recount checks the hash of the payload as it is, then of the payload without those keys.
LATER_ROUND_KEYS = ("mode", "attendance")
LATER_DOMAIN_KEYS = ("collectors", "pairwise", "paths")


def earlier_payload(payload: dict) -> dict:
    """The payload in the shape rounds were hashed in before LATER_*_KEYS existed."""
    out = {k: v for k, v in payload.items() if k not in LATER_ROUND_KEYS and k != "results_hash"}
    out["domains"] = [{k: v for k, v in d.items() if k not in LATER_DOMAIN_KEYS} for d in payload.get("domains", [])]
    return out


def hash_verifies(payload: dict) -> bool:
    """True when the payload's results_hash is the hash of the rest, in today's or the earlier shape."""
    stored = payload.get("results_hash")
    if not stored:
        return False
    rest = {k: v for k, v in payload.items() if k != "results_hash"}
    return stored in (results_hash(rest), results_hash(earlier_payload(rest)))
