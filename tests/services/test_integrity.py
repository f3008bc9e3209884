"""check_database: SQLite's own checks, the schema revision and the rules of the data."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from partage.errors import DamagedDatabase
from partage.services.integrity import (
    DATABASE_INVARIANTS,
    INVARIANTS,
    MAX_PROBLEMS_PER_CHECK,
    IntegrityProblem,
    check_database,
    numbering_problems,
)
from partage.services.members import MemberInput, add_member
from partage.storage import Database
from partage.storage.schema import SCHEMA_HEAD, SCHEMA_REVISIONS
from tests.cli.damage import corrupt_name_index, corrupt_schema_pages, corrupt_table_page
from tests.conftest import ON_SERVER


def raw(path: Path) -> sqlite3.Connection:
    """A plain connection that can break the rules the application keeps."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA foreign_keys=OFF")
    return connection


def tamper(db: Database, sql: str, params: tuple[object, ...] = ()) -> None:
    """Run one statement behind the services' back (on a server, with its foreign keys
    and triggers off for the session, as a careless script might)."""
    if db.path is None:
        with db.engine.begin() as connection:
            connection.exec_driver_sql("SET session_replication_role = replica")
            connection.exec_driver_sql(sql.replace("?", "%s"), params)
        return
    connection = raw(db.path)
    try:
        connection.execute(sql, params)
    finally:
        connection.close()


def problems_of(db: Database, check: str) -> list[IntegrityProblem]:
    return [p for p in check_database(db).problems if p.check == check]


@pytest.fixture
def demo(new_database: Callable[[str], Path]) -> Iterator[Database]:
    """The small demo co-op, open."""
    from partage.services.demo import create_demo

    database = create_demo(new_database("demo.partage"), size="small")
    yield database
    database.close()


def test_a_new_database_is_healthy(db: Database) -> None:
    report = check_database(db)

    assert report.ok, [p.text() for p in report.problems]
    assert report.location == db.location
    # SQLite's own checks of the file come first; a server keeps its files itself.
    first = [] if ON_SERVER else ["integrity", "foreign_keys", "journal_mode"]
    assert report.checks[: len(first)] == first
    assert [name for name, _ in INVARIANTS + DATABASE_INVARIANTS] == report.checks[len(first):]
    assert {"booking_overlaps", "cost_allocations", "invoice_series"} <= set(report.checks)


def test_the_demo_database_is_healthy(demo: Database) -> None:
    report = check_database(demo)

    assert report.ok, [p.text() for p in report.problems]


@pytest.mark.sqlite_only("SQLite's own foreign-key check (a server refuses such a row)")
def test_an_owner_who_does_not_exist_is_found(demo: Database) -> None:
    tamper(demo, "INSERT INTO asset_owners VALUES (1, 9999, 1000)")

    report = check_database(demo)

    assert not report.ok
    owners = [p for p in report.problems if p.check == "asset_owners"]
    assert len(owners) == 1 and owners[0].params["member_id"] == 9999
    assert "does not exist" in owners[0].text()
    (foreign,) = [p for p in report.problems if p.check == "foreign_keys"]
    assert foreign.params["table"] == "asset_owners" and foreign.params["parent"] == "members"


@pytest.mark.sqlite_only("tampers with the SQLite file directly")
def test_an_ownership_share_of_zero_is_found(demo: Database) -> None:
    assert demo.path is not None
    connection = raw(demo.path)
    (asset_id, member_id) = connection.execute(
        "SELECT asset_id, member_id FROM asset_owners LIMIT 1"
    ).fetchone()
    connection.execute(
        "UPDATE asset_owners SET weight_milli = 0 WHERE asset_id = ? AND member_id = ?",
        (asset_id, member_id),
    )
    connection.close()

    (problem,) = problems_of(demo, "asset_owners")

    assert problem.params["member_id"] == member_id
    assert problem.params["weight"] == "0"


def test_a_member_weight_of_zero_is_found(db: Database) -> None:
    member = add_member(db, MemberInput(name="Alice"))
    tamper(db, "UPDATE members SET weight_milli = -5 WHERE id = ?", (member.id,))

    (problem,) = problems_of(db, "member_weights")

    assert problem.params["name"] == "Alice" and problem.params["weight"] == "-5"


