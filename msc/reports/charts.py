"""Charts as bytes: SVG to inline in pages, PNG for Word.

Each chart is drawn on its own ``matplotlib.figure.Figure`` (Agg canvas, no
pyplot state), so views and workers may draw in parallel threads. SVG output
is made safe and stable for inlining: no XML prologue or DOCTYPE (the only
external references matplotlib writes), no metadata block, ids prefixed per
chart so several charts can share a page, its one CSS rule scoped to the
chart, and a ``<title>`` for screen readers.
"""

from __future__ import annotations

import hashlib
import io
import math
import re
from collections.abc import Sequence
from xml.sax.saxutils import escape

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

# Without a salt, the SVG backend salts its ids with uuid4: output would
# change on every call. rcParams is process-global, so set it once, here,
# and only if nobody chose a salt already.
if matplotlib.rcParams["svg.hashsalt"] is None:
    matplotlib.rcParams["svg.hashsalt"] = "msc-reports"

# Okabe–Ito: readable by colour-blind readers and in greyscale print.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
FORMATS = ("svg", "png")
WIDTH_IN = 6.3  # about the text width of an A4 page with 2.5 cm margins
PNG_DPI = 150
MAX_LABEL = 40

_ID = re.compile(r'\bid="([^"]+)"')


def _charmap() -> set[int]:
    from matplotlib.font_manager import FontProperties, findfont, get_font

    return set(get_font(findfont(FontProperties(family="DejaVu Sans"))).get_charmap())


_GLYPHS = _charmap()


def _label(text: object) -> str:
    """A label matplotlib draws without warnings: known glyphs only, ``$`` literal, shortened."""
    s = " ".join(str(text).split())
    # A glyph the font lacks (emoji…) would raise a warning on every draw.
    s = "".join(c for c in s if ord(c) in _GLYPHS)
    if len(s) > MAX_LABEL:
        s = s[: MAX_LABEL - 1].rstrip() + "…"
    return s.replace("$", r"\$")  # else "$5 and $10" is parsed as mathtext


def _number(v: object) -> float:
    try:
        f = float(v)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0
    return f if math.isfinite(f) else 0.0


