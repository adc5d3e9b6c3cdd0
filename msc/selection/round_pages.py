"""Round pages added for fixing draft rounds (edit, cancel, delete); registered on the selection blueprint."""
from flask import abort, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..auth.permissions import get_or_404, roles_required
from ..programmes import queries as pq
from ..programmes.domain_periods import domains_for_period
from ..view_helpers import run
from . import candidate_view, draft_ops
from .forms import ConfirmForm, EditRoundForm
from .models import Round


def _managed(round_id):
    round_ = get_or_404(Round, round_id)
    if not round_.can_view(current_user):
        abort(404)
    return round_


def _edit_form(round_):
    form = EditRoundForm()
    used = domains_for_period(round_.unit.programme, round_.period)  # the round's period decides its domains
    used += [rd.domain for rd in round_.domains if rd.domain not in used]  # kept visible (refused when saved)
    form.domains.choices = [(d.id, d.label) for d in used]
    form.chair.choices = [(0, "—")] + [(m.user_id, m.user.name) for m in round_.members]
    return form


def edit(round_id):
    round_ = _managed(round_id)
    if not round_.can_manage(current_user):
        abort(403)
    form = _edit_form(round_)
    if form.validate_on_submit():
        chair = next((m.user for m in round_.members if m.user_id == form.chair.data), None)
        data = draft_ops.RoundEdit(form.method.data, [pq.domain_by_id(d) for d in form.domains.data],
                                   form.winners_per_domain.data, form.max_approvals.data, form.closes_on.data, chair,
                                   form.dissent_named.data)
        if run(draft_ops.edit_round, round_, data, user=current_user, success=_("Round updated.")).ok:
            return redirect(url_for("selection.show", round_id=round_.id))
    elif not form.is_submitted():
        form.method.data, form.winners_per_domain.data = round_.method, round_.winners_per_domain
        form.domains.data = [rd.domain_id for rd in round_.domains]
        form.max_approvals.data, form.closes_on.data = round_.max_approvals, round_.closes_on
        form.chair.data = round_.chair.id if round_.chair else 0
        form.dissent_named.data = round_.dissent_named
    return render_template("selection/edit.html", round=round_, form=form,
                           problems=draft_ops.opening_problems(round_) if round_.is_draft else [],
                           unreadable=candidate_view.unreadable(round_), language_name=candidate_view.language_name)


def cancel(round_id):
    round_ = _managed(round_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    run(draft_ops.cancel_round, round_, user=current_user, success=_("The round is cancelled."))
    return redirect(url_for("selection.show", round_id=round_.id))


def delete(round_id):
    round_ = _managed(round_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    if run(draft_ops.delete_round, round_, user=current_user, success=_("The round is deleted.")).ok:
        return redirect(url_for("selection.index"))
    return redirect(url_for("selection.show", round_id=round_id))


def register(bp) -> None:
    bp.add_url_rule("/<int:round_id>/edit", "edit", roles_required("coordinator")(edit), methods=["GET", "POST"])
    bp.add_url_rule("/<int:round_id>/cancel", "cancel", roles_required("coordinator")(cancel), methods=["POST"])
    bp.add_url_rule("/<int:round_id>/delete", "delete", roles_required("coordinator")(delete), methods=["POST"])
