"""Step 4 of the import, check: parse each mapped row's cells into story values, and say what is wrong.

Pure: a `MappedTable` and the programme's domain labels in, a `CheckedTable`
out; no Flask, no database. Row numbers are those the user sees in a
spreadsheet: the header is row 1, the first data row is row 2 (see `readers`).
What needs the programme's units, periods and stories comes next, in `plan`.

What blocks a row (it cannot be imported as it stands) and what does not
(it is imported; the field is left empty or the note is shown):

| problem                                   | blocking |
|-------------------------------------------|----------|
| empty story text                          | yes      |
| consent missing or not understood         | yes      |
| consent uses not understood               | yes      |
| domain missing or unknown                 | yes      |
| same submission id on several rows        | yes      |
| consent refused (imported as refused)     | no       |
| consent given with no use / refused w/ use| no       |
| date, people count, language not understood | no (left empty) |
| missing storyteller code; ragged row      | no       |
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .errors import Problem, ValueProblem
from .mapping import MappedRow, MappedTable
from .text import words
from .values import parse_consent, parse_consent_uses, parse_date, parse_int, parse_language

TEXT_FIELDS = ("storyteller", "title", "text", "significance", "translation", "collector",
               "unit", "period")
UNKNOWN_DOMAIN_VALUES = 40  # at most this many offered for mapping to a domain


@dataclass
class RowResult:
    """One data row: its parsed story values and what is wrong with it."""

    row_number: int
    submission_id: str | None
    values: dict[str, object]
    problems: list[Problem] = field(default_factory=list)

    @property
    def is_blocked(self) -> bool:
        return any(p.blocking for p in self.problems)


@dataclass
class CheckedTable:
    """Every row's values and problems, beside the mapped rows they come from."""

    mapped: MappedTable
    rows: list[RowResult]
    unknown_domains: list[str]  # domain cells matching no domain, most frequent first


def domain_key(text: str) -> str:
    """Lookup form of a domain label, key or Kobo choice name."""
    return words(text)


def check_rows(mapped: MappedTable, domains: dict[str, str]) -> CheckedTable:
    """Parse and check every mapped row.

    `domains` maps any label or key of a domain to its key, the mapped table's
    `domain_values` (the user's answers) added; lookups ignore case, accents
    and `_`/space differences.
    """
    domains = {**domains, **mapped.domain_values}
    lookup = {domain_key(k): v for k, v in domains.items()}
    lookup.update({domain_key(v): v for v in domains.values()})
    builder = _RowBuilder(lookup)
    results = []
    for row in mapped.rows:
        result = builder.build(row)
        if row.is_ragged:
            result.problems.append(Problem(
                row.number, None, "This row does not have as many cells as the header row.", False))
        results.append(result)
    _flag_duplicates(results)
    return CheckedTable(mapped, results, _unknown_domains(mapped.rows, results))


def _unknown_domains(rows: list[MappedRow], results: list[RowResult]) -> list[str]:
    counts: dict[str, int] = {}
    for row, result in zip(rows, results, strict=False):
        value = row.raw.get("domain")
        if isinstance(value, str) and result.values.get("domain") is None:
            counts[value] = counts.get(value, 0) + 1
    return sorted(counts, key=lambda v: (-counts[v], v))[:UNKNOWN_DOMAIN_VALUES]


def _flag_duplicates(results: list[RowResult]) -> None:
    rows_by_id: dict[str, list[RowResult]] = defaultdict(list)
    for result in results:
        if result.submission_id:
            rows_by_id[result.submission_id].append(result)
    for sid, same in rows_by_id.items():
        if len(same) > 1:
            numbers = ", ".join(str(r.row_number) for r in same)
            for r in same:
                r.problems.append(Problem(
                    r.row_number, None,
                    f"The submission {sid} appears more than once in the file (rows {numbers}).",
                    True))


class _RowBuilder:
    def __init__(self, domains):
        self.domains = domains

    def build(self, row: MappedRow) -> RowResult:
        number, raw = row.number, row.raw
        result = RowResult(number, row.submission_id, {})
        values, problems = result.values, result.problems

        def problem(name, message, blocking):
            problems.append(Problem(number, name, message, blocking))

        for name in TEXT_FIELDS:
            value = raw.get(name)
            values[name] = (str(value).strip() or None) if value is not None else None
        if not values["text"]:
            problem("text", "The story text is empty.", True)
        if not values["storyteller"]:
            problem("storyteller", "No storyteller code.", False)

        values["domain"] = self.domain(raw.get("domain"), problem)
        values["language"] = self.parse(raw, "language", parse_language, problem,
                                        "the language is left empty")
        values["interview_date"] = self.parse(raw, "interview_date", parse_date, problem,
                                              "the date is left empty")
        people = self.parse(raw, "people_concerned", parse_int, problem,
                            "the number is left empty")
        if people is not None and people < 0:
            problem("people_concerned", "The number of people concerned is negative; "
                    "it is left empty.", False)
            people = None
        values["people_concerned"] = people
        self.consent(raw, values, problem)
        return result

    def parse(self, raw, name, parser, problem, consequence, blocking=False):
        value = raw.get(name)
        if value is None or not isinstance(value, str):
            return value  # blank, or a typed default
        try:
            return parser(value)
        except ValueProblem as exc:
            problem(name, f"{exc.message[:-1]}; {consequence}." if not blocking else exc.message,
                    blocking)
            return None

    def domain(self, value, problem):
        if value is None:
            problem("domain", "No domain of change.", True)
            return None
        key = self.domains.get(domain_key(str(value)))
        if key is None:
            problem("domain", f"Unknown domain of change “{value}”.", True)
        return key

    def consent(self, raw, values, problem):
        consent = self.parse(raw, "consent", parse_consent, problem, "", blocking=True)
        uses = self.parse(raw, "consent_uses", parse_consent_uses, problem, "", blocking=True)
        values["consent"] = consent
        values["consent_uses"] = uses or []
        if consent is None and raw.get("consent") is None:
            problem("consent", "The storyteller's consent is missing.", True)
        elif consent is False:
            problem("consent", "Consent was refused: the story will be imported with consent "
                    "refused and will not be used.", False)
            if uses:
                problem("consent_uses", "Consent was refused, so the uses listed are ignored.",
                        False)
                values["consent_uses"] = []
        elif consent is True and not uses:
            problem("consent_uses", "Consent is given but no use is listed; the story will be "
                    "imported as a draft without consent, to be completed.", False)
