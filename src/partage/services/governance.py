"""Who may do what, and which periods are closed.

Roles: some actions are the coordinators' (issuing and voiding invoices, changing the
settings, closing a period, naming the coordinators). Coordinators are named by their
login on their computer (the OS user recorded in the audit log); while nobody is named,
everyone is a coordinator, which is how a small group starts. This is a guard against
mistakes, not a security boundary: on a shared file, the real boundary is the share's
permissions; on PostgreSQL, the server's roles.

Closing a period: once the books are closed through a day, costs, payments and bookings
on or before that day can no longer be added, changed or removed; a correction is a new
entry after it (a credit note for an invoice).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from partage.errors import QT_TRANSLATE_NOOP, RuleViolation, ValidationError
from partage.models import Setting
from partage.services import audit
from partage.storage import Actor, Database

COORDINATORS = "coordinators"
CLOSED_THROUGH = "closed_through"


class NotCoordinator(RuleViolation):
    """The action is the coordinators' and the person is not one."""


class PeriodClosed(RuleViolation):
    """The change touches a day of a closed period."""


def _value(session: Session, key: str) -> str:
    return session.scalar(select(Setting.value).where(Setting.key == key)) or ""


def _set(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def coordinators_in(session: Session) -> list[str]:
    """The coordinators' logins (empty: everyone is one)."""
    return [line.strip() for line in _value(session, COORDINATORS).splitlines() if line.strip()]


def coordinators(db: Database) -> list[str]:
    """The coordinators' logins (empty: everyone is one)."""
    with db.read() as session:
        return coordinators_in(session)


def is_coordinator_in(session: Session, actor: Actor) -> bool:
    """True when *actor* may take the coordinators' actions."""
    named = coordinators_in(session)
    return not named or actor.os_user.casefold() in {n.casefold() for n in named}


def is_coordinator(db: Database) -> bool:
    """True when the person behind *db* may take the coordinators' actions."""
    with db.read() as session:
        return is_coordinator_in(session, db.actor)


def require_coordinator(session: Session, actor: Actor) -> None:
    """Refuse unless *actor* is a coordinator (call it inside the write transaction).

    Raises:
        NotCoordinator: they are not.
    """
    if not is_coordinator_in(session, actor):
        raise NotCoordinator(
            QT_TRANSLATE_NOOP(
                "errors",
                "Only a coordinator can do this ({coordinators}). You are signed in as “{user}”.",
            ),
            coordinators=", ".join(coordinators_in(session)),
            user=actor.os_user,
        )


def set_coordinators(db: Database, logins: list[str]) -> list[str]:
    """Name the coordinators by login (an empty list: everyone).

    Raises:
        NotCoordinator: the person is not a coordinator now.
        ValidationError: the list leaves the person out (they would lock themselves out).
    """
    cleaned = sorted({x.strip() for x in logins if x.strip()}, key=str.casefold)
    if cleaned and db.actor.os_user.casefold() not in {x.casefold() for x in cleaned}:
        raise ValidationError(
            "coordinators",
            QT_TRANSLATE_NOOP(
                "errors",
                "Keep yourself ({user}) among the coordinators, or ask another coordinator "
                "to make the change.",
            ),
            user=db.actor.os_user,
        )

    def operation(session: Session) -> list[str]:
        require_coordinator(session, db.actor)
        _set(session, COORDINATORS, "\n".join(cleaned))
        audit.record(
            session,
            db.actor,
            "update",
            "settings",
            None,
            f"coordinators: {', '.join(cleaned) or 'everyone'}",
        )
        return cleaned

    return db.write(operation)


# --- closed periods -------------------------------------------------------------------


def closed_through_in(session: Session) -> dt.date | None:
    """The last day of the closed books, or None."""
    text = _value(session, CLOSED_THROUGH)
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def closed_through(db: Database) -> dt.date | None:
    """The last day of the closed books, or None."""
    with db.read() as session:
        return closed_through_in(session)


def check_open(session: Session, *days: dt.date | None) -> None:
    """Refuse a change that touches a closed day (call it inside the write transaction).

    Raises:
        PeriodClosed: one of *days* is on or before the closing day.
    """
    closed = closed_through_in(session)
    if closed is None:
        return
    touched = [d for d in days if d is not None and d <= closed]
    if touched:
        raise PeriodClosed(
            QT_TRANSLATE_NOOP(
                "errors",
                "The books are closed through {closed}: nothing dated {day} can be added, "
                "changed or removed. Enter a correction dated after {closed}.",
            ),
            closed=closed.isoformat(),
            day=min(touched).isoformat(),
        )


def close_period(db: Database, through: dt.date) -> dt.date:
    """Close the books through *through* (both it and every day before).

    Raises:
        NotCoordinator: the person is not a coordinator.
        ValidationError: *through* is before the current closing day, or in the future.
    """

    def operation(session: Session) -> dt.date:
        require_coordinator(session, db.actor)
        current = closed_through_in(session)
        if current is not None and through < current:
            raise ValidationError(
                "closed_through",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The books are already closed through {closed}; a closed period "
                    "cannot be reopened.",
                ),
                closed=current.isoformat(),
            )
        if through >= dt.date.today():
            raise ValidationError(
                "closed_through",
                QT_TRANSLATE_NOOP("errors", "Only a day in the past can be closed."),
            )
        _set(session, CLOSED_THROUGH, through.isoformat())
        audit.record(session, db.actor, "close", "settings", None, f"closed through {through}")
        return through

    return db.write(operation)
