"""The advocacy note as a policy brief (.docx bytes from plain data).

Page 1: the finding as title, organisation and period, key messages, recommendations. Then the context, what
changed (one chart), two to four boxed excerpts, the method in a paragraph. Annexes: the selected stories in
full, the figure tables, the detailed methodology. Every count comes from ``note.counts``; a draft carries
"Draft" at the top of each page; an Arabic note is right to left throughout.
"""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from . import docx_layout as layout
from .docx import _one_line, _Writer
from .labels import fmt_date, fmt_number, method_label, panel_label
from .schema import AdvocacyNote, FeaturedStory, NoteStory
from .text import choose_pull_quote

__all__ = ["BOX_WORDS", "build_advocacy_note", "finding_sentences"]

BOX_WORDS = 150  # an excerpt box, passage and reasons together
THEMES_IN_BODY = 5
_BOX_FILL = "F2F2F2"
_GREY = RGBColor(0x55, 0x55, 0x55)


def _sep(lang: str) -> str:
    return " : " if lang == "fr" else ": "


def _n(value: int, lang: str) -> str:
    return fmt_number(value, lang)


def finding_sentences(note: AdvocacyNote) -> str:
    """The sentence of figures the body prints (collected, submitted, advocacy consent, each level, quoted)."""
    t, c, lang = _labels(note), note.counts, note.language
    selection = "".join(t["selection_clause"].format(level=lv.level, selected=_n(lv.selected, lang),
                                                      candidates=_n(lv.candidates, lang)) for lv in c.levels)
    return t["figures_text"].format(collected=_n(c.collected, lang), submitted=_n(c.submitted, lang),
                                    advocacy=_n(c.advocacy_consent, lang), selection=selection,
                                    in_note=_n(c.in_note, lang))


def _labels(note: AdvocacyNote) -> dict[str, str]:
    from .labels import LABELS

    return LABELS[note.language]


def build_advocacy_note(note: AdvocacyNote, *, template: bytes | None = None, logo: bytes | None = None) -> bytes:
    """The note as .docx bytes (see the module)."""
    w = _Writer(template, note.language)
    layout.page_setup(w.doc, note.page_size, margins=template is None)
    layout.declare_fonts(w.doc, note.language)
    if template is None:
        layout.one_font_family(w.doc)
    _first_page(w, note, logo)
    w.page_break()
    if note.context.strip():
        w.heading(w.t["context"], 1)
        w.text_block(note.context)
    _what_changed(w, note)
    _featured(w, note)
    w.heading(w.t["methods"], 1)
    levels = " → ".join(_one_line(x) for x in note.methodology.levels) or w.t["none"]
    w.para(w.t["methods_text"].format(levels=levels))
    if note.pseudonym_note:
        w.para(note.pseudonym_note, italic=True)
    w.page_break()
    _annex_stories(w, note)
    _annex_method(w, note, _annex_figures(w, note))
    w.footers(note.footer)
    if note.is_draft:
        layout.draft_mark(w.doc, w.t["draft_mark"])
    if note.language == "ar":
        layout.make_rtl(w.doc)
    title = note.title or note.programme
    return w.to_bytes(f"{title} — {note.period_label}", note.organisation)


def _first_page(w: _Writer, note: AdvocacyNote, logo: bytes | None) -> None:
    t, lang = w.t, note.language
    if logo:
        w.picture(logo, "logo")
    w.para(_one_line(note.title or note.programme), "Title")
    period = f"{t['period']}{_sep(lang)}{_one_line(note.period_label)}"
    if note.period_code and note.period_code != note.period_label:
        period += f" ({note.period_code})"
    w.para(f"{_one_line(note.organisation)} · {period}", "Subtitle")
    small = w.para(f"{t['brief_kind']} · {_one_line(note.programme)} · "
                   f"{t['generated'].format(date=fmt_date(note.generated, lang))}")
    for run in small.runs:
        run.font.size, run.font.color.rgb = Pt(9), _GREY
    w.heading(t["key_messages"], 1)
    w.bullets(note.key_messages or [t["none"]])
    if note.recommendations:
        w.heading(t["recommendations"], 1)
        for n, rec in enumerate(note.recommendations, 1):
            text = f"{n}. {_one_line(rec.text)}"
            if rec.stories:
                text += " " + t["rec_stories"].format(refs=", ".join(str(i) for i in rec.stories))
            w.para(text)


