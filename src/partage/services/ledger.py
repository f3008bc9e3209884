"""The member ledger: every amount a member owes or is owed, dated, from one place.

Balances, statements of account, statements and invoices (their brought-forward amounts
and their status), settle-up, the dashboard and ``check`` read it; none keeps arithmetic
of its own. A ledger line has a day, a kind, a reference and an amount in cents, positive
when it adds to what the member owes:

- ``charge``: the member's share of the costs, accrued by date from the split
  (``split_report.split_period``): what they owe of a cost up to a day is that cost's amount
  up to the day divided once, in whole cents, so the cents do not depend on how periods
  are cut and every reader shows the same ones;
- ``tax``: the GST and QST of an issued invoice, on the day its period ends; charges not
  yet invoiced carry their taxes too, worked out on what is not yet invoiced (so issuing
  an invoice changes no balance);
- ``payment`` (money the member paid the group; negative when the group paid them) and
  ``expense`` (a cost the member paid out of pocket): credits;
- ``opening`` and ``adjustment``: entries of their own (``models.LedgerEntry``).

Invoices are requests for money, not charges: their status (paid, partly paid, overdue,
in credit…) comes from applying the member's credits to them, a named invoice first,
then the oldest open ones.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from partage.errors import QT_TRANSLATE_NOOP, NotFound, UsageError, ValidationError
from partage.models import (
    Asset,
    Cost,
    EntryKind,
    Invoice,
    InvoiceKind,
    LedgerEntry,
    Member,
    Payment,
)
from partage.services import audit
from partage.services.costs import new_client_id
from partage.services.document_settings import DocumentSettings
from partage.services.document_settings import load as load_settings
from partage.services.governance import check_open
from partage.services.money import format_cents_plain
from partage.services.split_report import split_period
from partage.storage import Database

KINDS = (
    "charge",
    "tax",
    "payment",
    "expense",
    "transfer",
    "credit_note",
    "opening",
    "fee",
    "deposit",
    "adjustment",
)
# Sorted on one day in this order: what is charged, then what is credited.
_DAY_ORDER = {
    kind: position
    for position, kind in enumerate(
        (
            "opening",
            "charge",
            "fee",
            "tax",
            "adjustment",
            "credit_note",
            "expense",
            "payment",
            "transfer",
            "deposit",
        )
    )
}
INVOICE_STATUSES = (
    "issued",
    "partly_paid",
    "paid",
    "overdue",
    "in_credit",
    "void",
    "credit_note",
)


def round_half_up(numerator: int, denominator: int) -> int:
    """numerator / denominator to the nearest integer, halves away from zero."""
    sign = -1 if (numerator < 0) != (denominator < 0) else 1
    quotient, remainder = divmod(abs(numerator), abs(denominator))
    return sign * (quotient + (1 if 2 * remainder >= abs(denominator) else 0))


def taxes(subtotal_cents: int, settings: DocumentSettings) -> tuple[int, int]:
    """(GST, QST) on *subtotal_cents*, each rounded to the cent, half up.

    Both are computed on the subtotal (since 2013 the QST is no longer charged on the
    GST). Rates are thousandths of a percent, so the arithmetic stays exact.
    """
    if not settings.taxes_enabled:
        return 0, 0
    return (
        round_half_up(subtotal_cents * settings.gst_rate, 100_000),
        round_half_up(subtotal_cents * settings.qst_rate, 100_000),
    )


# --- what a member owes on a day ---------------------------------------------------------


@dataclass(frozen=True)
class Figures:
    """One member's ledger summed up to a day (every amount in cents)."""

    member_id: int
    charges_cents: int = 0  # accrued shares of the costs
    invoiced_cents: int = 0  # charges put on live invoices whose period has ended by then
    invoice_tax_cents: int = 0  # the taxes of those invoices
    accrued_tax_cents: int = 0  # taxes on the charges not yet invoiced
    entries_cents: int = 0  # opening balances and adjustments
    payments_cents: int = 0  # paid to the group (less what the group paid them)
    expenses_cents: int = 0  # costs they paid out of pocket

    @property
    def uninvoiced_cents(self) -> int:
        """Charges not yet put on an invoice."""
        return self.charges_cents - self.invoiced_cents

    @property
    def owed_cents(self) -> int:
        """Everything charged: shares, taxes, opening balances and adjustments."""
        return (
            self.charges_cents
            + self.invoice_tax_cents
            + self.accrued_tax_cents
            + self.entries_cents
        )

    @property
    def credited_cents(self) -> int:
        """Everything credited: payments and expenses paid."""
        return self.payments_cents + self.expenses_cents

    @property
    def due_cents(self) -> int:
        """What the member owes on the day (negative: what the group owes them)."""
        return self.owed_cents - self.credited_cents


