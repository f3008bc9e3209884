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
