"""Advocacy note pages: list, prepare (with the excluded stories and why), generate, download; settings."""
import io

from flask import Blueprint, abort, flash, redirect, render_template, request, send_file, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from ..analysis.scan import warn_before_saving
from ..auth.permissions import admin_required, get_or_404, roles_required
from ..auth.reach import note_unit_ids
from ..extensions import db
from ..programmes import queries as pq
from ..stories.scope import resolve_scope
from ..view_helpers import programme_or_404, run
from . import approval, assembly, drafting, jobs, queries
from . import operations as ops
from .forms import ApproveForm, ConfirmForm, LogoForm, NoteForm, PageSizeForm, TemplateForm
from .models import NoteExport, NoteJob

bp = Blueprint("advocacy", __name__, url_prefix="/advocacy")
advocacy_required = roles_required("advocacy")
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

REASONS = {
    "no_consent": _l("no consent recorded"),
    "refused": _l("consent refused"),
    "withdrawn": _l("consent withdrawn"),
    "no_advocacy_consent": _l("consent does not cover advocacy"),
    "not_submitted": _l("not submitted"),
    "pseudonymisation_not_approved": _l("pseudonymised text not approved"),
    "not_selected": _l("not selected"),
    "not_ready": _l("not ready for advocacy use"),
    "no_translation": _l("told in another language, without an approved translation into the note's language"),
}
TEXT_FIELDS = ("context", "title", "key_messages", "recommendations")  # scanned for personal data before use


def _note_form(programme):
    form = NoteForm()
    reach = note_unit_ids(current_user, programme)
    form.period.choices = [(p.id, f"{p.code} – {p.label}" if p.label else p.code) for p in pq.periods(programme)]
    form.units.choices = [(u.id, str(u)) for u in pq.units(programme, reach)]
    form.domains.choices = [(d.id, d.label) for d in programme.domains]
    return form, reach


@bp.route("/")
@advocacy_required
def index():
    programme = programme_or_404()
    pending = jobs.pending_jobs(current_user, programme)
    if any(jobs.recover(job) for job in pending if not job.is_finished):  # interrupted: queued again, or failed
        db.session.commit()
    return render_template("advocacy/index.html", notes=queries.visible_notes(current_user, programme),
                           pending=pending, confirm=ConfirmForm(), approve=ApproveForm())


def _generate(scope, form):
    """With Redis, the note is asked of `msc worker` and listed as being generated; otherwise built now."""
    parsed = run(drafting.parse_brief, form.title.data, form.key_messages.data, form.recommendations.data,
                 [(f.story.data, f.passage.data) for f in form.featured])
    if not parsed.ok:
        return None
    params = {"language": form.language.data, "context": form.context.data or "", "brief": parsed.value,
              "user": current_user}
    if jobs.runs_in_background():
        done = run(jobs.request_note, scope, **params, success=_("The note is being generated; it will be listed here."))
        return redirect(url_for("advocacy.index", _anchor=f"note-job-{done.value.id}")) if done.ok else None
    done = run(ops.generate_note, scope, **params)
    if not done.ok:
        return None
    flash(_("The note was generated with %(n)d story(ies).", n=len(done.value.links)), "success")
    return redirect(url_for("advocacy.index", _anchor=f"note-{done.value.id}"))


def _warning(form, programme):
    """The personal-data warning for the first text field the team wrote that holds some; else None."""
    for name in TEXT_FIELDS:
        hidden = {k: request.form.getlist(k) for k in request.form if k not in ("csrf_token", name)}
        hidden["action"] = "generate"
        warning = warn_before_saving(getattr(form, name).data or "", programme.id, field=name, hidden=hidden,
                                     back=url_for("advocacy.new"))
        if warning:
            return warning
    return None


@bp.route("/new", methods=["GET", "POST"])
@advocacy_required
def new():
    programme = programme_or_404()
    form, reach = _note_form(programme)
    included = excluded = None
    translated: set[int] = set()
    if request.method == "GET" and not form.context.data:
        form.context.data = programme.purpose or ""  # the default context: the programme's description
    if form.validate_on_submit():
        scope = resolve_scope(programme, reach, period=form.period.data, units=form.units.data,
                              domains=form.domains.data)
        if request.form.get("action") == "generate":
            warning = _warning(form, programme)
            if warning:
                return warning
            done = _generate(scope, form)
            if done:
                return done
        elif not (form.title.data or form.key_messages.data):  # the app proposes; the team rewrites
            form.title.data, messages = assembly.proposals(scope, form.language.data)
            form.key_messages.data = "\n".join(messages)
        included, excluded = queries.partition(scope, form.language.data)
        translated = {s.id for s in included if queries.translated_from(s, form.language.data, programme)}
    return render_template("advocacy/new.html", form=form, included=included, excluded=excluded, reasons=REASONS,
                           translated=translated)


