"""Ballot validation for selection rounds: pure functions on plain data (re-exported by tally.py).

Every function checks one ballot against the candidates (int story ids) and raises ``BallotError`` with a
message the panelist can read (gettext: the English msgid outside an application).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from flask_babel import gettext as _

from ..errors import RuleError

MIN_SCORE = 1
MAX_SCORE = 5


class BallotError(RuleError):
    """A ballot breaks a voting rule; the message can be shown to the panelist."""


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
        raise BallotError(_("This ballot is not a list of stories."))
    return list(ballot)


def _not_candidate(value: object) -> BallotError:
    """Build the error for an id that is not among the candidates."""
    return BallotError(_("Story %(id)s is not a candidate in this round.", id=repr(value)))


def _check_positive(name: str, value: int) -> None:
    """Refuse a count (winners wanted, approvals allowed) that is not a positive int."""
    if not _is_id(value) or value < 1:
        raise ValueError(f"{name} must be an int of at least 1.")


# -- validation ----------------------------------------------------------------


def validate_approval(
    approved: Sequence[int], candidates: Collection[int], max_approvals: int, *, allow_empty: bool = False
) -> list[int]:
    """Check an approval ballot (1..max_approvals distinct candidates; none if abstaining) and return it sorted."""
    _check_positive("max_approvals", max_approvals)
    allowed = set(_candidate_ids(candidates))
    entries = _as_list(approved)
    if not entries and not allow_empty:
        raise BallotError(_("Approve at least one story, or abstain in this domain."))
    seen: set[int] = set()
    for story in entries:
        if not _is_id(story) or story not in allowed:
            raise _not_candidate(story)
        if story in seen:
            raise BallotError(_("You approved story %(id)s more than once.", id=story))
        seen.add(story)
    if len(entries) > max_approvals:
        raise BallotError(_("You can approve at most %(k)d stories; you approved %(n)d.",
                            k=max_approvals, n=len(entries)))
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
            raise BallotError(_("Story %(id)s appears more than once in your ranking.", id=story))
        seen.add(story)
    missing = [c for c in allowed if c not in seen]
    if missing:
        raise BallotError(_("Your ranking is missing story %(id)s; rank every story.", id=missing[0]))
    return entries


def validate_groups(groups: Sequence, candidates: Collection[int]) -> list[list[int]]:
    """Check a ranking with ties (Schulze): non-empty groups, best first, covering every candidate once."""
    allowed = set(_candidate_ids(candidates))
    seen: set[int] = set()
    out = []
    for group in _as_list(groups):
        if isinstance(group, (str, bytes)) or not isinstance(group, Sequence) or not group:
            raise BallotError(_("Each place of the ranking names one or more stories."))
        for story in group:
            if not _is_id(story) or story not in allowed:
                raise _not_candidate(story)
            if story in seen:
                raise BallotError(_("Story %(id)s appears more than once in your ranking.", id=story))
            seen.add(story)
        out.append(sorted(group))
    missing = sorted(allowed - seen)
    if missing:
        raise BallotError(_("Your ranking is missing story %(id)s; rank every story.", id=missing[0]))
    return out


def validate_scores(scores: Mapping[int, int | None], candidates: Collection[int]) -> dict[int, int | None]:
    """Check that exactly the candidates are scored, each with an int 1-5 or None (an explicit abstention)."""
    allowed = _candidate_ids(candidates)
    if not isinstance(scores, Mapping):
        raise BallotError(_("This ballot is not a set of scores."))
    for story in scores:
        if not _is_id(story) or story not in allowed:
            raise _not_candidate(story)
    for story in allowed:
        if story not in scores:
            raise BallotError(_("Give a score to story %(id)s, or abstain on it.", id=story))
        score = scores[story]
        if score is None:
            continue
        if not _is_id(score):  # rejects 3.5, 3.0, "3" and True
            raise BallotError(_("Give story %(id)s a whole-number score from 1 to 5.", id=story))
        if not MIN_SCORE <= score <= MAX_SCORE:
            raise BallotError(_("Give story %(id)s a score from 1 to 5, not %(score)s.", id=story, score=score))
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
            raise BallotError(_("Story %(id)s is chosen more than once.", id=story))
        seen.add(story)
    expected = min(winners_wanted, len(allowed))
    if len(entries) != expected:
        raise BallotError(_("Choose exactly %(k)d stories; %(n)d chosen.", k=expected, n=len(entries)))
    return entries
