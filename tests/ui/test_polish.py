"""Help › User guide, colours from the preferences, and a file dropped on the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication

from partage.i18n import install_translations
from partage.ui.controller import AppController
from partage.ui.guide import GuideDialog, guide_html
from partage.ui.preferences import Preferences, apply_theme


def test_the_guide_is_in_the_language_of_the_window(qtbot):
    assert "Statements" in guide_html("en") and "Relevés" in guide_html("fr")
    install_translations("fr")
    try:
        dialog = GuideDialog()
        qtbot.addWidget(dialog)
        assert "Guide d’utilisation" in dialog.windowTitle()
        assert "Tout émettre" in dialog.browser.toPlainText()
    finally:
        install_translations("en")


def test_f1_opens_the_guide(qtbot):
    controller = AppController(Preferences())
    qtbot.addWidget(controller.window)
    action = controller.window.guide_action
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    action.trigger()
    guides = [w for w in controller.window.findChildren(GuideDialog) if w.isVisible()]
    assert guides and "user guide" in guides[0].windowTitle().lower()


def test_dark_colours_are_remembered_and_applied(qtbot):
    preferences = Preferences()
    controller = AppController(preferences)
    qtbot.addWidget(controller.window)
    try:
        controller.apply_preferences(preferences.language, "", "dark")
        assert Preferences().theme == "dark"
        window_colour = QApplication.palette().color(QPalette.ColorRole.Window)
        assert QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark or (
            window_colour.lightness() < 128
        )
    finally:
        apply_theme("system")
        Preferences().theme = "system"
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() >= 128


def test_a_database_dropped_on_the_window_opens(qtbot, db, db_path: Path):
    db.close()
    controller = AppController(Preferences())
    window = controller.window
    qtbot.addWidget(window)
    window.show()
    opened: list[str] = []
    controller.open_target = opened.append  # type: ignore[method-assign]
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(db_path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert opened == [str(db_path)] and event.isAccepted()
    two = QMimeData()
    two.setUrls([QUrl.fromLocalFile(str(db_path)), QUrl.fromLocalFile(str(db_path))])
    assert MainWindowDrop.dropped(window, two) == ""


class MainWindowDrop:
    @staticmethod
    def dropped(window, data: QMimeData) -> str:
        event = QDropEvent(
            QPointF(1, 1),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        return window.dropped_file(event)
