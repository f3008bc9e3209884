"""Who else has the database open: a presence table kept alive by heartbeats.

Each open window adds a row with its session id, user, machine and the moment it opened,
then moves the row's ``heartbeat`` counter every few seconds in a short write
transaction. The others look at the table every second and judge a row by its counter
alone: one that has not moved across ``STALE_AFTER_OBSERVATIONS`` of their looks belongs
to a window that is gone (crashed, asleep, cut from the network). The computers' clocks
are never compared; they often disagree on a shared drive. A row that stays still long
enough (``EXPIRE_AFTER_OBSERVATIONS``) is deleted by whoever sees it, and only if it is
still at the value they saw, so a window that wakes up meanwhile keeps its row.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection, delete, inspect, select, update
from sqlalchemy.orm import Session

from partage.errors import QT_TRANSLATE_NOOP, DatabaseBusy
from partage.models import Presence
from partage.storage.actor import Actor

HEARTBEAT_SECONDS = 5.0
POLL_SECONDS = 1.0
# Looks (one per POLL_SECONDS) without a move before a window counts as gone: three
# heartbeats missed, so a heartbeat delayed by a busy file does not make anyone vanish.
STALE_AFTER_OBSERVATIONS = 15
EXPIRE_AFTER_OBSERVATIONS = 120
# Before an upgrade or a restore: how long to watch the rows for a heartbeat.
GATE_SAMPLES = 16
GATE_INTERVAL_SECONDS = 1.0


@dataclass(frozen=True)
class PresenceRow:
    """One window that has the database open, as read from the table."""

    session_id: str
    os_user: str
    display_name: str
    machine: str
    opened_at: dt.datetime
    heartbeat: int


def _row(presence: Presence) -> PresenceRow:
    return PresenceRow(
        session_id=presence.session_id,
        os_user=presence.os_user,
        display_name=presence.display_name,
        machine=presence.machine,
        opened_at=presence.opened_at,
        heartbeat=presence.heartbeat,
    )


def read_rows(session: Session) -> list[PresenceRow]:
    """Every row of the presence table, oldest window first."""
    rows = session.scalars(select(Presence).order_by(Presence.opened_at, Presence.session_id))
    return [_row(row) for row in rows]


def has_presence_table(connection: Connection) -> bool:
    """True when the database's schema has a presence table (revision 0006 or later)."""
    return inspect(connection).has_table("presence")


def beat(session: Session, session_id: str, actor: Actor, opened_at: dt.datetime) -> int:
    """Move this window's heartbeat; add its row when it has none (first beat, or its row
    expired while the computer slept). Returns the heartbeat now stored."""
    connection = session.connection()
    moved = connection.execute(
        update(Presence)
        .where(Presence.session_id == session_id)
        .values(
            heartbeat=Presence.heartbeat + 1,
            display_name=actor.display_name,  # the person may rename themselves meanwhile
        )
    )
    if moved.rowcount == 0:
        session.add(
            Presence(
                session_id=session_id,
                os_user=actor.os_user,
                display_name=actor.display_name,
                machine=actor.machine,
                opened_at=opened_at,
                heartbeat=0,
            )
        )
        session.flush()
        return 0
    value = session.scalar(select(Presence.heartbeat).where(Presence.session_id == session_id))
    return int(value or 0)


def leave(session: Session, session_id: str) -> None:
    """Remove this window's row: it is closing."""
    session.execute(delete(Presence).where(Presence.session_id == session_id))


def expire(session: Session, rows: Sequence[PresenceRow]) -> int:
    """Delete *rows* if their heartbeat is still the one seen; return how many went."""
    connection = session.connection()
    gone = 0
    for row in rows:
        result = connection.execute(
            delete(Presence).where(
                Presence.session_id == row.session_id, Presence.heartbeat == row.heartbeat
            )
        )
        gone += result.rowcount
    return gone


def clear(session: Session) -> None:
    """Forget every row (after a restore, the rows of the backup mean nothing)."""
    session.execute(delete(Presence))


@dataclass
class _Watch:
    heartbeat: int
    still: int = 0  # consecutive looks without a move
    moved: bool = False  # seen moving at least once


@dataclass(frozen=True)
class Observation:
    """What one look at the presence table says.

    Attributes:
        present: the other windows whose heartbeat moved recently, oldest first.
        expired: rows still for so long that their window is surely gone; delete them.
    """

    present: list[PresenceRow] = field(default_factory=list)
    expired: list[PresenceRow] = field(default_factory=list)


