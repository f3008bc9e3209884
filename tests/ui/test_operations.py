"""Writes from the interface run off the GUI thread and say what they changed.

The busy-file test uses a real second process holding the SQLite file's write lock, as
another computer on the network drive would.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from partage.changes import Change
from partage.errors import DatabaseBusy
from partage.services.accounts import list_payments
from partage.services.members import MemberInput, add_member, list_members
from partage.ui import operations
from partage.ui.changes import ChangeBus
from partage.ui.costs import CostsView
from partage.ui.costs.payment_dialog import PaymentDialog
from partage.ui.member_dialog import MemberDialog
from partage.ui.members import MembersModel, MembersView
from tests.ui.conftest import MessageRecorder, settle

HOLD_LOCK = textwrap.dedent(
    """
    import sqlite3, sys, time
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("INSERT INTO settings (key, value) VALUES ('held', 'yes')")
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
    connection.execute("COMMIT")
    """
)


def hold_write_lock(path: Path, seconds: float) -> subprocess.Popen[str]:
    """Another process takes the file's write lock (``BEGIN IMMEDIATE``) for *seconds*."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "locked"
    return process


class Ticks:
    """A timer ticking every 50 ms on the GUI thread, and when each tick came."""

    def __init__(self, parent: QWidget) -> None:
        self.times: list[float] = []
        self.timer = QTimer(parent)
        self.timer.setInterval(50)
        self.timer.timeout.connect(lambda: self.times.append(time.monotonic()))

    def start(self) -> None:
        self.times.append(time.monotonic())
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.times.append(time.monotonic())

    def longest_gap(self) -> float:
        pairs = zip(self.times, self.times[1:], strict=False)
        return max(later - earlier for earlier, later in pairs)


def names_shown(view: MembersView) -> list[str]:
    proxy = view.proxy
    return [proxy.index(row, MembersModel.NAME).data() for row in range(proxy.rowCount())]


@pytest.fixture
def members_view(qtbot: QtBot, db, bus: ChangeBus) -> MembersView:
    view = MembersView(db, bus)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.mark.slow
@pytest.mark.sqlite_only("another process holds the SQLite file's write lock")
def test_saving_while_the_file_is_busy_leaves_the_window_responsive(
    qtbot: QtBot, db, bus: ChangeBus, members_view: MembersView
) -> None:
    dialog = MemberDialog(db, bus, None, members_view)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Patient Anne")
    ticks = Ticks(members_view)
    holder = hold_write_lock(db.path, 3.0)
    try:
        ticks.start()
        started = time.monotonic()
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)

        # While the other process holds the file, the save waits on the worker thread;
        # the form cannot be sent twice, nor closed under the save.
        qtbot.wait(500)
        assert dialog.isVisible() and dialog.saving
        assert not dialog.ok_button().isEnabled()
        dialog.accept()  # Enter pressed again
        dialog.reject()  # Escape
        assert dialog.isVisible()
        assert QApplication.overrideCursor() is not None  # the pointer says it is busy

        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
        waited = time.monotonic() - started
        ticks.stop()
    finally:
        holder.communicate(timeout=20)

    assert waited > 2.0, "the save did not wait for the other process"
    assert ticks.longest_gap() < 0.3, "the event loop stopped while the file was busy"
    assert len(ticks.times) > waited / 0.05 * 0.5
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert QApplication.overrideCursor() is None
    # The save landed once, after the other process's own write, and the list shows it.
    assert [member.name for member in list_members(db)] == ["Patient Anne"]
    assert db.settings()["held"] == "yes"
    assert names_shown(members_view) == ["Patient Anne"]


@pytest.mark.slow
@pytest.mark.sqlite_only("another process holds the SQLite file's write lock")
def test_a_file_busy_beyond_the_retries_is_explained_and_the_form_kept(
    qtbot: QtBot, db, bus: ChangeBus, members_view: MembersView,
    shown_messages: MessageRecorder
) -> None:
    db.retry_seconds = 1.0
    dialog = MemberDialog(db, bus, None, members_view)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Impatient Bob")
    holder = hold_write_lock(db.path, 5.0)
    try:
        with qtbot.assertNotEmitted(bus.changed):
            qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
            settle()
    finally:
        holder.communicate(timeout=20)

    assert shown_messages.last.title == "Database busy"
    assert dialog.isVisible() and dialog.ok_button().isEnabled()
    assert dialog.name_edit.text() == "Impatient Bob"
    assert "busy" in dialog.error_text()
    assert list_members(db) == []

    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)  # once it is free
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert [member.name for member in list_members(db)] == ["Impatient Bob"]


