"""Round pages: set up, read and vote, follow, close, decide, give reasons, finalise, feedback."""
import io

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, send_file, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import current_user, login_required

from ..analysis.release import released_title
from ..analysis.scan import warn_before_saving
from ..auth import queries as auth_queries
from ..auth.models import User
from ..auth.permissions import get_or_404, roles_required
from ..programmes import queries as pq
from ..programmes.domain_periods import domain_ids_by_period
from ..view_helpers import programme_or_404, run
from . import candidate_view, decisions, discussion, draft_ops, queries, round_pages
from . import operations as ops
from .forms import (
    CommentForm,
    ConfirmForm,
    ConsensusForm,
    PanelForm,
    ReasonForm,
    RoundForm,
    TieBreakForm,
    parse_ballot,
    posted_values,
)
from .models import Candidate, Round

bp = Blueprint("selection", __name__, url_prefix="/rounds")
round_pages.register(bp)


def _round(round_id, check):
    """Load (404) and check (404 when the user may not even know the round exists)."""
    round_ = get_or_404(Round, round_id)
    if not check(round_, current_user):
        abort(404)
    return round_


def _candidate(round_, candidate_id):
    cand = get_or_404(Candidate, candidate_id)
    if cand.round_id != round_.id:
        abort(404)
    return cand


def _manage(round_, operation, *args, success, **kwargs):
    """Run one set-up operation on the round as the current user, then back to the round's page."""
    run(operation, round_, *args, user=current_user, success=success, **kwargs)
    return redirect(url_for("selection.show", round_id=round_.id))


def _confirmed():
    if not ConfirmForm().validate_on_submit():
        abort(400)


@bp.route("/")
@login_required
def index():
    programme = programme_or_404()
    return render_template("selection/index.html", rounds=queries.visible_rounds(current_user, programme),
                           can_create=current_user.is_admin or current_user.has_role("coordinator"))


def _round_form(programme):
    form = RoundForm()
    units = pq.units(programme, None if current_user.is_admin else current_user.units_for("coordinator"))
    form.unit.choices = [(u.id, str(u)) for u in units]
    form.period.choices = [(p.id, p.code) for p in pq.periods(programme)]
    form.domains.choices = [(d.id, d.label) for d in pq.active_domains(programme)]
    return form


@bp.route("/new", methods=["GET", "POST"])
@roles_required("coordinator")
def new():
    programme = programme_or_404()
    form = _round_form(programme)
    if form.validate_on_submit():
        data = ops.RoundInput(pq.unit_by_id(form.unit.data), pq.period_by_id(form.period.data), form.method.data,
                              [pq.domain_by_id(d) for d in form.domains.data], form.winners_per_domain.data,
                              form.max_approvals.data, form.closes_on.data)
        outcome = run(ops.create_round, programme, data, user=current_user,
                      success=_("Round created. Add the panel, then open it."))
        if outcome.ok:
            return redirect(url_for("selection.show", round_id=outcome.value.id))
    return render_template("selection/new.html", form=form, domains_by_period=domain_ids_by_period(programme))


@bp.route("/<int:round_id>")
@login_required
def show(round_id):
    round_ = _round(round_id, Round.can_view)
    panel_form = PanelForm()
    panel_form.user.choices = [(u.id, f"{u.name} <{u.email}>") for u in _eligible_users(round_)]
    read = queries.read_ids(round_, current_user) if round_.is_member(current_user) else set()
    checks = round_.is_draft and round_.can_manage(current_user)
    return render_template("selection/show.html", round=round_, panel_form=panel_form, confirm=ConfirmForm(),
                           progress=queries.progress(round_), read=read,
                           problems=draft_ops.opening_problems(round_) if checks else [],
                           unreadable=candidate_view.unreadable(round_) if checks else [],
                           language_name=candidate_view.language_name,
                           own=round_.collected_by(current_user))


def _eligible_users(round_):
    if not round_.can_manage(current_user) or not round_.is_draft:
        return []
    return queries.panel_candidates(round_)


