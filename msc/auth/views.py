"""Sign in and out, set a password, preferences, user administration."""
import time

from flask import Blueprint, current_app, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_babel import refresh
from flask_login import current_user, login_required, login_user, logout_user

from ..extensions import db, limiter
from ..programmes.models import Unit
from ..view_helpers import run, safe_next
from . import mfa, queries, sessions
from . import operations as ops
from .forms import (
    ActiveForm,
    ChangePasswordForm,
    CodeForm,
    EndSessionForm,
    LoginForm,
    PreferencesForm,
    RoleForm,
    SetPasswordForm,
    UserForm,
)
from .models import RoleAssignment, User
from .permissions import admin_required, get_or_404

bp = Blueprint("auth", __name__)
PENDING_SECONDS = 300  # between a right password and the second factor
LIMITED_SIGN_IN = ("auth.login", "auth.second_factor", "auth.enrol", "auth.change_password")


def _login_limit():
    return current_app.config["LOGIN_RATE_LIMIT"]


def _failed(response) -> bool:
    """Only failed attempts count against an address: a clinic's colleagues who sign in right never do."""
    return response.status_code in (200, 400)


@bp.before_request
def limiter_store_alive():
    """With the limiter's store down, a sign-in is refused with a clear page: never a 500, never unlimited."""
    if (request.method == "POST" and request.endpoint in LIMITED_SIGN_IN
            and current_app.config.get("RATELIMIT_ENABLED", True) and not limiter.storage.check()):
        message = _("Signing in is unavailable for a moment. Please try again in a few minutes.")
        return render_template("error.html", code=503, message=message), 503


def _safe_next(target: str | None) -> str:
    return safe_next(target, url_for("main.index"))


def _sign_in(account: User) -> None:
    """Every factor was right: a new server-side session (new id, new CSRF token), then Flask-Login's."""
    sessions.start(account)
    run(ops.complete_login, account)
    login_user(account)


def _pending() -> User | None:
    """The account whose password was right a moment ago and which still owes its second factor."""
    started = session.get("mfa_at")
    if not isinstance(started, (int, float)) or time.time() - started > PENDING_SECONDS:
        return None
    account = queries.user_by_id(session.get("mfa_user"))
    return account if account is not None and account.is_active else None


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(_login_limit, methods=["POST"], deduct_when=_failed)
def login():
    if current_user.is_authenticated:
        return redirect(url_for("main.index"))
    form = LoginForm()
    if form.validate_on_submit():
        account = run(ops.authenticate, form.email.data, form.password.data).value
        if account and account.needs_mfa(current_app.config["MFA_ROLES"]):
            session.clear()
            session.update(mfa_user=account.id, mfa_at=time.time(), mfa_next=_safe_next(request.args.get("next")))
            return redirect(url_for("auth.second_factor" if account.has_mfa else "auth.enrol"))
        if account:
            _sign_in(account)
            return redirect(_safe_next(request.args.get("next")))
        flash(_("Wrong e-mail or password. After several failed attempts an account waits a few minutes "
                "before it can sign in again."), "danger")
    return render_template("auth/login.html", form=form)


@bp.route("/login/code", methods=["GET", "POST"])
@limiter.limit(_login_limit, methods=["POST"], deduct_when=_failed)
def second_factor():
    account = _pending()
    if current_user.is_authenticated or account is None:
        return redirect(url_for("main.index" if current_user.is_authenticated else "auth.login"))
    if not account.has_mfa:  # reset by an admin meanwhile: set it up again
        return redirect(url_for("auth.enrol"))
    form = CodeForm()
    if form.validate_on_submit():
        if run(ops.verify_second_factor, account, form.code.data).value:
            target = session.get("mfa_next")
            _sign_in(account)
            return redirect(_safe_next(target))
        flash(_("This code is not right, or the account must wait a few minutes."), "danger")
    return render_template("auth/second_factor.html", form=form)


