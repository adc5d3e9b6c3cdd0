"""Erasure pages (admins): one story, or every story of a storyteller."""
from flask import Blueprint, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..auth.permissions import admin_required, get_or_404
from ..programmes import queries as pq
from ..stories.models import Story
from ..view_helpers import programme_or_404, run
from . import operations as ops
from .forms import EraseStoryForm, EraseStorytellerForm
from .sqlite import scrub

bp = Blueprint("erasure", __name__, url_prefix="/admin/erasure")


@bp.route("/stories/<int:story_id>", methods=["GET", "POST"])
@admin_required
def story(story_id):
    story = get_or_404(Story, story_id)
    form = EraseStoryForm()
    if form.validate_on_submit() and run(ops.erase_story, story, form.reason.data, user=current_user,
                                         success=_("Story %(id)d erased.", id=story_id)).ok:
        scrub()
        return redirect(url_for("stories.index"))
    return render_template("erasure/story.html", story=story, form=form)


@bp.route("/storyteller", methods=["GET", "POST"])
@admin_required
def storyteller():
    programme = programme_or_404()
    form = EraseStorytellerForm()
    form.unit.choices = [(u.id, str(u)) for u in pq.units(programme, None)]
    if form.validate_on_submit():
        if run(ops.erase_storyteller_by_code, programme, form.code.data, pq.unit_by_id(form.unit.data),
               form.reason.data, user=current_user, success=_("Every story of this storyteller was erased.")).ok:
            scrub()
            return redirect(url_for("stories.index"))
    return render_template("erasure/storyteller.html", form=form)


def story_links(story, user):
    """STORY_LINKS hook: admins may erase the story."""
    if not user.is_admin:
        return []
    return [{"url": url_for("erasure.story", story_id=story.id), "label": _("Erase this story")}]
