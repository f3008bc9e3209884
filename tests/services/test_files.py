"""Reading a file a person names: only regular files, and never more than a limit."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from partage.errors import UsageError
from partage.services.files import read_named_file


def test_a_file_within_the_limit_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "logo.png"
    path.write_bytes(b"x" * 1000)
    assert read_named_file(path, limit=1000) == b"x" * 1000


def test_a_file_one_byte_over_the_limit_is_refused_with_the_limit_named(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b"x" * (2 * 1024 * 1024 + 1))
    with pytest.raises(UsageError) as raised:
        read_named_file(path, limit=2 * 1024 * 1024)
    assert raised.value.exit_code == 2
    assert "larger than 2 MB" in str(raised.value)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="a device that never ends")
def test_a_device_that_never_ends_is_refused_at_once() -> None:
    with pytest.raises(UsageError, match="not a file Partage can read"):
        read_named_file(Path("/dev/zero"), limit=1024)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="not a file Partage can read"):
        read_named_file(tmp_path, limit=1024)


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes are a POSIX file kind")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(UsageError, match="not a file Partage can read"):
        read_named_file(pipe, limit=1024)


def test_a_missing_file_says_why(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="could not be read"):
        read_named_file(tmp_path / "absent.csv", limit=1024)
