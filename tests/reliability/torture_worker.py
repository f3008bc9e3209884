"""One writer of the torture tests: a real process making a mix of writes to one file.

Run by ``tests/reliability/torture.py``, never collected by pytest. It writes through the
services, as the application does, and appends one JSON line per event to its own log
file, on a local disk:

- ``{"event": "start", "worker", "t"}`` once it is ready;
- ``{"event": "tx", "seq"}`` inside a write transaction, after the rows are written and
  before the commit (the lock is held): a kill after this line and before the next
  ``ack`` lands in the middle of a transaction;
- ``{"event": "ack", "seq", "kind", ...}`` only after the commit returned: what was
  acknowledged to the person, with what identifies it in the database;
- ``{"event": "refused", "seq", "kind", "error"}`` for a write a rule refused (a booking
  conflict): nothing was written, and the person was told why;
- ``{"event": "error", "seq", "kind", "error", "message"}`` for any other error that
  reached the person (a busy file after the retries, a damaged file...);
- ``{"event": "done", "t"}`` at the end.

Each line is flushed before the next write starts; a process killed with SIGKILL keeps
every line it wrote (they are in the operating system's cache, not in the process).

Write kinds are the functions in ``WRITE_KINDS``; a new kind (issuing an invoice) is one
more function there and one more verifier in ``torture.VERIFIERS``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import random
import sys
import time
import uuid
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from partage.errors import PartageError
from partage.services.accounts import add_payment
from partage.services.bookings import BookingConflict, BookingRequest, book
from partage.services.costs import CostInput, add_cost
from partage.storage import BackupPolicy, Database, open_database

# Bookings aim at a few slots of a few assets, so that many of them collide.
SLOT_BASE = dt.datetime(2026, 6, 1, 8, 0, tzinfo=dt.UTC)
SLOT_COUNT = 48
SLOT_HOURS = (1, 2, 3)


class WorkerLog:
    """The worker's own log: one JSON object a line, flushed at once."""

    def __init__(self, path: Path, worker: int) -> None:
        self.handle: TextIO = path.open("a", encoding="utf-8")
        self.worker = worker

    def write(self, event: str, **fields: Any) -> None:
        self.handle.write(json.dumps({"event": event, "worker": self.worker, **fields}) + "\n")
        self.handle.flush()


Scene = dict[str, Any]
WriteKind = Callable[[Database, random.Random, Scene], dict[str, Any]]


def write_booking(db: Database, rng: random.Random, scene: Scene) -> dict[str, Any]:
    """Book one of a few assets at one of a few slots; most attempts collide."""
    asset = rng.choice(scene["assets"])
    start = SLOT_BASE + dt.timedelta(hours=rng.randrange(SLOT_COUNT))
    end = start + dt.timedelta(hours=rng.choice(SLOT_HOURS))
    request = BookingRequest(asset, rng.choice(scene["members"]), start, end, note="torture")
    created = book(db, request).bookings[0]
    return {
        "id": created.id,
        "asset": created.asset_id,
        "start": created.start.isoformat(),
        "end": created.end.isoformat(),
    }


def write_cost(db: Database, rng: random.Random, scene: Scene) -> dict[str, Any]:
    """A cost with a client id made before the first attempt, as the GUI does."""
    client_id = uuid.uuid4().hex
    amount = rng.randrange(100, 100_000)
    day = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(300))
    record = add_cost(
        db,
        CostInput(
            amount_cents=amount,
            start=day,
            end=day + dt.timedelta(days=rng.choice((0, 0, 30))),
            category="repair",
            asset_id=rng.choice(scene["assets"]),
            paid_by_member_id=rng.choice([None, *scene["members"]]),
            note="torture",
            client_id=client_id,
        ),
    )
    return {"id": record.id, "client_id": client_id, "amount": amount}


def write_payment(db: Database, rng: random.Random, scene: Scene) -> dict[str, Any]:
    """A payment from a member, with a client id."""
    client_id = uuid.uuid4().hex
    amount = rng.randrange(100, 50_000)
    member = rng.choice(scene["members"])
    record = add_payment(
        db, member, amount, paid_on=dt.date(2026, 6, 1), note="torture", client_id=client_id
    )
    return {"id": record.id, "client_id": client_id, "amount": amount, "member": member}


class Refused(Exception):
    """A write the rules turned down, as they should (not an error of the storage)."""


def write_invoice(db: Database, rng: random.Random, scene: Scene) -> dict[str, Any]:
    """Issue one member's invoice for one month; a month already invoiced, or with
    nothing to invoice yet, is refused by the rules."""
    from partage.errors import RuleViolation
    from partage.services.invoicing import issue
    from partage.services.statements import build_statements

    month = rng.randrange(1, 11)
    start = dt.date(2026, month, 1)
    end = dt.date(2026, month + 1, 1) - dt.timedelta(days=1)
    member = rng.choice(scene["members"])
    statement = build_statements(db, start, end, member_ids=[member], issued_on=end)[0]
    try:
        record = issue(db, statement)
    except RuleViolation as error:
        raise Refused(type(error).__name__) from error
    return {
        "id": record.id,
        "number": record.number,
        "series": "2026",
        "member": member,
        "total": record.total_cents,
    }


