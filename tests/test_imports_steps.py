"""Each import step alone, fed the dataclass it takes, built by hand (no earlier step runs).

read → recognise → map → check → plan need no app; write needs the database.
"""
from __future__ import annotations

import datetime as dt
import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from msc.errors import RuleError
from msc.imports.check import CheckedTable, RowResult, check_rows
from msc.imports.errors import ImportFileError, Problem, ValueProblem
from msc.imports.mapping import ImportSettings, MappedRow, MappedTable, guess_columns, map_columns
from msc.imports.operations import ImportRefused, write_stories
from msc.imports.plan import ImportContext, ImportPlan, PlannedRow, plan_import
from msc.imports.readers import Table, read_table
from msc.imports.recognise import Export, Question, recognise
from msc.programmes.models import Domain, Period, Unit

ROOT = Path(__file__).resolve().parents[1]


def test_the_pure_steps_load_without_flask_or_a_database():
    code = ("import sys, msc.imports.plan, msc.imports.check, msc.imports.mapping, msc.imports.recognise, "
            "msc.imports.readers; print('flask' in sys.modules, 'sqlalchemy' in sys.modules)")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert proc.stdout.strip() == "False False", proc.stderr


def test_refusals_are_rule_errors_and_a_cell_problem_is_not():
    assert issubclass(ImportFileError, RuleError) and issubclass(ImportRefused, RuleError)
    assert not issubclass(ValueProblem, RuleError)


# ------------------------------------------------------------------ 1 read


def test_read_gives_strings_at_their_spreadsheet_rows():
    table = read_table(b"histoire;domaine\n\nUne histoire;autonomie\n", "e.csv", max_bytes=1000)
    assert table.headers == ["histoire", "domaine"] and table.delimiter == ";"
    assert table.rows == [{"histoire": "Une histoire", "domaine": "autonomie"}] and table.row_numbers == [3]


# ------------------------------------------------------------- 2 recognise

KOBO_HEADERS = ["start", "grp/histoire", "grp/usages/evaluation", "grp/usages/panel", "lieu",
                "_lieu_latitude", "meta/instanceID", "_submission_time"]


def test_recognise_finds_the_kobo_conventions():
    rows = [{"start": "2024-03-12", "grp/histoire": "x", "grp/usages/evaluation": "1",
             "grp/usages/panel": "0", "lieu": "31.6 -8.0 0 0", "_lieu_latitude": "31.6",
             "meta/instanceID": "uuid:5F2C", "_submission_time": "2024-03-13"}]
    export = recognise(Table(headers=KOBO_HEADERS, rows=rows, fmt="csv", row_numbers=[2]))
    assert "lieu" not in [q.column for q in export.questions]  # a geopoint: its parts are beside it
    assert export.questions[1] == Question("grp/histoire", "histoire", False)
    assert export.choice_stems == ["grp", "grp/usages", "meta"]
    assert {"start", "_lieu_latitude", "meta/instanceID", "_submission_time"} <= export.metadata
    assert (export.id_column, export.submission_ids) == ("meta/instanceID", ["5F2C"])
    assert export.submitted_column == "_submission_time"
    assert export.select_multiple("grp/usages").chosen(rows[0]) == ["evaluation"]


# ----------------------------------------------------------------- 3 map

MAP_HEADERS = ["_uuid", "histoire", "domaine", "consentement", "usages", "unite", "mode_consentement"]


def export_of(*rows: dict, ragged=()) -> Export:
    """An Export written by hand, as `recognise` would give it for MAP_HEADERS."""
    table = Table(headers=MAP_HEADERS, rows=list(rows), fmt="csv",
                  row_numbers=list(range(2, 2 + len(rows))), ragged_rows=list(ragged))
    return Export(table=table, questions=[Question(h, h, h == "_uuid") for h in MAP_HEADERS], stems=[],
                  metadata=frozenset({"_uuid"}), id_column="_uuid",
                  submission_ids=[r["_uuid"] or None for r in rows], submitted_column=None)


def map_row(**over) -> dict:
    row = dict(_uuid="u1", histoire=" Une histoire. ", domaine="Autonomie", consentement="oui",
               usages="evaluation panel", unite="MRK", mode_consentement="écrit")
    row.update(over)
    return row


def test_mapping_guessed_from_the_recognised_questions():
    assert guess_columns(export_of()) == {"text": "histoire", "domain": "domaine", "consent": "consentement",
                                          "consent_uses": "usages", "unit": "unite",
                                          "consent_mode": "mode_consentement"}


