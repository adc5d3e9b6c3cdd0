"""Imports flow one way: read → recognise → map → check → plan → write.

Read from the source (ast), not run: a later step may import an earlier step's
dataclasses (and use their fields and methods) and constants, never its
functions, and no step imports a later step; the
pure steps and the leaf modules import no Flask and no database; the pipeline
calls each step once, in order. The checker is itself tested on sources with a
back edge, so that it is known to fail when the flow does.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "msc" / "imports"
STEPS = ("readers", "recognise", "mapping", "check", "plan", "operations")
LEAVES = ("errors", "text", "values", "limits")  # shared by the steps; import no step
PURE = STEPS[:-1] + LEAVES
WEB_OR_DATABASE = ("flask", "flask_babel", "flask_login", "flask_wtf", "flask_sqlalchemy", "sqlalchemy",
                   "wtforms")
CHAIN = ["recognise", "map_columns", "check_rows", "plan_import"]


def sources() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in PACKAGE.glob("*.py")}


def imports_of(source: str) -> list[tuple[str, tuple[str, ...] | None]]:
    """(module, names) imported: sibling modules of the package by bare name, others in full.

    `names` is None when a whole module is imported (`from . import plan`, `import x`).
    """
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            names = tuple(a.name for a in node.names)
            module = node.module or ""
            if node.level == 1 and not module:
                found += [(name, None) for name in names]
            elif node.level == 1:
                found.append((module, names))
            elif node.level >= 2:
                found.append(("msc." + module if module else "msc", names))
            elif module.startswith("msc.imports."):
                found.append((module.removeprefix("msc.imports."), names))
            else:
                found.append((module, names))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                name = alias.name
                found.append((name.removeprefix("msc.imports."), None))
    return found


def data_names(source: str) -> set[str]:
    """Classes and UPPER_CASE constants defined at the top of a module: what a later step may take."""
    names = set()
    for node in ast.parse(source).body:
        if isinstance(node, ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                for name in ast.walk(target):
                    if isinstance(name, ast.Name) and name.id.isupper():
                        names.add(name.id)
    return names


def flow_violations(modules: dict[str, str]) -> list[str]:
    """Every way the step modules break the one-way flow, as sentences."""
    found = []
    for module in STEPS + LEAVES:
        for target, names in imports_of(modules[module]):
            top = target.split(".")[0]
            if module in PURE and (top in WEB_OR_DATABASE or target in ("msc.extensions", "msc.audit")):
                found.append(f"{module} is pure but imports {target}")
            if target in LEAVES:
                continue
            if module in LEAVES and target in STEPS:
                found.append(f"leaf module {module} imports the step {target}")
                continue
            if target not in STEPS:
                if module in PURE and target in modules:
                    found.append(f"{module} is pure but imports {target} of the package")
                continue
            if STEPS.index(target) >= STEPS.index(module):
                found.append(f"back edge: {module} imports {target}, a later step (or itself)")
            elif names is None:
                found.append(f"{module} imports the whole module {target}: take its dataclasses only")
            else:
                allowed = data_names(modules[target])
                found += [f"{module} calls back into {target}.{name} (not a dataclass or constant)"
                          for name in names if name not in allowed]
    return found


def calls_in(source: str, function: str) -> list[str]:
    """Names called in `function` of `source`, in the order they are written."""
    tree = ast.parse(source)
    body = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == function)
    calls = [n for n in ast.walk(body) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)]
    return [c.func.id for c in sorted(calls, key=lambda c: (c.lineno, c.col_offset))]


# ------------------------------------------------------------------ the rules


def test_every_step_and_leaf_module_exists():
    assert set(STEPS + LEAVES) <= set(sources())


def test_imports_flow_one_way():
    assert flow_violations(sources()) == []


def test_the_pipeline_calls_each_step_once_in_order():
    source = sources()["pipeline"]
    steps = [name for name in calls_in(source, "preview_import") if name in CHAIN]
    assert steps == CHAIN
    assert [n for n in calls_in(source, "import_stories") if n in ("preview_import", "write_stories")] == [
        "preview_import", "write_stories"]


@pytest.mark.parametrize("caller", ["views", "cli"])
def test_views_and_the_command_line_go_through_the_pipeline(caller):
    """They read the file (step 1) and call `pipeline`; no other step function."""
    modules = sources()
    for target, names in imports_of(modules[caller]):
        if target in STEPS[1:-1]:
            allowed = data_names(modules[target])
            assert names is not None and set(names) <= allowed, (caller, target, names)
    assert ("pipeline", None) in imports_of(modules[caller])


# ------------------------------------------------------- the checker can fail


def _with(module: str, line: str) -> dict[str, str]:
    modules = sources()
    modules[module] = line + "\n" + modules[module]
    return modules


@pytest.mark.parametrize("module,line,expected", [
    ("recognise", "from .plan import ImportPlan", "back edge: recognise imports plan"),
    ("check", "from .check import RowResult", "back edge: check imports check"),
    ("check", "from .recognise import recognise", "check calls back into recognise.recognise"),
    ("plan", "from . import mapping", "plan imports the whole module mapping"),
    ("plan", "from msc.imports.mapping import map_columns", "plan calls back into mapping.map_columns"),
    ("mapping", "import flask", "mapping is pure but imports flask"),
    ("check", "from ..extensions import db", "check is pure but imports msc.extensions"),
    ("plan", "from .queries import import_context", "plan is pure but imports queries"),
    ("values", "from .check import RowResult", "leaf module values imports the step check"),
])
def test_the_checker_finds_a_broken_flow(module, line, expected):
    assert any(v.startswith(expected) for v in flow_violations(_with(module, line)))


def test_the_checker_sees_a_step_skipped_or_called_twice():
    source = sources()["pipeline"].replace("mapped = map_columns(export, settings)\n",
                                           "mapped = map_columns(export, settings)\n"
                                           "    mapped = map_columns(recognise(table), settings)\n")
    assert [n for n in calls_in(source, "preview_import") if n in CHAIN] != CHAIN
