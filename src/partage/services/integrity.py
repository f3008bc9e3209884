"""Checking a database: the file's own integrity, then the rules the data must keep.

``check_database`` runs every check and returns a report instead of raising at the first
problem, so a person (or the ``check`` command) sees everything that is wrong at once.
Each problem carries an English message marked for translation (context ``errors``) and
its parameters, like ``PartageError``.

Invariants are plain functions of a read session listed in ``INVARIANTS`` (bookings that
never overlap, gapless invoice numbers), or of the whole database in
``DATABASE_INVARIANTS`` when they need a service that opens its own session (every cost's
split allocates exactly its amount). A new rule of the data is one more function and one
more entry there.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from dateutil.relativedelta import relativedelta
from sqlalchemy import exc as sa_exc
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, aliased

from partage.errors import QT_TRANSLATE_NOOP, DamagedDatabase
from partage.models import (
    LIVE_STATUSES,
    Asset,
    AssetOwner,
    Booking,
    Cost,
    Invoice,
    InvoiceLine,
    Member,
    Payment,
    name_key,
)
from partage.services.splitting import CostSplit
from partage.storage import Database
from partage.storage.schema import SCHEMA_HEAD
from partage.storage.stored_values import find_bad_values, shown

log = logging.getLogger(__name__)

# A badly damaged file can yield thousands of findings; past this many per check, one
# line says how many more there were.
MAX_PROBLEMS_PER_CHECK = 20

ParamValue = str | int


@dataclass(frozen=True)
class IntegrityProblem:
    """One thing found wrong.

    Attributes:
        check: the name of the check that found it (stable, for scripts).
        message: English source text with ``{name}`` placeholders, marked for translation.
        params: values for the placeholders.
    """

    check: str
    message: str
    params: dict[str, ParamValue] = field(default_factory=dict)

    def text(self) -> str:
        """The English message with its parameters filled in (for logs)."""
        return self.message.format(**self.params)

    def as_error(self) -> DamagedDatabase:
        """The problem as an error, for the edges that translate ``PartageError``."""
        return DamagedDatabase(self.message, **self.params)


@dataclass
class IntegrityReport:
    """What ``check_database`` found.

    Attributes:
        location: the file or server checked.
        checks: the names of the checks that ran, in order.
        problems: everything found wrong; empty when the database is healthy.
    """

    location: str
    checks: list[str] = field(default_factory=list)
    problems: list[IntegrityProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no check found anything wrong."""
        return not self.problems


Invariant = Callable[[Session], Iterable[IntegrityProblem]]
DatabaseInvariant = Callable[[Database], Iterable[IntegrityProblem]]


# --- the file itself (SQLite) -----------------------------------------------------------


def _sqlite_integrity(session: Session) -> Iterator[IntegrityProblem]:
    """SQLite's full ``integrity_check``: pages, b-trees, and every index against its table."""
    rows = session.connection().exec_driver_sql("PRAGMA integrity_check").fetchall()
    for (result,) in rows:
        for line in str(result).splitlines():
            detail = line.strip()
            if detail and detail != "ok" and not detail.startswith("***"):
                yield IntegrityProblem(
                    "integrity",
                    QT_TRANSLATE_NOOP("errors", "The file's structure is damaged: {detail}"),
                    {"detail": detail},
                )


def _sqlite_foreign_keys(session: Session) -> Iterator[IntegrityProblem]:
    """Rows that refer to a row that does not exist."""
    rows = session.connection().exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    for table, rowid, parent, _fk in rows:
        yield IntegrityProblem(
            "foreign_keys",
            QT_TRANSLATE_NOOP(
                "errors", "Row {rowid} of the table {table} refers to a missing row of {parent}."
            ),
            {
                "table": str(table),
                "rowid": "?" if rowid is None else int(rowid),
                "parent": str(parent),
            },
        )


def _sqlite_journal_mode(session: Session) -> Iterator[IntegrityProblem]:
    """The rollback journal (DELETE); WAL is unsafe on network drives."""
    mode = str(session.connection().exec_driver_sql("PRAGMA journal_mode").scalar()).lower()
    if mode != "delete":
        yield IntegrityProblem(
            "journal_mode",
            QT_TRANSLATE_NOOP(
                "errors",
                "The database uses the journal mode {mode} instead of DELETE, "
                "which is unsafe on a shared drive.",
            ),
            {"mode": mode},
        )


