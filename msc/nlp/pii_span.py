"""The span every personal-data detector returns, its labels and the priorities that settle overlaps."""
from __future__ import annotations

from typing import NamedTuple

LABELS = ("PER", "LOC", "PHONE", "EMAIL", "ID")

# Priorities: lower wins an overlap.
# The statistical recogniser's spans come last, unless it is sure (pii_model.SURE): then they come before spaCy's
# entities, whose small models often take a name for a place or an organisation.
P_EMAIL, P_ID, P_PHONE, P_KNOWN, P_LOC_RULE, P_PER_RULE, P_MODEL_SURE, P_NER, P_GAZ, P_PROPER, P_MODEL = range(11)


class Span(NamedTuple):
    start: int
    end: int
    label: str
    priority: int = P_NER
