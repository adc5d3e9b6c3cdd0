"""Markup for the analysis pages: a story's text with <mark> elements around spans (no database)."""
from markupsafe import Markup, escape


def highlight(text: str, marks: list[tuple[int, int, str, dict]]) -> Markup:
    """The text with <mark> elements at (start, end, css class, data attributes); every piece escaped.

    Overlapping marks are cut at each boundary so the HTML stays well nested; marks outside the
    text are dropped.
    """
    n = len(text)
    marks = [(s, e, css, data) for s, e, css, data in marks if 0 <= s < e <= n]
    cuts = sorted({0, n, *[s for s, *_ in marks], *[e for _, e, *_ in marks]})
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = escape(text[a:b])
        covering = [m for m in marks if m[0] <= a and b <= m[1]]
        if not covering:
            out.append(piece)
            continue
        classes = " ".join(sorted({m[2] for m in covering}))
        attrs = {}
        for m in covering:
            for k, v in m[3].items():
                attrs.setdefault(k, set()).add(str(v))
        data = "".join(f' data-{escape(k)}="{escape(" ".join(sorted(v)))}"' for k, v in sorted(attrs.items()))
        # Reviewed (B704): classes, data attributes and pieces are escaped above
        out.append(Markup(f'<mark class="{escape(classes)}"{data}>') + piece + Markup("</mark>"))  # nosec B704
    return Markup("").join(out)


def evidence_marks(rows, field: str = "text") -> list[tuple[int, int, str, dict]]:
    """Marks for the evidence of the themes not rejected (rows from ``queries.story_themes``), in the
    story text or (*field* "translation") in its stored translation."""
    return [(e["start"], e["end"], "evidence", {"themes": r.theme.key}) for r in rows
            if r.state != "rejected" for e in (r.translation_evidence if field == "translation" else r.evidence)]


def pii_marks(spans) -> list[tuple[int, int, str, dict]]:
    """Marks for personal-data spans (``queries.active_spans``)."""
    return [(s.start_offset, s.end_offset, "pii", {"label": s.label}) for s in spans]
