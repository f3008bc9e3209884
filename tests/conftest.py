"""Shared fixtures: every test gets its own Partage home folder and fresh SQLite files.

With PARTAGE_TEST_BACKEND=postgresql, the ``db`` fixture hands out a fresh PostgreSQL
database instead, and only the tests that take ``db`` run (the rest ran in the SQLite
pass); tests about the SQLite file itself carry ``@pytest.mark.sqlite_only(reason)``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

# Qt tests run without a display unless one is given (for example under xvfb-run).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def partage_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Backups, logs and preferences go to a folder of the test's own."""
    home = tmp_path_factory.mktemp("partage-home")
    monkeypatch.setenv("PARTAGE_HOME", str(home))
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test's database file goes (not created)."""
    return tmp_path / "group.partage"


TEST_BACKEND = os.environ.get("PARTAGE_TEST_BACKEND", "sqlite")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "sqlite_only(reason): about the SQLite file itself; not run against PostgreSQL",
    )


# Tests that take ``db`` but are about the SQLite file itself, and why they cannot apply
# to a server. Kept here, beside the switch, so the test files stay as they are.
_FILE = "tampers with the SQLite file directly"
_BACKUP = "backups are copies of a SQLite file"
_LOCKS = "SQLite file locks"
SQLITE_ONLY: dict[str, str] = {
    "tests/services/test_integrity.py::test_a_new_database_is_healthy": (
        "expects SQLite's integrity, foreign-key and journal checks first"
    ),
    "tests/services/test_integrity.py::test_a_wal_journal_is_found": "SQLite journal modes",
    "tests/services/test_integrity.py::test_a_member_weight_of_zero_is_found": _FILE,
    "tests/services/test_integrity.py::"
    "test_an_outdated_name_key_and_a_hidden_duplicate_are_found": _FILE,
    "tests/services/test_integrity.py::test_an_older_schema_revision_is_found": _FILE,
    "tests/services/test_integrity.py::test_a_missing_schema_revision_is_found": _FILE,
    "tests/services/test_workspace.py::test_a_manual_backup_into_a_folder": _BACKUP,
    "tests/services/test_workspace.py::test_a_deferred_open_backs_up_only_when_asked": _BACKUP,
    "tests/services/test_workspace.py::test_no_automatic_backup_of_a_read_only_database": (_BACKUP),
    "tests/storage/test_database.py::"
    "test_new_file_is_a_partage_database_in_rollback_journal_mode": "SQLite header, pragmas",
    "tests/storage/test_database.py::"
    "test_a_file_left_in_wal_mode_is_put_back_in_rollback_journal_mode": "SQLite journal modes",
    "tests/storage/test_database.py::test_the_write_transaction_is_immediate": _LOCKS,
    "tests/storage/test_database.py::test_a_newer_schema_is_refused_untouched": _FILE,
    "tests/storage/test_database.py::"
    "test_a_read_only_database_refuses_writes_and_stays_identical": "file permissions",
    "tests/storage/test_database.py::test_a_file_without_write_permission_opens_read_only": (
        "file permissions"
    ),
    "tests/storage/test_database.py::"
    "test_a_write_waits_while_another_process_holds_the_file": _LOCKS,
    "tests/storage/test_database.py::"
    "test_a_file_busy_beyond_the_retries_gives_a_clear_error_and_writes_nothing": _LOCKS,
    "tests/storage/test_database.py::"
    "test_each_gui_open_takes_a_backup_and_old_ones_are_rotated": _BACKUP,
    "tests/storage/test_database.py::test_the_cli_policy_backs_up_at_most_hourly": _BACKUP,
    "tests/reliability/test_booking_race.py::"
    "test_only_one_of_several_simultaneous_bookings_of_a_slot_succeeds": (
        "its racing processes open the file by its path"
    ),
    "tests/services/test_governance.py::test_everyone_is_a_coordinator_until_some_are_named": (
        "a second person opens the file by its path"
    ),
    "tests/services/test_governance.py::test_only_a_coordinator_issues_and_voids_invoices": (
        "a second person opens the file by its path"
    ),
    "tests/services/test_governance.py::"
    "test_the_audit_log_filters_by_period_kind_person_and_text": (
        "a second person opens the file by its path"
    ),
    "tests/services/test_invoice_numbering.py::"
    "test_two_processes_issue_gapless_unique_numbers_on_one_file": (
        "the file variant; the PostgreSQL variant is the test next to it"
    ),
    "tests/services/test_exchange_import.py::"
    "test_a_cost_in_a_closed_period_is_a_row_problem": _FILE,
    "tests/services/test_exchange_import.py::"
    "test_a_read_only_database_refuses_the_import_unchanged": "file permissions",
    "tests/services/test_exchange_import.py::test_cost_problems_point_at_their_cells": _FILE,
    "tests/services/test_exchange_import.py::"
    "test_every_problem_is_reported_with_its_row_and_column_and_nothing_is_written": _FILE,
    "tests/services/test_exchange_import.py::"
    "test_wrong_columns_or_a_broken_quote_are_refused_and_change_nothing": _FILE,
}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """In the PostgreSQL pass, run only the tests that take ``db`` and are not SQLite's."""
    if TEST_BACKEND != "postgresql":
        return
    kept, dropped = [], []
    for item in items:
        takes_db = "db" in getattr(item, "fixturenames", ())
        sqlite_only = item.get_closest_marker("sqlite_only") or item.nodeid in SQLITE_ONLY
        (kept if takes_db and not sqlite_only else dropped).append(item)
    config.hook.pytest_deselected(items=dropped)
    items[:] = kept


@pytest.fixture
def db(db_path: Path) -> Iterator[object]:
    """A fresh, empty Partage database in a real SQLite file (or, with
    PARTAGE_TEST_BACKEND=postgresql, in a fresh PostgreSQL database)."""
    from partage.services.workspace import OrganisationSettings, create_workspace

    if TEST_BACKEND == "postgresql":
        with fresh_pg_database() as url:
            database = create_workspace(url, OrganisationSettings(name="Coop test"))
            yield database
            database.close()
        return
    database = create_workspace(db_path, OrganisationSettings(name="Coop test"))
    yield database
    database.close()


PG_ADMIN_URL = os.environ.get(
    "PARTAGE_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


@contextmanager
def fresh_pg_database() -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database on the real server, dropped afterwards.

    Skips the test when no server answers, unless PARTAGE_REQUIRE_PG=1 (set in CI).
    """
    import uuid

    import sqlalchemy as sa

    admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"partage_test_{uuid.uuid4().hex[:12]}"
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    except sa.exc.OperationalError as error:
        admin.dispose()
        if os.environ.get("PARTAGE_REQUIRE_PG") == "1":
            raise
        pytest.skip(f"no PostgreSQL server: {error.orig}")
    url = sa.engine.make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database on the real server, dropped afterwards.

    Skipped when no server answers, unless PARTAGE_REQUIRE_PG=1 (set in CI), where a
    missing server fails the test instead.
    """
    with fresh_pg_database() as url:
        yield url
