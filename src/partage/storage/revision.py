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

Which kinds of data moved it is kept beside it, in the same table: one row per kind
(``partage.changes.Change``), id ``KIND_ROW_BASE`` + the kind's bit, holding the counter
value of the last write that changed that kind. A window that saw value *n* and now sees
*m* reads the kinds whose rows hold more than *n*, and reloads only the views that show
them. A write whose kinds could not be told notes every kind; a move no kind row accounts
for (a file written by an earlier version) counts as every kind.
"""

from __future__ import annotations

import threading

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from partage.changes import Change
from partage.models import DataRevision

ROW_ID = 1
KIND_ROW_BASE = 1000  # + the bit of a Change kind

# Each single kind with its row id.
_KIND_ROWS = tuple(
    (kind, KIND_ROW_BASE + (kind.value.bit_length() - 1))
    for kind in Change
    if kind.value and kind.value & (kind.value - 1) == 0
)


def hold(session: Session) -> int:
    """Take the counter's row for the rest of *session*'s write transaction and return
    its value. Every write moves that row before it commits, so until this transaction
    ends no other write can commit (on SQLite ``BEGIN IMMEDIATE`` already ensures it; on
    PostgreSQL the row lock does): what the transaction reads from now on is what is
    stored when it commits. Take it first, before any other lock, so that two writers
    never wait for each other's rows."""
    value = session.scalar(
        select(DataRevision.value).where(DataRevision.id == ROW_ID).with_for_update()
    )
    return int(value or 0)


def bump(session: Session, changes: Change = Change.ALL) -> int:
    """Move the counter by one inside *session*'s write transaction, note that the
    kinds in *changes* changed at the new value, and return it. A write whose kinds
    could not be told (``Change.NONE``) is noted as changing every kind."""
    connection = session.connection()
    moved = connection.execute(
        update(DataRevision)
        .where(DataRevision.id == ROW_ID)
        .values(value=DataRevision.value + 1)
    )
    if moved.rowcount == 0:  # the row was lost (a hand-edited file): start it again
        connection.execute(insert(DataRevision).values(id=ROW_ID, value=1))
        value = 1
    else:
        value = current(session)
    noted_kinds = changes or Change.ALL
    for kind, row_id in _KIND_ROWS:
        if not kind & noted_kinds:
            continue
        noted = connection.execute(
            update(DataRevision).where(DataRevision.id == row_id).values(value=value)
        )
        if noted.rowcount == 0:
            connection.execute(insert(DataRevision).values(id=row_id, value=value))
    return value


def changed_since(session: Session, seen: int, now: int) -> Change:
    """The kinds of data changed by the writes after *seen* up to *now*: every kind when
    the last move is not accounted for by a kind row."""
    if now <= seen:
        return Change.NONE
    rows = session.execute(
        select(DataRevision.id, DataRevision.value).where(
            DataRevision.id >= KIND_ROW_BASE, DataRevision.value > seen
        )
    ).all()
    by_row = {row_id: kind for kind, row_id in _KIND_ROWS}
    changes = Change.NONE
    latest = 0
    for row_id, value in rows:
        kind = by_row.get(row_id)
        if kind is None:
            return Change.ALL  # a row of a kind this version does not know
        changes |= kind
        latest = max(latest, int(value))
    return changes if latest == now else Change.ALL


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