@bp.route("/<int:round_id>/panel", methods=["POST"])
@roles_required("coordinator")
def add_panelist(round_id):
    round_ = _round(round_id, Round.can_view)
    form = PanelForm()
    form.user.choices = [(u.id, u.email) for u in _eligible_users(round_)]
    if not form.validate_on_submit():
        flash(_("Choose a person who may sit on this panel."), "danger")
        return redirect(url_for("selection.show", round_id=round_.id))
    return _manage(round_, ops.add_panelist, auth_queries.user_by_id(form.user.data), is_chair=form.is_chair.data,
                   success=_("Panel updated."))


@bp.route("/<int:round_id>/panel/<int:user_id>/remove", methods=["POST"])
@roles_required("coordinator")
def remove_panelist(round_id, user_id):
    round_ = _round(round_id, Round.can_view)
    _confirmed()
    return _manage(round_, ops.remove_panelist, get_or_404(User, user_id), success=_("Panel updated."))


@bp.route("/<int:round_id>/candidates/<int:candidate_id>/exclude", methods=["POST"])
@roles_required("coordinator")
def exclude(round_id, candidate_id):
    round_ = _round(round_id, Round.can_view)
    cand = _candidate(round_, candidate_id)
    form = ReasonForm()
    run(ops.exclude_candidate, cand, form.text.data or "" if form.validate_on_submit() else "", user=current_user,
        success=_("Candidate excluded."))
    return redirect(url_for("selection.show", round_id=round_.id))


@bp.route("/<int:round_id>/open", methods=["POST"])
@roles_required("coordinator")
def open(round_id):  # noqa: A001 - endpoint name
    round_ = _round(round_id, Round.can_view)
    _confirmed()
    return _manage(round_, ops.open_round, success=_("The round is open: panelists can read and vote."))


@bp.route("/<int:round_id>/domains/<int:domain_id>")
@login_required
def domain(round_id, domain_id):
    round_ = _round(round_id, Round.can_read)
    rd = round_.round_domain(domain_id) or abort(404)
    ballot = queries.user_ballot(round_, current_user, domain_id)
    current = {e.story_id: ("abstain" if e.value is None else e.value) for e in ballot.entries} if ballot else {}
    return _domain_page(round_, rd, current, ballot)


def _domain_page(round_, rd, current, ballot, *, abstain=None, dissent=None, status=200):
    """The domain's reading list and ballot; after a refused ballot, with what the panelist entered."""
    order = round_.reading_order(current_user, rd.domain_id)
    own = round_.collected_by(current_user)
    return render_template("selection/domain.html", round=round_, rd=rd, current=current, has_ballot=bool(ballot),
                           candidates=[c for c in order if c.story_id not in own],
                           own=[c for c in order if c.story_id in own],
                           abstained=ballot.is_abstention if abstain is None and ballot else bool(abstain),
                           dissent=(ballot.dissent if ballot else "") if dissent is None else dissent,
                           read=queries.read_ids(round_, current_user), confirm=ConfirmForm(),
                           consensus_form=ConsensusForm()), status


@bp.route("/<int:round_id>/candidates/<int:candidate_id>")
@login_required
def read(round_id, candidate_id):
    round_ = _round(round_id, Round.can_read)
    cand = _candidate(round_, candidate_id)
    if not cand.is_counted:
        abort(404)
    run(ops.mark_read, cand, user=current_user)
    comment = queries.user_comment(cand, current_user)
    form = CommentForm(text=comment.text if comment else "")
    order = round_.reading_order(current_user, cand.domain_id)
    nxt = next((c for c in order[order.index(cand) + 1:]), None)
    view = candidate_view.reading(cand, current_user, show_original=request.args.get("show") == "original")
    return render_template("selection/read.html", round=round_, cand=cand, form=form, next_cand=nxt, view=view,
                           language_name=candidate_view.language_name,
                           comments=discussion.comments_for(round_, current_user).get(cand.story_id, []),
                           collected=cand.story_id in round_.collected_by(current_user))


