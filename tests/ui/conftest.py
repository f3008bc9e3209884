"""GUI test fixtures: a recording message presenter, a change bus, a controller, a way to
drive a modal dialog opened by a button, and a way to wait for the writes started from the
interface (they run off the GUI thread, as operations)."""

from __future__ import annotations

import datetime as dt
import threading
import time
import zoneinfo
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from partage.i18n import install_translations
from partage.services.assets import AssetInput, AssetRecord, add_asset
from partage.services.bookings import (
    BookingRecord,
    BookingRequest,
    book,
    check_in,
    check_out,
)
from partage.services.members import MemberInput, MemberRecord, add_member
from partage.ui import messages, operations
from partage.ui.changes import ChangeBus
from partage.ui.messages import Message
from partage.ui.reading import busy_readers, wait_for_reads
from partage.ui.worker import wait_for_jobs

# The offscreen platform warns that it cannot resize a window to its hints; that says
# nothing about Partage, and every other Qt warning still fails the test.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@dataclass
class MessageRecorder:
    """Stands in for the message boxes: records each message, answers questions."""

    shown: list[Message] = field(default_factory=list)
    answer: bool = True

    def __call__(self, parent: QWidget | None, message: Message) -> bool:
        self.shown.append(message)
        return self.answer

    @property
    def last(self) -> Message:
        assert self.shown, "no message was shown"
        return self.shown[-1]


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """Every GUI test starts in English (Canada) unless it installs another language."""
    install_translations("en")
    yield
    install_translations("en")


@pytest.fixture(autouse=True)
def no_work_left_running(qapp: QApplication) -> Iterator[None]:
    """Work started on the worker thread is over when its test ends (an automatic backup
    finishing later would land in the next test's folder), and every operation reported
    back (its busy pointer restored)."""
    yield
    assert operations.wait_for_operations(30_000), "an operation never reported back"
    assert wait_for_jobs(30_000), "work still running on the worker thread"


def settle(timeout_ms: int = 20_000) -> None:
    """Let the writes started from the interface report back, and the views read what
    they show again (events flow meanwhile)."""
    assert operations.wait_for_operations(timeout_ms), "an operation never reported back"
    assert wait_for_reads(timeout_ms), f"views still reading after the timeout: {busy_readers()}"


@pytest.fixture
def new_database(new_database: Callable[[str], Path | str],
                 qapp: QApplication) -> Iterator[Callable[[str], Path | str]]:
    """The databases of a GUI test outlive its work: pytest-qt has closed the test's
    windows by now, and the worker thread must be idle before a server database is
    dropped."""
    yield new_database
    assert wait_for_jobs(30_000), "work still running on the worker thread"
    watching = [t for t in threading.enumerate() if t.name == "partage-live" and t.is_alive()]
    assert not watching, "a closed window still watches its database"


@pytest.fixture
def shown_messages() -> Iterator[MessageRecorder]:
    """The messages shown during the test, instead of modal boxes."""
    recorder = MessageRecorder()
    previous = messages.set_presenter(recorder)
    yield recorder
    # An operation still under way may yet say something: it is recorded too.
    operations.wait_for_operations(30_000)
    messages.set_presenter(previous)


@pytest.fixture
def bus(qapp: QApplication) -> ChangeBus:
    """A change bus of the test's own."""
    return ChangeBus()


def drive_modal(qtbot: QtBot, open_it: Callable[[], Any], act: Callable[[QWidget], None],
                timeout_ms: int = 5000) -> list[QWidget]:
    """Call *open_it*, which opens a modal dialog (at once, or when the operation it
    starts reports back); run *act* on that dialog.

    If *act* fails, the dialog is closed (so the test fails instead of hanging) and the
    error is raised after *open_it* returns and its operations reported back. Returns the
    dialogs seen, for inspection.
    """
    seen: list[QWidget] = []
    errors: list[BaseException] = []
    deadline = time.monotonic() + timeout_ms / 1000

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if time.monotonic() < deadline and not opened:
                QTimer.singleShot(10, poll)
            return
        seen.append(dialog)
        try:
            act(dialog)
        except BaseException as error:  # noqa: BLE001 - reported after the dialog closed
            errors.append(error)
        finally:
            if dialog.isVisible() and errors:
                dialog.close()

    opened: list[bool] = []  # set once open_it and its operations are over: stop looking
    QTimer.singleShot(0, poll)
    open_it()
    settle()
    opened.append(True)
    if errors:
        raise errors[0]
    assert seen, "no modal dialog opened"
    return seen


