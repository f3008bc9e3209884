"""Issued invoices and credit notes: numbered, stored whole, never changed."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import ForeignKey, LargeBinary, UniqueConstraint
from sqlalchemy.orm import Mapped, deferred, mapped_column

from partage.models.base import (
    Base,
    StoredDate,
    StoredInteger,
    StoredString,
    StoredText,
    UTCDateTime,
    utc_now,
)


class InvoiceKind(enum.StrEnum):
    """An invoice, or a credit note that cancels one."""

    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"


class InvoiceCounter(Base):
    """The last number handed out in a series (one series per year and prefix).

    Read and bumped in the same write transaction as the invoice it numbers (locked with
    SELECT … FOR UPDATE on PostgreSQL, by BEGIN IMMEDIATE on SQLite): numbers are gapless
    and unique even when two people issue at the same moment.
    """

    __tablename__ = "invoice_counters"

    series: Mapped[str] = mapped_column(StoredString(40), primary_key=True)
    last_number: Mapped[int] = mapped_column(StoredInteger, default=0)


class Invoice(Base):
    """An issued document: its totals, its lines and its PDF, as they were at issue.

    Amounts are cents; a credit note's amounts are negative and ``credits_id`` names the
    invoice it cancels. Everything a reader sees is copied here (names, address,
    language), so later edits to members or costs never change an issued document.
    """

    __tablename__ = "invoices"
    __table_args__ = (UniqueConstraint("series", "sequence"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(StoredString(60), unique=True)
    series: Mapped[str] = mapped_column(StoredString(40))
    sequence: Mapped[int] = mapped_column(StoredInteger)
    kind: Mapped[str] = mapped_column(StoredString(20), default=InvoiceKind.INVOICE.value)
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="RESTRICT"), index=True
    )
    member_name: Mapped[str] = mapped_column(StoredString(200))
    member_address: Mapped[str] = mapped_column(StoredText, default="")
    language: Mapped[str] = mapped_column(StoredString(2))
    currency: Mapped[str] = mapped_column(StoredString(3))
    period_from: Mapped[dt.date] = mapped_column(StoredDate)
    period_to: Mapped[dt.date] = mapped_column(StoredDate)
    issued_on: Mapped[dt.date] = mapped_column(StoredDate)
    due_on: Mapped[dt.date] = mapped_column(StoredDate)
    subtotal_cents: Mapped[int] = mapped_column(StoredInteger)
    gst_cents: Mapped[int] = mapped_column(StoredInteger, default=0)
    qst_cents: Mapped[int] = mapped_column(StoredInteger, default=0)
    total_cents: Mapped[int] = mapped_column(StoredInteger)
    credits_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoices.id", ondelete="RESTRICT"), unique=True
    )
    pdf: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))
    client_id: Mapped[str | None] = mapped_column(StoredString(64), unique=True)
    issued_by: Mapped[str] = mapped_column(StoredString(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)


class InvoiceLine(Base):
    """One line of an issued document, in its language, as printed."""

    __tablename__ = "invoice_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(
        ForeignKey("invoices.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(StoredInteger)
    kind: Mapped[str] = mapped_column(StoredString(20))  # "charge", "tax"
    description: Mapped[str] = mapped_column(StoredText)
    detail: Mapped[str] = mapped_column(StoredText, default="")
    amount_cents: Mapped[int] = mapped_column(StoredInteger)
    asset_id: Mapped[int | None] = mapped_column(StoredInteger)