def _what_changed(w: _Writer, note: AdvocacyNote) -> None:
    t, fig, lang = w.t, note.figures, note.language
    w.heading(t["what_changed"], 1)
    w.para(finding_sentences(note))
    if fig.themes_selected:
        n_sel = note.counts.selected_any
        ranked = sorted(fig.themes_selected.items(), key=lambda kv: (-kv[1], kv[0]))[:THEMES_IN_BODY]
        w.bullets([t["theme_line"].format(theme=_one_line(k), selected=_n(v, lang), n_selected=_n(n_sel, lang),
                                          all=_n(fig.themes_all.get(k, 0), lang),
                                          n_all=_n(note.counts.submitted, lang)) for k, v in ranked])
    body = [c for c in note.charts if c.caption == t["chart_selection"]]
    if body:  # one chart in the body: the selection funnel
        w.picture(body[0].png, "chart", width=Cm(12))
        w.para(t["figure"].format(n=1, caption=_one_line(body[0].caption)), "Caption",
               align=WD_ALIGN_PARAGRAPH.CENTER)


def _words(text: str, limit: int) -> tuple[str, int]:
    words = _one_line(text).split()
    if len(words) <= limit:
        return " ".join(words), len(words)
    return " ".join(words[:limit]).rstrip(",;:") + " …", limit


def _featured(w: _Writer, note: AdvocacyNote) -> None:
    if not note.featured:
        return
    w.heading(w.t["voices"], 1)
    for item in note.featured:
        _box(w, item)


