"""The Costs section: every expense, filtered by period, asset, category and payer.

The costs are read on the worker thread, and deleted there too (``ui.operations``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from partage.changes import Change
from partage.explain import category_label
from partage.i18n import format_money
from partage.services.costs import (
    CATEGORIES,
    CostRecord,
    delete_cost,
    list_costs,
    part_in_period,
)
from partage.services.workspace import Database
from partage.ui.changes import ChangeBus
from partage.ui.costs.common import (
    NO_ID,
    Directory,
    LiveSection,
    fit_table,
    load_directory,
    period_text,
    rule_text,
)
from partage.ui.costs.periods import PeriodPicker, QuickPeriod
from partage.ui.costs.receipt import open_receipt
from partage.ui.errors import show_error, show_read_error
from partage.ui.icons import icon
from partage.ui.messages import confirm
from partage.ui.operations import run_operation
from partage.ui.reading import LatestRead
from partage.ui.tables import (
    OBJECT_ROLE,
    Index,
    RecordFilterProxy,
    RecordTableModel,
    RecordTableView,
    fold,
    remember_columns,
    sort_date,
)
from partage.ui.worker import JobControl

ANY = "*"  # filter data for "no filter"


@dataclass(frozen=True)
class CostsRead:
    """What the worker read for the section: the members and assets, and the costs."""

    directory: Directory
    records: list[CostRecord]


def read_costs(db: Database, start: dt.date | None, end: dt.date | None, asset: object,
               category: object, member: object) -> CostsRead:
    """The directory and the costs matching the filters' data (worker side)."""
    directory = load_directory(db)
    records = list_costs(
        db,
        start=start,
        end=end,
        asset_id=asset if isinstance(asset, int) and asset != NO_ID else None,
        category=None if category == ANY else str(category),
        member_id=member if isinstance(member, int) and member != NO_ID else None,
    )
    # "No asset" and "the treasury" are not ids the service filters on.
    if asset == NO_ID:
        records = [r for r in records if r.asset_id is None]
    if member == NO_ID:
        records = [r for r in records if r.paid_by_member_id is None]
    return CostsRead(directory, records)


class CostsModel(RecordTableModel):
    """Costs, one per row; ``OBJECT_ROLE`` gives the ``CostRecord``.

    Names come from a ``Directory``: ``set_directory`` before ``set_records``.
    """

    DATE, CATEGORY, ASSET, SUPPLIER, AMOUNT, PAID_BY, RECEIPT, RULE = range(8)
    numeric_columns = frozenset({AMOUNT})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.directory = Directory()

    def set_directory(self, directory: Directory) -> None:
        """The names and currency to show the costs with."""
        self.directory = directory

    def column_titles(self) -> Sequence[str]:
        return (
            self.tr("Date"), self.tr("Category"), self.tr("Asset"), self.tr("Supplier"),
            self.tr("Amount"), self.tr("Paid by"), self.tr("Receipt"), self.tr("Rule override"),
        )

    def display(self, record: CostRecord, column: int) -> str:
        if column == self.DATE:
            return period_text(record.start, record.end)
        if column == self.CATEGORY:
            return category_label(record.category)
        if column == self.ASSET:
            return self.directory.asset_name(record.asset_id)
        if column == self.SUPPLIER:
            return record.supplier
        if column == self.AMOUNT:
            return self.directory.money(record.amount_cents)
        if column == self.PAID_BY:
            return self.directory.member_name(record.paid_by_member_id)
        if column == self.RULE:
            return rule_text(record.rule, self.directory.member_names())
        return ""  # the receipt column shows an icon

    def sort_value(self, record: CostRecord, column: int) -> object:
        if column == self.DATE:
            return sort_date(record.start)
        if column == self.AMOUNT:
            return record.amount_cents
        if column == self.RECEIPT:
            return int(record.has_receipt)
        return fold(self.display(record, column)) or None

    def search_text(self, record: CostRecord) -> str:
        return "\n".join((
            category_label(record.category),
            self.directory.asset_name(record.asset_id),
            record.supplier,
            record.note,
            self.directory.member_name(record.paid_by_member_id),
            record.receipt_name,
        ))

    def is_hidden(self, record: CostRecord) -> bool:
        return False

    def tooltip(self, record: CostRecord, column: int) -> str | None:
        if column == self.RECEIPT:
            return (
                self.tr("Receipt: {name}").format(name=record.receipt_name or "—")
                if record.has_receipt else None
            )
        if column == self.RULE and not record.rule:
            return self.tr("Split by the asset's default rule")
        # Long names may be cut; the note is only seen here.
        shown = self.display(record, column) if column in (self.SUPPLIER, self.ASSET) else ""
        return "\n".join(text for text in (shown, record.note) if text) or None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.FontRole and index.isValid() and index.column() in (
            self.ASSET, self.PAID_BY
        ) and 0 <= index.row() < len(self._records):
            # The group and the treasury are no asset or member: set apart in italics.
            record = self._records[index.row()]
            none = record.asset_id if index.column() == self.ASSET else record.paid_by_member_id
            if none is None:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if (
            index.isValid()
            and index.column() == self.RECEIPT
            and role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.AccessibleTextRole)
            and 0 <= index.row() < len(self._records)
        ):
            record = self._records[index.row()]
            if not record.has_receipt:
                return self.tr("No receipt") if role != Qt.ItemDataRole.DecorationRole else None
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("Receipt attached")
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        return super().data(index, role)


