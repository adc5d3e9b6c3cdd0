"""The page where an admin says when a domain starts and retires (MSC step 10)."""
from flask import Blueprint, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf import FlaskForm
from wtforms import SelectField

from ..auth.permissions import admin_required, get_or_404
from ..view_helpers import programme_or_404, run
from . import queries
from .domain_periods import domain_changes, set_domain_periods
from .models import Domain

bp = Blueprint("domain_periods", __name__, url_prefix="/admin/programme")


class DomainPeriodsForm(FlaskForm):
    first_period = SelectField(_l("Used from the period"), coerce=int)
    last_period = SelectField(_l("Last period it is used in"), coerce=int)


@bp.route("/domains/<int:domain_id>/periods", methods=["GET", "POST"])
@admin_required
def periods(domain_id):
    programme = programme_or_404()
    domain = get_or_404(Domain, domain_id)
    if domain.programme_id != programme.id:
        return redirect(url_for("programmes.setup"))
    form = DomainPeriodsForm()
    periods = queries.periods(programme)
    form.first_period.choices = [(0, _("(since the first period)"))] + [(p.id, p.code) for p in periods]
    form.last_period.choices = [(0, _("(still in use)"))] + [(p.id, p.code) for p in periods]
    if not form.is_submitted():
        form.first_period.data, form.last_period.data = domain.first_period_id or 0, domain.last_period_id or 0
    by_id = {p.id: p for p in periods}
    if form.validate_on_submit() and run(set_domain_periods, domain, by_id.get(form.first_period.data),
                                         by_id.get(form.last_period.data), user=current_user,
                                         success=_("Saved.")).ok:
        return redirect(url_for("programmes.setup"))
    return render_template("programmes/domain_periods.html", form=form, domain=domain,
                           changes=[domain_changes(p) for p in periods])
