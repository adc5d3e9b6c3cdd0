"""Texts that others write about a story (a chair's reasons, a panelist's comment, verification notes, a
note's context) are scanned for personal data when saved, and the writer is warned before it is kept.

``warn_before_saving`` is called by the view that receives such a text: it answers a page that shows what
was found and asks the writer to edit the text or keep it as written (``pii_confirmed``), or None when the
text may be saved now. The text is never logged nor audited.
"""
from __future__ import annotations

from flask import render_template, request

from . import engine_calls, queries
from .codebook_ops import ensure_codebook

CONFIRM_FIELD = "pii_confirmed"  # posted by the warning page's "keep it as written" button


def story_terms(stories) -> list[tuple[str, str]]:
    """The names and places masked in these stories' fields, as (words, label): caught in texts about them."""
    return sorted({(s.fragment, s.label) for story in stories for s in queries.active_spans(story)
                   if s.label in ("PER", "LOC") and s.fragment.strip()})


def personal_data_in(text: str, programme_id: int, stories=()) -> list[dict]:
    """The personal data the engine finds in a text written about a story: [{"label", "text"}], in order.

    *stories*: the stories the text is about; the names masked in them are always caught, even alone
    ("Bennani" of "Fatima Bennani") or in lower case.
    """
    from .operations import analyzer_for  # loads the engine (spaCy) only when a text is scanned

    stories = [s for s in stories if s is not None]
    analyzer = analyzer_for(ensure_codebook(programme_id), queries.service_terms(programme_id))
    lang = next((s.analysis.lang for s in stories if s.analysis is not None), None)
    return engine_calls.personal_data_in(analyzer, text, lang=lang,
                                         known_terms=story_terms(stories) + queries.known_terms(programme_id))


def writer_confirmed() -> bool:
    """The writer saw the warning and chose to keep the text as written."""
    return request.form.get(CONFIRM_FIELD) == "1"


def warn_before_saving(text: str, programme_id: int, *, field: str, hidden: dict | None = None,
                       back: str | None = None, stories=()):
    """The warning page when ``text`` holds personal data and the writer did not confirm; else None.

    The page posts back to the same URL with the (possibly edited) text under ``field`` and the
    ``hidden`` values; "Check again" scans the edited text, "Keep it as written" saves it. *stories*: the
    stories the text is about (their masked names are looked for).
    """
    if writer_confirmed() or not (text or "").strip():
        return None
    found = personal_data_in(text, programme_id, stories)
    if not found:
        return None
    return render_template("analysis/pii_warning.html", text=text, found=found, field=field,
                           hidden=hidden or {}, action=request.path, back=back, confirm_field=CONFIRM_FIELD), 200
