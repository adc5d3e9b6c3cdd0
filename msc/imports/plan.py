"""Decide, row by row, what an import will do: which stories it creates where.

Pure: a `Table`, the user's choices (`ImportSettings`) and what the database
holds (`ImportContext`, plain dicts) in; an `ImportPlan` out. `preview.build_rows`
parses and checks the story fields; this module adds what needs the
programme: the unit and period of each row, the interview and consent dates,
submissions already imported, and problems about the file as a whole.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from . import kobo
from .errors import ValueProblem
from .preview import Problem, RowResult, build_rows
from .readers import Table
from .values import parse_date

EXTERNAL_PREFIX = "kobo:"
MAX_EXTERNAL_ID, MAX_STORYTELLER_CODE, MAX_TITLE, MAX_COLLECTOR = 120, 40, 200, 120
TITLE_WORDS = 60  # characters of the text used when the file has no title
# Columns holding the time the server received the submission, best first.
SUBMISSION_TIME_COLUMNS = ("_submission_time", "SubmissionDate", "end", "start")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ORAL = frozenset({"oral", "orale", "oralement", "verbal", "verbale", "verbally", "orally", "audio",
                   "شفهي", "شفهيا", "شفوي"})
_WRITTEN = frozenset({"written", "ecrit", "ecrite", "signed", "signe", "signee", "signature", "paper",
                      "papier", "كتابي", "كتابيا", "مكتوب"})
_CONSENT_MODE_HEADER = re.compile(r"\bconsent\w*\b.*\b(mode|type|how|comment|forme)\b"
                                  r"|\b(mode|type|forme)\b.*\bconsent\w*")


@dataclass
class ImportSettings:
    """What the user chose: columns, domain values, default unit and period."""

    mapping: dict[str, str] = field(default_factory=dict)  # field -> column (or choice stem)
    domain_values: dict[str, str] = field(default_factory=dict)  # value in the file -> domain key
    unit_code: str | None = None  # chosen unit; None = read from the mapped column
    period_code: str | None = None
    skip_blocked: bool = False  # import the other rows when some are blocked
    sheet: str | None = None


@dataclass
class ImportContext:
    """What the programme holds, loaded once: lookups never query per row."""

    domains: dict[str, str]  # any label or key of an active domain -> key
    units: dict[str, object]  # code (upper case) -> Unit
    periods: dict[str, object]  # code -> Period
    allowed_unit_ids: set[int] | None  # None: every unit (admins, the command line)
    existing_ids: set[str]  # external ids already used in the programme
    domain_objects: dict[str, object] = field(default_factory=dict)  # key -> Domain
    default_language: str = "fr"


@dataclass
class PlannedRow:
    """One data row and the story it becomes."""

    result: RowResult
    domain: object = None
    unit: object = None
    period: object = None
    interview_date: dt.date | None = None
    consent_date: dt.date | None = None
    consent_mode: str = "oral"
    title: str = ""
    external_id: str | None = None
    is_duplicate: bool = False

    @property
    def number(self) -> int:
        return self.result.row_number

    @property
    def values(self) -> dict:
        return self.result.values

    @property
    def is_blocked(self) -> bool:
        return not self.is_duplicate and self.result.is_blocked


@dataclass
class ImportPlan:
    """Every row's fate, and problems that concern the whole file (row 0)."""

    rows: list[PlannedRow]
    file_problems: list[Problem] = field(default_factory=list)

    @property
    def duplicates(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.is_duplicate]

    @property
    def blocked(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.is_blocked]

    @property
    def ready(self) -> list[PlannedRow]:
        return [r for r in self.rows if not r.is_duplicate and not r.is_blocked]

    @property
    def errors(self) -> list[Problem]:
        """Blocking problems, file first (duplicates are skipped, so theirs do not count)."""
        return [p for p in self.file_problems if p.blocking] + [
            p for r in self.rows if not r.is_duplicate for p in r.result.problems if p.blocking]

    def can_import(self, skip_blocked: bool) -> bool:
        if any(p.blocking for p in self.file_problems):
            return False
        return skip_blocked or not self.blocked


def choice_stems(headers: list[str]) -> list[str]:
    """Stems of select-multiple questions exported as separate 0/1 columns only."""
    header_set = set(headers)
    return sorted({h.rsplit("/", 1)[0] for h in headers if "/" in h} - header_set)


