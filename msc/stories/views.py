"""Story pages: list and search, enter, edit, submit, withdraw consent, verify."""
from datetime import date

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..auth.permissions import get_or_404, roles_required, visible_or_404
from ..programmes import queries as pq
from ..view_helpers import form_version, programme_or_404, run
from . import operations as ops
from . import queries
from .forms import ConfirmForm, StoryForm, WithdrawForm
from .models import STATUSES, Story

bp = Blueprint("stories", __name__, url_prefix="/stories")
story_roles = roles_required("coordinator", "facilitator")


def _entry_units(programme):
    """Units where the user may enter stories: the collection level of the units they reach."""
    units = pq.units(programme, None if current_user.is_admin else current_user.visible_unit_ids())
    lowest = min((u.level.rank for u in units), default=1)
    return [u for u in units if u.level.rank == lowest]


def _story_form(programme, story=None):
    form = StoryForm(obj=story)
    form.unit.choices = [(u.id, str(u)) for u in _entry_units(programme)]
    form.period.choices = [(p.id, p.code) for p in pq.periods(programme)]
    form.domain.choices = [(d.id, d.label) for d in pq.active_domains(programme)]
    if story is not None and not form.is_submitted():
        form.unit.data, form.period.data, form.domain.data = story.unit_id, story.period_id, story.domain_id
        teller = story.storyteller
        form.storyteller_code.data, form.age_band.data = teller.code, teller.age_band or ""
        form.gender.data = teller.gender or ""
        form.is_migrant.data = {True: "yes", False: "no"}.get(teller.is_migrant, "")
        if story.consent:
            c = story.consent
            form.consent_status.data, form.consent_mode.data = c.status, c.mode
            form.consent_date.data, form.consent_uses.data = c.given_on, c.uses
    return form


def _story_input(form) -> ops.StoryInput:
    consent = None
    if form.consent_status.data:
        consent = ops.ConsentInput(form.consent_status.data, form.consent_mode.data, form.consent_date.data,
                                   list(form.consent_uses.data or []))
    return ops.StoryInput(
        unit=pq.unit_by_id(form.unit.data), period=pq.period_by_id(form.period.data),
        domain=pq.domain_by_id(form.domain.data), interview_date=form.interview_date.data,
        title=form.title.data, text=form.text.data, significance=form.significance.data or "",
        people_concerned=form.people_concerned.data, translation=form.translation.data or "",
        interview_place=form.interview_place.data or "", language=form.language.data,
        storyteller=ops.StorytellerInput(form.storyteller_code.data or "", form.age_band.data or None,
                                         form.gender.data or None,
                                         {"yes": True, "no": False}.get(form.is_migrant.data)),
        consent=consent, version=form_version(form.version.data),
    )


def _save(form, programme, story=None):
    """Create or update from the form; submit too when asked. Returns the story or None on a rule error."""
    return run(ops.save_story, programme, _story_input(form), story,
               submit=request.form.get("action") == "submit", user=current_user).value


def _id_arg(name):
    value = request.args.get(name, type=int)
    return value if value is not None and 0 < value < 2**31 else None


@bp.route("/")
@story_roles
def index():
    programme = programme_or_404()
    args = request.args
    filters = queries.StoryFilters(
        unit=_id_arg("unit"), period=_id_arg("period"), domain=_id_arg("domain"),
        status=args.get("status") if args.get("status") in STATUSES else None,
        language=args.get("language") or None, consent=args.get("consent") or None, q=args.get("q", "")[:200],
        themes=tuple(dict.fromkeys(t[:64] for t in args.getlist("theme") if t))[:5])
    page = queries.story_page(current_user, filters)
    visible = None if current_user.is_admin else current_user.visible_unit_ids()
    return render_template("stories/index.html", page=page, filters=filters, units=pq.units(programme, visible),
                           periods=pq.periods(programme), domains=programme.domains)


@bp.route("/new", methods=["GET", "POST"])
@story_roles
def new():
    programme = programme_or_404()
    form = _story_form(programme)
    if not form.is_submitted():
        form.interview_date.data = date.today()
        current = [p for p in pq.periods(programme) if p.contains(date.today())]
        form.period.data = current[0].id if current else None
    if form.validate_on_submit():
        story = _save(form, programme)
        if story is not None:
            flash(_("Story saved.") if story.status == "draft" else _("Story submitted."), "success")
            return redirect(url_for("stories.show", story_id=story.id))
    return render_template("stories/form.html", form=form, story=None, domains=pq.active_domains(programme))


@bp.route("/<int:story_id>")
@story_roles
def show(story_id):
    story = visible_or_404(get_or_404(Story, story_id))
    return render_template("stories/show.html", story=story, history=queries.story_history(story),
                           confirm=ConfirmForm())


@bp.route("/<int:story_id>/edit", methods=["GET", "POST"])
@story_roles
def edit(story_id):
    programme = programme_or_404()
    story = visible_or_404(get_or_404(Story, story_id))
    if not story.can_edit(current_user):
        abort(403)
    form, saved = _story_form(programme, story), None
    if form.validate_on_submit():
        done = run(ops.save_story, programme, _story_input(form), story,
                   submit=request.form.get("action") == "submit", user=current_user)
        if done.ok:
            flash(_("Story saved."), "success")
            return redirect(url_for("stories.show", story_id=story.id))
        if isinstance(done.error, ops.StaleStory):  # show both; saving again keeps the user's version
            saved, form.version.data = story, story.version
    return render_template("stories/form.html", form=form, story=story, saved=saved,
                           domains=pq.active_domains(programme))


@bp.route("/<int:story_id>/submit", methods=["POST"])
@story_roles
def submit(story_id):
    story = visible_or_404(get_or_404(Story, story_id))
    if not story.can_edit(current_user) or not ConfirmForm().validate_on_submit():
        abort(403)
    run(ops.submit_story, story, user=current_user, success=_("Story submitted."))
    return redirect(url_for("stories.show", story_id=story.id))


@bp.route("/<int:story_id>/withdraw", methods=["GET", "POST"])
@story_roles
def withdraw(story_id):
    story = visible_or_404(get_or_404(Story, story_id))
    form = WithdrawForm()
    if not form.is_submitted():
        form.withdrawn_on.data = date.today()
    if form.validate_on_submit() and run(ops.withdraw_consent, story, form.withdrawn_on.data, form.note.data or "",
                                         user=current_user, success=_("The withdrawal of consent is recorded.")).ok:
        return redirect(url_for("stories.show", story_id=story.id))
    return render_template("stories/withdraw.html", story=story, form=form)
