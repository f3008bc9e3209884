"""The audit log: who changed what, when and from which machine, with filters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from partage.i18n import format_date
from partage.services.audit import AuditFilter, AuditRecord, entities, entries, people
from partage.services.timezones import database_zone
from partage.services.workspace import Database
from partage.ui.costs.periods import PeriodPicker, QuickPeriod
from partage.ui.tables import (
    RecordFilterProxy,
    RecordTableModel,
    RecordTableView,
    fold,
    remember_columns,
)
from partage.ui.widgets import ReadingDialog

ALL = ""


class AuditModel(RecordTableModel):
    """Audit rows, newest first; ``OBJECT_ROLE`` gives the ``AuditRecord``."""

    WHEN, WHO, MACHINE, ACTION, KIND, SUMMARY = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone: dt.tzinfo = dt.UTC

    def column_titles(self) -> Sequence[str]:
        return (self.tr("When"), self.tr("Who"), self.tr("Machine"), self.tr("Action"),
                self.tr("Kind"), self.tr("What"))

    def display(self, record: AuditRecord, column: int) -> str:
        if column == self.WHEN:
            local = record.at.astimezone(self.zone)
            return f"{format_date(local.date())} {local:%H:%M:%S}"
        if column == self.WHO:
            if record.display_name and record.display_name != record.os_user:
                return f"{record.display_name} ({record.os_user})"
            return record.os_user
        if column == self.MACHINE:
            return record.machine
        if column == self.ACTION:
            return record.action
        if column == self.KIND:
            return record.entity if record.entity_id is None else (
                f"{record.entity} #{record.entity_id}")
        if column == self.SUMMARY:
            return record.summary
        return ""

    def sort_value(self, record: AuditRecord, column: int) -> object:
        if column == self.WHEN:
            return record.at.timestamp()
        return fold(self.display(record, column)) or None

    def search_text(self, record: AuditRecord) -> str:
        return f"{record.summary}\n{record.display_name}\n{record.os_user}\n{record.machine}"

    def is_hidden(self, record: AuditRecord) -> bool:
        return False

    def tooltip(self, record: AuditRecord, column: int) -> str | None:
        return record.summary if column == self.SUMMARY else None


class AuditDialog(ReadingDialog):
    """The audit log with its filters: a period, a person, a kind of row, a text."""

    def __init__(self, db: Database, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Audit log"))
        self.period = PeriodPicker(allow_all=True, parent=self)
        self.period.set_choice(QuickPeriod.THIS_MONTH, today or dt.date.today())
        self.who_combo = QComboBox(self)
        self.who_combo.setAccessibleName(self.tr("Person"))
        self.who_combo.addItem(self.tr("Everyone"), ALL)
        for name in people(db):
            self.who_combo.addItem(name, name)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Kind of row"))
        self.kind_combo.addItem(self.tr("All kinds"), ALL)
        for kind in entities(db):
            self.kind_combo.addItem(kind, kind)
        self.text_edit = QLineEdit(self)
        self.text_edit.setAccessibleName(self.tr("Text"))
        self.text_edit.setPlaceholderText(self.tr("Search the changes…"))
        self.text_edit.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.model = AuditModel(self)
        self.model.zone = database_zone(db)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = RecordTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Changes"))
        self.table.set_placeholder(lambda: self.tr("No change matches these filters."))
        self.table.sortByColumn(AuditModel.WHEN, Qt.SortOrder.DescendingOrder)
        remember_columns(self.table, "audit-log")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        filters = QHBoxLayout()
        filters.addWidget(self.period)
        filters.addWidget(self.who_combo)
        filters.addWidget(self.kind_combo)
        filters.addWidget(self.text_edit, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(300)
        self._typing.timeout.connect(self.reload)
        self.period.changed.connect(self.reload)
        self.who_combo.currentIndexChanged.connect(self.reload)
        self.kind_combo.currentIndexChanged.connect(self.reload)
        self.text_edit.textChanged.connect(self._typing.start)
        char = self.fontMetrics().averageCharWidth()
        self.resize(char * 160, self.fontMetrics().height() * 36)
        self.reload()

    def current_filter(self) -> AuditFilter:
        """The filters as set."""
        start, end = self.period.period()
        return AuditFilter(
            start=start, end=end, entity=str(self.kind_combo.currentData() or ""),
            who=str(self.who_combo.currentData() or ""), text=self.text_edit.text().strip(),
        )

    def reload(self) -> None:
        """Read the rows matching the filters."""
        wanted = self.current_filter()
        rows = entries(self.db, wanted)
        self.model.set_records(rows)
        self.table.fit_columns(60)
        if len(rows) >= wanted.limit:
            self.count_label.setText(
                self.tr("The latest {count} changes; narrow the filters to see older ones.")
                .format(count=len(rows)))
        else:
            self.count_label.setText(self.tr("%n change(s)", "", len(rows)))
