"""Read-only helpers for accounts, roles and the audit log."""
import hashlib

import sqlalchemy as sa

from ..audit import AuditEvent
from ..extensions import db
from ..models_base import utcnow
from ..programmes.models import Unit
from ..view_helpers import page_number
from .models import User


def token_hash(token: str) -> str:
    """What is stored of a set-password token: its SHA-256, never the token."""
    return hashlib.sha256(token.encode()).hexdigest()


def user_for_token(token: str) -> User | None:
    """The account a valid, unexpired set-password token belongs to."""
    if not token:
        return None
    account = db.session.scalar(sa.select(User).where(User.set_password_token_hash == token_hash(token)))
    if account is None or account.set_password_expires_at is None or account.set_password_expires_at < utcnow():
        return None
    return account


def user_by_id(user_id: int | None) -> User | None:
    return db.session.get(User, user_id) if user_id else None


def user_by_email(email: str) -> User | None:
    return db.session.scalar(sa.select(User).where(User.email == email))


def users() -> list[User]:
    """Every account, by e-mail."""
    return list(db.session.scalars(sa.select(User).order_by(User.email)))


def unit_choices() -> list[tuple[int, str]]:
    """(id, label) of every unit, by code, for the role forms."""
    return [(u.id, str(u)) for u in db.session.scalars(sa.select(Unit).order_by(Unit.code))]


def audit_page(action: str = ""):
    """One page (from the request's ``page`` argument) of the audit log, newest first, of one action or all."""
    query = sa.select(AuditEvent).order_by(AuditEvent.id.desc())
    if action:
        query = query.where(AuditEvent.action == action)
    return db.paginate(query, page=page_number(), per_page=50, error_out=False)


def audit_actions() -> list[str]:
    """The actions present in the audit log, for its filter."""
    return list(db.session.scalars(sa.select(AuditEvent.action).distinct().order_by(AuditEvent.action)))