def test_an_outdated_name_key_and_a_hidden_duplicate_are_found(db: Database) -> None:
    add_member(db, MemberInput(name="Élise Roy"))
    other = add_member(db, MemberInput(name="Bob"))
    # Written behind the service's back: "ÉLISE ROY" with a key that hides the clash.
    tamper(
        db, "UPDATE members SET name = 'ÉLISE ROY', name_key = 'bob' WHERE id = ?", (other.id,)
    )

    found = problems_of(db, "member_names")

    texts = [p.text() for p in found]
    assert any("outdated search key" in t and "ÉLISE ROY" in t for t in texts)
    assert any("same name" in t and "élise roy" in t for t in texts)


def test_an_asset_name_key_out_of_date_is_found(demo: Database) -> None:
    tamper(demo, "UPDATE assets SET name_key = 'stale' WHERE id = 1")

    (problem,) = problems_of(demo, "asset_names")

    assert problem.params["id"] == 1 and problem.params["key"] == "stale"


def test_an_older_schema_revision_is_found(db: Database) -> None:
    tamper(db, "UPDATE alembic_version SET version_num = ?", (SCHEMA_REVISIONS[0],))

    (problem,) = problems_of(db, "schema")

    assert problem.params == {"found": SCHEMA_REVISIONS[0], "expected": SCHEMA_HEAD}


def test_a_missing_schema_revision_is_found(db: Database) -> None:
    tamper(db, "DROP TABLE alembic_version")

    (problem,) = problems_of(db, "schema")

    assert "no schema version" in problem.text()


@pytest.mark.sqlite_only("SQLite journal modes")
def test_a_wal_journal_is_found(db: Database) -> None:
    # A connection already open keeps it (a new one would switch the file back to DELETE).
    assert check_database(db).ok
    assert db.path is not None
    connection = raw(db.path)
    assert connection.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
    connection.close()

    (problem,) = problems_of(db, "journal_mode")

    assert problem.params["mode"] == "wal"


@pytest.mark.sqlite_only("tampers with the SQLite file directly")
def test_an_index_that_no_longer_matches_its_table_is_found(demo: Database) -> None:
    # quick_check (run on every open) does not compare indexes with tables; the full
    # integrity check does.
    assert demo.path is not None
    demo.close()
    corrupt_name_index(demo.path, b"david chen")

    found = problems_of(demo, "integrity")

    assert any("missing from index" in p.text() for p in found)


@pytest.mark.sqlite_only("tampers with the SQLite file directly")
def test_damaged_table_pages_are_reported(tmp_path: Path) -> None:
    from partage.services.demo import create_demo

    demo = create_demo(tmp_path / "large.partage", size="large")
    demo.close()  # no connection keeps the old pages in its cache
    assert demo.path is not None
    corrupt_table_page(demo.path, "members")

    try:
        report = check_database(demo)
    finally:
        demo.close()

    assert not report.ok
    assert any(p.check == "integrity" for p in report.problems)


@pytest.mark.sqlite_only("tampers with the SQLite file directly")
def test_a_file_damaged_everywhere_is_reported_not_raised(demo: Database) -> None:
    assert demo.path is not None
    demo.close()
    corrupt_schema_pages(demo.path)

    report = check_database(demo)

    assert not report.ok
    per_check: dict[str, int] = {}
    for problem in report.problems:
        per_check[problem.check] = per_check.get(problem.check, 0) + 1
        problem.text()  # every message fills its placeholders
    assert max(per_check.values()) <= MAX_PROBLEMS_PER_CHECK + 1


def test_a_problem_becomes_a_translatable_error() -> None:
    problem = IntegrityProblem("schema", "Revision {found}.", {"found": "x"})

    error = problem.as_error()

    assert isinstance(error, DamagedDatabase)
    assert error.message == "Revision {found}." and error.params == {"found": "x"}
    assert str(error) == problem.text() == "Revision x."


