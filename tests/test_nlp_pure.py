"""msc.nlp is the language engine: importing any of its modules loads no Flask and no database."""
import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import msc.nlp

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = ("flask", "flask_sqlalchemy", "flask_babel", "sqlalchemy", "msc.extensions")

PROBE = f"""
import importlib, json, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
print(json.dumps(sorted(m for m in {FORBIDDEN!r} if m in sys.modules)))
"""


def _nlp_modules() -> list[str]:
    return sorted(f"msc.nlp.{m.name}" for m in pkgutil.iter_modules(msc.nlp.__path__))


def _loaded_after_import(modules: list[str]) -> list[str]:
    """Import *modules* in a fresh interpreter; return the forbidden modules it then holds."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", PROBE, *modules], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_every_nlp_module_is_found():
    modules = _nlp_modules()
    assert {"msc.nlp.engine", "msc.nlp.cli", "msc.nlp.pii", "msc.nlp.codebook", "msc.nlp.themes"} <= set(modules)


def test_nlp_modules_import_no_flask_and_no_database():
    assert _loaded_after_import(["msc.nlp", *_nlp_modules()]) == []


def test_the_probe_sees_a_module_that_uses_flask_and_the_database():
    loaded = _loaded_after_import(["msc.view_helpers"])
    assert {"flask", "flask_sqlalchemy", "sqlalchemy", "msc.extensions"} <= set(loaded)
