"""Cohen's kappa: agreement between two coders beyond what chance would give (no Flask, no database).

κ = (p_o − p_e) / (1 − p_e), with p_o the share of items both coders put in the same category and p_e the
share they would agree on by chance given how often each used each category (Cohen 1960).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable


def cohen_kappa(pairs: Iterable[tuple[Hashable, Hashable]]) -> float | None:
    """Kappa over (first coder's category, second coder's category) per item; None when undefined.

    Undefined: no item, or chance agreement is already total (both coders put every item in one same
    category), where kappa is 0/0.
    """
    pairs = list(pairs)
    n = len(pairs)
    if not n:
        return None
    first, second = Counter(a for a, _b in pairs), Counter(b for _a, b in pairs)
    observed = sum(1 for a, b in pairs if a == b) / n
    expected = sum(first[k] * second[k] for k in first) / (n * n)
    if expected >= 1:
        return None
    return (observed - expected) / (1 - expected)


def kappa_from_table(table: dict[tuple[Hashable, Hashable], int]) -> float | None:
    """Kappa from counts per (first coder's category, second coder's category)."""
    return cohen_kappa([cell for cell, n in table.items() for _i in range(n)])


def binary_table(pairs: Iterable[tuple[bool, bool]]) -> dict[tuple[bool, bool], int]:
    """The 2×2 table of yes/no pairs (both yes, first only, second only, both no)."""
    counts = Counter((bool(a), bool(b)) for a, b in pairs)
    return {cell: counts.get(cell, 0) for cell in ((True, True), (True, False), (False, True), (False, False))}
