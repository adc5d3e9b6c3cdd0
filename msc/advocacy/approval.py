"""Four eyes before a note leaves: a second person approves the draft they read."""
from __future__ import annotations

import hashlib

from flask_babel import gettext as _

from .. import audit
from ..extensions import db
from ..models_base import utcnow
from ..reports.docx_layout import without_draft_mark
from .models import NoteExport
from .operations import NoteError, checked_bytes, delete_note_file, save_file


def approve_note(note: NoteExport, sha256: str, *, user) -> NoteExport:
    """A second person approves the draft they read (its sha256): the file loses its draft mark, the approval
    is recorded with both hashes. A regenerated note is a new draft."""
    if note.is_approved:
        raise NoteError(_("This note is already approved."))
    if user is None or not note.can_approve(user):
        raise NoteError(_("A note is approved by a second person with the advocacy or admin role, not by its "
                          "author."))
    if sha256 != note.sha256:
        raise NoteError(_("The note changed since you read it; download it again before approving."))
    final = without_draft_mark(checked_bytes(note))
    delete_note_file(note)
    note.filename = save_file(note.period.code, final)
    note.draft_sha256, note.sha256, note.size = note.sha256, hashlib.sha256(final).hexdigest(), len(final)
    note.approved_by_id, note.approved_at = user.id, utcnow()
    db.session.flush()
    audit.record("advocacy_note_approve", note, user=user, draft_sha256=note.draft_sha256, sha256=note.sha256)
    return note
