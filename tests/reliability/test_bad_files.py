"""Files a person may point Partage at by mistake, or find in a bad state.

For each: reading, writing and checking it through ``partage-cli`` (a real process) gives
a clear message and exit code 4, never a traceback, and the file is byte-identical
afterwards, with nothing left beside it.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.cli.conftest import file_digest, run_cli

pytestmark = pytest.mark.sqlite_only("files that are not, or no longer, Partage files")

COMMANDS = (["member", "list"], ["member", "add", "Alice"], ["check"])


def make_database(path: Path, members: int = 3) -> None:
    from partage.services.members import MemberInput, add_member
    from partage.services.workspace import OrganisationSettings, create_workspace

    db = create_workspace(path, OrganisationSettings(name="Coop", language="en"))
    try:
        for n in range(members):
            add_member(db, MemberInput(name=f"Member {n}"))
    finally:
        db.close()


def not_a_database(path: Path) -> None:
    path.write_text("Inventaire du local\nperceuse, scie, escabeau\n", encoding="utf-8")


def zero_bytes(path: Path) -> None:
    path.write_bytes(b"")


def truncated(path: Path) -> None:
    """A real Partage file cut short, as a copy interrupted halfway would leave it."""
    make_database(path, members=400)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def newer_schema(path: Path) -> None:
    make_database(path)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.close()


# case -> (how to make the file, what the message must say)
CASES: dict[str, tuple[Callable[[Path], None], str]] = {
    "not a database": (not_a_database, "is not a Partage database"),
    "zero bytes": (zero_bytes, "is not a Partage database"),
    "truncated": (truncated, "is damaged"),
    "newer schema": (newer_schema, "written by a newer version of Partage"),
}


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
@pytest.mark.parametrize("case", CASES)
def test_a_bad_file_gets_a_clear_message_and_stays_byte_identical(
    tmp_path: Path, case: str, command: list[str]
) -> None:
    make, message = CASES[case]
    path = tmp_path / "group.partage"
    make(path)
    before = file_digest(path)

    result = run_cli(*command, "--db", path)

    assert result.code == 4, result.stderr
    assert message in result.stderr
    assert str(path) in result.stderr
    assert file_digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["group.partage"]


def test_the_message_is_in_french_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "group.partage"
    newer_schema(path)
    before = file_digest(path)

    result = run_cli("member", "list", "--db", path, "--lang", "fr")

    assert result.code == 4
    assert "version plus récente" in result.stderr
    assert file_digest(path) == before


@pytest.fixture
def read_only_file(tmp_path: Path) -> Iterator[Path]:
    """A database nobody may write, not even the superuser (an immutable file)."""
    path = tmp_path / "group.partage"
    make_database(path)
    if os.geteuid() == 0:
        made = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
        if made.returncode != 0:
            pytest.skip("this file system cannot make a file immutable")
    else:
        path.chmod(0o444)
    yield path
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(path)], check=False)
    path.chmod(0o644)


def test_a_read_only_file_can_be_read_and_checked_but_not_written(read_only_file: Path) -> None:
    before = file_digest(read_only_file)

    listed = run_cli("member", "list", "--json", "--db", read_only_file)
    added = run_cli("member", "add", "Alice", "--db", read_only_file)
    checked = run_cli("check", "--db", read_only_file)

    assert listed.code == 0 and len(listed.json()) == 3
    assert added.code == 4
    assert "read-only" in added.stderr and str(read_only_file) in added.stderr
    assert checked.code == 0, checked.stderr
    assert file_digest(read_only_file) == before
    assert sorted(p.name for p in read_only_file.parent.iterdir()) == ["group.partage"]


HOLDER = textwrap.dedent(
    """
    import sqlite3, sys
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    connection.execute("BEGIN EXCLUSIVE")
    connection.execute("INSERT INTO settings (key, value) VALUES ('other', 'program')")
    print("locked", flush=True)
    sys.stdin.readline()  # hold the lock until told to let go
    connection.execute("ROLLBACK")
    """
)


@pytest.mark.slow
def test_a_file_locked_by_another_program_is_left_alone_with_a_clear_message(
    tmp_path: Path,
) -> None:
    path = tmp_path / "group.partage"
    make_database(path)
    before = file_digest(path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        result = run_cli("member", "add", "Alice", "--db", path)
    finally:
        holder.communicate("go\n", timeout=30)

    assert result.code == 4
    assert "stayed busy" in result.stderr and "Nothing was changed" in result.stderr
    assert file_digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["group.partage"]
