"""Assets and their ownership shares: add, edit, retire, search, photo."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload, undefer

from partage.errors import QT_TRANSLATE_NOOP, NotFound, StaleEdit, UsageError, ValidationError
from partage.models import (
    Asset,
    AssetKind,
    AssetOwner,
    AssetStatus,
    Member,
    MeterUnit,
    name_key,
    utc_now,
)
from partage.services import audit
from partage.services.bookings import parse_opening_hours
from partage.services.members import member_by_ref
from partage.services.rules import normalise_rule
from partage.services.validation import clean_choice, clean_name, clean_text
from partage.storage import Database

ASSET_KINDS = [kind.value for kind in AssetKind]
ASSET_STATUSES = [status.value for status in AssetStatus]
METER_UNITS = [unit.value for unit in MeterUnit]
PHOTO_LIMIT_BYTES = 2 * 1024 * 1024
PHOTO_TYPES = ["image/png", "image/jpeg", "image/webp"]


@dataclass(frozen=True)
class Ownership:
    """A member's ownership share of an asset, in thousandths."""

    member_id: int
    weight_milli: int


@dataclass(frozen=True)
class AssetInput:
    """What a person types into the asset form.

    The photo is only written when ``photo_changed`` is true, so an edit that does not
    touch it never has to carry the bytes around.
    """

    name: str
    kind: str = AssetKind.EQUIPMENT.value
    category: str = ""
    location: str = ""
    description: str = ""
    purchase_date: dt.date | None = None
    purchase_price_cents: int | None = None
    meter: str = MeterUnit.NONE.value
    status: str = AssetStatus.ACTIVE.value
    default_rule: str = "equal"
    owners: tuple[Ownership, ...] = ()
    bookable: bool = True
    min_booking_minutes: int | None = None
    max_booking_minutes: int | None = None
    opening_hours: str = ""
    recovery_months: int | None = None
    photo: bytes | None = None
    photo_type: str = ""
    photo_changed: bool = False


@dataclass(frozen=True)
class AssetRecord:
    """An asset as read from the database (without its photo bytes)."""

    id: int
    name: str
    kind: str
    category: str
    location: str
    description: str
    purchase_date: dt.date | None
    purchase_price_cents: int | None
    meter: str
    status: str
    default_rule: str
    has_photo: bool
    version: int
    owners: tuple[Ownership, ...] = field(default=())
    bookable: bool = True
    min_booking_minutes: int | None = None
    max_booking_minutes: int | None = None
    opening_hours: str = ""
    recovery_months: int | None = None

    def as_input(self) -> AssetInput:
        """The editable fields, to start an edit from (the photo left unchanged)."""
        return AssetInput(
            name=self.name,
            kind=self.kind,
            category=self.category,
            location=self.location,
            description=self.description,
            purchase_date=self.purchase_date,
            purchase_price_cents=self.purchase_price_cents,
            meter=self.meter,
            status=self.status,
            default_rule=self.default_rule,
            owners=self.owners,
            bookable=self.bookable,
            min_booking_minutes=self.min_booking_minutes,
            max_booking_minutes=self.max_booking_minutes,
            opening_hours=self.opening_hours,
            recovery_months=self.recovery_months,
        )


def _record(row: Asset) -> AssetRecord:
    return AssetRecord(
        id=row.id,
        name=row.name,
        kind=row.kind,
        category=row.category,
        location=row.location,
        description=row.description,
        purchase_date=row.purchase_date,
        purchase_price_cents=row.purchase_price_cents,
        meter=row.meter,
        status=row.status,
        default_rule=row.default_rule,
        has_photo=bool(row.photo_type),
        version=row.version,
        owners=tuple(Ownership(o.member_id, o.weight_milli) for o in row.owners),
        bookable=row.bookable,
        min_booking_minutes=row.min_booking_minutes,
        max_booking_minutes=row.max_booking_minutes,
        opening_hours=row.opening_hours,
        recovery_months=row.recovery_months,
    )