@bp.route("/<int:round_id>/candidates/<int:candidate_id>/comment", methods=["POST"])
@login_required
def comment(round_id, candidate_id):
    round_ = _round(round_id, Round.can_read)
    cand = _candidate(round_, candidate_id)
    form = CommentForm()
    if form.validate_on_submit():
        warning = warn_before_saving(form.text.data or "", round_.programme_id, field="text",
                                     back=url_for("selection.read", round_id=round_id, candidate_id=candidate_id),
                                     stories=[cand.story])
        if warning:
            return warning
        run(ops.save_comment, cand, form.text.data or "", user=current_user, success=_("Comment saved."))
    else:
        flash(_("A comment has at most 2000 characters, without control characters."), "danger")
    return redirect(url_for("selection.read", round_id=round_id, candidate_id=candidate_id))


@bp.route("/<int:round_id>/domains/<int:domain_id>/ballot", methods=["POST"])
@login_required
def ballot(round_id, domain_id):
    round_ = get_or_404(Round, round_id)
    if not round_.is_member(current_user):
        return _refuse(round_, domain_id, "not_panelist", 403)
    if not ConfirmForm().validate_on_submit():
        return _refuse(round_, domain_id, "bad_form", 400)
    outcome = run(_cast_posted_ballot, round_, domain_id, user=current_user,
                  success=_("Your ballot is saved. You can change it until the round closes."))
    if outcome.ok:
        return redirect(url_for("selection.show", round_id=round_.id))
    run(ops.record_refusal, round_, user=current_user, reason=type(outcome.error).__name__, domain=domain_id)
    rd = round_.round_domain(domain_id)
    if rd is None or not round_.can_read(current_user):
        return redirect(url_for("selection.show", round_id=round_id))
    return _domain_page(round_, rd, posted_values(round_.method, request.form), queries.user_ballot(round_, current_user, domain_id),
                        abstain=request.form.get("abstain") == "1", dissent=request.form.get("dissent", ""),
                        status=400)


def _cast_posted_ballot(round_, domain_id, *, user):
    """Read the ballot from the posted form and cast it (the form and the vote refuse it the same way)."""
    choice, abstain = parse_ballot(round_.method, request.form,
                                   [c.story_id for c in round_.active_candidates(domain_id)])
    return ops.cast_ballot(round_, domain_id, choice, user=user, abstain=abstain,
                           dissent=request.form.get("dissent", ""))


def _refuse(round_, domain_id, reason, code):
    run(ops.record_refusal, round_, user=current_user, reason=reason, domain=domain_id)
    abort(code)


def _chair_action(round_id, action, message, typed=None, **kwargs):
    """Run one chair operation on the round; the operation checks that the user chairs it.

    A refused text (reasons, tie-break) comes back in its box, as typed."""
    round_ = _round(round_id, Round.can_view)
    if not round_.is_chair(current_user):
        abort(403)
    if not run(action, round_, user=current_user, success=message, **kwargs).ok:
        if round_.status == "open":
            return redirect(url_for("selection.show", round_id=round_.id))
        if typed and round_.can_see_results(current_user):
            return _results_page(round_, typed, 400)
    return redirect(url_for("selection.results", round_id=round_.id))


def _warn(round_id, text, field, **hidden):
    """The chair is warned of personal data in reasons before they are kept (only for the round's chair)."""
    round_ = _round(round_id, Round.can_view)
    if not round_.is_chair(current_user) or not ConfirmForm().validate_on_submit():
        return None  # refused or invalid: the operation answers as before
    return warn_before_saving(text or "", round_.programme_id, field=field, hidden=hidden,
                              back=url_for("selection.results", round_id=round_id),
                              stories=[c.story for c in round_.candidates])


@bp.route("/<int:round_id>/close", methods=["POST"])
@login_required
def close(round_id):
    _confirmed()
    return _chair_action(round_id, ops.close_round, _("The round is closed. No ballot is accepted any more."))


@bp.route("/<int:round_id>/results")
@login_required
def results(round_id):
    return _results_page(_round(round_id, Round.can_see_results))


def _results_page(round_, typed=None, status=200):
    """The results; after a refused reason or tie-break, with the text the chair typed (``typed``)."""
    return render_template("selection/results.html", round=round_, results=queries.results(round_),
                           reasons=queries.reasons_for(round_), stories={c.story_id: c for c in round_.candidates},
                           confirm=ConfirmForm(), reason_form=ReasonForm(), tie_form=TieBreakForm(),
                           consensus_form=ConsensusForm(), typed=typed or {},
                           comments=discussion.comments_for(round_, current_user),
                           dissents=discussion.dissents(round_, current_user)), status


