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
* consensus – no ballots; ``validate_consensus`` checks the chair's choice.

Every tally validates each ballot and raises ``BallotError`` on the first
invalid one, so a recount never silently accepts a corrupted archive.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..errors import RuleError

MIN_SCORE = 1
MAX_SCORE = 5
METHODS = ("approval", "ranking", "scoring")


class BallotError(RuleError):
    """A ballot breaks a voting rule; the message can be shown to the panelist."""


@dataclass(frozen=True)
class Outcome:
    """The tally of one domain and who is selected: certain winners and tied candidates."""

    tally: dict[int, float | int]
    winners: list[int]
    ties: list[int]


# -- helpers -----------------------------------------------------------------


def _is_id(value: object) -> bool:
    """Return True for an int story id (bools are ints in Python but not ids)."""
    return isinstance(value, int) and not isinstance(value, bool)


def _candidate_ids(candidates: Collection[int]) -> list[int]:
    """Return the candidates sorted; a malformed list is a programming error, not a ballot error."""
    ids = list(candidates)
    if not all(_is_id(c) for c in ids):
        raise ValueError("Candidates must be int story ids.")
    if len(set(ids)) != len(ids):
        raise ValueError("Candidates must not repeat.")
    return sorted(ids)


def _as_list(ballot: object) -> list:
    """Return a list ballot's entries, refusing strings, mappings and unordered sets."""
    if isinstance(ballot, (str, bytes)) or not isinstance(ballot, Sequence):
        raise BallotError("This ballot is not a list of stories.")
    return list(ballot)


def _not_candidate(value: object) -> BallotError:
    """Build the error for an id that is not among the candidates."""
    return BallotError(f"Story {value!r} is not a candidate in this round.")


def _check_positive(name: str, value: int) -> None:
    """Refuse a count (winners wanted, approvals allowed) that is not a positive int."""
    if not _is_id(value) or value < 1:
        raise ValueError(f"{name} must be an int of at least 1.")


# -- validation ----------------------------------------------------------------


def validate_approval(
    approved: Sequence[int], candidates: Collection[int], max_approvals: int
) -> list[int]:
    """Check an approval ballot (1..max_approvals distinct candidates) and return it sorted."""
    _check_positive("max_approvals", max_approvals)
    allowed = set(_candidate_ids(candidates))
    entries = _as_list(approved)
    if not entries:
        raise BallotError("Approve at least one story.")
    seen: set[int] = set()
    for story in entries:
        if not _is_id(story) or story not in allowed:
            raise _not_candidate(story)
        if story in seen:
            raise BallotError(f"You approved story {story} more than once.")
        seen.add(story)
    if len(entries) > max_approvals:
        raise BallotError(
            f"You can approve at most {max_approvals} "
            f"{'story' if max_approvals == 1 else 'stories'}; you approved {len(entries)}."
        )
    return sorted(entries)


def validate_ranking(ranking: Sequence[int], candidates: Collection[int]) -> list[int]:
    """Check that a ranking is an exact permutation of the candidates and return it."""
    allowed = _candidate_ids(candidates)
    entries = _as_list(ranking)
    seen: set[int] = set()
    for story in entries:
        if not _is_id(story) or story not in allowed:
            raise _not_candidate(story)
        if story in seen:
            raise BallotError(f"Story {story} appears more than once in your ranking.")
        seen.add(story)
    missing = [c for c in allowed if c not in seen]
    if missing:
        raise BallotError(f"Your ranking is missing story {missing[0]}; rank every story.")
    return entries


def validate_scores(scores: Mapping[int, int], candidates: Collection[int]) -> dict[int, int]:
    """Check that exactly the candidates are scored, each with an int 1-5; return it sorted."""
    allowed = _candidate_ids(candidates)
    if not isinstance(scores, Mapping):
        raise BallotError("This ballot is not a set of scores.")
    for story in scores:
        if not _is_id(story) or story not in allowed:
            raise _not_candidate(story)
    for story in allowed:
        if story not in scores:
            raise BallotError(f"Give a score to story {story}.")
        score = scores[story]
        if not _is_id(score):  # rejects 3.5, 3.0, "3" and True
            raise BallotError(f"Give story {story} a whole-number score from 1 to 5.")
        if not MIN_SCORE <= score <= MAX_SCORE:
            raise BallotError(f"Give story {story} a score from 1 to 5, not {score}.")
    return {story: scores[story] for story in allowed}


