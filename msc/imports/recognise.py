"""Step 2 of the import, recognise: the KoboToolbox / ODK conventions of a `Table`, once.

Pure: a `Table` in, an `Export` out; no Flask, no database, no story field.
What is recognised, from the headers alone: group paths (KPI writes
`group/question`, ODK Central and Briefcase write `group-question`),
bookkeeping columns (`_uuid`, `meta/…`, `start`, geopoint parts, media URLs),
the submission id column and each row's normalised id, the server's
submission time column, and select-multiple questions exported as one column
of space-separated names and/or as one 0/1 column per choice. Files may carry
XML names (`story_text`) or labels (`Racontez l'histoire…`) as headers.
The next step, `mapping`, reads only the `Export`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .readers import Table
from .text import fold, words

# Columns holding the time the server received the submission, best first.
SUBMISSION_TIME_COLUMNS = ("_submission_time", "SubmissionDate", "end", "start")
_TRUE_CHOICE = frozenset({"1", "1.0", "true", "yes", "oui", "x", "vrai"})
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)
_GEO_SIDE = re.compile(
    r"(^|/)_[^/]+_(latitude|longitude|altitude|precision)$|-(latitude|longitude|altitude|accuracy)$",
    re.I,
)
_ODK_META = frozenset({
    "KEY", "PARENT_KEY", "SubmitterID", "SubmitterName", "Status", "AttachmentsPresent",
    "AttachmentsExpected", "DeviceID", "Edits", "FormVersion", "ReviewState", "SubmissionDate",
})
_XLSFORM_META = frozenset({
    "start", "end", "today", "deviceid", "audit", "username", "simserial", "subscriberid",
    "phonenumber", "email", "instanceid", "instancename",
})


def segments(header: str) -> list[str]:
    """Group path of a header: `/` (KPI), or `-` in an ODK name without spaces."""
    header = header.strip()
    if "/" in header:
        return [s for s in header.split("/") if s] or [header]
    if "-" in header and not any(c.isspace() for c in header):
        return [s for s in header.split("-") if s] or [header]
    return [header]


def question_name(header: str) -> str:
    """The last segment of the header, as folded words joined by '_'."""
    return words(segments(header)[-1]).replace(" ", "_")


def is_metadata(header: str) -> bool:
    """Kobo/ODK bookkeeping columns that never hold a story field."""
    h = header.strip()
    if h in _ODK_META or _GEO_SIDE.search(h) or h.endswith("_URL"):
        return True
    parts = segments(h)
    last = parts[-1]
    if last.startswith("_") or fold(parts[0]) == "meta":
        return True
    return len(parts) == 1 and fold(last) in _XLSFORM_META


def _geopoint_columns(headers: list[str]) -> set[str]:
    """Raw "lat lon alt acc" columns, known by their KPI or ODK side columns."""
    found = set()
    for h in headers:
        if m := re.fullmatch(r"(.*?/)?_(.+)_latitude", h, re.I):
            found.add((m[1] or "") + m[2])
        elif m := re.fullmatch(r"(.+)-latitude", h, re.I):
            found.add(m[1])
    return found


def choice_columns(headers: list[str], question: str) -> list[str]:
    """Columns `question/choice` of a select-multiple exported in separate columns."""
    prefix = question.rstrip("/") + "/"
    return [h for h in headers if h.startswith(prefix) and "/" not in h[len(prefix):]]


def _is_choice_column(header: str, header_set: frozenset[str]) -> bool:
    return "/" in header and header.rsplit("/", 1)[0] in header_set


# ------------------------------------------------------------ submissions


@lru_cache(maxsize=64)
def id_column(headers: tuple[str, ...]) -> str | None:
    """The column holding the submission id: `_uuid`, `meta/instanceID`, `KEY`…"""
    by_rank = {}
    for h in headers:
        parts = segments(h)
        last = fold(parts[-1])
        if h.strip() == "_uuid":
            by_rank.setdefault(0, h)
        elif last == "instanceid" and (len(parts) == 1 or fold(parts[0]) == "meta"):
            by_rank.setdefault(1, h)
        elif h.strip() == "KEY":
            by_rank.setdefault(2, h)
    return by_rank[min(by_rank)] if by_rank else None


def normalise_id(value: str) -> str | None:
    """Strip the `uuid:` prefix ODK puts in instanceID/KEY; lower-case UUIDs."""
    value = (value or "").strip()
    if value[:5].lower() == "uuid:":
        value = value[5:].strip()
    if _UUID.match(value):
        value = value.lower()
    return value or None


def submission_id(row: dict[str, str], headers: list[str]) -> str | None:
    """The submission's id in `row`, normalised, or None when the file has none."""
    column = id_column(tuple(headers))
    return normalise_id(row.get(column, "")) if column else None


