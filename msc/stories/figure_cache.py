"""Figures kept while the data they come from has not changed.

A figure over a whole archive (100,000 stories) costs a second or more to count; it is computed once per
(what it counts, data version) and served from memory until the data version moves (``msc.data_version``:
any new, edited, withdrawn or erased story, consent change, round decision or finalisation, follow-up
record...). What it counts is the scope exactly as resolved for the reader — the programme, the period, the
set of units within the reader's reach, the domains — and the language of its labels: two readers share
figures only when they would count the very same stories, never across different reaches.

Each process keeps its own (a few entries, least recently used first out); the version is read from the
database at every use, so every process sees a change at its next page.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

import sqlalchemy as sa
from flask import current_app

from .. import data_version
from ..extensions import db
from .scope import Scope

SIZE = 64  # entries per process


class FigureCache:
    """Values by key, each valid for one data version."""

    def __init__(self, size: int = SIZE):
        self.size, self.entries, self.lock = size, OrderedDict(), threading.Lock()
        self.version = None  # the newest version seen: entries of older ones are dropped when it moves

    def get_or_compute(self, key: Hashable, version: int, compute: Callable[[], Any]) -> Any:
        with self.lock:
            if version != self.version:
                if self.version is None or version > self.version:
                    self.entries = OrderedDict((k, v) for k, v in self.entries.items() if k[0] >= version)
                    self.version = version
            found = self.entries.get((version, key))
            if found is not None:
                self.entries.move_to_end((version, key))
                return found
        value = compute()  # outside the lock: a slow count does not hold up other scopes
        with self.lock:
            self.entries[(version, key)] = value
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)
        return value


def scope_key(scope: Scope, *extra: Hashable) -> tuple:
    """What the figures of ``scope`` depend on (the stories it counts), and ``extra`` (e.g. the language)."""
    return (scope.programme.id, scope.period.id if scope.period is not None else None, frozenset(scope.unit_ids),
            tuple(sorted(scope.domain_ids)), *extra)


def remembered(kind: str, scope: Scope, compute: Callable[[], Any], *extra: Hashable) -> Any:
    """``compute()`` for this kind of figures and scope, computed once per data version (per process)."""
    return remembered_as((kind, *scope_key(scope, *extra)), compute)


def remembered_as(key: Hashable, compute: Callable[[], Any]) -> Any:
    """``compute()`` under ``key`` (which must say everything the value depends on but the data), computed once
    per data version (per process)."""
    version = data_version.settled()
    if version is None:  # this transaction changed the data: count it for itself, keep nothing
        return compute()
    cache = current_app.extensions.setdefault("msc.figure_cache", FigureCache())
    return cache.get_or_compute(key, version, compute)


def statement_key(query: sa.Select) -> tuple:
    """A statement as a key: its SQL and its bound values (the units a reader may see among them)."""
    compiled = query.compile(dialect=db.engine.dialect)
    return str(compiled), tuple(sorted((k, tuple(v) if isinstance(v, (list, set, tuple)) else v)
                                       for k, v in compiled.params.items()))
