"""Step 5 of the import, plan: decide, row by row, what the import will do and which stories it creates where.

Pure: the checked rows, the user's choices (`ImportSettings`) and what the
database holds (`ImportContext`, loaded once by `queries.import_context`) in;
an `ImportPlan` out. `check` parsed and checked the story fields; this step
adds what needs the programme: the unit and period of each row, the interview
and consent dates, submissions already imported (duplicates), the rows that
are blocked, and the problems of the file as a whole. The next step,
`operations.write_stories`, writes the plan.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .check import CheckedTable, RowResult
from .errors import Problem, ValueProblem
from .mapping import ImportSettings, MappedRow
from .text import words
from .values import parse_consent_mode, parse_date

EXTERNAL_PREFIX = "kobo:"
MAX_EXTERNAL_ID, MAX_STORYTELLER_CODE, MAX_TITLE, MAX_COLLECTOR = 120, 40, 200, 120
TITLE_WORDS = 60  # characters of the text used when the file has no title
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


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
    def problems(self) -> list[Problem]:
        """Every row problem shown to the user (duplicates are skipped, so theirs are not)."""
        return [p for r in self.rows if not r.is_duplicate for p in r.result.problems]

    @property
    def errors(self) -> list[Problem]:
        """Blocking problems, file first (duplicates are skipped, so theirs do not count)."""
        return [p for p in self.file_problems if p.blocking] + [
            p for r in self.rows if not r.is_duplicate for p in r.result.problems if p.blocking]

    def can_import(self, skip_blocked: bool) -> bool:
        if any(p.blocking for p in self.file_problems):
            return False
        return skip_blocked or not self.blocked


def plan_import(checked: CheckedTable, settings: ImportSettings, context: ImportContext) -> ImportPlan:
    """Decide what every checked row becomes; nothing is written."""
    problems = _choice_problems(settings, context) + checked.mapped.problems
    plan = ImportPlan(rows=[], file_problems=problems)
    planner = _Planner(settings, context)
    # A field missing from the whole file is said once, not once per row.
    missing = {p.field for p in problems if p.blocking and p.field}
    for checked_row, mapped_row in zip(checked.rows, checked.mapped.rows, strict=False):
        planned = planner.plan(checked_row, mapped_row)
        if missing:
            planned.result.problems[:] = [p for p in planned.result.problems if p.field not in missing]
        plan.rows.append(planned)
    return plan


def _choice_problems(settings: ImportSettings, context: ImportContext) -> list[Problem]:
    """A chosen unit or period the programme does not have: said once for the file."""
    problems = []
    if settings.unit_code and settings.unit_code.strip().upper() not in context.units:
        problems.append(Problem(0, "unit", f"Unknown unit “{settings.unit_code[:40]}”.", True))
    if settings.period_code and settings.period_code.strip() not in context.periods:
        problems.append(Problem(0, "period", f"Unknown period “{settings.period_code[:40]}”.", True))
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


class _Planner:
    def __init__(self, settings, context):
        self.settings, self.context = settings, context
        self.units_by_name = {words(u.name): u for u in context.units.values()}

    def plan(self, checked: RowResult, row: MappedRow) -> PlannedRow:
        # A copy: the checked rows stay as `check` left them.
        result = RowResult(checked.row_number, checked.submission_id, dict(checked.values),
                           list(checked.problems))
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
        unit = self.context.units.get(code.strip().upper()) or self.units_by_name.get(words(code))
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

    def dates(self, planned: PlannedRow, row: MappedRow, problem) -> None:
        try:
            submitted = parse_date(row.submitted)
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

    def mode(self, planned: PlannedRow, row: MappedRow, problem) -> None:
        value = row.consent_mode
        if not value:
            return
        try:
            planned.consent_mode = parse_consent_mode(value)
        except ValueProblem as exc:
            problem("consent_mode", f"{exc.message[:-1]}; oral is recorded.", False)