@bp.route("/<int:note_id>/download")
@advocacy_required
def download(note_id):
    note = get_or_404(NoteExport, note_id)
    if not note.can_view(current_user):
        abort(404)
    try:
        content = ops.read_note(note, user=current_user)
    except ops.NoteError as exc:
        db.session.rollback()
        flash(str(exc), "danger")
        return redirect(url_for("advocacy.index"))
    db.session.commit()
    state = "" if note.is_approved else "-draft"
    name = f"note-{note.period.code}-{note.created_at:%Y%m%d-%H%M}-{note.language}{state}.docx"
    return send_file(io.BytesIO(content), mimetype=DOCX, as_attachment=True, download_name=name)


@bp.route("/<int:note_id>/regenerate", methods=["POST"])
@advocacy_required
def regenerate(note_id):
    note = get_or_404(NoteExport, note_id)
    if not note.can_view(current_user):
        abort(404)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    done = run(ops.regenerate_note, note, note_unit_ids(current_user, programme_or_404()), user=current_user,
               success=_("The note was regenerated without the withdrawn story(ies); the old file was deleted."))
    return redirect(url_for("advocacy.index", _anchor=f"note-{done.value.id}" if done.ok else None))


@bp.route("/<int:note_id>/approve", methods=["POST"])
@advocacy_required
def approve(note_id):
    note = get_or_404(NoteExport, note_id)
    if not note.can_view(current_user):
        abort(404)
    form = ApproveForm()
    if not form.validate_on_submit():
        abort(400)
    run(approval.approve_note, note, form.sha256.data, user=current_user,
        success=_("The note is approved; the file no longer carries the draft mark."))
    return redirect(url_for("advocacy.index", _anchor=f"note-{note.id}"))


@bp.route("/jobs/<int:job_id>/retry", methods=["POST"])
@advocacy_required
def retry(job_id):
    job = get_or_404(NoteJob, job_id)
    if not job.can_view(current_user):
        abort(404)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    run(jobs.retry, job, user=current_user, success=_("The note is being generated again."))
    return redirect(url_for("advocacy.index", _anchor=f"note-job-{job.id}"))


@bp.route("/settings", methods=["GET", "POST"])
@admin_required
def settings():
    programme = programme_or_404()
    logo_form, template_form = LogoForm(prefix="logo"), TemplateForm(prefix="template")
    current = ops.settings_for(programme)
    page_form = PageSizeForm(prefix="paper", page_size=current.page_size if current else "A4")
    if request.method == "POST" and "paper-page_size" in request.form:
        if page_form.validate_on_submit():
            run(ops.set_page_size, programme, page_form.page_size.data, user=current_user, success=_("Saved."))
            return redirect(url_for("advocacy.settings"))
        return render_template("advocacy/settings.html", logo_form=logo_form, template_form=template_form,
                               page_form=page_form, current=current)
    form = logo_form if "logo-logo" in request.files else template_form
    if request.method == "POST" and request.form.get("clear") in ("logo", "template"):
        ops.clear_setting(programme, request.form["clear"], user=current_user)
        db.session.commit()
        flash(_("Removed."), "success")
        return redirect(url_for("advocacy.settings"))
    if request.method == "POST" and form.validate_on_submit():
        upload = form.logo.data if form is logo_form else form.template.data
        try:
            setter = ops.set_logo if form is logo_form else ops.set_template
            setter(programme, upload.read(ops.TEMPLATE_MAX_BYTES + 1), upload.filename or "", user=current_user)
        except ops.NoteError as exc:
            db.session.rollback()
            form.form_errors.append(str(exc))
        else:
            db.session.commit()
            flash(_("Saved."), "success")
            return redirect(url_for("advocacy.settings"))
    return render_template("advocacy/settings.html", logo_form=logo_form, template_form=template_form,
                           page_form=page_form, current=current)


@bp.route("/settings/logo")
@admin_required
def logo():
    current = ops.settings_for(programme_or_404())
    if current is None or not current.logo:
        abort(404)
    return send_file(io.BytesIO(current.logo), mimetype=current.logo_mimetype)
