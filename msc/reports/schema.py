"""Plain data the reporting core takes: what the app must pass, nothing more.

These classes know nothing of Flask or the database. Views and CLI commands
build them from queries (already filtered: only selected stories whose
consent allows advocacy, already pseudonymised) and hand them to
``msc.reports.docx``. Labels (unit, domain, level, theme, role names) arrive
already in the note's language; method and role *codes* listed in
``docx.LABELS`` are translated, anything else is printed as given.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

LANGUAGES = ("fr", "en", "ar")
PAGE_SIZES = ("A4", "Letter")


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, not {language!r}")


class SelectionRecord(NamedTuple):
    """One selection of a story: the level, the unit whose panel chose it, why, when."""

    level: str
    unit: str
    reasons: str
    date: dt.date | None = None


class Chart(NamedTuple):
    """A chart ready for Word: caption, PNG bytes (see ``charts.py``) and the numbers it draws (label → value)."""

    caption: str
    png: bytes
    values: tuple = ()


@dataclass
class CountTable:
    """A table of counts: one row per label in ``rows``, one column per label in ``columns``."""

    rows: list[str]
    columns: list[str]
    counts: list[list[int]]

    def __post_init__(self) -> None:
        if len(self.counts) != len(self.rows) or any(len(r) != len(self.columns) for r in self.counts):
            raise ValueError("counts must have one row per row label and one value per column label")

    @classmethod
    def from_nested(cls, nested: dict[str, dict[str, int]], columns: list[str] | None = None) -> CountTable:
        """Build from ``{row: {column: count}}``; missing cells count 0."""
        if columns is None:
            columns = list(dict.fromkeys(c for inner in nested.values() for c in inner))
        rows = list(nested)
        return cls(rows, list(columns), [[nested[r].get(c, 0) for c in columns] for r in rows])


@dataclass
class FunnelLevel:
    """Selection funnel at one level: stories available, put before panels, selected."""

    level: str
    collected: int
    candidates: int
    selected: int


@dataclass
class NoteStory:
    """One selected story, pseudonymised, as it appears in an advocacy note."""

    title: str
    domain: str
    unit: str
    text: str
    significance: str
    selections: list[SelectionRecord] = field(default_factory=list)
    verification: str = ""  # as recorded (method, outcome); "" prints nothing
    pull_quote: str | None = None  # None: chosen from the text automatically
    translated_from: str = ""  # the story's language when its stored translation is printed
    feedback: str = ""  # feedback to the storyteller as recorded; "" prints nothing


@dataclass
class DomainInfo:
    """A domain of change and the question the facilitator asks."""

    name: str
    question: str = ""


@dataclass
class RoundInfo:
    """A selection round as run: where, how, when, who (counts by role), how many."""

    unit: str
    level: str
    method: str  # code ('vote', 'ranking', 'scoring', 'consensus') or label
    opened: dt.date | None = None
    closed: dt.date | None = None
    panel: dict[str, int] = field(default_factory=dict)  # role → count, never names
    candidates: int | None = None
    selected: int | None = None


@dataclass
class Methodology:
    """Annex data: the MSC steps as run for this period."""

    domains: list[DomainInfo] = field(default_factory=list)
    levels: list[str] = field(default_factory=list)  # ordered from collection upward
    rounds: list[RoundInfo] = field(default_factory=list)
    collection_start: dt.date | None = None
    collection_end: dt.date | None = None
    numbers: dict[str, int | str] = field(default_factory=dict)  # label → value, e.g. storytellers


@dataclass
class KeyFigures:
    """The figures of the period."""

    stories_by_unit_domain: CountTable | None = None
    people_concerned: int | None = None
    themes_all: dict[str, int] = field(default_factory=dict)
    themes_selected: dict[str, int] = field(default_factory=dict)
    funnel: list[FunnelLevel] = field(default_factory=list)


@dataclass
class LevelCount:
    """One selection level as the note counts it: stories put before its panels, stories they selected."""

    level: str
    candidates: int
    selected: int


@dataclass
class NoteFigures:
    """The note's one set of figures: every sentence, table and chart that gives a count takes it from here."""

    collected: int = 0  # stories recorded for the scope and period, whatever their status
    submitted: int = 0
    advocacy_consent: int = 0  # submitted, consent in force and covering advocacy
    selected_any: int = 0  # submitted and selected at one level at least (what "selected stories" counts)
    levels: list[LevelCount] = field(default_factory=list)  # from the first level up, levels with a round only
    in_note: int = 0  # stories the note quotes
    excluded_translation: int = 0  # left out: no approved translation into the note's language

    @property
    def top(self) -> LevelCount | None:
        return self.levels[-1] if self.levels else None


@dataclass
class Recommendation:
    """An ask of the note, with the annex numbers (1, 2, …) of the stories that support it."""

    text: str
    stories: list[int] = field(default_factory=list)


@dataclass
class FeaturedStory:
    """A boxed excerpt: the passage the team chose, why it matters to the storyteller, the panel's reason."""

    title: str
    passage: str
    significance: str = ""
    reasons: str = ""
    domain: str = ""
    unit: str = ""
    number: int | None = None  # its number in annex 1
    translated_from: str = ""


@dataclass
class AdvocacyNote:
    """Everything an advocacy note shows. ``footer`` is extra text; the pseudonymisation notice is always printed."""

    programme: str
    organisation: str
    period_code: str
    period_label: str
    generated: dt.date
    language: str = "fr"
    context: str = ""
    figures: KeyFigures = field(default_factory=KeyFigures)
    charts: list[Chart] = field(default_factory=list)
    stories: list[NoteStory] = field(default_factory=list)
    methodology: Methodology = field(default_factory=Methodology)
    footer: str = ""
    pseudonym_note: str = ""  # printed once when pseudonyms are readable names ("Samira*")
    # The policy brief: page 1 and the body before the annexes.
    title: str = ""  # the finding, written by the team ("" : the programme's name)
    key_messages: list[str] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    featured: list[FeaturedStory] = field(default_factory=list)
    counts: NoteFigures = field(default_factory=NoteFigures)
    previous: str = ""  # what changed since the previous period, one sentence
    is_draft: bool = True  # watermarked until a second person approves it
    page_size: str = "A4"

    def __post_init__(self) -> None:
        _check_language(self.language)
        if self.page_size not in PAGE_SIZES:
            raise ValueError(f"page_size must be one of {PAGE_SIZES}, not {self.page_size!r}")


@dataclass
class FeedbackWinner:
    """A story selected in a round, with its rank and the panel's reasons."""

    title: str
    reasons: str
    rank: int | None = None


@dataclass
class FeedbackDomain:
    """A round's outcome in one domain: winners and the titles of the other stories read."""

    domain: str
    winners: list[FeedbackWinner] = field(default_factory=list)
    others: list[str] = field(default_factory=list)
    dissent: list[str] = field(default_factory=list)  # "Name: text" or the text alone (anonymous), per ballot


@dataclass
class FeedbackNote:
    """Feedback sent down after a round: what was chosen, why, by whom (roles only)."""

    programme: str
    unit: str
    level: str
    period_label: str
    method: str
    generated: dt.date
    opened: dt.date | None = None
    closed: dt.date | None = None
    finalised: dt.date | None = None
    panel: dict[str, int] = field(default_factory=dict)  # role → count, never names
    domains: list[FeedbackDomain] = field(default_factory=list)
    language: str = "fr"
    footer: str = ""
    pseudonym_note: str = ""  # printed once when pseudonyms are readable names ("Samira*")

    def __post_init__(self) -> None:
        _check_language(self.language)