def test_map_reads_each_row_through_the_chosen_columns():
    settings = ImportSettings(mapping={"text": "histoire", "domain": "domaine", "consent": "consentement",
                                       "consent_uses": "usages", "unit": "unite", "title": "",
                                       "consent_mode": "mode_consentement"},
                              domain_values={"Santé": "health", "Autre": ""}, unit_code="AGA")
    mapped = map_columns(export_of(map_row(), map_row(_uuid="", histoire="  ", usages=""), ragged=[3]),
                         settings)
    first, second = mapped.rows
    assert first.raw["text"] == "Une histoire." and first.raw["consent_uses"] == "evaluation, panel"
    assert first.raw["title"] is None and first.consent_mode == "écrit" and first.submission_id == "u1"
    assert "unit" not in mapped.mapping and first.raw["unit"] is None  # the chosen unit wins
    assert (second.number, second.submission_id, second.raw["text"], second.is_ragged) == (3, None, None, True)
    assert mapped.domain_values == {"Santé": "health"}
    assert [(p.field, p.blocking) for p in mapped.problems] == [("period", True)]


def test_map_says_once_what_the_mapping_lacks():
    mapped = map_columns(export_of(), ImportSettings(mapping={"text": "story"}, unit_code="MRK",
                                                     period_code="2024-S1"))
    assert [p.message for p in mapped.problems] == [
        "The column “story” is not in the file.",
        "No column holds the domain of change: map one to “domain”.",
        "No column holds the storyteller's consent: map one to “consent”.",
        "The file has a header row but no data."]


# ----------------------------------------------------------------- 4 check


def mapped_row(number: int, sid: str | None, **raw) -> MappedRow:
    values = dict(text="Une histoire.", domain="Autonomie", consent="oui", consent_uses="evaluation")
    values.update(raw)
    return MappedRow(number, sid, values)


def test_check_parses_values_and_says_what_blocks():
    rows = [mapped_row(2, "u1", language="arabe", interview_date="12/03/2024", people_concerned="3"),
            mapped_row(3, "u2", domain="Santé", consent="peut-être"),
            mapped_row(4, "u1", domain="Inconnu", consent_uses=None)]
    mapped = MappedTable(rows, mapping={}, domain_values={"Santé": "health"})
    checked = check_rows(mapped, {"Autonomie": "autonomy"})
    first, second, third = checked.rows
    assert first.values["domain"] == "autonomy" and first.values["language"] == "ar"
    assert first.values["interview_date"] == dt.date(2024, 3, 12) and first.values["people_concerned"] == 3
    assert first.values["consent"] is True and first.values["consent_uses"] == ["evaluation"]
    assert second.values["domain"] == "health" and [p.field for p in second.problems if p.blocking] == [
        "consent"]
    assert "appears more than once in the file (rows 2, 4)" in first.problems[-1].message
    assert third.is_blocked and checked.unknown_domains == ["Inconnu"]
    assert checked.mapped is mapped and rows[0].raw["language"] == "arabe"  # the input is left as it was


# ------------------------------------------------------------------ 5 plan

@pytest.fixture
def programme():
    """Units, a period and a domain as unsaved model objects: the plan only reads them."""
    for models in sorted((ROOT / "msc").glob("*/models.py")):  # every model class, for the mappers
        importlib.import_module(f"msc.{models.parent.name}.models")

    class Programme:
        mrk = Unit(id=1, code="MRK", name="Marrakech")
        aga = Unit(id=2, code="AGA", name="Agadir")
        s1 = Period(code="2024-S1", starts_on=dt.date(2024, 1, 1), ends_on=dt.date(2024, 6, 30))
        autonomy = Domain(key="autonomy", labels={"en": "Autonomy"})

        def context(self) -> ImportContext:
            return ImportContext(domains={}, units={"MRK": self.mrk, "AGA": self.aga},
                                 periods={"2024-S1": self.s1}, allowed_unit_ids={1},
                                 existing_ids={"kobo:old"}, domain_objects={"autonomy": self.autonomy})

    return Programme()


def checked_of(*rows: tuple[RowResult, MappedRow], problems=()) -> CheckedTable:
    mapped = MappedTable([m for _, m in rows], mapping={}, problems=list(problems))
    return CheckedTable(mapped, [r for r, _ in rows], unknown_domains=[])


