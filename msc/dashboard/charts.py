"""SVG charts of the dashboard, drawn once per distinct data (cache keyed on the figures themselves)."""
from __future__ import annotations

import json
from functools import lru_cache

from flask_babel import gettext as _

from ..reports import charts

CACHE_SIZE = 256


@lru_cache(maxsize=CACHE_SIZE)
def _draw(kind: str, payload: str, title: str, no_data: str) -> bytes:
    data = json.loads(payload)
    if kind == "bar":
        return charts.bar_chart(dict(data), title, no_data=no_data)
    if kind == "line":
        periods, series = data
        return charts.line_chart(periods, series, title, no_data=no_data)
    if kind == "grouped":
        categories, series = data
        return charts.grouped_bar_chart(categories, series, title, no_data=no_data)
    if kind == "funnel":
        return charts.funnel_chart([tuple(s) for s in data], title, no_data=no_data)
    raise ValueError(kind)


def draw(kind: str, data, title: str, no_data: str) -> bytes:
    # The key is the data, not the filters: a new story changes the key, so a cached chart is never stale.
    return _draw(kind, json.dumps(data, ensure_ascii=False, sort_keys=False), str(title), no_data)


def figure_chart(fig, no_data: str) -> bytes | None:
    """The chart of one dashboard figure (``figures.Figure``), or None for a figure shown as a table only."""
    if fig.chart == "bar":
        return draw("bar", [[str(r[0]), r[1]] for r in fig.rows], fig.title, no_data)
    if fig.chart == "grouped":
        series = {str(k): v for k, v in fig.series().items()}
        return draw("grouped", [[str(r[0]) for r in fig.rows], series if fig.rows else {}], fig.title, no_data)
    if fig.chart == "line":
        trends = {str(h): [r[i] for r in fig.rows] for i, h in enumerate(fig.headers) if i > 1}
        return draw("line", [[r[0] for r in fig.rows], trends], fig.title, no_data)
    if fig.chart == "funnel":
        stages = [[str(_("Collected")), fig.rows[0][1]]]
        for level, _available, candidates, selected in fig.rows:
            stages += [[f"{level}: {_('candidates')}", candidates], [f"{level}: {_('selected')}", selected]]
        return draw("funnel", stages, fig.title, no_data)
    return None


def cache_info():
    return _draw.cache_info()