def _box(w: _Writer, item: FeaturedStory) -> None:
    """One excerpt in a shaded one-cell table kept on one page; at most BOX_WORDS words in all."""
    t, lang = w.t, w.language
    passage, used = _words(item.passage, BOX_WORDS)
    left = BOX_WORDS - used
    why, used = _words(item.significance, min(left // 2, 45)) if item.significance and left > 5 else ("", 0)
    reason, _ = _words(item.reasons, min(left - used, 45)) if item.reasons and left - used > 5 else ("", 0)
    table = w.doc.add_table(rows=1, cols=1)
    if "Table Grid" in w.styles:
        table.style = "Table Grid"
    cell = table.rows[0].cells[0]
    layout.shade(cell, _BOX_FILL)
    layout.keep_row_together(table.rows[0])
    head = cell.paragraphs[0]
    ref = f"{t['story_ref'].format(n=item.number)} · " if item.number else ""
    run = head.add_run(f"{ref}{_one_line(item.title)}")
    run.bold = True
    meta = head.add_run(f" — {_one_line(item.domain)}, {_one_line(item.unit)}")
    meta.font.color.rgb = _GREY
    opening, closing = _quotes(lang)
    quote = cell.add_paragraph()
    quote.add_run(f"{opening}{passage}{closing}").italic = True
    for label, value in ((t["box_why"], why), (t["box_panel"], reason)):
        if value:
            p = cell.add_paragraph()
            p.add_run(label).bold = True
            p.add_run(value)
    if item.translated_from:
        p = cell.add_paragraph()
        p.add_run(t["translated_from"].format(lang=item.translated_from)).italic = True
    for p in cell.paragraphs:
        p.paragraph_format.keep_with_next = True
        for r in p.runs:
            r.font.size = Pt(10)
    full = layout.usable_width(w.doc)
    layout.fit_table(table, [[" ".join(p.text for p in cell.paragraphs) + " " * 400]], full)  # the full width
    w.doc.add_paragraph()


def _quotes(lang: str) -> tuple[str, str]:
    from .labels import QUOTES

    return QUOTES[lang]


def _annex_stories(w: _Writer, note: AdvocacyNote) -> None:
    t = w.t
    w.heading(t["annex_stories"], 1)
    if not note.stories:
        w.para(t["no_stories"])
    for n, story in enumerate(note.stories, 1):
        _story(w, n, story)


def _story(w: _Writer, n: int, story: NoteStory) -> None:
    t, lang = w.t, w.language
    sep = _sep(lang)
    w.heading(f"{n}. {story.title}", 2)
    meta = w.runs([(t["domain"] + sep, True), (_one_line(story.domain), False), ("  ·  ", False),
                   (t["unit"] + sep, True), (_one_line(story.unit), False)])
    for run in meta.runs:
        run.font.color.rgb = _GREY
    if story.translated_from:
        w.para(t["translated_from"].format(lang=story.translated_from), italic=True)
    quote = _one_line(story.pull_quote) if story.pull_quote else choose_pull_quote(story.text, story.significance)
    if quote:
        w.quote(quote)
    w.heading(t["story"], 3)
    w.text_block(story.text)
    w.heading(t["significance"], 3)
    w.text_block(story.significance or t["none"])
    w.heading(t["reasons"], 3)
    if not story.selections:
        w.para(t["no_reasons"])
    for level, unit, reasons, when in story.selections:
        label = f"{_one_line(level)} — {_one_line(unit)}"
        if when is not None:
            label += f" ({fmt_date(when, lang)})"
        w.runs([(label, True)])
        w.text_block(reasons or t["no_reasons"])
    if story.verification:  # as recorded, or not mentioned
        w.runs([(t["verification"] + sep, True), (_one_line(story.verification), False)])
    if story.feedback:
        w.runs([(t["feedback"] + sep, True), (_one_line(story.feedback), False)])


def _annex_figures(w: _Writer, note: AdvocacyNote) -> int:
    t, fig, c, lang = w.t, note.figures, note.counts, note.language
    w.heading(t["annex_figures"], 1)
    n = 0

    def caption(text: str) -> str:
        nonlocal n
        n += 1
        return t["table"].format(n=n, caption=text)

    numbers = [[t["stage_collected"], c.collected], [t["n_submitted"], c.submitted],
               [t["n_advocacy"], c.advocacy_consent]]
    numbers += [[t["stage_candidates"].format(level=lv.level), lv.candidates] for lv in c.levels]
    numbers += [[t["stage_selected"].format(level=lv.level), lv.selected] for lv in c.levels]
    numbers.append([t["n_selected_any"], c.selected_any])
    numbers.append([t["n_in_note"], c.in_note])
    if c.excluded_translation:
        numbers.append([t["n_excluded_translation"], c.excluded_translation])
    w.table([t["figure_label"], t["value"]], numbers, caption(t["cap_numbers"]))
    if fig.people_concerned is not None:
        w.para(t["people"].format(n=_n(fig.people_concerned, lang)))
    table = fig.stories_by_unit_domain
    if table is not None and table.rows:
        rows = [[r, *counts, sum(counts)] for r, counts in zip(table.rows, table.counts, strict=True)]
        totals = [sum(col) for col in zip(*table.counts, strict=True)] if table.counts else [0] * len(table.columns)
        rows.append([t["total"], *totals, sum(totals)])
        w.table([t["unit"], *table.columns, t["total"]], rows,
                caption(t["cap_unit_domain"].format(n=_n(sum(totals), lang))))
    if fig.themes_all or fig.themes_selected:
        labels = list(dict.fromkeys([*fig.themes_all, *fig.themes_selected]))
        w.table([t["theme"], t["themes_all"], t["themes_selected"]],
                [[k, fig.themes_all.get(k, 0), fig.themes_selected.get(k, 0)] for k in labels],
                caption(t["cap_themes"]))
    if c.levels:
        w.table([t["level"], t["candidates"], t["selected"]],
                [[lv.level, lv.candidates, lv.selected] for lv in c.levels], caption(t["cap_funnel"]))
    others = [chart for chart in note.charts if chart.caption != t["chart_selection"]]
    for k, chart in enumerate(others, 2):  # figure 1 is the funnel, in the body; one chart per page
        w.page_break()
        w.picture(chart.png, "chart", width=Cm(13))
        w.para(t["figure"].format(n=k, caption=_one_line(chart.caption)), "Caption", align=WD_ALIGN_PARAGRAPH.CENTER)
    return n


def _annex_method(w: _Writer, note: AdvocacyNote, n: int) -> None:
    t, m, lang = w.t, note.methodology, note.language

    def caption(text: str) -> str:
        nonlocal n
        n += 1
        return t["table"].format(n=n, caption=text)

    w.heading(t["annex_method"], 1)
    w.para(t["annex_intro"])
    w.heading(f"1. {t['step_domains']}", 2)
    if m.domains:
        w.table([t["domain"], t["question"]], [[d.name, d.question or t["none"]] for d in m.domains],
                caption(t["cap_domains"]))
    w.heading(f"2. {t['step_collection']}", 2)
    w.para(t["collection_dates"].format(start=fmt_date(m.collection_start, lang),
                                        end=fmt_date(m.collection_end, lang), period=_one_line(note.period_label)))
    if m.numbers:
        w.table([t["figure_label"], t["value"]], [[k, v] for k, v in m.numbers.items()], caption(t["cap_people"]))
    w.heading(f"3. {t['step_selection']}", 2)
    if m.levels:
        w.para(t["levels"].format(levels=" → ".join(_one_line(x) for x in m.levels)))
    if m.rounds:
        w.table([t["unit"], t["level"], t["method"], t["closed"], t["panel"], t["candidates"], t["selected"]],
                [[r.unit, r.level, method_label(r.method, lang), fmt_date(r.closed, lang), panel_label(r.panel, lang),
                  t["none"] if r.candidates is None else r.candidates,
                  t["none"] if r.selected is None else r.selected] for r in m.rounds], caption(t["cap_rounds"]))
    w.para(note.previous or t["no_previous"])
    w.heading(f"4. {t['step_feedback']}", 2)
    w.para(t["feedback_text"])