@pytest.mark.sqlite_only("tampers with the SQLite file directly")
def test_two_live_bookings_of_one_asset_that_overlap_are_found(demo: Database) -> None:
    assert demo.path is not None
    connection = raw(demo.path)
    try:
        row = connection.execute(
            'SELECT id, asset_id, start, "end" FROM bookings'
            " WHERE status IN ('requested', 'confirmed', 'checked_out') ORDER BY id LIMIT 1"
        ).fetchone()
        # A copy of a live booking, shifted by a minute: what a write without the lock
        # (or a damaged page) could leave behind.
        connection.execute(
            'INSERT INTO bookings (asset_id, member_id, kind, start, "end", status, note,'
            " condition, version, created_at, updated_at)"
            " SELECT asset_id, member_id, kind, datetime(start, '+1 minute'), \"end\","
            " 'confirmed', '', '', 1, created_at, updated_at FROM bookings WHERE id = ?",
            (row[0],),
        )
        copy_id = connection.execute("SELECT max(id) FROM bookings").fetchone()[0]
    finally:
        connection.close()

    found = problems_of(demo, "booking_overlaps")

    assert [(p.params["first"], p.params["second"]) for p in found] == [(row[0], copy_id)]
    assert "overlap" in found[0].text()


@pytest.mark.sqlite_only("tampers with the SQLite file directly")
def test_bookings_that_only_touch_or_were_cancelled_are_not_overlaps(demo: Database) -> None:
    assert demo.path is not None
    connection = raw(demo.path)
    try:
        (booking_id,) = connection.execute("SELECT min(id) FROM bookings").fetchone()
        for status, shift in (("cancelled", "+1 minute"), ("confirmed", "+0 minutes")):
            # The second copy starts exactly when the first one ends: [start, end).
            connection.execute(
                'INSERT INTO bookings (asset_id, member_id, kind, start, "end", status,'
                " note, condition, version, created_at, updated_at)"
                ' SELECT asset_id, member_id, kind, datetime("end", ?),'
                " datetime(\"end\", '+1 hour'), ?, '', '', 1, created_at, updated_at"
                " FROM bookings WHERE id = ?",
                (shift, status, booking_id),
            )
    finally:
        connection.close()

    assert problems_of(demo, "booking_overlaps") == []


@pytest.mark.sqlite_only("tampers with the SQLite file directly")
def test_a_cost_whose_split_does_not_add_up_is_found(demo: Database) -> None:
    assert demo.path is not None
    # A period that ends before it starts: no split can reach it, so nobody pays it.
    connection = raw(demo.path)
    try:
        connection.execute("UPDATE costs SET \"end\" = date(start, '-40 days') WHERE id = 2")
        (amount,) = connection.execute("SELECT amount_cents FROM costs WHERE id = 2").fetchone()
    finally:
        connection.close()

    found = problems_of(demo, "cost_allocations")

    assert [p.params for p in found] == [{"cost": 2, "amount": amount, "allocated": 0}]


def test_numbered_series_must_run_from_one_without_gap_or_duplicate() -> None:
    healthy = [("2026", n) for n in (3, 1, 2)] + [("2027", 1)]
    assert list(numbering_problems("invoice_series", healthy)) == []

    broken = [("2026", 1), ("2026", 2), ("2026", 2), ("2026", 5), ("2027", 2)]
    found = [p.text() for p in numbering_problems("invoice_series", broken)]

    assert found == [
        "The number 2 of the series 2026 is used 2 times.",
        "The series 2026 has no number 3, 4: its numbers must run from 1 without a gap.",
        "The series 2027 has no number 1: its numbers must run from 1 without a gap.",
    ]


def test_the_demo_ledger_reconciles(demo: Database) -> None:
    """Each member's charges to date are the sum of their months, and the costs allocate
    exactly what the members are charged."""
    assert {"ledger", "invoice_totals", "payment_invoices"} <= set(check_database(demo).checks)
    assert problems_of(demo, "ledger") == []