def test_a_payment_broadcasts_payments_not_members(qtbot: QtBot, db, bus: ChangeBus) -> None:
    anne = add_member(db, MemberInput(name="Anne Roy"))
    dialog = PaymentDialog(db, bus, day=dt.date(2026, 3, 31), member_id=anne.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.amount_edit.setText("25")
    seen: list[Change] = []
    bus.changed.connect(seen.append)

    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    settle()

    # What the storage layer saw the write change: a payment, and its audit row.
    assert seen == [Change.PAYMENT | Change.AUDIT]
    assert not seen[0] & Change.MEMBER
    assert len(list_payments(db)) == 1


def test_a_costs_view_reloads_for_costs_not_for_bookings(
    qtbot: QtBot, db, bus: ChangeBus, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = CostsView(db, bus)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not view.busy)
    reloads: list[bool] = []
    monkeypatch.setattr(view, "reload", lambda: reloads.append(True))

    bus.notify(Change.BOOKING | Change.AUDIT)
    assert reloads == []
    bus.notify(Change.COST)
    assert reloads == [True]
    bus.notify(Change.ALL)  # someone else changed the file: every view reloads
    assert reloads == [True, True]


def test_the_change_bus_takes_only_change_flags(bus: ChangeBus, qtbot: QtBot) -> None:
    with pytest.raises(TypeError):
        bus.notify("member")  # type: ignore[arg-type]
    with qtbot.assertNotEmitted(bus.changed):
        bus.notify(Change.NONE)


def test_an_operation_reports_back_on_the_gui_thread_after_the_broadcast(
    qtbot: QtBot, db, bus: ChangeBus
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    button = QPushButton(parent)
    order: list[object] = []
    bus.changed.connect(lambda changes: order.append(changes))

    operation = operations.run_operation(
        parent, bus, lambda _control: add_member(db, MemberInput(name="Anne Roy")).name,
        on_done=order.append, lock=[button],
    )
    assert operation.running and not button.isEnabled()
    settle()

    assert order == [Change.MEMBER | Change.AUDIT, "Anne Roy"]
    assert not operation.running and button.isEnabled()
    assert operation.changes == Change.MEMBER | Change.AUDIT


def test_an_operation_s_error_is_shown_and_what_it_wrote_broadcast(
    qtbot: QtBot, db, bus: ChangeBus, shown_messages: MessageRecorder
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[Change] = []
    bus.changed.connect(seen.append)

    def half_a_batch(_control: object) -> None:
        add_member(db, MemberInput(name="Anne Roy"))
        add_member(db, MemberInput(name=""))  # refused: nothing more is written

    operations.run_operation(parent, bus, half_a_batch)
    settle()

    assert shown_messages.last.title == "Check what you entered"
    assert seen == [Change.MEMBER | Change.AUDIT]


def test_a_busy_error_on_the_worker_is_the_person_s_message(
    qtbot: QtBot, bus: ChangeBus, shown_messages: MessageRecorder
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def busy(_control: object) -> None:
        raise DatabaseBusy("The database {path} is busy.", path="group.partage")

    with qtbot.assertNotEmitted(bus.changed):
        operations.run_operation(parent, bus, busy)
        settle()
    assert shown_messages.last.title == "Database busy"


def test_idle_callbacks_wait_for_the_last_operation(qtbot: QtBot, db, bus: ChangeBus) -> None:
    called: list[bool] = []
    operations.when_idle(lambda: called.append(True))
    assert called == [True]  # nothing running: at once

    operations.run_operation(None, bus, lambda _control: time.sleep(0.2))
    operations.when_idle(lambda: called.append(True))
    assert called == [True]
    settle()
    assert called == [True, True]


@pytest.mark.slow
@pytest.mark.sqlite_only("another process holds the SQLite file's write lock")
def test_closing_the_window_waits_for_the_save_under_way(
    qtbot: QtBot, db, db_path: Path, shown_messages: MessageRecorder
) -> None:
    from partage.ui.controller import AppController
    from partage.ui.preferences import Preferences

    anne = add_member(db, MemberInput(name="Anne Roy"))
    db.close()
    controller = AppController(Preferences())
    qtbot.addWidget(controller.window)
    controller.preferences.section = "members"
    with qtbot.wait_signal(controller.ready, timeout=20_000):
        window = controller.start(str(db_path))
    view = window.current_view()
    assert isinstance(view, MembersView)
    assert view.select_record(anne.id)
    holder = hold_write_lock(db_path, 2.0)
    try:
        qtbot.mouseClick(view.archive_button, Qt.MouseButton.LeftButton)  # Archive? Yes
        assert view.writing
        window.close()
        # The archive waits for the file; the window stays, says why, then closes.
        assert window.isVisible()
        assert window.statusBar().currentMessage() == (
            "Closing once the changes under way are saved…")
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=20_000)
    finally:
        holder.communicate(timeout=20)

    assert controller.database is None and controller.live is None
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("SELECT archived FROM members").fetchall() == [(1,)]
    finally:
        connection.close()
