"""Running ``partage-cli`` as a person or a script would: a real process on a real file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import content_digest


@dataclass(frozen=True)
class CliResult:
    """What one run of the command printed and returned."""

    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        """stdout parsed as the one JSON document it must be (trailing newline allowed)."""
        return json.loads(self.stdout)


def cli_environment(**overrides: str | None) -> dict[str, str]:
    """This process's environment (PARTAGE_HOME included), without PARTAGE_DB, in English
    unless *overrides* say otherwise; an override of None removes the variable."""
    env = {k: v for k, v in os.environ.items() if k not in ("PARTAGE_DB", "LANGUAGE")}
    env["LC_ALL"] = "en_CA.UTF-8"
    env["LANG"] = "en_CA.UTF-8"
    for key, value in overrides.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def run_cli(*args: str | Path, env: dict[str, str] | None = None) -> CliResult:
    """Run ``python -m partage.cli ARGS`` and return its exit code and output.

    Fails the test if a traceback reaches stderr: no error a person can fix may show one.
    """
    process = subprocess.run(
        [sys.executable, "-m", "partage.cli", *map(str, args)],
        capture_output=True,
        env=env if env is not None else cli_environment(),
        timeout=120,
        check=False,
    )
    result = CliResult(
        process.returncode, process.stdout.decode("utf-8"), process.stderr.decode("utf-8")
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def file_digest(path: Path | str) -> str:
    """The SHA-256 of the file's bytes (of every row, on a server), to prove a command
    left the database exactly as it was."""
    return content_digest(path)


@pytest.fixture
def cli() -> Callable[..., CliResult]:
    """``cli("member", "list", "--db", path)`` runs the command in a new process."""
    return run_cli


@pytest.fixture
def workspace(db_path: Path) -> Path:
    """An empty English database (made in this process: ``init`` has tests of its own)."""
    from partage.services.workspace import OrganisationSettings, create_workspace

    create_workspace(db_path, OrganisationSettings(name="Coop test", language="en")).close()
    return db_path


def add_members(path: Path, *names: str) -> dict[str, int]:
    """Add members directly through the service, to set a scene quickly; name to id."""
    from partage.services.members import MemberInput, add_member
    from partage.services.workspace import BackupPolicy, open_workspace

    db = open_workspace(path, backup=BackupPolicy(enabled=False))
    try:
        return {name: add_member(db, MemberInput(name=name)).id for name in names}
    finally:
        db.close()


def add_asset(path: Path, name: str, owners: dict[int, int] | None = None) -> int:
    """Add an asset directly through the service, owners as member id to thousandths."""
    from partage.services.assets import AssetInput, Ownership, add_asset
    from partage.services.workspace import BackupPolicy, open_workspace

    shares = tuple(Ownership(m, w) for m, w in (owners or {}).items())
    db = open_workspace(path, backup=BackupPolicy(enabled=False))
    try:
        return add_asset(db, AssetInput(name=name, kind="vehicle", owners=shares)).id
    finally:
        db.close()


@pytest.fixture
def demo_path(new_database: Callable[[str], Path]) -> Path:
    """A database holding the large demo co-op (enough rows to span many pages)."""
    from partage.services.demo import create_demo

    path = new_database("demo.partage")
    create_demo(path, size="large").close()
    return path
