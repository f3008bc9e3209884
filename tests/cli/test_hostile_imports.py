"""Files a person names to ``import`` or attach as a receipt, when they are hostile:
endless devices, pipes, folders, huge files, altered exports, tricky CSV.

Each refusal exits 2 at once with a clear message, never a traceback, and leaves the
database as it was.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.cli.conftest import add_members, call_cli, file_digest, run_cli
from tests.conftest import content_digest


@pytest.fixture
def zero(tmp_path: Path) -> Path:
    """A file name that is the endless device /dev/zero (with a suffix a receipt needs)."""
    link = tmp_path / "zero.pdf"
    link.symlink_to("/dev/zero")
    return link


@pytest.fixture
def pipe(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.csv"
    os.mkfifo(path)
    return path


# --- unbounded reads -----------------------------------------------------------------------


@pytest.mark.parametrize("kind", [["csv", "members"], ["json"]], ids=["csv", "json"])
def test_importing_dev_zero_is_refused_at_once(workspace, kind):
    before = content_digest(workspace)
    started = time.monotonic()
    result = run_cli("import", *kind, "/dev/zero", "--db", workspace)
    assert result.code == 2, result.stderr
    assert "/dev/zero is not a file Partage can read (a folder or a device)." in result.stderr
    assert time.monotonic() - started < 60
    assert content_digest(workspace) == before


def test_importing_a_pipe_or_a_folder_is_refused(workspace, pipe, tmp_path):
    before = content_digest(workspace)
    for named in (pipe, tmp_path):
        result = call_cli("import", "csv", "members", named, "--db", workspace)
        assert result.code == 2, result.stderr
        assert "is not a file Partage can read" in result.stderr
    assert content_digest(workspace) == before


def test_an_import_larger_than_the_limit_is_refused_before_it_is_read(
    workspace, tmp_path, monkeypatch
):
    from partage.services import files

    monkeypatch.setattr(files, "IMPORT_LIMIT_BYTES", 1024 * 1024)
    big = tmp_path / "big.json"
    with big.open("wb") as stream:  # sparse: 2 MB that take no room on the disk
        stream.truncate(2 * 1024 * 1024)
    before = content_digest(workspace)
    for kind in (["json"], ["csv", "members"]):
        result = call_cli("import", *kind, big, "--db", workspace)
        assert result.code == 2, result.stderr
        assert "is larger than 1 MB, the most Partage reads here." in result.stderr
    assert content_digest(workspace) == before


def test_the_import_limit_is_one_number():
    from partage.services import exchange_import, files

    assert exchange_import.MAX_FILE_BYTES == files.IMPORT_LIMIT_BYTES


def test_a_receipt_of_150_mb_is_refused_without_reading_it(workspace, tmp_path):
    huge = tmp_path / "scan.pdf"
    with huge.open("wb") as stream:
        stream.write(b"%PDF-1.4\n")
        stream.truncate(150 * 1024 * 1024)  # sparse
    before = content_digest(workspace)
    result = run_cli("cost", "add", "12,50", "--category", "other", "--receipt", huge,
                     "--db", workspace)
    assert result.code == 2, result.stderr
    assert "is larger than 5 MB, the most Partage reads here." in result.stderr
    assert content_digest(workspace) == before


def test_a_receipt_that_is_a_device_or_a_pipe_is_refused(workspace, zero, tmp_path):
    fifo = tmp_path / "scan.png"
    os.mkfifo(fifo)
    before = content_digest(workspace)
    for named in (zero, fifo):
        result = call_cli("cost", "add", "12,50", "--category", "other", "--receipt", named,
                          "--db", workspace)
        assert result.code == 2, result.stderr
        assert "is not a file Partage can read (a folder or a device)." in result.stderr
    assert content_digest(workspace) == before


# --- altered JSON exports --------------------------------------------------------------------


def _export(workspace: Path | str, tmp_path: Path) -> dict:
    add_members(workspace, "Anne", "Marc")
    export = tmp_path / "coop.json"
    assert call_cli("export", "json", "--out", export, "--db", workspace).code == 0
    return json.loads(export.read_bytes())


def _target(new_database) -> Path | str:
    target = new_database("target.partage")
    assert call_cli("init", target).code == 0
    return target


def test_an_altered_export_exits_2_naming_table_row_and_column(workspace, tmp_path, new_database):
    document = _export(workspace, tmp_path)
    members = document["tables"]["members"]
    members["rows"][1][members["columns"].index("weight_milli")] = -1000
    altered = tmp_path / "altered.json"
    altered.write_text(json.dumps(document), encoding="utf-8")
    target = _target(new_database)
    before = content_digest(target)
    result = run_cli("import", "json", altered, "--db", target)
    assert result.code == 2, result.stderr
    assert ("This export was altered: table members, row 2, column weight_milli holds -1000"
            in result.stderr)
    assert content_digest(target) == before


def test_an_export_breaking_a_rule_lists_each_problem(workspace, tmp_path, new_database):
    document = _export(workspace, tmp_path)
    members = document["tables"]["members"]
    key = members["columns"].index("name_key")
    members["rows"][1][key] = members["rows"][0][key] + " "  # an outdated search key
    altered = tmp_path / "altered.json"
    altered.write_text(json.dumps(document), encoding="utf-8")
    target = _target(new_database)
    before = content_digest(target)
    result = call_cli("import", "json", altered, "--db", target)
    assert result.code == 2, result.stderr
    assert "has an outdated search key" in result.stderr
    assert "This export was altered: its data breaks the rules of Partage (member_names)." in (
        result.stderr)
    assert content_digest(target) == before


@pytest.mark.parametrize("value, words", [
    (2**70, "outside"),
    (2**63 + 1, "outside"),
    ("Anne\x00Roy", "U+0000"),
    ("A" * 300, "300 characters"),
], ids=["2^70", "over 2^63", "NUL", "300 characters"])
def test_values_no_database_can_hold_are_refused_on_every_backend(
    workspace, tmp_path, new_database, value, words
):
    document = _export(workspace, tmp_path)
    members = document["tables"]["members"]
    column = "weight_milli" if isinstance(value, int) else "name"
    members["rows"][0][members["columns"].index(column)] = value
    altered = tmp_path / "altered.json"
    altered.write_text(json.dumps(document), encoding="utf-8")
    target = _target(new_database)
    before = content_digest(target)
    result = call_cli("import", "json", altered, "--db", target)
    assert result.code == 2, result.stderr
    assert f"table members, row 1, column {column}" in result.stderr and words in result.stderr
    assert content_digest(target) == before


# --- CSV -------------------------------------------------------------------------------------


def _csv(tmp_path: Path, text: str, name: str = "rows.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_header_repeated_is_refused_naming_it(workspace, tmp_path):
    path = _csv(tmp_path, "name,email,Email\nAnne,a@example.org,b@example.org\n")
    before = content_digest(workspace)
    for check in ([], ["--check"]):
        result = run_cli("import", "csv", "members", path, *check, "--db", workspace)
        assert result.code == 2, result.stderr
        assert "The header “Email” names two columns (2 and 3)" in result.stderr
    assert content_digest(workspace) == before


def test_a_header_only_file_is_refused_by_the_check_as_by_the_import(workspace, tmp_path):
    path = _csv(tmp_path, "name,email\n")
    before = content_digest(workspace)
    checked = call_cli("import", "csv", "members", path, "--check", "--db", workspace)
    imported = run_cli("import", "csv", "members", path, "--db", workspace)
    assert checked.code == imported.code == 2
    message = "The file has a header row but no rows to import. Nothing was imported."
    assert message in checked.stderr and message in imported.stderr
    assert content_digest(workspace) == before


def test_an_amount_in_cents_out_of_range_says_so(workspace, tmp_path):
    path = _csv(tmp_path, "amount_cents,date\n9223372036854775807,2026-03-01\n")
    before = content_digest(workspace)
    result = call_cli("import", "csv", "costs", path, "--db", workspace)
    assert result.code == 3, result.stderr
    assert "“9223372036854775807” is out of range: the most this column holds is" in (
        result.stderr)
    assert "not a whole number" not in result.stderr
    assert content_digest(workspace) == before


def test_a_field_too_long_says_so_and_not_a_quote(workspace, tmp_path):
    path = _csv(tmp_path, "name,notes\nAnne," + "x" * 200_000 + "\n")
    before = content_digest(workspace)
    result = run_cli("import", "csv", "members", path, "--db", workspace)
    assert result.code == 2, result.stderr
    assert "A value near line 2 is longer than 131072 characters" in result.stderr
    assert "quote" not in result.stderr
    assert content_digest(workspace) == before


CSV_TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(
        st.lists(st.one_of(st.text(max_size=12), st.sampled_from([
            "name", "Nom", "amount_cents", "date", "9223372036854775807", "-1", "2026-02-30",
            '"', '""', "=1+1", "\x00", "weight", "0", "1e9", "x" * 50,
        ])), min_size=1, max_size=5),
        min_size=1, max_size=5,
    ).map(lambda rows: "\n".join(",".join(cells) for cells in rows)),
)


@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=CSV_TEXT, kind=st.sampled_from(["members", "assets", "costs"]),
       check=st.booleans())
def test_generated_csv_is_imported_or_refused_cleanly(workspace, tmp_path, text, kind, check):
    path = tmp_path / "generated.csv"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    before_file = file_digest(path)
    before = content_digest(workspace)
    result = call_cli("import", "csv", kind, path, *(["--check"] if check else []),
                      "--db", workspace)
    assert result.code in (0, 2, 3, 4), result.stderr
    assert file_digest(path) == before_file
    if result.code != 0 or check:
        assert content_digest(workspace) == before
