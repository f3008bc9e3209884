"""Payments, the split of a period, balances and settle-up, over the database."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from partage.errors import QT_TRANSLATE_NOOP, NotFound, UsageError, ValidationError
from partage.models import Asset, Booking, BookingKind, Cost, Member, Payment
from partage.services import audit
from partage.services.costs import new_client_id
from partage.services.money import format_cents_plain
from partage.services.splitting import CostLine, CostSplit, MemberTerm, Rule, settle, split
from partage.services.timezones import database_zone
from partage.storage import Database

_NO_USAGE: dict[int, int] = {}
TREASURY = 0  # the group's own account in balances and transfers
USED_STATUSES = ("confirmed", "checked_out", "returned")


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


@dataclass(frozen=True)
class CostInfo:
    """What a person needs to recognise a cost in a split."""

    cost_id: int
    category: str
    asset_id: int | None
    asset_name: str
    supplier: str
    note: str
    start: dt.date
    end: dt.date
    rule: str


@dataclass(frozen=True)
class SplitReport:
    """The split of a period, with names for people."""

    start: dt.date
    end: dt.date
    costs: tuple[CostSplit, ...]
    info: dict[int, CostInfo]
    member_names: dict[int, str]

    @property
    def total_cents(self) -> int:
        """Everything allocated in the period."""
        return sum(a.amount_cents for c in self.costs for a in c.allocations)

    def member_totals(self) -> dict[int, int]:
        """Cents owed per member."""
        totals: dict[int, int] = defaultdict(int)
        for cost in self.costs:
            for allocation in cost.allocations:
                totals[allocation.member_id] += allocation.amount_cents
        return dict(totals)


def _member_terms(session: Session) -> tuple[list[MemberTerm], dict[int, str]]:
    rows = session.execute(
        select(Member.id, Member.name, Member.weight_milli, Member.joined, Member.left)
    ).all()
    return (
        [MemberTerm(r.id, r.weight_milli, r.joined, r.left) for r in rows],
        {r.id: r.name for r in rows},
    )


def _usage(
    session: Session, db: Database, start: dt.date, end: dt.date, assets: dict[int, Asset]
) -> dict[int | None, dict[int, int]]:
    """Use per asset and member in [start, end]: booked minutes, or metered km/hours.

    Key None holds the booked minutes over all assets, for group overhead.
    """
    zone = database_zone(db)
    window_start = dt.datetime.combine(start, dt.time(0), zone).astimezone(dt.UTC)
    window_end = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(0), zone).astimezone(
        dt.UTC
    )
    rows = session.execute(
        select(
            Booking.asset_id,
            Booking.member_id,
            Booking.start,
            Booking.end,
            Booking.checkout_meter,
            Booking.return_meter,
        ).where(
            Booking.kind == BookingKind.LOAN.value,
            Booking.status.in_(USED_STATUSES),
            Booking.start < window_end,
            Booking.end > window_start,
        )
    ).all()
    usage: dict[int | None, dict[int, int]] = {}
    for asset_id, member_id, b_start, b_end, out, back in rows:
        if member_id is None:
            continue
        minutes = int((min(b_end, window_end) - max(b_start, window_start)).total_seconds() // 60)
        overall = usage.setdefault(None, {})
        overall[member_id] = overall.get(member_id, 0) + minutes
        asset = assets.get(asset_id)
        used = minutes
        if asset is not None and asset.meter != "none":
            metered = out is not None and back is not None and b_start >= window_start
            used = max(0, back - out) if metered and back is not None and out is not None else 0
        if used:
            per_asset = usage.setdefault(asset_id, {})
            per_asset[member_id] = per_asset.get(member_id, 0) + used
    return usage


def _cost_lines(
    session: Session, db: Database, start: dt.date, end: dt.date
) -> tuple[list[CostLine], dict[int, CostInfo]]:
    assets = {a.id: a for a in session.scalars(select(Asset).options(selectinload(Asset.owners)))}
    usage = _usage(session, db, start, end, assets)
    lines: list[CostLine] = []
    info: dict[int, CostInfo] = {}
    costs = session.execute(
        select(
            Cost.id,
            Cost.amount_cents,
            Cost.start,
            Cost.end,
            Cost.category,
            Cost.asset_id,
            Cost.supplier,
            Cost.note,
            Cost.rule,
        ).where(Cost.start <= end, Cost.end >= start)
    ).all()
    for row in costs:
        asset = assets.get(row.asset_id) if row.asset_id is not None else None
        rule_text = row.rule or (asset.default_rule if asset else "equal")
        lines.append(_line(row.id, row.amount_cents, row.start, row.end, rule_text, asset, usage))
        info[row.id] = CostInfo(
            row.id,
            row.category,
            row.asset_id,
            asset.name if asset else "",
            row.supplier,
            row.note,
            row.start,
            row.end,
            rule_text,
        )
    # Purchase recovery: an asset's price spread month by month over its useful life.
    for asset in assets.values():
        if asset.recovery_months and asset.purchase_price_cents and asset.purchase_date:
            first = asset.purchase_date
            last = first + relativedelta(months=asset.recovery_months) - dt.timedelta(days=1)
            if first <= end and last >= start:
                line_id = -asset.id
                lines.append(
                    _line(
                        line_id,
                        asset.purchase_price_cents,
                        first,
                        last,
                        asset.default_rule,
                        asset,
                        usage,
                    )
                )
                info[line_id] = CostInfo(
                    line_id,
                    "purchase",
                    asset.id,
                    asset.name,
                    "",
                    "",
                    first,
                    last,
                    asset.default_rule,
                )
    return lines, info


def _line(
    cost_id: int,
    amount: int,
    start: dt.date,
    end: dt.date,
    rule_text: str,
    asset: Asset | None,
    usage: dict[int | None, dict[int, int]],
) -> CostLine:
    try:
        rule = Rule.parse(rule_text)
    except ValueError:
        rule = Rule.parse("equal")
    owners = tuple((o.member_id, o.weight_milli) for o in asset.owners) if asset else ()
    key = asset.id if asset else None
    unit = asset.meter if asset is not None and asset.meter != "none" else "minutes"
    # Every line of an asset shares one usage mapping, so the engine can cache its work.
    return CostLine(cost_id, amount, start, end, rule, owners, usage.get(key, _NO_USAGE), unit)


def split_period(db: Database, start: dt.date, end: dt.date) -> SplitReport:
    """Split every cost's part in [start, end] (both days included)."""
    if end < start:
        raise UsageError(QT_TRANSLATE_NOOP("errors", "The period cannot end before it starts."))
    with db.read() as session:
        members, names = _member_terms(session)
        lines, info = _cost_lines(session, db, start, end)
    result = split(lines, members, start, end)
    return SplitReport(start, end, result.costs, info, names)


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
    """Every member's balance as of a day (default today): paid less owed.

    Costs count for the part of them up to *as_of*; what members paid counts in full.
    The group's treasury balances the rest (``treasury_balance``).
    """
    day = as_of or dt.date.today()
    with db.read() as session:
        first = session.scalar(select(func.min(Cost.start)))
        paid_costs: dict[int, int] = {
            int(row[0] or 0): int(row[1] or 0)
            for row in session.execute(
                select(Cost.paid_by_member_id, func.sum(Cost.amount_cents))
                .where(Cost.paid_by_member_id.is_not(None))
                .group_by(Cost.paid_by_member_id)
            )
        }
        payments: dict[int, int] = {
            row[0]: int(row[1] or 0)
            for row in session.execute(
                select(Payment.member_id, func.sum(Payment.amount_cents)).group_by(
                    Payment.member_id
                )
            )
        }
        names: dict[int, str] = {
            row.id: row.name for row in session.execute(select(Member.id, Member.name))
        }
        recovered = [
            d
            for d in session.scalars(
                select(Asset.purchase_date).where(Asset.recovery_months.is_not(None))
            )
            if d is not None
        ]
    starts = [d for d in [first, *recovered] if d is not None]
    owed = (
        split_period(db, min(starts), day).member_totals() if starts and min(starts) <= day else {}
    )
    result = []
    for member_id, name in sorted(names.items(), key=lambda item: item[1].casefold()):
        paid = paid_costs.get(member_id, 0) + payments.get(member_id, 0)
        share = owed.get(member_id, 0)
        result.append(Balance(member_id, name, share, paid, paid - share))
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
