"""Members: add, edit, archive, remove, search. Returns plain records, never ORM rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from partage.errors import (
    QT_TRANSLATE_NOOP,
    NotFound,
    ReferencedRow,
    StaleEdit,
    ValidationError,
)
from partage.models import (
    AssetOwner,
    Booking,
    BookingKind,
    BookingSeries,
    BookingStatus,
    Member,
    MemberKind,
    name_key,
    utc_now,
)
from partage.services import audit
from partage.services.bookings import booking_days
from partage.services.timezones import database_zone
from partage.services.validation import clean_choice, clean_email, clean_name, clean_text
from partage.storage import Database

LANGUAGES = ["fr", "en"]
MEMBER_KINDS = [kind.value for kind in MemberKind]


@dataclass(frozen=True)
class MemberInput:
    """What a person types into the member form."""

    name: str
    kind: str = MemberKind.PERSON.value
    email: str = ""
    phone: str = ""
    address: str = ""
    language: str = "fr"
    weight_milli: int = 1000
    joined: dt.date | None = None
    left: dt.date | None = None
    notes: str = ""


@dataclass(frozen=True)
class MemberRecord:
    """A member as read from the database, detached from any session."""

    id: int
    name: str
    kind: str
    email: str
    phone: str
    address: str
    language: str
    weight_milli: int
    joined: dt.date | None
    left: dt.date | None
    notes: str
    archived: bool
    version: int

    def as_input(self) -> MemberInput:
        """The editable fields, to start an edit from."""
        return MemberInput(
            name=self.name,
            kind=self.kind,
            email=self.email,
            phone=self.phone,
            address=self.address,
            language=self.language,
            weight_milli=self.weight_milli,
            joined=self.joined,
            left=self.left,
            notes=self.notes,
        )

    def is_active_on(self, day: dt.date) -> bool:
        """True when the member belongs to the group on *day*."""
        return (self.joined is None or self.joined <= day) and (
            self.left is None or day <= self.left
        )


def _record(row: Member) -> MemberRecord:
    return MemberRecord(
        id=row.id,
        name=row.name,
        kind=row.kind,
        email=row.email,
        phone=row.phone,
        address=row.address,
        language=row.language,
        weight_milli=row.weight_milli,
        joined=row.joined,
        left=row.left,
        notes=row.notes,
        archived=row.archived,
        version=row.version,
    )


def validate_member(data: MemberInput) -> MemberInput:
    """*data* cleaned, or a ``ValidationError`` naming the first field at fault."""
    cleaned = replace(
        data,
        name=clean_name("name", data.name),
        kind=clean_choice("kind", data.kind, MEMBER_KINDS),
        email=clean_email(data.email),
        phone=clean_text("phone", data.phone, limit=50),
        address=clean_text("address", data.address, limit=1000),
        language=clean_choice("language", data.language, LANGUAGES),
        notes=clean_text("notes", data.notes, limit=5000),
    )
    if not 0 < data.weight_milli <= 1_000_000_000:
        raise ValidationError(
            "weight", QT_TRANSLATE_NOOP("errors", "The share weight must be more than zero.")
        )
    if data.joined and data.left and data.left < data.joined:
        raise ValidationError(
            "left",
            QT_TRANSLATE_NOOP(
                "errors", "A member cannot leave ({left}) before joining ({joined})."
            ),
            left=data.left.isoformat(),
            joined=data.joined.isoformat(),
        )
    return cleaned


def _name_taken(session: Session, name: str, exclude_id: int | None) -> None:
    query = select(Member.id).where(Member.name_key == name_key(name))
    if exclude_id is not None:
        query = query.where(Member.id != exclude_id)
    if session.scalar(query) is not None:
        raise ValidationError(
            "name",
            QT_TRANSLATE_NOOP("errors", "There is already a member named “{name}”."),
            name=name,
        )


def _apply(row: Member, data: MemberInput) -> None:
    row.name = data.name
    row.name_key = name_key(data.name)
    row.kind = data.kind
    row.email = data.email
    row.phone = data.phone
    row.address = data.address
    row.language = data.language
    row.weight_milli = data.weight_milli
    row.joined = data.joined
    row.left = data.left
    row.notes = data.notes
    row.updated_at = utc_now()


def _check_loans_within(session: Session, db: Database, row: Member, data: MemberInput) -> None:
    """Refuse membership dates that would leave one of the member's loans (not cancelled)
    before they joined or after they left: a loan binds the dates it was made within."""
    loans = session.execute(
        select(Booking.start, Booking.end).where(
            Booking.member_id == row.id,
            Booking.kind == BookingKind.LOAN.value,
            Booking.status != BookingStatus.CANCELLED.value,
        )
    ).all()
    if not loans:
        return
    zone = database_zone(db)
    days = sorted(booking_days(_aware(start), _aware(end), zone) for start, end in loans)
    if data.joined is not None:
        early = [first for first, _ in days if first < data.joined]
        if early:
            raise ValidationError(
                "joined",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{member} has {count} booking(s) before {date}, the first on {first}. "
                    "Cancel them, or choose an earlier date of joining.",
                ),
                member=data.name,
                count=len(early),
                date=data.joined.isoformat(),
                first=min(early).isoformat(),
            )
    if data.left is not None:
        late = [last for _, last in days if last > data.left]
        if late:
            raise ValidationError(
                "left",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{member} has {count} booking(s) after {date}, the last on {last}. "
                    "Cancel them, or choose a later date of leaving.",
                ),
                member=data.name,
                count=len(late),
                date=data.left.isoformat(),
                last=max(late).isoformat(),
            )


def _aware(moment: dt.datetime) -> dt.datetime:
    """A stored moment (naive UTC on SQLite) as an aware one."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _member_not_found(ref: object) -> NotFound:
    return NotFound(QT_TRANSLATE_NOOP("errors", "No member “{ref}”."), ref=str(ref))


