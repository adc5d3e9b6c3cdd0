"""The meta-monitoring dashboard and the tabular export of stories."""
import io
import tempfile

from flask import Blueprint, Response, abort, flash, jsonify, redirect, render_template, request, send_file, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import current_user
from markupsafe import Markup

from .. import audit
from ..auth.permissions import roles_required
from ..auth.reach import reporting_unit_ids
from ..extensions import db
from ..programmes import queries as pq
from ..reports import tables
from ..stories.scope import ScopeError, resolve_scope
from ..view_helpers import programme_or_404
from . import export_jobs, exports
from . import figures as dashboard_figures
from .charts import figure_chart
from .export_rows import export_count
from .forms import ExportRequestForm
from .models import ExportJob
from .queries import dashboard

bp = Blueprint("dashboard", __name__, url_prefix="/dashboard")
dashboard_roles = roles_required("coordinator", "facilitator", "advocacy")


FILTERS = ("period", "unit", "domain")


def _scope(args=None):
    """The filters of the query string (or ``args``), within the user's reach; anything unknown or out of reach is
    a 404."""
    programme = programme_or_404()
    args = request.args if args is None else args
    try:
        return resolve_scope(
            programme, reporting_unit_ids(current_user, programme),
            period=args.get("period") or None, units=[args["unit"]] if args.get("unit") else [],
            domains=[args["domain"]] if args.get("domain") else [])
    except ScopeError:
        abort(404)


@bp.route("/")
@dashboard_roles
def index():
    scope = _scope()
    data = dashboard(scope, str(get_locale() or "fr"))
    figures = dashboard_figures.build(data)
    charts = {}
    for fig in figures:
        svg = figure_chart(fig, str(_("no data")))
        if svg is not None:
            # Reviewed (B704): an SVG drawn by matplotlib, which escapes its text
            charts[fig.key] = Markup(svg.decode("utf-8"))  # nosec B704
    programme = scope.programme
    reach = reporting_unit_ids(current_user, programme)
    return render_template("dashboard/index.html", data=data, figures=figures, charts=charts, scope=scope,
                           units=pq.units(programme, reach), periods=pq.periods(programme),
                           domains=programme.domains, formats=exports.FORMATS, story_filters=_story_filters(scope),
                           may_list_stories=current_user.is_admin or bool(
                               current_user.role_names() & {"coordinator", "facilitator"}),
                           filters={k: request.args.get(k, "") for k in FILTERS},
                           export_jobs=export_jobs.my_jobs(current_user, programme))


def _story_filters(scope) -> dict:
    """The stories list's filters for the dashboard's (a unit only when it has no units below it)."""
    out = {"status": "submitted"}
    if scope.period is not None:
        out["period"] = scope.period.id
    if len(scope.domains) == 1:
        out["domain"] = scope.domains[0].id
    if len(scope.chosen_units) == 1 and scope.chosen_units[0].subtree_ids() == {scope.chosen_units[0].id}:
        out["unit"] = scope.chosen_units[0].id
    return out


@bp.route("/figure/<key>.csv")
@dashboard_roles
def figure_csv(key):
    """One figure of the dashboard as CSV, with the page's filters (audited like the stories export)."""
    if key not in dashboard_figures.KEYS:
        abort(404)
    scope = _scope()
    found = [f for f in dashboard_figures.build(dashboard(scope, str(get_locale() or "fr"))) if f.key == key]
    if not found:
        abort(404)
    fig = found[0]
    audit.record("dashboard_figure_export", None, user=current_user, figure=key, rows=len(fig.rows),
                 period=scope.period.code if scope.period else None,
                 units=[u.id for u in scope.chosen_units], domains=scope.domain_ids)
    db.session.commit()
    content = tables.write_csv([str(h) for h in fig.headers], fig.rows)
    name = f"{key}-{scope.period.code if scope.period else 'all'}.csv"
    return send_file(io.BytesIO(content), mimetype=exports.FORMATS["csv"], as_attachment=True, download_name=name)