def _origin(session: Session) -> dt.date | None:
    """The first day any cost (or purchase spread) accrues from."""
    first = session.scalar(select(func.min(Cost.start)))
    recovered = session.scalar(
        select(func.min(Asset.purchase_date)).where(Asset.recovery_months.is_not(None))
    )
    days = [d for d in (first, recovered) if d is not None]
    return min(days) if days else None


def _live_invoices(session: Session) -> list[Invoice]:
    """Invoices that no credit note cancels."""
    credit = aliased(Invoice)
    return list(
        session.scalars(
            select(Invoice)
            .outerjoin(credit, credit.credits_id == Invoice.id)
            .where(Invoice.kind == InvoiceKind.INVOICE.value, credit.id.is_(None))
        )
    )


def first_day(db: Database) -> dt.date | None:
    """The first day any cost accrues from (None when there is no cost)."""
    with db.read() as session:
        return _origin(session)


def accrued_charges(db: Database, day: dt.date) -> dict[int, int]:
    """Every member's share of the costs accrued by the end of *day*."""
    with db.read() as session:
        origin = _origin(session)
    if origin is None or origin > day:
        return {}
    return split_period(db, origin, day).member_totals()


def figures(
    db: Database,
    day: dt.date,
    *,
    charges: dict[int, int] | None = None,
    settings: DocumentSettings | None = None,
) -> dict[int, Figures]:
    """Every member's ledger summed up to the end of *day* (members without any line
    too). *charges* reuses the accrued charges when already read."""
    settings = settings or load_settings(db)
    accrued = charges if charges is not None else accrued_charges(db, day)
    sums: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    with db.read() as session:
        members = list(session.scalars(select(Member.id)))
        for member_id, total in session.execute(
            select(Payment.member_id, func.sum(Payment.amount_cents))
            .where(Payment.paid_on <= day)
            .group_by(Payment.member_id)
        ):
            sums[member_id]["payments"] += int(total or 0)
        for payer, total in session.execute(
            select(Cost.paid_by_member_id, func.sum(Cost.amount_cents))
            .where(Cost.paid_by_member_id.is_not(None), Cost.start <= day)
            .group_by(Cost.paid_by_member_id)
        ):
            sums[int(payer or 0)]["expenses"] += int(total or 0)
        for member_id, total in session.execute(
            select(LedgerEntry.member_id, func.sum(LedgerEntry.amount_cents))
            .where(LedgerEntry.day <= day)
            .group_by(LedgerEntry.member_id)
        ):
            sums[member_id]["entries"] += int(total or 0)
        credit = aliased(Invoice)
        for member_id, subtotal, tax in session.execute(
            select(
                Invoice.member_id,
                func.sum(Invoice.subtotal_cents),
                func.sum(Invoice.gst_cents + Invoice.qst_cents),
            )
            .outerjoin(credit, credit.credits_id == Invoice.id)
            .where(
                Invoice.kind == InvoiceKind.INVOICE.value,
                credit.id.is_(None),  # no credit note cancels it
                Invoice.period_to <= day,
            )
            .group_by(Invoice.member_id)
        ):
            sums[member_id]["invoiced"] += int(subtotal or 0)
            sums[member_id]["tax"] += int(tax or 0)
    result = {}
    for member_id in members:
        found = sums.get(member_id, {})
        charged = accrued.get(member_id, 0)
        invoiced = found.get("invoiced", 0)
        gst, qst = taxes(charged - invoiced, settings)
        result[member_id] = Figures(
            member_id=member_id,
            charges_cents=charged,
            invoiced_cents=invoiced,
            invoice_tax_cents=found.get("tax", 0),
            accrued_tax_cents=gst + qst,
            entries_cents=found.get("entries", 0),
            payments_cents=found.get("payments", 0),
            expenses_cents=found.get("expenses", 0),
        )
    return result


# --- the statement of account ------------------------------------------------------------