class CostsView(LiveSection):
    """The Costs section: filters, the table of costs, and Add, Edit and Delete.

    Attributes:
        loaded: True once the costs were read a first time.
    """

    watched = Change.COST | Change.MEMBER | Change.ASSET

    def __init__(self, db: Database, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(db, bus, parent)
        self.directory = Directory()
        self.loaded = False
        self._select_after_read: int | None = None  # a cost just saved, to make current
        self.reader = LatestRead(self._prepare, self)
        self.model = CostsModel(self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._fitted = False

        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("Ed&it…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.receipt_button = QPushButton(self.tr("Open &receipt"), self)
        for button, name in ((self.add_button, "add"), (self.edit_button, "edit"),
                             (self.delete_button, "delete")):
            button.setIcon(icon(name))
        for button in (self.add_button, self.edit_button, self.delete_button,
                       self.receipt_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.setAutoDefault(False)
        self.search_edit = QLineEdit(self)
        placeholder = self.tr("Search costs…")
        self.search_edit.setPlaceholderText(placeholder)
        self.search_edit.setAccessibleName(self.tr("Search costs"))
        self.search_edit.setClearButtonEnabled(True)
        metrics = self.search_edit.fontMetrics()
        self.search_edit.setMinimumWidth(
            metrics.horizontalAdvance(placeholder) + metrics.averageCharWidth() * 6
        )

        self.period = PeriodPicker(allow_all=True, parent=self)
        self.asset_filter = QComboBox(self)
        self.asset_filter.setAccessibleName(self.tr("Asset filter"))
        self.category_filter = QComboBox(self)
        self.category_filter.setAccessibleName(self.tr("Category filter"))
        self.category_filter.addItem(self.tr("All categories"), ANY)
        for category in sorted(CATEGORIES, key=lambda c: fold(category_label(c))):
            self.category_filter.addItem(category_label(category), category)
        self.member_filter = QComboBox(self)
        self.member_filter.setAccessibleName(self.tr("Paid by filter"))
        for combo in (self.asset_filter, self.member_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMaximumWidth(self.fontMetrics().averageCharWidth() * 34)

        self.table = RecordTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Costs"))
        self.table.set_placeholder(self._placeholder)
        self.table.sortByColumn(CostsModel.DATE, Qt.SortOrder.DescendingOrder)
        remember_columns(self.table, "costs")
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Costs shown"))

        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button,
                       self.receipt_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.search_edit)
        filters = QHBoxLayout()
        filters.addWidget(self.period)
        filters.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        for text, combo in (
            (self.tr("A&sset:"), self.asset_filter),
            (self.tr("Ca&tegory:"), self.category_filter),
            (self.tr("&Paid by:"), self.member_filter),
        ):
            label = QLabel(text, self)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)

        self.add_button.clicked.connect(lambda: self.edit_cost(None))
        self.edit_button.clicked.connect(self._edit_current)
        self.delete_button.clicked.connect(self._delete_current)
        self.receipt_button.clicked.connect(self._open_current_receipt)
        self.table.doubleClicked.connect(self._edit_current)
        self.table.edit_requested.connect(self._edit_current)
        self.table.archive_requested.connect(self._delete_current)
        self.search_edit.textChanged.connect(self.proxy.set_search)
        self.period.changed.connect(self.refresh)
        for combo in (self.asset_filter, self.category_filter, self.member_filter):
            combo.currentIndexChanged.connect(self.refresh)
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.layoutChanged):
            signal.connect(self._update_state)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self._focus_search)
        self.reader.done.connect(self.show_costs)
        self.reader.failed.connect(lambda error: show_read_error(self, error))
        self.period.set_choice(QuickPeriod.THIS_YEAR, self.clock())
        self._update_state()

    # --- reading ---------------------------------------------------------------------

    def set_clock_day(self) -> None:
        """Recompute the quick period from ``clock`` (after replacing the clock)."""
        self.period.set_choice(self.period.choice(), self.clock())

    @property
    def busy(self) -> bool:
        """True while the costs are being read, or deleted."""
        return self.reader.busy or self.writing

    def reload(self) -> None:
        """Read the costs matching the filters on the worker, then show them."""
        self.reader.request()

    def _prepare(self) -> Callable[[JobControl], CostsRead]:
        db = self.db
        start, end = self.period.period()
        asset = self.asset_filter.currentData()
        category = self.category_filter.currentData()
        member = self.member_filter.currentData()

        def work(control: JobControl) -> CostsRead:
            return read_costs(db, start, end, asset, category, member)

        return work

    def show_costs(self, read: CostsRead) -> None:
        """Show the costs *read*, keeping the current one selected."""
        current = self.current_cost()
        chosen = self._select_after_read or (current.id if current is not None else None)
        self._select_after_read = None
        self.directory = read.directory
        self._fill_filters()
        self.model.set_directory(self.directory)
        self.model.set_records(read.records)
        self.loaded = True
        if not self._fitted and read.records:
            fit_table(self.table)
            self._fitted = True
        if chosen is not None:
            self.select_cost(chosen)
        self._update_state()

    def _fill_filters(self) -> None:
        """Keep the asset and payer filters in step with the members and assets."""
        for combo, first, special, items in (
            (self.asset_filter, self.tr("All assets"), self.tr("Group (no asset)"),
             sorted(((a.name, a.id) for a in self.directory.assets.values()),
                    key=lambda item: fold(item[0]))),
            (self.member_filter, self.tr("Anyone"), self.tr("Treasury"),
             sorted(((m.name, m.id) for m in self.directory.members.values()),
                    key=lambda item: fold(item[0]))),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, ANY)
            combo.addItem(special, NO_ID)
            for name, record_id in items:
                combo.addItem(name, record_id)
            index = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    # --- the current cost ------------------------------------------------------------

    def current_cost(self) -> CostRecord | None:
        """The cost of the current row, or None."""
        index = self.table.currentIndex()
        record = index.data(OBJECT_ROLE) if index.isValid() else None
        return record if isinstance(record, CostRecord) else None

    def select_cost(self, cost_id: int) -> bool:
        """Make the row of *cost_id* current, if shown; True when it is."""
        row = self.model.row_of(cost_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def shown_costs(self) -> list[CostRecord]:
        """The costs in the table now, in the order shown."""
        return [
            self.proxy.index(row, 0).data(OBJECT_ROLE) for row in range(self.proxy.rowCount())
        ]

    # --- actions ---------------------------------------------------------------------

    def edit_cost(self, record: CostRecord | None) -> None:
        """Open the cost dialog on *record*, or on a new cost for None."""
        from partage.ui.costs.cost_dialog import CostDialog

        dialog = CostDialog(
            self.db, self.bus, record, self, day=self.clock(),
            suppliers=[cost.supplier for cost in self.model.records()],
        )
        if dialog.exec() and dialog.saved_record is not None:
            self._select_after_read = dialog.saved_record.id  # once read again
            self.refresh()

    def delete(self, record: CostRecord) -> None:
        """Delete *record* after asking."""
        question = self.tr(
            "Delete the cost of {amount} ({category}, {date})? It will no longer be "
            "split between the members. This cannot be undone."
        ).format(
            amount=format_money(record.amount_cents, currency=self.directory.currency),
            category=category_label(record.category),
            date=period_text(record.start, record.end),
        )
        if not confirm(self, self.tr("Delete cost"), question, self.tr("Delete")):
            return
        db = self.db

        def done(_result: object) -> None:
            self.operation = None
            self._update_buttons()

        def failed(error: BaseException) -> None:
            done(None)
            show_error(self, error)

        self.operation = run_operation(
            self, self.bus, lambda _control: delete_cost(db, record.id), on_done=done,
            on_error=failed, lock=[self.delete_button],
        )

    def _edit_current(self) -> None:
        record = self.current_cost()
        if record is not None:
            self.edit_cost(record)

    def _delete_current(self) -> None:
        record = self.current_cost()
        if record is not None and not self.db.read_only and not self.writing:
            self.delete(record)

    def _open_current_receipt(self) -> None:
        record = self.current_cost()
        if record is not None and record.has_receipt:
            open_receipt(self, self.db, record.id)

    def _focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _placeholder(self) -> str:
        if not self.loaded:
            return self.tr("Reading the costs…")
        if self.model.rowCount() == 0:
            if not self._no_filter():
                return self.tr("No cost matches these filters.")
            if self.period.choice() is QuickPeriod.ALL:
                return self.tr("No costs yet — click Add… to enter the first one.")
            return self.tr("No costs in this period — click Add… to enter one.")
        return self.tr("No cost matches “{text}”.").format(text=self.search_edit.text().strip())

    def _no_filter(self) -> bool:
        return all(
            combo.currentData() in (ANY, None)
            for combo in (self.asset_filter, self.category_filter, self.member_filter)
        )

    def _update_state(self) -> None:
        self._update_buttons()
        self._update_summary()

    def _update_buttons(self) -> None:
        record = self.current_cost()
        writable = not self.db.read_only
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(record is not None)
        self.delete_button.setEnabled(writable and record is not None and not self.writing)
        self.receipt_button.setEnabled(record is not None and record.has_receipt)

    def _update_summary(self) -> None:
        shown = self.shown_costs()
        total = sum(record.amount_cents for record in shown)
        text = self.tr("%n cost(s), {total} in all", "", len(shown)).format(
            total=self.directory.money(total)
        )
        start, end = self.period.period()
        if start is not None and end is not None:
            inside = sum(part_in_period(record, start, end) for record in shown)
            if inside != total:
                # Costs spread over days (insurance, rent) count in full here; the Split
                # section and the statements count only their days in the period.
                text += " " + self.tr(
                    "— {inside} in this period; {outside} falls on days outside it "
                    "(costs spread over a longer period), which the Split section and the "
                    "statements leave out."
                ).format(
                    inside=self.directory.money(inside),
                    outside=self.directory.money(total - inside),
                )
        self.summary_label.setText(text)
