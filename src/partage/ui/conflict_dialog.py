"""When a save is refused because someone else saved the same row meanwhile: both
versions side by side, and the person chooses (reload theirs, keep mine, or cancel)."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partage.services.sharing import LastChange
from partage.ui.presence_panel import format_moment


class ConflictChoice(enum.Enum):
    """What the person chose."""

    RELOAD = "reload"  # show their version in the form; mine is dropped
    KEEP_MINE = "keep_mine"  # save mine over theirs
    CANCEL = "cancel"  # back to the form, nothing saved


@dataclass(frozen=True)
class FieldVersions:
    """One field as the other person saved it and as the form has it."""

    label: str
    theirs: str
    mine: str


def plain_label(text: str) -> str:
    """A form label without its mnemonic and colon: ``"&Name:"`` gives ``"Name"``."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(" :\u00a0")


def differing(fields: Sequence[FieldVersions]) -> list[FieldVersions]:
    """The fields whose two versions differ."""
    return [field for field in fields if field.theirs != field.mine]


class ConflictDialog(QDialog):
    """Their version and mine, field by field, with Reload, Keep mine and Cancel.

    Args:
        subject: what was edited, translated (``the member “Marc Roy”``).
        fields: the fields that differ.
        changed_by: the newest recorded change to the row, if known.

    Attributes:
        choice: what the person chose (Cancel until they choose).
    """

    def __init__(self, subject: str, fields: Sequence[FieldVersions],
                 changed_by: LastChange | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.choice = ConflictChoice.CANCEL
        if changed_by is not None:
            who = self.tr("{name} ({machine}) saved {subject} at {time}, after you opened it.")
            heading_text = who.format(name=changed_by.display_name,
                                      machine=changed_by.machine, subject=subject,
                                      time=format_moment(changed_by.at))
        else:
            heading_text = self.tr("Someone else saved {subject} after you opened it.").format(
                subject=subject
            )
        heading = QLabel(heading_text, self)
        heading.setWordWrap(True)
        bold = QFont(heading.font())
        bold.setBold(True)
        heading.setFont(bold)

        self.table = QTableWidget(len(fields), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Their version"), self.tr("Your version")]
        )
        self.table.setAccessibleName(self.tr("Their version and yours, field by field"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        for row, field in enumerate(fields):
            for column, text in enumerate((field.label, field.theirs, field.mine)):
                item = QTableWidgetItem(text or self.tr("(empty)"))
                if not text:
                    item.setForeground(self.palette().placeholderText())
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.same_label = QLabel(
            self.tr("The fields you see in the form are the same in both versions."), self
        )
        self.same_label.setWordWrap(True)
        self.same_label.setVisible(not fields)
        self.table.setVisible(bool(fields))

        explanation = QLabel(
            self.tr(
                "Reload shows their version in the form and drops your changes. Keep mine "
                "saves your version over theirs. Cancel takes you back to your changes, "
                "unsaved."
            ),
            self,
        )
        explanation.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.reload_button = QPushButton(self.tr("&Reload"), self)
        self.keep_button = QPushButton(self.tr("&Keep mine"), self)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button.setDefault(True)  # Enter changes nothing
        self.reload_button.clicked.connect(lambda: self._choose(ConflictChoice.RELOAD))
        self.keep_button.clicked.connect(lambda: self._choose(ConflictChoice.KEEP_MINE))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.same_label)
        layout.addWidget(explanation)
        layout.addWidget(self.buttons)
        char = self.fontMetrics().averageCharWidth()
        self.setMinimumWidth(char * 110)
        self.cancel_button.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Rows are measured once the columns have their final widths (long notes wrap),
        # then the table is given room for all of them, up to a dozen lines' worth.
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(row) for row in range(self.table.rowCount()))
        limit = self.fontMetrics().height() * 2 * 12
        height = (min(rows, limit) + self.table.horizontalHeader().height()
                  + 2 * self.table.frameWidth())
        self.table.setFixedHeight(height)
        self.adjustSize()

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.accept()

    def rows(self) -> list[list[str]]:
        """The table's texts, row by row: field, theirs, mine."""
        rows = []
        for row in range(self.table.rowCount()):
            items = [self.table.item(row, column) for column in range(3)]
            rows.append([item.text() if item is not None else "" for item in items])
        return rows
