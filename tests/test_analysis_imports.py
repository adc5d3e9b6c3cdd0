"""Imports of the analysis run one way: views -> jobs -> operations -> queries -> models, and msc.nlp below."""
import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "msc" / "analysis"


def _imported(module: str) -> set[str]:
    """Every module name *module* imports, at the top or inside a function (relative names kept with dots)."""
    names = set()
    for node in ast.walk(ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = "." * node.level + (node.module or "")
            names.add(base)
            if node.module is None:  # from . import jobs
                names.update(base + alias.name for alias in node.names)
    return names


@pytest.mark.parametrize("module,forbidden", [
    ("operations", {".jobs", ".views"}),
    ("codebook_ops", {".jobs", ".views", ".operations"}),
    ("queries", {".jobs", ".views", ".operations", "markupsafe", "flask"}),
    ("models", {".jobs", ".views", ".operations", ".queries"}),
])
def test_lower_layers_do_not_import_higher_ones(module, forbidden):
    assert _imported(module) & forbidden == set()


def test_the_check_sees_imports():
    assert {".operations", ".queries"} <= _imported("jobs") and ".highlight" in _imported("views")