def guess_consent_mode_column(headers: list[str]) -> str | None:
    """A column telling how consent was given (oral or written), if the form has one."""
    for header in headers:
        if not kobo.is_metadata(header) and _CONSENT_MODE_HEADER.search(kobo.words(header)):
            return header
    return None


def guess_columns(headers: list[str]) -> dict[str, str]:
    """`kobo.guess_mapping` plus the consent mode column, which only the import uses."""
    mapping = kobo.guess_mapping(headers)
    mode = guess_consent_mode_column(headers)
    if mode and mode not in mapping.values():
        mapping["consent_mode"] = mode
    return mapping


def effective_mapping(table: Table, settings: ImportSettings) -> dict[str, str]:
    """The mapping actually used: a chosen unit or period replaces its column."""
    mapping = {f: c for f, c in settings.mapping.items() if c}
    if settings.unit_code:
        mapping.pop("unit", None)
    if settings.period_code:
        mapping.pop("period", None)
    return mapping


def plan_import(table: Table, settings: ImportSettings, context: ImportContext) -> ImportPlan:
    """Parse every row and decide what it becomes; nothing is written."""
    mapping = effective_mapping(table, settings)
    domains = dict(context.domains)
    for value, key in settings.domain_values.items():
        if key:
            domains[value] = key
    plan = ImportPlan(rows=[], file_problems=_file_problems(table, mapping, settings, context))
    results = build_rows(table, mapping, domains=domains)
    submitted_column = next((c for c in SUBMISSION_TIME_COLUMNS if c in table.headers), None)
    builder = _Planner(settings, context, mapping.get("consent_mode"), submitted_column)
    # A field missing from the whole file is said once, not once per row.
    missing = {p.field for p in plan.file_problems if p.blocking and p.field}
    for result, row in zip(results, table.rows):
        planned = builder.plan(result, row)
        if missing:
            result.problems[:] = [p for p in result.problems if p.field not in missing]
        plan.rows.append(planned)
    return plan


def unknown_domain_values(table: Table, plan: ImportPlan, settings: ImportSettings,
                          limit: int = 40) -> list[str]:
    """Distinct values of the domain column that match no domain, most frequent first."""
    column = effective_mapping(table, settings).get("domain")
    counts: dict[str, int] = {}
    if column:
        for planned, row in zip(plan.rows, table.rows):
            value = (row.get(column) or "").strip()
            if value and planned.values.get("domain") is None:
                counts[value] = counts.get(value, 0) + 1
    return sorted(counts, key=lambda v: (-counts[v], v))[:limit]


def _file_problems(table: Table, mapping: dict[str, str], settings: ImportSettings,
                   context: ImportContext) -> list[Problem]:
    problems = []
    if settings.unit_code and settings.unit_code.strip().upper() not in context.units:
        problems.append(Problem(0, "unit", f"Unknown unit “{settings.unit_code[:40]}”.", True))
    if settings.period_code and settings.period_code.strip() not in context.periods:
        problems.append(Problem(0, "period", f"Unknown period “{settings.period_code[:40]}”.", True))
    known = set(table.headers) | set(choice_stems(table.headers))
    for name, column in mapping.items():
        if column not in known:
            problems.append(Problem(0, name, f"The column “{column}” is not in the file.", True))
    if "text" not in mapping:
        problems.append(Problem(0, "text", "No column holds the story text: map one to “text”.", True))
    if "domain" not in mapping:
        problems.append(Problem(0, "domain", "No column holds the domain of change: map one to "
                                "“domain”.", True))
    if "consent" not in mapping:
        problems.append(Problem(0, "consent", "No column holds the storyteller's consent: map one "
                                "to “consent”.", True))
    if not settings.unit_code and "unit" not in mapping:
        problems.append(Problem(0, "unit", "Choose a unit, or map a column to “unit”.", True))
    if not settings.period_code and "period" not in mapping:
        problems.append(Problem(0, "period", "Choose a period, or map a column to “period”.", True))
    if not table.rows:
        problems.append(Problem(0, None, "The file has a header row but no data.", True))
    if kobo.id_column(tuple(table.headers)) is None:
        problems.append(Problem(0, None, "The file has no submission id column (_uuid, "
                                "meta/instanceID or KEY): importing it twice would create "
                                "the stories twice.", False))
    return problems


def _clean(value: str | None) -> str:
    return _CONTROL.sub("", value or "").strip()