@dataclass(frozen=True)
class LedgerLine:
    """One line of a member's account.

    ``amount_cents`` > 0 adds to what the member owes. ``start``/``end`` are the days a
    charge covers; ``reference`` names what the line comes from (an invoice number, a
    cost, an entry); ``note`` is the words a person typed, if any.
    """

    day: dt.date
    kind: str
    reference: str
    amount_cents: int
    start: dt.date | None = None
    end: dt.date | None = None
    note: str = ""


@dataclass(frozen=True)
class Account:
    """A member's statement of account for [start, end]: what they owed before it, each
    line in it with the running amount owed, and what they owe at its end."""

    member_id: int
    name: str
    language: str
    start: dt.date
    end: dt.date
    opening_cents: int  # owed at the end of the day before ``start``
    lines: tuple[tuple[LedgerLine, int], ...]  # (line, owed after it)

    @property
    def closing_cents(self) -> int:
        """Owed at the end of ``end`` (negative: what the group owes the member)."""
        return self.lines[-1][1] if self.lines else self.opening_cents


def _months(start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
    """[start, end] cut at the first of each month."""
    found = []
    first = start
    while first <= end:
        month_end = first.replace(day=1) + relativedelta(months=1) - dt.timedelta(days=1)
        last = min(month_end, end)
        found.append((first, last))
        first = last + dt.timedelta(days=1)
    return found


def account(
    db: Database, member_id: int, start: dt.date | None = None, end: dt.date | None = None
) -> Account:
    """The statement of account of one member for [start, end] (both days included).

    *start* defaults to the first day anything was recorded for the group, *end* to
    today. Charges are one line a month (or part of a month at either end).

    Raises:
        NotFound: no such member.
        UsageError: the period ends before it starts.
    """
    last = end or dt.date.today()
    settings = load_settings(db)
    with db.read() as session:
        member = session.get(Member, member_id)
        if member is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No member “{ref}”."), ref=str(member_id))
        name, language = member.name, member.language
        origin = _origin(session)
        firsts = [
            d
            for d in (
                origin,
                session.scalar(
                    select(func.min(Payment.paid_on)).where(Payment.member_id == member_id)
                ),
                session.scalar(
                    select(func.min(LedgerEntry.day)).where(LedgerEntry.member_id == member_id)
                ),
            )
            if d is not None
        ]
    first = start or min([*firsts, last])
    if last < first:
        raise UsageError(QT_TRANSLATE_NOOP("errors", "The period cannot end before it starts."))
    before = first - dt.timedelta(days=1)
    opening_figures = figures(db, before, settings=settings)[member_id]
    closing_figures = figures(db, last, settings=settings)[member_id]
    lines: list[LedgerLine] = []
    if origin is not None:
        for month_start, month_end in _months(max(first, origin), last):
            cents = split_period(db, month_start, month_end).member_totals().get(member_id, 0)
            if cents:
                lines.append(
                    LedgerLine(month_end, "charge", "", cents, start=month_start, end=month_end)
                )
    with db.read() as session:
        for row in session.execute(
            select(
                Payment.id,
                Payment.paid_on,
                Payment.amount_cents,
                Payment.invoice_number,
                Payment.note,
            ).where(Payment.member_id == member_id, Payment.paid_on.between(first, last))
        ):
            lines.append(
                LedgerLine(
                    row.paid_on, "payment", row.invoice_number, -row.amount_cents, note=row.note
                )
            )
        for spent in session.execute(
            select(
                Cost.id,
                Cost.start,
                Cost.end,
                Cost.amount_cents,
                Cost.supplier,
                Cost.category,
                Cost.note,
            ).where(Cost.paid_by_member_id == member_id, Cost.start.between(first, last))
        ):
            lines.append(
                LedgerLine(
                    spent.start,
                    "expense",
                    spent.category,
                    -spent.amount_cents,
                    start=spent.start,
                    end=spent.end,
                    note=spent.supplier or spent.note,
                )
            )
        for entry in session.scalars(
            select(LedgerEntry).where(
                LedgerEntry.member_id == member_id, LedgerEntry.day.between(first, last)
            )
        ):
            lines.append(LedgerLine(entry.day, entry.kind, "", entry.amount_cents, note=entry.note))
        for invoice in _live_invoices(session):
            tax = invoice.gst_cents + invoice.qst_cents
            if invoice.member_id == member_id and first <= invoice.period_to <= last and tax:
                lines.append(
                    LedgerLine(
                        invoice.period_to,
                        "tax",
                        invoice.number,
                        tax,
                        start=invoice.period_from,
                        end=invoice.period_to,
                    )
                )
    accrued_tax = closing_figures.accrued_tax_cents - opening_figures.accrued_tax_cents
    if accrued_tax:
        lines.append(LedgerLine(last, "tax", "", accrued_tax))
    lines.sort(key=lambda line: (line.day, _DAY_ORDER.get(line.kind, 99), line.reference))
    owed = opening_figures.due_cents
    running = []
    for line in lines:
        owed += line.amount_cents
        running.append((line, owed))
    result = Account(
        member_id, name, language, first, last, opening_figures.due_cents, tuple(running)
    )
    # The lines add up to what the figures say: a reading that disagreed would be a bug.
    assert result.closing_cents == closing_figures.due_cents, (
        result.closing_cents,
        closing_figures,
    )
    return result


# --- opening balances ----------------------------------------------------------------------


@dataclass(frozen=True)
class EntryRecord:
    """An opening balance or adjustment."""

    id: int
    member_id: int
    day: dt.date
    kind: str
    amount_cents: int
    note: str


def add_entry(
    db: Database,
    member_id: int,
    amount_cents: int,
    *,
    day: dt.date,
    kind: str = EntryKind.OPENING.value,
    note: str = "",
    client_id: str | None = None,
) -> EntryRecord:
    """Record an opening balance (positive: the member owes it) or an adjustment.

    A retry with the same *client_id* records it once.

    Raises:
        ValidationError: a zero amount, or an unknown kind.
        NotFound: no such member.
    """
    if amount_cents == 0:
        raise ValidationError("amount", QT_TRANSLATE_NOOP("errors", "The amount cannot be zero."))
    if kind not in {k.value for k in EntryKind}:
        raise ValidationError(
            "kind", QT_TRANSLATE_NOOP("errors", "Unknown kind “{kind}”."), kind=kind
        )
    key = client_id or new_client_id()

    def operation(session: Session) -> EntryRecord:
        row = session.scalar(select(LedgerEntry).where(LedgerEntry.client_id == key))
        if row is None:
            if session.get(Member, member_id) is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("errors", "No member “{ref}”."), ref=str(member_id)
                )
            check_open(session, day)
            row = LedgerEntry(
                member_id=member_id,
                day=day,
                kind=kind,
                amount_cents=amount_cents,
                note=note.strip(),
                client_id=key,
            )
            session.add(row)
            session.flush()
            audit.record(
                session,
                db.actor,
                "create",
                "ledger_entry",
                row.id,
                f"{kind} {format_cents_plain(amount_cents)} for member {member_id} on {day}",
            )
        return EntryRecord(row.id, row.member_id, row.day, row.kind, row.amount_cents, row.note)

    return db.write(operation)


