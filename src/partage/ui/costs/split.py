"""The Split section: who owes what for each asset over a period, and why.

The split of a period reads every cost and booking in it; on a large group it takes
seconds, so it runs on the worker thread while the window stays usable, and a newer
request (another period, someone's change) replaces an older one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from partage.services.accounts import split_period
from partage.services.workspace import Database, organisation_settings
from partage.ui.changes import ChangeBus
from partage.ui.costs.common import (
    LiveSection,
    PinnedLastProxy,
    group_name,
    money_text,
    period_text,
)
from partage.ui.costs.matrix import (
    DrillDownModel,
    MatrixCell,
    SplitMatrix,
    SplitMatrixModel,
    build_matrix,
    drill_down,
)
from partage.ui.costs.periods import PeriodPicker, QuickPeriod
from partage.ui.errors import show_read_error
from partage.ui.reading import LatestRead
from partage.ui.tables import OBJECT_ROLE, SORT_ROLE, RecordTableView, remember_columns
from partage.ui.worker import JobControl


def compute_matrix(db: Database, start: dt.date, end: dt.date, group_label: str) -> SplitMatrix:
    """Split [start, end] and sum it by member and asset (plain work for the worker)."""
    return build_matrix(split_period(db, start, end), group_label)


class SplitView(LiveSection):
    """The Split section.

    Attributes:
        matrix: the split shown, once computed.
    """

    def __init__(self, db: Database, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(db, bus, parent)
        self.matrix: SplitMatrix | None = None
        self.currency = "CAD"
        self.reader = LatestRead(self._prepare, self)
        self.reader.done.connect(self.show_matrix)
        self.reader.failed.connect(lambda error: show_read_error(self, error))
        self.reader.busy_changed.connect(self._show_busy)
        self._wanted: MatrixCell | None = None

        self.period = PeriodPicker(allow_all=False, parent=self)
        period_label = QLabel(self.tr("&Period:"), self)
        period_label.setBuddy(self.period.choice_combo)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # moving: the split does not report steps
        self.busy_bar.setMaximumWidth(self.fontMetrics().averageCharWidth() * 16)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Splitting the costs"))
        self.busy_label = QLabel(self.tr("Splitting the costs…"), self)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Split summary"))
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.matrix_model = SplitMatrixModel(self)
        self.matrix_proxy = PinnedLastProxy(self)
        self.matrix_proxy.setSourceModel(self.matrix_model)
        self.matrix_table = RecordTableView(self)
        self.matrix_table.setModel(self.matrix_proxy)
        self.matrix_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.matrix_table.setTabKeyNavigation(False)
        self.matrix_table.setAccessibleName(self.tr("Split by member and asset"))
        self.matrix_table.set_placeholder(self._matrix_placeholder)
        self.matrix_table.horizontalHeader().setStretchLastSection(False)
        self.matrix_table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.matrix_table.sortByColumn(SplitMatrixModel.MEMBER, Qt.SortOrder.AscendingOrder)
        remember_columns(self.matrix_table, "split-matrix", widths=False)  # a column per asset

        self.drill_title = QLabel(self)
        font = self.drill_title.font()
        font.setBold(True)
        self.drill_title.setFont(font)
        self.drill_title.setWordWrap(True)
        self.drill_model = DrillDownModel(self)
        self.drill_proxy = QSortFilterProxyModel(self)
        self.drill_proxy.setSortRole(SORT_ROLE)
        self.drill_proxy.setSourceModel(self.drill_model)
        self.drill_table = RecordTableView(self)
        self.drill_table.setModel(self.drill_proxy)
        self.drill_table.setAccessibleName(self.tr("Shares behind the chosen amount"))
        self.drill_table.set_placeholder(self._drill_placeholder)
        self.drill_table.horizontalHeader().setStretchLastSection(True)
        remember_columns(self.drill_table, "split-shares")
        self.explanation_label = QLabel(self)
        self.explanation_label.setWordWrap(True)
        self.explanation_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.explanation_label.setAccessibleName(self.tr("Explanation"))

        bar = QHBoxLayout()
        bar.addWidget(period_label)
        bar.addWidget(self.period)
        bar.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        bar.addWidget(self.busy_bar)
        bar.addWidget(self.busy_label)
        bar.addStretch(1)
        drill = QWidget(self)
        drill_layout = QVBoxLayout(drill)
        drill_layout.setContentsMargins(0, 0, 0, 0)
        drill_layout.addWidget(self.drill_title)
        drill_layout.addWidget(self.drill_table, 1)
        drill_layout.addWidget(self.explanation_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.matrix_table)
        self.splitter.addWidget(drill)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.splitter, 1)

        self.period.changed.connect(self.refresh)
        self.matrix_table.selectionModel().currentChanged.connect(self._cell_chosen)
        self.drill_table.selectionModel().currentRowChanged.connect(self._drill_row_chosen)
        self.period.set_choice(QuickPeriod.THIS_YEAR, self.clock())
        self._show_busy(False)
        self._show_drill(None)

    # --- computing -------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """True while a split is waiting or running."""
        return self.reader.busy

    def set_clock_day(self) -> None:
        """Recompute the quick period from ``clock`` (after replacing the clock)."""
        self.period.set_choice(self.period.choice(), self.clock())

    def reload(self) -> None:
        """Split the period again, shortly (several requests in a row make one split)."""
        self.reader.request()

    def _prepare(self) -> Callable[[JobControl], SplitMatrix]:
        start, end = self.period.period()
        assert start is not None and end is not None
        self.currency = organisation_settings(self.db).currency
        db, label = self.db, group_name()

        def work(control: JobControl) -> SplitMatrix:
            return compute_matrix(db, start, end, label)

        return work

    def _show_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)

    # --- showing ---------------------------------------------------------------------

    def show_matrix(self, matrix: SplitMatrix) -> None:
        """Show *matrix*, keeping the chosen cell if it is still there."""
        wanted = self.current_cell() or self._wanted
        self.matrix = matrix
        self.matrix_model.set_matrix(matrix, self.currency)
        self._fit_matrix()
        report = matrix.report
        summary = self.tr("{period}: {total} shared among %n member(s)", "",
                          len(matrix.members)).format(
            period=period_text(report.start, report.end),
            total=money_text(matrix.total_cents, self.currency),
        )
        if matrix.unallocated_cents:
            summary += " " + self.tr(
                "({amount} not shared: nobody belonged to the group on those days)"
            ).format(amount=money_text(matrix.unallocated_cents, self.currency))
        whole = {cost.cost_id: cost.amount_cents for cost in report.costs}
        outside = sum(whole.values()) - sum(cost.period_cents for cost in report.costs)
        if outside:
            summary += ". " + self.tr(
                "The costs touching this period come to {whole}; {outside} of it falls on "
                "days outside the period and is shared in the periods it covers."
            ).format(
                whole=money_text(sum(whole.values()), self.currency),
                outside=money_text(outside, self.currency),
            )
        self.summary_label.setText(summary if matrix.members else "")
        if wanted is not None and self.select_cell(wanted.member_id, wanted.asset_id,
                                                   all_assets=wanted.all_assets):
            return
        self._show_drill(None)

    def _fit_matrix(self) -> None:
        """Column widths from the names and amounts themselves (asking the model for every
        cell of hundreds of members and assets would take seconds)."""
        matrix = self.matrix
        assert matrix is not None
        header = self.matrix_table.horizontalHeader()
        metrics = self.matrix_table.fontMetrics()
        bold = QFont(self.matrix_table.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        char = metrics.averageCharWidth()
        padding = char * 2
        header_padding = char * 4  # room for the sort arrow

        def money_width(cents: int, strong: bool = False) -> int:
            text = money_text(cents, self.currency)
            return (bold_metrics if strong else metrics).horizontalAdvance(text) + padding

        names = [name for _, name in matrix.members] + [self.tr("Total")]
        name_width = max(metrics.horizontalAdvance(name) for name in names) + padding
        header.resizeSection(SplitMatrixModel.MEMBER, min(name_width, char * 32))
        header.resizeSection(
            SplitMatrixModel.TOTAL,
            max(money_width(matrix.total_cents, True),
                metrics.horizontalAdvance(self.tr("Total")) + header_padding),
        )
        largest: dict[int | None, int] = {}
        for (_, key), cents in matrix.cells.items():
            largest[key] = max(largest.get(key, 0), abs(cents))
        for position, (key, _) in enumerate(matrix.assets):
            column = SplitMatrixModel.FIRST_ASSET + position
            title = str(self.matrix_model.headerData(column, Qt.Orientation.Horizontal))
            # A long asset name is cut in the header (its tooltip gives it whole); the
            # amounts are never cut.
            title_width = min(metrics.horizontalAdvance(title) + header_padding, char * 18)
            amounts = max(money_width(largest.get(key, 0)),
                          money_width(matrix.column_totals.get(key, 0), True))
            header.resizeSection(column, max(title_width, amounts))

    def current_cell(self) -> MatrixCell | None:
        """The cell chosen, or None."""
        index = self.matrix_table.currentIndex()
        if not index.isValid():
            return None
        cell = index.data(OBJECT_ROLE)
        if cell is None:  # the names column: the member's total
            total = self.matrix_proxy.index(index.row(), self.matrix_model.total_column())
            cell = total.data(OBJECT_ROLE)
        return cell if isinstance(cell, MatrixCell) else None

    def select_cell(self, member_id: int | None, asset_id: int | None, *,
                    all_assets: bool = False) -> bool:
        """Choose the cell of *member_id* (None: the totals row) and *asset_id* (or every
        asset); True when it is shown."""
        matrix = self.matrix
        if matrix is None:
            self._wanted = MatrixCell(member_id, asset_id, all_assets, 0)
            return False
        rows = [m for m, _ in matrix.members]
        keys = [k for k, _ in matrix.assets]
        if member_id is not None and member_id not in rows:
            return False
        if not all_assets and asset_id not in keys:
            return False
        row = rows.index(member_id) if member_id is not None else len(rows)
        column = (
            self.matrix_model.total_column() if all_assets
            else self.matrix_model.asset_column(asset_id)
        )
        assert column is not None
        index = self.matrix_proxy.mapFromSource(self.matrix_model.index(row, column))
        self.matrix_table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.matrix_table.scrollTo(index)
        self._wanted = None
        return True

    def _cell_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_drill(self.current_cell())

    def _show_drill(self, cell: MatrixCell | None) -> None:
        matrix = self.matrix
        if matrix is None or cell is None:
            self.drill_title.setText(self.tr("Choose an amount to see the costs behind it."))
            self.drill_model.set_rows([], self.currency)
            self.explanation_label.clear()
            return
        self.drill_title.setText(self._cell_title(cell))
        rows = drill_down(matrix, cell)
        # The lines come in date order: no sorting until asked (sorting 100 000 takes time).
        self.drill_table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.drill_model.set_rows(rows, self.currency, matrix.report.member_names)
        self.drill_table.setColumnHidden(DrillDownModel.MEMBER, cell.member_id is not None)
        self.drill_table.fit_columns()
        header = self.drill_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setStretchLastSection(True)
        if rows:
            self.drill_table.setCurrentIndex(self.drill_proxy.index(0, 0))
        else:
            self.explanation_label.clear()

    def _cell_title(self, cell: MatrixCell) -> str:
        matrix = self.matrix
        assert matrix is not None
        amount = money_text(cell.cents, self.currency)
        asset = dict(matrix.assets).get(cell.asset_id, "") if not cell.all_assets else ""
        member = dict(matrix.members).get(cell.member_id or 0, "")
        if cell.member_id is None and cell.all_assets:
            return self.tr("Every cost of the period: {amount} in all").format(amount=amount)
        if cell.member_id is None:
            return self.tr("{asset}, every member: {amount}").format(asset=asset, amount=amount)
        if cell.all_assets:
            return self.tr("{member}, every asset: {amount}").format(member=member,
                                                                     amount=amount)
        return self.tr("{member} — {asset}: {amount}").format(
            member=member, asset=asset, amount=amount
        )

    def _drill_row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.explanation_label.clear()
            return
        row = self.drill_proxy.mapToSource(current).row()
        self.explanation_label.setText(self.drill_model.explanation(row))

    def explanations(self) -> list[str]:
        """The explanation of every share in the drill-down, in the order shown."""
        return [
            self.drill_model.explanation(self.drill_proxy.mapToSource(
                self.drill_proxy.index(row, 0)).row())
            for row in range(self.drill_proxy.rowCount())
        ]

    def _matrix_placeholder(self) -> str:
        if self.matrix is None:
            return self.tr("Splitting the costs…")
        return self.tr("No costs to share in this period.")

    def _drill_placeholder(self) -> str:
        return "" if self.current_cell() is None else self.tr("Nothing owed here.")