def validate_consensus(
    chosen: Sequence[int], candidates: Collection[int], winners_wanted: int = 1
) -> list[int]:
    """Check the chair's winners (distinct candidates, right count); keep their order."""
    _check_positive("winners_wanted", winners_wanted)
    allowed = _candidate_ids(candidates)
    entries = _as_list(chosen)
    seen: set[int] = set()
    for story in entries:
        if not _is_id(story) or story not in allowed:
            raise _not_candidate(story)
        if story in seen:
            raise BallotError(f"Story {story} is chosen more than once.")
        seen.add(story)
    expected = min(winners_wanted, len(allowed))
    if len(entries) != expected:
        raise BallotError(
            f"Choose exactly {expected} {'story' if expected == 1 else 'stories'}; "
            f"{len(entries)} chosen."
        )
    return entries


# -- tallies -------------------------------------------------------------------


def tally_approval(
    candidates: Collection[int],
    ballots: Iterable[Sequence[int]],
    *,
    max_approvals: int | None = None,
) -> dict[int, int]:
    """Count approvals per candidate; max_approvals None allows approving every candidate."""
    ids = _candidate_ids(candidates)
    if max_approvals is not None:
        _check_positive("max_approvals", max_approvals)
    limit = max(len(ids), 1) if max_approvals is None else max_approvals
    tally = dict.fromkeys(ids, 0)
    for ballot in ballots:
        for story in validate_approval(ballot, ids, limit):
            tally[story] += 1
    return tally


def tally_borda(candidates: Collection[int], rankings: Iterable[Sequence[int]]) -> dict[int, int]:
    """Borda count: n-1 points for a first place down to 0 for the last."""
    ids = _candidate_ids(candidates)
    tally = dict.fromkeys(ids, 0)
    top = len(ids) - 1
    for ranking in rankings:
        for place, story in enumerate(validate_ranking(ranking, ids)):
            tally[story] += top - place
    return tally


def _score_totals(
    ids: list[int], ballots: Iterable[Mapping[int, int]]
) -> tuple[dict[int, int], dict[int, int]]:
    """Sum and count the scores of each candidate in one pass over the ballots."""
    totals = dict.fromkeys(ids, 0)
    counts = dict.fromkeys(ids, 0)
    for ballot in ballots:
        for story, score in validate_scores(ballot, ids).items():
            totals[story] += score
            counts[story] += 1
    return totals, counts


def _means(totals: dict[int, int], counts: dict[int, int]) -> dict[int, float]:
    """Mean score per candidate, 0.0 for a candidate nobody scored."""
    return {s: totals[s] / counts[s] if counts[s] else 0.0 for s in totals}


def tally_scores(
    candidates: Collection[int], ballots: Iterable[Mapping[int, int]]
) -> dict[int, float]:
    """Mean score per candidate (0.0 when nobody scored it)."""
    return _means(*_score_totals(_candidate_ids(candidates), ballots))


def score_counts(
    candidates: Collection[int], ballots: Iterable[Mapping[int, int]]
) -> dict[int, int]:
    """Number of scores each candidate received (the scoring tie-break)."""
    return _score_totals(_candidate_ids(candidates), ballots)[1]


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
) -> Outcome:
    """Tally one domain's ballots with the round's method and return the outcome.

    max_approvals applies to 'approval' only (None: no limit but the number
    of candidates) and is ignored by the other methods.
    """
    _check_positive("winners_wanted", winners_wanted)
    if method == "approval":
        tally = tally_approval(candidates, ballots, max_approvals=max_approvals)
        return outcome_from_tally(tally, winners_wanted)
    if method == "ranking":
        return outcome_from_tally(tally_borda(candidates, ballots), winners_wanted)
    if method == "scoring":
        totals, counts = _score_totals(_candidate_ids(candidates), ballots)
        return outcome_from_tally(_means(totals, counts), winners_wanted, counts=counts)
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
