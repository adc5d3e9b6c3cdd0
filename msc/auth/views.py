"""Sign in and out, set a password, preferences, user administration."""
import sqlalchemy as sa
from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from ..extensions import db, limiter
from ..programmes.models import Unit
from . import operations as ops
from .forms import ActiveForm, LoginForm, PreferencesForm, RoleForm, SetPasswordForm, UserForm
from .models import RoleAssignment, User
from .permissions import admin_required, get_or_404

bp = Blueprint("auth", __name__)


def _login_limit():
    return current_app.config["LOGIN_RATE_LIMIT"]


def _safe_next(target: str | None) -> str:
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return url_for("main.index")


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(_login_limit, methods=["POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for("main.index"))
    form = LoginForm()
    if form.validate_on_submit():
        user = ops.authenticate(form.email.data, form.password.data)
        db.session.commit()
        if user:
            login_user(user)
            return redirect(_safe_next(request.args.get("next")))
        flash(_("Wrong e-mail or password."), "danger")
    return render_template("auth/login.html", form=form)


@bp.route("/logout", methods=["POST"])
@login_required
def logout():
    logout_user()
    flash(_("You are signed out."), "info")
    return redirect(url_for("auth.login"))


@bp.route("/language", methods=["POST"])
def choose_language():
    """Anonymous visitors choose the interface language (kept in a cookie)."""
    form = PreferencesForm()
    response = redirect(_safe_next(request.form.get("next")))
    if form.validate_on_submit():
        if current_user.is_authenticated:
            ops.set_locale(current_user, form.locale.data)
            db.session.commit()
        response.set_cookie("msc_lang", form.locale.data, max_age=3600 * 24 * 365, samesite="Lax", httponly=True)
    return response


@bp.route("/set-password/<token>", methods=["GET", "POST"])
@limiter.limit(_login_limit, methods=["POST"])
def set_password(token):
    user = ops.user_for_token(token)
    if user is None:
        return render_template("error.html", code=404, message=_("This link is invalid or has expired.")), 404
    form = SetPasswordForm()
    if form.validate_on_submit():
        ops.set_password(user, form.password.data)
        db.session.commit()
        flash(_("Your password is set. You can sign in."), "success")
        return redirect(url_for("auth.login"))
    return render_template("auth/set_password.html", form=form, user=user)


@bp.route("/preferences", methods=["GET", "POST"])
@login_required
def preferences():
    form = PreferencesForm(locale=current_user.locale)
    if form.validate_on_submit():
        ops.set_locale(current_user, form.locale.data)
        db.session.commit()
        flash(_("Preferences saved."), "success")
        return redirect(url_for("auth.preferences"))
    return render_template("auth/preferences.html", form=form)


def _unit_choices():
    units = db.session.scalars(sa.select(Unit).order_by(Unit.code))
    return [(u.id, str(u)) for u in units]


@bp.route("/admin/users")
@admin_required
def users():
    rows = db.session.scalars(sa.select(User).order_by(User.email)).all()
    return render_template("auth/users.html", users=rows)


@bp.route("/admin/users/new", methods=["GET", "POST"])
@admin_required
def new_user():
    form = UserForm()
    form.unit.choices = _unit_choices()
    if form.validate_on_submit():
        try:
            user = ops.create_user(form.email.data, form.name.data, locale=form.locale.data, by=current_user)
            ops.assign_role(user, form.role.data, get_or_404(Unit, form.unit.data), by=current_user)
            token = ops.issue_set_password_link_token(
                user, current_app.config["SET_PASSWORD_TOKEN_HOURS"], by=current_user
            )
        except ops.AuthError as exc:
            db.session.rollback()
            form.email.errors.append(str(exc))
        else:
            db.session.commit()
            link = url_for("auth.set_password", token=token, _external=True)
            return render_template("auth/user_link.html", user=user, link=link)
    return render_template("auth/user_new.html", form=form)


@bp.route("/admin/users/<int:user_id>", methods=["GET", "POST"])
@admin_required
def edit_user(user_id):
    user = get_or_404(User, user_id)
    form = RoleForm()
    form.unit.choices = _unit_choices()
    if form.validate_on_submit():
        ops.assign_role(user, form.role.data, get_or_404(Unit, form.unit.data), by=current_user)
        db.session.commit()
        flash(_("Role added."), "success")
        return redirect(url_for("auth.edit_user", user_id=user.id))
    return render_template("auth/user_edit.html", user=user, form=form, active_form=ActiveForm())


@bp.route("/admin/users/<int:user_id>/roles/<int:assignment_id>/remove", methods=["POST"])
@admin_required
def remove_role(user_id, assignment_id):
    assignment = get_or_404(RoleAssignment, assignment_id)
    if assignment.user_id != user_id:
        return render_template("error.html", code=404, message=_("Not found.")), 404
    form = ActiveForm()
    if form.validate_on_submit():
        try:
            ops.remove_role(assignment, by=current_user)
        except ops.AuthError as exc:
            db.session.rollback()
            flash(str(exc), "danger")
        else:
            db.session.commit()
            flash(_("Role removed."), "success")
    return redirect(url_for("auth.edit_user", user_id=user_id))


@bp.route("/admin/users/<int:user_id>/link", methods=["POST"])
@admin_required
def new_link(user_id):
    user = get_or_404(User, user_id)
    form = ActiveForm()
    if not form.validate_on_submit():
        return redirect(url_for("auth.edit_user", user_id=user.id))
    token = ops.issue_set_password_link_token(user, current_app.config["SET_PASSWORD_TOKEN_HOURS"], by=current_user)
    db.session.commit()
    return render_template("auth/user_link.html", user=user, link=url_for("auth.set_password", token=token, _external=True))


@bp.route("/admin/audit")
@admin_required
def audit_log():
    from ..audit import AuditEvent

    action = request.args.get("action", "")[:60]
    query = sa.select(AuditEvent).order_by(AuditEvent.id.desc())
    if action:
        query = query.where(AuditEvent.action == action)
    page = db.paginate(query, per_page=50, error_out=False)
    actions = db.session.scalars(sa.select(AuditEvent.action).distinct().order_by(AuditEvent.action)).all()
    return render_template("auth/audit.html", page=page, actions=actions, action=action)