# --- what is still owed on each invoice ---------------------------------------------------


@dataclass(frozen=True)
class Standing:
    """What remains to pay on an invoice, and its status (one of INVOICE_STATUSES)."""

    due_cents: int
    paid_cents: int
    status: str


def invoice_standing(
    session: Session, member_ids: Iterable[int] | None = None, today: dt.date | None = None
) -> dict[int, Standing]:
    """Every invoice's standing (by invoice id) for *member_ids* (default: everyone).

    Each member's credits (payments, expenses paid, opening credits) are applied in date
    order: a payment that names one of the member's invoices goes to it first; what is
    left goes to the oldest invoices still open, and waits on the account for the next
    one. An invoice fully covered by credit the member already had when it was issued
    is *in credit*; one covered later is *paid*.
    """
    day = today or dt.date.today()
    wanted = set(member_ids) if member_ids is not None else None
    query = select(Invoice)
    if wanted is not None and len(wanted) <= 500:
        # A credit note belongs to the member of the invoice it cancels.
        query = query.where(Invoice.member_id.in_(sorted(wanted)))
    invoices = list(session.scalars(query))
    voided = {row.credits_id for row in invoices if row.credits_id is not None}
    by_member: dict[int, list[Invoice]] = defaultdict(list)
    standing: dict[int, Standing] = {}
    for row in invoices:
        if wanted is not None and row.member_id not in wanted:
            continue
        if row.kind == InvoiceKind.CREDIT_NOTE.value:
            standing[row.id] = Standing(0, 0, "credit_note")
        elif row.id in voided:
            standing[row.id] = Standing(0, 0, "void")
        else:
            by_member[row.member_id].append(row)
    if not by_member:
        return standing
    # Credits: (day, order, amount, invoice number named or "").
    credits: dict[int, list[tuple[dt.date, int, int, str]]] = defaultdict(list)
    members = list(by_member)
    for chunk in (members[i : i + 500] for i in range(0, len(members), 500)):
        for paid in session.execute(
            select(
                Payment.member_id,
                Payment.paid_on,
                Payment.id,
                Payment.amount_cents,
                Payment.invoice_number,
            ).where(Payment.member_id.in_(chunk))
        ):
            credits[paid.member_id].append(
                (paid.paid_on, paid.id, paid.amount_cents, paid.invoice_number)
            )
        for spent in session.execute(
            select(Cost.paid_by_member_id, Cost.start, Cost.id, Cost.amount_cents).where(
                Cost.paid_by_member_id.in_(chunk)
            )
        ):
            credits[int(spent.paid_by_member_id or 0)].append(
                (spent.start, spent.id, spent.amount_cents, "")
            )
        for entry in session.execute(
            select(
                LedgerEntry.member_id, LedgerEntry.day, LedgerEntry.id, LedgerEntry.amount_cents
            ).where(LedgerEntry.member_id.in_(chunk))
        ):
            # An amount owed from before is the oldest thing to pay; a credit pays.
            credits[entry.member_id].append((entry.day, entry.id, -entry.amount_cents, "@opening"))
    for member_id, rows in by_member.items():
        standing.update(_apply_credits(rows, credits.get(member_id, []), day))
    return standing


