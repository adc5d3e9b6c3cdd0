"""In-person round pages: create one, download its story pack, record its meeting."""
import io

from flask import Blueprint, abort, redirect, render_template, request, send_file, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from ..analysis.scan import warn_before_saving
from ..auth.permissions import get_or_404, roles_required
from ..programmes import queries as pq
from ..programmes.domain_periods import domain_ids_by_period
from ..view_helpers import programme_or_404, run
from . import in_person
from . import operations as ops
from .in_person_forms import GUEST_ROWS, InPersonRoundForm, MeetingForm, parse_meeting
from .models import Round
from .operations import SelectionError
from .story_pack import build_story_pack, pack_order

bp = Blueprint("in_person", __name__, url_prefix="/rounds")


def _in_person_round(round_id) -> Round:
    round_ = get_or_404(Round, round_id)
    if not round_.can_view(current_user) or not round_.is_in_person:
        abort(404)
    return round_


@bp.route("/in-person/new", methods=["GET", "POST"])
@roles_required("coordinator")
def new():
    programme = programme_or_404()
    form = InPersonRoundForm()
    units = pq.units(programme, None if current_user.is_admin else current_user.units_for("coordinator"))
    form.unit.choices = [(u.id, str(u)) for u in units]
    form.period.choices = [(p.id, p.code) for p in pq.periods(programme)]
    form.domains.choices = [(d.id, d.label) for d in pq.active_domains(programme)]
    if form.validate_on_submit():
        data = ops.RoundInput(pq.unit_by_id(form.unit.data), pq.period_by_id(form.period.data), "consensus",
                              [pq.domain_by_id(d) for d in form.domains.data], form.winners_per_domain.data,
                              None, form.closes_on.data)
        outcome = run(in_person.create_in_person_round, programme, data, user=current_user,
                      success=_("In-person round created. Add the panel and its chair, then open it."))
        if outcome.ok:
            return redirect(url_for("selection.show", round_id=outcome.value.id))
    return render_template("selection/in_person_new.html", form=form, domains_by_period=domain_ids_by_period(programme))


@bp.route("/<int:round_id>/story-pack.docx")
@login_required
def story_pack(round_id):
    round_ = _in_person_round(round_id)
    if round_.is_draft or not (round_.is_chair(current_user) or round_.can_manage(current_user)):
        abort(404)
    data = build_story_pack(round_, programme_or_404().name)
    return send_file(io.BytesIO(data), as_attachment=True,
                     download_name=f"story-pack-{round_.unit.code}-{round_.period.code}-{round_.id}.docx",
                     mimetype="application/vnd.openxmlformats-officedocument.wordprocessingml.document")


@bp.route("/<int:round_id>/meeting", methods=["GET", "POST"])
@login_required
def meeting(round_id):
    round_ = _in_person_round(round_id)
    if not round_.is_chair(current_user):
        abort(403)
    if round_.status not in ("open", "closed"):
        return redirect(url_for("selection.show", round_id=round_.id))
    form = MeetingForm()
    if form.validate_on_submit():
        warning = _warn(round_)
        if warning:
            return warning
        try:
            data = parse_meeting(round_, form, request.form)
        except SelectionError as exc:
            run(_refuse, exc)
        else:
            if run(in_person.record_meeting, round_, data, user=current_user,
                   success=_("The meeting is recorded and the round finalised; its winners rise a level.")).ok:
                return redirect(url_for("selection.results", round_id=round_.id))
    domains = [(rd, pack_order(round_, rd.domain_id)) for rd in round_.domains]
    return render_template("selection/in_person_meeting.html", round=round_, form=form, domains=domains,
                           posted=request.form, guest_rows=range(GUEST_ROWS),
                           attended=set(request.form.getlist("attended")) if form.is_submitted() else None)


def _refuse(exc):
    raise exc


def _warn(round_):
    """The chair is warned of personal data in the first text that holds some, before anything is kept."""
    names = ["method_note", "dissent"] + sorted(k for k in request.form if k.startswith("reasons-"))
    for name in names:
        hidden = {k: v for k, v in request.form.to_dict(flat=False).items() if k not in ("csrf_token", name)}
        warning = warn_before_saving(request.form.get(name) or "", round_.programme_id, field=name, hidden=hidden,
                                     stories=[c.story for c in round_.candidates],
                                     back=url_for("in_person.meeting", round_id=round_.id))
        if warning:
            return warning
    return None