def click_ok_then(qtbot: QtBot, dialog: Any, act: Callable[[QWidget], None]) -> list[QWidget]:
    """Press *dialog*'s OK button and *act* on the modal dialog it opens."""
    from PySide6.QtCore import Qt

    return drive_modal(
        qtbot, lambda: qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton), act
    )


def save_into_conflict(qtbot: QtBot, dialog: Any, choice: str = "cancel") -> dict[str, Any]:
    """Press *dialog*'s OK, read the conflict dialog that opens (its title, heading and
    rows), then press its *choice* button: ``cancel``, ``keep`` or ``reload``."""
    from PySide6.QtCore import Qt

    from partage.ui.conflict_dialog import ConflictDialog

    seen: dict[str, Any] = {}

    def look(conflict: QWidget) -> None:
        assert isinstance(conflict, ConflictDialog)
        seen["rows"] = conflict.rows()
        seen["title"] = conflict.windowTitle()
        seen["heading"] = conflict.findChildren(type(conflict.same_label))[0].text()
        qtbot.mouseClick(getattr(conflict, f"{choice}_button"), Qt.MouseButton.LeftButton)

    click_ok_then(qtbot, dialog, look)
    return seen


ZONE = zoneinfo.ZoneInfo("America/Montreal")  # the databases' zone in the tests
NOW = dt.datetime(2026, 11, 24, 12, 0, tzinfo=ZONE).astimezone(dt.UTC)  # a Tuesday, noon


def at(day: int, hour: int) -> dt.datetime:
    """November *day*, 2026, *hour* o'clock in Montréal, as a UTC moment."""
    return dt.datetime(2026, 11, day, hour, tzinfo=ZONE).astimezone(dt.UTC)


@dataclass
class Lending:
    """Two members, two assets and their loans, seen at ``NOW``.

    The van went out to Anne on Monday and is overdue; Marc has it booked on Wednesday;
    a loan of the van last week came back. Marc has the drill now, due back at 14:00.
    """

    anne: MemberRecord
    marc: MemberRecord
    van: AssetRecord
    drill: AssetRecord
    overdue: BookingRecord
    upcoming: BookingRecord
    out_now: BookingRecord


@pytest.fixture
def lending(db) -> Lending:
    anne = add_member(db, MemberInput(name="Anne Roy"))
    marc = add_member(db, MemberInput(name="Marc Roy"))
    van = add_asset(db, AssetInput(name="Van", kind="vehicle"))
    drill = add_asset(db, AssetInput(name="Drill"))

    def loan(asset: AssetRecord, member: MemberRecord, start: dt.datetime,
             end: dt.datetime) -> BookingRecord:
        request = BookingRequest(asset_id=asset.id, member_id=member.id, start=start, end=end)
        return book(db, request).bookings[0]

    returned = loan(van, marc, at(17, 9), at(17, 17))
    check_out(db, returned.id, at=at(17, 9))
    check_in(db, returned.id, at=at(17, 16))
    overdue = check_out(db, loan(van, anne, at(23, 9), at(23, 17)).id, at=at(23, 9))
    upcoming = loan(van, marc, at(25, 9), at(25, 12))
    out_now = check_out(db, loan(drill, marc, at(24, 10), at(24, 14)).id, at=at(24, 10))
    return Lending(anne, marc, van, drill, overdue, upcoming, out_now)
