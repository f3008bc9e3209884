"""File > Restore: the backups of the open database, newest first, to choose one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from partage.errors import QT_TRANSLATE_NOOP
from partage.services.workspace import BackupEntry
from partage.ui.tables import (
    OBJECT_ROLE,
    RecordFilterProxy,
    RecordTableModel,
    RecordTableView,
    remember_columns,
)

REASONS = {
    "auto": QT_TRANSLATE_NOOP("RestoreDialog", "When the database was opened"),
    "manual": QT_TRANSLATE_NOOP("RestoreDialog", "Backup now"),
    "before-upgrade": QT_TRANSLATE_NOOP("RestoreDialog", "Before an upgrade"),
    "before-restore": QT_TRANSLATE_NOOP("RestoreDialog", "Before a restore"),
}


def backup_date(entry: BackupEntry) -> str:
    """When *entry* was taken, in this computer's time: ``2026-11-24 14:02:33``."""
    return entry.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


class BackupsModel(RecordTableModel):
    """One row per backup: when, why, how big."""

    TAKEN, REASON, SIZE = range(3)
    numeric_columns = frozenset({SIZE})

    def column_titles(self) -> Sequence[str]:
        return [self.tr("Taken"), self.tr("Why"), self.tr("Size")]

    def display(self, record: Any, column: int) -> str:
        entry: BackupEntry = record
        if column == self.TAKEN:
            return backup_date(entry)
        if column == self.REASON:
            source = REASONS.get(entry.reason)
            return QCoreApplication.translate("RestoreDialog", source) if source else entry.reason
        return QLocale().formattedDataSize(entry.size, 1)

    def sort_value(self, record: Any, column: int) -> object:
        entry: BackupEntry = record
        if column == self.TAKEN:
            return entry.taken_at.timestamp()
        if column == self.SIZE:
            return entry.size
        return self.display(entry, column).casefold()

    def search_text(self, record: Any) -> str:
        return ""

    def is_hidden(self, record: Any) -> bool:
        return False

    def tooltip(self, record: Any, column: int) -> str | None:
        entry: BackupEntry = record
        return str(entry.path)


class RestoreDialog(QDialog):
    """Lists the backups; Restore returns the chosen one through ``chosen``."""

    def __init__(self, entries: Sequence[BackupEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        intro = QLabel(
            self.tr(
                "Choose the backup to put back in place of the database. The database as "
                "it is now is backed up first, so a restore can itself be undone. Nobody "
                "else may have the database open meanwhile."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = BackupsModel(self)
        self.model.set_records(entries)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = RecordTableView(self)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(BackupsModel.TAKEN, Qt.SortOrder.DescendingOrder)
        remember_columns(self.table, "backups")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.set_placeholder(lambda: self.tr("This database has no backup yet."))
        self.table.fit_columns()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("Restore…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.doubleClicked.connect(self.accept)
        self.table.edit_requested.connect(self.accept)
        self.table.selectionModel().currentRowChanged.connect(self._update_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._update_button()
        char = self.fontMetrics().averageCharWidth()
        self.resize(char * 110, self.fontMetrics().height() * 26)

    def _update_button(self) -> None:
        self.restore_button.setEnabled(self.table.currentIndex().isValid())

    def chosen(self) -> BackupEntry | None:
        """The backup of the current row, or None."""
        index = self.table.currentIndex()
        entry = index.data(OBJECT_ROLE) if index.isValid() else None
        return entry if isinstance(entry, BackupEntry) else None

    def date_text(self, entry: BackupEntry) -> str:
        """When *entry* was taken, as the table shows it."""
        return backup_date(entry)

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()
