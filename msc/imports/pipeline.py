"""The import, one way: read → recognise → map → check → plan → write.

Each step is a module with one entry function, called once and in this order;
each hands the next a dataclass. A later step reads an earlier step's
dataclasses (their fields and methods), never calls its functions; no step
imports a later one (tests/test_imports_flow.py reads the source to hold this):

    readers.read_table     bytes        → Table         (by the caller: the view or `msc import`)
    recognise.recognise    Table        → Export        Kobo/ODK conventions
    mapping.map_columns    Export       → MappedTable   field ← column, per row
    check.check_rows       MappedTable  → CheckedTable  values parsed, row problems
    plan.plan_import       CheckedTable → ImportPlan    units, periods, duplicates, blocked rows
    operations.write_stories ImportPlan → ImportResult  stories, audit (flush, never commit)

The database is read once, before the chain (`queries.import_context`), and
written once, at its end. The views and the `msc import` command call these
functions and nothing else of the steps.
"""
from __future__ import annotations

from . import queries
from .check import check_rows
from .mapping import ImportSettings, guess_columns, map_columns
from .operations import ImportResult, write_stories
from .plan import ImportPlan, plan_import
from .readers import Table
from .recognise import Export, recognise


def proposed_settings(programme, table: Table, overrides: dict[str, str] | None = None) -> ImportSettings:
    """The guessed columns, then the programme's saved mapping where its columns exist, then `overrides`.

    Empty columns are left out (a field saved as "" was left out on purpose);
    the domain values are the programme's saved ones.
    """
    export = recognise(table)
    mapping = guess_columns(export)
    saved = queries.saved_mapping(programme)
    domain_values = {}
    if saved is not None:
        mapping.update(saved.proposal(table.headers, export.choice_stems))
        domain_values = dict(saved.domain_values or {})
    mapping.update(overrides or {})
    return ImportSettings(mapping={f: c for f, c in mapping.items() if c},
                          domain_values=domain_values, sheet=table.sheet)


def unknown_domain_values(programme, export: Export, settings: ImportSettings) -> list[str]:
    """Values of the mapped domain column that match no domain of the programme, most frequent first."""
    mapped = map_columns(export, ImportSettings(mapping=settings.mapping))
    return check_rows(mapped, queries.domain_lookup(programme)).unknown_domains


def preview_import(programme, table: Table, settings: ImportSettings, *, user=None) -> ImportPlan:
    """The plan of an import, with every problem; nothing is written."""
    context = queries.import_context(programme, user)
    export = recognise(table)
    mapped = map_columns(export, settings)
    checked = check_rows(mapped, context.domains)
    return plan_import(checked, settings, context)


def import_stories(programme, table: Table, settings: ImportSettings, *, user=None,
                   dry_run: bool = False) -> ImportResult:
    """Plan and write the import, all or none; raise `operations.ImportRefused` on blocking problems."""
    plan = preview_import(programme, table, settings, user=user)
    return write_stories(programme, plan, settings, fmt=table.fmt, user=user, dry_run=dry_run)