def validate_asset(data: AssetInput) -> AssetInput:
    """*data* cleaned, or a ``ValidationError`` naming the first field at fault."""
    cleaned = replace(
        data,
        name=clean_name("name", data.name),
        kind=clean_choice("kind", data.kind, ASSET_KINDS),
        category=clean_text("category", data.category, limit=100),
        location=clean_text("location", data.location, limit=200),
        description=clean_text("description", data.description, limit=5000),
        meter=clean_choice("meter", data.meter, METER_UNITS),
        status=clean_choice("status", data.status, ASSET_STATUSES),
        default_rule=data.default_rule.strip() or "equal",
    )
    if data.purchase_price_cents is not None and data.purchase_price_cents < 0:
        raise ValidationError(
            "purchase_price",
            QT_TRANSLATE_NOOP("errors", "The purchase price cannot be negative."),
        )
    for limit in (data.min_booking_minutes, data.max_booking_minutes):
        if limit is not None and limit <= 0:
            raise ValidationError(
                "booking_minutes",
                QT_TRANSLATE_NOOP("errors", "Booking durations must be more than zero minutes."),
            )
    if (
        data.min_booking_minutes is not None
        and data.max_booking_minutes is not None
        and data.max_booking_minutes < data.min_booking_minutes
    ):
        raise ValidationError(
            "booking_minutes",
            QT_TRANSLATE_NOOP("errors", "The longest booking cannot be shorter than the shortest."),
        )
    if data.recovery_months is not None and not 1 <= data.recovery_months <= 600:
        raise ValidationError(
            "recovery_months",
            QT_TRANSLATE_NOOP("errors", "The purchase is recovered over 1 to 600 months."),
        )
    if data.recovery_months is not None and (
        data.purchase_price_cents is None or data.purchase_date is None
    ):
        raise ValidationError(
            "recovery_months",
            QT_TRANSLATE_NOOP("errors", "To recover a purchase, give its price and its date."),
        )
    try:
        parse_opening_hours(data.opening_hours)
    except UsageError as error:
        raise ValidationError("opening_hours", error.message, **error.params) from None
    seen: set[int] = set()
    for owner in data.owners:
        if owner.member_id in seen:
            raise ValidationError(
                "owners", QT_TRANSLATE_NOOP("errors", "A member is listed twice as an owner.")
            )
        if owner.weight_milli <= 0:
            raise ValidationError(
                "owners",
                QT_TRANSLATE_NOOP("errors", "Every ownership share must be more than zero."),
            )
        seen.add(owner.member_id)
    if data.photo_changed and data.photo is not None:
        if len(data.photo) > PHOTO_LIMIT_BYTES:
            raise ValidationError(
                "photo",
                QT_TRANSLATE_NOOP(
                    "errors", "The photo is too large ({size} kB; {limit} kB at most)."
                ),
                size=len(data.photo) // 1024,
                limit=PHOTO_LIMIT_BYTES // 1024,
            )
        if data.photo_type not in PHOTO_TYPES:
            raise ValidationError(
                "photo",
                QT_TRANSLATE_NOOP("errors", "The photo must be a PNG, JPEG or WebP image."),
            )
    return cleaned


def _asset_not_found(ref: object) -> NotFound:
    return NotFound(QT_TRANSLATE_NOOP("errors", "No asset “{ref}”."), ref=str(ref))


def _load(session: Session, asset_id: int) -> Asset:
    row = session.get(Asset, asset_id, options=[selectinload(Asset.owners)])
    if row is None:
        raise _asset_not_found(asset_id)
    return row


def _check_name(session: Session, name: str, exclude_id: int | None) -> None:
    query = select(Asset.id).where(Asset.name_key == name_key(name))
    if exclude_id is not None:
        query = query.where(Asset.id != exclude_id)
    if session.scalar(query) is not None:
        raise ValidationError(
            "name",
            QT_TRANSLATE_NOOP("errors", "There is already an asset named “{name}”."),
            name=name,
        )


def _check_owners(session: Session, owners: tuple[Ownership, ...]) -> None:
    ids = {o.member_id for o in owners}
    if not ids:
        return
    found = set(session.scalars(select(Member.id).where(Member.id.in_(ids))))
    missing = ids - found
    if missing:
        raise ValidationError(
            "owners",
            QT_TRANSLATE_NOOP("errors", "No member “{ref}”."),
            ref=str(min(missing)),
        )


def _apply(row: Asset, data: AssetInput) -> None:
    row.name = data.name
    row.name_key = name_key(data.name)
    row.kind = data.kind
    row.category = data.category
    row.location = data.location
    row.description = data.description
    row.purchase_date = data.purchase_date
    row.purchase_price_cents = data.purchase_price_cents
    row.meter = data.meter
    row.status = data.status
    row.default_rule = data.default_rule
    row.bookable = data.bookable
    row.min_booking_minutes = data.min_booking_minutes
    row.max_booking_minutes = data.max_booking_minutes
    row.opening_hours = data.opening_hours
    row.recovery_months = data.recovery_months
    row.updated_at = utc_now()
    if data.photo_changed:
        row.photo = data.photo
        row.photo_type = data.photo_type if data.photo is not None else ""
    current = {o.member_id: o for o in row.owners}
    wanted = {o.member_id: o.weight_milli for o in data.owners}
    for member_id, owner in current.items():
        if member_id not in wanted:
            row.owners.remove(owner)
    for member_id, weight in wanted.items():
        if member_id in current:
            current[member_id].weight_milli = weight
        else:
            row.owners.append(AssetOwner(member_id=member_id, weight_milli=weight))


