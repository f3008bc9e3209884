"""Recording who wrote what: one audit row per write, in the same transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from partage.models import AuditEntry
from partage.storage import Actor, Database


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: int | None,
    summary: str,
) -> None:
    """Add an audit row for a write made in *session* (committed with it)."""
    session.add(
        AuditEntry(
            os_user=actor.os_user,
            display_name=actor.display_name,
            machine=actor.machine,
            action=action,
            entity=entity,
            entity_id=entity_id,
            summary=summary[:2000],
        )
    )


@dataclass(frozen=True)
class AuditRecord:
    """One audit row, as the Audit log window shows it."""

    id: int
    at: dt.datetime  # UTC
    os_user: str
    display_name: str
    machine: str
    action: str
    entity: str
    entity_id: int | None
    summary: str


@dataclass(frozen=True)
class AuditFilter:
    """What to show: a period (days, in the database's zone), an entity, a person, a text."""

    start: dt.date | None = None
    end: dt.date | None = None
    entity: str = ""
    who: str = ""  # OS user or display name, exact
    text: str = ""  # anywhere in the summary, any case
    limit: int = 5000


def entries(db: Database, wanted: AuditFilter = AuditFilter()) -> list[AuditRecord]:
    """Audit rows matching *wanted*, newest first (at most ``wanted.limit``)."""
    from partage.services.timezones import database_zone

    zone = database_zone(db)
    query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    if wanted.start is not None:
        start = dt.datetime.combine(wanted.start, dt.time(0), zone).astimezone(dt.UTC)
        query = query.where(AuditEntry.at >= start)
    if wanted.end is not None:
        end = dt.datetime.combine(wanted.end + dt.timedelta(days=1), dt.time(0), zone)
        query = query.where(AuditEntry.at < end.astimezone(dt.UTC))
    if wanted.entity:
        query = query.where(AuditEntry.entity == wanted.entity)
    if wanted.who:
        query = query.where(
            or_(AuditEntry.os_user == wanted.who, AuditEntry.display_name == wanted.who)
        )
    if wanted.text:
        query = query.where(AuditEntry.summary.ilike(f"%{wanted.text}%"))
    with db.read() as session:
        return [
            AuditRecord(
                r.id,
                r.at,
                r.os_user,
                r.display_name,
                r.machine,
                r.action,
                r.entity,
                r.entity_id,
                r.summary,
            )
            for r in session.scalars(query.limit(wanted.limit))
        ]


def people(db: Database) -> list[str]:
    """Everyone who ever wrote, by display name (or OS user), sorted."""
    with db.read() as session:
        rows = session.execute(select(AuditEntry.display_name, AuditEntry.os_user).distinct()).all()
    return sorted({name or user for name, user in rows}, key=str.casefold)


def entities(db: Database) -> list[str]:
    """Every kind of row ever written."""
    with db.read() as session:
        return sorted(session.scalars(select(AuditEntry.entity).distinct()))
