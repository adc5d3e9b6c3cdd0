"""Programme, domains of change, reporting periods, levels and units."""
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ..models_base import pick_label, utcnow


class Programme(db.Model):
    """One MSC evaluation with its domains, levels, periods and units."""

    __tablename__ = "programmes"
    __table_args__ = (sa.CheckConstraint("pseudonym_style IN ('brackets', 'readable')", name="known_pseudonym_style"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    organisation: Mapped[str] = mapped_column(sa.String(200), default="")
    purpose: Mapped[str] = mapped_column(sa.Text, default="")
    working_languages: Mapped[str] = mapped_column(sa.String(50), default="fr")
    # How panels and notes show masked words: "[Prénom 1]" (brackets) or readable pseudonyms (when the engine has them)
    pseudonym_style: Mapped[str] = mapped_column(sa.String(10), default="brackets", server_default="brackets")
    created_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)

    domains = relationship("Domain", back_populates="programme", order_by="Domain.position")
    periods = relationship("Period", back_populates="programme", order_by="Period.starts_on")
    levels = relationship("Level", back_populates="programme", order_by="Level.rank")
    units = relationship("Unit", back_populates="programme", order_by="Unit.code")


class Domain(db.Model):
    """A domain of change, with the question the facilitator asks."""

    __tablename__ = "domains"
    __table_args__ = (sa.UniqueConstraint("programme_id", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(sa.ForeignKey("programmes.id"), index=True)
    key: Mapped[str] = mapped_column(sa.String(40))
    labels: Mapped[dict] = mapped_column(sa.JSON, default=dict)
    questions: Mapped[dict] = mapped_column(sa.JSON, default=dict)
    is_open: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    is_retired: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    position: Mapped[int] = mapped_column(sa.Integer, default=0)
    # The periods the domain is used in: from its first to its last (None: since always / still in use).
    first_period_id: Mapped[int | None] = mapped_column(sa.ForeignKey("periods.id"))
    last_period_id: Mapped[int | None] = mapped_column(sa.ForeignKey("periods.id"))
    version: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # an edit form opened on an older version is refused

    programme = relationship("Programme", back_populates="domains")
    first_period = relationship("Period", foreign_keys=[first_period_id])
    last_period = relationship("Period", foreign_keys=[last_period_id])

    @property
    def label(self) -> str:
        return pick_label(self.labels, self.key)

    @property
    def question(self) -> str:
        return pick_label(self.questions)


class Period(db.Model):
    """A reporting period such as 2024-S1."""

    __tablename__ = "periods"
    __table_args__ = (
        sa.UniqueConstraint("programme_id", "code"),
        sa.CheckConstraint("ends_on >= starts_on", name="dates_ordered"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(sa.ForeignKey("programmes.id"), index=True)
    code: Mapped[str] = mapped_column(sa.String(20))
    label: Mapped[str] = mapped_column(sa.String(100), default="")
    starts_on: Mapped[date] = mapped_column(sa.Date)
    ends_on: Mapped[date] = mapped_column(sa.Date)

    programme = relationship("Programme", back_populates="periods")

    def contains(self, day) -> bool:
        return self.starts_on <= day <= self.ends_on


class Level(db.Model):
    """A tier of the selection hierarchy, 1 being where stories are collected."""

    __tablename__ = "levels"
    __table_args__ = (sa.UniqueConstraint("programme_id", "rank"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(sa.ForeignKey("programmes.id"), index=True)
    rank: Mapped[int] = mapped_column(sa.Integer)
    labels: Mapped[dict] = mapped_column(sa.JSON, default=dict)

    programme = relationship("Programme", back_populates="levels")

    @property
    def name(self) -> str:
        return pick_label(self.labels, str(self.rank))


class Unit(db.Model):
    """A node of the hierarchy (clinic, national office, funder) at one level."""

    __tablename__ = "units"
    __table_args__ = (sa.UniqueConstraint("programme_id", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(sa.ForeignKey("programmes.id"), index=True)
    level_id: Mapped[int] = mapped_column(sa.ForeignKey("levels.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(sa.ForeignKey("units.id"), index=True)
    code: Mapped[str] = mapped_column(sa.String(20))
    name: Mapped[str] = mapped_column(sa.String(200))

    programme = relationship("Programme", back_populates="units")
    level = relationship("Level")
    parent = relationship("Unit", remote_side=[id], back_populates="children")
    children = relationship("Unit", back_populates="parent", order_by="Unit.code")

    def ancestors(self) -> list["Unit"]:
        """This unit's parents, nearest first."""
        out, node = [], self.parent
        while node is not None and node not in out:
            out.append(node)
            node = node.parent
        return out

    def subtree_ids(self) -> set[int]:
        """Ids of this unit and every unit below it."""
        ids, todo = set(), [self]
        while todo:
            node = todo.pop()
            if node.id in ids:
                continue
            ids.add(node.id)
            todo.extend(node.children)
        return ids

    def __str__(self) -> str:
        return f"{self.code} – {self.name}"
