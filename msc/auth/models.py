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
    is_active_account: Mapped[bool] = mapped_column("is_active", sa.Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    set_password_token_hash: Mapped[str | None] = mapped_column(sa.String(64), index=True)
    set_password_expires_at: Mapped[datetime | None] = mapped_column(sa.DateTime)

    roles = relationship("RoleAssignment", back_populates="user", cascade="all, delete-orphan")

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