def test_a_payment_naming_a_missing_or_foreign_invoice_is_found(demo: Database) -> None:
    """Older files could record such payments: they open, and ``check`` names them."""
    tamper(
        demo,
        "INSERT INTO payments (member_id, amount_cents, paid_on, invoice_number, note, "
        "created_at) VALUES (1, 5749, '2026-11-01', '2026-0999', '', '2026-11-01 00:00:00')",
    )
    (missing,) = problems_of(demo, "payment_invoices")
    assert missing.params["number"] == "2026-0999" and "does not exist" in missing.text()


def test_an_invoice_whose_lines_do_not_make_its_total_is_found(demo: Database) -> None:
    import datetime as dt

    from partage.services import invoicing
    from partage.services.statements import build_statements

    statements = build_statements(demo, dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    issued = invoicing.issue(demo, next(s for s in statements if s.total_cents))
    assert problems_of(demo, "invoice_totals") == []
    tamper(demo, "UPDATE invoices SET total_cents = total_cents + 1 WHERE number = ?",
           (issued.number,))  # fmt: skip
    (found,) = problems_of(demo, "invoice_totals")
    assert found.params["number"] == issued.number


# --- values another program wrote ------------------------------------------------------


def test_a_setting_no_form_would_accept_is_found(db: Database) -> None:
    tamper(db, "UPDATE settings SET value = ? WHERE key = ?", ("Mars/Phobos", "timezone"))
    tamper(db, "INSERT INTO settings (key, value) VALUES (?, ?)", ("gst_rate", "1" + "0" * 20))

    found = problems_of(db, "settings")

    assert sorted(p.params["key"] for p in found) == ["gst_rate", "timezone"]
    assert {p.params["value"] for p in found} == {"Mars/Phobos", "1" + "0" * 20}
    assert all("cannot use" in p.text() for p in found)


def test_a_date_no_computation_can_use_is_found_with_its_row(db: Database) -> None:
    member = add_member(db, MemberInput(name="Alice"))
    tamper(db, "UPDATE members SET joined = ? WHERE id = ?", ("0001-01-01", member.id))

    (problem,) = problems_of(db, "stored_values")

    assert problem.params["table"] == "members" and problem.params["column"] == "joined"
    assert problem.params["row"] == str(member.id)
    assert "0001-01-01" in str(problem.params["value"])


@pytest.mark.sqlite_only("SQLite keeps any value in any column")
@pytest.mark.parametrize(
    ("column", "value"), [("weight_milli", "heavy"), ("weight_milli", 1.5), ("name", b"\x00x")]
)
def test_a_value_of_the_wrong_kind_is_found_with_its_row(
    db: Database, column: str, value: object
) -> None:
    member = add_member(db, MemberInput(name="Alice"))
    tamper(db, f"UPDATE members SET {column} = ? WHERE id = ?", (value, member.id))

    report = check_database(db)

    (problem,) = [p for p in report.problems if p.check == "stored_values"]
    assert problem.params["table"] == "members" and problem.params["column"] == column
    assert problem.params["row"] == str(member.id)


def test_an_invoice_counter_behind_its_invoices_is_found(db: Database) -> None:
    from partage.services.integrity import counter_problems

    member = add_member(db, MemberInput(name="Alice"))
    for sequence in (1, 2):
        tamper(
            db,
            "INSERT INTO invoices (number, series, sequence, kind, member_id, member_name, "
            "member_address, language, currency, period_from, period_to, issued_on, due_on, "
            "subtotal_cents, gst_cents, qst_cents, total_cents, pdf, issued_by, created_at) "
            "VALUES (?, '2026', ?, 'invoice', ?, 'Alice', '', 'fr', 'CAD', '2026-01-01', "
            "'2026-01-31', '2026-02-01', '2026-03-01', 100, 0, 0, 100, ?, '', "
            "'2026-02-01 00:00:00')",
            (f"2026-000{sequence}", sequence, member.id, b"%PDF"),
        )
    tamper(db, "INSERT INTO invoice_counters (series, last_number) VALUES ('2026', 1)")

    (problem,) = problems_of(db, "invoice_counters")

    assert problem.params == {"series": "2026", "counter": 1, "highest": 2}
    assert [p.params for p in counter_problems(db)] == [problem.params]
