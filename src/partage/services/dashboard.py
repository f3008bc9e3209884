"""What the Dashboard shows: what needs attention now, and figures of a period.

- Attention: loans overdue, maintenance due or overdue, insurance renewals coming,
  invoices unpaid after their due date.
- Utilisation per asset: the share of the period's time its loans took (loans in use,
  returned or confirmed; blackouts are not use).
- Costs by month: each cost's part in each month (prorated by days, the way the split
  does it) per asset, and each member's share per month (the split of each month).
- Cost per use: an asset's costs in the period divided by its use: per hour booked, or
  per kilometre or hour of its meter when it has one.
- The ledger on a day: what the members are charged, invoiced, taxed, paid and owe in
  all, and whether those charges are what the costs allocate (``reconciliation``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from sqlalchemy import select

from partage.errors import QT_TRANSLATE_NOOP, UsageError
from partage.models import Asset, Booking, BookingKind, Cost, Member
from partage.services import invoicing, ledger
from partage.services.bookings import overdue_bookings
from partage.services.reconciliation import Reconciliation, reconcile
from partage.services.split_report import split_period
from partage.services.splitting import CostLine, Rule, period_part
from partage.services.timezones import database_zone, day_range
from partage.services.upkeep import plan_statuses, renewals_due
from partage.storage import Database

USED = ("confirmed", "checked_out", "returned")
OVERHEAD = 0  # the key of the group's overhead (costs of no asset) in per-asset figures


@dataclass(frozen=True)
class AttentionItem:
    """One thing to look at: its kind, what it is about, and since or until when."""

    kind: str  # "overdue_loan", "maintenance", "renewal", "unpaid_invoice"
    subject: str  # the asset, policy or invoice as people name it
    who: str  # the member concerned, if any
    day: dt.date  # when it was due (or comes)
    overdue: bool
    reference: int | str  # booking id, plan id, policy id or invoice number


def attention(db: Database, today: dt.date) -> list[AttentionItem]:
    """Everything that needs attention on *today*, the most pressing first."""
    zone = database_zone(db)
    with db.read() as session:
        assets = {k: v for k, v in session.execute(select(Asset.id, Asset.name))}
        members = {k: v for k, v in session.execute(select(Member.id, Member.name))}
    items: list[AttentionItem] = []
    now = dt.datetime.combine(today, dt.datetime.now(zone).time(), zone).astimezone(dt.UTC)
    for loan in overdue_bookings(db, now):
        items.append(
            AttentionItem(
                "overdue_loan",
                assets.get(loan.asset_id, ""),
                members.get(loan.member_id, "") if loan.member_id else "",
                loan.end.astimezone(zone).date(),
                True,
                loan.id,
            )
        )
    for plan in plan_statuses(db, today):
        if plan.state == "ok":
            continue
        items.append(
            AttentionItem(
                "maintenance",
                f"{assets.get(plan.plan.asset_id, '')} — {plan.plan.title}",
                "",
                plan.due_date or today,
                plan.state == "overdue",
                plan.plan.id,
            )
        )
    for policy in renewals_due(db, today):
        subject = assets.get(policy.asset_id, "") if policy.asset_id else ""
        items.append(
            AttentionItem(
                "renewal",
                " — ".join(x for x in (subject, policy.insurer) if x),
                "",
                policy.end,
                policy.end < today,
                policy.id,
            )
        )
    for invoice in invoicing.list_invoices(db):
        if invoice.overdue(today):
            items.append(
                AttentionItem(
                    "unpaid_invoice",
                    invoice.number,
                    invoice.member_name,
                    invoice.due_on,
                    True,
                    invoice.number,
                )
            )
    return sorted(items, key=lambda i: (not i.overdue, i.day, i.kind))


@dataclass(frozen=True)
class Figures:
    """The Dashboard's charts for one period."""

    start: dt.date
    end: dt.date
    months: tuple[dt.date, ...]  # first day of each month in the period
    asset_names: dict[int, str]  # OVERHEAD: the group's overhead
    member_names: dict[int, str]
    utilisation: dict[int, float]  # asset id -> share of the period booked, 0..1
    asset_costs: dict[int, list[int]]  # asset id -> cents per month
    member_costs: dict[int, list[int]]  # member id -> cents per month
    cost_per_use: dict[int, tuple[int, int, str]]  # asset id -> (cents, use, unit)


