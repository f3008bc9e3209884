"""Cost-sharing statements: what each member owes for a period, and why.

A statement gathers, for one member and one period: their share of every cost (from the
split, grouped by asset so a year stays readable), their bookings with the use made,
the payments and expenses credited to them, the balance brought forward from earlier
invoices, the taxes when the group collects them, and the amount due.

Plain data only: ``reports.statement`` turns it into words in the member's language and
``reports.layout`` into a PDF. Drafts are computed on demand; issuing one
(``services.invoicing``) stores it for good.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from partage.errors import QT_TRANSLATE_NOOP, UsageError
from partage.models import (
    Asset,
    Booking,
    BookingKind,
    Cost,
    Invoice,
    LedgerEntry,
    Member,
    Payment,
)
from partage.services.document_settings import DocumentSettings
from partage.services.document_settings import load as load_settings
from partage.services.ledger import figures, taxes
from partage.services.ledger import round_half_up as round_half_up
from partage.services.names import name_key
from partage.services.split_report import CostInfo, SplitReport, split_period
from partage.services.splitting import Allocation, CostSplit, member_totals_by, nonzero_shares
from partage.services.timezones import database_zone, day_range
from partage.storage import Database, revision

USED_STATUSES = ("confirmed", "checked_out", "returned")
# Up to this many members, each one's shares are asked of the split on their own (about
# 35 ms each for a year of 200 members and 10,000 costs); beyond, one pass over every
# allocation (about 3 s) is cheaper.
PER_MEMBER_LIMIT = 50
DETAILED_SHARES = 3  # a group with more cost shares than this is summarised


@dataclass(frozen=True)
class Share:
    """One cost share of the member: the cost's split, their allocation, the cost."""

    cost: CostSplit
    allocation: Allocation
    info: CostInfo


@dataclass(frozen=True)
class ChargeGroup:
    """The member's shares of the costs of one asset (or of one overhead category).

    Only the shares other than zero count. A statement explains each of them when there
    are at most ``DETAILED_SHARES``; beyond, it sums them up and explains the latest.
    """

    asset_id: int | None
    asset_name: str
    category: str  # the overhead category when asset_id is None; "" for an asset
    amount_cents: int
    share_count: int
    period_cents: int  # what these costs amount to in the period, for everyone
    categories: tuple[tuple[str, int], ...]  # (cost category, shares), by category
    shares: tuple[Share, ...]  # the shares explained: all, or the latest (see above)


@dataclass(frozen=True)
class BookingUse:
    """One of the member's bookings in the period, with the use recorded."""

    booking_id: int
    asset_name: str
    start: dt.datetime  # local wall-clock time
    end: dt.datetime
    minutes: int
    meter_unit: str  # "none", "km", "hours"
    meter_used: int | None
    status: str


@dataclass(frozen=True)
class Credit:
    """Money credited to the member in the period: a payment, or a cost they paid."""

    day: dt.date
    kind: str  # "payment", "expense", or a ledger entry's kind ("opening", "adjustment")
    reference: str  # invoice number of a payment, or the expense's supplier/category
    category: str
    amount_cents: int


@dataclass(frozen=True)
class Statement:
    """Everything one member's statement for one period shows."""

    member_id: int
    member_name: str
    member_address: str
    member_email: str
    language: str
    start: dt.date
    end: dt.date
    issued_on: dt.date
    due_on: dt.date
    charges: tuple[ChargeGroup, ...]
    bookings: tuple[BookingUse, ...]
    credits: tuple[Credit, ...]
    brought_forward_cents: int  # owed from earlier invoices, less earlier credits
    subtotal_cents: int  # the period's charges and ``uninvoiced_cents``
    gst_cents: int
    qst_cents: int
    settings: DocumentSettings = field(repr=False)
    # Charges before the period that no invoice has asked for yet (a period never
    # invoiced, a cost recorded after its period was invoiced): invoiced now.
    uninvoiced_cents: int = 0
    # What it was built from: the change counter before its first read, and the
    # member's invoices and credit notes then (how many, the latest id). Issuing compares
    # them with the file's inside its write, and builds the statement again if they moved.
    basis_revision: int = -1
    basis_invoices: tuple[int, int] = (0, 0)

    @property
    def charges_cents(self) -> int:
        """The member's share of the period's costs."""
        return self.subtotal_cents - self.uninvoiced_cents

    @property
    def total_cents(self) -> int:
        """The invoice's amount: the period's charges with their taxes."""
        return self.subtotal_cents + self.gst_cents + self.qst_cents

    @property
    def credits_cents(self) -> int:
        """Payments and expenses credited in the period."""
        return sum(c.amount_cents for c in self.credits)

    @property
    def amount_due_cents(self) -> int:
        """Brought forward plus this invoice, less the period's credits."""
        return self.brought_forward_cents + self.total_cents - self.credits_cents


