"""Tests for msc.selection.tally: worked examples, validation rules, properties."""

import hashlib
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from msc.selection.tally import (
    BallotError,
    Outcome,
    decide,
    hash_verifies,
    outcome_from_tally,
    results_hash,
    score_counts,
    tally_approval,
    tally_borda,
    tally_scores,
    validate_approval,
    validate_consensus,
    validate_ranking,
    validate_scores,
)

# -- worked examples (every number checked by hand) ----------------------------

APPROVAL_CANDIDATES = [10, 20, 30, 40]
# 10: ballots 1, 4 -> 2;  20: ballots 1, 2, 3 -> 3;  30: ballot 2 -> 1;  40: ballot 4 -> 1
APPROVAL_BALLOTS = [[10, 20], [20, 30], [20], [40, 10]]

BORDA_CANDIDATES = [1, 2, 3, 4]  # n = 4: places score 3, 2, 1, 0
# 1: 2 + 3 + 1 = 6;  2: 3 + 2 + 3 = 8;  3: 1 + 0 + 2 = 3;  4: 0 + 1 + 0 = 1  (sum 18 = 3 x 6)
BORDA_BALLOTS = [[2, 1, 3, 4], [1, 2, 4, 3], [2, 3, 1, 4]]

SCORE_CANDIDATES = [5, 6, 7]
# 5: (4 + 5 + 3) / 3 = 4.0;  6: (2 + 3 + 1) / 3 = 2.0;  7: (5 + 3 + 5) / 3 = 13/3
SCORE_BALLOTS = [{5: 4, 6: 2, 7: 5}, {5: 5, 6: 3, 7: 3}, {5: 3, 6: 1, 7: 5}]


def test_approval_worked_example_tally():
    assert tally_approval(APPROVAL_CANDIDATES, APPROVAL_BALLOTS) == {10: 2, 20: 3, 30: 1, 40: 1}


def test_approval_worked_example_winner():
    assert decide("approval", APPROVAL_CANDIDATES, APPROVAL_BALLOTS, max_approvals=2) == Outcome(
        tally={10: 2, 20: 3, 30: 1, 40: 1}, winners=[20], ties=[]
    )


def test_approval_two_winners_wanted_without_tie():
    outcome = decide("approval", APPROVAL_CANDIDATES, APPROVAL_BALLOTS, 2)
    assert (outcome.winners, outcome.ties) == ([20, 10], [])


def test_approval_third_place_tied():
    outcome = decide("approval", APPROVAL_CANDIDATES, APPROVAL_BALLOTS, 3)
    assert (outcome.winners, outcome.ties) == ([20, 10], [30, 40])


def test_approval_candidate_without_votes_has_zero():
    assert tally_approval([1, 2, 3], [[1], [1, 2]]) == {1: 2, 2: 1, 3: 0}


def test_approval_tally_enforces_max_approvals():
    with pytest.raises(BallotError):
        tally_approval(APPROVAL_CANDIDATES, [[10, 20, 30]], max_approvals=2)


def test_borda_worked_example_tally():
    assert tally_borda(BORDA_CANDIDATES, BORDA_BALLOTS) == {1: 6, 2: 8, 3: 3, 4: 1}


def test_borda_worked_example_winner():
    outcome = decide("ranking", BORDA_CANDIDATES, BORDA_BALLOTS)
    assert (outcome.winners, outcome.ties) == ([2], [])


def test_borda_no_ballots_all_zero():
    assert tally_borda([3, 1], []) == {1: 0, 3: 0}


def test_scoring_worked_example_means():
    tally = tally_scores(SCORE_CANDIDATES, SCORE_BALLOTS)
    assert tally == {5: 4.0, 6: 2.0, 7: pytest.approx(13 / 3)}


def test_scoring_worked_example_counts():
    assert score_counts(SCORE_CANDIDATES, SCORE_BALLOTS) == {5: 3, 6: 3, 7: 3}


def test_scoring_worked_example_winner():
    outcome = decide("scoring", SCORE_CANDIDATES, SCORE_BALLOTS)
    assert (outcome.winners, outcome.ties) == ([7], [])


def test_scoring_equal_means_and_counts_tie():
    ballots = [{1: 4, 2: 5, 3: 1}, {1: 5, 2: 4, 3: 2}]  # 1: 4.5, 2: 4.5, 3: 1.5
    outcome = decide("scoring", [1, 2, 3], ballots)
    assert (outcome.winners, outcome.ties) == ([], [1, 2])