# name -> (function, relative weight in the mix).
WRITE_KINDS: dict[str, tuple[WriteKind, int]] = {
    "booking": (write_booking, 4),
    "cost": (write_cost, 2),
    "payment": (write_payment, 2),
    "invoice": (write_invoice, 1),
}


def _traced(db: Database, log: WorkerLog, seq: list[int], dwell_ms: float) -> None:
    """Log ``tx`` inside every write transaction of *db*, then dwell there a moment."""
    original = db.write

    def write(operation: Callable[[Any], Any]) -> Any:
        def traced(session: Any) -> Any:
            result = operation(session)
            session.flush()  # the rows are written and the journal is hot
            log.write("tx", seq=seq[0])
            if dwell_ms:
                time.sleep(random.uniform(0, dwell_ms) / 1000)
            return result

        return original(traced)

    db.write = write  # type: ignore[method-assign]


class RetryCounter(logging.Handler):
    """Counts the transactions the storage layer tried again, by SQLite's reason."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.reasons: Counter[str] = Counter()

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("database busy"):
            self.reasons[str(record.args[0]) if record.args else ""] += 1


def _use_vfs(name: str) -> None:
    """Open every connection through the SQLite VFS *name* (``unix-none``: no locks)."""
    from partage.storage import backup

    plain = backup.sqlite_uri

    def with_vfs(path: Path, *, read_only: bool) -> str:
        return f"{plain(path, read_only=read_only)}&vfs={name}"

    backup.sqlite_uri = with_vfs  # type: ignore[assignment]


def _cause(error: BaseException) -> str:
    """The driver's own words behind a Partage error (SQLite's extended error name)."""
    cause = error.__cause__
    orig = getattr(cause, "orig", cause)
    name = getattr(orig, "sqlite_errorname", "")
    return f"{name} {orig}".strip() if orig is not None else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--scene", required=True, help="JSON: asset and member ids")
    parser.add_argument("--log", required=True)
    parser.add_argument("--worker", type=int, required=True)
    parser.add_argument("--writes", type=int, default=200, help="0: until killed")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--go", type=float, default=0.0, help="start at this time.time()")
    parser.add_argument("--dwell-ms", type=float, default=0.0)
    parser.add_argument("--kinds", default=",".join(WRITE_KINDS))
    parser.add_argument("--vfs", default="")
    args = parser.parse_args(argv)
    from partage.reports.renderer import install

    install()  # as the application does: issuing stores the PDF drawn by the reports

    if args.vfs:
        _use_vfs(args.vfs)
    if "invoice" in args.kinds:
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication([])  # noqa: F841 - statements read the translation catalogs
    scene = json.loads(Path(args.scene).read_text(encoding="utf-8"))
    log = WorkerLog(Path(args.log), args.worker)
    rng = random.Random(args.seed * 1000 + args.worker)
    kinds = [k for k in args.kinds.split(",") if k]
    weights = [WRITE_KINDS[k][1] for k in kinds]
    retries = RetryCounter()
    storage_log = logging.getLogger("partage.storage.database")
    storage_log.addHandler(retries)
    storage_log.setLevel(logging.INFO)
    db = open_database(Path(args.db), backup=BackupPolicy(enabled=False))
    seq = [0]
    _traced(db, log, seq, args.dwell_ms)
    time.sleep(max(0.0, args.go - time.time()))
    log.write("start", t=time.time(), pid=os.getpid())
    errors_in_a_row = 0
    while args.writes == 0 or seq[0] < args.writes:
        seq[0] += 1
        kind = rng.choices(kinds, weights)[0]
        try:
            fields = WRITE_KINDS[kind][0](db, rng, scene)
        except (BookingConflict, Refused) as refusal:
            log.write("refused", seq=seq[0], kind=kind, error=type(refusal).__name__)
            errors_in_a_row = 0
        except PartageError as error:
            log.write(
                "error",
                seq=seq[0],
                kind=kind,
                error=type(error).__name__,
                message=str(error),
                cause=_cause(error),
            )
            errors_in_a_row += 1
        except Exception as error:  # a bug, or damage the services did not recognise
            log.write(
                "error", seq=seq[0], kind=kind, error=type(error).__name__, message=repr(error)
            )
            errors_in_a_row += 1
        else:
            log.write("ack", seq=seq[0], kind=kind, t=time.time(), **fields)
            errors_in_a_row = 0
        if errors_in_a_row >= 20:  # a file broken beyond use: stop rather than spin
            break
    log.write("done", t=time.time(), retries=dict(retries.reasons))
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
