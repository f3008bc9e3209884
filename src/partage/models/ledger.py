"""Entries of the member ledger that are not read from other rows: opening balances and
adjustments. Charges, taxes, payments and expenses are read from costs, invoices and
payments (``services.ledger``)."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from partage.models.base import (
    Base,
    StoredDate,
    StoredInteger,
    StoredString,
    StoredText,
    UTCDateTime,
    utc_now,
)


class EntryKind(enum.StrEnum):
    """What a ledger entry records."""

    OPENING = "opening"  # the member's balance when the group started using Partage
    ADJUSTMENT = "adjustment"


class LedgerEntry(Base):
    """An amount on a member's account, dated; positive when the member owes it."""

    __tablename__ = "ledger_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="RESTRICT"), index=True
    )
    day: Mapped[dt.date] = mapped_column(StoredDate)
    kind: Mapped[str] = mapped_column(StoredString(20))
    amount_cents: Mapped[int] = mapped_column(StoredInteger)
    note: Mapped[str] = mapped_column(StoredText, default="")
    client_id: Mapped[str | None] = mapped_column(StoredString(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