def _with_rule(session: Session, data: AssetInput) -> AssetInput:
    rule = normalise_rule(data.default_rule, lambda ref: member_by_ref(session, ref).id)
    return replace(data, default_rule=rule)


def add_asset(db: Database, data: AssetInput) -> AssetRecord:
    """Add an asset with its ownership shares and, optionally, a photo."""
    data = validate_asset(data)

    def operation(session: Session) -> AssetRecord:
        _check_name(session, data.name, None)
        _check_owners(session, data.owners)
        row = Asset()
        row.owners = []
        _apply(row, _with_rule(session, data))
        session.add(row)
        session.flush()
        audit.record(session, db.actor, "create", "asset", row.id, data.name)
        return _record(row)

    return db.write(operation)


def update_asset(
    db: Database, asset_id: int, data: AssetInput, *, expected_version: int | None
) -> AssetRecord:
    """Save *data* over the asset, unless someone saved it since *expected_version*.

    Raises:
        StaleEdit: the asset's version is no longer *expected_version*.
    """
    data = validate_asset(data)

    def operation(session: Session) -> AssetRecord:
        row = _load(session, asset_id)
        if expected_version is not None and row.version != expected_version:
            raise StaleEdit(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Someone else changed the asset “{name}” after you opened it. "
                    "Reload to see their version; your changes were not saved.",
                ),
                name=row.name,
            )
        _check_name(session, data.name, asset_id)
        _check_owners(session, data.owners)
        _apply(
            row, _with_rule(session, data)
        )  # also stamps updated_at, so a change of shares alone moves the version
        session.flush()
        audit.record(session, db.actor, "update", "asset", asset_id, data.name)
        return _record(row)

    return db.write(operation)


def set_asset_status(db: Database, asset_id: int, status: str) -> AssetRecord:
    """Change an asset's status; ``retired`` is how an asset is archived."""
    clean_choice("status", status, ASSET_STATUSES)

    def operation(session: Session) -> AssetRecord:
        row = _load(session, asset_id)
        row.status = status
        row.updated_at = utc_now()
        session.flush()
        audit.record(session, db.actor, "status", "asset", asset_id, f"{row.name}: {status}")
        return _record(row)

    return db.write(operation)


def get_asset(db: Database, asset_id: int) -> AssetRecord:
    """One asset by id."""
    with db.read() as session:
        return _record(_load(session, asset_id))


def get_asset_photo(db: Database, asset_id: int) -> tuple[bytes, str] | None:
    """The asset's photo bytes and media type, or None."""
    with db.read() as session:
        row = session.get(Asset, asset_id, options=[undefer(Asset.photo)])
        if row is None:
            raise _asset_not_found(asset_id)
        if row.photo is None:
            return None
        return row.photo, row.photo_type


def list_assets(
    db: Database, *, search: str = "", include_retired: bool = True
) -> list[AssetRecord]:
    """Assets sorted by name, optionally filtered by *search* in name, category, location."""
    query = select(Asset).options(selectinload(Asset.owners)).order_by(Asset.name_key)
    if not include_retired:
        query = query.where(Asset.status != AssetStatus.RETIRED.value)
    if search.strip():
        pattern = f"%{name_key(search)}%"
        query = query.where(
            or_(
                Asset.name_key.like(pattern),
                Asset.category.ilike(pattern),
                Asset.location.ilike(pattern),
            )
        )
    with db.read() as session:
        return [_record(row) for row in session.scalars(query)]


def find_asset(db: Database, ref: str) -> AssetRecord:
    """The asset named by *ref*: an id, or an exact name ignoring case.

    Raises:
        NotFound: no such asset.
    """
    with db.read() as session:
        row = session.scalar(
            select(Asset).options(selectinload(Asset.owners)).where(Asset.name_key == name_key(ref))
        )
        if row is None and ref.strip().isdigit():
            row = session.get(Asset, int(ref), options=[selectinload(Asset.owners)])
        if row is None:
            raise _asset_not_found(ref)
        return _record(row)
