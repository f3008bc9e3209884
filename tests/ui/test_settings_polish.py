"""Settings and preferences: currency and time zone per database, backups per computer,
column widths remembered, icons, and files handed over by the system (macOS Finder)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSize, Qt, QUrl
from PySide6.QtGui import QColor, QFileOpenEvent, QIcon, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from partage import paths
from partage.app import install_file_open_handler
from partage.errors import ValidationError
from partage.i18n import install_translations
from partage.services import document_settings
from partage.services.assets import AssetInput, add_asset
from partage.services.bookings import BookingRequest, book
from partage.services.costs import CostInput, add_cost
from partage.services.members import MemberInput, add_member
from partage.services.timezones import database_zone
from partage.services.workspace import open_workspace
from partage.storage import backup
from partage.ui import icons
from partage.ui.controller import AppController
from partage.ui.document_settings_dialog import DocumentSettingsDialog
from partage.ui.main_window import SECTIONS, MainWindow
from partage.ui.preferences import Preferences
from partage.ui.preferences_dialog import PreferencesDialog
from tests.ui.conftest import drive_modal, settle

SOURCE = Path(__file__).parents[2] / "src" / "partage"


@pytest.fixture(autouse=True)
def default_backup_choices() -> Iterator[None]:
    """The backup choices are the process's: each test leaves the defaults behind."""
    yield
    paths.set_backup_choices(None, paths.DEFAULT_BACKUP_KEEP)


@pytest.fixture
def controller(qtbot: QtBot) -> AppController:
    app_controller = AppController(Preferences())
    qtbot.addWidget(app_controller.window)
    return app_controller


def open_in(qtbot: QtBot, controller: AppController, db_path: Path) -> MainWindow:
    with qtbot.wait_signal(controller.ready, timeout=20_000):
        window = controller.start(str(db_path))
    return window


# --- currency and time zone -------------------------------------------------------------


def test_currency_and_time_zone_are_saved_from_the_settings_dialog(qtbot: QtBot, db,
                                                                   bus) -> None:
    dialog = DocumentSettingsDialog(db, bus)
    qtbot.addWidget(dialog)
    assert dialog.currency_combo.currentData() == "CAD"
    assert dialog.zone_combo.currentText() == "America/Montreal"
    assert "UTC" in dialog.zone_note.text()
    assert dialog.currency_combo.itemText(dialog.currency_combo.findData("EUR")) == "EUR — Euro"

    dialog.currency_combo.setCurrentIndex(dialog.currency_combo.findData("EUR"))
    dialog.zone_combo.setCurrentText("Europe/Paris")
    # The note says what the change does to the bookings shown.
    assert "9:00 in America/Montreal will show at 15:00 in Europe/Paris" in (
        dialog.zone_note.text())
    dialog.ok_button().click()
    settle()

    assert dialog.result() == dialog.DialogCode.Accepted
    saved = document_settings.load(db)
    assert (saved.currency, saved.timezone) == ("EUR", "Europe/Paris")
    assert str(database_zone(db)) == "Europe/Paris"


def test_a_time_zone_that_does_not_exist_is_refused_and_nothing_changes(qtbot: QtBot, db,
                                                                        bus) -> None:
    dialog = DocumentSettingsDialog(db, bus)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(0)
    dialog.zone_combo.setCurrentText("Mars/Olympus")
    dialog.ok_button().click()
    settle()

    assert dialog.isVisible() or dialog.result() != dialog.DialogCode.Accepted
    assert "“Mars/Olympus” is not a time zone such as America/Montreal." in dialog.error_text()
    assert dialog.tabs.currentIndex() == 1  # the tab with the time zone is brought forward
    assert document_settings.load(db).timezone == "America/Montreal"


def test_the_service_refuses_a_bad_currency_or_zone() -> None:
    with pytest.raises(ValidationError) as error:
        document_settings.validate(document_settings.DocumentSettings(currency="dollars"))
    assert error.value.field == "currency"
    with pytest.raises(ValidationError) as error:
        document_settings.validate(document_settings.DocumentSettings(timezone="Paris"))
    assert error.value.field == "timezone"
    tidy = document_settings.validate(document_settings.DocumentSettings(currency=" eur "))
    assert tidy.currency == "EUR"