class PresenceTracker:
    """Remembers each other window's heartbeat across looks, to tell live from gone.

    A row counts as present once its counter has been seen moving, and for as long as
    it keeps moving at least once every ``stale_after`` looks. A row seen for the first
    time has to move once before it counts: an old row left by a crash never shows.
    """

    def __init__(
        self,
        own_session: str | None = None,
        *,
        stale_after: int = STALE_AFTER_OBSERVATIONS,
        expire_after: int = EXPIRE_AFTER_OBSERVATIONS,
    ) -> None:
        self.own_session = own_session
        self.stale_after = stale_after
        self.expire_after = expire_after
        self._watches: dict[str, _Watch] = {}

    def observe(self, rows: Sequence[PresenceRow]) -> Observation:
        """Take one look at *rows* (the whole table) and say who is here."""
        present: list[PresenceRow] = []
        expired: list[PresenceRow] = []
        seen: dict[str, _Watch] = {}
        for row in rows:
            if row.session_id == self.own_session:
                continue
            watch = self._watches.get(row.session_id)
            if watch is None:
                watch = _Watch(heartbeat=row.heartbeat)
            elif watch.heartbeat != row.heartbeat:
                watch = _Watch(heartbeat=row.heartbeat, moved=True)
            else:
                watch.still += 1
            seen[row.session_id] = watch
            if watch.moved and watch.still < self.stale_after:
                present.append(row)
            if watch.still >= self.expire_after:
                expired.append(row)
        self._watches = seen
        return Observation(present=present, expired=expired)


def live_peers(
    read: Callable[[], Sequence[PresenceRow]],
    *,
    own_session: str | None = None,
    samples: int | None = None,
    interval: float | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> list[PresenceRow]:
    """The other windows whose heartbeat moves while we watch, for a gate that needs
    everyone else gone (schema upgrade, restore).

    Reads the table, then up to *samples* more times, *interval* apart, stopping early
    once every row has moved or gone. With no other row there is no wait at all.
    *samples* and *interval* default to ``GATE_SAMPLES`` and ``GATE_INTERVAL_SECONDS``.
    """
    samples = GATE_SAMPLES if samples is None else samples
    interval = GATE_INTERVAL_SECONDS if interval is None else interval
    first = {row.session_id: row for row in read() if row.session_id != own_session}
    alive: dict[str, PresenceRow] = {}
    for _ in range(samples):
        if len(alive) == len(first):
            break
        sleep(interval)
        now = {row.session_id: row for row in read()}
        for session_id, before in first.items():
            row = now.get(session_id)
            if row is not None and row.heartbeat != before.heartbeat:
                alive[session_id] = row
        # A row that went away closed properly: it is not waited for any longer.
        first = {key: row for key, row in first.items() if key in now or key in alive}
    return sorted(alive.values(), key=lambda row: (row.opened_at, row.session_id))


def describe_people(rows: Sequence[PresenceRow]) -> str:
    """*rows* in one line for a message: ``Marc Roy (marc, PC-1, 2026-11-24 14:02)``.

    The time is the other computer's, shown in this computer's time zone.
    """
    parts = []
    for row in rows:
        since = row.opened_at.astimezone().strftime("%Y-%m-%d %H:%M")
        parts.append(f"{row.display_name} ({row.os_user}, {row.machine}, {since})")
    return "; ".join(parts)


class OthersPresent(DatabaseBusy):
    """Other windows have the database open, and what was asked needs them gone.

    Attributes:
        people: the windows seen alive.
    """

    def __init__(self, message: str, people: Sequence[PresenceRow], **params: str) -> None:
        super().__init__(message, people=describe_people(people), **params)
        self.people = list(people)


def upgrade_refused(where: str, people: Sequence[PresenceRow]) -> OthersPresent:
    """The error for a schema upgrade while *people* have the database open."""
    return OthersPresent(
        QT_TRANSLATE_NOOP(
            "errors",
            "The database {path} must be upgraded for this version of Partage, but it is "
            "open on other computers: {people}. Ask them to close Partage, then open the "
            "database again. The file was left as it is.",
        ),
        people,
        path=where,
    )


def restore_refused(where: str, people: Sequence[PresenceRow]) -> OthersPresent:
    """The error for a restore while *people* have the database open."""
    return OthersPresent(
        QT_TRANSLATE_NOOP(
            "errors",
            "A backup cannot be restored while the database {path} is open on other "
            "computers: {people}. Ask them to close Partage, then try again. Nothing was "
            "changed.",
        ),
        people,
        path=where,
    )
