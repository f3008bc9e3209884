"""The audit log: who wrote what, when, from which machine."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Mapped, mapped_column

from partage.models.base import Base, StoredInteger, StoredString, StoredText, UTCDateTime, utc_now


class AuditEntry(Base):
    """One write to the database. Rows are only ever added."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now, index=True)
    os_user: Mapped[str] = mapped_column(StoredString(100))
    display_name: Mapped[str] = mapped_column(StoredString(200))
    machine: Mapped[str] = mapped_column(StoredString(200))
    action: Mapped[str] = mapped_column(StoredString(30))
    entity: Mapped[str] = mapped_column(StoredString(30), index=True)
    entity_id: Mapped[int | None] = mapped_column(StoredInteger)
    summary: Mapped[str] = mapped_column(StoredText, default="")
