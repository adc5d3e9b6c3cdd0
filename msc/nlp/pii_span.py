"""The span every personal-data detector returns, its labels and the priorities that settle overlaps."""
from __future__ import annotations

from typing import NamedTuple

LABELS = ("PER", "LOC", "PHONE", "EMAIL", "ID")

# Priorities: lower wins an overlap.
P_EMAIL, P_ID, P_PHONE, P_KNOWN, P_LOC_RULE, P_PER_RULE, P_NER, P_GAZ, P_PROPER, P_MODEL = range(10)


class Span(NamedTuple):
    start: int
    end: int
    label: str
    priority: int = P_NER