def select_multiple(row: dict[str, str], headers: list[str], question: str) -> list[str]:
    """Chosen options of a select-multiple, from either export form.

    `question` is the column of the single-column form (space-separated names)
    or the stem of the separate 0/1 (or True/False) columns `question/choice`.
    A bare name is found under any group prefix.
    """
    return _select_multiple(headers, question).chosen(row)


@dataclass(frozen=True)
class SelectMultiple:
    """Where a select-multiple question's answers are: its own column, one 0/1 column per choice, or both."""

    column: str | None  # the single-column form, when the file has it
    choices: tuple[tuple[str, str], ...] = ()  # (column, choice name) of the separate form

    def chosen(self, row: dict[str, str]) -> list[str]:
        """The names chosen in `row`: the single column when filled, else the choice columns set to 1."""
        single = (row.get(self.column) or "").strip() if self.column is not None else ""
        if single:
            if re.search(r"[,;]", single):
                return [v.strip() for v in re.split(r"[,;]", single) if v.strip()]
            return single.split()
        return [choice for column, choice in self.choices if fold(row.get(column, "")) in _TRUE_CHOICE]


def _select_multiple(headers: list[str], question: str) -> SelectMultiple:
    question = _resolve_question(headers, question)
    columns = choice_columns(headers, question)
    return SelectMultiple(question if question in headers else None,
                          tuple((c, c[len(question) + 1:]) for c in columns))


def _resolve_question(headers: list[str], question: str) -> str:
    if question in headers or choice_columns(headers, question):
        return question
    wanted = question_name(question)
    for h in headers:
        if question_name(h) == wanted and not _is_choice_column(h, frozenset(headers)):
            return h
    stems = {h.rsplit("/", 1)[0] for h in headers if "/" in h}
    for stem in stems:
        if question_name(stem) == wanted:
            return stem
    return question


def choice_stems(headers: list[str]) -> list[str]:
    """Stems of select-multiple questions exported as separate 0/1 columns only."""
    header_set = set(headers)
    return sorted({h.rsplit("/", 1)[0] for h in headers if "/" in h} - header_set)


# ----------------------------------------------------------------- export


@dataclass(frozen=True)
class Question:
    """A column (or the stem of separate choice columns) that may hold a story field."""

    column: str
    name: str  # last segment of its group path, as written
    is_metadata: bool


@dataclass
class Export:
    """A table as Kobo/ODK wrote it: what each column is, and each row's submission id."""

    table: Table
    questions: list[Question]  # columns in file order, but a question's choice columns and raw geopoints
    stems: list[Question]  # select-multiples exported as separate columns only, sorted
    metadata: frozenset[str]  # bookkeeping headers
    id_column: str | None
    submission_ids: list[str | None]  # normalised, one per row of `table`
    submitted_column: str | None  # when the server received each submission

    @property
    def choice_stems(self) -> list[str]:
        return [q.column for q in self.stems]

    def select_multiple(self, question: str) -> SelectMultiple:
        """How to read the select-multiple `question` (a column, a stem, or a bare name under a group)."""
        return _select_multiple(self.table.headers, question)


def _question(column: str) -> Question:
    return Question(column, segments(column)[-1], is_metadata(column))


def recognise(table: Table) -> Export:
    """Recognise the conventions of `table` once, for the steps that follow."""
    headers = table.headers
    header_set = frozenset(headers)
    geopoints = _geopoint_columns(headers)
    id_col = id_column(tuple(headers))
    return Export(
        table=table,
        questions=[_question(h) for h in headers
                   if not _is_choice_column(h, header_set) and h not in geopoints],
        stems=[_question(s) for s in choice_stems(headers)],
        metadata=frozenset(h for h in headers if is_metadata(h)),
        id_column=id_col,
        submission_ids=[normalise_id(row.get(id_col, "")) if id_col else None for row in table.rows],
        submitted_column=next((c for c in SUBMISSION_TIME_COLUMNS if c in header_set), None),
    )