def _load(session: Session, member_id: int) -> Member:
    row = session.get(Member, member_id)
    if row is None:
        raise _member_not_found(member_id)
    return row


def _check_version(row: Member, expected: int | None) -> None:
    if expected is not None and row.version != expected:
        raise StaleEdit(
            QT_TRANSLATE_NOOP(
                "errors",
                "Someone else changed the member “{name}” after you opened it. "
                "Reload to see their version; your changes were not saved.",
            ),
            name=row.name,
        )


def add_member(db: Database, data: MemberInput) -> MemberRecord:
    """Add a member; names are unique, ignoring case and accents' composition."""
    data = validate_member(data)

    def operation(session: Session) -> MemberRecord:
        _name_taken(session, data.name, None)
        row = Member()
        _apply(row, data)
        session.add(row)
        session.flush()
        audit.record(session, db.actor, "create", "member", row.id, data.name)
        return _record(row)

    return db.write(operation)


def update_member(
    db: Database, member_id: int, data: MemberInput, *, expected_version: int | None
) -> MemberRecord:
    """Save *data* over the member, unless someone saved it since *expected_version*.

    Raises:
        StaleEdit: the member's version is no longer *expected_version*.
    """
    data = validate_member(data)

    def operation(session: Session) -> MemberRecord:
        row = _load(session, member_id)
        _check_version(row, expected_version)
        _name_taken(session, data.name, member_id)
        before = _record(row)
        if (data.joined, data.left) != (row.joined, row.left):
            _check_loans_within(session, db, row, data)
        _apply(row, data)
        session.flush()
        changed = [
            f for f in MemberInput.__dataclass_fields__ if getattr(before, f) != getattr(data, f)
        ]
        audit.record(
            session,
            db.actor,
            "update",
            "member",
            member_id,
            f"{data.name}: {', '.join(changed) or '-'}",
        )
        return _record(row)

    return db.write(operation)


def set_member_archived(
    db: Database, member_id: int, archived: bool, *, expected_version: int | None = None
) -> MemberRecord:
    """Archive a member (hidden from everyday lists, history kept) or bring one back."""

    def operation(session: Session) -> MemberRecord:
        row = _load(session, member_id)
        _check_version(row, expected_version)
        row.archived = archived
        row.updated_at = utc_now()
        session.flush()
        audit.record(
            session, db.actor, "archive" if archived else "restore", "member", member_id, row.name
        )
        return _record(row)

    return db.write(operation)


def member_reference_count(session: Session, member_id: int) -> int:
    """How many rows elsewhere refer to the member: ownership shares and bookings."""
    total = 0
    for table, column in (
        (AssetOwner, AssetOwner.member_id),
        (Booking, Booking.member_id),
        (BookingSeries, BookingSeries.member_id),
    ):
        total += int(
            session.scalar(select(func.count()).select_from(table).where(column == member_id)) or 0
        )
    return total


def _has_history(name: str) -> ReferencedRow:
    return ReferencedRow(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{name}” has history in the database and cannot be removed. "
            "Set the date they left, or archive them, instead.",
        ),
        name=name,
    )


def remove_member(db: Database, member_id: int) -> None:
    """Delete a member that nothing refers to.

    Raises:
        ReferencedRow: the member owns shares or has history; archive them instead.
    """

    def operation(session: Session) -> None:
        row = _load(session, member_id)
        name = row.name
        if member_reference_count(session, member_id):
            raise _has_history(name)
        session.delete(row)
        try:
            session.flush()
        except IntegrityError as error:  # a reference the count above does not know yet
            raise _has_history(name) from error
        audit.record(session, db.actor, "delete", "member", member_id, name)

    db.write(operation)


def get_member(db: Database, member_id: int) -> MemberRecord:
    """One member by id."""
    with db.read() as session:
        return _record(_load(session, member_id))


def list_members(
    db: Database, *, search: str = "", include_archived: bool = True
) -> list[MemberRecord]:
    """Members sorted by name, optionally only those whose name or e-mail contains *search*."""
    query = select(Member).order_by(Member.name_key)
    if not include_archived:
        query = query.where(Member.archived.is_(False))
    if search.strip():
        pattern = f"%{name_key(search)}%"
        query = query.where(or_(Member.name_key.like(pattern), Member.email.ilike(pattern)))
    with db.read() as session:
        return [_record(row) for row in session.scalars(query)]


def member_by_ref(session: Session, ref: str) -> Member:
    """The member row named by *ref* (exact name ignoring case, or id), in *session*."""
    row = session.scalar(select(Member).where(Member.name_key == name_key(ref)))
    if row is None and ref.strip().isdigit():
        row = session.get(Member, int(ref))
    if row is None:
        raise _member_not_found(ref)
    return row


def find_member(db: Database, ref: str) -> MemberRecord:
    """The member named by *ref*: an id, or an exact name ignoring case.

    Raises:
        NotFound: no such member.
    """
    with db.read() as session:
        return _record(member_by_ref(session, ref))
