"""Erasure (GDPR art. 17, Moroccan law 09-08) and the retention of drafts.

An erased story keeps its row as a tombstone: every content field blank and ``erased_at`` set, so
that candidates, ballots, tie-breaks and selections naming its id still recount and their results
hash still verifies. Every row that belongs to the story alone (a foreign key to it with ON DELETE
CASCADE: consent, revisions, analysis, masked fragments, approvals, and whatever a package adds)
is deleted; the files under EXPORTS_DIR that hold it are deleted (notes, background exports that may hold it). The audit log keeps who, when,
which id and the reason, never content.
"""
from datetime import timedelta

import sqlalchemy as sa
from flask_babel import gettext as _

from .. import audit
from ..advocacy import operations as notes
from ..advocacy.models import NoteExportStory
from ..dashboard import export_jobs
from ..errors import RuleError
from ..extensions import db
from ..forms_common import clean_text
from ..models_base import utcnow
from ..programmes.models import Programme, Unit
from ..selection import decisions
from ..selection.models import Candidate, Comment, TieBreak
from ..stories.models import Story, Storyteller

REASON_MAX = 80  # the audit log keeps at most 80 characters of a detail
BLANK_FIELDS = {"title": "", "text": "", "significance": "", "translation": "", "interview_place": "",
                "collector_name": "", "search_text": "", "verification_notes": "", "external_id": None,
                "people_concerned": None}


class ErasureError(RuleError):
    """An erasure rule was broken; the message is shown to the user."""


def _reason(reason: str) -> str:
    reason = clean_text(reason or "")
    if not reason:
        raise ErasureError(_("Give the reason for the erasure (e.g. the storyteller's request, GDPR art. 17)."))
    if len(reason) > REASON_MAX:
        raise ErasureError(_("Keep the reason under %(n)d characters, without personal details.", n=REASON_MAX))
    return reason


def _owned_tables() -> list[sa.Table]:
    """Tables whose rows belong to one story alone: a story_id foreign key with ON DELETE CASCADE."""
    owned = []
    for table in db.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == "stories" and (fk.ondelete or "").upper() == "CASCADE":
                owned.append((table, fk.parent))
    return owned


def _delete_owned_rows(story: Story) -> None:
    for table, column in reversed(_owned_tables()):
        db.session.execute(table.delete().where(column == story.id))
    candidate_ids = sa.select(Candidate.id).where(Candidate.story_id == story.id)
    # What panels wrote about the story may quote it; their counts and results do not depend on it.
    db.session.execute(sa.delete(Comment).where(Comment.candidate_id.in_(candidate_ids)))
    db.session.execute(sa.update(TieBreak).where(TieBreak.story_id == story.id).values(reason=""))
    db.session.execute(sa.update(Candidate).where(Candidate.story_id == story.id).values(exclusion_reason=""))


def _delete_note_files(story: Story, user) -> list[int]:
    """Flag the notes holding the story and delete their files; they can be regenerated without it."""
    notes.flag_notes_for_story(story, user=user)
    found = db.session.scalars(sa.select(NoteExportStory).where(NoteExportStory.story_id == story.id))
    deleted = []
    for link in found:
        if notes.delete_note_file(link.note):
            deleted.append(link.note_id)
    return deleted


def _forget_storyteller(teller: Storyteller) -> None:
    """A storyteller left with no story: code and what was said about them go."""
    remaining = db.session.scalar(sa.select(sa.func.count()).select_from(Story).where(
        Story.storyteller_id == teller.id, Story.erased_at.is_(None)))
    if not remaining:
        teller.code, teller.age_band, teller.gender, teller.is_migrant = f"ERASED-{teller.id}", None, None, None


def erase_story(story: Story, reason: str, *, user=None) -> Story:
    """Erase a story's content everywhere; its row stays, blank, so that finalised results still verify."""
    reason = _reason(reason)
    if story.is_erased:
        raise ErasureError(_("This story is already erased."))
    decisions.on_consent_withdrawn(story)  # leaves unfinished rounds, flagged in finalised ones
    files = _delete_note_files(story, user)
    exports_removed = export_jobs.remove_files_covering(story, "erasure")  # background exports that may hold it
    _delete_owned_rows(story)
    for name, value in BLANK_FIELDS.items():
        setattr(story, name, value)
    story.erased_at = story.updated_at = utcnow()
    db.session.flush()
    db.session.expire(story)  # consent and revisions were deleted underneath the session
    _forget_storyteller(story.storyteller)
    db.session.flush()
    audit.record("story_erase", story, user=user, reason=reason, notes_deleted=files, exports_deleted=exports_removed)
    return story


def find_storyteller(programme: Programme, code: str, unit: Unit | None) -> Storyteller:
    """The storyteller of ``unit`` known by ``code``."""
    teller = db.session.scalar(sa.select(Storyteller).where(
        Storyteller.programme_id == programme.id, Storyteller.code == clean_text(code or "").upper()))
    if teller is None or unit is None or teller.unit_id != unit.id:
        raise ErasureError(_("No storyteller with this code in this unit."))
    return teller


def erase_storyteller(teller: Storyteller, reason: str, *, user=None) -> list[int]:
    """Erase every story of the storyteller, then their code and what was said about them."""
    reason = _reason(reason)
    stories = list(db.session.scalars(sa.select(Story).where(Story.storyteller_id == teller.id,
                                                             Story.erased_at.is_(None)).order_by(Story.id)))
    for story in stories:
        erase_story(story, reason, user=user)
    _forget_storyteller(teller)
    db.session.flush()
    audit.record("storyteller_erase", teller, user=user, reason=reason, stories=[s.id for s in stories])
    return [s.id for s in stories]


def erase_storyteller_by_code(programme: Programme, code: str, unit: Unit | None, reason: str, *,
                              user=None) -> list[int]:
    """Erase the storyteller of ``unit`` known by ``code`` (see ``erase_storyteller``)."""
    return erase_storyteller(find_storyteller(programme, code, unit), reason, user=user)


def erase_stale_drafts(days: int, *, now=None) -> list[int]:
    """Erase the drafts never submitted and left unchanged for ``days`` days (the retention rule)."""
    if days < 1:
        raise ErasureError(_("The retention period must be at least one day."))
    limit = (now or utcnow()) - timedelta(days=days)
    stale = list(db.session.scalars(sa.select(Story).where(
        Story.status == "draft", Story.erased_at.is_(None), Story.updated_at < limit).order_by(Story.id)))
    for story in stale:
        erase_story(story, f"retention: draft unsubmitted for {days} days")
    return [s.id for s in stale]