# --- schema -----------------------------------------------------------------------------


def _schema_revision(session: Session) -> Iterator[IntegrityProblem]:
    """The schema is at the revision this version of Partage writes."""
    try:
        with session.begin_nested():
            found = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except (sa_exc.OperationalError, sa_exc.ProgrammingError):  # no such table (SQLite, server)
        found = None
    if found is None:
        yield IntegrityProblem(
            "schema",
            QT_TRANSLATE_NOOP("errors", "The database has no schema version."),
        )
    elif str(found) != SCHEMA_HEAD:
        yield IntegrityProblem(
            "schema",
            QT_TRANSLATE_NOOP(
                "errors", "The database's schema is at revision {found} instead of {expected}."
            ),
            {"found": str(found), "expected": SCHEMA_HEAD},
        )


# --- values another program wrote ---------------------------------------------------------


def _stored_values(session: Session) -> Iterator[IntegrityProblem]:
    """Every stored value can be read as its column's kind: no text in an amount, no
    fraction in a count, no date that is not one, no unknown time zone or broken rule."""
    for bad in find_bad_values(session.connection()):
        yield IntegrityProblem(
            "stored_values",
            QT_TRANSLATE_NOOP(
                "errors",
                "The column {column} of row {row} in the table {table} holds “{value}”, "
                "which Partage cannot use.",
            ),
            {"table": bad.table, "column": bad.column, "row": bad.row, "value": bad.value},
        )


def _settings(session: Session) -> Iterator[IntegrityProblem]:
    """Every database-wide setting holds a value its form would accept."""
    from partage.models import Setting
    from partage.services.document_settings import unusable_settings

    values = {
        str(key): value
        for key, value in session.connection().execute(select(Setting.key, Setting.value))
    }
    for key, raw in sorted(unusable_settings(values).items()):
        yield IntegrityProblem(
            "settings",
            QT_TRANSLATE_NOOP(
                "errors", "The setting “{key}” holds “{value}”, which Partage cannot use."
            ),
            {"key": key, "value": shown(raw)},
        )


def _invoice_counters(session: Session) -> Iterator[IntegrityProblem]:
    """Each series' counter is at least its highest number, so the next is a new one."""
    from partage.models import InvoiceCounter

    highest: dict[str, int] = {
        str(series): int(top)
        for series, top in session.execute(
            select(Invoice.series, func.max(Invoice.sequence)).group_by(Invoice.series)
        )
    }
    counters: dict[str, int] = {
        str(series): int(number)
        for series, number in session.execute(
            select(InvoiceCounter.series, InvoiceCounter.last_number)
        )
    }
    for series, top in sorted(highest.items()):
        counter = counters.get(series, 0)
        if counter < top:
            yield IntegrityProblem(
                "invoice_counters",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The counter of the invoice series {series} is at {counter}, behind its "
                    "invoices (up to {highest}): the next invoice would take a number "
                    "already used.",
                ),
                {"series": str(series), "counter": int(counter), "highest": int(top)},
            )


def counter_problems(db: Database) -> list[IntegrityProblem]:
    """The invoice series whose counter is behind its invoices (see ``check``), so that
    issuing can refuse before it would take a number already used."""
    with db.read() as session:
        return list(_invoice_counters(session))


# --- invariants of the data ---------------------------------------------------------------


def _asset_owners(session: Session) -> Iterator[IntegrityProblem]:
    """Every ownership share names an existing asset and member, with a positive weight."""
    query = (
        select(
            AssetOwner.asset_id,
            AssetOwner.member_id,
            AssetOwner.weight_milli,
            Asset.name,
            Member.name,
        )
        .outerjoin(Asset, Asset.id == AssetOwner.asset_id)
        .outerjoin(Member, Member.id == AssetOwner.member_id)
        .order_by(AssetOwner.asset_id, AssetOwner.member_id)
    )
    for asset_id, member_id, weight, asset_name, member_name in session.execute(query):
        asset = asset_name if asset_name is not None else f"#{asset_id}"
        if asset_name is None:
            yield IntegrityProblem(
                "asset_owners",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "An ownership share refers to the asset {asset_id}, which does not exist.",
                ),
                {"asset_id": int(asset_id)},
            )
        if member_name is None:
            yield IntegrityProblem(
                "asset_owners",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The asset “{asset}” has an owner (member {member_id}) who does not exist.",
                ),
                {"asset": asset, "member_id": int(member_id)},
            )
        if weight is None or weight <= 0:
            yield IntegrityProblem(
                "asset_owners",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The asset “{asset}” gives member {member_id} an ownership share of "
                    "{weight} thousandths; a share must be more than zero.",
                ),
                {"asset": asset, "member_id": int(member_id), "weight": str(weight)},
            )


