"""Database-wide settings: organisation, currency, time zone, language."""

from __future__ import annotations

from sqlalchemy.orm import Mapped, mapped_column

from partage.models.base import Base, StoredString, StoredText


class Setting(Base):
    """One key/value setting of the database (not of a person's computer)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(StoredString(64), primary_key=True)
    value: Mapped[str] = mapped_column(StoredText, default="")