def row_result(number, sid, **values) -> RowResult:
    base = dict(text="Une histoire assez longue pour faire un titre.", title=None, storyteller="CH-1",
                domain="autonomy", unit=None, period=None, interview_date=dt.date(2024, 3, 12),
                consent=True, consent_uses=["evaluation"], language=None)
    base.update(values)
    return RowResult(number, sid, base)


def test_plan_places_each_row_and_finds_duplicates_and_blocked_rows(programme):
    checked = checked_of(
        (row_result(2, "new"), MappedRow(2, "new", {}, consent_mode="signé")),
        (row_result(3, "old"), MappedRow(3, "old", {})),
        (row_result(4, "late", interview_date=None), MappedRow(4, "late", {}, submitted="2024-09-01")))
    plan = plan_import(checked, ImportSettings(unit_code="MRK", period_code="2024-S1"), programme.context())
    ready, duplicate, late = plan.rows
    assert (ready.unit, ready.period, ready.domain) == (programme.mrk, programme.s1, programme.autonomy)
    assert ready.external_id == "kobo:new" and ready.consent_mode == "written"
    assert ready.values["language"] == "fr" and ready.title == "Une histoire assez longue pour faire un titre."
    assert duplicate.is_duplicate and plan.duplicates == [duplicate]
    assert late.interview_date == dt.date(2024, 9, 1) and plan.blocked == [late]
    assert "outside the period 2024-S1" in plan.errors[0].message
    assert plan.ready == [ready] and not plan.can_import(False) and plan.can_import(True)
    assert checked.rows[0].values["language"] is None  # the checked rows are left as they were


def test_plan_refuses_a_unit_the_user_does_not_coordinate_and_says_file_problems_once(programme):
    checked = checked_of((row_result(2, "a", unit="AGA"), MappedRow(2, "a", {})),
                         problems=[Problem(0, "consent", "No consent column.", True)])
    plan = plan_import(checked, ImportSettings(period_code="2099"), programme.context())
    assert [p.message for p in plan.file_problems] == ["Unknown period “2099”.", "No consent column."]
    assert [p.message for p in plan.rows[0].result.problems] == [
        "You do not coordinate the unit AGA: stories cannot be imported there."]


# ----------------------------------------------------------------- 6 write


def planned(world, number: int, sid: str, **values) -> PlannedRow:
    base = dict(text="Une histoire.", storyteller="", significance="", collector="", language="fr",
                consent=True, consent_uses=["evaluation", "panel"], people_concerned=None, translation="")
    base.update(values)
    return PlannedRow(RowResult(number, sid, base), domain=world.domain("autonomy"), unit=world.unit("MRK"),
                      period=world.period("2024-S1"), interview_date=dt.date(2024, 3, 12),
                      consent_date=dt.date(2024, 3, 12), title=f"Récit {number}", external_id=f"kobo:{sid}")


def test_write_creates_the_ready_stories_audits_and_remembers_the_mapping(world, db):
    from msc.audit import AuditEvent
    from msc.imports.models import ImportMapping
    from msc.stories.models import Story

    plan = ImportPlan([planned(world, 2, "a"), planned(world, 3, "b", storyteller="CH-9")])
    settings = ImportSettings(mapping={"text": "histoire"}, domain_values={"Autonomie": "autonomy"})
    result = write_stories(world.programme, plan, settings, fmt="csv", user=world.users["coord_mrk"])
    stories = [db.session.get(Story, i) for i in result.story_ids]
    assert [(s.title, s.storyteller.code, s.external_id) for s in stories] == [
        ("Récit 2", "MRK-0001", "kobo:a"), ("Récit 3", "CH-9", "kobo:b")]
    assert stories[0].consent.uses == ["evaluation", "panel"] and stories[0].source == "import"
    event = db.session.scalar(sa.select(AuditEvent).where(AuditEvent.action == "stories_import"))
    assert event.details["imported"] == 2 and event.details["fmt"] == "csv"
    assert db.session.scalar(sa.select(ImportMapping)).columns == {"text": "histoire"}


def test_write_refuses_a_plan_with_blocking_problems_and_writes_nothing(world, db):
    from msc.stories.models import Story

    blocked = planned(world, 2, "a")
    blocked.result.problems.append(Problem(2, "text", "The story text is empty.", True))
    with pytest.raises(ImportRefused) as refused:
        write_stories(world.programme, ImportPlan([blocked, planned(world, 3, "b")]), ImportSettings(),
                      fmt="csv")
    assert [(e.row, e.field) for e in refused.value.result.errors] == [(2, "text")]
    assert db.session.scalar(sa.select(sa.func.count(Story.id))) == 0
