"""Live sharing of one database: who else has it open, whether they changed something,
and who changed it last.

A window keeps one ``SharingSession`` while a database is open and calls it from a
thread of its own: ``beat`` every few seconds, ``look`` every second, ``leave`` when it
closes. Plain Python: nothing here knows about Qt.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from partage.changes import Change
from partage.models import AuditEntry, utc_now
from partage.storage import Database, presence
from partage.storage.presence import PresenceRow
from partage.storage.revision import changed_since
from partage.storage.revision import current as current_revision

HEARTBEAT_SECONDS = presence.HEARTBEAT_SECONDS
POLL_SECONDS = presence.POLL_SECONDS


@dataclass(frozen=True)
class Person:
    """Someone who has the database open in another window.

    Attributes:
        display_name: the name they chose to show.
        os_user: their login on their computer.
        machine: their computer's name.
        opened_at: when they opened it, by their computer's clock.
    """

    session_id: str
    display_name: str
    os_user: str
    machine: str
    opened_at: dt.datetime


@dataclass(frozen=True)
class LastChange:
    """The newest write recorded in the audit log: who, from where, when (their clock)."""

    at: dt.datetime
    display_name: str
    os_user: str
    machine: str
    action: str
    entity: str


@dataclass(frozen=True)
class SharingSnapshot:
    """One look at the shared database.

    Attributes:
        revision: the change counter now.
        changed_elsewhere: the counter moved since the last look by someone else's write
            (the window's own writes already refreshed its views).
        changes: the kinds of data those writes changed (``Change.NONE`` when none did).
        people: the others who have it open now, first come first.
        last_change: the newest write, read again whenever the counter moves.
    """

    revision: int
    changed_elsewhere: bool
    changes: Change = Change.NONE
    people: list[Person] = field(default_factory=list)
    last_change: LastChange | None = None


def _person(row: PresenceRow) -> Person:
    return Person(
        session_id=row.session_id,
        display_name=row.display_name,
        os_user=row.os_user,
        machine=row.machine,
        opened_at=row.opened_at,
    )


def _last_change(session: Session, entity: str | None = None,
                 entity_id: int | None = None) -> LastChange | None:
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)
    if entity is not None:
        query = query.where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
    entry = session.scalar(query)
    if entry is None:
        return None
    return LastChange(
        at=entry.at,
        display_name=entry.display_name,
        os_user=entry.os_user,
        machine=entry.machine,
        action=entry.action,
        entity=entry.entity,
    )


def last_change_of(db: Database, entity: str, entity_id: int) -> LastChange | None:
    """The newest recorded write to one row (``"member"``, 12), or None."""
    with db.read() as session:
        return _last_change(session, entity, entity_id)


class SharingSession:
    """This window's presence in a database, and its view of everyone else's.

    *stale_after* and *expire_after* count looks (see ``storage.presence``); they default
    to ``STALE_AFTER_OBSERVATIONS`` and ``EXPIRE_AFTER_OBSERVATIONS``.

    Attributes:
        session_id: this window's row in the presence table.
        opened_at: when this window opened the database.
    """

    def __init__(
        self,
        db: Database,
        *,
        stale_after: int | None = None,
        expire_after: int | None = None,
    ) -> None:
        self.db = db
        self.session_id = uuid.uuid4().hex
        self.opened_at = utc_now()
        self.tracker = presence.PresenceTracker(
            self.session_id,
            stale_after=presence.STALE_AFTER_OBSERVATIONS if stale_after is None else stale_after,
            expire_after=(presence.EXPIRE_AFTER_OBSERVATIONS if expire_after is None
                          else expire_after),
        )
        self._revision: int | None = None
        self._last_change: LastChange | None = None

    @property
    def announces(self) -> bool:
        """True when this window shows itself to others (it can write the database)."""
        return not self.db.read_only

    def beat(self) -> None:
        """Move this window's heartbeat (adding its row the first time).

        A read-only window cannot write, so others do not see it.
        """
        if not self.announces:
            return
        self.db.write(
            lambda session: presence.beat(session, self.session_id, self.db.actor,
                                          self.opened_at),
            counts_as_change=False,
        )

    def look(self) -> SharingSnapshot:
        """Read the change counter and the presence table once; say what changed."""
        seen = self._revision
        with self.db.read() as session:
            revision = current_revision(session)
            rows = presence.read_rows(session)
            kinds = Change.NONE
            if seen is None or revision != seen:
                self._last_change = _last_change(session)
                if seen is not None:
                    kinds = changed_since(session, seen, revision)
        observation = self.tracker.observe(rows)
        if observation.expired and self.announces:
            self.db.write(lambda session: presence.expire(session, observation.expired),
                          counts_as_change=False)
        changed = (seen is not None and revision != seen
                   and not self.db.own_revisions.only_mine(seen, revision))
        self._revision = revision
        return SharingSnapshot(
            revision=revision,
            changed_elsewhere=changed,
            changes=kinds if changed else Change.NONE,
            people=[_person(row) for row in observation.present],
            last_change=self._last_change,
        )

    def leave(self) -> None:
        """Remove this window from the presence table (it is closing)."""
        if self.announces:
            self.db.write(lambda session: presence.leave(session, self.session_id),
                          counts_as_change=False)
