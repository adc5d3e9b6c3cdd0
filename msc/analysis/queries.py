"""Read-only helpers of the analysis: known terms, suggestions, decisions, spans, preview, jobs (data, no markup)."""
import json
from dataclasses import dataclass, field

import sqlalchemy as sa

from ..extensions import db
from ..programmes.models import Programme, Unit
from .engine_calls import pseudonymise_fields
from .models import (
    PII_FIELDS,
    AnalysisJob,
    Codebook,
    KnownTerm,
    PiiSpan,
    Theme,
    ThemeDecision,
    ThemeSuggestion,
    story_fields,
    text_hash,
)


def known_terms(programme_id: int) -> list[tuple[str, str]]:
    """The programme's names and venues to always catch, as (term, label) pairs."""
    rows = db.session.execute(sa.select(KnownTerm.term, KnownTerm.label).where(
        KnownTerm.programme_id == programme_id).order_by(KnownTerm.term))
    return [(term, label) for term, label in rows]


def service_terms(programme_id: int) -> tuple[str, ...]:
    """The organisation's own names (programme, organisation, units): never personal data."""
    programme = db.session.get(Programme, programme_id)
    names = [programme.organisation] if programme else []
    names += db.session.scalars(sa.select(Unit.name).where(Unit.programme_id == programme_id))
    return tuple(sorted({n.strip() for n in names if n and n.strip()}))


def codebook(programme_id: int) -> Codebook | None:
    return db.session.scalar(sa.select(Codebook).where(Codebook.programme_id == programme_id))


def suggestion(story, theme) -> ThemeSuggestion | None:
    return db.session.scalar(sa.select(ThemeSuggestion).where(ThemeSuggestion.story_id == story.id,
                                                              ThemeSuggestion.theme_id == theme.id))


def decision(story, theme) -> ThemeDecision | None:
    return db.session.scalar(sa.select(ThemeDecision).where(ThemeDecision.story_id == story.id,
                                                            ThemeDecision.theme_id == theme.id))


@dataclass
class ThemeRow:
    """One theme as shown on the story page: suggestion (with evidence) and decision."""

    theme: Theme
    suggestion: ThemeSuggestion | None = None
    decision: ThemeDecision | None = None
    evidence: list = field(default_factory=list)  # in the story text
    translation_evidence: list = field(default_factory=list)  # in the stored translation

    @property
    def state(self) -> str:
        return self.decision.status if self.decision else "suggested"

    @property
    def source_field(self) -> str | None:
        """Which text the suggestion came from: "text", "translation", "both" (None: added by hand)."""
        return self.suggestion.source_field if self.suggestion else None

    @property
    def translation_lang(self) -> str:
        return next((e.get("lang") or "" for e in self.translation_evidence), "")


def story_themes(story) -> list[ThemeRow]:
    """Suggested and decided themes of a story, in codebook order."""
    rows: dict[int, ThemeRow] = {}
    for s in db.session.scalars(sa.select(ThemeSuggestion).where(ThemeSuggestion.story_id == story.id)):
        own = [e for e in s.evidence or [] if isinstance(e, dict) and e.get("field", "text") == "text"]
        translated = [e for e in s.evidence or [] if isinstance(e, dict) and e.get("field") == "translation"]
        rows[s.theme_id] = ThemeRow(s.theme, suggestion=s, evidence=_valid(own, story.text),
                                    translation_evidence=_valid(translated, story.translation or ""))
    for d in db.session.scalars(sa.select(ThemeDecision).where(ThemeDecision.story_id == story.id)):
        rows.setdefault(d.theme_id, ThemeRow(d.theme)).decision = d
    return sorted(rows.values(), key=lambda r: (r.theme.position, r.theme.id))


def confirmed_theme_keys(story) -> list[str]:
    """The themes people confirmed or added (what reports count)."""
    return [r.theme.key for r in story_themes(story) if r.decision and r.decision.is_positive]


def addable_themes(story) -> list[Theme]:
    """Active themes a person can still add by hand."""
    book = codebook(story.programme_id)
    taken = {r.theme.id for r in story_themes(story) if r.decision}
    return [t for t in (book.themes if book else []) if not t.is_retired and t.id not in taken]


