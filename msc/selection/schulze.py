"""The Schulze method for ranked ballots that allow ties: pure functions on plain data.

A ballot is a list of groups, best first; each group is a list of story ids ranked equal. A ballot ranks
every candidate it may vote on (a panelist never ranks a story they collected: that story is left out of
their ballot and is compared with no other on it). ``d[a][b]`` counts the ballots that rank a above b;
``p[a][b]`` is the strength of the strongest path from a to b (widest path, Floyd–Warshall); the tally of a
story is the number of candidates it beats on strongest paths (``p[a][b] > p[b][a]``).
"""
from __future__ import annotations

from collections.abc import Iterable


def pairwise(ids: list[int], ballots: Iterable[list[list[int]]]) -> dict[int, dict[int, int]]:
    """d[a][b]: how many ballots rank a strictly above b (stories absent from a ballot are not compared)."""
    d = {a: dict.fromkeys((b for b in ids if b != a), 0) for a in ids}
    for groups in ballots:
        place = {s: i for i, group in enumerate(groups) for s in group}
        for a in place:
            for b in place:
                if place[a] < place[b]:
                    d[a][b] += 1
    return d


def strongest_paths(ids: list[int], d: dict[int, dict[int, int]]) -> dict[int, dict[int, int]]:
    """p[a][b]: the strength of the strongest path from a to b (0 when a does not beat b directly or through others)."""
    p = {a: {b: (d[a][b] if d[a][b] > d[b][a] else 0) for b in ids if b != a} for a in ids}
    for k in ids:
        for i in ids:
            if i == k:
                continue
            for j in ids:
                if j in (i, k):
                    continue
                p[i][j] = max(p[i][j], min(p[i][k], p[k][j]))
    return p


def wins(ids: list[int], p: dict[int, dict[int, int]]) -> dict[int, int]:
    """Per story, the number of candidates it beats on strongest paths (the Schulze tally)."""
    return {a: sum(1 for b in ids if b != a and p[a][b] > p[b][a]) for a in ids}
