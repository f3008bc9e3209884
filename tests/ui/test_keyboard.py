"""Every section and dialog, on the demo database, from the keyboard and a screen reader:

- every control a person can reach has a name a screen reader says (its accessible name,
  or the label it is the buddy of, or its own text);
- Tab, from the side bar, reaches every control of the section shown and comes back to
  the side bar (Tab never traps the focus), and so does Shift+Tab;
- the sections and their main actions have shortcuts or mnemonics.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from partage.services.calendar import calendar_catalog
from partage.services.demo import create_demo
from partage.services.workspace import list_backups
from partage.storage import Actor
from partage.ui.audit_dialog import AuditDialog
from partage.ui.controller import AppController
from partage.ui.document_settings_dialog import DocumentSettingsDialog
from partage.ui.export_dialog import ExportDialog
from partage.ui.import_dialog import ImportDialog
from partage.ui.main_window import SECTIONS, MainWindow
from partage.ui.member_dialog import MemberDialog
from partage.ui.new_database_dialog import NewDatabaseDialog
from partage.ui.preferences import Preferences
from partage.ui.preferences_dialog import PreferencesDialog
from partage.ui.restore_dialog import RestoreDialog

INTERACTIVE = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QAbstractButton,
               QPlainTextEdit, QTextEdit)
# Controls made by Qt inside another control (a spin box's line edit, a tab bar's scroll
# arrows, a calendar pop-up's cells): the outer control carries the name.
COMPOSITES = (QComboBox, QAbstractSpinBox, QCalendarWidget, QTabBar)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.partage"
    create_demo(path).close()  # bookings around today, where the calendar opens
    return path


@pytest.fixture
def window(qtbot: QtBot, demo_file: Path, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "demo.partage"
    path.write_bytes(demo_file.read_bytes())
    controller = AppController(Preferences())
    qtbot.addWidget(controller.window)
    with qtbot.wait_signal(controller.ready, timeout=30_000):
        controller.start(str(path))
    controller.window.show()
    controller.window.activateWindow()
    yield controller.window
    if isValid(controller.window):
        controller.window.close()


def is_inner_part(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def controls(top: QWidget) -> list[QWidget]:
    """The controls of *top* a person can give the keyboard focus to."""
    found = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or is_inner_part(widget, top):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.isWindow():
            continue
        found.append(widget)
    return found


def spoken_name(widget: QWidget, labels: list[QLabel]) -> str:
    """What a screen reader says for *widget*: its accessible name, its buddy label's
    text, or a button's own text."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    for label in labels:
        if label.buddy() is widget and label.text().replace("&", "").replace(":", "").strip():
            return label.text()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text()
    return ""


def unnamed(top: QWidget) -> list[str]:
    labels = top.findChildren(QLabel)
    return [f"{type(widget).__name__} {widget.objectName()!r} in "
            f"{type(widget.parentWidget()).__name__}"
            for widget in controls(top) if not spoken_name(widget, labels)]