def _name_keys(
    check: str, rows: Iterable[tuple[int, str, str]], mismatch: str, duplicate: str
) -> Iterator[IntegrityProblem]:
    """Stored name keys equal ``name_key(name)``, and no two names share a key."""
    by_key: dict[str, list[int]] = defaultdict(list)
    for row_id, name, stored in rows:
        expected = name_key(name)
        if stored != expected:
            yield IntegrityProblem(
                check, mismatch, {"id": int(row_id), "name": name, "key": stored}
            )
        by_key[expected].append(int(row_id))
    for key, ids in sorted(by_key.items()):
        if len(ids) > 1:
            yield IntegrityProblem(
                check, duplicate, {"key": key, "ids": ", ".join(str(i) for i in sorted(ids))}
            )


def _member_names(session: Session) -> Iterator[IntegrityProblem]:
    """Member names are unique ignoring case, and their search keys are up to date."""
    query = select(Member.id, Member.name, Member.name_key).order_by(Member.id)
    rows = [(int(i), str(name), str(key)) for i, name, key in session.execute(query)]
    yield from _name_keys(
        "member_names",
        rows,
        QT_TRANSLATE_NOOP(
            "errors", "The member “{name}” (id {id}) has an outdated search key “{key}”."
        ),
        QT_TRANSLATE_NOOP("errors", "Several members have the same name “{key}”: ids {ids}."),
    )


def _member_weights(session: Session) -> Iterator[IntegrityProblem]:
    """Every member's share weight is more than zero."""
    query = select(Member.id, Member.name, Member.weight_milli).where(
        (Member.weight_milli <= 0) | Member.weight_milli.is_(None)
    )
    for member_id, name, weight in session.execute(query.order_by(Member.id)):
        yield IntegrityProblem(
            "member_weights",
            QT_TRANSLATE_NOOP(
                "errors",
                "The member “{name}” (id {id}) has a share weight of {weight} thousandths; "
                "it must be more than zero.",
            ),
            {"name": name, "id": int(member_id), "weight": str(weight)},
        )


def _asset_names(session: Session) -> Iterator[IntegrityProblem]:
    """Asset names are unique ignoring case, and their search keys are up to date."""
    query = select(Asset.id, Asset.name, Asset.name_key).order_by(Asset.id)
    rows = [(int(i), str(name), str(key)) for i, name, key in session.execute(query)]
    yield from _name_keys(
        "asset_names",
        rows,
        QT_TRANSLATE_NOOP(
            "errors", "The asset “{name}” (id {id}) has an outdated search key “{key}”."
        ),
        QT_TRANSLATE_NOOP("errors", "Several assets have the same name “{key}”: ids {ids}."),
    )


def _booking_overlaps(session: Session) -> Iterator[IntegrityProblem]:
    """No two live bookings of one asset overlap: [start, end) intervals, same asset."""
    first = aliased(Booking)
    second = aliased(Booking)
    query = (
        select(first.id, second.id, first.asset_id, Asset.name, second.start, first.end)
        .join(
            second,
            (second.asset_id == first.asset_id)
            & (second.id > first.id)
            & (second.start < first.end)
            & (second.end > first.start),
        )
        .outerjoin(Asset, Asset.id == first.asset_id)
        .where(first.status.in_(LIVE_STATUSES), second.status.in_(LIVE_STATUSES))
        .order_by(first.asset_id, first.id, second.id)
    )
    for first_id, second_id, asset_id, asset_name, _start, _end in session.execute(query):
        yield IntegrityProblem(
            "booking_overlaps",
            QT_TRANSLATE_NOOP(
                "errors",
                "The bookings {first} and {second} of the asset “{asset}” overlap; "
                "one asset can only be booked once at a time.",
            ),
            {
                "first": int(first_id),
                "second": int(second_id),
                "asset": asset_name if asset_name is not None else f"#{asset_id}",
            },
        )


