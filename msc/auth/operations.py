"""State changes for users and roles."""
import hashlib
import secrets
from datetime import timedelta

import sqlalchemy as sa
from flask_babel import gettext as _

from .. import audit
from ..extensions import db
from ..models_base import utcnow
from ..programmes.models import Unit
from .models import LOCALES, ROLES, RoleAssignment, User
from .passwords import MIN_LENGTH, hash_password, needs_rehash, verify_password


class AuthError(ValueError):
    """A rule about users or roles was broken; the message is shown to the user."""


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def normalise_email(email: str) -> str:
    return (email or "").strip().lower()


def check_password_rules(password: str) -> None:
    if len(password or "") < MIN_LENGTH:
        raise AuthError(_("The password must have at least %(n)d characters.", n=MIN_LENGTH))


def create_user(email: str, name: str, *, locale: str = "fr", password: str | None = None, by=None) -> User:
    """Create a user; without a password the account waits for a set-password link."""
    email = normalise_email(email)
    if not email or "@" not in email:
        raise AuthError(_("Enter a valid e-mail address."))
    if db.session.scalar(sa.select(User.id).where(User.email == email)):
        raise AuthError(_("A user with this e-mail already exists."))
    if locale not in LOCALES:
        raise AuthError(_("Unknown language."))
    user = User(email=email, name=(name or email.split("@")[0]).strip()[:120], locale=locale)
    if password is not None:
        check_password_rules(password)
        user.password_hash = hash_password(password)
    db.session.add(user)
    db.session.flush()
    audit.record("user_create", user, user=by)
    return user


def assign_role(user: User, role: str, unit: Unit, *, by=None) -> RoleAssignment:
    """Give the user a role at a unit (idempotent)."""
    if role not in ROLES:
        raise AuthError(_("Unknown role."))
    for existing in user.roles:
        if existing.role == role and existing.unit_id == unit.id:
            return existing
    assignment = RoleAssignment(user=user, unit=unit, role=role)
    db.session.add(assignment)
    db.session.flush()
    audit.record("role_grant", user, user=by, role=role, unit=unit.code)
    return assignment


def remove_role(assignment: RoleAssignment, *, by=None) -> None:
    """Take a role away."""
    user = assignment.user
    if assignment.role == "admin" and _admin_count() <= 1:
        raise AuthError(_("The last administrator cannot lose the admin role."))
    audit.record("role_revoke", user, user=by, role=assignment.role, unit=assignment.unit.code)
    user.roles.remove(assignment)
    db.session.flush()


def _admin_count() -> int:
    return db.session.scalar(
        sa.select(sa.func.count(sa.distinct(RoleAssignment.user_id))).where(RoleAssignment.role == "admin")
    )


def issue_set_password_link_token(user: User, hours: int = 72, *, by=None) -> str:
    """Return a one-time token for the set-password link; only its hash is stored."""
    token = secrets.token_urlsafe(32)
    user.set_password_token_hash = _token_hash(token)
    user.set_password_expires_at = utcnow() + timedelta(hours=hours)
    db.session.flush()
    audit.record("password_link_issue", user, user=by)
    return token


def user_for_token(token: str) -> User | None:
    """The user a valid, unexpired token belongs to."""
    if not token:
        return None
    user = db.session.scalar(sa.select(User).where(User.set_password_token_hash == _token_hash(token)))
    if user is None or user.set_password_expires_at is None or user.set_password_expires_at < utcnow():
        return None
    return user


def set_password(user: User, password: str, *, by=None) -> None:
    """Set a new password and spend any pending link."""
    check_password_rules(password)
    user.password_hash = hash_password(password)
    user.set_password_token_hash = None
    user.set_password_expires_at = None
    db.session.flush()
    audit.record("password_set", user, user=by or user)


def authenticate(email: str, password: str) -> User | None:
    """The active user with these credentials, or None; audited either way."""
    user = db.session.scalar(sa.select(User).where(User.email == normalise_email(email)))
    ok = verify_password(user.password_hash if user else None, password or "")
    if not ok or not user.is_active:
        audit.record("login_failed", user, user=None)
        return None
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.last_login_at = utcnow()
    audit.record("login", user, user=user)
    return user


def set_locale(user: User, locale: str) -> None:
    """Change the user's interface language."""
    if locale not in LOCALES:
        raise AuthError(_("Unknown language."))
    user.locale = locale
    db.session.flush()