_GroupKey = tuple[int | None, str]  # (asset id, "") or (None, overhead category)


def _key(info: CostInfo) -> _GroupKey:
    return (info.asset_id, "") if info.asset_id is not None else (None, info.category)


class _Part:
    """Some of a member's nonzero shares in one group: their count, period cents, cost
    categories and latest cost (by start, then cost order), and which costs they are
    when few (by position in the split)."""

    __slots__ = ("count", "period_cents", "categories", "latest", "positions", "allocation")

    def __init__(
        self,
        positions: Sequence[int],
        costs: Sequence[CostSplit],
        info: dict[int, CostInfo],
        allocation: Allocation | None = None,
    ) -> None:
        self.count = len(positions)
        self.period_cents = 0
        self.categories: dict[str, int] = {}
        latest = (dt.date.min, -1)
        for position in positions:
            cost = costs[position]
            self.period_cents += cost.period_cents
            cost_info = info[cost.cost_id]
            self.categories[cost_info.category] = self.categories.get(cost_info.category, 0) + 1
            if (cost_info.start, position) > latest:
                latest = (cost_info.start, position)
        self.latest = latest
        self.positions = tuple(positions) if self.count <= DETAILED_SHARES else ()
        self.allocation = allocation  # the member's, for a part of one cost


def _group(
    member_id: int,
    key: _GroupKey,
    parts: Sequence[_Part],
    amount_cents: int,
    costs: Sequence[CostSplit],
    info: dict[int, CostInfo],
) -> ChargeGroup:
    """One member's group from the parts of their shares in it."""
    count = sum(part.count for part in parts)
    categories: dict[str, int] = {}
    for part in parts:
        for category, n in part.categories.items():
            categories[category] = categories.get(category, 0) + n
    given = {part.positions[0]: part.allocation for part in parts if part.allocation}
    if count <= DETAILED_SHARES:
        explained = sorted(position for part in parts for position in part.positions)
    else:
        explained = [max(part.latest for part in parts)[1]]
    shares = []
    for position in explained:
        cost = costs[position]
        allocation = given.get(position) or cost.allocation_of(member_id)
        assert allocation is not None
        shares.append(Share(cost, allocation, info[cost.cost_id]))
    asset_id, category = key
    return ChargeGroup(
        asset_id=asset_id,
        asset_name=shares[0].info.asset_name,
        category=category,
        amount_cents=amount_cents,
        share_count=count,
        period_cents=sum(part.period_cents for part in parts),
        categories=tuple(sorted(categories.items())),
        shares=tuple(shares),
    )


def _sorted_groups(groups: Iterable[ChargeGroup]) -> tuple[ChargeGroup, ...]:
    # Assets by name, then the group's overhead by category.
    return tuple(
        sorted(
            groups,
            key=lambda g: (g.asset_id is None, g.asset_name.casefold(), g.category, g.asset_id),
        )
    )


def member_charges(
    report: SplitReport, member_ids: Iterable[int] | None = None
) -> dict[int, tuple[ChargeGroup, ...]]:
    """The charges of *member_ids* (default: everyone with a share) in *report*."""
    wanted = set(member_ids) if member_ids is not None else None
    if wanted is not None and len(wanted) <= PER_MEMBER_LIMIT:
        return {m: _one_member_charges(report, m) for m in wanted}
    costs, info = report.costs, report.info
    keyed: dict[_GroupKey, list[int]] = {}
    for position, cost in enumerate(costs):
        keyed.setdefault(_key(info[cost.cost_id]), []).append(position)
    # Each member's sum per group, in bulk per division.
    amounts = member_totals_by((key, costs[p]) for key, ps in keyed.items() for p in ps)
    groups: dict[int, list[ChargeGroup]] = defaultdict(list)
    for key, positions in keyed.items():
        group_costs = [costs[p] for p in positions]
        blocks, rest = nonzero_shares(group_costs)
        parts: dict[int, list[_Part]] = defaultdict(list)
        for member_ids_of_block, indexes in blocks:
            part = _Part([positions[i] for i in indexes], costs, info)
            for member_id in member_ids_of_block:
                if wanted is None or member_id in wanted:
                    parts[member_id].append(part)
        for index, allocation in rest:
            if wanted is None or allocation.member_id in wanted:
                parts[allocation.member_id].append(
                    _Part([positions[index]], costs, info, allocation)
                )
        for member_id, member_parts in parts.items():
            amount = amounts[member_id][key]
            groups[member_id].append(_group(member_id, key, member_parts, amount, costs, info))
    return {m: _sorted_groups(found) for m, found in groups.items()}