@bp.route("/export.<fmt>")
@dashboard_roles
def export(fmt):
    if fmt not in exports.FORMATS:
        abort(404)
    scope = _scope()
    if export_jobs.runs_in_background():
        count = export_count(scope)
        if export_jobs.goes_to_background(count):  # too big for one request: confirm, then the worker writes it
            filters = {k: request.args.get(k, "") for k in FILTERS}
            return render_template("dashboard/export_confirm.html", fmt=fmt, count=count, filters=filters,
                                   form=ExportRequestForm(data={"fmt": fmt, **filters}))
    name = f"stories-{scope.period.code if scope.period else 'all'}.{fmt}"
    # Written row by row (XLSX in write-only mode) to a temporary file, then sent from disk: memory stays flat
    # at any size, and the database work is done while the request's session is open.
    out = tempfile.TemporaryFile()
    count = exports.write_export(scope, fmt, out, full_text=current_user.is_admin)
    audit.record("stories_export", None, user=current_user, format=fmt, rows=count,
                 period=scope.period.code if scope.period else None,
                 units=[u.id for u in scope.chosen_units], domains=scope.domain_ids)
    db.session.commit()
    return Response(_pieces(out), mimetype=exports.FORMATS[fmt],
                    headers={"Content-Disposition": f"attachment; filename={name}"})


@bp.route("/exports", methods=["POST"])
@dashboard_roles
def export_request():
    """Ask for a big export: the worker writes it and its page follows the progress. Small ones (or without a
    worker) go back to the direct download."""
    form = ExportRequestForm()
    filters = {k: (form[k].data or "") for k in FILTERS}
    if not form.validate_on_submit():
        flash(_("The export could not be asked for: reload the dashboard and try again."), "danger")
        return redirect(url_for("dashboard.index", **filters))
    try:
        fmt = export_jobs.check_format(form.fmt.data)
    except export_jobs.ExportError as exc:
        flash(str(exc), "danger")
        return redirect(url_for("dashboard.index", **filters))
    scope = _scope(filters)
    if not export_jobs.goes_to_background(export_count(scope)):
        return redirect(url_for("dashboard.export", fmt=fmt, **{k: v for k, v in filters.items() if v}))
    job = export_jobs.request_export(scope, fmt, user=current_user)
    db.session.commit()  # sent to the worker once committed
    return redirect(url_for("dashboard.export_job", job_id=job.id))


def _own_job(job_id: int) -> ExportJob:
    """The user's own export job; anybody else's (or none) is a 404."""
    job = db.session.get(ExportJob, job_id)
    if job is None or not job.can_view(current_user):
        abort(404)
    return job


@bp.route("/exports/<int:job_id>")
@dashboard_roles
def export_job(job_id):
    job = _own_job(job_id)
    return render_template("dashboard/export_job.html", job=job)


@bp.route("/exports/<int:job_id>/status")
@dashboard_roles
def export_job_status(job_id):
    return jsonify(export_jobs.status_json(_own_job(job_id)))


@bp.route("/exports/<int:job_id>/download")
@dashboard_roles
def export_job_download(job_id):
    job = _own_job(job_id)
    try:
        path = export_jobs.checked_file(job, current_user)
    except export_jobs.ExportError as exc:
        db.session.rollback()
        flash(str(exc), "danger")
        return redirect(url_for("dashboard.export_job", job_id=job.id))
    db.session.commit()  # the download's audit row
    return Response(_file_pieces(path), mimetype=exports.FORMATS[job.fmt],
                    headers={"Content-Disposition": f"attachment; filename={export_jobs.download_name(job)}",
                             "Content-Length": str(job.size), "Cache-Control": "no-store"})


def _file_pieces(path, size: int = 256 * 1024):
    """The file in pieces, opened when the first one is asked for and closed when the response ends."""
    with open(path, "rb") as f:
        while piece := f.read(size):
            yield piece


def _pieces(out, size: int = 64 * 1024):
    """The temporary file in pieces, closed (and so deleted) once sent or when the client goes away."""
    try:
        out.seek(0)
        while piece := out.read(size):
            yield piece
    finally:
        out.close()
