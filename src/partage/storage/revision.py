"""The database's change counter: how a window learns, cheaply, that someone else wrote.

Every write transaction made through ``Database.write`` adds one to a single row,
``data_revision``, just before it commits. A window reads that row every second; when it
has moved, and not only by the window's own writes, the views are told to reload.

Why a row rather than SQLite's ``PRAGMA data_version``: the pragma belongs to one
connection (a pool hands out several, and a new one has no earlier value to compare
with), it does not exist on PostgreSQL, and it also moves for the presence heartbeats,
which would reload every view every few seconds. The row moves in the same transaction
as the data, so it becomes visible exactly when the change does, on any computer, through
the same locks that protect the data; no clock and no file date is involved.
"""

from __future__ import annotations

import threading

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from partage.models import DataRevision

ROW_ID = 1


def bump(session: Session) -> int:
    """Move the counter by one inside *session*'s write transaction; return its new value."""
    connection = session.connection()
    moved = connection.execute(
        update(DataRevision)
        .where(DataRevision.id == ROW_ID)
        .values(value=DataRevision.value + 1)
    )
    if moved.rowcount == 0:  # the row was lost (a hand-edited file): start it again
        connection.execute(insert(DataRevision).values(id=ROW_ID, value=1))
        return 1
    return current(session)


def current(session: Session) -> int:
    """The counter's value now (0 when it has no row)."""
    value = session.scalar(select(DataRevision.value).where(DataRevision.id == ROW_ID))
    return int(value or 0)


class OwnRevisions:
    """The counter values this process's own writes produced.

    A window already refreshes its views after its own writes; the poller asks this
    ledger whether a move it sees was anybody else's. Thread-safe: writes happen on the
    interface thread and the worker, the poller runs on a thread of its own.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._mine: set[int] = set()

    def record(self, revision: int) -> None:
        """Remember that this process's write produced *revision*."""
        with self._lock:
            self._mine.add(revision)

    def only_mine(self, seen: int, now: int) -> bool:
        """True when every move from *seen* to *now* was a write of this process.

        Values up to *now* are forgotten, so a ledger never grows beyond the writes made
        between two looks at the counter.
        """
        with self._lock:
            moves = now - seen
            result = 0 < moves <= len(self._mine) and all(
                revision in self._mine for revision in range(seen + 1, now + 1)
            )
            self._mine = {revision for revision in self._mine if revision > now}
            return result
