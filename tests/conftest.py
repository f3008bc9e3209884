"""Shared fixtures: every test gets its own Partage home folder and a fresh database.

With PARTAGE_TEST_BACKEND=postgresql the whole suite runs again against the real
PostgreSQL server: ``db_path`` is then the URL of a fresh server database (dropped after
the test) instead of a file path, and ``db``, ``new_database`` and the fixtures built on
them follow. A test whose subject does not exist on a server (the SQLite file's header,
journal modes, permissions, locks and backups, the SMB share) is listed in
``SQLITE_ONLY`` below, or carries ``@pytest.mark.sqlite_only(reason)``, and is deselected
from that pass with its reason.
"""

from __future__ import annotations

import gc
import hashlib
import os
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest

from partage.reports.renderer import install as install_renderer

# Qt tests run without a display unless one is given (for example under xvfb-run).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# What the application and the command line install at start-up: services that issue or
# void invoices draw their PDFs through it.
install_renderer()

TEST_BACKEND = os.environ.get("PARTAGE_TEST_BACKEND", "sqlite")
ON_SERVER = TEST_BACKEND == "postgresql"


@pytest.fixture(autouse=True)
def partage_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Backups, logs and preferences go to a folder of the test's own."""
    home = tmp_path_factory.mktemp("partage-home")
    monkeypatch.setenv("PARTAGE_HOME", str(home))
    return home


@pytest.fixture
def new_database(tmp_path: Path) -> Iterator[Callable[[str], Path | str]]:
    """``new_database("demo.partage")``: where a new database goes (not created): a file
    of that name in the test's folder, or, on PostgreSQL, a fresh empty server database,
    dropped after the test."""
    with ExitStack() as stack:

        def make(name: str) -> Path | str:
            if ON_SERVER:
                return stack.enter_context(fresh_pg_database())
            return tmp_path / name

        yield make


@pytest.fixture
def db_path(new_database: Callable[[str], Path | str]) -> Path | str:
    """Where a test's database goes (not created): a file path, or a server URL."""
    return new_database("group.partage")


def content_digest(target: Path | str) -> str:
    """A fingerprint of a database's content, to prove something left it as it was: the
    SHA-256 of a file's bytes, or of every row of every table of a server database."""
    if not isinstance(target, str) or "://" not in target:
        return hashlib.sha256(Path(target).read_bytes()).hexdigest()
    import sqlalchemy as sa

    engine = sa.create_engine(target)
    digest = hashlib.sha256()
    try:
        with engine.connect() as connection:
            for name in sorted(sa.inspect(connection).get_table_names()):
                rows = connection.exec_driver_sql(f'SELECT * FROM "{name}"').all()
                digest.update(name.encode())
                for row in sorted(repr(tuple(row)) for row in rows):
                    digest.update(row.encode())
    finally:
        engine.dispose()
    return digest.hexdigest()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "sqlite_only(reason): about the SQLite file itself; not run against PostgreSQL",
    )