def tab_cycle(qtbot: QtBot, start: QWidget, key: Qt.Key, limit: int = 150) -> list[QWidget]:
    """The widgets the focus goes through from *start* with *key*, until it is back."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.wait_until(lambda: QApplication.focusWidget() is start, timeout=2000)
    visited: list[QWidget] = []
    for _ in range(limit):
        current = QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, key)
        focused = QApplication.focusWidget()
        assert focused is not None, "the focus left the window"
        if focused is start:
            return visited
        visited.append(focused)
    raise AssertionError(
        f"{key.name} never came back to the side bar: it keeps going through "
        f"{[type(w).__name__ + ' ' + w.accessibleName() for w in visited[-6:]]}")


def reached(widget: QWidget, visited: list[QWidget]) -> bool:
    """Whether Tab went to *widget* (or its proxy, or, for one of a set of exclusive
    buttons such as Day/Week/Month, to the set: arrow keys move between them)."""
    proxy = widget.focusProxy()
    if widget in visited or (proxy is not None and proxy in visited):
        return True
    if isinstance(widget, QAbstractButton):
        group = widget.group()
        if group is not None and group.exclusive():
            return any(button in visited for button in group.buttons())
        if widget.autoExclusive():
            parent = widget.parentWidget()
            return any(isinstance(other, QAbstractButton) and other.autoExclusive()
                       and other.parentWidget() is parent for other in visited)
    return False


@pytest.mark.parametrize("section", SECTIONS)
def test_every_control_of_a_section_has_a_name_and_tab_reaches_it(
    qtbot: QtBot, window: MainWindow, section: str
) -> None:
    window.side_bar.setCurrentRow(SECTIONS.index(section))
    view = window.views[section]
    qtbot.wait_until(view.isVisible)
    qtbot.wait(50)

    assert unnamed(view) == []

    for table in view.findChildren(QAbstractItemView):  # a row chosen: its buttons work
        model = table.model()
        if model is not None and model.rowCount() and not table.currentIndex().isValid():
            table.setCurrentIndex(model.index(0, 0))
    shown = [widget for widget in controls(view)
             if widget.isVisibleTo(window) and widget.isEnabled()
             and widget.focusPolicy() & Qt.FocusPolicy.TabFocus]
    forward = tab_cycle(qtbot, window.side_bar, Qt.Key.Key_Tab)
    backward = tab_cycle(qtbot, window.side_bar, Qt.Key.Key_Backtab)
    assert shown, "the section has no control to reach"
    missed = [f"{type(w).__name__} {w.accessibleName() or getattr(w, 'text', str)()}"
              for w in shown if not reached(w, forward)]
    assert missed == []
    assert {id(w) for w in forward if view.isAncestorOf(w)} == {
        id(w) for w in backward if view.isAncestorOf(w)}


def test_sections_have_shortcuts_and_the_main_menus_mnemonics(window: MainWindow) -> None:
    shortcuts = [action.shortcut().toString() for action in window.section_actions]
    assert shortcuts == [f"Ctrl+{n}" for n in range(1, len(SECTIONS) + 1)]
    for menu in window.menuBar().actions():
        assert "&" in menu.text(), menu.text()
        for action in menu.menu().actions():
            if action.isSeparator() or not action.text():
                continue
            assert "&" in action.text() or not action.shortcut().isEmpty(), action.text()


def dialogs(window: MainWindow) -> dict[str, Callable[[], QDialog]]:
    db = window.database
    assert db is not None
    bus = window.controller.bus
    from partage.services.members import list_members

    member = list_members(db)[0]
    return {
        "settings": lambda: DocumentSettingsDialog(db, bus, window),
        "preferences": lambda: PreferencesDialog(window.controller.preferences, window),
        "audit": lambda: AuditDialog(db, window),
        "import": lambda: ImportDialog(db, bus, window),
        "export": lambda: ExportDialog(db, window),
        "restore": lambda: RestoreDialog(list_backups(db), window),
        "new database": lambda: NewDatabaseDialog(Actor.current(), window),
        "member": lambda: MemberDialog(db, bus, member, window),
        "asset": lambda: _asset_dialog(db, bus, window),
        "cost": lambda: _cost_dialog(db, bus, window),
        "payment": lambda: _payment_dialog(db, bus, window),
        "opening balance": lambda: _opening_balance_dialog(db, bus, member, window),
        "plan": lambda: _plan_dialog(db, bus, window),
        "policy": lambda: _policy_dialog(db, bus, window),
        "booking": lambda: _booking_dialog(db, bus, window),
    }


def _asset_dialog(db, bus, parent):  # type: ignore[no-untyped-def]
    from partage.ui.asset_dialog import AssetDialog

    return AssetDialog(db, bus, None, parent)


def _cost_dialog(db, bus, parent):  # type: ignore[no-untyped-def]
    from partage.ui.costs.cost_dialog import CostDialog

    return CostDialog(db, bus, None, parent)


def _payment_dialog(db, bus, parent):  # type: ignore[no-untyped-def]
    from partage.ui.costs.payment_dialog import PaymentDialog

    return PaymentDialog(db, bus, parent)


def _opening_balance_dialog(db, bus, member, parent):  # type: ignore[no-untyped-def]
    from partage.ui.opening_balance_dialog import OpeningBalanceDialog

    return OpeningBalanceDialog(db, bus, member.id, member.name, "CAD", parent)


def _plan_dialog(db, bus, parent):  # type: ignore[no-untyped-def]
    from partage.ui.costs.upkeep_dialogs import PlanDialog

    return PlanDialog(db, bus, parent)


def _policy_dialog(db, bus, parent):  # type: ignore[no-untyped-def]
    from partage.ui.costs.upkeep_dialogs import PolicyDialog

    return PolicyDialog(db, bus, parent)


def _booking_dialog(db, bus, parent):  # type: ignore[no-untyped-def]
    from partage.ui.calendar.booking_dialog import BookingDialog

    return BookingDialog(db, bus, calendar_catalog(db), parent=parent)


DIALOGS = ("settings", "preferences", "audit", "import", "export", "restore", "new database",
           "member", "asset", "cost", "payment", "plan", "policy", "booking")


@pytest.mark.parametrize("name", DIALOGS)
def test_every_control_of_a_dialog_has_a_name_and_tab_goes_round(
    qtbot: QtBot, window: MainWindow, name: str
) -> None:
    dialog = dialogs(window)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.wait_until(dialog.isVisible)

    assert unnamed(dialog) == []

    first = next(w for w in controls(dialog)
                 if w.isVisibleTo(dialog) and w.isEnabled()
                 and w.focusPolicy() & Qt.FocusPolicy.TabFocus)
    forward = tab_cycle(qtbot, first, Qt.Key.Key_Tab)
    backward = tab_cycle(qtbot, first, Qt.Key.Key_Backtab)
    assert len(forward) >= 1 and len(backward) >= 1
    dialog.close()


def test_the_calendar_moves_with_arrows_and_opens_a_booking_with_enter(
    qtbot: QtBot, window: MainWindow
) -> None:
    from tests.ui.conftest import drive_modal

    window.side_bar.setCurrentRow(SECTIONS.index("calendar"))
    view = window.views["calendar"]
    qtbot.wait_until(view.isVisible)
    view.setFocus()  # Ctrl+2 then the section: the focus lands in the calendar shown
    canvas = view.current_canvas()
    qtbot.wait_until(canvas.hasFocus)
    day = view.current_date
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert view.current_date == day + dt.timedelta(days=1)
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert view.current_date == day
    while canvas.selected_item() is None and canvas.items:
        qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert canvas.selected_item() is not None, "Ctrl+→ selects the next booking"
    seen = drive_modal(qtbot, lambda: qtbot.keyClick(canvas, Qt.Key.Key_Return),
                       lambda dialog: dialog.reject())
    assert type(seen[0]).__name__ == "BookingDialog"
    assert canvas.hasFocus() or QApplication.focusWidget() is not None