def numbering_problems(
    check: str, numbers: Iterable[tuple[str, int]]
) -> Iterator[IntegrityProblem]:
    """Duplicates and gaps in numbered series: each series must hold exactly 1..K.

    Args:
        check: the name of the check reporting the problems.
        numbers: (series, number) pairs, such as ("2026", 17) for invoice 2026-17.
    """
    by_series: dict[str, list[int]] = defaultdict(list)
    for series, number in numbers:
        by_series[str(series)].append(int(number))
    for series, found in sorted(by_series.items()):
        counts: dict[int, int] = defaultdict(int)
        for number in found:
            counts[number] += 1
        for number, count in sorted(counts.items()):
            if count > 1:
                yield IntegrityProblem(
                    check,
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The number {number} of the series {series} is used {count} times.",
                    ),
                    {"series": series, "number": number, "count": count},
                )
        missing = sorted(set(range(1, max(counts) + 1)) - set(counts))
        if missing:
            yield IntegrityProblem(
                check,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The series {series} has no number {missing}: its numbers must run "
                    "from 1 without a gap.",
                ),
                {"series": series, "missing": ", ".join(str(n) for n in missing[:20])},
            )
        outside = sorted(n for n in counts if n < 1)
        if outside:
            yield IntegrityProblem(
                check,
                QT_TRANSLATE_NOOP(
                    "errors", "The series {series} holds numbers below 1: {numbers}."
                ),
                {"series": series, "numbers": ", ".join(str(n) for n in outside[:20])},
            )


def invoice_numbers(session: Session) -> list[tuple[str, int]]:
    """(series, number) of every issued invoice and credit note."""
    from partage.models import Invoice

    return [
        (str(series), int(sequence))
        for series, sequence in session.execute(select(Invoice.series, Invoice.sequence))
    ]


def _invoice_series(session: Session) -> Iterator[IntegrityProblem]:
    """Invoice numbers are unique and gapless in each series (1..K every year)."""
    yield from numbering_problems("invoice_series", invoice_numbers(session))


# --- invariants that use the services ------------------------------------------------------


def _cost_allocations(db: Database) -> Iterator[IntegrityProblem]:
    """Every cost's split over its whole period allocates exactly its amount."""
    from partage.services.split_report import split_period

    with db.read() as session:
        span = session.execute(select(func.min(Cost.start), func.max(Cost.end))).one()
        amounts = {
            int(i): int(a or 0) for i, a in session.execute(select(Cost.id, Cost.amount_cents))
        }
        recoveries = session.execute(
            select(Asset.purchase_date, Asset.recovery_months).where(
                Asset.recovery_months.is_not(None), Asset.purchase_date.is_not(None)
            )
        ).all()
    starts = [d for d in [span[0], *(r[0] for r in recoveries)] if d is not None]
    if not starts:
        return
    # A purchase is recovered month by month from its date: the split must reach its end.
    ends = [span[1], *(r[0] + relativedelta(months=int(r[1] or 0)) for r in recoveries)]
    first = min(starts)
    last = max(d for d in [*ends, first] if d is not None)
    try:
        report = split_period(db, first, last)
    except (ValueError, ArithmeticError, TypeError) as error:
        # Values no rule can split (a missing amount, a period ending before it starts).
        yield IntegrityProblem(
            "cost_allocations",
            QT_TRANSLATE_NOOP("errors", "The costs cannot be split: {detail}"),
            {"detail": str(error)},
        )
        return
    # A cost the split never reached (its period ends before it starts) allocates nothing.
    split_ids = {cost.cost_id for cost in report.costs}
    for cost_id in sorted(set(amounts) - split_ids):
        yield IntegrityProblem(
            "cost_allocations",
            QT_TRANSLATE_NOOP(
                "errors",
                "The cost {cost} of {amount} cents is split into {allocated} cents; "
                "a split must add up exactly to the cost.",
            ),
            {"cost": cost_id, "amount": amounts[cost_id], "allocated": 0},
        )
    # A cost split by use is one line per month: its lines together make the cost.
    lines: dict[int, list[CostSplit]] = defaultdict(list)
    for cost in report.costs:
        lines[cost.cost_id].append(cost)
    for cost_id, parts in lines.items():
        amount = parts[0].amount_cents
        period = sum(part.period_cents for part in parts)
        allocated = 0
        whole = True
        for part in parts:
            shares = sum(a.amount_cents for a in part.allocations)
            unallocated = not part.allocations and bool(part.unallocated_reason)
            allocated += part.period_cents if unallocated else shares
            whole = whole and (unallocated or shares == part.period_cents)
        if period != amount or not whole:
            yield IntegrityProblem(
                "cost_allocations",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The cost {cost} of {amount} cents is split into {allocated} cents; "
                    "a split must add up exactly to the cost.",
                ),
                {"cost": cost_id, "amount": amount, "allocated": allocated},
            )


