"""Read-only helpers for advocacy notes: the advocacy rule (who may enter a note, and why not), the notes listed."""
from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from ..analysis import queries as analysis_queries
from ..analysis.approved_sets import approved_ids
from ..analysis.engine_calls import text_language
from ..analysis.release import released
from ..extensions import db
from ..followup import queries as followup_queries
from ..reports.labels import LABELS, fmt_date
from ..selection import queries as selection_queries
from ..selection.models import Selection
from ..stories.models import Consent, Story
from ..stories.readiness import ready_ids
from ..stories.scope import Scope
from .models import NoteExport, NoteExportStory

# Why a story cannot enter a note, in the order the page lists them.
EXCLUSION_REASONS = ("no_consent", "refused", "withdrawn", "no_advocacy_consent", "not_submitted",
                     "pseudonymisation_not_approved", "not_selected", "not_ready", "no_translation")
_CONSENT_REASONS = {"missing": "no_consent", "refused": "refused", "withdrawn": "withdrawn"}


def visible_notes(user, programme) -> list[NoteExport]:
    """Notes the user may see and download, newest first."""
    notes = db.session.scalars(
        sa.select(NoteExport).where(NoteExport.programme_id == programme.id)
        .options(selectinload(NoteExport.links).selectinload(NoteExportStory.story),
                 selectinload(NoteExport.period), selectinload(NoteExport.created_by))
        .order_by(NoteExport.created_at.desc(), NoteExport.id.desc()))
    return [n for n in notes if n.can_view(user)]


def selected_ids(scope: Scope) -> set[int]:
    """Submitted stories of the scope selected at any level."""
    return set(db.session.scalars(selection_queries.selected_story_ids(stories=scope.submitted_ids())))


def exclusion_reasons(story: Story, selected: set[int], approved: set[int] | None = None,
                      ready: set[int] | None = None) -> list[str]:
    """Why the story may not enter an advocacy note; [] means it may. The single place this rule lives.

    It rests on the two shared rules: consent in force for advocacy (``Consent``) and
    "selected" (``selection.queries.selections``), plus the approved pseudonymised text. ``approved`` and
    ``ready`` are the same rules computed beforehand for many stories (``approved_ids``, ``ready_ids``).
    """
    state = Consent.state_of(story.consent)
    reasons = [_CONSENT_REASONS[state]] if state in _CONSENT_REASONS else []
    if state == "given" and not story.consent.allows("advocacy"):
        reasons.append("no_advocacy_consent")
    if story.status != "submitted":
        reasons.append("not_submitted")
    if not (story.id in approved if approved is not None else analysis_queries.is_approved(story)):
        reasons.append("pseudonymisation_not_approved")
    if story.id not in selected:
        reasons.append("not_selected")
    if not reasons and not (story.id in ready if ready is not None else story.is_ready_for("advocacy")):
        # conditions other packages register
        reasons.append("not_ready")
    return reasons


def may_enter_note(story: Story, selected: set[int]) -> bool:
    return not exclusion_reasons(story, selected)


def scope_stories(scope: Scope) -> list[Story]:
    """The submitted stories of the scope, in the note's order."""
    query = scope.where(sa.select(Story)).where(Story.status == "submitted").options(
        selectinload(Story.consent), selectinload(Story.unit), selectinload(Story.domain))
    return list(db.session.scalars(query.order_by(Story.unit_id, Story.domain_id, Story.id)))


def translated_from(story: Story, language: str, programme) -> str | None:
    """How the story can be printed in a note in ``language``: "" as told, its language code when printed from
    its approved translation (which must be in ``language``), None when it cannot be."""
    told = story.language if story.language in LABELS else "other"
    if told == language:
        return ""
    translation = released(story, None).translation  # the approved pseudonymised translation
    working = (programme.working_languages or "fr").split(",")[0].strip() or "fr"
    if translation.strip() and text_language(translation, default=working) == language:
        return told
    return None


def partition(scope: Scope, language: str | None = None) -> tuple[list[Story], list[tuple[Story, list[str]]]]:
    """The submitted stories of the scope split into (included, [(excluded, reasons)]).

    With a note ``language``, a story told in another language enters only through its approved translation.
    """
    selected = selected_ids(scope)
    ids = scope.submitted_ids()
    approved, ready = approved_ids(ids), ready_ids(ids, "advocacy")
    included, excluded = [], []
    for story in scope_stories(scope):
        reasons = exclusion_reasons(story, selected, approved, ready)
        if not reasons and language and translated_from(story, language, scope.programme) is None:
            reasons = ["no_translation"]
        if reasons:
            excluded.append((story, reasons))
        else:
            included.append(story)
    return included, excluded


def count_stories_in_notes(story_ids: sa.Select) -> int:
    """How many distinct stories among ``story_ids`` (a select of ids) went into at least one note."""
    return db.session.scalar(sa.select(sa.func.count(sa.distinct(NoteExportStory.story_id))).where(
        NoteExportStory.story_id.in_(story_ids)))


# -- what the note says was done after the selection: the follow-up records, as recorded, or nothing ----------

def verification_for(stories, language: str) -> dict[int, str]:
    """Story id → how it was checked and with what outcome (MSC step 7); a story without a record is absent."""
    words = LABELS[language]
    return {sid: words["verified_line"].format(outcome=words[f"vo_{v.outcome}"],
                                               method=words.get(f"vm_{v.method}", "—"),
                                               date=fmt_date(v.verified_on, language))
            for sid, v in followup_queries.verification_state([s.id for s in stories]).items()}


def feedback_for(stories, language: str) -> dict[int, str]:
    """Story id → how the storyteller heard back (MSC step 6), as recorded; pending stories are absent."""
    words = LABELS[language]
    return {sid: words[f"fb_{f.channel}"].format(date=fmt_date(f.given_on, language))
            for sid, f in followup_queries.feedback_state([s.id for s in stories]).items() if f.channel}


def included_stories(scope: Scope) -> list[Story]:
    """The stories that may enter the scope's note (``partition``'s first half), reading only the selected ones."""
    # Driven from the selections (a few), each joined to its story by id: never a pass over the period's stories.
    ids = scope.where(selection_queries.selections().join(Story, Story.id == Selection.story_id)) \
        .where(Story.status == "submitted").with_only_columns(Story.id).distinct()
    ready = ready_ids(ids, "advocacy")  # ready implies approved: the same set answers both questions
    stories = list(db.session.scalars(sa.select(Story).where(Story.id.in_(ids)).options(
        selectinload(Story.consent), selectinload(Story.unit), selectinload(Story.domain))
        .order_by(Story.unit_id, Story.domain_id, Story.id)))
    selected = {s.id for s in stories}
    return [s for s in stories if not exclusion_reasons(s, selected, ready, ready)]


def note_stories(scope: Scope, language: str) -> tuple[list[Story], list[Story]]:
    """The stories that enter the scope's note in ``language``, and those left out for want of an approved
    translation into it (``partition``'s answer, reading only the selected stories)."""
    stories = included_stories(scope)
    printable = {s.id for s in stories if translated_from(s, language, scope.programme) is not None}
    return [s for s in stories if s.id in printable], [s for s in stories if s.id not in printable]