def _one_member_charges(report: SplitReport, member_id: int) -> tuple[ChargeGroup, ...]:
    """One member's charges, from their allocations alone (the others' are not built)."""
    costs, info = report.costs, report.info
    position_of = {id(cost): position for position, cost in enumerate(costs)}
    parts: dict[_GroupKey, list[_Part]] = defaultdict(list)
    amounts: dict[_GroupKey, int] = defaultdict(int)
    for cost, allocation in report.member_allocations(member_id):
        if allocation.amount_cents == 0:
            continue
        key = _key(info[cost.cost_id])
        parts[key].append(_Part([position_of[id(cost)]], costs, info, allocation))
        amounts[key] += allocation.amount_cents
    return _sorted_groups(
        _group(member_id, key, found, amounts[key], costs, info) for key, found in parts.items()
    )


def _bookings(
    db: Database, start: dt.date, end: dt.date, member_ids: set[int] | None
) -> dict[int, list[BookingUse]]:
    zone = database_zone(db)
    window_start, window_end = day_range(start, end, zone)
    query = (
        select(
            Booking.id,
            Booking.member_id,
            Booking.start,
            Booking.end,
            Booking.status,
            Booking.checkout_meter,
            Booking.return_meter,
            Asset.name,
            Asset.meter,
        )
        .join(Asset, Asset.id == Booking.asset_id)
        .where(
            Booking.kind == BookingKind.LOAN.value,
            Booking.status.in_(USED_STATUSES),
            Booking.start < window_end,
            Booking.end > window_start,
        )
        .order_by(Booking.start, Booking.id)
    )
    if member_ids is not None and len(member_ids) == 1:
        query = query.where(Booking.member_id == next(iter(member_ids)))
    found: dict[int, list[BookingUse]] = defaultdict(list)
    with db.read() as session:
        for row in session.execute(query):
            if row.member_id is None or (
                member_ids is not None and row.member_id not in member_ids
            ):
                continue
            used = None
            if row.meter != "none" and row.checkout_meter is not None and row.return_meter:
                used = max(0, row.return_meter - row.checkout_meter)
            minutes = int(
                (min(row.end, window_end) - max(row.start, window_start)).total_seconds() // 60
            )
            found[row.member_id].append(
                BookingUse(
                    row.id,
                    row.name,
                    row.start.astimezone(zone).replace(tzinfo=None),
                    row.end.astimezone(zone).replace(tzinfo=None),
                    minutes,
                    row.meter,
                    used,
                    row.status,
                )
            )
    return found


def _credits(db: Database, start: dt.date, end: dt.date) -> dict[int, list[Credit]]:
    """What is credited to each member in [start, end]: payments, expenses paid out of
    pocket, and ledger entries (an opening balance the member owes is a negative one)."""
    credits: dict[int, list[Credit]] = defaultdict(list)
    with db.read() as session:
        for p in session.execute(
            select(Payment.member_id, Payment.paid_on, Payment.invoice_number, Payment.amount_cents)
            .where(Payment.paid_on.between(start, end))
            .order_by(Payment.paid_on, Payment.id)
        ):
            credits[p.member_id].append(
                Credit(p.paid_on, "payment", p.invoice_number, "", p.amount_cents)
            )
        for c in session.execute(
            select(
                Cost.paid_by_member_id,
                Cost.start,
                Cost.supplier,
                Cost.category,
                Cost.amount_cents,
            )
            .where(Cost.paid_by_member_id.is_not(None), Cost.start.between(start, end))
            .order_by(Cost.start, Cost.id)
        ):
            credits[int(c.paid_by_member_id)].append(
                Credit(c.start, "expense", c.supplier, c.category, c.amount_cents)
            )
        for e in session.execute(
            select(LedgerEntry.member_id, LedgerEntry.day, LedgerEntry.kind, LedgerEntry.note,
                   LedgerEntry.amount_cents)
            .where(LedgerEntry.day.between(start, end))
            .order_by(LedgerEntry.day, LedgerEntry.id)
        ):
            credits[e.member_id].append(Credit(e.day, e.kind, e.note, "", -e.amount_cents))
    for found in credits.values():
        found.sort(key=lambda credit: credit.day)
    return credits


