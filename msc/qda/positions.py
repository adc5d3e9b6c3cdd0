"""Where a span of a story's text lies in its pseudonymised version (no database, no Flask).

Theme evidence is stored as offsets into the text as entered; the exported source is the approved
pseudonymised text, where each masked name became a pseudonym of another length. ``OffsetMap`` holds,
for every masked span, where its pseudonym starts and ends in the pseudonymised text, learnt from the
pseudonymiser itself: ``render(k)`` is the text with only the first ``k`` spans replaced (the pseudonym of
a span depends only on the spans before it), so the length difference between ``render(k)`` and
``render(k - 1)`` is exactly what the k-th pseudonym adds. Offsets count characters (Unicode code points),
as REFI-QDA's text selections do.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


def applied_spans(spans, length: int) -> list[tuple[int, int, str]]:
    """The spans a pseudonymiser replaces, in order: inside the text, overlapping ones after the first dropped."""
    out, pos = [], 0
    for start, end, label in sorted(spans, key=lambda s: (s[0], s[1])):
        if start < pos or end <= start or start < 0 or end > length:
            continue
        out.append((start, end, label))
        pos = end
    return out


@dataclass(frozen=True)
class OffsetMap:
    """Masked spans of the original text and the places of their pseudonyms: (start, end, new start, new end)."""

    pieces: tuple[tuple[int, int, int, int], ...]

    def _shift(self, offset: int) -> int:
        """The shift of an original offset lying outside every masked span."""
        shift = 0
        for _start, end, _new_start, new_end in self.pieces:
            if end <= offset:
                shift = new_end - end
        return shift

    def map(self, start: int, end: int) -> tuple[int, int]:
        """The span of the pseudonymised text that stands for ``[start, end)`` of the original.

        An end inside a masked span reaches the end of its pseudonym, a start inside one its beginning.
        """
        new_start = new_end = None
        for s, e, ns, ne in self.pieces:
            if s <= start < e:
                new_start = ns
            if s < end <= e:
                new_end = ne
        if new_start is None:
            new_start = start + self._shift(start)
        if new_end is None:
            new_end = end + self._shift(end)
        return new_start, new_end


def offset_map(original: str, spans, released: str, render: Callable[[list], str]) -> OffsetMap | None:
    """The map from ``original`` to ``released``, or None when re-rendering does not give ``released`` back
    (the pseudonym style changed since the approval, for instance): the caller then finds the evidence
    by its words."""
    kept = applied_spans(spans, len(original))
    pieces, shift, previous = [], 0, len(original)
    for k, (start, end, _label) in enumerate(kept, 1):
        length = len(render(kept[:k]))
        grown = length - previous
        previous = length
        new_start = start + shift
        pieces.append((start, end, new_start, new_start + (end - start) + grown))
        shift += grown
    if (render(kept) if kept else original) != released:
        return None
    return OffsetMap(tuple(pieces))


def relocate(fragment: str, released: str, near: int) -> tuple[int, int] | None:
    """The occurrence of ``fragment`` in ``released`` nearest to ``near``, or None."""
    if not fragment:
        return None
    best, pos = None, released.find(fragment)
    while pos != -1:
        if best is None or abs(pos - near) < abs(best - near):
            best = pos
        pos = released.find(fragment, pos + 1)
    return None if best is None else (best, best + len(fragment))
