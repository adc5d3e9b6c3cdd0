"""Programme set-up pages for administrators."""
from flask import Blueprint, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..auth.permissions import admin_required, get_or_404
from ..view_helpers import form_version, programme_or_404, run
from . import operations as ops
from . import queries
from .forms import DomainForm, LevelForm, PeriodForm, ProgrammeForm, UnitForm
from .models import Domain, Level, Period, Unit

bp = Blueprint("programmes", __name__, url_prefix="/admin/programme")

LANGS = ("fr", "en", "ar")


def _saved(operation, *args, **kwargs) -> bool:
    """Run one set-up operation as the current user: commit and say so, or show the rule it broke."""
    return run(operation, *args, user=current_user, success=_("Saved."), **kwargs).ok


@bp.route("/", methods=["GET", "POST"])
@admin_required
def setup():
    programme = programme_or_404()
    form = ProgrammeForm(obj=programme)
    if form.validate_on_submit() and _saved(ops.update_programme, programme, **{
            f: getattr(form, f).data for f in ("name", "organisation", "purpose", "working_languages",
                                               "pseudonym_style")}):
        return redirect(url_for("programmes.setup"))
    return render_template(
        "programmes/setup.html", programme=programme, form=form,
        domains=programme.domains, periods=queries.periods(programme), levels=queries.levels(programme),
        units=queries.units(programme),
    )


@bp.route("/domains/new", methods=["GET", "POST"], defaults={"domain_id": None})
@bp.route("/domains/<int:domain_id>", methods=["GET", "POST"])
@admin_required
def domain(domain_id):
    programme = programme_or_404()
    obj = get_or_404(Domain, domain_id) if domain_id else None
    form, saved = DomainForm(), None
    if obj and not form.is_submitted():
        form.process(obj=obj, **{f"label_{c}": obj.labels.get(c) for c in LANGS},
                     **{f"question_{c}": obj.questions.get(c) for c in LANGS})
    if form.validate_on_submit():
        done = run(ops.save_domain, programme, form.key.data, {c: form[f"label_{c}"].data for c in LANGS},
                   {c: form[f"question_{c}"].data for c in LANGS}, is_open=form.is_open.data,
                   is_retired=form.is_retired.data, position=form.position.data, domain=obj,
                   version=form_version(form.version.data) if obj else None, user=current_user, success=_("Saved."))
        if done.ok:
            return redirect(url_for("programmes.setup"))
        if isinstance(done.error, ops.StaleDomain):  # show both; saving again keeps the user's version
            saved, form.version.data = obj, obj.version
    return render_template("programmes/edit.html", form=form, title=_("Domain of change"), saved_domain=saved)


@bp.route("/periods/new", methods=["GET", "POST"], defaults={"period_id": None})
@bp.route("/periods/<int:period_id>", methods=["GET", "POST"])
@admin_required
def period(period_id):
    programme = programme_or_404()
    obj = get_or_404(Period, period_id) if period_id else None
    form = PeriodForm(obj=obj)
    if form.validate_on_submit() and _saved(ops.save_period, programme, form.code.data, form.starts_on.data,
                                            form.ends_on.data, form.label.data, period=obj):
        return redirect(url_for("programmes.setup"))
    return render_template("programmes/edit.html", form=form, title=_("Reporting period"))


@bp.route("/levels/new", methods=["GET", "POST"], defaults={"level_id": None})
@bp.route("/levels/<int:level_id>", methods=["GET", "POST"])
@admin_required
def level(level_id):
    programme = programme_or_404()
    obj = get_or_404(Level, level_id) if level_id else None
    form = LevelForm()
    if obj and not form.is_submitted():
        form.process(obj=obj, **{f"name_{c}": obj.labels.get(c) for c in LANGS})
    if form.validate_on_submit() and _saved(ops.save_level, programme, form.rank.data,
                                            {c: form[f"name_{c}"].data for c in LANGS}, level=obj):
        return redirect(url_for("programmes.setup"))
    return render_template("programmes/edit.html", form=form, title=_("Level"))


@bp.route("/units/new", methods=["GET", "POST"], defaults={"unit_id": None})
@bp.route("/units/<int:unit_id>", methods=["GET", "POST"])
@admin_required
def unit(unit_id):
    programme = programme_or_404()
    obj = get_or_404(Unit, unit_id) if unit_id else None
    form = UnitForm(obj=obj)
    form.level.choices = [(lv.id, f"{lv.rank} – {lv.name}") for lv in queries.levels(programme)]
    form.parent.choices = [(0, _("(none: top of the hierarchy)"))] + [
        (u.id, str(u)) for u in queries.units(programme) if u is not obj]
    if obj and not form.is_submitted():
        form.level.data, form.parent.data = obj.level_id, obj.parent_id or 0
    if form.validate_on_submit() and _saved(
            ops.save_unit, programme, form.code.data, form.name.data, get_or_404(Level, form.level.data),
            get_or_404(Unit, form.parent.data) if form.parent.data else None, unit=obj):
        return redirect(url_for("programmes.setup"))
    return render_template("programmes/edit.html", form=form, title=_("Unit"))
