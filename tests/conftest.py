"""Shared fixtures: every test gets its own Partage home folder and fresh SQLite files."""

from __future__ import annotations

import os
from collections.abc import Iterator
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


@pytest.fixture
def db(db_path: Path) -> Iterator[object]:
    """A fresh, empty Partage database in a real SQLite file."""
    from partage.services.workspace import OrganisationSettings, create_workspace

    database = create_workspace(db_path, OrganisationSettings(name="Coop test"))
    yield database
    database.close()


PG_ADMIN_URL = os.environ.get(
    "PARTAGE_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database on the real server, dropped afterwards.

    Skipped when no server answers, unless PARTAGE_REQUIRE_PG=1 (set in CI), where a
    missing server fails the test instead.
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