@bp.route("/login/enrol", methods=["GET", "POST"])
@limiter.limit(_login_limit, methods=["POST"], deduct_when=_failed)
def enrol():
    account = _pending()
    if current_user.is_authenticated or account is None or account.has_mfa:
        return redirect(url_for("main.index" if current_user.is_authenticated else "auth.login"))
    secret = run(ops.start_mfa_enrolment, account).value
    form = CodeForm()
    if form.validate_on_submit():
        codes = run(ops.confirm_mfa_enrolment, account, form.code.data).value
        if codes:
            target = _safe_next(session.get("mfa_next"))
            _sign_in(account)
            return render_template("auth/recovery_codes.html", codes=codes, next=target)
        flash(_("This code is not right. Check the time on your phone and try again."), "danger")
    qr = mfa.qr_data_uri(mfa.provisioning_uri(secret, account.email))
    return render_template("auth/enrol.html", form=form, qr=qr, secret=secret)


@bp.route("/logout", methods=["POST"])
@login_required
def logout():
    sessions.end_current()
    db.session.commit()
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
    form = PreferencesForm(locale=current_user.locale,
                           reading_languages=[c for c in current_user.reading_languages.split(",") if c])
    if form.validate_on_submit() and run(ops.set_locale, form.locale.data, user=current_user).ok \
            and run(ops.set_reading_languages, form.reading_languages.data, user=current_user).ok:
        refresh()  # the message, and the rest of this request, in the language just chosen
        flash(_("Preferences saved."), "success")
        return redirect(url_for("auth.preferences"))
    return render_template("auth/preferences.html", form=form, sessions=sessions.of_user(current_user.id),
                           current=sessions.current_key())


@bp.route("/preferences/password", methods=["GET", "POST"])
@login_required
@limiter.limit(_login_limit, methods=["POST"], deduct_when=_failed)
def change_password():
    form = ChangePasswordForm()
    if form.validate_on_submit() and run(ops.change_password, form.current.data, form.password.data,
                                         user=current_user).ok:
        account = current_user._get_current_object()
        sessions.start(account)  # every session ended with the change; this one starts afresh
        db.session.commit()
        login_user(account)
        flash(_("Your password is changed. Every other session is signed out."), "success")
        return redirect(url_for("auth.preferences"))
    return render_template("auth/change_password.html", form=form)


@bp.route("/preferences/sign-out-everywhere", methods=["POST"])
@login_required
def sign_out_everywhere():
    if not ActiveForm().validate_on_submit():
        return redirect(url_for("auth.preferences"))
    run(ops.end_sessions, current_user._get_current_object(), user=current_user)
    logout_user()
    session.pop(sessions.SESSION_KEY, None)
    flash(_("You are signed out everywhere."), "info")
    return redirect(url_for("auth.login"))


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
    return render_template("auth/user_edit.html", user=account, form=form, active_form=ActiveForm(),
                           sessions=sessions.of_user(account.id),
                           mfa_required=account.needs_mfa(current_app.config["MFA_ROLES"]))


@bp.route("/admin/users/<int:user_id>/active", methods=["POST"])
@admin_required
def set_active(user_id):
    account = get_or_404(User, user_id)
    form = ActiveForm()
    if form.validate_on_submit():
        run(ops.set_account_active, account, form.is_active.data, user=current_user,
            success=_("Account reactivated.") if form.is_active.data else _("Account deactivated."))
    return redirect(url_for("auth.edit_user", user_id=account.id))


@bp.route("/admin/users/<int:user_id>/sessions/end", methods=["POST"])
@admin_required
def end_sessions(user_id):
    account = get_or_404(User, user_id)
    form = EndSessionForm()
    if form.validate_on_submit() and form.key.data:
        run(ops.end_session, account, form.key.data, user=current_user, success=_("The session is ended."))
    elif form.validate_on_submit():
        run(ops.end_sessions, account, user=current_user, success=_("Every session of this user is ended."))
    return redirect(url_for("auth.edit_user", user_id=account.id))


@bp.route("/admin/users/<int:user_id>/mfa/reset", methods=["POST"])
@admin_required
def reset_mfa(user_id):
    account = get_or_404(User, user_id)
    if ActiveForm().validate_on_submit():
        run(ops.reset_mfa, account, user=current_user,
            success=_("Two-factor sign-in is reset: this user sets it up again at the next sign-in."))
    return redirect(url_for("auth.edit_user", user_id=account.id))


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