def _payment_invoices(session: Session) -> Iterator[IntegrityProblem]:
    """A payment that names an invoice names one of the paying member's."""
    owners = {
        number: member
        for number, member in session.execute(select(Invoice.number, Invoice.member_id))
    }
    for payment_id, member_id, number in session.execute(
        select(Payment.id, Payment.member_id, Payment.invoice_number)
        .where(Payment.invoice_number != "")
        .order_by(Payment.id)
    ):
        owner = owners.get(number)
        if owner is None:
            yield IntegrityProblem(
                "payment_invoices",
                QT_TRANSLATE_NOOP(
                    "errors", "Payment {payment} names invoice {number}, which does not exist."
                ),
                {"payment": payment_id, "number": number},
            )
        elif owner != member_id:
            yield IntegrityProblem(
                "payment_invoices",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Payment {payment} names invoice {number}, which was issued to another member.",
                ),
                {"payment": payment_id, "number": number},
            )


def _invoice_totals(session: Session) -> Iterator[IntegrityProblem]:
    """An invoice's total is its subtotal and taxes, and its charge lines make its
    subtotal."""
    charged = {
        invoice_id: int(total or 0)
        for invoice_id, total in session.execute(
            select(InvoiceLine.invoice_id, func.sum(InvoiceLine.amount_cents))
            .where(InvoiceLine.kind == "charge")
            .group_by(InvoiceLine.invoice_id)
        )
    }
    for row in session.execute(
        select(
            Invoice.id,
            Invoice.number,
            Invoice.kind,
            Invoice.subtotal_cents,
            Invoice.gst_cents,
            Invoice.qst_cents,
            Invoice.total_cents,
        ).order_by(Invoice.id)
    ):
        lines = charged.get(row.id, 0)
        if row.total_cents != row.subtotal_cents + row.gst_cents + row.qst_cents or (
            row.kind == "invoice" and lines != row.subtotal_cents
        ):
            yield IntegrityProblem(
                "invoice_totals",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Invoice {number} does not add up: lines {lines}, subtotal {subtotal}, "
                    "total {total} cents.",
                ),
                {
                    "number": row.number,
                    "lines": lines,
                    "subtotal": row.subtotal_cents,
                    "total": row.total_cents,
                },
            )


def _ledger(db: Database) -> Iterator[IntegrityProblem]:
    """The member ledger reconciles: each member's charges to today are the sum of their
    monthly charges (what the statements and the account show), and everything charged
    to the members is what the costs allocate."""
    import datetime as dt

    from partage.services.ledger import accrued_charges, first_day
    from partage.services.split_report import split_period

    today = dt.date.today()
    origin = first_day(db)
    if origin is None or origin > today:
        return
    whole = accrued_charges(db, today)
    months: dict[int, int] = defaultdict(int)
    allocated = 0
    first = origin
    while first <= today:
        last = min(first.replace(day=1) + relativedelta(months=1, days=-1), today)
        report = split_period(db, first, last)
        for member_id, cents in report.member_totals().items():
            months[member_id] += cents
        allocated += sum(
            cost.allocated_cents for cost in report.costs if not cost.unallocated_reason
        )
        first = last + dt.timedelta(days=1)
    for member_id in sorted(whole.keys() | months.keys()):
        if whole.get(member_id, 0) != months.get(member_id, 0):
            yield IntegrityProblem(
                "ledger",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Member {member} is charged {whole} cents to date, but their months add "
                    "up to {months} cents.",
                ),
                {
                    "member": member_id,
                    "whole": whole.get(member_id, 0),
                    "months": months.get(member_id, 0),
                },
            )
    if sum(whole.values()) != allocated:
        yield IntegrityProblem(
            "ledger",
            QT_TRANSLATE_NOOP(
                "errors",
                "The members are charged {charged} cents to date, but the costs allocate "
                "{allocated} cents.",
            ),
            {"charged": sum(whole.values()), "allocated": allocated},
        )


