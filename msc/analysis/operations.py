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
from . import engine_calls, queries
from .codebook_ops import ensure_codebook
from .models import (
    PII_FIELDS,
    PII_LABELS,
    PiiSpan,
    PseudonymApproval,
    StoryAnalysis,
    Theme,
    ThemeDecision,
    ThemeSuggestion,
    fields_hash,
    story_fields,
    text_hash,
)
from .signals import approval_given, approval_voided


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
    return story.language if story.language in ("fr", "en", "ar", "ary") else None


def analyse_stories(stories: list[Story]) -> int:
    """Run the analysis on these stories (one programme at a time), replacing earlier machine results."""
    from ..nlp.engine import engine_info  # loads spaCy: only when stories are analysed, not at app start

    by_programme: dict[int, list[Story]] = {}
    for story in stories:
        by_programme.setdefault(story.programme_id, []).append(story)
    for programme_id, group in by_programme.items():
        codebook = ensure_codebook(programme_id)
        analyzer = analyzer_for(codebook, queries.service_terms(programme_id))
        results = engine_calls.analyse_fields(
            analyzer, [{"id": s.id, "fields": story_fields(s), "lang": _lang_hint(s)} for s in group],
            known_terms=queries.known_terms(programme_id))
        themes = {t.key: t for t in codebook.themes if not t.is_retired}
        for story, (result, pii) in zip(group, results, strict=False):
            _apply_result(story, result, pii, themes, codebook.version, engine_info(result["lang"]))
    db.session.flush()
    return len(stories)


def analyse_story(story: Story) -> Story:
    """Analyse one story now."""
    analyse_stories([story])
    return story


def _apply_result(story, result, pii, themes, version, info) -> None:
    db.session.execute(sa.delete(ThemeSuggestion).where(ThemeSuggestion.story_id == story.id))
    for key, (evidence, source_field) in engine_calls.suggested_themes(result).items():
        theme = themes.get(key)
        if theme is not None:
            db.session.add(ThemeSuggestion(story_id=story.id, theme_id=theme.id, codebook_version=version,
                                           evidence=evidence, source_field=source_field))
    _replace_detected_spans(story, pii)
    analysis = story.analysis or StoryAnalysis(story_id=story.id)
    analysis.lang, analysis.model = result["lang"], info["model"] or ""
    analysis.has_ner, analysis.has_themes = info["ner"], info["themes"]
    analysis.text_hash, analysis.codebook_version, analysis.analysed_at = fields_hash(story), version, utcnow()
    db.session.add(analysis)
    story.analysis = analysis
    void_stale_approval(story)  # new detections are new mask decisions: a person approves them again


def _key(field: str, fragment: str, label: str) -> tuple[str, str, str]:
    return field, " ".join(fragment.lower().split()), label


def _replace_detected_spans(story, detected: dict[str, list[dict]]) -> None:
    """New detected spans, field by field; a person's removals and additions are carried over by their words."""
    old = db.session.scalars(sa.select(PiiSpan).where(PiiSpan.story_id == story.id)).all()
    removed = {_key(s.field, s.fragment, s.label): s.changed_by_id for s in old
               if s.source == "detected" and s.is_removed}
    manual = {_key(s.field, s.fragment, s.label): (s.fragment, s.changed_by_id) for s in old if s.source == "manual"}
    for span in old:
        db.session.delete(span)
    db.session.flush()
    kept = []
    for name, found in detected.items():
        for d in found:
            key = _key(name, d["text"], d["label"])
            span = PiiSpan(story_id=story.id, field=name, start_offset=d["start"], end_offset=d["end"],
                           label=d["label"], fragment=d["text"], source="detected", is_removed=key in removed,
                           changed_by_id=removed.get(key))
            db.session.add(span)
            kept.append(span)
    fields = story_fields(story)
    for (name, _words, label), (fragment, user_id) in manual.items():
        for start in _occurrences(fields[name], fragment):
            end = start + len(fragment)
            if not any(s.field == name and s.start_offset < end and start < s.end_offset
                       for s in kept if not s.is_removed):
                span = PiiSpan(story_id=story.id, field=name, start_offset=start, end_offset=end, label=label,
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


def _field(name: str) -> str:
    if name not in PII_FIELDS:
        raise AnalysisError(_("Unknown field."))
    return name


def add_pii_span(story: Story, start: int, end: int, label: str, *, field: str = "text", user=None) -> PiiSpan:
    """Mark the characters start..end (end exclusive) of one field as personal data."""
    _require_current_analysis(story)
    value = story_fields(story)[_field(field)]
    if label not in PII_LABELS:
        raise AnalysisError(_("Unknown kind of personal data."))
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(value)):
        raise AnalysisError(_("These positions are outside the text."))
    if not value[start:end].strip():
        raise AnalysisError(_("Select some words, not only spaces."))
    if any(s.start_offset < end and start < s.end_offset for s in queries.active_spans(story, field)):
        raise AnalysisError(_("This overlaps personal data already masked; remove that span first."))
    span = PiiSpan(story_id=story.id, field=field, start_offset=start, end_offset=end, label=label,
                   fragment=value[start:end], source="manual", changed_by_id=getattr(user, "id", None))
    db.session.add(span)
    db.session.flush()
    audit.record("pii_add", story, user=user, label=label, span=span.id, field=field)
    void_stale_approval(story, user=user)
    return span


