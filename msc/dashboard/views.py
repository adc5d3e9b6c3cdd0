"""The meta-monitoring dashboard and the tabular export of stories."""
import io
import tempfile

from flask import Blueprint, Response, abort, render_template, request, send_file
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
from . import exports
from . import figures as dashboard_figures
from .charts import figure_chart
from .queries import dashboard

bp = Blueprint("dashboard", __name__, url_prefix="/dashboard")
dashboard_roles = roles_required("coordinator", "facilitator", "advocacy")


def _scope():
    """The filters of the query string, within the user's reach; anything unknown or out of reach is a 404."""
    programme = programme_or_404()
    args = request.args
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
                           filters={k: request.args.get(k, "") for k in ("period", "unit", "domain")})


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


def _pieces(out, size: int = 64 * 1024):
    """The temporary file in pieces, closed (and so deleted) once sent or when the client goes away."""
    try:
        out.seek(0)
        while piece := out.read(size):
            yield piece
    finally:
        out.close()
