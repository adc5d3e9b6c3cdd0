"""Users and their roles, held per unit."""
from datetime import datetime

import sqlalchemy as sa
from flask_login import UserMixin
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ..models_base import utcnow
from ..programmes.models import Unit

ROLES = ("admin", "coordinator", "facilitator", "panelist", "advocacy")
LOCALES = ("fr", "en", "ar")


class User(UserMixin, db.Model):
    """A person who signs in; never a storyteller."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(sa.String(254), unique=True)
    name: Mapped[str] = mapped_column(sa.String(120))
    password_hash: Mapped[str | None] = mapped_column(sa.String(255))
    locale: Mapped[str] = mapped_column(sa.String(5), default="fr")
    # Languages the user reads stories in, comma-separated ("fr,ar"); empty: the interface language only.
    reading_languages: Mapped[str] = mapped_column(sa.String(50), default="", server_default="")
    is_active_account: Mapped[bool] = mapped_column("is_active", sa.Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    set_password_token_hash: Mapped[str | None] = mapped_column(sa.String(64), index=True)
    set_password_expires_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    # Per-account lockout: failed attempts in a row, and until when the account waits after them.
    failed_logins: Mapped[int] = mapped_column(sa.Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(sa.DateTime)
    # Second factor (TOTP): the secret while enrolling and after; enabled once a first code was right.
    mfa_secret: Mapped[str | None] = mapped_column(sa.String(64))
    mfa_enabled_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    mfa_last_step: Mapped[int | None] = mapped_column(sa.BigInteger)  # a code's time step is used once
    mfa_exempt: Mapped[bool] = mapped_column(sa.Boolean, default=False, server_default=sa.false())

    roles = relationship("RoleAssignment", back_populates="user", cascade="all, delete-orphan")
    recovery_codes = relationship("RecoveryCode", back_populates="user", cascade="all, delete-orphan")

    @property
    def is_active(self) -> bool:
        return bool(self.is_active_account)

    def has_role(self, role: str, unit: Unit | None = None) -> bool:
        """True if the user holds the role at the unit or at one of its ancestors (any unit if None)."""
        if unit is None:
            return any(r.role == role for r in self.roles)
        above = {unit.id} | {u.id for u in unit.ancestors()}
        return any(r.role == role and r.unit_id in above for r in self.roles)

    @property
    def reads(self) -> list[str]:
        """The languages the user reads (the interface language when none was chosen)."""
        return [c for c in (self.reading_languages or "").split(",") if c] or [self.locale]

    @property
    def is_admin(self) -> bool:
        return self.has_role("admin")

    def units_for(self, *roles: str) -> set[int]:
        """Ids of every unit the user reaches through one of the roles (the unit and all below it)."""
        ids: set[int] = set()
        for r in self.roles:
            if r.role in roles:
                ids |= r.unit.subtree_ids()
        return ids

    def visible_unit_ids(self) -> set[int]:
        """Units whose stories the user may list: all for admins, else through story-handling roles."""
        if self.is_admin:
            return set(db.session.scalars(sa.select(Unit.id)))
        return self.units_for("coordinator", "facilitator")

    def role_names(self) -> set[str]:
        return {r.role for r in self.roles}

    @property
    def has_mfa(self) -> bool:
        """True once the second factor is enrolled (a first code was right)."""
        return self.mfa_enabled_at is not None and bool(self.mfa_secret)

    def needs_mfa(self, mfa_roles) -> bool:
        """True if signing in asks for a second factor: enrolled, or holding a role that requires one."""
        return self.has_mfa or (not self.mfa_exempt and bool(self.role_names() & set(mfa_roles)))

    def is_locked(self, now: datetime) -> bool:
        return self.locked_until is not None and self.locked_until > now


class RoleAssignment(db.Model):
    """A role held by a user at a unit (and so over the units below it)."""

    __tablename__ = "role_assignments"
    __table_args__ = (
        sa.UniqueConstraint("user_id", "unit_id", "role"),
        sa.CheckConstraint(
            "role IN ('admin', 'coordinator', 'facilitator', 'panelist', 'advocacy')", name="known_role"
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int] = mapped_column(sa.ForeignKey("units.id"), index=True)
    role: Mapped[str] = mapped_column(sa.String(20))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)

    user = relationship("User", back_populates="roles")
    unit = relationship("Unit")


class RecoveryCode(db.Model):
    """One single-use recovery code for the second factor; only its argon2 hash is kept."""

    __tablename__ = "mfa_recovery_codes"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    code_hash: Mapped[str] = mapped_column(sa.String(255))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)

    user = relationship("User", back_populates="recovery_codes")


class UserSession(db.Model):
    """A signed-in session kept on the server (the database store): the cookie holds the token, this row its hash."""

    __tablename__ = "user_sessions"
    id: Mapped[str] = mapped_column(sa.String(64), primary_key=True)  # SHA-256 of the cookie's token
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)
    client: Mapped[str] = mapped_column(sa.String(80), default="")  # browser family and system, no address