SQLITE_CHECKS: tuple[tuple[str, Invariant], ...] = (
    ("integrity", _sqlite_integrity),
    ("foreign_keys", _sqlite_foreign_keys),
    ("journal_mode", _sqlite_journal_mode),
)

# Rules of the data, checked on every kind of database. Add new ones here.
INVARIANTS: tuple[tuple[str, Invariant], ...] = (
    ("schema", _schema_revision),
    ("stored_values", _stored_values),
    ("settings", _settings),
    ("asset_owners", _asset_owners),
    ("member_names", _member_names),
    ("member_weights", _member_weights),
    ("asset_names", _asset_names),
    ("booking_overlaps", _booking_overlaps),
    ("invoice_series", _invoice_series),
    ("invoice_counters", _invoice_counters),
    ("invoice_totals", _invoice_totals),
    ("payment_invoices", _payment_invoices),
)

# Rules checked through the services, which open their own read transactions.
DATABASE_INVARIANTS: tuple[tuple[str, DatabaseInvariant], ...] = (
    ("cost_allocations", _cost_allocations),
    ("ledger", _ledger),
)


def _in_session(db: Database, check: Invariant) -> Iterator[IntegrityProblem]:
    with db.read() as session:
        yield from check(session)


def _run(name: str, problems: Iterator[IntegrityProblem], report: IntegrityReport) -> None:
    """Run one check; a check SQLite cannot finish is a problem."""
    report.checks.append(name)
    found: list[IntegrityProblem] = []
    try:
        for problem in problems:
            found.append(problem)
            if len(found) > MAX_PROBLEMS_PER_CHECK:
                break
    except DamagedDatabase as error:
        cause = error.__cause__
        detail = str(getattr(cause, "orig", cause) or error)
        found.append(_unfinished(name, detail))
    except sa_exc.DBAPIError as error:
        # Not a busy or missing file (those are raised as they are): a table or column
        # the schema promises is gone, which is damage, not a bug of the check.
        found.append(_unfinished(name, str(error.orig)))
    except UnicodeDecodeError as error:
        # SQLite quoted bytes of a damaged page in its message, or a text column holds
        # bytes that are not UTF-8: either way the file is damaged.
        found.append(_unfinished(name, str(error)))
    except (ValueError, TypeError, ArithmeticError) as error:
        # A value another program stored that a service could not compute with, read
        # where no column type checks it: the check says so rather than stop. Logged
        # whole, in case it is a bug of the check itself.
        log.warning("check %s could not finish", name, exc_info=True)
        found.append(_unfinished(name, str(error) or type(error).__name__))
    if len(found) > MAX_PROBLEMS_PER_CHECK:
        found = found[:MAX_PROBLEMS_PER_CHECK]
        found.append(
            IntegrityProblem(
                name,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "More problems of this kind were found; only the first {count} are listed.",
                ),
                {"count": MAX_PROBLEMS_PER_CHECK},
            )
        )
    report.problems.extend(found)


def _unfinished(name: str, detail: str) -> IntegrityProblem:
    return IntegrityProblem(
        name,
        QT_TRANSLATE_NOOP("errors", "The check “{check}” could not finish: {detail}"),
        {"check": name, "detail": detail},
    )


def check_database(db: Database) -> IntegrityReport:
    """Check *db* thoroughly: SQLite's full integrity check, foreign keys, journal mode,
    schema revision, then every invariant in ``INVARIANTS`` and ``DATABASE_INVARIANTS``.

    Only reads; works on a database opened read-only. Takes a few seconds on a large file.

    Raises:
        DatabaseProblem: the database could not be read at all (busy, unreachable).
    """
    report = IntegrityReport(location=db.location)
    checks = (SQLITE_CHECKS if db.kind == "sqlite" else ()) + INVARIANTS
    for name, check in checks:
        _run(name, _in_session(db, check), report)
    for name, whole in DATABASE_INVARIANTS:
        _run(name, iter(whole(db)), report)
    return report