@bp.route("/<int:round_id>/domains/<int:domain_id>/chart.svg")
@login_required
def chart(round_id, domain_id):
    from ..reports.charts import bar_chart

    round_ = _round(round_id, Round.can_see_results)
    result = queries.domain_result(round_, round_.round_domain(domain_id) or abort(404))
    # A withdrawn story is never named: its bar is "story withdrawn" (numbered, the labels must differ).
    titles = {c.story_id: f'{_("story withdrawn")} {i}' if c.is_withdrawn else released_title(c.story, current_user)
              for i, c in enumerate(round_.candidates, 1)}
    svg = bar_chart({titles[s]: v for s, v in sorted(result.tally.items(), key=lambda kv: -kv[1])},
                    result.domain.label, no_data=_("No ballot"))
    return Response(svg, mimetype="image/svg+xml")


@bp.route("/<int:round_id>/domains/<int:domain_id>/tie-break", methods=["POST"])
@login_required
def tie_break(round_id, domain_id):
    form = TieBreakForm()
    warning = _warn(round_id, form.reason.data, "reason", stories=request.form.getlist("stories"))
    if warning:
        return warning
    return _chair_action(round_id, decisions.break_tie, _("Tie broken."), domain_id=domain_id,
                         story_ids=[int(s) for s in request.form.getlist("stories") if s.isdigit() and len(s) < 10],
                         reason=form.reason.data or "", typed={f"tie-{domain_id}": form.reason.data or ""})


@bp.route("/<int:round_id>/domains/<int:domain_id>/runoff", methods=["POST"])
@login_required
def runoff(round_id, domain_id):
    _confirmed()
    return _chair_action(round_id, decisions.start_runoff, _("Runoff round opened for the tied stories."),
                         domain_id=domain_id)


@bp.route("/<int:round_id>/domains/<int:domain_id>/consensus", methods=["POST"])
@login_required
def consensus(round_id, domain_id):
    _confirmed()
    return _chair_action(round_id, decisions.record_consensus, _("Decision recorded."), domain_id=domain_id,
                         story_ids=[int(s) for s in request.form.getlist("stories") if s.isdigit()])


@bp.route("/<int:round_id>/stories/<int:story_id>/reasons", methods=["POST"])
@login_required
def reasons(round_id, story_id):
    form = ReasonForm()
    warning = _warn(round_id, form.text.data, "text")
    if warning:
        return warning
    return _chair_action(round_id, decisions.record_reasons, _("Reasons saved."), story_id=story_id,
                         text=form.text.data or "", typed={f"reasons-{story_id}": form.text.data or ""})


@bp.route("/<int:round_id>/finalise", methods=["POST"])
@login_required
def finalise(round_id):
    _confirmed()
    return _chair_action(round_id, decisions.finalise_round, _("The round is finalised; its winners rise a level."))


@bp.route("/<int:round_id>/feedback")
@login_required
def feedback(round_id):
    round_ = _round(round_id, Round.can_see_feedback)
    return render_template("selection/feedback.html", round=round_, results=queries.results(round_),
                           reasons=queries.reasons_for(round_), stories={c.story_id: c for c in round_.candidates},
                           panel=queries.panel_composition(round_), dissents=discussion.dissents(round_, None))


@bp.route("/<int:round_id>/feedback.docx")
@login_required
def feedback_docx(round_id):
    from ..reports.docx import build_feedback_note
    from ..reports.labels import LABELS

    round_ = _round(round_id, Round.can_see_feedback)
    language = str(get_locale() or "fr") if str(get_locale() or "fr") in LABELS else "fr"  # the page's language
    note = queries.feedback_note(round_, language, programme_or_404().name, LABELS[language]["withdrawn_story"])
    return send_file(io.BytesIO(build_feedback_note(note)), as_attachment=True,
                     download_name=f"feedback-{round_.unit.code}-{round_.period.code}-{round_.id}.docx",
                     mimetype="application/vnd.openxmlformats-officedocument.wordprocessingml.document")
