"""Cohen's kappa against textbook values (Cohen 1960; the worked examples of the Wikipedia article and of
scikit-learn's documentation), and its undefined cases."""
import pytest

from msc.agreement.kappa import binary_table, cohen_kappa, kappa_from_table


def _table(yy, yn, ny, nn):
    return {("yes", "yes"): yy, ("yes", "no"): yn, ("no", "yes"): ny, ("no", "no"): nn}


@pytest.mark.parametrize(("cells", "expected"), [
    ((20, 5, 10, 15), 0.4),  # p_o = 0.7, p_e = 0.5
    ((45, 15, 25, 15), 0.1304),  # same agreement, different marginals: the "paradox" examples
    ((25, 35, 5, 35), 0.2593),
    ((10, 0, 0, 10), 1.0),
    ((0, 10, 10, 0), -1.0),
])
def test_two_by_two_textbook_values(cells, expected):
    assert kappa_from_table(_table(*cells)) == pytest.approx(expected, abs=1e-4)


def test_three_categories_as_in_scikit_learn_documentation():
    first = ["negative", "positive", "negative", "neutral", "positive"]
    second = ["negative", "positive", "negative", "neutral", "negative"]
    assert cohen_kappa(zip(first, second, strict=True)) == pytest.approx(0.6875)


def test_chance_level_agreement_is_zero():
    # each coder says yes half the time, independently: p_o = p_e = 0.5
    assert kappa_from_table(_table(25, 25, 25, 25)) == pytest.approx(0.0)


def test_undefined_cases_give_none():
    assert cohen_kappa([]) is None
    assert cohen_kappa([(False, False)] * 4) is None  # both always "no": 0/0


def test_binary_table_counts_every_cell():
    assert binary_table([(True, True), (True, False), (0, 1), (None, False)]) == {
        (True, True): 1, (True, False): 1, (False, True): 1, (False, False): 1}