# Tests about the SQLite file itself, and why they cannot apply to a server. Kept here,
# beside the switch, so the test files stay as they are. Whole files first.
SQLITE_ONLY_FILES: dict[str, str] = {
    "tests/reliability/test_bad_files.py": "files that are not, or no longer, Partage files",
    "tests/reliability/test_broken_locks.py": "SQLite without its file locks",
    "tests/reliability/test_contention.py": "eight writers on one file, local and on SMB",
    "tests/reliability/test_crash.py": "writers killed in the middle of a write to a file",
    "tests/reliability/test_disk_full.py": "a file on a full disk",
    "tests/storage/test_cloud.py": "cloud-sync folders, found from a file's path",
    "tests/storage/test_location.py": "network drives, found from a file's path",
}
_FILE = "tampers with the SQLite file directly"
_BACKUP = "backups are copies of a SQLite file"
_LOCKS = "SQLite file locks"
_EXPORT = "only a file can be overwritten by an export"
_NEW_FILE = "a new SQLite file: its place, what was there before"
_OLD_FILE = "turns the SQLite file back into an older schema"
SQLITE_ONLY: dict[str, str] = {
    "tests/services/test_integrity.py::test_a_wal_journal_is_found": "SQLite journal modes",
    "tests/services/test_integrity.py::test_an_owner_who_does_not_exist_is_found": (
        "SQLite's own foreign-key check (a server refuses such a row)"
    ),
    "tests/services/test_integrity.py::test_an_ownership_share_of_zero_is_found": _FILE,
    "tests/services/test_integrity.py::test_an_index_that_no_longer_matches_its_table_is_found": (
        _FILE
    ),
    "tests/services/test_integrity.py::test_damaged_table_pages_are_reported": _FILE,
    "tests/services/test_integrity.py::test_a_file_damaged_everywhere_is_reported_not_raised": (
        _FILE
    ),
    "tests/services/test_integrity.py::"
    "test_two_live_bookings_of_one_asset_that_overlap_are_found": _FILE,
    "tests/services/test_integrity.py::"
    "test_bookings_that_only_touch_or_were_cancelled_are_not_overlaps": _FILE,
    "tests/services/test_integrity.py::test_a_cost_whose_split_does_not_add_up_is_found": _FILE,
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
    "tests/services/test_invoice_numbering.py::"
    "test_two_processes_issue_gapless_unique_numbers_on_one_file": (
        "the file variant; the PostgreSQL variant is the test next to it"
    ),
    "tests/cli/test_exchange_commands.py::test_an_export_never_replaces_a_database": _EXPORT,
    "tests/cli/test_ics_commands.py::test_the_export_never_replaces_a_database": _EXPORT,
    "tests/cli/test_workspace_commands.py::"
    "test_check_finds_a_damaged_page_and_leaves_the_file": _FILE,
    "tests/cli/test_workspace_commands.py::"
    "test_a_file_whose_schema_is_damaged_is_a_database_problem": _FILE,
    "tests/cli/test_workspace_commands.py::test_backup_to_a_file_has_the_same_members": _BACKUP,
    "tests/cli/test_workspace_commands.py::test_backup_into_a_folder_names_the_file": _BACKUP,
    "tests/cli/test_workspace_commands.py::test_backup_never_replaces_an_existing_file": (
        _BACKUP
    ),
    "tests/cli/test_workspace_commands.py::test_init_creates_an_empty_database": _NEW_FILE,
    "tests/cli/test_workspace_commands.py::test_init_refuses_an_existing_file_and_leaves_it": (
        _NEW_FILE
    ),
    "tests/cli/test_workspace_commands.py::"
    "test_init_with_an_unknown_time_zone_creates_nothing": _NEW_FILE,
    "tests/storage/test_database.py::test_creating_over_an_existing_file_is_refused": _NEW_FILE,
    "tests/storage/test_database.py::test_an_older_schema_is_backed_up_then_upgraded": (
        "an older file is backed up before its upgrade"
    ),
    "tests/storage/test_presence.py::"
    "test_an_upgrade_is_refused_while_someone_is_present_and_names_them": _OLD_FILE,
    "tests/storage/test_revision.py::test_the_move_is_seen_only_once_the_write_commits": (
        "holds a write open through a plain SQLite connection"
    ),
    "tests/storage/test_revision.py::"
    "test_an_older_file_gains_the_counter_and_the_presence_table": _OLD_FILE,
    "tests/ui/test_exchange_dialogs.py::test_export_never_overwrites_the_database": _EXPORT,
    "tests/ui/test_main_window.py::"
    "test_the_automatic_backup_is_taken_once_the_first_section_is_painted": _BACKUP,
    "tests/ui/test_main_window.py::test_backup_now_says_where_the_backup_is": _BACKUP,
    "tests/ui/test_main_window.py::"
    "test_backup_now_reports_its_progress_and_can_be_cancelled": _BACKUP,
    "tests/ui/test_opening_and_restore.py::"
    "test_file_restore_lists_the_backups_and_puts_one_back": _BACKUP,
    "tests/ui/test_opening_and_restore.py::"
    "test_restore_is_refused_while_someone_else_is_present": _BACKUP,
    "tests/ui/test_opening_and_restore.py::"
    "test_a_file_kept_busy_ends_in_a_message_and_the_window_stays_live": _LOCKS,
}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """In the PostgreSQL pass, leave out the tests about the SQLite file itself."""
    if not ON_SERVER:
        return
    kept, dropped = [], []
    for item in items:
        marker = item.get_closest_marker("sqlite_only")
        reason = SQLITE_ONLY.get(item.nodeid.split("[")[0]) or SQLITE_ONLY_FILES.get(
            item.nodeid.split("::")[0]
        )  # every parameter of a test, every test of a file
        if marker is not None:
            reason = str(marker.args[0]) if marker.args else "about the SQLite file"
        if reason is None:
            kept.append(item)
        else:
            dropped.append(item)
            _LEFT_OUT[reason] = _LEFT_OUT.get(reason, 0) + 1
    config.hook.pytest_deselected(items=dropped)
    items[:] = kept


_LEFT_OUT: dict[str, int] = {}  # reason -> tests left out of the PostgreSQL pass


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say which tests the PostgreSQL pass left out, and why."""
    if not _LEFT_OUT:
        return
    terminalreporter.section("left out on PostgreSQL (about the SQLite file itself)")
    for reason, count in sorted(_LEFT_OUT.items(), key=lambda entry: -entry[1]):
        terminalreporter.write_line(f"{count:4d}  {reason}")


@pytest.fixture
def db(db_path: Path | str) -> Iterator[object]:
    """A fresh, empty Partage database at ``db_path``, open (a real SQLite file, or a
    fresh PostgreSQL database in the PostgreSQL pass)."""
    from partage.services.workspace import OrganisationSettings, create_workspace

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
        # A connection the test left open is found now, in this test, not in a later one.
        gc.collect()
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