def test_scoring_without_ballots_means_are_zero():
    assert tally_scores([1, 2], []) == {1: 0.0, 2: 0.0}


def test_scoring_accepts_a_generator_of_ballots():
    outcome = decide("scoring", SCORE_CANDIDATES, (b for b in SCORE_BALLOTS))
    assert outcome.winners == [7]


# -- outcome and the cut-off ---------------------------------------------------


def test_tie_for_single_place():
    assert outcome_from_tally({1: 3, 2: 3, 3: 1}, 1) == Outcome({1: 3, 2: 3, 3: 1}, [], [1, 2])


def test_tie_for_second_place():
    assert outcome_from_tally({1: 5, 2: 3, 3: 3}, 2) == Outcome({1: 5, 2: 3, 3: 3}, [1], [2, 3])


def test_tie_inside_top_n_is_not_a_tie():
    assert outcome_from_tally({1: 5, 2: 5, 3: 1}, 2) == Outcome({1: 5, 2: 5, 3: 1}, [1, 2], [])


def test_tie_covers_every_candidate_at_cut_off_score():
    outcome = outcome_from_tally({1: 4, 2: 2, 3: 2, 4: 2, 5: 0}, 2)
    assert (outcome.winners, outcome.ties) == ([1], [2, 3, 4])


def test_winners_ordered_by_tally_then_id():
    outcome = outcome_from_tally({9: 2, 4: 7, 6: 2, 1: 0}, 3)
    assert outcome.winners == [4, 6, 9]


def test_scoring_secondary_key_breaks_equal_means():
    outcome = outcome_from_tally({1: 4.0, 2: 4.0, 3: 2.0}, 1, counts={1: 2, 2: 3, 3: 3})
    assert (outcome.winners, outcome.ties) == ([2], [])


def test_scoring_secondary_key_does_not_beat_a_higher_mean():
    outcome = outcome_from_tally({1: 4.5, 2: 4.0}, 1, counts={1: 1, 2: 9})
    assert outcome.winners == [1]


def test_fewer_candidates_than_winners_wanted_all_win():
    outcome = decide("ranking", [1, 2], [[2, 1]], 3)
    assert (outcome.winners, outcome.ties) == ([2, 1], [])


def test_no_candidates_gives_empty_outcome():
    assert decide("approval", [], []) == Outcome({}, [], [])


def test_decide_rejects_unknown_method():
    with pytest.raises(ValueError, match="Unknown selection method"):
        decide("lottery", [1], [])


def test_decide_refuses_consensus():
    with pytest.raises(ValueError, match="validate_consensus"):
        decide("consensus", [1], [])


def test_decide_rejects_zero_winners_wanted():
    with pytest.raises(ValueError):
        decide("approval", [1], [], 0)


def test_decide_rejects_invalid_ballot():
    with pytest.raises(BallotError):
        decide("ranking", [1, 2], [[1, 2], [1]])


def test_candidates_must_not_repeat():
    with pytest.raises(ValueError):
        tally_borda([1, 1], [])


# -- validation: approval --------------------------------------------------------


def test_valid_approval_is_returned_sorted():
    assert validate_approval([30, 10], APPROVAL_CANDIDATES, 2) == [10, 30]


def test_approval_outside_candidate_rejected():
    with pytest.raises(BallotError, match="Story 99 is not a candidate"):
        validate_approval([99], APPROVAL_CANDIDATES, 2)


def test_approval_duplicate_rejected():
    with pytest.raises(BallotError, match="more than once"):
        validate_approval([10, 10], APPROVAL_CANDIDATES, 2)


def test_approval_too_many_rejected():
    with pytest.raises(BallotError, match="at most 2 stories; you approved 3"):
        validate_approval([10, 20, 30], APPROVAL_CANDIDATES, 2)


def test_approval_empty_rejected():
    with pytest.raises(BallotError, match="at least one"):
        validate_approval([], APPROVAL_CANDIDATES, 2)


def test_approval_bool_id_rejected():
    with pytest.raises(BallotError, match="not a candidate"):
        validate_approval([True], [1, 2], 1)


def test_approval_string_ballot_rejected():
    with pytest.raises(BallotError):
        validate_approval("12", [1, 2], 2)


def test_ballot_error_is_a_value_error():
    assert issubclass(BallotError, ValueError)