def _apply_credits(
    invoices: Sequence[Invoice], credits: Sequence[tuple[dt.date, int, int, str]], today: dt.date
) -> dict[int, Standing]:
    ordered = sorted(invoices, key=lambda row: (row.issued_on, row.series, row.sequence))
    by_number = {row.number: row for row in ordered}
    remaining = {row.id: max(0, row.total_cents) for row in ordered}
    covered_at_issue = {row.id: False for row in ordered}
    # Events by day: invoices first (a credit dated the day of issue pays it).
    events: list[tuple[dt.date, int, int, object]] = []
    for row in ordered:
        events.append((row.issued_on, 0, row.sequence, row))
    for day, order, amount, named in credits:
        events.append((day, 1, order, (amount, named)))
    events.sort(key=lambda event: (event[0], event[1], event[2]))
    available = 0  # credit waiting on the account
    debt = 0  # owed from before any invoice (an opening balance), paid first
    open_rows: list[Invoice] = []
    for _, kind, _, item in events:
        if kind == 0:
            assert isinstance(item, Invoice)
            if item.total_cents < 0:
                available += -item.total_cents
                covered_at_issue[item.id] = True
                continue
            open_rows.append(item)
            take = min(available, remaining[item.id])
            remaining[item.id] -= take
            available -= take
            covered_at_issue[item.id] = remaining[item.id] == 0
            continue
        assert isinstance(item, tuple)
        amount, named = item
        if named == "@opening" and amount < 0:
            debt += -amount
            take = min(available, debt)
            debt -= take
            available -= take
            continue
        if amount < 0:  # the group paid the member: less credit on the account
            available += amount
            continue
        target = by_number.get(named) if named else None
        if target is not None and remaining[target.id]:
            take = min(amount, remaining[target.id])
            remaining[target.id] -= take
            amount -= take
        take = min(amount, debt)
        debt -= take
        amount -= take
        for row in open_rows:
            if not amount:
                break
            take = min(amount, remaining[row.id])
            remaining[row.id] -= take
            amount -= take
        available += amount
    result = {}
    for row in ordered:
        total = max(0, row.total_cents)
        left = remaining[row.id]
        if covered_at_issue[row.id]:
            status = "in_credit"
        elif left == 0:
            status = "paid"
        elif row.due_on < today:
            status = "overdue"
        elif left < total:
            status = "partly_paid"
        else:
            status = "issued"
        result[row.id] = Standing(left, total - left, status)
    return result


def invoice_owner(session: Session, number: str) -> int | None:
    """The member an invoice (by number) was issued to, or None when there is none."""
    return session.scalar(select(Invoice.member_id).where(Invoice.number == number))