def test_a_new_currency_and_zone_show_at_once_in_the_window(qtbot: QtBot, db, db_path: Path,
                                                            controller: AppController) -> None:
    anne = add_member(db, MemberInput(name="Anne Roy"))
    van = add_asset(db, AssetInput(name="Van", kind="vehicle"))
    add_cost(db, CostInput(amount_cents=12_345, category="repair", asset_id=van.id,
                           start=dt.date(2026, 3, 2)))
    start = dt.datetime(2026, 3, 3, 14, 0, tzinfo=dt.UTC)  # 9:00 in Montréal
    book(db, BookingRequest(asset_id=van.id, member_id=anne.id, start=start,
                            end=start + dt.timedelta(hours=2)))
    db.close()
    window = open_in(qtbot, controller, db_path)
    window.side_bar.setCurrentRow(SECTIONS.index("costs"))
    costs = window.views["costs"]

    def change(dialog) -> None:
        dialog.currency_combo.setCurrentIndex(dialog.currency_combo.findData("EUR"))
        dialog.zone_combo.setCurrentText("Europe/Paris")
        dialog.ok_button().click()
        settle()

    drive_modal(qtbot, window.organisation_action.trigger, change)

    assert window.views["costs"] is not costs  # the views were built again
    assert window.current_section() == "costs"
    qtbot.waitUntil(lambda: not window.views["costs"].busy)  # read on the worker
    model = window.views["costs"].model
    amounts = [model.index(row, column).data() for row in range(model.rowCount())
               for column in range(model.columnCount())]
    assert any("123.45" in str(text) and "EUR" in str(text) for text in amounts), amounts


