"""Validate the rows of a table against a field mapping, before any import.

Pure: a `Table` and choices in, `RowResult`s out. Row numbers are those the
user sees in a spreadsheet: the header is row 1, the first data row is row 2
(see `readers`).

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

from . import kobo
from .errors import ValueProblem
from .readers import Table
from .values import parse_consent, parse_consent_uses, parse_date, parse_int, parse_language

TEXT_FIELDS = ("storyteller", "title", "text", "significance", "translation", "collector",
               "unit", "period")


@dataclass(frozen=True)
class Problem:
    """Something wrong with one field (or the whole row when `field` is None)."""

    row: int
    field: str | None
    message: str
    blocking: bool


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


def domain_key(text: str) -> str:
    """Lookup form of a domain label, key or Kobo choice name."""
    return kobo.words(text)


def build_rows(table: Table, mapping: dict[str, str], *, domains: dict[str, str],
               defaults: dict | None = None) -> list[RowResult]:
    """Parse and check every row of `table` read through `mapping` (field → column).

    `domains` maps any label or key of a domain to its key; lookups ignore
    case, accents and `_`/space differences. `defaults` gives a value for a
    field whose column is absent from the mapping or blank in a row.
    """
    lookup = {domain_key(k): v for k, v in domains.items()}
    lookup.update({domain_key(v): v for v in domains.values()})
    ragged = set(table.ragged_rows)
    builder = _RowBuilder(table.headers, mapping, lookup, defaults or {})
    results = []
    for number, row in zip(table.row_numbers, table.rows):
        result = builder.build(number, row)
        if number in ragged:
            result.problems.append(Problem(
                number, None, "This row does not have as many cells as the header row.", False))
        results.append(result)
    _flag_duplicates(results)
    return results


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
    def __init__(self, headers, mapping, domains, defaults):
        self.headers, self.mapping, self.domains, self.defaults = headers, mapping, domains, defaults

    def raw(self, row: dict[str, str], name: str):
        column = self.mapping.get(name)
        value = ""
        if column and name == "consent_uses":
            value = ", ".join(kobo.select_multiple(row, self.headers, column))
        elif column:
            value = (row.get(column) or "").strip()
        return value if value else self.defaults.get(name)

    def build(self, number: int, row: dict[str, str]) -> RowResult:
        result = RowResult(number, kobo.submission_id(row, self.headers), {})
        values, problems = result.values, result.problems

        def problem(name, message, blocking):
            problems.append(Problem(number, name, message, blocking))

        for name in TEXT_FIELDS:
            value = self.raw(row, name)
            values[name] = (str(value).strip() or None) if value is not None else None
        if not values["text"]:
            problem("text", "The story text is empty.", True)
        if not values["storyteller"]:
            problem("storyteller", "No storyteller code.", False)

        values["domain"] = self.domain(self.raw(row, "domain"), problem)
        values["language"] = self.parse(row, "language", parse_language, problem,
                                        "the language is left empty")
        values["interview_date"] = self.parse(row, "interview_date", parse_date, problem,
                                              "the date is left empty")
        people = self.parse(row, "people_concerned", parse_int, problem,
                            "the number is left empty")
        if people is not None and people < 0:
            problem("people_concerned", "The number of people concerned is negative; "
                    "it is left empty.", False)
            people = None
        values["people_concerned"] = people
        self.consent(row, values, problem)
        return result

    def parse(self, row, name, parser, problem, consequence, blocking=False):
        value = self.raw(row, name)
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

    def consent(self, row, values, problem):
        consent = self.parse(row, "consent", parse_consent, problem, "", blocking=True)
        uses = self.parse(row, "consent_uses", parse_consent_uses, problem, "", blocking=True)
        values["consent"] = consent
        values["consent_uses"] = uses or []
        if consent is None and self.raw(row, "consent") is None:
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