# -- validation: ranking ---------------------------------------------------------


def test_valid_ranking_returned_in_order():
    assert validate_ranking([3, 1, 2], [1, 2, 3]) == [3, 1, 2]


def test_ranking_outside_candidate_rejected():
    with pytest.raises(BallotError, match="Story 9 is not a candidate"):
        validate_ranking([1, 2, 9], [1, 2, 3])


def test_ranking_duplicate_rank_rejected():
    with pytest.raises(BallotError, match="Story 2 appears more than once"):
        validate_ranking([1, 2, 2], [1, 2, 3])


def test_ranking_missing_rank_rejected():
    with pytest.raises(BallotError, match="missing story 3"):
        validate_ranking([2, 1], [1, 2, 3])


def test_ranking_set_rejected():
    with pytest.raises(BallotError):
        validate_ranking({1, 2}, [1, 2])


# -- validation: scores ----------------------------------------------------------


def test_valid_scores_returned():
    assert validate_scores({2: 5, 1: 1}, [1, 2]) == {1: 1, 2: 5}


@pytest.mark.parametrize("bad", [0, 6])
def test_score_out_of_range_rejected(bad):
    with pytest.raises(BallotError, match="from 1 to 5"):
        validate_scores({1: bad, 2: 3}, [1, 2])


@pytest.mark.parametrize("bad", [3.5, 3.0, "3"])
def test_score_not_an_integer_rejected(bad):
    with pytest.raises(BallotError, match="whole-number"):
        validate_scores({1: bad, 2: 3}, [1, 2])


def test_score_true_rejected():
    with pytest.raises(BallotError, match="whole-number"):
        validate_scores({1: True, 2: 3}, [1, 2])


def test_score_missing_candidate_rejected():
    with pytest.raises(BallotError, match="Give a score to story 2"):
        validate_scores({1: 3}, [1, 2])


def test_score_extra_id_rejected():
    with pytest.raises(BallotError, match="Story 7 is not a candidate"):
        validate_scores({1: 3, 2: 3, 7: 3}, [1, 2])


def test_score_string_key_rejected():
    with pytest.raises(BallotError, match="not a candidate"):
        validate_scores({"1": 3, 2: 3}, [1, 2])


# -- validation: consensus ---------------------------------------------------------


def test_consensus_keeps_chair_order():
    assert validate_consensus([3, 1], [1, 2, 3], 2) == [3, 1]


def test_consensus_wrong_count_rejected():
    with pytest.raises(BallotError, match="Choose exactly 2 stories"):
        validate_consensus([3], [1, 2, 3], 2)


def test_consensus_outside_candidate_rejected():
    with pytest.raises(BallotError, match="not a candidate"):
        validate_consensus([4], [1, 2, 3])


def test_consensus_duplicate_rejected():
    with pytest.raises(BallotError, match="more than once"):
        validate_consensus([1, 1], [1, 2, 3], 2)


def test_consensus_fewer_candidates_than_wanted_needs_all():
    assert validate_consensus([2, 1], [1, 2], 3) == [2, 1]


# -- results_hash ------------------------------------------------------------------


def test_results_hash_format_and_value():
    expected = hashlib.sha256('{"a":[1,"é"],"b":2.5}'.encode()).hexdigest()
    assert results_hash({"b": 2.5, "a": (1, "é")}) == "sha256:" + expected


def test_results_hash_of_outcome_matches_its_archived_json():
    outcome = decide("ranking", BORDA_CANDIDATES, BORDA_BALLOTS)
    as_json = json.dumps({"tally": outcome.tally, "winners": outcome.winners, "ties": []})
    archived = json.loads(as_json)  # int keys come back as strings
    assert results_hash(outcome) == results_hash(archived)


def test_results_hash_rejects_colliding_keys():
    with pytest.raises(ValueError):
        results_hash({1: "a", "1": "b"})


def test_results_hash_rejects_nan():
    with pytest.raises(ValueError):
        results_hash({"x": float("nan")})


# -- properties ----------------------------------------------------------------------

candidate_lists = st.lists(st.integers(1, 10_000), min_size=1, max_size=7, unique=True)


@st.composite
def ranking_round(draw):
    """Candidates and a list of rankings (permutations) of them."""
    candidates = draw(candidate_lists)
    rankings = draw(st.lists(st.permutations(candidates), max_size=12))
    return candidates, rankings


