"""Shared fixtures: every test gets its own Partage home folder and a fresh database.

With PARTAGE_TEST_BACKEND=postgresql the whole suite runs again against the real
PostgreSQL server: ``db_path`` is then the URL of a fresh server database (dropped after
the test) instead of a file path, and ``db``, ``new_database`` and the fixtures built on
them follow. A test whose subject does not exist on a server (the SQLite file's header,
journal modes, permissions, locks and backups, the SMB share) carries
``@pytest.mark.sqlite_only(reason)`` and is deselected from that pass with its reason.
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


# Tests about the SQLite file itself carry ``@pytest.mark.sqlite_only(reason)`` (or a
# module-wide ``pytestmark``); the PostgreSQL pass leaves them out and says why.


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """In the PostgreSQL pass, leave out the tests about the SQLite file itself."""
    if not ON_SERVER:
        return
    kept, dropped = [], []
    for item in items:
        marker = item.get_closest_marker("sqlite_only")
        reason = None
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
