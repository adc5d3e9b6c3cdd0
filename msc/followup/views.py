"""Follow-up pages: the selected stories of one's units, feedback to each storyteller, each story's verification."""
from datetime import date

from flask import Blueprint, abort, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from ..analysis.scan import warn_before_saving
from ..auth.permissions import get_or_404
from ..selection.queries import selection_records
from ..stories.models import Story
from ..view_helpers import programme_or_404, run
from . import operations as ops
from . import queries
from .forms import FeedbackForm, VerificationForm
from .models import StorytellerFeedback, Verification

bp = Blueprint("followup", __name__, url_prefix="/followup")


def _reach_ids() -> set[int]:
    from ..auth.reach import all_unit_ids

    if current_user.is_admin:
        return all_unit_ids(programme_or_404())
    return current_user.units_for("facilitator", "coordinator")


def sees_followup(user) -> bool:
    return bool(user.is_admin or user.has_role("facilitator") or user.has_role("coordinator"))


def _story(story_id) -> Story:
    story = get_or_404(Story, story_id)
    if not story.can_view(current_user):
        abort(404)
    return story


@bp.route("/")
@login_required
def index():
    if not sees_followup(current_user):
        abort(403)
    return render_template("followup/index.html", rows=queries.followup_rows(_reach_ids()))


@bp.route("/stories/<int:story_id>/feedback", methods=["GET", "POST"])
@login_required
def feedback(story_id):
    story = _story(story_id)
    if not ops.can_give_feedback(story, current_user):
        abort(403)
    if not ops.is_selected(story):
        abort(404)
    current = queries.record_of(StorytellerFeedback, story)
    form = FeedbackForm(obj=current)
    if not form.is_submitted() and current is None:
        form.given_on.data = date.today()
    if form.validate_on_submit():
        warning = warn_before_saving(form.note.data or "", story.programme_id, field="note",
                                     hidden=_hidden(form, "note"), stories=[story],
                                     back=url_for("followup.feedback", story_id=story.id))
        if warning:
            return warning
        if run(ops.record_feedback, story, form.channel.data, form.given_on.data, form.note.data or "",
               user=current_user, success=_("Feedback to the storyteller recorded.")).ok:
            return redirect(url_for("followup.index"))
    language = current_user.locale if current_user.locale in ("fr", "en", "ar") else "fr"
    return render_template("followup/feedback.html", story=story, form=form, current=current,
                           verification=queries.verification_state([story.id]).get(story.id),
                           selections=selection_records([story.id], language).get(story.id, []))


@bp.route("/stories/<int:story_id>/verification", methods=["GET", "POST"])
@login_required
def verification(story_id):
    story = _story(story_id)
    if not story.can_verify(current_user):
        abort(403)
    current = queries.record_of(Verification, story)
    form = VerificationForm(obj=current)
    people = queries.checkers(story)
    form.verified_by.choices = [(u.id, u.name) for u in people]
    if not form.is_submitted():
        form.verified_by.data = current.verified_by_id if current and current.verified_by_id else current_user.id
        if current is None:
            form.verified_on.data = date.today()
    if form.validate_on_submit():
        warning = warn_before_saving(form.note.data or "", story.programme_id, field="note",
                                     hidden=_hidden(form, "note"), stories=[story],
                                     back=url_for("followup.verification", story_id=story.id))
        if warning:
            return warning
        checker = next((u for u in people if u.id == form.verified_by.data), current_user)
        data = ops.VerificationInput(form.method.data, form.verified_on.data, form.outcome.data,
                                     form.note.data or "", checker)
        if run(ops.record_verification, story, data, user=current_user,
               success=_("Verification recorded.")).ok:
            return redirect(url_for("stories.show", story_id=story.id))
    return render_template("followup/verification.html", story=story, form=form, current=current)


def _hidden(form, text_field: str) -> dict:
    """The form's other values, carried through the personal-data warning page."""
    out = {}
    for field in form:
        if field.name in (text_field, "csrf_token") or field.data in (None, ""):
            continue
        out[field.name] = field.data.isoformat() if isinstance(field.data, date) else field.data
    return out