def test_the_command_line_sets_currency_and_time_zone(db, db_path: Path) -> None:
    import subprocess
    import sys

    db.close()
    run = [sys.executable, "-m", "partage.cli", "--db", str(db_path), "settings", "set"]
    done = subprocess.run([*run, "timezone", "Europe/Paris"], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr
    refused = subprocess.run([*run, "currency", "dollars"], capture_output=True, text=True,
                             check=False)
    assert refused.returncode == 3
    assert "“dollars” is not a currency code such as CAD." in refused.stderr
    reopened = open_workspace(db_path)
    try:
        settings = document_settings.load(reopened)
        assert (settings.currency, settings.timezone) == ("CAD", "Europe/Paris")
    finally:
        reopened.close()


# --- backups: folder and count, per computer ---------------------------------------------


@pytest.mark.sqlite_only("automatic backups are copies of a database file")
def test_automatic_backups_go_to_the_folder_chosen_and_keep_as_many_as_chosen(
    qtbot: QtBot, db, db_path: Path, tmp_path: Path
) -> None:
    db.close()
    chosen = tmp_path / "my backups"
    preferences = Preferences()
    preferences.backup_folder = str(chosen)
    preferences.backup_keep = 2
    for _ in range(3):
        app_controller = AppController(preferences)
        qtbot.addWidget(app_controller.window)
        with qtbot.wait_signal(app_controller.backed_up, timeout=20_000) as made:
            app_controller.start(str(db_path))
        assert Path(made.args[0]).is_relative_to(chosen)
        app_controller.window.close()

    copies = sorted(chosen.rglob("*-auto.partage"))
    assert len(copies) == 2  # the oldest of three went
    assert not list(paths.default_backup_dir().rglob("*.partage"))


@pytest.mark.sqlite_only("automatic backups are copies of a database file")
def test_a_backup_folder_that_cannot_be_written_is_said_plainly(
    qtbot: QtBot, db, db_path: Path, tmp_path: Path
) -> None:
    db.close()
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    preferences = Preferences()
    preferences.backup_folder = str(blocker / "backups")
    app_controller = AppController(preferences)
    qtbot.addWidget(app_controller.window)
    window = open_in(qtbot, app_controller, db_path)

    qtbot.wait_until(lambda: "automatic backup failed" in window.statusBar().currentMessage(),
                     timeout=20_000)
    message = window.statusBar().currentMessage()
    assert "Partage cannot write backups to the folder" in message
    assert "Edit › Preferences" in message
    assert app_controller.database is not None  # the database stays open and unharmed


def test_preferences_keep_the_backup_choices_and_refuse_a_folder_that_cannot_be_written(
    qtbot: QtBot, tmp_path: Path
) -> None:
    preferences = Preferences()
    dialog = PreferencesDialog(preferences)
    qtbot.addWidget(dialog)
    assert dialog.keep_spin.value() == paths.DEFAULT_BACKUP_KEEP
    assert dialog.folder_edit.placeholderText() == str(paths.default_backup_dir())
    blocker = tmp_path / "a file"
    blocker.write_text("x")
    dialog.folder_edit.setText(str(blocker / "sub"))
    dialog.accept()
    settle()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.problem_label.isVisibleTo(dialog)
    assert "Partage cannot write backups to the folder" in dialog.problem_label.text()

    dialog.folder_edit.setText(str(tmp_path / "fine"))
    dialog.keep_spin.setValue(3)
    dialog.accept()
    settle()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert (dialog.backup_folder(), dialog.backup_keep()) == (str(tmp_path / "fine"), 3)


def test_the_french_message_for_a_backup_folder(tmp_path: Path) -> None:
    from partage.i18n import error_text

    blocker = tmp_path / "f"
    blocker.write_text("x")
    install_translations("fr")
    with pytest.raises(backup.DatabaseProblem) as error:
        backup.check_folder(blocker / "sous-dossier")
    assert error_text(error.value).startswith(
        "Partage ne peut pas écrire de copies de sauvegarde dans le dossier")


# --- column widths and sort order ---------------------------------------------------------


def test_column_widths_and_sort_order_come_back_in_a_new_window(
    qtbot: QtBot, db, db_path: Path
) -> None:
    for name in ("Anne Roy", "Marc Roy", "Zoé Roy"):
        add_member(db, MemberInput(name=name))
    db.close()
    first = AppController(Preferences())
    qtbot.addWidget(first.window)
    window = open_in(qtbot, first, db_path)
    window.side_bar.setCurrentRow(SECTIONS.index("members"))
    table = window.views["members"].table
    qtbot.wait_until(lambda: table.model().rowCount() == 3)
    header = table.horizontalHeader()
    header.resizeSection(0, 333)  # as a person dragging the edge of the column
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    window.close()

    second = AppController(Preferences())
    qtbot.addWidget(second.window)
    window = open_in(qtbot, second, db_path)
    window.side_bar.setCurrentRow(SECTIONS.index("members"))
    table = window.views["members"].table
    qtbot.wait_until(lambda: table.model().rowCount() == 3)
    header = table.horizontalHeader()
    assert header.sectionSize(0) == 333
    assert header.sortIndicatorSection() == 0
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert table.model().index(0, 0).data() == "Zoé Roy"
    window.close()


# --- icons -------------------------------------------------------------------------------


def used_icon_names() -> set[str]:
    """Every icon name the source asks for, plus the sections' and actions' lists."""
    names = set(icons.SECTION_ICONS) | set(icons.ACTION_ICONS) | set(SECTIONS)
    pattern = re.compile(r"""\bicon\(\s*["']([a-z-]+)["']\s*\)""")
    pairs = re.compile(r"""\(\s*self\.\w+,\s*["']([a-z-]+)["']\s*\)""")
    for file in SOURCE.rglob("*.py"):
        text = file.read_text(encoding="utf-8")
        names |= set(pattern.findall(text))
        if "icon(name)" in text:
            names |= set(pairs.findall(text))
    return names


def opaque_pixels(image: QImage) -> int:
    return sum(1 for x in range(image.width()) for y in range(image.height())
               if image.pixelColor(x, y).alpha() > 0)


@pytest.mark.parametrize("name", sorted(used_icon_names()))
def test_every_icon_used_exists_and_draws_something(qapp: QApplication, name: str) -> None:
    assert (icons.icons_dir() / f"{name}.svg").is_file()
    image = icons.icon(name).pixmap(QSize(24, 24)).toImage()
    assert not image.isNull()
    assert opaque_pixels(image) > 40  # strokes, not an empty square


def test_icons_follow_the_theme_text_colour(qapp: QApplication) -> None:
    dark = icons.render("calendar", 24, QColor("#e6e6e6")).toImage()
    light = icons.render("calendar", 24, QColor("#000000")).toImage()
    strokes = [(x, y) for x in range(24) for y in range(24)
               if light.pixelColor(x, y).alpha() == 255]
    assert strokes
    x, y = strokes[0]
    assert light.pixelColor(x, y).lightness() < 30 < 200 < dark.pixelColor(x, y).lightness()
    disabled = icons.icon("add").pixmap(QSize(24, 24), QIcon.Mode.Disabled).toImage()
    normal = icons.icon("add").pixmap(QSize(24, 24)).toImage()
    assert disabled != normal


def test_the_side_bar_and_menus_show_icons(qtbot: QtBot, controller: AppController) -> None:
    window = controller.window
    for row in range(window.side_bar.count()):
        assert not window.side_bar.item(row).icon().isNull()
    for action in (window.new_action, window.open_action, window.import_action,
                   window.export_action, window.guide_action, window.preferences_action):
        assert not action.icon().isNull(), action.text()


# --- files handed over by the system -----------------------------------------------------


@pytest.mark.sqlite_only("the Finder hands over a database file")
def test_a_file_opened_from_the_finder_opens_in_the_window(
    qtbot: QtBot, db, db_path: Path, controller: AppController
) -> None:
    db.close()
    with qtbot.wait_signal(controller.ready, timeout=20_000):
        window = controller.start()
    install_file_open_handler(controller)
    assert controller.database is None

    QApplication.postEvent(QApplication.instance(), QFileOpenEvent(QUrl.fromLocalFile(
        str(db_path))))
    qtbot.wait_until(lambda: controller.database is not None, timeout=20_000)

    assert controller.database.path == db_path
    assert window.current_view() is not None
    assert str(db_path) in controller.preferences.recent_files()


def test_other_events_pass_the_file_open_handler(qtbot: QtBot,
                                                 controller: AppController) -> None:
    handler = install_file_open_handler(controller)
    assert handler.eventFilter(controller.window, QEvent(QEvent.Type.Show)) is False
