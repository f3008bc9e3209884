"""Money sections' fixtures: a small group on a real file, a fixed day, and the worker
drained before the database closes."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from partage.services.assets import AssetInput, AssetRecord, Ownership, add_asset
from partage.services.members import MemberInput, MemberRecord, add_member
from partage.ui.worker import wait_for_jobs

TODAY = dt.date(2026, 3, 31)


@dataclass
class Group:
    """Two members and a van they share."""

    anne: MemberRecord
    bob: MemberRecord
    van: AssetRecord


@pytest.fixture(autouse=True)
def drain_worker(db) -> Iterator[None]:
    """Reads still running on the worker finish before the test's database closes."""
    yield
    wait_for_jobs()
    QApplication.processEvents()


@pytest.fixture
def group(db) -> Group:
    anne = add_member(db, MemberInput(name="Anne Tremblay"))
    bob = add_member(db, MemberInput(name="Bob Gagnon"))
    van = add_asset(db, AssetInput(name="Van", kind="vehicle", default_rule="equal",
                                   owners=(Ownership(anne.id, 1000),)))
    return Group(anne, bob, van)


def wait_until_idle(view: Any, timeout: float = 20.0) -> None:
    """Process events until *view* has no reading waiting or running."""
    deadline = time.monotonic() + timeout
    QApplication.processEvents()
    while view.busy:
        if time.monotonic() > deadline:
            raise AssertionError("the section was still reading after the timeout")
        QApplication.processEvents()
        time.sleep(0.005)
    QApplication.processEvents()
