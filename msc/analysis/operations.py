"""State changes of the analysis: analyse stories, decide themes, review personal data, approve.

Never commits (the view or the job does), never logs nor audits story text or detected names.
Background jobs call these operations (``jobs``); nothing here imports ``jobs``.
"""
import threading

import sqlalchemy as sa
from flask_babel import gettext as _

from .. import audit
from ..errors import RuleError
from ..extensions import db
from ..models_base import utcnow
from ..stories.models import Story
from . import queries
from .codebook_ops import ensure_codebook
from .models import (PII_LABELS, PiiSpan, PseudonymApproval, StoryAnalysis, Theme, ThemeDecision,
                     ThemeSuggestion, text_hash)


class AnalysisError(RuleError):
    """A rule of the analysis review was broken; the message is shown to the user."""


# -- the engine, one per codebook version and process ---------------------------------------
_analyzers: dict = {}
_analyzers_lock = threading.Lock()


def analyzer_for(codebook, service_terms=()):
    """The Analyzer of this codebook version (built once per process and version).

    Keyed on the content, not only (id, version): a database restored or recreated reuses both.
    """
    import json

    from ..nlp.engine import Analyzer  # loads spaCy: only when stories are analysed, not at app start

    data = codebook.as_dict()
    key = text_hash(json.dumps([data, list(service_terms)], sort_keys=True, ensure_ascii=False))
    with _analyzers_lock:
        found = _analyzers.get(key)
        if found is None:
            if len(_analyzers) > 8:
                _analyzers.clear()
            found = _analyzers[key] = Analyzer(data, service_terms=service_terms)
    return found


def _lang_hint(story: Story) -> str | None:
    """The story's own language when it says one; otherwise the core detects it."""
    return story.language if story.language in ("fr", "en", "ar") else None


def analyse_stories(stories: list[Story]) -> int:
    """Run the analysis on these stories (one programme at a time), replacing earlier machine results."""
    from ..nlp.engine import engine_info  # loads spaCy: only when stories are analysed, not at app start

    by_programme: dict[int, list[Story]] = {}
    for story in stories:
        by_programme.setdefault(story.programme_id, []).append(story)
    for programme_id, group in by_programme.items():
        codebook = ensure_codebook(programme_id)
        analyzer = analyzer_for(codebook, queries.service_terms(programme_id))
        results = analyzer.analyze_many(
            [{"id": s.id, "text": s.text, "lang": _lang_hint(s)} for s in group],
            known_terms=queries.known_terms(programme_id))
        themes = {t.key: t for t in codebook.themes if not t.is_retired}
        for story, result in zip(group, results):
            _apply_result(story, result, themes, codebook.version, engine_info(result["lang"]))
    db.session.flush()
    return len(stories)


def analyse_story(story: Story) -> Story:
    """Analyse one story now."""
    analyse_stories([story])
    return story


def _apply_result(story, result, themes, version, info) -> None:
    db.session.execute(sa.delete(ThemeSuggestion).where(ThemeSuggestion.story_id == story.id))
    for item in result["themes"]:
        theme = themes.get(item["key"])
        if theme is not None:
            db.session.add(ThemeSuggestion(story_id=story.id, theme_id=theme.id, codebook_version=version,
                                           evidence=[{"start": e["start"], "end": e["end"]} for e in item["evidence"]]))
    _replace_detected_spans(story, result["pii"])
    analysis = story.analysis or StoryAnalysis(story_id=story.id)
    analysis.lang, analysis.model = result["lang"], info["model"] or ""
    analysis.has_ner, analysis.has_themes = info["ner"], info["themes"]
    analysis.text_hash, analysis.codebook_version, analysis.analysed_at = text_hash(story.text), version, utcnow()
    db.session.add(analysis)
    story.analysis = analysis


def _key(fragment: str, label: str) -> tuple[str, str]:
    return " ".join(fragment.lower().split()), label


def _replace_detected_spans(story, detected) -> None:
    """New detected spans; a person's removals and additions are carried over by their words."""
    old = db.session.scalars(sa.select(PiiSpan).where(PiiSpan.story_id == story.id)).all()
    removed = {_key(s.fragment, s.label): s.changed_by_id for s in old if s.source == "detected" and s.is_removed}
    manual = {_key(s.fragment, s.label): (s.fragment, s.changed_by_id) for s in old if s.source == "manual"}
    for span in old:
        db.session.delete(span)
    db.session.flush()
    kept = []
    for d in detected:
        key = _key(d["text"], d["label"])
        span = PiiSpan(story_id=story.id, start_offset=d["start"], end_offset=d["end"], label=d["label"],
                       fragment=d["text"], source="detected", is_removed=key in removed,
                       changed_by_id=removed.get(key))
        db.session.add(span)
        kept.append(span)
    for (_words, label), (fragment, user_id) in manual.items():
        for start in _occurrences(story.text, fragment):
            end = start + len(fragment)
            if not any(s.start_offset < end and start < s.end_offset for s in kept if not s.is_removed):
                span = PiiSpan(story_id=story.id, start_offset=start, end_offset=end, label=label,
                               fragment=fragment, source="manual", changed_by_id=user_id)
                db.session.add(span)
                kept.append(span)


def _occurrences(text: str, fragment: str) -> list[int]:
    """Start offsets of every occurrence of *fragment* (case-insensitive, whole words at the edges)."""
    import re

    if not fragment:
        return []
    rx = re.compile(r"(?<!\w)" + re.escape(fragment) + r"(?!\w)", re.IGNORECASE)
    return [m.start() for m in rx.finditer(text)]


