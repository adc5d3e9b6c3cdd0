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
    if kind == "funnel":
        return charts.funnel_chart([tuple(s) for s in data], title, no_data=no_data)
    raise ValueError(kind)


def draw(kind: str, data, title: str, no_data: str) -> bytes:
    # The key is the data, not the filters: a new story changes the key, so a cached chart is never stale.
    return _draw(kind, json.dumps(data, ensure_ascii=False, sort_keys=False), str(title), no_data)


def dashboard_charts(data: dict, no_data: str) -> dict[str, bytes]:
    out = {
        "by_unit": draw("bar", list(data["by_unit"].items()), _("Stories by unit"), no_data),
        "by_domain": draw("bar", list(data["by_domain"].items()), _("Stories by domain"), no_data),
        "by_facilitator": draw("bar", list(data["by_facilitator"].items()), _("Stories per facilitator"), no_data),
        "trend": draw("line", [data["period_codes"], data["trends"]], _("Stories per period, by domain"), no_data),
    }
    if data["funnel"]:
        stages = [[str(_("Collected")), data["funnel"][0].collected]]
        for f in data["funnel"]:
            candidates, selected = str(_("candidates")), str(_("selected"))
            stages += [[f"{f.level}: {candidates}", f.candidates], [f"{f.level}: {selected}", f.selected]]
        out["funnel"] = draw("funnel", stages, _("Selection funnel"), no_data)
    return out


def cache_info():
    return _draw.cache_info()
