"""What a write changed, in the kinds of data the views show: ``Change.MEMBER``,
``Change.BOOKING | Change.AUDIT``...

The storage layer derives each committed write's changes from the tables it wrote
(``TABLE_CHANGES``) and reports them to the trackers open on the writing thread; whoever
runs writes collects them with ``track_changes``::

    with track_changes() as tracked:
        add_payment(db, ...)
    tracked.changes  # Change.PAYMENT | Change.AUDIT

The interface broadcasts them after each operation, and each view reloads only when they
name something it shows (``if changes & Change.COST: ...``). Knows nothing of Qt nor of
SQLAlchemy.
"""

from __future__ import annotations

import contextvars
import enum
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager


class Change(enum.Flag):
    """The kinds of data a write can change; combine them with ``|``, test with ``&``."""

    NONE = 0
    MEMBER = 1 << 0  # members
    ASSET = 1 << 1  # assets and who owns them
    BOOKING = 1 << 2  # bookings, recurring series, check-outs and check-ins
    COST = 1 << 3  # costs (receipts, premiums and maintenance costs included)
    UPKEEP = 1 << 4  # maintenance plans and records, insurance policies
    PAYMENT = 1 << 5  # members' payments
    LEDGER = 1 << 6  # ledger entries of their own: opening balances, adjustments
    INVOICE = 1 << 7  # invoices and credit notes, their lines and numbering
    SETTINGS = 1 << 8  # the database's settings: organisation, currency, taxes, access
    AUDIT = 1 << 9  # the audit log (every write adds to it)
    ALL = (MEMBER | ASSET | BOOKING | COST | UPKEEP | PAYMENT | LEDGER | INVOICE | SETTINGS
           | AUDIT)


# Each table of the schema and the kind of data it holds. Tables that hold nothing a view
# shows (who has the file open, the change counter, the schema version) are left out.
TABLE_CHANGES: dict[str, Change] = {
    "members": Change.MEMBER,
    "assets": Change.ASSET,
    "asset_owners": Change.ASSET,
    "booking_series": Change.BOOKING,
    "bookings": Change.BOOKING,
    "costs": Change.COST,
    "maintenance_plans": Change.UPKEEP,
    "maintenance_records": Change.UPKEEP,
    "insurance_policies": Change.UPKEEP,
    "payments": Change.PAYMENT,
    "ledger_entries": Change.LEDGER,
    "invoices": Change.INVOICE,
    "invoice_lines": Change.INVOICE,
    "invoice_counters": Change.INVOICE,
    "settings": Change.SETTINGS,
    "audit_log": Change.AUDIT,
}

# Tables whose writes change nothing a person sees.
UNSEEN_TABLES = frozenset({"presence", "data_revision", "alembic_version"})


def changes_of_tables(names: Iterable[str]) -> Change:
    """The kinds of data held by the tables *names*; an unknown table counts as every
    kind, so that no view is left showing old data."""
    changes = Change.NONE
    for name in names:
        if name in UNSEEN_TABLES:
            continue
        changes |= TABLE_CHANGES.get(name, Change.ALL)
    return changes


# --- collecting the changes of the writes a piece of work makes ---------------------------


class TrackedChanges:
    """The kinds of data changed by the writes committed while it was open; fills in as
    they commit. Thread-safe."""

    def __init__(self, outer: TrackedChanges | None = None) -> None:
        self._lock = threading.Lock()
        self._changes = Change.NONE
        self._outer = outer

    @property
    def changes(self) -> Change:
        """Every kind changed so far (``Change.NONE`` when nothing was written)."""
        with self._lock:
            return self._changes

    def add(self, changes: Change) -> None:
        """Count *changes* as made here (and in the trackers around this one)."""
        with self._lock:
            self._changes |= changes
        if self._outer is not None:
            self._outer.add(changes)


# Trackers live in a context variable: each thread (the interface's worker, the live
# sharing thread) sees only the trackers it opened itself.
_current: contextvars.ContextVar[TrackedChanges | None] = contextvars.ContextVar(
    "partage_tracked_changes", default=None
)


@contextmanager
def track_changes() -> Iterator[TrackedChanges]:
    """Collect the kinds of data changed by the writes committed inside the block, on this
    thread; a tracker opened inside another also reports to the outer one."""
    tracked = TrackedChanges(_current.get())
    token = _current.set(tracked)
    try:
        yield tracked
    finally:
        _current.reset(token)


def record_changes(changes: Change) -> None:
    """Count *changes*, just committed on this thread, in the trackers open on it (the
    storage layer calls it after each write transaction)."""
    tracked = _current.get()
    if tracked is not None and changes:
        tracked.add(changes)
