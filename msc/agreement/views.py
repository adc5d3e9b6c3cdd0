"""Inter-coder agreement: second codings asked for by coordinators, coded blind, and Cohen's kappa."""
from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_babel import get_locale, ngettext
from flask_babel import gettext as _
from flask_login import current_user

from ..auth.permissions import get_or_404, roles_required
from ..auth.reach import all_unit_ids
from ..programmes import queries as pq
from ..view_helpers import programme_or_404, run
from . import operations as ops
from . import queries
from .forms import CodeForm, RequestForm
from .models import CodingAssignment

bp = Blueprint("agreement", __name__, url_prefix="/agreement")
coder_roles = roles_required("coordinator", "facilitator")


def _coordinated_units(programme):
    ids = all_unit_ids(programme) if current_user.is_admin else current_user.units_for("coordinator")
    return pq.units(programme, ids), ids


def _request_form(programme, units):
    form = RequestForm()
    form.unit.choices = [(u.id, str(u)) for u in units]
    form.coder.choices = [(u.id, u.name) for u in queries.coder_choices(units)]
    form.period.choices = [(0, _("Every period"))] + [(p.id, p.code) for p in pq.periods(programme)]
    return form


@bp.route("/")
@coder_roles
def index():
    programme = programme_or_404()
    units, ids = _coordinated_units(programme)
    language = str(get_locale() or "fr")
    return render_template("agreement/index.html", pending=queries.pending_for(current_user), units=units,
                           form=_request_form(programme, units) if units else None,
                           result=queries.agreement(programme.id, ids, language) if units else None)


@bp.route("/request", methods=["POST"])
@roles_required("coordinator")
def request_coding():
    programme = programme_or_404()
    units, _ids = _coordinated_units(programme)
    form = _request_form(programme, units)
    if form.validate_on_submit():
        outcome = run(ops.request_second_coding, programme, pq.unit_by_id(form.unit.data),
                      next((u for u in queries.coder_choices(units) if u.id == form.coder.data), None),
                      form.size.data, period=pq.period_by_id(form.period.data) if form.period.data else None,
                      user=current_user)
        if outcome.ok:
            flash(ngettext("%(num)d story was given to the second coder.", "%(num)d stories were given to the second coder.",
                           len(outcome.value)), "success")
    else:
        flash(_("Choose a unit, a second coder and a sample of 1 to %(max)d stories.", max=ops.MAX_SAMPLE), "danger")
    return redirect(url_for("agreement.index"))


@bp.route("/assignments/<int:assignment_id>", methods=["GET", "POST"])
@coder_roles
def code(assignment_id):
    assignment = get_or_404(CodingAssignment, assignment_id)
    if not assignment.can_code(current_user):
        abort(404)
    form = CodeForm()
    form.themes.choices = queries.themes_of(assignment.story.programme_id, str(get_locale() or "fr"))
    if not assignment.is_completed and form.validate_on_submit():
        if run(ops.record_independent_coding, assignment, form.themes.data or [], user=current_user,
               success=_("Your coding is recorded.")).ok:
            return redirect(url_for("agreement.index"))
    elif form.is_submitted() and assignment.is_completed:
        flash(_("Your coding of this story was already sent."), "danger")
        return redirect(url_for("agreement.index"))
    return render_template("agreement/code.html", assignment=assignment, story=assignment.story, form=form)
