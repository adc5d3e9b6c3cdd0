"""Pages of a list ordered on (date, id) that cost what they show: a seek from the page's first row, found on
an index from the nearer end of the list, instead of ``OFFSET`` over whole rows."""
from __future__ import annotations

import math

import sqlalchemy as sa

from ..extensions import db
from .figure_cache import remembered_as, statement_key


class SeekPage:
    """One page of rows, with the attributes the templates read from Flask-SQLAlchemy's pagination."""

    def __init__(self, items: list, page: int, per_page: int, total: int):
        self.items, self.page, self.per_page, self.total = items, page, per_page, total
        self.snippets: dict = {}  # story id -> highlighted passages, for a search
        self.is_capped = False  # total is a floor: the list holds more rows than were counted

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page)) if self.total else 0

    @property
    def has_prev(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.is_capped or self.page < self.pages

    def iter_pages(self, *, left_edge=2, left_current=2, right_current=4, right_edge=2):
        """Page numbers to link, None for a gap (as ``flask_sqlalchemy.pagination.Pagination.iter_pages``)."""
        pages = self.pages
        if not pages:
            return
        if self.is_capped:  # the last page is not known: the first pages and those around this one, then a gap
            shown = sorted({*range(1, min(1 + left_edge, pages + 1)),
                            *range(max(1, self.page - left_current), min(self.page + right_current + 1, pages + 1))})
            for before, n in zip([0, *shown], shown, strict=False):
                if n - before > 1:
                    yield None
                yield n
            yield None
            return
        left_end = min(1 + left_edge, pages + 1)
        yield from range(1, left_end)
        if left_end > pages:
            return
        mid_start = max(left_end, self.page - left_current)
        mid_end = min(self.page + right_current + 1, pages + 1)
        if mid_start - left_end > 0:
            yield None
        yield from range(mid_start, mid_end)
        if mid_end > pages:
            return
        right_start = max(mid_end, pages - right_edge + 1)
        if right_start - mid_end > 0:
            yield None
        yield from range(right_start, pages + 1)


COUNT_CAP = 10_000  # rows counted for a list's first pages: past it, the list says "more than 10,000"


def capped_count(query: sa.Select, cap: int) -> int:
    """How many rows ``query`` has, counting at most ``cap + 1`` (a walk of at most that many index entries)."""
    limited = query.with_only_columns(sa.literal(1)).order_by(None).limit(cap + 1).subquery()
    return db.session.scalar(sa.select(sa.func.count()).select_from(limited))


def exact_count(query: sa.Select) -> int:
    """How many rows ``query`` has, counted once per data version (``figure_cache``): a deep page of a long list
    is asked again and again while the stories do not change."""
    counting = query.with_only_columns(sa.func.count()).order_by(None)
    return remembered_as(("count", *statement_key(counting)), lambda: db.session.scalar(counting))


def seek_page(query: sa.Select, key: tuple, page: int, per_page: int, cap: int | None = None) -> SeekPage:
    """Page ``page`` (1-based; past the end gives the last) of ``query`` ordered newest first on ``key``
    (two columns, e.g. (date, id), the last unique, together indexed).

    The rows are counted up to ``cap`` (``COUNT_CAP``) only, whatever the list holds: a page within the first
    ``cap`` rows says "more than ``cap``" (``page.is_capped``). A page beyond them (or past the end) needs
    the exact count, kept per data version. The first row of the page is found on the key columns alone (an
    index-only walk), from the end of the list that is nearer; the page itself is then a seek
    ``key <= boundary ... LIMIT per_page`` (a row-value comparison, a range on the index).
    """
    first, last = key
    cap = cap or COUNT_CAP
    page = max(page, 1)
    skip = (page - 1) * per_page
    total = capped_count(query, cap)
    capped = total > cap
    if capped and skip + per_page > cap:
        total, capped = exact_count(query), False
    if not capped:
        page = min(page, max(1, math.ceil(total / per_page)))
        skip = (page - 1) * per_page
    keys = query.with_only_columns(first, last).order_by(None)
    if skip == 0:
        boundary = None
    elif capped or skip <= total // 2:
        boundary = db.session.execute(keys.order_by(first.desc(), last.desc()).offset(skip).limit(1)).first()
    else:  # from the oldest end: the row that has total - skip - 1 rows older than it
        boundary = db.session.execute(keys.order_by(first.asc(), last.asc()).offset(total - skip - 1).limit(1)).first()
    rows = query.order_by(None).order_by(first.desc(), last.desc())
    if boundary is not None:
        rows = rows.where(sa.tuple_(first, last) <= sa.tuple_(*boundary))
    items = list(db.session.scalars(rows.limit(per_page)).unique())
    result = SeekPage(items, page, per_page, total)
    result.is_capped = capped
    return result