def months_of(start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The months [first, last] the period touches, clipped to it."""
    result = []
    first = start.replace(day=1)
    while first <= end:
        last = first + relativedelta(months=1) - dt.timedelta(days=1)
        result.append((max(first, start), min(last, end)))
        first += relativedelta(months=1)
    return result


def figures(
    db: Database,
    start: dt.date,
    end: dt.date,
    *,
    members: bool = True,
    as_of: dt.date | None = None,
) -> Figures:
    """The Dashboard's figures for [start, end]; *members* adds each month's split.

    The share of time out on loan is of the part of the period lived by the end of
    *as_of* (default: today): in December, "this year" is eleven months and a week, not
    twelve, and bookings still to come are not use yet.

    Raises:
        UsageError: the period ends before it starts.
    """
    if end < start:
        raise UsageError(QT_TRANSLATE_NOOP("errors", "The period cannot end before it starts."))
    zone = database_zone(db)
    window_start, window_end = day_range(start, end, zone)
    months = months_of(start, end)
    lived_end = min(window_end, day_range(as_of or dt.date.today(), as_of or dt.date.today(),
                                          zone)[1])
    lived_minutes = max(0.0, (lived_end - window_start).total_seconds() / 60)
    with db.read() as session:
        asset_rows = session.execute(select(Asset.id, Asset.name, Asset.meter)).all()
        member_names = {k: v for k, v in session.execute(select(Member.id, Member.name))}
        booked: dict[int, float] = defaultdict(float)
        used: dict[int, float] = defaultdict(float)  # booked time already lived
        metered: dict[int, int] = defaultdict(int)
        for asset_id, b_start, b_end, out, back in session.execute(
            select(
                Booking.asset_id,
                Booking.start,
                Booking.end,
                Booking.checkout_meter,
                Booking.return_meter,
            ).where(
                Booking.kind == BookingKind.LOAN.value,
                Booking.status.in_(USED),
                Booking.start < window_end,
                Booking.end > window_start,
            )
        ):
            minutes = (min(b_end, window_end) - max(b_start, window_start)).total_seconds() / 60
            booked[asset_id] += minutes
            lived = (min(b_end, lived_end) - max(b_start, window_start)).total_seconds() / 60
            if lived > 0:
                used[asset_id] += lived
            if out is not None and back is not None and b_start >= window_start:
                metered[asset_id] += max(0, back - out)
        costs = session.execute(
            select(Cost.asset_id, Cost.amount_cents, Cost.start, Cost.end).where(
                Cost.start <= end, Cost.end >= start
            )
        ).all()
    names = {row.id: row.name for row in asset_rows}
    meters = {row.id: row.meter for row in asset_rows}
    utilisation = (
        {asset_id: min(1.0, minutes / lived_minutes) for asset_id, minutes in used.items()}
        if lived_minutes
        else {}
    )
    asset_costs: dict[int, list[int]] = defaultdict(lambda: [0] * len(months))
    equal = Rule.parse("equal")
    totals: dict[int, int] = defaultdict(int)
    for cost_asset, amount, c_start, c_end in costs:
        line = CostLine(0, amount, c_start, c_end, equal)
        key: int = cost_asset if cost_asset is not None else OVERHEAD
        for index, (m_start, m_end) in enumerate(months):
            cents, _, _ = period_part(line, m_start, m_end)
            asset_costs[key][index] += cents
            totals[key] += cents
    per_use: dict[int, tuple[int, int, str]] = {}
    for asset_id, cents in totals.items():
        if asset_id == OVERHEAD or cents == 0:
            continue
        unit = meters.get(asset_id, "none")
        if unit != "none" and metered.get(asset_id):
            per_use[asset_id] = (cents, metered[asset_id], unit)
        elif booked.get(asset_id):
            per_use[asset_id] = (cents, max(1, round(booked[asset_id] / 60)), "hour")
    member_costs: dict[int, list[int]] = defaultdict(lambda: [0] * len(months))
    if members:
        for index, (m_start, m_end) in enumerate(months):
            for member_id, cents in split_period(db, m_start, m_end).member_totals().items():
                member_costs[member_id][index] += cents
    return Figures(
        start=start,
        end=end,
        months=tuple(m.replace(day=1) for m, _ in months),
        asset_names={**names, OVERHEAD: ""},
        member_names=member_names,
        utilisation=utilisation,
        asset_costs=dict(asset_costs),
        member_costs=dict(member_costs),
        cost_per_use=per_use,
    )


@dataclass(frozen=True)
class LedgerTotals:
    """Every member's ledger summed up to a day, and whether it reconciles (cents)."""

    day: dt.date
    members: int  # members counted
    charges_cents: int  # the members' accrued shares of the costs
    invoiced_cents: int  # of those, put on live invoices whose period has ended
    tax_cents: int  # taxes: of the invoices, and on the charges not yet invoiced
    entries_cents: int  # opening balances and adjustments
    payments_cents: int  # paid to the group (less what it paid members back)
    expenses_cents: int  # costs members paid out of pocket
    members_owe_cents: int  # what the members who owe, owe in all
    group_owes_cents: int  # what the group owes the members it owes (a positive sum)
    reconciliation: Reconciliation

    @property
    def uninvoiced_cents(self) -> int:
        """Charges not yet put on an invoice."""
        return self.charges_cents - self.invoiced_cents

    @property
    def net_cents(self) -> int:
        """What the members owe the group, less what it owes them."""
        return self.members_owe_cents - self.group_owes_cents


def ledger_totals(db: Database, day: dt.date) -> LedgerTotals:
    """The ledger of every member summed up to the end of *day* (``ledger.figures``)."""
    found = ledger.figures(db, day)
    members = found.values()
    return LedgerTotals(
        day=day,
        members=len(found),
        charges_cents=sum(m.charges_cents for m in members),
        invoiced_cents=sum(m.invoiced_cents for m in members),
        tax_cents=sum(m.invoice_tax_cents + m.accrued_tax_cents for m in members),
        entries_cents=sum(m.entries_cents for m in members),
        payments_cents=sum(m.payments_cents for m in members),
        expenses_cents=sum(m.expenses_cents for m in members),
        members_owe_cents=sum(m.due_cents for m in members if m.due_cents > 0),
        group_owes_cents=-sum(m.due_cents for m in members if m.due_cents < 0),
        reconciliation=reconcile(db, day, figures=found),
    )