def _check_fmt(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ValueError(f"fmt must be one of {FORMATS}, not {fmt!r}")


def _figure(height: float) -> Figure:
    fig = Figure(figsize=(WIDTH_IN, max(2.0, min(height, 12.0))), layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _legend_columns(names) -> int:
    """Fewer legend columns for long labels, so that the legend fits the figure's width."""
    longest = max((len(str(n)) for n in names), default=0)
    per_row = 4 if longest <= 12 else 3 if longest <= 20 else 2
    return max(1, min(len(names), per_row))


def _render(fig: Figure, fmt: str, title: str) -> bytes:
    buf = io.BytesIO()
    if fmt == "png":
        fig.savefig(buf, format="png", dpi=PNG_DPI, metadata={"Software": None})
        return buf.getvalue()
    fig.savefig(buf, format="svg", metadata={"Date": None})
    return _clean_svg(buf.getvalue().decode("utf-8"), title).encode("utf-8")


def _clean_svg(svg: str, title: str) -> str:
    svg = svg[svg.index("<svg") :]  # drop <?xml?> and the DOCTYPE pointing at w3.org
    svg = re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.S)
    # Inlined in HTML, matplotlib's "*{…}" rule would reach every element of
    # the page: scope it to the chart.
    svg = svg.replace("<svg ", '<svg class="msc-chart" ', 1).replace("*{", ".msc-chart *{")
    prefix = "c" + hashlib.sha256(svg.encode("utf-8")).hexdigest()[:8] + "-"
    for old in set(_ID.findall(svg)):
        new = prefix + old
        svg = svg.replace(f'id="{old}"', f'id="{new}"')
        svg = svg.replace(f'href="#{old}"', f'href="#{new}"')
        svg = svg.replace(f"url(#{old})", f"url(#{new})")
    head_end = svg.index(">") + 1
    return svg[:head_end] + f"\n <title>{escape(' '.join(title.split()))}</title>" + svg[head_end:]


def _no_data(title: str, fmt: str, no_data: str) -> bytes:
    fig = _figure(2.0)
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.set_title(_label(title))
    ax.text(0.5, 0.5, _label(no_data), ha="center", va="center", fontsize=14, color="#555555", transform=ax.transAxes)
    return _render(fig, fmt, title)


def _style_axes(ax, horizontal: bool) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.grid(axis="x" if horizontal else "y", color="#dddddd", linewidth=0.8)
    ax.set_axisbelow(True)


def bar_chart(data: dict[str, float], title: str, *, fmt: str = "svg", horizontal: bool = True,
              no_data: str = "no data") -> bytes:
    """One bar per key, in the order given; values written at the bar ends."""
    _check_fmt(fmt)
    if not data:
        return _no_data(title, fmt, no_data)
    labels = [_label(k) for k in data]
    values = [_number(v) for v in data.values()]
    fig = _figure(1.2 + 0.35 * len(labels) if horizontal else 3.5)
    ax = fig.add_subplot()
    pos = range(len(labels))
    if horizontal:
        bars = ax.barh(pos, values, color=PALETTE[0])
        ax.set_yticks(pos, labels)
        ax.invert_yaxis()  # first key on top, as read
    else:
        bars = ax.bar(pos, values, color=PALETTE[0])
        ax.set_xticks(pos, labels, rotation=30 if len(labels) > 4 else 0, ha="right" if len(labels) > 4 else "center")
    ax.bar_label(bars, fmt="%g", padding=2)
    ax.set_title(_label(title))
    _style_axes(ax, horizontal)
    return _render(fig, fmt, title)


def grouped_bar_chart(categories: Sequence[str], series: dict[str, Sequence[float]], title: str, *,
                      fmt: str = "svg", horizontal: bool = True, no_data: str = "no data") -> bytes:
    """Side-by-side bars per category, one colour per series (e.g. themes: all stories vs selected)."""
    _check_fmt(fmt)
    for name, values in series.items():
        if len(values) != len(categories):
            raise ValueError(f"series {name!r} has {len(values)} values for {len(categories)} categories")
    if not categories or not series:
        return _no_data(title, fmt, no_data)
    n = len(series)
    width = 0.8 / n
    fig = _figure(1.4 + 0.25 * n * len(categories) if horizontal else 3.8)
    ax = fig.add_subplot()
    for i, (name, values) in enumerate(series.items()):
        pos = [c - 0.4 + width * (i + 0.5) for c in range(len(categories))]
        vals = [_number(v) for v in values]
        colour = PALETTE[i % len(PALETTE)]
        if horizontal:
            bars = ax.barh(pos, vals, height=width, label=_label(name), color=colour)
        else:
            bars = ax.bar(pos, vals, width=width, label=_label(name), color=colour)
        ax.bar_label(bars, fmt="%g", padding=2, fontsize=8)
    labels = [_label(c) for c in categories]
    if horizontal:
        ax.set_yticks(range(len(categories)), labels)
        ax.invert_yaxis()
    else:
        ax.set_xticks(range(len(categories)), labels, rotation=30 if len(labels) > 4 else 0,
                      ha="right" if len(labels) > 4 else "center")
    # Outside the axes: never hides a bar, and cheaper than loc="best".
    fig.legend(frameon=False, loc="outside lower center", ncols=_legend_columns(series))
    ax.set_title(_label(title))
    _style_axes(ax, horizontal)
    return _render(fig, fmt, title)


def funnel_chart(stages: Sequence[tuple[str, int]], title: str, *, fmt: str = "svg",
                 no_data: str = "no data") -> bytes:
    """Centred bars narrowing stage by stage, each with its count and share of the first stage."""
    _check_fmt(fmt)
    if not stages or all(_number(v) == 0 for _, v in stages):
        return _no_data(title, fmt, no_data)
    values = [max(_number(v), 0.0) for _, v in stages]
    top = max(values)
    first = values[0] or top
    fig = _figure(1.2 + 0.5 * len(stages))
    ax = fig.add_subplot()
    pos = range(len(stages))
    ax.barh(pos, values, left=[(top - v) / 2 for v in values], color=[PALETTE[i % len(PALETTE)] for i in pos])
    for i, v in enumerate(values):
        share = f" ({v / first:.0%})" if i and first else ""
        ax.text(top / 2, i, f"{v:g}{share}", ha="center", va="center", color="white" if v > top * 0.25 else "black",
                fontweight="bold")
    ax.set_yticks(pos, [_label(s) for s, _ in stages])
    ax.invert_yaxis()
    ax.set_xticks([])
    ax.tick_params(axis="y", length=0)
    for side in ("top", "right", "bottom", "left"):
        ax.spines[side].set_visible(False)
    ax.set_title(_label(title))
    return _render(fig, fmt, title)


def line_chart(periods: Sequence[str], series: dict[str, Sequence[float | None]], title: str, *,
               fmt: str = "svg", no_data: str = "no data") -> bytes:
    """One line per series over the periods; None leaves a gap."""
    _check_fmt(fmt)
    for name, values in series.items():
        if len(values) != len(periods):
            raise ValueError(f"series {name!r} has {len(values)} values for {len(periods)} periods")
    if not periods or not series:
        return _no_data(title, fmt, no_data)
    fig = _figure(3.5)
    ax = fig.add_subplot()
    x = range(len(periods))
    for i, (name, values) in enumerate(series.items()):
        ys = [math.nan if v is None else _number(v) for v in values]
        ax.plot(x, ys, marker="o", label=_label(name), color=PALETTE[i % len(PALETTE)])
    ax.set_xticks(x, [_label(p) for p in periods], rotation=30 if len(periods) > 6 else 0)
    ax.set_ylim(bottom=0)
    if len(series) > 1:
        fig.legend(frameon=False, loc="outside lower center", ncols=_legend_columns(series))
    ax.set_title(_label(title))
    _style_axes(ax, horizontal=False)
    return _render(fig, fmt, title)
