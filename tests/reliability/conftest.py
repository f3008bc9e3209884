"""Fixtures of the reliability tests: a real SMB share, and a place to write figures."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.reliability.smb import SmbShare, missing_tools

SMB_REQUIRED = "PARTAGE_REQUIRE_SMB"
FIGURES = "PARTAGE_RELIABILITY_FIGURES"


@pytest.fixture(scope="session")
def smb_share(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SmbShare]:
    """Samba on 127.0.0.1 serving a temporary folder, mounted through smbnetfs.

    Skipped when the tools are missing, unless PARTAGE_REQUIRE_SMB=1 (set in CI), where
    that fails the tests instead.
    """
    missing = missing_tools()
    if missing:
        message = "no SMB share can be set up here: missing " + ", ".join(missing)
        if os.environ.get(SMB_REQUIRED) == "1":
            pytest.fail(message)
        pytest.skip(message)
    share = SmbShare.start(tmp_path_factory.mktemp("smb"))
    try:
        yield share
    finally:
        share.stop()


@pytest.fixture
def smb_folder(smb_share: SmbShare, tmp_path: Path) -> Iterator[Path]:
    """A folder of the test's own on the SMB share, removed afterwards."""
    folder = smb_share.folder / tmp_path.name
    folder.mkdir()
    yield folder
    for child in sorted(folder.iterdir()):
        child.unlink()
    folder.rmdir()


@pytest.fixture
def record_figure(request: pytest.FixtureRequest) -> Callable[..., None]:
    """``record_figure(**values)``: print a measured figure, and append it as one JSON line
    to the file named by PARTAGE_RELIABILITY_FIGURES when that is set (docs/reliability.md
    quotes them)."""

    def record(**values: Any) -> None:
        line = json.dumps({"test": request.node.name, **values}, sort_keys=True)
        print(line)
        target = os.environ.get(FIGURES)
        if target:
            with Path(target).open("a", encoding="utf-8") as handle:
                handle.write(line + "\n")

    return record
