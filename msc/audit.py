"""The audit log: who did what to which object, when. Never story text, never passwords."""
from datetime import datetime

import sqlalchemy as sa
from flask import has_request_context
from flask_login import current_user
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .extensions import db
from .models_base import utcnow

# Keys allowed in details: identifiers, codes, counts and field names, never free text.
_SAFE_DETAIL = (int, float, bool, type(None))


class AuditEvent(db.Model):
    """One audited action."""

    __tablename__ = "audit_events"
    __table_args__ = (sa.Index("ix_audit_events_object", "object_type", "object_id"),)  # a story's history
    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"), index=True)
    action: Mapped[str] = mapped_column(sa.String(60), index=True)
    object_type: Mapped[str] = mapped_column(sa.String(40), default="")
    object_id: Mapped[int | None] = mapped_column(sa.Integer)
    details: Mapped[dict] = mapped_column(sa.JSON, default=dict)

    user = relationship("User")


def _clean(value):
    if isinstance(value, _SAFE_DETAIL):
        return value
    if isinstance(value, (list, tuple, set)):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    text = str(value)
    return text[:80]


def record(action: str, obj=None, *, user=None, **details) -> AuditEvent:
    """Add an audit row to the session (the caller commits with its change)."""
    if user is None and has_request_context() and current_user and current_user.is_authenticated:
        user = current_user
    event = AuditEvent(
        action=action,
        object_type=obj.__tablename__ if obj is not None else "",
        object_id=getattr(obj, "id", None),
        user_id=getattr(user, "id", None),
        details=_clean(details),
    )
    db.session.add(event)
    return event
