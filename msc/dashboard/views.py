"""The meta-monitoring dashboard and the tabular export of stories."""
import io

from flask import Blueprint, abort, render_template, request, send_file
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import current_user
from markupsafe import Markup

from .. import audit
from ..auth.permissions import roles_required
from ..auth.reach import reporting_unit_ids
from ..extensions import db
from ..programmes import queries as pq
from ..stories.scope import ScopeError, resolve_scope
from ..view_helpers import programme_or_404
from . import exports
from .charts import dashboard_charts
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
    # Reviewed (B704): SVG drawn by matplotlib, which escapes its text
    charts = {k: Markup(v.decode("utf-8")) for k, v in dashboard_charts(data, str(_("no data"))).items()}  # nosec B704
    programme = scope.programme
    reach = reporting_unit_ids(current_user, programme)
    return render_template("dashboard/index.html", data=data, charts=charts, scope=scope,
                           units=pq.units(programme, reach), periods=pq.periods(programme),
                           domains=programme.domains, formats=exports.FORMATS,
                           filters={k: request.args.get(k, "") for k in ("period", "unit", "domain")})


@bp.route("/export.<fmt>")
@dashboard_roles
def export(fmt):
    if fmt not in exports.FORMATS:
        abort(404)
    scope = _scope()
    content, count = exports.stories_export(scope, fmt, full_text=current_user.is_admin)
    audit.record("stories_export", None, user=current_user, format=fmt, rows=count,
                 period=scope.period.code if scope.period else None,
                 units=[u.id for u in scope.chosen_units], domains=scope.domain_ids)
    db.session.commit()
    name = f"stories-{scope.period.code if scope.period else 'all'}.{fmt}"
    return send_file(io.BytesIO(content), mimetype=exports.FORMATS[fmt], as_attachment=True, download_name=name)
