"""Payments, balances and settle-up, over the database.

The split of a period lives in ``services.split_report``; its names are kept here for
the callers that import them from this module.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from partage.errors import QT_TRANSLATE_NOOP, NotFound, RuleViolation, UsageError, ValidationError
from partage.models import (
    Invoice,
    Member,
    Payment,
)
from partage.services import audit
from partage.services.costs import new_client_id
from partage.services.governance import check_open
from partage.services.ledger import figures
from partage.services.money import format_cents_plain
from partage.services.names import name_key
from partage.services.split_report import USED_STATUSES as USED_STATUSES
from partage.services.split_report import CostInfo as CostInfo
from partage.services.split_report import SplitReport as SplitReport
from partage.services.split_report import split_period as split_period
from partage.services.splitting import settle
from partage.storage import Database

TREASURY = 0  # the group's own account in balances and transfers


@dataclass(frozen=True)
class PaymentRecord:
    """A payment from a member to the group."""

    id: int
    member_id: int
    amount_cents: int
    paid_on: dt.date
    invoice_number: str
    note: str


def add_payment(
    db: Database,
    member_id: int,
    amount_cents: int,
    *,
    paid_on: dt.date,
    invoice_number: str = "",
    note: str = "",
    client_id: str | None = None,
) -> PaymentRecord:
    """Record a payment; a retry with the same ``client_id`` does not post it twice."""
    if amount_cents == 0:
        raise ValidationError("amount", QT_TRANSLATE_NOOP("errors", "The amount cannot be zero."))
    key = client_id or new_client_id()

    def operation(session: Session) -> PaymentRecord:
        existing = session.scalar(select(Payment).where(Payment.client_id == key))
        row = existing
        if row is None:
            if session.get(Member, member_id) is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("errors", "No member “{ref}”."), ref=str(member_id)
                )
            _check_invoice(session, member_id, invoice_number.strip())
            check_open(session, paid_on)
            row = Payment(
                member_id=member_id,
                amount_cents=amount_cents,
                paid_on=paid_on,
                invoice_number=invoice_number.strip(),
                note=note.strip(),
                client_id=key,
            )
            session.add(row)
            session.flush()
            audit.record(
                session,
                db.actor,
                "create",
                "payment",
                row.id,
                f"{format_cents_plain(amount_cents)} from member {member_id}",
            )
        return PaymentRecord(
            row.id, row.member_id, row.amount_cents, row.paid_on, row.invoice_number, row.note
        )

    return db.write(operation)


def _check_invoice(session: Session, member_id: int, number: str) -> None:
    """A payment names an invoice of the member paying, or none.

    Raises:
        UsageError: no invoice has that number.
        RuleViolation: the invoice is another member's.
    """
    if not number:
        return
    row = session.execute(
        select(Invoice.member_id, Invoice.member_name).where(Invoice.number == number)
    ).first()
    if row is None:
        raise UsageError(QT_TRANSLATE_NOOP("errors", "No invoice “{number}”."), number=number)
    if row.member_id != member_id:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "errors",
                "Invoice {number} was issued to {owner}: a payment names an invoice of the "
                "member who pays.",
            ),
            number=number,
            owner=row.member_name,
        )


def list_payments(db: Database, member_id: int | None = None) -> list[PaymentRecord]:
    """Payments, newest first."""
    query = select(Payment).order_by(Payment.paid_on.desc(), Payment.id.desc())
    if member_id is not None:
        query = query.where(Payment.member_id == member_id)
    with db.read() as session:
        return [
            PaymentRecord(r.id, r.member_id, r.amount_cents, r.paid_on, r.invoice_number, r.note)
            for r in session.scalars(query)
        ]


# --- the split over the database ------------------------------------------------------


# --- balances -------------------------------------------------------------------------


@dataclass(frozen=True)
class Balance:
    """What the group owes a member (positive) or the member owes (negative)."""

    member_id: int
    name: str
    owed_cents: int  # their share of the costs
    paid_cents: int  # costs they paid plus payments they made
    balance_cents: int


def balances(db: Database, as_of: dt.date | None = None) -> list[Balance]:
    """Every member's balance at the end of a day (default today), read from the ledger:
    what they paid (payments and costs paid out of pocket, up to that day) less what they
    owe (their accrued share of the costs, taxes, opening balances and adjustments).

    The group's treasury balances the rest (``treasury_balance``).
    """
    day = as_of or dt.date.today()
    with db.read() as session:
        names: dict[int, str] = {
            row.id: row.name for row in session.execute(select(Member.id, Member.name))
        }
    found = figures(db, day)
    result = []
    for member_id, name in sorted(names.items(), key=lambda item: name_key(item[1])):
        member = found[member_id]
        result.append(
            Balance(
                member_id,
                name,
                member.owed_cents,
                member.credited_cents,
                -member.due_cents,
            )
        )
    return result


def treasury_balance(member_balances: list[Balance]) -> int:
    """The treasury's balance: whatever makes all balances sum to zero."""
    return -sum(b.balance_cents for b in member_balances)


def settle_up(member_balances: list[Balance]) -> list[tuple[int, int, int]]:
    """The fewest transfers (from, to, cents) bringing every balance, treasury's too, to 0.

    ``TREASURY`` (0) stands for the group's own account.
    """
    amounts = {b.member_id: b.balance_cents for b in member_balances}
    amounts[TREASURY] = treasury_balance(member_balances)
    return settle(amounts)
