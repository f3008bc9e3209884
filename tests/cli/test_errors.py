"""Exit codes and messages when something is wrong: the file, the command line, or a bug.

The tests that read the exit status of a real process, its real console or the installed
``partage-cli`` program (``run_cli``, ``run_cli_script``) are marked "a real process".
"""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import (
    add_members,
    call_cli,
    cli_environment,
    console_script,
    file_digest,
    run_cli,
    run_cli_script,
)

# Qt's notice, on a system that lacks the locale a test asks for, that it uses C.UTF-8.
QT_LOCALE_NOTICE = re.compile(r"Detected locale .*?for more information\.\n", re.DOTALL)

COMMANDS = [
    ["member", "list"],
    ["member", "list", "--json"],
    ["member", "add", "Alice"],
    ["asset", "add", "Van", "--kind", "vehicle"],
    ["backup", "somewhere.partage"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_text_file_is_not_a_partage_database_and_stays_untouched(
    tmp_path: Path, command: list[str]
) -> None:
    path = tmp_path / "notes.partage"
    path.write_text("Liste d'épicerie\nlait, pain\n", encoding="utf-8")
    before = file_digest(path)

    result = call_cli(*command, "--db", path)

    assert result.code == 4
    assert "not a Partage database" in result.stderr
    assert result.stdout == ""
    assert file_digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.partage"]


def test_an_empty_file_is_refused_and_stays_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.partage"
    path.write_bytes(b"")

    result = call_cli("member", "add", "Alice", "--db", path)

    assert result.code == 4
    assert path.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.partage"]


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE members (id INTEGER PRIMARY KEY, name TEXT)")
    connection.commit()
    connection.close()
    before = file_digest(path)

    result = call_cli("member", "list", "--db", path)

    assert result.code == 4
    assert "not a Partage database" in result.stderr
    assert file_digest(path) == before


def test_a_missing_database_is_a_database_problem_and_is_not_created(tmp_path: Path) -> None:
    # A real process (python -m partage.cli): its exit status is 4.
    path = tmp_path / "missing.partage"

    result = run_cli("member", "list", "--db", path)

    assert result.code == 4
    assert "no database" in result.stderr.lower()
    assert not path.exists()


def test_no_database_given_is_a_usage_error() -> None:
    # A real process, the installed partage-cli program: its exit status is 2.
    result = run_cli_script("member", "list")

    assert result.code == 2
    assert "PARTAGE_DB" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["member", "list", "--colour"],
        ["membre", "list"],
        ["member"],
        ["member", "add"],
        ["member", "add", "Bob", "--language", "de"],
        ["member", "list", "--lang", "de"],
    ],
    ids=" ".join,
)
def test_command_line_mistakes_are_usage_errors(workspace: Path, args: list[str]) -> None:
    before = file_digest(workspace)

    result = call_cli(*args, "--db", workspace)

    assert result.code == 2
    assert "usage:" in result.stderr and "error:" in result.stderr
    assert result.stdout == ""
    assert file_digest(workspace) == before


def test_help_describes_the_commands() -> None:
    # A real process, the installed partage-cli program: its exit status is 0.
    result = run_cli_script("--help")

    assert result.code == 0
    for command in ("init", "demo", "check", "backup", "member", "asset"):
        assert command in result.stdout


def test_json_output_is_the_only_thing_on_stdout(workspace: Path) -> None:
    # Real processes: what reaches a real stdout, and in which encoding.
    added = run_cli("member", "add", "Élise “Lili” Roy", "--json", "--db", workspace)
    listed = run_cli("member", "list", "--json", "--db", workspace)

    for result in (added, listed):
        assert result.code == 0
        result.json()  # raises unless stdout is exactly one JSON document
    assert listed.json()[0]["name"] == "Élise “Lili” Roy"
    assert "Élise" in listed.stdout  # UTF-8 text, not \u escapes


def test_a_bug_shows_a_short_message_and_the_log_path(workspace: Path, partage_home: Path) -> None:
    # A service that fails in a way no person can fix, as a bug would, in a real process:
    # its exit status is 1 and its real stderr holds no traceback.
    script = (
        "import sys\n"
        "import partage.services.members as members\n"
        "def broken(*args, **kwargs):\n"
        "    raise RuntimeError('boom: an internal bug')\n"
        "members.list_members = broken\n"
        "from partage.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    process = subprocess.run(
        [sys.executable, "-c", script, "member", "list", "--db", str(workspace)],
        capture_output=True,
        env=cli_environment(),
        timeout=120,
        check=False,
    )
    stderr = process.stderr.decode("utf-8")

    assert process.returncode == 1
    assert "Traceback" not in stderr and "boom" not in stderr
    log = partage_home / "logs" / "partage.log"
    assert str(log) in stderr
    logged = log.read_text(encoding="utf-8")
    assert "Traceback" in logged and "boom: an internal bug" in logged


def test_a_console_that_cannot_show_accents_gets_question_marks_and_json_stays_utf_8(
    workspace: Path,
) -> None:
    # A real process in the C locale without Python's UTF-8 mode: an ASCII console.
    add_members(workspace, "Élise Roy")
    env = cli_environment(LC_ALL="C", LANG="C", PYTHONUTF8="0", PYTHONIOENCODING=None)
    command = [str(console_script()), "member", "list", "--db", str(workspace)]

    table = subprocess.run(command, capture_output=True, env=env, timeout=120, check=False)
    document = subprocess.run(
        [*command, "--json"], capture_output=True, env=env, timeout=120, check=False
    )

    assert table.returncode == 0, table.stderr
    assert b"?lise Roy" in table.stdout
    assert b"Traceback" not in table.stderr
    assert document.returncode == 0, document.stderr
    assert json.loads(document.stdout.decode("utf-8"))[0]["name"] == "Élise Roy"


def test_a_reader_that_stops_reading_is_not_a_failure(workspace: Path) -> None:
    # A real process whose reader goes away, as ``partage-cli member list --json | head``.
    add_members(workspace, "Alice")
    process = subprocess.Popen(
        [str(console_script()), "member", "list", "--json", "--db", str(workspace)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=cli_environment(),
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # long before the program has started and written anything
    stderr = process.stderr.read()
    process.stderr.close()

    assert process.wait(timeout=120) == 0
    # Nothing but what Qt may say about a system without the locale the test asks for.
    assert QT_LOCALE_NOTICE.sub("", stderr.decode("utf-8")) == ""
