"""Opening a shared file: a cloud-sync folder is explained and a local copy offered, a
busy file ends in a message while the window stays live. File > Restore."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from partage.services.members import MemberInput, add_member, list_members
from partage.services.workspace import (
    OrganisationSettings,
    backup_database,
    create_workspace,
    list_backups,
)
from partage.storage import database as database_module
from partage.storage import presence
from partage.ui.cloud_dialog import CloudFolderDialog
from partage.ui.controller import AppController
from partage.ui.preferences import Preferences
from partage.ui.restore_dialog import RestoreDialog
from tests.storage.presence_peer import Peer
from tests.ui.conftest import MessageRecorder, drive_modal, settle


@pytest.fixture
def controller(qtbot: QtBot) -> AppController:
    app_controller = AppController(Preferences())
    qtbot.addWidget(app_controller.window)
    app_controller.window.show()
    return app_controller


@pytest.fixture
def in_dropbox(tmp_path: Path) -> Path:
    folder = tmp_path / "Dropbox" / "Coop"
    folder.mkdir(parents=True)
    path = folder / "coop.partage"
    database = create_workspace(path, OrganisationSettings(name="Coop nuage"))
    add_member(database, MemberInput(name="Anne Roy"))
    database.close()
    return path


def test_a_file_in_a_cloud_folder_is_explained_and_a_local_copy_opened(
    qtbot: QtBot, controller: AppController, in_dropbox: Path, partage_home: Path,
    shown_messages: MessageRecorder,
) -> None:
    explained: list[str] = []

    def choose_copy(dialog: QWidget) -> None:
        assert isinstance(dialog, CloudFolderDialog)
        explained.append(dialog.explanation.text())
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)

    drive_modal(qtbot, lambda: controller.open_target(str(in_dropbox)), choose_copy)

    assert explained[0].startswith("Dropbox copies whole files between computers")
    copy = partage_home / "documents" / "Partage" / "coop.partage"
    assert controller.database is not None and controller.database.path == copy
    assert [m.name for m in list_members(controller.database)] == ["Anne Roy"]
    assert shown_messages.last.title == "Local copy"
    assert str(copy) in shown_messages.last.text
    assert not controller.window.cloud_banner.isVisible()
    assert controller.preferences.recent_files()[0] == str(copy)
    controller.window.close()


def test_opened_anyway_the_window_keeps_a_banner_with_the_local_copy_offer(
    qtbot: QtBot, controller: AppController, in_dropbox: Path,
) -> None:
    drive_modal(qtbot, lambda: controller.open_target(str(in_dropbox)),
                lambda dialog: qtbot.mouseClick(dialog.anyway_button,
                                                Qt.MouseButton.LeftButton))
    window = controller.window
    assert controller.database is not None and controller.database.path == in_dropbox
    assert window.cloud_banner.isVisible()
    assert window.cloud_banner.text().startswith("This database is in a Dropbox folder.")
    assert window.cloud_banner.button.text().replace("&", "") == "Work on a local copy…"
    window.close()


def test_the_last_file_reopened_at_start_is_explained_too(
    qtbot: QtBot, in_dropbox: Path,
) -> None:
    preferences = Preferences()
    preferences.last_file = str(in_dropbox)
    controller = AppController(preferences)
    qtbot.addWidget(controller.window)

    def start_and_wait() -> None:
        with qtbot.wait_signal(controller.ready, timeout=20_000):
            controller.start()

    dialogs = drive_modal(qtbot, start_and_wait, lambda dialog: qtbot.mouseClick(
        dialog.anyway_button, Qt.MouseButton.LeftButton))
    assert isinstance(dialogs[0], CloudFolderDialog)
    assert controller.database is not None and controller.database.path == in_dropbox
    assert controller.window.cloud_banner.isVisible()
    controller.window.close()


def test_cancel_opens_nothing(qtbot: QtBot, controller: AppController, in_dropbox: Path) -> None:
    opened: list[bool] = []
    drive_modal(qtbot, lambda: opened.append(controller.open_target(str(in_dropbox))),
                lambda dialog: dialog.reject())
    assert opened == [False] and controller.database is None
    controller.window.close()


@pytest.mark.sqlite_only("SQLite file locks")
def test_a_file_kept_busy_ends_in_a_message_and_the_window_stays_live(
    qtbot: QtBot, controller: AppController, db, db_path: Path,
    shown_messages: MessageRecorder, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(database_module, "WRITE_RETRY_SECONDS", 1.5)
    db.close()
    locked, release = threading.Event(), threading.Event()

    def hold_an_exclusive_lock() -> None:
        other = sqlite3.connect(db_path, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")
        locked.set()
        release.wait(30)
        other.execute("ROLLBACK")
        other.close()

    holder = threading.Thread(target=hold_an_exclusive_lock)
    holder.start()
    assert locked.wait(10)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(50)
    try:
        assert controller.open_target(str(db_path)) is False
    finally:
        timer.stop()
        release.set()
        holder.join()
    assert len(ticks) >= 10  # events kept flowing for the whole wait: never frozen
    assert shown_messages.last.title == "Database busy"
    assert "stayed busy" in shown_messages.last.text
    assert controller.database is None
    controller.window.close()


def choose_backup(qtbot: QtBot, row: int):
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        dialog.table.setCurrentIndex(dialog.proxy.index(row, 0))
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        settle()

    return act


@pytest.mark.sqlite_only("backups are copies of a SQLite file")
def test_file_restore_lists_the_backups_and_puts_one_back(
    qtbot: QtBot, controller: AppController, db, db_path: Path,
    shown_messages: MessageRecorder,
) -> None:
    add_member(db, MemberInput(name="Anne Roy"))
    backup_database(db)
    add_member(db, MemberInput(name="Marc Roy"))
    backup_database(db)
    add_member(db, MemberInput(name="Zoé Roy"))
    db.close()
    controller.preferences.section = "members"
    with qtbot.wait_signal(controller.ready, timeout=20_000):
        controller.start(str(db_path))
    window = controller.window
    with qtbot.wait_signal(controller.backed_up, timeout=20_000):
        pass  # the automatic backup taken at opening is listed too
    listed: list[list[str]] = []

    def look_then_choose(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        listed.extend(
            [dialog.proxy.index(row, column).data() for column in range(3)]
            for row in range(dialog.proxy.rowCount())
        )
        choose_backup(qtbot, 2)(dialog)  # the oldest: Anne only

    assert window.restore_action.isEnabled()
    drive_modal(qtbot, window.restore_action.trigger, look_then_choose)

    assert [row[1] for row in listed] == [
        "When the database was opened", "Backup now", "Backup now"
    ]
    assert shown_messages.shown[0].title == "Restore a backup"  # the question
    assert shown_messages.last.title == "Backup restored"
    restored = controller.database
    assert restored is not None and [m.name for m in list_members(restored)] == ["Anne Roy"]
    assert window.current_view().proxy.rowCount() == 1  # type: ignore[union-attr]
    assert controller.live is not None and controller.live.running
    assert list_backups(restored)[0].reason == "before-restore"
    window.close()


@pytest.mark.sqlite_only("backups are copies of a SQLite file")
def test_restore_is_refused_while_someone_else_is_present(
    qtbot: QtBot, controller: AppController, db, db_path: Path,
    shown_messages: MessageRecorder, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(presence, "GATE_INTERVAL_SECONDS", 0.2)
    add_member(db, MemberInput(name="Anne Roy"))
    backup_database(db)
    add_member(db, MemberInput(name="Marc Roy"))
    controller.set_database(db, str(db_path))
    window = controller.window
    with Peer(db_path, "Julie Tremblay") as julie:
        drive_modal(qtbot, window.restore_action.trigger, choose_backup(qtbot, 0))
        julie.leave()
    assert shown_messages.last.title == "Database busy"
    assert "Julie Tremblay (julie, PEER-PC, " in shown_messages.last.text
    assert [m.name for m in list_members(db)] == ["Anne Roy", "Marc Roy"]
    assert controller.live is not None and controller.live.running  # announced again
    window.close()


def test_the_restore_dialog_says_when_there_is_no_backup(qtbot: QtBot) -> None:
    dialog = RestoreDialog([])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.placeholder_text() == "This database has no backup yet."
    assert not dialog.restore_button.isEnabled()
    assert dialog.chosen() is None
