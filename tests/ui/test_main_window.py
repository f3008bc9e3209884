"""The main window: welcome screen, opening and creating databases, menus, status bar,
backups, the demo, and switching language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

import partage.ui.controller as controller_module
from partage import paths
from partage.errors import DiskFull
from partage.services import workspace
from partage.services.assets import AssetInput, add_asset
from partage.services.bookings import BookingRequest, book
from partage.services.members import MemberInput, add_member, list_members
from partage.services.timezones import database_zone
from partage.services.workspace import is_url, open_workspace
from partage.ui.calendar import CalendarView
from partage.ui.controller import AppController, remembered_target
from partage.ui.dashboard import DashboardView
from partage.ui.main_window import SECTIONS, WELCOME_PAGE, WORKSPACE_PAGE, MainWindow
from partage.ui.new_database_dialog import NewDatabaseDialog
from partage.ui.preferences import Preferences
from partage.ui.reading import wait_for_reads
from partage.ui.welcome import is_server_address
from partage.ui.worker import JobControl
from tests.conftest import ON_SERVER
from tests.ui.conftest import MessageRecorder, settle


@pytest.fixture
def controller(qtbot: QtBot) -> AppController:
    app_controller = AppController(Preferences())
    qtbot.addWidget(app_controller.window)
    return app_controller


def start(qtbot: QtBot, controller: AppController, target: str | None = None) -> MainWindow:
    """``controller.start(target)``, once start-up is over (the file opened, or not)."""
    with qtbot.wait_signal(controller.ready, timeout=20_000):
        window = controller.start(target)
    return window


def close_database_file(controller: AppController) -> None:
    """Close the database as the window does: its live watch stops first."""
    if controller.database is not None:
        controller.close_database()


def test_welcome_screen_without_argument(qtbot: QtBot, controller: AppController) -> None:
    window = start(qtbot, controller)

    assert window.pages.currentIndex() == WELCOME_PAGE
    assert window.windowTitle() == "Partage"
    welcome = window.welcome
    for button, text in ((welcome.new_button, "New database…"), (welcome.open_button, "Open…"),
                         (welcome.demo_button, "Try the demo")):
        assert button.isVisible() and button.isEnabled()
        assert button.text().replace("&", "") == text
    assert welcome.no_recent_label.isVisible()
    assert not window.backup_action.isEnabled()


def test_opening_a_file_shows_its_sections_and_where_it_is(
    qtbot: QtBot, controller: AppController, db, db_path: Path
) -> None:
    db.close()
    other = open_workspace(db_path)
    add_member(other, MemberInput(name="Anne Roy"))
    other.close()

    window = start(qtbot, controller, str(db_path))

    assert window.pages.currentIndex() == WORKSPACE_PAGE
    assert window.windowTitle() == "Partage — Coop test"
    assert window.location_label.text() == str(db_path)
    assert window.location_kind_label.text() == ("Server" if ON_SERVER else "Local disk")
    assert not window.read_only_label.isVisible()
    assert [window.section_label(name) for name in ("calendar", "assets", "members")] == [
        "Calendar", "Assets", "Members",
    ]
    window.side_bar.setCurrentRow(SECTIONS.index("members"))
    wait_for_reads()  # the members are read on the worker
    members = window.current_view()
    assert members is not None and members.proxy.index(0, 0).data() == "Anne Roy"
    assert controller.preferences.recent_files() == [str(db_path)]
    close_database_file(controller)


def test_the_window_paints_before_the_file_opens_then_shows_it(
    qtbot: QtBot, controller: AppController, db, db_path: Path
) -> None:
    db.close()
    seen: list[tuple[str, bool, str]] = []
    window = controller.window

    def note(moment: str) -> None:
        seen.append((moment, controller.database is not None, window.location_label.text()))

    controller.shown.connect(lambda: note("shown"))
    controller.ready.connect(lambda: note("ready"))
    with qtbot.wait_signal(controller.ready, timeout=20_000):
        controller.start(str(db_path))
        # The frame is up at once: side bar, an empty section, where the file is.
        assert window.isVisible() and window.pages.currentIndex() == WORKSPACE_PAGE
        assert window.side_bar.currentRow() == 0 and window.current_view() is None
        assert window.location_label.text() == f"Opening {db_path}…"
        assert controller.database is None

    assert seen == [("shown", False, f"Opening {db_path}…"), ("ready", True, str(db_path))]
    assert window.windowTitle() == "Partage — Coop test"
    assert isinstance(window.current_view(), DashboardView)  # the first section
    close_database_file(controller)


def test_a_file_that_does_not_open_at_start_leaves_the_welcome_screen_and_says_why(
    qtbot: QtBot, controller: AppController, tmp_path: Path, shown_messages: MessageRecorder
) -> None:
    text_file = tmp_path / "notes.partage"
    text_file.write_bytes(b"Shopping list\n")

    window = start(qtbot, controller, str(text_file))

    assert window.pages.currentIndex() == WELCOME_PAGE
    assert shown_messages.last.title == "Not a Partage database"
    assert controller.database is None
    assert text_file.read_bytes() == b"Shopping list\n"


@pytest.mark.sqlite_only("backups are copies of a SQLite file")
def test_the_automatic_backup_is_taken_once_the_first_section_is_painted(
    qtbot: QtBot, controller: AppController, db, db_path: Path, partage_home: Path
) -> None:
    db.close()
    backups = partage_home / "data" / "backups"
    files_when_ready: list[list[Path]] = []
    controller.ready.connect(lambda: files_when_ready.append(sorted(backups.rglob("*.partage"))))

    with qtbot.wait_signal(controller.backed_up, timeout=20_000) as backed_up:
        start(qtbot, controller, str(db_path))

    assert files_when_ready == [[]]  # opened without a backup on the start-up path
    [made] = backups.rglob("*.partage")
    assert made.name.endswith("-auto.partage")
    assert backed_up.args == [str(made)]
    assert controller.window.statusBar().currentMessage() == "Backed up"
    close_database_file(controller)


def test_a_failed_automatic_backup_is_said_in_the_status_bar_and_logged(
    qtbot: QtBot, controller: AppController, db, db_path: Path,
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    db.close()

    def disk_full(database: object) -> Path:
        raise DiskFull("The disk is full; nothing was written.")

    monkeypatch.setattr(workspace, "automatic_backup", disk_full)
    with qtbot.wait_signal(controller.ready, timeout=20_000):
        controller.start(str(db_path))
    qtbot.wait_until(lambda: bool(controller.window.statusBar().currentMessage()))

    assert controller.window.statusBar().currentMessage() == (
        "The automatic backup failed: The disk is full; nothing was written."
    )
    assert "automatic backup" in caplog.text and "failed" in caplog.text
    assert controller.database is not None  # the file stays open, unharmed
    close_database_file(controller)


@pytest.mark.sqlite_only("backups are copies of a SQLite file")
def test_backup_now_reports_its_progress_and_can_be_cancelled(
    qtbot: QtBot, controller: AppController, db, db_path: Path,
    shown_messages: MessageRecorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    db.close()
    start(qtbot, controller, str(db_path))
    qtbot.wait_signal(controller.backed_up, timeout=20_000).wait()
    steps: list[tuple[int, int]] = []
    cancel = False

    def run_here(parent: object, title: str, work: object, *, label: str = "") -> object:
        control = JobControl(lambda done, total: steps.append((done, total)))
        if cancel:
            control.report = lambda done, total: control.cancel()  # type: ignore[method-assign]
        assert callable(work)
        return work(control)

    monkeypatch.setattr(controller_module, "run_with_progress", run_here)
    controller.window.backup_action.trigger()

    assert steps and steps[-1][0] == steps[-1][1] > 0  # pages copied, of all pages
    assert shown_messages.last.title == "Backup done"

    cancel = True  # Cancel clicked as soon as the first pages are copied
    shown_messages.shown.clear()
    controller.window.backup_action.trigger()
    assert shown_messages.shown == []  # stopped: no backup to speak of
    manual = list(paths.backup_dir().rglob("*-manual.partage"))
    assert len(manual) == 1
    close_database_file(controller)


def test_the_calendar_is_a_section_of_the_side_bar_and_shows_the_bookings(
    qtbot: QtBot, controller: AppController, db, db_path: Path
) -> None:
    van = add_asset(db, AssetInput(name="Van", kind="vehicle"))
    anne = add_member(db, MemberInput(name="Anne Roy"))
    today = dt.datetime.now(database_zone(db)).date()
    ten = dt.datetime.combine(today, dt.time(10), database_zone(db))
    book(db, BookingRequest(asset_id=van.id, member_id=anne.id, start=ten,
                            end=ten + dt.timedelta(hours=2)))
    db.close()
    window = start(qtbot, controller, str(db_path))
    window.side_bar.setCurrentRow(SECTIONS.index("assets"))
    assert window.current_section() == "assets"

    side_bar = window.side_bar
    assert side_bar.item(0).text() == "Dashboard"
    calendar_row = SECTIONS.index("calendar")
    assert side_bar.item(calendar_row).text() == "Calendar"
    rect = side_bar.visualItemRect(side_bar.item(calendar_row))
    qtbot.mouseClick(side_bar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert window.current_section() == "calendar"
    view = window.current_view()
    assert isinstance(view, CalendarView) and view.isVisible()
    assert view.current_canvas().isVisible()  # the week, as the mode buttons say
    assert view.mode_buttons[view.mode].isChecked()
    assert [(item.asset_name, item.member_name) for item in view.items()] == [
        ("Van", "Anne Roy")
    ]
    [item] = view.items()
    assert item.segments and view.current_canvas().rect().contains(
        view.current_canvas().to_viewport(item.segments[0].center()).toPoint())
    window.section_actions[SECTIONS.index("assets")].trigger()  # View > Assets, Ctrl+3
    assert window.current_section() == "assets"
    assert window.section_actions[0].shortcut().toString() == "Ctrl+1"  # the Dashboard
    close_database_file(controller)


def test_read_only_database_says_so_and_offers_no_writes(
    qtbot: QtBot, controller: AppController, db, db_path: Path
) -> None:
    db.close()
    start(qtbot, controller)
    controller.set_database(open_workspace(db_path, read_only=True), str(db_path))
    window = controller.window

    assert window.read_only_label.isVisible()
    assert window.read_only_label.text() == "Read-only"
    window.side_bar.setCurrentRow(SECTIONS.index("calendar"))
    calendar = window.current_view()
    assert isinstance(calendar, CalendarView) and not calendar.new_button.isEnabled()
    window.side_bar.setCurrentRow(SECTIONS.index("assets"))
    assets = window.current_view()
    assert assets is not None and not assets.add_button.isEnabled()
    close_database_file(controller)


def test_text_file_is_refused_with_a_message_and_left_unchanged(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    text_file = tmp_path / "notes.partage"
    text_file.write_bytes(b"Shopping list\nmilk\n")
    seen: list[tuple[str, str]] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, read_and_close)
            return
        seen.append((box.windowTitle(), box.text()))
        box.close()

    start(qtbot, controller)
    QTimer.singleShot(0, read_and_close)  # the real message box, closed once read
    opened = controller.open_target(str(text_file))

    assert not opened
    assert seen == [("Not a Partage database",
                     f"{text_file} is not a Partage database. It was not changed.")]
    assert text_file.read_bytes() == b"Shopping list\nmilk\n"
    assert controller.window.pages.currentIndex() == WELCOME_PAGE
    assert controller.database is None


def test_missing_recent_file_is_explained_and_forgotten(
    qtbot: QtBot, controller: AppController, tmp_path: Path, shown_messages: MessageRecorder
) -> None:
    gone = str(tmp_path / "gone.partage")
    controller.preferences.add_recent(gone)
    start(qtbot, controller)

    controller.window.welcome.recent_list.chosen.emit(gone)

    assert shown_messages.last.title == "Database not found"
    assert controller.preferences.recent_files() == []
    assert controller.window.welcome.recent_list.count() == 0


def test_no_argument_reopens_the_last_file(
    qtbot: QtBot, controller: AppController, db, db_path: Path
) -> None:
    db.close()
    controller.preferences.last_file = str(db_path)

    window = start(qtbot, controller)

    assert window.pages.currentIndex() == WORKSPACE_PAGE
    assert controller.database is not None and controller.database.location == str(db_path)
    close_database_file(controller)


def test_last_file_gone_shows_the_welcome_screen_quietly(
    qtbot: QtBot, controller: AppController, tmp_path: Path, shown_messages: MessageRecorder
) -> None:
    controller.preferences.last_file = str(tmp_path / "gone.partage")

    window = start(qtbot, controller)

    assert window.pages.currentIndex() == WELCOME_PAGE
    assert shown_messages.shown == []


def test_recent_files_double_click_opens(qtbot: QtBot, controller: AppController, db,
                                         db_path: Path) -> None:
    db.close()
    controller.preferences.add_recent(str(db_path))
    window = start(qtbot, controller)
    recent = window.welcome.recent_list
    name = str(db_path) if ON_SERVER else "group.partage"
    assert recent.count() == 1 and recent.item(0).text().startswith(name)
    rect = recent.visualItemRect(recent.item(0))

    qtbot.mouseClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert window.pages.currentIndex() == WORKSPACE_PAGE
    close_database_file(controller)


def test_open_recent_menu_lists_and_clears(
    qtbot: QtBot, controller: AppController, db, db_path: Path
) -> None:
    db.close()
    start(qtbot, controller, str(db_path))
    window = controller.window

    window.refresh_recent_menu()
    texts = [a.text() for a in window.recent_menu.actions() if not a.isSeparator()]
    assert texts == [f"&1 {db_path}", "&Clear list"]

    [clear] = [a for a in window.recent_menu.actions() if a.text() == "&Clear list"]
    clear.trigger()
    assert controller.preferences.recent_files() == []
    close_database_file(controller)


def test_server_address_is_remembered_without_its_password() -> None:
    assert remembered_target("postgresql+psycopg://ann:secret@db.example/coop") == (
        "postgresql+psycopg://ann@db.example/coop"
    )
    assert remembered_target("postgresql+psycopg://ann@db.example/coop") == (
        "postgresql+psycopg://ann@db.example/coop"
    )


def test_the_welcome_screen_tells_server_addresses_as_the_services_do() -> None:
    for target in ("postgresql+psycopg://ann@db.example/coop", "file:/tmp/a://b.partage",
                   "FILE:///tmp/a.partage", "/srv/share/coop.partage", r"C:\Coop\a.partage"):
        assert is_server_address(target) == is_url(target), target


def test_new_database_dialog_creates_and_opens(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    start(qtbot, controller)
    dialog = NewDatabaseDialog(controller.actor(), controller.window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "Outils Rosemont")
    dialog.path_edit.setText(str(tmp_path / "outils"))

    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)

    assert dialog.database is not None
    assert (tmp_path / "outils.partage").is_file()
    controller.set_database(dialog.database)
    assert controller.window.windowTitle() == "Partage — Outils Rosemont"
    close_database_file(controller)


def test_new_database_never_overwrites_a_file(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    existing = tmp_path / "taken.partage"
    existing.write_bytes(b"precious")
    dialog = NewDatabaseDialog(controller.actor())
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(existing))

    dialog.accept()
    settle()

    assert dialog.database is None
    assert "already exists" in dialog.error_text()
    assert existing.read_bytes() == b"precious"


@pytest.mark.sqlite_only("backups are copies of a SQLite file")
def test_backup_now_says_where_the_backup_is(
    qtbot: QtBot, controller: AppController, db, db_path: Path, shown_messages: MessageRecorder
) -> None:
    db.close()
    start(qtbot, controller, str(db_path))

    controller.window.backup_action.trigger()

    message = shown_messages.last
    assert message.title == "Backup done"
    backup = Path(message.text.split("\n", 1)[1])
    assert backup.is_file() and backup.is_relative_to(paths.backup_dir())
    assert backup.name.endswith("-manual.partage")
    close_database_file(controller)


@pytest.mark.slow
def test_demo_from_the_welcome_screen(qtbot: QtBot, controller: AppController) -> None:
    window = start(qtbot, controller)

    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)

    assert window.pages.currentIndex() == WORKSPACE_PAGE
    assert controller.database is not None and controller.database.path is not None
    assert controller.database.path.parent == paths.data_dir() / "demo"
    assert controller.database.path.name.startswith("demo-")
    window.side_bar.setCurrentRow(SECTIONS.index("calendar"))
    calendar = window.current_view()
    assert isinstance(calendar, CalendarView) and calendar.items()
    window.side_bar.setCurrentRow(SECTIONS.index("assets"))
    wait_for_reads()
    view = window.current_view()
    assert view is not None and view.proxy.rowCount() > 0
    assert len(list_members(controller.database)) > 0
    close_database_file(controller)


def test_preferences_live_in_partage_home(controller: AppController, partage_home: Path) -> None:
    controller.preferences.display_name = "  Anne   Roy "
    controller.preferences.sync()

    assert Preferences().display_name == "Anne Roy"
    assert (partage_home / "config" / "partage.ini").is_file()


def test_display_name_is_recorded_for_writes(qtbot: QtBot, controller: AppController, db,
                                              db_path: Path) -> None:
    db.close()
    start(qtbot, controller, str(db_path))
    controller.apply_preferences("system", "Anne la trésorière")
    assert controller.database is not None
    assert controller.database.actor.display_name == "Anne la trésorière"
    close_database_file(controller)


def test_switching_to_french_rebuilds_the_window_in_french(
    qtbot: QtBot, controller: AppController, db, db_path: Path
) -> None:
    db.close()
    old = start(qtbot, controller, str(db_path))
    old.side_bar.setCurrentRow(SECTIONS.index("members"))

    controller.apply_preferences("fr", "")

    window = controller.window
    assert window is not old
    assert controller.preferences.language == "fr"
    assert window.section_label("members") == "Membres"
    assert window.current_section() == "members"  # same place, new language
    assert window.pages.currentIndex() == WORKSPACE_PAGE
    assert controller.database is not None
    close_database_file(controller)


def test_closing_the_database_goes_back_to_welcome(qtbot: QtBot, controller: AppController, db,
                                                   db_path: Path) -> None:
    db.close()
    start(qtbot, controller, str(db_path))

    controller.window.close_action.trigger()

    assert controller.window.pages.currentIndex() == WELCOME_PAGE
    assert controller.database is None
    assert controller.preferences.last_file == ""
    assert controller.window.welcome.recent_list.count() == 1


def test_a_passing_message_takes_the_place_of_the_path_not_over_it(
    qtbot: QtBot, controller: AppController, db, db_path: Path
) -> None:
    db.close()
    window = start(qtbot, controller, str(db_path))
    window.show()
    qtbot.waitExposed(window)
    path_text = window.location_label.text()
    assert path_text
    window.statusBar().showMessage("Backed up")
    assert not window.location_label.isVisible()  # not drawn under the message
    window.statusBar().clearMessage()
    assert window.location_label.isVisible()
    assert window.location_label.text() == path_text