@st.composite
def approval_round(draw):
    """Candidates and approval ballots (each a non-empty subset, no cap)."""
    candidates = draw(candidate_lists)
    ballot = st.lists(st.sampled_from(candidates), min_size=1, unique=True)
    return candidates, draw(st.lists(ballot, max_size=12))


@st.composite
def scoring_round(draw):
    """Candidates and full score ballots."""
    candidates = draw(candidate_lists)
    ballot = st.fixed_dictionaries({c: st.integers(1, 5) for c in candidates})
    return candidates, draw(st.lists(ballot, max_size=12))


@given(st.data())
def test_property_unanimous_first_place_wins_borda(data):
    candidates = data.draw(candidate_lists)
    favourite = data.draw(st.sampled_from(candidates))
    rest = [c for c in candidates if c != favourite]
    rankings = data.draw(st.lists(st.permutations(rest).map(lambda p: [favourite, *p]), min_size=1))
    outcome = decide("ranking", candidates, rankings)
    assert (outcome.winners, outcome.ties) == ([favourite], [])


@given(ranking_round(), st.randoms(use_true_random=False))
def test_property_borda_independent_of_ballot_order(round_, rnd):
    candidates, rankings = round_
    shuffled = rankings[:]
    rnd.shuffle(shuffled)
    assert tally_borda(candidates, shuffled) == tally_borda(candidates, rankings)


@given(approval_round(), st.randoms(use_true_random=False))
def test_property_approval_independent_of_ballot_order(round_, rnd):
    candidates, ballots = round_
    shuffled = ballots[:]
    rnd.shuffle(shuffled)
    assert tally_approval(candidates, shuffled) == tally_approval(candidates, ballots)


@given(scoring_round(), st.randoms(use_true_random=False))
def test_property_scores_independent_of_ballot_order(round_, rnd):
    candidates, ballots = round_
    shuffled = ballots[:]
    rnd.shuffle(shuffled)
    assert decide("scoring", candidates, shuffled) == decide("scoring", candidates, ballots)


@given(ranking_round())
def test_property_total_borda_points(round_):
    candidates, rankings = round_
    n = len(candidates)
    assert sum(tally_borda(candidates, rankings).values()) == len(rankings) * n * (n - 1) // 2


@given(approval_round())
def test_property_approval_sum_is_total_approvals(round_):
    candidates, ballots = round_
    assert sum(tally_approval(candidates, ballots).values()) == sum(len(b) for b in ballots)


def _rank(tally, story):
    """1 + number of candidates with strictly more votes."""
    return 1 + sum(1 for v in tally.values() if v > tally[story])


@given(st.data())
def test_property_extra_approval_never_lowers_rank(data):
    candidates, ballots = data.draw(approval_round())
    c = data.draw(st.sampled_from(candidates))
    before = tally_approval(candidates, ballots)
    after = tally_approval(candidates, [*ballots, [c]])
    assert _rank(after, c) <= _rank(before, c)


@given(approval_round(), st.integers(1, 8))
def test_property_outcome_fills_the_places(round_, wanted):
    candidates, ballots = round_
    outcome = decide("approval", candidates, ballots, wanted)
    assert len(outcome.winners) + len(outcome.ties) >= min(wanted, len(candidates))
    assert len(outcome.winners) <= wanted
    assert not set(outcome.winners) & set(outcome.ties)


json_leaf = st.none() | st.booleans() | st.integers() | st.text(max_size=5)
int_key_payload = st.recursive(
    json_leaf,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.integers(-50, 50), inner, max_size=4)
    ),
    max_leaves=15,
)


def _reorder(value, rnd):
    """Rebuild every dict with its items inserted in a shuffled order."""
    if isinstance(value, dict):
        items = list(value.items())
        rnd.shuffle(items)
        return {k: _reorder(v, rnd) for k, v in items}
    if isinstance(value, list):
        return [_reorder(v, rnd) for v in value]
    return value


def _stringify_keys(value):
    """Turn every int dict key into a string, as a JSON round trip would."""
    if isinstance(value, dict):
        return {str(k): _stringify_keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_stringify_keys(v) for v in value]
    return value


@given(int_key_payload, st.randoms(use_true_random=False))
def test_property_hash_ignores_key_order(payload, rnd):
    assert results_hash(_reorder(payload, rnd)) == results_hash(payload)


@given(int_key_payload)
def test_property_hash_same_for_int_and_str_keys(payload):
    assert results_hash(_stringify_keys(payload)) == results_hash(payload)