def build_statements(
    db: Database,
    start: dt.date,
    end: dt.date,
    *,
    member_ids: Sequence[int] | None = None,
    issued_on: dt.date | None = None,
    report: SplitReport | None = None,
) -> list[Statement]:
    """Draft statements for [start, end] (both days included), one per member.

    Every member who belonged to the group during the period, or has anything to show
    for it, gets one; *member_ids* narrows the list. *report* reuses a split already
    made for the same period.

    Raises:
        UsageError: the period ends before it starts.
    """
    if end < start:
        raise UsageError(QT_TRANSLATE_NOOP("errors", "The period cannot end before it starts."))
    with db.read() as session:  # first: a write during the reads below shows as a move
        basis_revision = revision.current(session)
        basis_invoices = invoice_marks(session)
    settings = load_settings(db)
    issued = issued_on or dt.date.today()
    due = issued + dt.timedelta(days=settings.payment_terms_days)
    wanted = set(member_ids) if member_ids is not None else None
    report = report if report is not None else split_period(db, start, end)
    bookings = _bookings(db, start, end, wanted)
    credits = _credits(db, start, end)
    # What each member owed at the end of the day before the period, from the ledger.
    before = figures(db, start - dt.timedelta(days=1), settings=settings)
    with db.read() as session:
        members = session.execute(
            select(
                Member.id,
                Member.name,
                Member.address,
                Member.email,
                Member.language,
                Member.joined,
                Member.left,
            )
        ).all()
    charges_of = member_charges(report, [m.id for m in members if wanted is None or m.id in wanted])
    statements = []
    for m in sorted(members, key=lambda r: name_key(r.name)):
        if wanted is not None and m.id not in wanted:
            continue
        belonged = (m.joined is None or m.joined <= end) and (m.left is None or m.left >= start)
        charges = charges_of.get(m.id, ())
        earlier = before[m.id]
        forward = earlier.due_cents - earlier.uninvoiced_cents - earlier.accrued_tax_cents
        uninvoiced = earlier.uninvoiced_cents
        if not (belonged or charges or credits.get(m.id) or forward or uninvoiced):
            continue
        subtotal = sum(g.amount_cents for g in charges) + uninvoiced
        gst, qst = taxes(subtotal, settings)
        statements.append(
            Statement(
                member_id=m.id,
                member_name=m.name,
                member_address=m.address,
                member_email=m.email,
                language=m.language if m.language in ("fr", "en") else settings.language,
                start=start,
                end=end,
                issued_on=issued,
                due_on=due,
                charges=charges,
                bookings=tuple(bookings.get(m.id, ())),
                credits=tuple(credits.get(m.id, ())),
                brought_forward_cents=forward,
                subtotal_cents=subtotal,
                gst_cents=gst,
                qst_cents=qst,
                settings=settings,
                uninvoiced_cents=uninvoiced,
                basis_revision=basis_revision,
                basis_invoices=basis_invoices.get(m.id, (0, 0)),
            )
        )
    return statements


def invoice_marks(session: Session, member_id: int | None = None) -> dict[int, tuple[int, int]]:
    """Each member's invoices and credit notes (of *member_id* only, if given) as how
    many there are and the latest id: issuing or voiding one changes it."""
    query = select(Invoice.member_id, func.count(), func.max(Invoice.id)).group_by(
        Invoice.member_id
    )
    if member_id is not None:
        query = query.where(Invoice.member_id == member_id)
    return {row[0]: (int(row[1]), int(row[2])) for row in session.execute(query)}


# --- file names -------------------------------------------------------------------------


def file_stem(text: str) -> str:
    """*text* as a portable file name part: no accents, no separators, no spaces."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-")[:60] or "member"


def draft_file_name(statement: Statement) -> str:
    """The file a draft statement is saved as (the same from the window and the CLI)."""
    return (
        f"statement-{statement.start}-{statement.end}-{statement.member_id}-"
        f"{file_stem(statement.member_name)}.pdf"
    )


def invoice_file_name(number: str, member_name: str) -> str:
    """The file an issued invoice or credit note is saved as."""
    return f"{file_stem(number)}-{file_stem(member_name)}.pdf"


@dataclass(frozen=True)
class CreditNote:
    """A credit note: the invoice it cancels and its lines with opposite signs."""

    number: str
    issued_on: dt.date
    credits_number: str
    credits_issued_on: dt.date
    member_id: int
    member_name: str
    member_address: str
    language: str
    currency: str
    period_from: dt.date
    period_to: dt.date
    lines: tuple[tuple[str, str, str, int], ...]  # (kind, description, detail, cents)
    subtotal_cents: int
    gst_cents: int
    qst_cents: int
    total_cents: int
