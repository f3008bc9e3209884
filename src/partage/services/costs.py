"""Costs: expenses over a day or a period, with a receipt and who paid them."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from partage.errors import QT_TRANSLATE_NOOP, NotFound, StaleEdit, ValidationError
from partage.models import Asset, Cost, CostCategory, Member, utc_now
from partage.services import audit
from partage.services.governance import check_open
from partage.services.members import member_by_ref
from partage.services.money import format_cents_plain
from partage.services.rules import normalise_rule
from partage.services.validation import clean_choice, clean_text
from partage.storage import Database

CATEGORIES = [c.value for c in CostCategory]
RECEIPT_LIMIT_BYTES = 5 * 1024 * 1024
RECEIPT_TYPES = ["application/pdf", "image/png", "image/jpeg", "image/webp"]


def new_client_id() -> str:
    """A unique id made before the first attempt, so a retried save never posts twice."""
    return uuid.uuid4().hex


@dataclass(frozen=True)
class CostInput:
    """What a person enters for a cost. ``rule`` empty means the asset's default."""

    amount_cents: int
    start: dt.date
    end: dt.date | None = None
    category: str = CostCategory.OTHER.value
    asset_id: int | None = None
    supplier: str = ""
    note: str = ""
    paid_by_member_id: int | None = None
    rule: str = ""
    receipt: bytes | None = None
    receipt_name: str = ""
    receipt_type: str = ""
    receipt_changed: bool = False
    client_id: str | None = None
    source: str = "manual"


@dataclass(frozen=True)
class CostRecord:
    """A cost as read from the database (without its receipt bytes)."""

    id: int
    amount_cents: int
    start: dt.date
    end: dt.date
    category: str
    asset_id: int | None
    supplier: str
    note: str
    paid_by_member_id: int | None
    rule: str
    source: str
    has_receipt: bool
    receipt_name: str
    version: int

    def as_input(self) -> CostInput:
        """The editable fields, to start an edit from (receipt unchanged)."""
        return CostInput(
            amount_cents=self.amount_cents,
            start=self.start,
            end=self.end,
            category=self.category,
            asset_id=self.asset_id,
            supplier=self.supplier,
            note=self.note,
            paid_by_member_id=self.paid_by_member_id,
            rule=self.rule,
            source=self.source,
        )


def record_of(row: Cost) -> CostRecord:
    """The plain record of a cost row."""
    return CostRecord(
        id=row.id,
        amount_cents=row.amount_cents,
        start=row.start,
        end=row.end,
        category=row.category,
        asset_id=row.asset_id,
        supplier=row.supplier,
        note=row.note,
        paid_by_member_id=row.paid_by_member_id,
        rule=row.rule,
        source=row.source,
        has_receipt=bool(row.receipt_type),
        receipt_name=row.receipt_name,
        version=row.version,
    )


def validate_cost(data: CostInput) -> CostInput:
    """*data* cleaned, or a ``ValidationError`` naming the field at fault."""
    end = data.end or data.start
    if end < data.start:
        raise ValidationError(
            "end", QT_TRANSLATE_NOOP("errors", "The period cannot end before it starts.")
        )
    if data.amount_cents == 0:
        raise ValidationError("amount", QT_TRANSLATE_NOOP("errors", "The amount cannot be zero."))
    if data.receipt_changed and data.receipt is not None:
        if len(data.receipt) > RECEIPT_LIMIT_BYTES:
            raise ValidationError(
                "receipt",
                QT_TRANSLATE_NOOP(
                    "errors", "The receipt is too large ({size} kB; {limit} kB at most)."
                ),
                size=len(data.receipt) // 1024,
                limit=RECEIPT_LIMIT_BYTES // 1024,
            )
        if data.receipt_type not in RECEIPT_TYPES:
            raise ValidationError(
                "receipt",
                QT_TRANSLATE_NOOP("errors", "The receipt must be a PDF, PNG, JPEG or WebP file."),
            )
    return replace(
        data,
        end=end,
        category=clean_choice("category", data.category, CATEGORIES),
        supplier=clean_text("supplier", data.supplier, limit=200),
        note=clean_text("note", data.note, limit=5000),
        receipt_name=clean_text("receipt", data.receipt_name, limit=200),
    )


def _check_references(session: Session, data: CostInput) -> CostInput:
    if data.asset_id is not None and session.get(Asset, data.asset_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No asset “{ref}”."), ref=str(data.asset_id))
    if data.paid_by_member_id is not None and session.get(Member, data.paid_by_member_id) is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "No member “{ref}”."), ref=str(data.paid_by_member_id)
        )
    rule = data.rule.strip()
    if rule:
        rule = normalise_rule(rule, lambda ref: member_by_ref(session, ref).id)
    return replace(data, rule=rule)


