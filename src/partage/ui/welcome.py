"""The screen shown while no database is open: new, open, demo, and the recent files."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partage.ui.icons import app_icon
from partage.ui.preferences import MAX_RECENT

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1


def is_server_address(target: str) -> bool:
    """True for a server URL rather than a file path (as ``services.workspace.is_url``).

    Not imported from the services: the welcome screen paints before they are loaded.
    """
    return "://" in target and not target.lower().startswith("file:")


class RecentList(QListWidget):
    """The recent databases; double-click, Enter or Return opens one."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.itemActivated.connect(self._activated)  # a double-click activates

    def _activated(self, item: QListWidgetItem) -> None:
        self.chosen.emit(str(item.data(TARGET_ROLE)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # itemActivated follows the platform (on macOS, Enter does not activate).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self._activated(self.currentItem())
            return
        super().keyPressEvent(event)


class WelcomeScreen(QWidget):
    """Start here: create a database, open one, try the demo, or reopen a recent one."""

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Partage"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        logo = QLabel(self)
        side = int(title.sizeHint().height() * 1.2)
        logo.setPixmap(app_icon().pixmap(QSize(side, side), self.devicePixelRatioF()))
        logo.setAccessibleName(self.tr("Partage logo"))
        subtitle = QLabel(
            self.tr("Pool equipment, spaces and vehicles; book them and share what they cost."),
            self,
        )
        subtitle.setWordWrap(True)

        self.new_button = QCommandLinkButton(
            self.tr("&New database…"),
            self.tr("Start an empty database for your group, on this computer or a shared drive."),
            self,
        )
        self.open_button = QCommandLinkButton(
            self.tr("&Open…"), self.tr("Open a Partage database you or your group already use."),
            self,
        )
        self.demo_button = QCommandLinkButton(
            self.tr("Try the &demo"),
            self.tr("Explore a sample co-op with members and assets, in a copy of its own."),
            self,
        )
        for button, name in (
            (self.new_button, self.tr("New database")),
            (self.open_button, self.tr("Open a database")),
            (self.demo_button, self.tr("Try the demo")),
        ):
            button.setAccessibleName(name)

        recent_label = QLabel(self.tr("&Recent databases"), self)
        bold = QFont(recent_label.font())
        bold.setBold(True)
        recent_label.setFont(bold)
        self.recent_list = RecentList(self)
        self.recent_list.setAccessibleName(self.tr("Recent databases"))
        # Room for every recent file (two lines each), no more: the column ends there.
        lines = 2 * MAX_RECENT + 1
        self.recent_list.setMaximumHeight(
            self.recent_list.fontMetrics().lineSpacing() * lines
            + 2 * self.recent_list.frameWidth()
        )
        recent_label.setBuddy(self.recent_list)
        self.no_recent_label = QLabel(self.tr("Databases you open will be listed here."), self)
        self.no_recent_label.setEnabled(False)

        actions = QVBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.open_button)
        actions.addWidget(self.demo_button)
        actions.addStretch(1)
        recent = QVBoxLayout()
        recent.addWidget(recent_label)
        recent.addWidget(self.no_recent_label)
        recent.addWidget(self.recent_list, 1)
        recent.addStretch(0)  # keeps the column at the top while the list is hidden
        columns = QHBoxLayout()
        columns.addLayout(actions, 1)
        columns.addSpacing(self.fontMetrics().averageCharWidth() * 4)
        columns.addLayout(recent, 1)

        heading = QHBoxLayout()
        heading.addWidget(logo)
        heading.addWidget(title, 1)
        body = QVBoxLayout()
        body.addLayout(heading)
        body.addWidget(subtitle)
        body.addSpacing(self.fontMetrics().height())
        body.addLayout(columns, 1)
        content = QWidget(self)
        content.setLayout(body)
        content.setMaximumWidth(self.fontMetrics().averageCharWidth() * 130)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(content, 10)
        centred.addStretch(1)
        outer = QVBoxLayout(self)
        margin = self.fontMetrics().height() * 2
        outer.setContentsMargins(margin, margin, margin, margin)
        outer.addStretch(1)  # a little above the middle, where the eye looks first
        outer.addLayout(centred)
        outer.addStretch(2)

        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.recent_list.chosen.connect(self.recent_chosen)
        self.setTabOrder(self.new_button, self.open_button)
        self.setTabOrder(self.open_button, self.demo_button)
        self.setTabOrder(self.demo_button, self.recent_list)
        self.set_recent_files([])

    def set_recent_files(self, targets: Sequence[str]) -> None:
        """List *targets* (file paths or server addresses), newest first."""
        self.recent_list.clear()
        for target in targets:
            if is_server_address(target):
                text = target
            else:
                path = Path(target)
                text = f"{path.name}\n{path.parent}"
            item = QListWidgetItem(text, self.recent_list)
            item.setData(TARGET_ROLE, target)
            item.setToolTip(target)
        has_recent = bool(targets)
        self.recent_list.setVisible(has_recent)
        self.no_recent_label.setVisible(not has_recent)
        if has_recent:
            self.recent_list.setCurrentRow(0)