def add_pii_text(story: Story, fragment: str, label: str, *, field: str | None = None, user=None) -> list[PiiSpan]:
    """Mask every occurrence of these exact words (case-insensitive) not masked yet, in one field or in all."""
    _require_current_analysis(story)
    fragment = (fragment or "").strip()
    if not fragment:
        raise AnalysisError(_("Write the words to mask."))
    names = [_field(field)] if field else list(PII_FIELDS)
    fields = story_fields(story)
    found = [(name, start) for name in names for start in _occurrences(fields[name], fragment)]
    if not found:
        raise AnalysisError(_("These words are not in the story's fields."))
    active = queries.active_spans(story)
    free = [(name, s) for name, s in found if not any(
        a.field == name and a.start_offset < s + len(fragment) and s < a.end_offset for a in active)]
    if not free:
        raise AnalysisError(_("These words are already masked."))
    return [add_pii_span(story, s, s + len(fragment), label, field=name, user=user) for name, s in free]


def remove_pii_span(span: PiiSpan, *, user=None) -> PiiSpan:
    """Unmask a span (a false detection); it stays recorded as removed. An approval made before is void."""
    story = db.session.get(Story, span.story_id)
    if span.source == "manual":
        db.session.delete(span)
    else:
        span.is_removed, span.changed_by_id = True, getattr(user, "id", None)
    db.session.flush()
    audit.record("pii_remove", story, user=user, label=span.label, source=span.source, field=span.field)
    void_stale_approval(story, user=user)
    return span


def restore_pii_span(span: PiiSpan, *, user=None) -> PiiSpan:
    """Mask again a detected span that was removed. An approval made before is void."""
    story = db.session.get(Story, span.story_id)
    if any(s.start_offset < span.end_offset and span.start_offset < s.end_offset
           for s in queries.active_spans(story, span.field)):
        raise AnalysisError(_("This overlaps personal data already masked; remove that span first."))
    span.is_removed, span.changed_by_id = False, getattr(user, "id", None)
    db.session.flush()
    audit.record("pii_restore", story, user=user, label=span.label, field=span.field)
    void_stale_approval(story, user=user)
    return span


def approve_pseudonymisation(story: Story, *, user=None, seen_hash: str | None = None) -> PseudonymApproval:
    """Approve every pseudonymised field as previewed; kept with the hash of the fields and mask decisions."""
    _require_current_analysis(story)
    if story.is_withdrawn:
        raise AnalysisError(_("Consent was withdrawn: this story can no longer be approved."))
    if seen_hash is not None and seen_hash != queries.review_hash(story):
        raise AnalysisError(_("The pseudonymised text changed while you were reading it; check it again."))
    preview = queries.preview_fields(story)
    approval = story.pseudonym_approval or PseudonymApproval(story_id=story.id)
    for name in PII_FIELDS:
        setattr(approval, name, preview[name])
    approval.source_hash = queries.review_hash(story)
    approval.approved_by_id, approval.approved_at = getattr(user, "id", None), utcnow()
    db.session.add(approval)
    db.session.flush()
    story.pseudonym_approval = approval
    audit.record("pseudonymisation_approve", story, user=user)
    approval_given.send(story, user=user)
    return approval


def restyle_approvals(programme, *, user=None, **_kw) -> int:
    """The programme changed its pseudonym style: every approval that still matches takes the new style.

    Only the rendering of the pseudonyms changes (the fields as entered and the mask decisions, which the
    approval's hash covers, stay the same), so the approvals stay valid; stories whose approval no longer
    matches are left alone (they are reviewed again anyway). Receiver of ``pseudonym_style_changed``.
    """
    from .approved_sets import approved_ids

    ids = sorted(approved_ids(sa.select(Story.id).where(Story.programme_id == programme.id)))
    for start in range(0, len(ids), 500):
        for story in db.session.scalars(sa.select(Story).where(Story.id.in_(ids[start:start + 500]))):
            preview = queries.preview_fields(story)
            for name in PII_FIELDS:
                setattr(story.pseudonym_approval, name, preview[name])
            db.session.flush()
            approval_given.send(story, user=user)
    audit.record("pseudonymisation_restyle", programme, user=user, stories=len(ids),
                 style=programme.pseudonym_style)
    return len(ids)


def void_stale_approval(story: Story, *, user=None) -> bool:
    """Drop the approval when a field or a mask decision is no longer the approved one.

    Receivers of ``approval_voided`` take the story out of the rounds that are not finalised.
    """
    approval = story.pseudonym_approval
    if approval is None or approval.source_hash == queries.review_hash(story):
        return False
    db.session.delete(approval)
    db.session.flush()
    story.pseudonym_approval = None
    audit.record("pseudonymisation_void", story, user=user)
    approval_voided.send(story, user=user)
    return True
