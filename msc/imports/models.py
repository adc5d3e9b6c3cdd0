"""The column mapping a programme used last, proposed at its next import."""
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db
from ..models_base import utcnow


class ImportMapping(db.Model):
    """Field → column and file value → domain key, saved after each successful import."""

    __tablename__ = "import_mappings"
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(sa.ForeignKey("programmes.id"), unique=True)
    columns: Mapped[dict] = mapped_column(sa.JSON, default=dict)
    domain_values: Mapped[dict] = mapped_column(sa.JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))

    def proposal(self, headers: list[str], choices: list[str]) -> dict[str, str]:
        """The saved columns that exist in a file with these `headers` (or choice stems).

        A field saved as "" was left out on purpose and is proposed left out again.
        """
        present = set(headers) | set(choices) | {""}
        return {f: c for f, c in (self.columns or {}).items() if c in present}
