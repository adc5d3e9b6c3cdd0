"""The advocacy team's to-dos on the home page: periods ready for a note, notes to review.

Notes to review are drafts someone else made, waiting for a second person's approval (four eyes), and notes
holding a story whose consent changed since. Counted with a bounded number of statements.
"""
import sqlalchemy as sa
from flask import url_for
from flask_babel import lazy_gettext as _l

from ..extensions import db
from ..followup.home import Todo, reach
from ..programmes.models import Period
from ..selection.models import Round
from .models import NoteExport, NoteExportStory


def _advocacy(user, units) -> list[Todo]:
    periods = list(db.session.execute(
        sa.select(Period.code, sa.func.count(Round.id)).join(Round, Round.period_id == Period.id).where(
            Round.unit_id.in_(units), Round.parent_round_id.is_(None), Round.finalised_at.is_not(None))
        .group_by(Period.code).order_by(Period.code)).tuples().all())
    flagged = db.session.scalars(sa.select(NoteExport).where(NoteExport.id.in_(
        sa.select(NoteExportStory.note_id).where(sa.or_(NoteExportStory.story_id.is_(None),
                                                        NoteExportStory.consent_withdrawn_at.is_not(None))))))
    notes = [n for n in flagged if user.is_admin or set(n.scope_unit_ids or []) <= units]
    drafts = db.session.scalars(sa.select(NoteExport).where(
        NoteExport.approved_at.is_(None), sa.or_(NoteExport.created_by_id.is_(None),
                                                 NoteExport.created_by_id != user.id)))
    to_approve = [n for n in drafts if n.can_approve(user)]
    return [Todo("advocacy", "periods", _l("Periods with finalised rounds, ready for a note"), len(periods),
                 url_for("advocacy.new"), ", ".join(code for code, _n in periods)),
            Todo("advocacy", "approve", _l("Draft notes waiting for your approval (four eyes)"), len(to_approve),
                 url_for("advocacy.index")),
            Todo("advocacy", "notes", _l("Notes to review (a story's consent changed)"), len(notes),
                 url_for("advocacy.index"))]


def todos(user) -> list[Todo]:
    roles = {r.role for r in user.roles}
    if "advocacy" in roles or "admin" in roles:
        return _advocacy(user, reach(user, ("advocacy", "admin")))
    return []
