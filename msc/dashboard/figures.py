"""Every figure of the dashboard as plain rows: the same rows make its table view, its chart and its CSV."""
from __future__ import annotations

from dataclasses import dataclass, field

from flask_babel import gettext as _

from ..stories.forms import age_band_choices, gender_choices, language_choices

KEYS = ("by_unit", "by_domain", "by_period", "by_facilitator", "by_age_band", "by_gender", "by_migrant", "by_language",
        "consent", "selection_rate", "themes", "cooccurrence", "coverage", "funnel")


@dataclass
class Figure:
    """One figure: a key (its CSV's name), a title, a header row and rows; ``chart`` says how to draw it."""

    key: str
    title: str
    headers: list[str]
    rows: list[list] = field(default_factory=list)
    chart: str | None = "bar"  # bar (first two columns) | grouped (first column × the count columns) | line | None
    summary: str = ""  # the text alternative of the chart
    note: str = ""  # shown instead of figures when there are none to show (e.g. "not recorded yet")

    def series(self) -> dict[str, list]:
        """For grouped charts: each count column (every column after the first) across the rows."""
        return {h: [r[i] for r in self.rows] for i, h in enumerate(self.headers) if i > 0}


def percent(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def _summary(rows) -> str:
    if not rows:
        return _("No story in this selection.")
    top = max(rows, key=lambda r: r[1])
    return _("%(count)d categories; the largest is %(label)s with %(num)d.", count=len(rows), label=top[0],
             num=top[1])


def _counts(key: str, title: str, header: str, counts: dict, labels: dict | None = None) -> Figure:
    labels = labels or {}
    rows = [[str(labels.get(k, k if k is not None else _("Not said"))), n] for k, n in counts.items()]
    return Figure(key, title, [header, _("Stories")], rows, summary=_summary(rows))


def _choices(choices) -> dict:
    return {(value or None): str(label) for value, label in choices()}


def _order(counts: dict, choices) -> dict:
    keys = [value or None for value, _label in choices()]
    known = {k: counts[k] for k in keys if k in counts}
    return {**known, **{k: v for k, v in counts.items() if k not in known}}


def build(data: dict) -> list[Figure]:
    """The dashboard's figures, in page order, from ``queries.dashboard``."""
    total = data["total"]
    profile = data["profile"]
    migrant = {True: _("Migrant"), False: _("Not migrant"), None: _("Not said")}
    out = [
        _counts("by_unit", _("Stories by unit"), _("Unit"), data["by_unit"]),
        _counts("by_domain", _("Stories by domain"), _("Domain"), data["by_domain"]),
        Figure("by_period", _("Stories per period, by domain"), [_("Period"), _("Stories"), *data["trends"]],
               [[code, n, *(s[i] for s in data["trends"].values())]
                for i, (code, n) in enumerate(data["by_period"].items())], chart="line",
               summary=_summary(list(data["by_period"].items()))),
        _counts("by_facilitator", _("Stories per facilitator"), _("Facilitator"), data["by_facilitator"]),
        _counts("by_age_band", _("Storytellers by age band"), _("Age band"),
                _order(profile["age_band"], age_band_choices), _choices(age_band_choices)),
        _counts("by_gender", _("Storytellers by gender identity"), _("Gender identity"),
                _order(profile["gender"], gender_choices), _choices(gender_choices)),
        _counts("by_migrant", _("Migrant storytellers"), _("Migrant"),
                {k: profile["migrant"][k] for k in (True, False, None) if k in profile["migrant"]}, migrant),
        _counts("by_language", _("Stories by language"), _("Language"),
                _order(data["by_language"], language_choices), _choices(language_choices)),
        consent_figure(data["consent"], total),
        selection_rate_figure(data),
        themes_figure(data["theme_table"]),
        cooccurrence_figure(data["theme_table"]),
        coverage_figure(data),
    ]
    if data["funnel"]:
        out.append(Figure("funnel", _("Selection funnel"), [_("Level"), _("Available"), _("Candidates"), _("Selected")],
                          [[f.level, f.collected, f.candidates, f.selected] for f in data["funnel"]], chart="funnel",
                          summary=_summary([[f.level, f.selected] for f in data["funnel"]])))
    return out


def consent_figure(consent, total: int) -> Figure:
    uses = [("evaluation", _("… covers internal evaluation")), ("panel", _("… covers panel review")),
            ("advocacy", _("… covers advocacy")), ("publication", _("… covers publication"))]
    labels = [("given", _("Given, in force")), *(("use_" + use, label) for use, label in uses),
              ("refused", _("Refused")), ("withdrawn", _("Withdrawn")), ("missing", _("Not recorded"))]
    rows = [[label, consent[key], percent(consent[key], total)] for key, label in labels]
    return Figure("consent", _("Consent rates per use"), [_("Consent"), _("Stories"), _("Rate (%)")], rows,
                  summary=_summary(rows))


def selection_rate_figure(data: dict) -> Figure:
    """Per domain: stories, and per level the stories selected there and their share of the domain's stories."""
    levels = data["levels"]
    headers = [_("Domain"), _("Stories")]
    for label in levels.values():
        headers += [_("Selected at %(level)s", level=label), _("Rate at %(level)s (%%)", level=label)]
    rows = []
    for domain_id, (label, n) in data["domain_counts"].items():
        row = [label, n]
        for level_id in levels:
            chosen = data["selection_rate"].get((level_id, domain_id), 0)
            row += [chosen, percent(chosen, n)]
        rows.append(row)
    return Figure("selection_rate", _("Selection rate per domain and level"), headers, rows, chart=None,
                  summary=_summary(rows))


def themes_figure(table) -> Figure:
    """Themes across all stories and across the stories selected at each level, side by side."""
    headers = [_("Theme"), _("All stories"), *(_("Selected at %(level)s", level=lv) for lv in table.levels.values())]
    rows = [[table.themes[t][1], table.all.get(t, 0), *(table.selected.get((lv, t), 0) for lv in table.levels)]
            for t in table.ordered()]
    return Figure("themes", _("Themes: all stories vs. selected at each level"), headers, rows, chart="grouped",
                  summary=_summary(rows))


def cooccurrence_figure(table) -> Figure:
    """Stories carrying both themes, for every pair of themes (the diagonal: stories with the theme)."""
    order = table.ordered()
    rows = [[table.themes[a][1], *(table.together(a, b) for b in order)] for a in order]
    return Figure("cooccurrence", _("Themes appearing together"), [_("Theme"), *(table.themes[t][1] for t in order)],
                  rows, chart=None, summary=_summary([[r[0], r[i + 1]] for i, r in enumerate(rows)]))


def coverage_figure(data: dict) -> Figure:
    total = data["total"]
    verified, feedback = data["verification"], data["feedback"]
    rows = [[_("Verified"), verified.done, verified.total, percent(verified.done, verified.total)],
            [_("Storyteller told the outcome (feedback)"), feedback.done, feedback.total,
             percent(feedback.done, feedback.total)],
            [_("Used in an advocacy note"), data["in_notes"], total, percent(data["in_notes"], total)]]
    return Figure("coverage", _("Verification, feedback and use in notes"),
                  [_("Measure"), _("Stories"), _("Out of"), _("Rate (%)")], rows, chart=None,
                  note=_("Verified: out of the submitted stories. Feedback: out of the selected stories."))