def _apply(row: Cost, data: CostInput) -> None:
    assert data.end is not None
    row.amount_cents = data.amount_cents
    row.start, row.end = data.start, data.end
    row.category = data.category
    row.asset_id = data.asset_id
    row.supplier = data.supplier
    row.note = data.note
    row.paid_by_member_id = data.paid_by_member_id
    row.rule = data.rule
    row.source = data.source
    row.updated_at = utc_now()
    if data.receipt_changed:
        row.receipt = data.receipt
        row.receipt_name = data.receipt_name if data.receipt is not None else ""
        row.receipt_type = data.receipt_type if data.receipt is not None else ""


def insert_cost(session: Session, db: Database, data: CostInput) -> Cost:
    """Add a validated cost inside an open write transaction (for other services)."""
    check_open(session, data.start)
    data = _check_references(session, data)
    row = Cost(client_id=data.client_id, receipt_name="", receipt_type="")
    _apply(row, data)
    session.add(row)
    session.flush()
    audit.record(
        session,
        db.actor,
        "create",
        "cost",
        row.id,
        f"{format_cents_plain(row.amount_cents)} {row.category} {row.start}..{row.end}",
    )
    return row


def add_cost(db: Database, data: CostInput) -> CostRecord:
    """Record a cost. A retry with the same ``client_id`` returns the cost already saved."""
    data = validate_cost(data)
    client_id = data.client_id or new_client_id()
    data = replace(data, client_id=client_id)

    def operation(session: Session) -> CostRecord:
        existing = session.scalar(select(Cost).where(Cost.client_id == client_id))
        if existing is not None:
            return record_of(existing)
        return record_of(insert_cost(session, db, data))

    return db.write(operation)


def _load(session: Session, cost_id: int) -> Cost:
    row = session.get(Cost, cost_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No cost “{ref}”."), ref=str(cost_id))
    return row


def update_cost(
    db: Database, cost_id: int, data: CostInput, *, expected_version: int | None
) -> CostRecord:
    """Save *data* over a cost, unless someone changed it since *expected_version*."""
    data = validate_cost(data)

    def operation(session: Session) -> CostRecord:
        row = _load(session, cost_id)
        check_open(session, row.start, data.start)
        if expected_version is not None and row.version != expected_version:
            raise StaleEdit(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Someone else changed this cost after you opened it. "
                    "Reload to see their version; your changes were not saved.",
                )
            )
        _apply(row, _check_references(session, data))
        session.flush()
        audit.record(
            session,
            db.actor,
            "update",
            "cost",
            row.id,
            f"{format_cents_plain(row.amount_cents)} {row.category}",
        )
        return record_of(row)

    return db.write(operation)


def delete_cost(db: Database, cost_id: int) -> None:
    """Delete a cost entered by mistake."""

    def operation(session: Session) -> None:
        row = _load(session, cost_id)
        check_open(session, row.start)
        summary = f"{format_cents_plain(row.amount_cents)} {row.category} {row.start}"
        session.delete(row)
        session.flush()
        audit.record(session, db.actor, "delete", "cost", cost_id, summary)

    db.write(operation)


def get_cost(db: Database, cost_id: int) -> CostRecord:
    """One cost by id."""
    with db.read() as session:
        return record_of(_load(session, cost_id))


def get_receipt(db: Database, cost_id: int) -> tuple[bytes, str, str] | None:
    """The receipt's bytes, media type and file name, or None."""
    with db.read() as session:
        row = session.get(Cost, cost_id, options=[undefer(Cost.receipt)])
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No cost “{ref}”."), ref=str(cost_id))
        if row.receipt is None:
            return None
        return row.receipt, row.receipt_type, row.receipt_name


def list_costs(
    db: Database,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    asset_id: int | None = None,
    category: str | None = None,
    member_id: int | None = None,
) -> list[CostRecord]:
    """Costs overlapping [start, end] (both days included), newest first, filtered.

    *member_id* keeps the costs that member paid out of pocket.
    """
    query = select(Cost).order_by(Cost.start.desc(), Cost.id.desc())
    if start is not None:
        query = query.where(Cost.end >= start)
    if end is not None:
        query = query.where(Cost.start <= end)
    if asset_id is not None:
        query = query.where(Cost.asset_id == asset_id)
    if category:
        query = query.where(Cost.category == category)
    if member_id is not None:
        query = query.where(Cost.paid_by_member_id == member_id)
    with db.read() as session:
        return [record_of(row) for row in session.scalars(query)]


def part_in_period(record: CostRecord, start: dt.date, end: dt.date) -> int:
    """The cents of *record* that fall in [start, end]: a cost spread over days counts
    for its days in the period, rounded the way the split rounds them."""
    from partage.services.splitting import CostLine, Rule, period_part

    line = CostLine(record.id, record.amount_cents, record.start, record.end, Rule.parse("equal"))
    return period_part(line, start, end)[0]