def derive_title(text: str) -> str:
    """A title made of the first words of the story, for forms without a title question."""
    first = " ".join(text.split())
    if len(first) <= TITLE_WORDS:
        return first
    cut = first[:TITLE_WORDS].rsplit(" ", 1)[0] or first[:TITLE_WORDS]
    return cut + "…"


def parse_consent_mode(value: str) -> str:
    """'oral' or 'written' from the file's words for them."""
    words = set(kobo.words(value).split())
    if words & _WRITTEN:
        return "written"
    if words & _ORAL:
        return "oral"
    raise ValueProblem(f"“{value[:40]}” is not a consent mode (oral or written).")


class _Planner:
    def __init__(self, settings, context, mode_column, submitted_column):
        self.settings, self.context = settings, context
        self.mode_column, self.submitted_column = mode_column, submitted_column
        self.units_by_name = {kobo.words(u.name): u for u in context.units.values()}

    def plan(self, result: RowResult, row: dict[str, str]) -> PlannedRow:
        values, number = result.values, result.row_number
        planned = PlannedRow(result)

        def problem(name, message, blocking=True):
            result.problems.append(Problem(number, name, message, blocking))

        if result.submission_id:
            planned.external_id = EXTERNAL_PREFIX + result.submission_id
            planned.is_duplicate = planned.external_id in self.context.existing_ids
            if len(planned.external_id) > MAX_EXTERNAL_ID:
                problem(None, "The submission id is too long to be recorded.")
        for name in ("text", "title", "significance", "translation"):
            if values.get(name):
                values[name] = _clean(values[name])
                if values[name].startswith("="):
                    problem(name, "The cell starts with “=” like a spreadsheet formula; it is "
                            "imported as plain text, never calculated.", False)
        planned.title = (values.get("title") or derive_title(values.get("text") or ""))[:MAX_TITLE]
        code = values.get("storyteller")
        if code and len(code) > MAX_STORYTELLER_CODE:
            problem("storyteller", f"The storyteller code is longer than {MAX_STORYTELLER_CODE} "
                    "characters.")
        if values.get("collector"):
            values["collector"] = _clean(values["collector"])[:MAX_COLLECTOR]
        values["language"] = values.get("language") or self.context.default_language
        planned.domain = self.context.domain_objects.get(values.get("domain"))
        planned.unit = self.unit(values.get("unit"), problem)
        planned.period = self.period(values.get("period"), problem)
        self.dates(planned, row, problem)
        self.mode(planned, row, problem)
        return planned

    def unit(self, value, problem):
        code = self.settings.unit_code or value
        if not code:
            return problem("unit", "No unit for this row.")
        unit = self.context.units.get(code.strip().upper()) or self.units_by_name.get(kobo.words(code))
        if unit is None:
            if not self.settings.unit_code:  # a wrong chosen unit is a file problem, said once
                problem("unit", f"Unknown unit “{code[:40]}”.")
            return None
        allowed = self.context.allowed_unit_ids
        if allowed is not None and unit.id not in allowed:
            return problem("unit", f"You do not coordinate the unit {unit.code}: stories cannot be "
                           "imported there.")
        return unit

    def period(self, value, problem):
        code = self.settings.period_code or value
        if not code:
            return problem("period", "No period for this row.")
        period = self.context.periods.get(code.strip())
        if period is None and not self.settings.period_code:
            problem("period", f"Unknown period “{code[:40]}”.")
        return period

    def dates(self, planned: PlannedRow, row: dict[str, str], problem) -> None:
        submitted = None
        if self.submitted_column:
            try:
                submitted = parse_date(row.get(self.submitted_column))
            except ValueProblem:
                submitted = None
        interview = planned.values.get("interview_date")
        if interview is None and submitted is not None:
            interview = submitted
            problem("interview_date", "No interview date: the submission date is used.", False)
        if interview is None:
            problem("interview_date", "No interview date (and no submission date).")
        elif planned.period is not None and not planned.period.contains(interview):
            problem("interview_date", f"The interview date {interview.isoformat()} is outside the "
                    f"period {planned.period.code}.")
        planned.interview_date = interview
        planned.consent_date = interview or submitted

    def mode(self, planned: PlannedRow, row: dict[str, str], problem) -> None:
        value = (row.get(self.mode_column) or "").strip() if self.mode_column else ""
        if not value:
            return
        try:
            planned.consent_mode = parse_consent_mode(value)
        except ValueProblem as exc:
            problem("consent_mode", f"{exc.message[:-1]}; oral is recorded.", False)
