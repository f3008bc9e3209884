"""The torture harness: writer processes on one file, their logs, and the checker.

``prepare_scene`` makes a database with a few members and assets; ``start_writers`` starts
``torture_worker.py`` processes on it; ``read_logs`` gathers what each one logged;
``verify`` compares those logs with the database. The checker only trusts what the
workers logged *after* a commit returned: an acknowledged write must be in the file,
exactly as it was acknowledged.

Adding a write kind (issuing invoices): a function in ``torture_worker.WRITE_KINDS``,
and a function here in ``VERIFIERS`` that checks its acknowledged records.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from partage.models import LIVE_STATUSES, Booking, Cost, Payment
from partage.storage import BackupPolicy, open_database

WORKER = Path(__file__).with_name("torture_worker.py")
MEMBERS = 8
ASSETS = 3


@dataclass(frozen=True)
class Scene:
    """The database the writers share, and the rows they refer to."""

    path: Path
    members: list[int]
    assets: list[int]
    file: Path  # the scene as JSON, for the workers


def prepare_scene(path: Path, logs: Path) -> Scene:
    """A new database at *path* with members and assets to book and charge.

    It is built in *logs* (a local folder) and copied to *path*, so that what is measured
    on a network share is the writers' work, not the creation of the file.
    """
    from partage.services.assets import AssetInput, add_asset
    from partage.services.members import MemberInput, add_member
    from partage.services.workspace import OrganisationSettings, create_workspace

    logs.mkdir(parents=True, exist_ok=True)
    local = logs / "scene.partage"
    db = create_workspace(local, OrganisationSettings(name="Coop torture"))
    try:
        members = [add_member(db, MemberInput(name=f"Membre {i}")).id for i in range(MEMBERS)]
        assets = [
            add_asset(db, AssetInput(name=f"Fourgonnette {i}", kind="vehicle")).id
            for i in range(ASSETS)
        ]
    finally:
        db.close()
    if local != path:
        shutil.copyfile(local, path)
    file = logs / "scene.json"
    file.write_text(json.dumps({"members": members, "assets": assets}), encoding="utf-8")
    return Scene(path, members, assets, file)


def worker_environment() -> dict[str, str]:
    """This environment, with Partage importable the way this process imports it."""
    import partage

    env = dict(os.environ)
    source = str(Path(partage.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [source, env.get("PYTHONPATH")]))
    return env


def start_writer(
    scene: Scene,
    logs: Path,
    worker: int,
    *,
    writes: int,
    seed: int = 0,
    go: float = 0.0,
    dwell_ms: float = 0.0,
    vfs: str = "",
    kinds: Iterable[str] = (),
) -> subprocess.Popen[bytes]:
    """Start one writer process; it logs to ``logs/worker-N.jsonl``."""
    command = [
        sys.executable,
        str(WORKER),
        "--db",
        str(scene.path),
        "--scene",
        str(scene.file),
        "--log",
        str(logs / f"worker-{worker}.jsonl"),
        "--worker",
        str(worker),
        "--writes",
        str(writes),
        "--seed",
        str(seed),
        "--go",
        repr(go),
        "--dwell-ms",
        repr(dwell_ms),
    ]
    if vfs:
        command += ["--vfs", vfs]
    chosen = ",".join(kinds)
    if chosen:
        command += ["--kinds", chosen]
    with (logs / f"worker-{worker}.stderr").open("ab") as stderr:
        return subprocess.Popen(
            command, env=worker_environment(), stdout=subprocess.DEVNULL, stderr=stderr
        )


def start_writers(
    scene: Scene, logs: Path, count: int, *, writes: int, seed: int = 0, **options: Any
) -> list[subprocess.Popen[bytes]]:
    """Start *count* writers that begin together, once every one has started up."""
    go = time.time() + 1.0 + 0.4 * count
    return [
        start_writer(scene, logs, n, writes=writes, seed=seed, go=go, **options)
        for n in range(count)
    ]


def wait_for(processes: list[subprocess.Popen[bytes]], timeout: float) -> list[int]:
    """Wait for every process; kill the ones still running after *timeout* seconds."""
    deadline = time.monotonic() + timeout
    codes = []
    for process in processes:
        try:
            codes.append(process.wait(timeout=max(0.1, deadline - time.monotonic())))
        except subprocess.TimeoutExpired:
            process.kill()
            codes.append(process.wait())
    return codes


@dataclass
class Outcome:
    """Everything the writers logged."""

    acks: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    refused: Counter[str] = field(default_factory=Counter)
    errors: list[dict[str, Any]] = field(default_factory=list)
    starts: list[float] = field(default_factory=list)
    ends: list[float] = field(default_factory=list)
    last_event: dict[int, dict[str, Any]] = field(default_factory=dict)
    retries: Counter[str] = field(default_factory=Counter)

    @property
    def acknowledged(self) -> int:
        """How many writes were committed and acknowledged."""
        return sum(len(records) for records in self.acks.values())

    @property
    def transactions(self) -> int:
        """Write transactions that ran to their end: committed, or refused by a rule."""
        return self.acknowledged + sum(self.refused.values())

    @property
    def seconds(self) -> float:
        """From the first writer's start to the last one's end."""
        return max(self.ends) - min(self.starts) if self.starts and self.ends else 0.0

    def rate(self) -> float:
        """Write transactions per second over the whole run."""
        return self.transactions / self.seconds if self.seconds else 0.0


def read_logs(logs: Path) -> Outcome:
    """Every writer's log, gathered. A line cut short by a kill is ignored."""
    outcome = Outcome()
    for path in sorted(logs.glob("worker-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                continue
            event = entry["event"]
            outcome.last_event[entry["worker"]] = entry
            if event == "ack":
                outcome.acks[entry["kind"]].append(entry)
            elif event == "refused":
                outcome.refused[entry["kind"]] += 1
            elif event == "error":
                outcome.errors.append(entry)
            elif event == "start":
                outcome.starts.append(entry["t"])
            elif event == "done":
                outcome.ends.append(entry["t"])
                outcome.retries.update(entry.get("retries", {}))
    return outcome


# --- the checker ----------------------------------------------------------------------

Verifier = Callable[[Session, list[dict[str, Any]], bool], list[str]]


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat()


def verify_bookings(session: Session, acks: list[dict[str, Any]], exact: bool) -> list[str]:
    """Every acknowledged booking is there, unchanged and live; no two live ones overlap."""
    found = []
    rows = {
        row.id: row
        for row in session.execute(
            select(Booking.id, Booking.asset_id, Booking.start, Booking.end, Booking.status)
        )
    }
    for ack in acks:
        row = rows.get(ack["id"])
        if row is None:
            found.append(f"acknowledged booking {ack['id']} is missing")
        elif (row.asset_id, _iso(row.start), _iso(row.end)) != (
            ack["asset"],
            ack["start"],
            ack["end"],
        ):
            found.append(f"booking {ack['id']} differs from what was acknowledged: {row}")
        elif row.status not in LIVE_STATUSES:
            found.append(f"acknowledged booking {ack['id']} is {row.status}")
    if exact and len(rows) != len(acks):
        found.append(f"{len(rows)} bookings in the file, {len(acks)} acknowledged")
    live = sorted(
        (r.asset_id, r.start, r.end, r.id) for r in rows.values() if r.status in LIVE_STATUSES
    )
    for before, after in zip(live, live[1:], strict=False):
        if before[0] == after[0] and after[1] < before[2]:
            found.append(f"bookings {before[3]} and {after[3]} overlap")
    return found


def _verify_by_client_id(
    session: Session, model: Any, what: str, acks: list[dict[str, Any]], exact: bool
) -> list[str]:
    found = []
    rows = {
        row.client_id: row
        for row in session.execute(select(model.id, model.client_id, model.amount_cents))
    }
    for ack in acks:
        row = rows.get(ack["client_id"])
        if row is None:
            found.append(f"acknowledged {what} {ack['client_id']} is missing")
        elif (row.id, row.amount_cents) != (ack["id"], ack["amount"]):
            found.append(f"{what} {ack['client_id']} differs from what was acknowledged")
    if exact:
        if len(rows) != len(acks):
            found.append(f"{len(rows)} {what}s in the file, {len(acks)} acknowledged")
        total = session.scalar(select(func.coalesce(func.sum(model.amount_cents), 0)))
        if total != sum(a["amount"] for a in acks):
            found.append(f"the {what}s add up to {total}, not to what was acknowledged")
    return found


def verify_costs(session: Session, acks: list[dict[str, Any]], exact: bool) -> list[str]:
    """Every acknowledged cost is there once, with its amount."""
    return _verify_by_client_id(session, Cost, "cost", acks, exact)


def verify_payments(session: Session, acks: list[dict[str, Any]], exact: bool) -> list[str]:
    """Every acknowledged payment is there once, with its amount."""
    return _verify_by_client_id(session, Payment, "payment", acks, exact)


def verify_invoices(session: Session, acks: list[dict[str, Any]], exact: bool) -> list[str]:
    """Every acknowledged invoice is there with its number, member and total; every
    series runs 1..K with no gap and no duplicate; no member is invoiced twice a month."""
    from partage.models import Invoice
    from partage.services.integrity import numbering_problems

    rows = {
        row.number: row
        for row in session.execute(
            select(
                Invoice.number,
                Invoice.series,
                Invoice.sequence,
                Invoice.member_id,
                Invoice.total_cents,
                Invoice.period_from,
            )
        )
    }
    found = []
    for ack in acks:
        row = rows.get(ack["number"])
        if row is None:
            found.append(f"acknowledged invoice {ack['number']} is missing")
        elif (row.member_id, row.total_cents) != (ack["member"], ack["total"]):
            found.append(f"invoice {ack['number']} differs from what was acknowledged")
    found.extend(
        f"{p.params}"
        for p in numbering_problems(
            "invoice_series", ((r.series, r.sequence) for r in rows.values())
        )
    )
    months = [(r.member_id, r.period_from) for r in rows.values()]
    if len(months) != len(set(months)):
        found.append("a member was invoiced twice for the same month")
    if exact and len(rows) != len(acks):
        found.append(f"{len(rows)} invoices in the file, {len(acks)} acknowledged")
    return found


# kind -> checker of its acknowledged records.
VERIFIERS: dict[str, Verifier] = {
    "booking": verify_bookings,
    "cost": verify_costs,
    "payment": verify_payments,
    "invoice": verify_invoices,
}


def verify(path: Path, outcome: Outcome, *, exact: bool) -> list[str]:
    """What is wrong in the file at *path* compared with what the writers acknowledged.

    *exact*: no writer was killed, so the file holds exactly the acknowledged writes,
    nothing more. After kills, a write in flight may or may not have been committed.
    """
    db = open_database(path, read_only=True, backup=BackupPolicy(enabled=False))
    try:
        with db.read() as session:
            found = []
            for kind, verifier in VERIFIERS.items():
                found += verifier(session, outcome.acks.get(kind, []), exact)
            return found
    finally:
        db.close()