def _valid(evidence, text: str) -> list[dict]:
    n = len(text)
    return [e for e in evidence or [] if isinstance(e, dict) and 0 <= e.get("start", -1) < e.get("end", -1) <= n]


def spans(story, field: str | None = None) -> list[PiiSpan]:
    """The personal-data spans of a story (of one field when given), by field then position."""
    query = sa.select(PiiSpan).where(PiiSpan.story_id == story.id)
    if field is not None:
        query = query.where(PiiSpan.field == field)
    found = db.session.scalars(query.order_by(PiiSpan.start_offset, PiiSpan.end_offset))
    return sorted(found, key=lambda s: (PII_FIELDS.index(s.field), s.start_offset, s.end_offset))


def active_spans(story, field: str | None = None) -> list[PiiSpan]:
    return [s for s in spans(story, field) if not s.is_removed]


def active_spans_of(story_ids: sa.Select) -> dict[int, list[PiiSpan]]:
    """The active personal-data spans of many stories (a select of ids), in one query, by story id."""
    found: dict[int, list[PiiSpan]] = {}
    for s in db.session.scalars(sa.select(PiiSpan).where(PiiSpan.story_id.in_(story_ids),
                                                         PiiSpan.is_removed.is_(False))):
        found.setdefault(s.story_id, []).append(s)
    return found


def pseudonym_style(story) -> str:
    programme = db.session.get(Programme, story.programme_id)
    return getattr(programme, "pseudonym_style", None) or "brackets"


def preview_fields(story) -> dict[str, str]:
    """Every free-text field pseudonymised as it would be approved now (an empty field stays empty)."""
    lang = story.analysis.lang if story.analysis else (story.language or "fr")
    fields = story_fields(story)
    by_field: dict[str, list] = {}
    for s in active_spans(story):
        if s.end_offset <= len(fields[s.field]):
            by_field.setdefault(s.field, []).append((s.start_offset, s.end_offset, s.label))
    return pseudonymise_fields(fields, by_field, lang, pseudonym_style(story))


def preview_text(story) -> str:
    """The pseudonymised story text as it would be approved now."""
    return preview_fields(story)["text"]


def review_hash(story, active: list[PiiSpan] | None = None) -> str:
    """The fingerprint of what an approval covers: every field as entered and every mask decision.

    ``active``: the story's active spans when already loaded (``active_spans_of``), to spare a query.
    """
    active = active_spans(story) if active is None else active
    return review_hash_of(story_fields(story), [(s.field, s.start_offset, s.end_offset, s.label) for s in active])


def review_hash_of(fields: dict[str, str], masks) -> str:
    """``review_hash`` from the fields (``PII_FIELDS``) and the active masks as (field, start, end, label)."""
    masks = sorted(tuple(m) for m in masks)
    return text_hash(json.dumps({"fields": fields, "masks": masks}, sort_keys=True, ensure_ascii=False))


def preview_hash(story) -> str:
    return review_hash(story)


def is_analysis_current(story) -> bool:
    return story.analysis is not None and story.analysis.is_current(story)


def is_approved(story, active: list[PiiSpan] | None = None) -> bool:
    """Approved, and neither a field nor a mask decision changed since (``active``: see ``review_hash``)."""
    approval = story.pseudonym_approval
    return approval is not None and approval.source_hash == review_hash(story, active)


def approved_fields(story, active: list[PiiSpan] | None = None) -> dict[str, str] | None:
    """The approved pseudonymised fields (``PII_FIELDS``), or None when there is no valid approval."""
    return story.pseudonym_approval.fields() if is_approved(story, active) else None


def approved_text(story) -> str:
    """What panels, dashboards and exports show: the approved text, never the raw one ("" before approval)."""
    return story.pseudonym_approval.text if is_approved(story) else ""


def latest_jobs(programme_id: int, limit: int = 10) -> list[AnalysisJob]:
    return list(db.session.scalars(sa.select(AnalysisJob).where(AnalysisJob.programme_id == programme_id,
                                                                AnalysisJob.kind == "all")
                                   .order_by(AnalysisJob.id.desc()).limit(limit)))
