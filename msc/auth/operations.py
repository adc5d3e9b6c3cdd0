"""State changes for users and roles."""
import secrets
from datetime import timedelta

import sqlalchemy as sa
from flask_babel import gettext as _

from .. import audit
from ..errors import RuleError
from ..extensions import db
from ..models_base import utcnow
from ..programmes.models import Unit
from . import mfa, sessions
from .models import LOCALES, ROLES, RecoveryCode, RoleAssignment, User
from .passwords import MIN_DISTINCT, MIN_LENGTH, hash_password, needs_rehash, verify_password, weakness
from .queries import token_hash, user_by_email

LOCK_AFTER = 5  # failed attempts in a row before the account waits
LOCK_MAX_MINUTES = 60  # the wait doubles with each further failure, up to this


class AuthError(RuleError):
    """A rule about users or roles was broken; the message is shown to the user."""


def normalise_email(email: str) -> str:
    return (email or "").strip().lower()


def check_password_rules(password: str) -> None:
    problem = weakness(password)
    if problem == "short":
        raise AuthError(_("The password must have at least %(n)d characters.", n=MIN_LENGTH))
    if problem == "repetitive":
        raise AuthError(_("The password must use at least %(n)d different characters.", n=MIN_DISTINCT))
    if problem == "common":
        raise AuthError(_("This password is too common: choose another one, such as a few unrelated words."))


def create_user(email: str, name: str, *, locale: str = "fr", password: str | None = None, user=None) -> User:
    """Create an account (``user`` is who creates it); without a password it waits for a set-password link."""
    email = normalise_email(email)
    if not email or "@" not in email:
        raise AuthError(_("Enter a valid e-mail address."))
    if user_by_email(email) is not None:
        raise AuthError(_("A user with this e-mail already exists."))
    if locale not in LOCALES:
        raise AuthError(_("Unknown language."))
    account = User(email=email, name=(name or email.split("@")[0]).strip()[:120], locale=locale)
    if password is not None:
        check_password_rules(password)
        account.password_hash = hash_password(password)
    db.session.add(account)
    db.session.flush()
    audit.record("user_create", account, user=user)
    return account


def assign_role(account: User, role: str, unit: Unit, *, user=None) -> RoleAssignment:
    """Give the account a role at a unit (idempotent); ``user`` is who grants it."""
    if role not in ROLES:
        raise AuthError(_("Unknown role."))
    for existing in account.roles:
        if existing.role == role and existing.unit_id == unit.id:
            return existing
    assignment = RoleAssignment(user=account, unit=unit, role=role)
    db.session.add(assignment)
    db.session.flush()
    audit.record("role_grant", account, user=user, role=role, unit=unit.code)
    return assignment


def remove_role(assignment: RoleAssignment, *, user=None) -> None:
    """Take a role away; ``user`` is who takes it."""
    account = assignment.user
    if assignment.role == "admin" and _admin_count() <= 1:
        raise AuthError(_("The last administrator cannot lose the admin role."))
    audit.record("role_revoke", account, user=user, role=assignment.role, unit=assignment.unit.code)
    account.roles.remove(assignment)
    db.session.flush()
    sessions.end_all(account.id)


def _admin_count() -> int:
    return db.session.scalar(
        sa.select(sa.func.count(sa.distinct(RoleAssignment.user_id))).where(RoleAssignment.role == "admin")
    )


def issue_set_password_link_token(account: User, hours: int = 72, *, user=None) -> str:
    """Return a one-time token for the account's set-password link; only its hash is stored."""
    token = secrets.token_urlsafe(32)
    account.set_password_token_hash = token_hash(token)
    account.set_password_expires_at = utcnow() + timedelta(hours=hours)
    db.session.flush()
    audit.record("password_link_issue", account, user=user)
    return token


def set_password(account: User, password: str, *, user=None) -> None:
    """Set a new password, spend any pending link and end every session of the account (and its lockout)."""
    check_password_rules(password)
    account.password_hash = hash_password(password)
    account.set_password_token_hash = None
    account.set_password_expires_at = None
    account.failed_logins, account.locked_until = 0, None
    db.session.flush()
    sessions.end_all(account.id)
    audit.record("password_set", account, user=user or account)


def change_password(current: str, new: str, *, user: User) -> None:
    """The signed-in user changes their own password, giving the current one; every session ends."""
    if not verify_password(user.password_hash, current or ""):
        raise AuthError(_("The current password is not right."))
    set_password(user, new, user=user)


def _record_failure(account: User | None, action: str = "login_failed") -> None:
    """Count a failed attempt; from LOCK_AFTER in a row the account waits 1, 2, 4... minutes (at most an hour)."""
    if account is not None:
        account.failed_logins = (account.failed_logins or 0) + 1
        if account.failed_logins >= LOCK_AFTER:
            minutes = min(2 ** (account.failed_logins - LOCK_AFTER), LOCK_MAX_MINUTES)
            account.locked_until = utcnow() + timedelta(minutes=minutes)
        db.session.flush()
    audit.record(action, account, user=None)


def authenticate(email: str, password: str) -> User | None:
    """The active, unlocked account with these credentials (first factor), or None; failures are counted."""
    account = user_by_email(normalise_email(email))
    ok = verify_password(account.password_hash if account else None, password or "")
    if account is not None and account.is_locked(utcnow()):
        audit.record("login_locked", account, user=None)
        return None
    if not ok or not account.is_active:
        _record_failure(account)
        return None
    if needs_rehash(account.password_hash):
        account.password_hash = hash_password(password)
    return account


