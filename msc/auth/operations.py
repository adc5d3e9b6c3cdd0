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
from .models import LOCALES, ROLES, RoleAssignment, User
from .passwords import MIN_LENGTH, hash_password, needs_rehash, verify_password
from .queries import token_hash, user_by_email


class AuthError(RuleError):
    """A rule about users or roles was broken; the message is shown to the user."""


def normalise_email(email: str) -> str:
    return (email or "").strip().lower()


def check_password_rules(password: str) -> None:
    if len(password or "") < MIN_LENGTH:
        raise AuthError(_("The password must have at least %(n)d characters.", n=MIN_LENGTH))


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
    """Set a new password and spend any pending link; by default the account holder does it."""
    check_password_rules(password)
    account.password_hash = hash_password(password)
    account.set_password_token_hash = None
    account.set_password_expires_at = None
    db.session.flush()
    audit.record("password_set", account, user=user or account)


def authenticate(email: str, password: str) -> User | None:
    """The active user with these credentials, or None; audited either way."""
    user = user_by_email(normalise_email(email))
    ok = verify_password(user.password_hash if user else None, password or "")
    if not ok or not user.is_active:
        audit.record("login_failed", user, user=None)
        return None
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.last_login_at = utcnow()
    audit.record("login", user, user=user)
    return user


def set_locale(locale: str, *, user: User) -> None:
    """Change the acting user's own interface language."""
    if locale not in LOCALES:
        raise AuthError(_("Unknown language."))
    user.locale = locale
    db.session.flush()


def invite_user(email: str, name: str, locale: str, role: str, unit: Unit, hours: int = 72, *,
                user=None) -> tuple[User, str]:
    """Create an account with one role and return it with the token of its set-password link."""
    account = create_user(email, name, locale=locale, user=user)
    assign_role(account, role, unit, user=user)
    return account, issue_set_password_link_token(account, hours, user=user)