# -- themes -------------------------------------------------------------------------------
def decide_theme(story: Story, theme: Theme, status: str, *, user=None) -> ThemeDecision:
    """Confirm or reject a suggested theme, or add one by hand; the latest decision wins."""
    if status not in ("confirmed", "rejected", "added"):
        raise AnalysisError(_("Unknown decision."))
    if theme.codebook.programme_id != story.programme_id:
        raise AnalysisError(_("This theme is not in the programme's codebook."))
    suggested = queries.suggestion(story, theme) is not None
    if status in ("confirmed", "rejected") and not suggested:
        raise AnalysisError(_("This theme was not suggested for the story; add it instead."))
    if status == "added" and theme.is_retired:
        raise AnalysisError(_("This theme is retired."))
    decision = queries.decision(story, theme) or ThemeDecision(story_id=story.id, theme_id=theme.id)
    decision.status, decision.user_id, decision.decided_at = status, getattr(user, "id", None), utcnow()
    db.session.add(decision)
    db.session.flush()
    audit.record("theme_decide", story, user=user, theme=theme.key, status=status)
    return decision


def clear_decision(story: Story, theme: Theme, *, user=None) -> None:
    """Take back a decision (the suggestion, if any, is open again)."""
    decision = queries.decision(story, theme)
    if decision is not None:
        db.session.delete(decision)
        db.session.flush()
        audit.record("theme_undecide", story, user=user, theme=theme.key)


# -- personal data ---------------------------------------------------------------------------
def _require_current_analysis(story: Story) -> None:
    if story.analysis is None or not story.analysis.is_current(story):
        raise AnalysisError(_("The analysis of the current text is not finished yet; try again in a moment."))


def add_pii_span(story: Story, start: int, end: int, label: str, *, user=None) -> PiiSpan:
    """Mark the characters start..end (end exclusive) as personal data."""
    _require_current_analysis(story)
    if label not in PII_LABELS:
        raise AnalysisError(_("Unknown kind of personal data."))
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(story.text)):
        raise AnalysisError(_("These positions are outside the text."))
    if not story.text[start:end].strip():
        raise AnalysisError(_("Select some words, not only spaces."))
    if any(s.start_offset < end and start < s.end_offset for s in queries.active_spans(story)):
        raise AnalysisError(_("This overlaps personal data already masked; remove that span first."))
    span = PiiSpan(story_id=story.id, start_offset=start, end_offset=end, label=label,
                   fragment=story.text[start:end], source="manual", changed_by_id=getattr(user, "id", None))
    db.session.add(span)
    db.session.flush()
    audit.record("pii_add", story, user=user, label=label, span=span.id)
    return span


def add_pii_text(story: Story, fragment: str, label: str, *, user=None) -> list[PiiSpan]:
    """Mask every occurrence of these exact words (case-insensitive) not masked yet."""
    _require_current_analysis(story)
    fragment = (fragment or "").strip()
    if not fragment:
        raise AnalysisError(_("Write the words to mask."))
    starts = _occurrences(story.text, fragment)
    if not starts:
        raise AnalysisError(_("These words are not in the story's text."))
    active = queries.active_spans(story)
    free = [s for s in starts if not any(a.start_offset < s + len(fragment) and s < a.end_offset for a in active)]
    if not free:
        raise AnalysisError(_("These words are already masked."))
    return [add_pii_span(story, s, s + len(fragment), label, user=user) for s in free]


def remove_pii_span(span: PiiSpan, *, user=None) -> PiiSpan:
    """Unmask a span (a false detection); it stays recorded as removed."""
    story = db.session.get(Story, span.story_id)
    if span.source == "manual":
        db.session.delete(span)
    else:
        span.is_removed, span.changed_by_id = True, getattr(user, "id", None)
    db.session.flush()
    audit.record("pii_remove", story, user=user, label=span.label, source=span.source)
    return span


def restore_pii_span(span: PiiSpan, *, user=None) -> PiiSpan:
    """Mask again a detected span that was removed."""
    story = db.session.get(Story, span.story_id)
    if any(s.start_offset < span.end_offset and span.start_offset < s.end_offset for s in queries.active_spans(story)):
        raise AnalysisError(_("This overlaps personal data already masked; remove that span first."))
    span.is_removed, span.changed_by_id = False, getattr(user, "id", None)
    db.session.flush()
    audit.record("pii_restore", story, user=user, label=span.label)
    return span


def approve_pseudonymisation(story: Story, *, user=None, seen_hash: str | None = None) -> PseudonymApproval:
    """Approve the pseudonymised text as previewed; it is kept with the hash of the source text."""
    _require_current_analysis(story)
    if story.is_withdrawn:
        raise AnalysisError(_("Consent was withdrawn: this story can no longer be approved."))
    preview = queries.preview_text(story)
    if seen_hash is not None and seen_hash != text_hash(preview):
        raise AnalysisError(_("The pseudonymised text changed while you were reading it; check it again."))
    approval = story.pseudonym_approval or PseudonymApproval(story_id=story.id)
    approval.text, approval.source_hash = preview, text_hash(story.text)
    approval.approved_by_id, approval.approved_at = getattr(user, "id", None), utcnow()
    db.session.add(approval)
    db.session.flush()
    story.pseudonym_approval = approval
    audit.record("pseudonymisation_approve", story, user=user)
    return approval


def void_stale_approval(story: Story, *, user=None) -> bool:
    """Drop the approval when the story's text is no longer the approved one."""
    approval = story.pseudonym_approval
    if approval is None or approval.is_valid_for(story):
        return False
    db.session.delete(approval)
    db.session.flush()
    story.pseudonym_approval = None
    audit.record("pseudonymisation_void", story, user=user)
    return True