def complete_login(account: User) -> User:
    """Every factor was right: reset the failure count, note the time, audit the sign-in."""
    account.failed_logins, account.locked_until = 0, None
    account.last_login_at = utcnow()
    db.session.flush()
    audit.record("login", account, user=account)
    return account


def start_mfa_enrolment(account: User) -> str:
    """The secret to enrol (a new one unless enrolment already began); the account is not yet protected."""
    if account.has_mfa:
        raise AuthError(_("Two-factor sign-in is already set up."))
    if not account.mfa_secret:
        account.mfa_secret = mfa.new_secret()
        db.session.flush()
    return account.mfa_secret


def confirm_mfa_enrolment(account: User, code: str) -> list[str] | None:
    """A first right code turns the second factor on and returns the 10 recovery codes (only their hashes are
    kept); a wrong code returns None and counts as a failed attempt."""
    if account.has_mfa or not account.mfa_secret:
        raise AuthError(_("Two-factor sign-in cannot be set up now; sign in again."))
    step = mfa.matching_step(account.mfa_secret, code, account.mfa_last_step)
    if step is None:
        _record_failure(account, "mfa_failed")
        return None
    account.mfa_last_step = step
    account.mfa_enabled_at = utcnow()
    codes = mfa.new_recovery_codes()
    account.recovery_codes = [RecoveryCode(code_hash=hash_password(c)) for c in codes]
    db.session.flush()
    audit.record("mfa_enrol", account, user=account)
    return codes


def verify_second_factor(account: User, code: str) -> bool:
    """True for a right TOTP code (each time step once) or an unused recovery code (then spent); failures count."""
    if account.is_locked(utcnow()) or not account.has_mfa:
        audit.record("login_locked", account, user=None)
        return False
    step = mfa.matching_step(account.mfa_secret, code, account.mfa_last_step)
    if step is not None:
        account.mfa_last_step = step
        db.session.flush()
        return True
    recovery = mfa.normalise_recovery_code(code)
    for stored in list(account.recovery_codes) if recovery else []:
        if verify_password(stored.code_hash, recovery):
            account.recovery_codes.remove(stored)
            db.session.flush()
            audit.record("mfa_recovery_used", account, user=account, left=len(account.recovery_codes))
            return True
    _record_failure(account, "mfa_failed")
    return False


def reset_mfa(account: User, *, user: User) -> None:
    """An admin removes the account's second factor (it enrols again at its next sign-in); sessions end."""
    account.mfa_secret = None
    account.mfa_enabled_at = None
    account.mfa_last_step = None
    account.recovery_codes = []
    db.session.flush()
    sessions.end_all(account.id)
    audit.record("mfa_reset", account, user=user)


def set_account_active(account: User, active: bool, *, user: User) -> None:
    """Deactivate (history kept, every session ended, no sign-in) or reactivate an account."""
    if bool(account.is_active_account) == bool(active):
        return
    if not active and account.id == user.id:
        raise AuthError(_("You cannot deactivate your own account."))
    if not active and account.is_admin and _active_admin_count() <= 1:
        raise AuthError(_("The last active administrator cannot be deactivated."))
    account.is_active_account = bool(active)
    if active:
        account.failed_logins, account.locked_until = 0, None
    db.session.flush()
    if not active:
        sessions.end_all(account.id)
    audit.record("user_reactivate" if active else "user_deactivate", account, user=user)


def _active_admin_count() -> int:
    return db.session.scalar(
        sa.select(sa.func.count(sa.distinct(RoleAssignment.user_id)))
        .join(User, User.id == RoleAssignment.user_id)
        .where(RoleAssignment.role == "admin", User.is_active_account.is_(True))
    )


def end_sessions(account: User, *, user: User) -> int:
    """End every session of the account ("sign out everywhere", or an admin for them); returns how many."""
    ended = sessions.end_all(account.id)
    audit.record("sessions_end", account, user=user, count=ended)
    return ended


def end_session(account: User, key: str, *, user: User) -> None:
    """An admin ends one session of the account."""
    if not sessions.end_one(account.id, key):
        raise AuthError(_("This session has ended already."))
    audit.record("session_end", account, user=user)


def set_locale(locale: str, *, user: User) -> None:
    """Change the acting user's own interface language."""
    if locale not in LOCALES:
        raise AuthError(_("Unknown language."))
    user.locale = locale
    db.session.flush()


def set_reading_languages(codes, *, user: User) -> None:
    """The languages the acting user reads stories in (panels show a translation for the others)."""
    codes = list(dict.fromkeys(codes or []))
    if any(c not in LOCALES for c in codes):
        raise AuthError(_("Unknown language."))
    user.reading_languages = ",".join(codes)
    db.session.flush()


def invite_user(email: str, name: str, locale: str, role: str, unit: Unit, hours: int = 72, *,
                user=None) -> tuple[User, str]:
    """Create an account with one role and return it with the token of its set-password link."""
    account = create_user(email, name, locale=locale, user=user)
    assign_role(account, role, unit, user=user)
    return account, issue_set_password_link_token(account, hours, user=user)
