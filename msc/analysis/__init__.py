"""analysis: spaCy pipelines, codebook & themes, personal-data detection.

Pure Python (no Flask, no database). Heavy modules load lazily:
``from msc.analysis import Analyzer`` imports spaCy only when used.
"""
from importlib import import_module

_EXPORTS = {
    "Analyzer": "engine", "engine_info": "engine",
    "load_codebook": "codebook", "default_codebook": "codebook", "Codebook": "codebook",
    "CodebookError": "codebook", "pseudonymise": "pseudonymise", "detect_language": "language",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name):
    if name in _EXPORTS:
        return getattr(import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    raise AttributeError(name)
