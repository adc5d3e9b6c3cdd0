"""Pages of a list ordered on (date, id) that cost what they show: a seek from the page's first row, found on
an index from the nearer end of the list, instead of ``OFFSET`` over whole rows."""
from __future__ import annotations

import math

import sqlalchemy as sa

from ..extensions import db


class SeekPage:
    """One page of rows, with the attributes the templates read from Flask-SQLAlchemy's pagination."""

    def __init__(self, items: list, page: int, per_page: int, total: int):
        self.items, self.page, self.per_page, self.total = items, page, per_page, total
        self.snippets: dict = {}  # story id -> highlighted passages, for a search

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page)) if self.total else 0

    @property
    def has_prev(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    def iter_pages(self, *, left_edge=2, left_current=2, right_current=4, right_edge=2):
        """Page numbers to link, None for a gap (as ``flask_sqlalchemy.pagination.Pagination.iter_pages``)."""
        pages = self.pages
        if not pages:
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


def seek_page(query: sa.Select, key: tuple, page: int, per_page: int) -> SeekPage:
    """Page ``page`` (1-based; past the end gives the last) of ``query`` ordered newest first on ``key``
    (two columns, e.g. (date, id), the last unique, together indexed).

    The first row of the page is found on the key columns alone (an index-only walk), from the end of the
    list that is nearer; the page itself is then a seek ``key <= boundary ... LIMIT per_page``.
    """
    first, last = key
    total = db.session.scalar(query.with_only_columns(sa.func.count()).order_by(None))
    pages = max(1, math.ceil(total / per_page))
    page = min(max(page, 1), pages)
    keys = query.with_only_columns(first, last).order_by(None)
    skip = (page - 1) * per_page
    if skip == 0:
        boundary = None
    elif skip <= total // 2:
        boundary = db.session.execute(keys.order_by(first.desc(), last.desc()).offset(skip).limit(1)).first()
    else:  # from the oldest end: the row that has total - skip - 1 rows older than it
        boundary = db.session.execute(keys.order_by(first.asc(), last.asc()).offset(total - skip - 1).limit(1)).first()
    rows = query.order_by(None).order_by(first.desc(), last.desc())
    if boundary is not None:
        rows = rows.where(sa.or_(first < boundary[0], sa.and_(first == boundary[0], last <= boundary[1])))
    items = list(db.session.scalars(rows.limit(per_page)).unique())
    return SeekPage(items, page, per_page, total)
