"""Read-only helpers for advocacy notes."""
import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from ..extensions import db
from .models import NoteExport, NoteExportStory


def visible_notes(user, programme) -> list[NoteExport]:
    """Notes the user may see and download, newest first."""
    notes = db.session.scalars(
        sa.select(NoteExport).where(NoteExport.programme_id == programme.id)
        .options(selectinload(NoteExport.links).selectinload(NoteExportStory.story),
                 selectinload(NoteExport.period), selectinload(NoteExport.created_by))
        .order_by(NoteExport.created_at.desc(), NoteExport.id.desc()))
    return [n for n in notes if n.can_view(user)]
