"""Sign in and out, set a password, preferences, user administration."""
from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import refresh
from flask_login import current_user, login_required, login_user, logout_user

from ..extensions import limiter
from ..programmes.models import Unit
from ..view_helpers import run, safe_next
from . import operations as ops
from . import queries
from .forms import ActiveForm, LoginForm, PreferencesForm, RoleForm, SetPasswordForm, UserForm
from .models import RoleAssignment, User
from .permissions import admin_required, get_or_404

bp = Blueprint("auth", __name__)


def _login_limit():
    return current_app.config["LOGIN_RATE_LIMIT"]


def _safe_next(target: str | None) -> str:
    return safe_next(target, url_for("main.index"))


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(_login_limit, methods=["POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for("main.index"))
    form = LoginForm()
    if form.validate_on_submit():
        user = run(ops.authenticate, form.email.data, form.password.data).value
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
            run(ops.set_locale, form.locale.data, user=current_user)
        response.set_cookie("msc_lang", form.locale.data, max_age=3600 * 24 * 365, samesite="Lax", httponly=True)
    return response


@bp.route("/set-password/<token>", methods=["GET", "POST"])
@limiter.limit(_login_limit, methods=["POST"])
def set_password(token):
    account = queries.user_for_token(token)
    if account is None:
        return render_template("error.html", code=404, message=_("This link is invalid or has expired.")), 404
    form = SetPasswordForm()
    if form.validate_on_submit() and run(ops.set_password, account, form.password.data,
                                         success=_("Your password is set. You can sign in.")).ok:
        return redirect(url_for("auth.login"))
    return render_template("auth/set_password.html", form=form, user=account)


@bp.route("/preferences", methods=["GET", "POST"])
@login_required
def preferences():
    form = PreferencesForm(locale=current_user.locale)
    if form.validate_on_submit() and run(ops.set_locale, form.locale.data, user=current_user).ok:
        refresh()  # the message, and the rest of this request, in the language just chosen
        flash(_("Preferences saved."), "success")
        return redirect(url_for("auth.preferences"))
    return render_template("auth/preferences.html", form=form)


@bp.route("/admin/users")
@admin_required
def users():
    return render_template("auth/users.html", users=queries.users())


def _link(account, token):
    link = url_for("auth.set_password", token=token, _external=True)
    return render_template("auth/user_link.html", user=account, link=link)


@bp.route("/admin/users/new", methods=["GET", "POST"])
@admin_required
def new_user():
    form = UserForm()
    form.unit.choices = queries.unit_choices()
    if form.validate_on_submit():
        outcome = run(ops.invite_user, form.email.data, form.name.data, form.locale.data, form.role.data,
                      get_or_404(Unit, form.unit.data), current_app.config["SET_PASSWORD_TOKEN_HOURS"],
                      user=current_user)
        if outcome.ok:
            return _link(*outcome.value)
    return render_template("auth/user_new.html", form=form)


@bp.route("/admin/users/<int:user_id>", methods=["GET", "POST"])
@admin_required
def edit_user(user_id):
    account = get_or_404(User, user_id)
    form = RoleForm()
    form.unit.choices = queries.unit_choices()
    if form.validate_on_submit():
        run(ops.assign_role, account, form.role.data, get_or_404(Unit, form.unit.data), user=current_user,
            success=_("Role added."))
        return redirect(url_for("auth.edit_user", user_id=account.id))
    return render_template("auth/user_edit.html", user=account, form=form, active_form=ActiveForm())


@bp.route("/admin/users/<int:user_id>/roles/<int:assignment_id>/remove", methods=["POST"])
@admin_required
def remove_role(user_id, assignment_id):
    assignment = get_or_404(RoleAssignment, assignment_id)
    if assignment.user_id != user_id:
        return render_template("error.html", code=404, message=_("Not found.")), 404
    if ActiveForm().validate_on_submit():
        run(ops.remove_role, assignment, user=current_user, success=_("Role removed."))
    return redirect(url_for("auth.edit_user", user_id=user_id))


@bp.route("/admin/users/<int:user_id>/link", methods=["POST"])
@admin_required
def new_link(user_id):
    account = get_or_404(User, user_id)
    if not ActiveForm().validate_on_submit():
        return redirect(url_for("auth.edit_user", user_id=account.id))
    token = run(ops.issue_set_password_link_token, account, current_app.config["SET_PASSWORD_TOKEN_HOURS"],
                user=current_user).value
    return _link(account, token)


@bp.route("/admin/audit")
@admin_required
def audit_log():
    action = request.args.get("action", "")[:60]
    return render_template("auth/audit.html", page=queries.audit_page(action), actions=queries.audit_actions(),
                           action=action)