# -- Schulze (ranked ballots with ties) and conflicts of interest ---------------------------------

def _wikipedia_ballots():
    """The Schulze method's worked example (45 voters, A..E = 1..5): E wins, then A, C, B, D."""
    a, b, c, d, e = 1, 2, 3, 4, 5
    profile = [(5, [a, c, b, e, d]), (5, [a, d, e, c, b]), (8, [b, e, d, a, c]), (3, [c, a, b, e, d]),
               (7, [c, a, e, b, d]), (2, [c, b, a, d, e]), (7, [d, c, e, b, a]), (8, [e, b, a, d, c])]
    return [[[s] for s in order] for n, order in profile for _ in range(n)]


def test_schulze_worked_example_pairwise_paths_and_winner():
    from msc.selection.tally import count_schulze

    count = count_schulze([1, 2, 3, 4, 5], _wikipedia_ballots())
    assert count.pairwise[1][2] == 20 and count.pairwise[2][1] == 25 and count.pairwise[5][4] == 31
    assert count.paths[5][1] == 25 and count.paths[1][5] == 24
    assert count.tally == {5: 4, 1: 3, 3: 2, 2: 1, 4: 0}
    assert decide("schulze", [1, 2, 3, 4, 5], _wikipedia_ballots()).winners == [5]


def test_schulze_groups_rank_equal_and_a_full_tie_is_a_tie():
    ballots = [[[1, 2], [3]], [[2, 1], [3]]]
    outcome = decide("schulze", [1, 2, 3], ballots)
    assert outcome.tally == {1: 1, 2: 1, 3: 0} and outcome.winners == [] and outcome.ties == [1, 2]


@pytest.mark.parametrize("bad, match", [([[1], [1, 2], [3]], "more than once"), ([[1], [2]], "missing story 3"),
                                        ([[1], [], [2, 3]], "one or more"), ([[1, 2, 9], [3]], "not a candidate"),
                                        ([1, 2, 3], "one or more")])
def test_schulze_ballot_errors(bad, match):
    from msc.selection.tally import validate_groups

    with pytest.raises(BallotError, match=match):
        validate_groups(bad, [1, 2, 3])


def test_a_ballot_leaves_out_the_stories_its_panelist_collected():
    # panelist 2 collected story 3: their ballot ranks 1 and 2 only, and may not name 3
    assert tally_borda([1, 2, 3], [[3, 1, 2], [2, 1]], excluded=[set(), {3}]) == {1: 1 + 1, 2: 0 + 2, 3: 2 + 1.5}
    with pytest.raises(BallotError, match="not a candidate"):
        tally_borda([1, 2, 3], [[3, 1, 2], [3, 2, 1]], excluded=[set(), {3}])
    assert tally_approval([1, 2, 3], [[3], [1]], excluded=[set(), {3}]) == {1: 1, 2: 0, 3: 1}
    assert decide("scoring", [1, 2], [{1: 5, 2: 1}, {2: 3}], excluded=[set(), {1}]).tally == {1: 5.0, 2: 2.0}
    assert decide("schulze", [1, 2, 3], [[[2], [1]]], excluded=[{3}]).tally == {1: 0, 2: 1, 3: 0}


def test_scores_may_abstain_and_approvals_may_be_empty_in_a_recount():
    assert decide("scoring", [1, 2], [{1: 4, 2: None}, {1: 2, 2: 5}]).tally == {1: 3.0, 2: 5.0}
    assert tally_approval([1, 2], [[], [2]]) == {1: 0, 2: 1}


def test_a_round_hashed_before_the_later_keys_still_verifies() -> None:
    today = {"id": 3, "method": "ranking", "mode": "online", "domains": [
        {"domain": 1, "candidates": [5, 6], "tally": {"5": 2, "6": 1}, "collectors": {"5": 9, "6": None}}]}
    earlier = {"id": 3, "method": "ranking", "domains": [{"domain": 1, "candidates": [5, 6], "tally": {"5": 2, "6": 1}}]}
    assert hash_verifies({**today, "results_hash": results_hash(today)})
    assert hash_verifies({**today, "results_hash": results_hash(earlier)})
    changed = {**today, "domains": [{**today["domains"][0], "tally": {"5": 1, "6": 2}}]}
    assert not hash_verifies({**changed, "results_hash": results_hash(earlier)})
    assert not hash_verifies(today)
