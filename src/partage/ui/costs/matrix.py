"""The split of a period as a member × asset table, and the costs behind one of its cells.

``build_matrix`` is plain Python (it runs on the worker thread with the split); the
models only look values up in what it built.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from partage.explain import cost_label, explain
from partage.i18n import format_money
from partage.services.accounts import CostInfo, SplitReport
from partage.services.splitting import Allocation, CostSplit
from partage.ui.costs.common import PINNED_ROLE, group_name, period_text, rule_text
from partage.ui.tables import OBJECT_ROLE, SORT_ROLE, Index, fold

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class SplitMatrix:
    """Cents owed by each member for each asset over a period.

    Attributes:
        report: the split it was built from.
        members: (member id, name) of the rows, by name.
        assets: (asset id or None for the group's overhead, name) of the columns: the
            group first (usually the largest), then the assets by name.
        cells: cents by (member id, asset id or None); missing means nothing owed.
        unallocated_cents: the part of costs that fell on days nobody belonged.
    """

    report: SplitReport
    members: tuple[tuple[int, str], ...]
    assets: tuple[tuple[int | None, str], ...]
    cells: dict[tuple[int, int | None], int]
    row_totals: dict[int, int]
    column_totals: dict[int | None, int]
    costs_by_asset: dict[int | None, tuple[int, ...]]  # indexes into report.costs
    unallocated_cents: int = 0
    cost_count: int = 0

    @property
    def total_cents(self) -> int:
        """Everything allocated in the period (the bottom-right cell)."""
        return self.report.total_cents


def build_matrix(report: SplitReport, group_label: str = "") -> SplitMatrix:
    """Sum *report*'s allocations by member and asset (runs off the GUI thread)."""
    cells: dict[tuple[int, int | None], int] = defaultdict(int)
    costs_by_asset: dict[int | None, list[int]] = defaultdict(list)
    asset_names: dict[int | None, str] = {}
    unallocated = 0
    counted = 0
    for position, cost in enumerate(report.costs):
        info = report.info.get(cost.cost_id)
        key = info.asset_id if info is not None else None
        if not cost.allocations:
            unallocated += cost.period_cents
            continue
        counted += 1
        costs_by_asset[key].append(position)
        asset_names[key] = info.asset_name if info is not None and key is not None else ""
        for allocation in cost.allocations:
            cells[(allocation.member_id, key)] += allocation.amount_cents
    row_totals: dict[int, int] = defaultdict(int)
    column_totals: dict[int | None, int] = defaultdict(int)
    for (member_id, key), cents in cells.items():
        row_totals[member_id] += cents
        column_totals[key] += cents
    members = sorted(
        ((m, report.member_names.get(m, f"#{m}")) for m in row_totals),
        key=lambda item: (fold(item[1]), item[0]),
    )
    named = sorted(
        ((key, name) for key, name in asset_names.items() if key is not None),
        key=lambda item: (fold(item[1]), item[0] or 0),
    )
    assets: list[tuple[int | None, str]] = [(None, group_label)] if None in asset_names else []
    assets.extend(named)
    return SplitMatrix(
        report=report,
        members=tuple(members),
        assets=tuple(assets),
        cells=dict(cells),
        row_totals=dict(row_totals),
        column_totals=dict(column_totals),
        costs_by_asset={key: tuple(value) for key, value in costs_by_asset.items()},
        unallocated_cents=unallocated,
        cost_count=counted,
    )


@dataclass(frozen=True)
class MatrixCell:
    """What a cell of the matrix stands for.

    ``member_id`` None means every member (the totals row); ``all_assets`` means every
    asset (the totals column), in which case ``asset_id`` is meaningless.
    """

    member_id: int | None
    asset_id: int | None
    all_assets: bool
    cents: int


@dataclass(frozen=True)
class DrillRow:
    """A line behind a cell: one member's share of a cost, or (for the totals row, where
    every member counts) a cost's part in the period as a whole."""

    cost: CostSplit
    info: CostInfo
    allocation: Allocation | None  # None: the cost as a whole
    member_name: str = ""

    @property
    def cents(self) -> int:
        """The member's share, or the cost's part in the period."""
        return self.allocation.amount_cents if self.allocation is not None else (
            self.cost.period_cents
        )


def drill_down(matrix: SplitMatrix, cell: MatrixCell) -> list[DrillRow]:
    """The lines behind *cell*, by date: a member's share of each cost of the asset(s), or
    for the totals row each cost's part in the period."""
    keys = [key for key, _ in matrix.assets] if cell.all_assets else [cell.asset_id]
    report = matrix.report
    names = report.member_names
    rows: list[DrillRow] = []
    for key in keys:
        for position in matrix.costs_by_asset.get(key, ()):
            cost = report.costs[position]
            info = report.info[cost.cost_id]
            if cell.member_id is None:
                rows.append(DrillRow(cost, info, None))
                continue
            for allocation in cost.allocations:
                if allocation.member_id == cell.member_id:
                    name = names.get(allocation.member_id, f"#{allocation.member_id}")
                    rows.append(DrillRow(cost, info, allocation, name))
                    break
    rows.sort(key=lambda r: (r.info.start, r.cost.cost_id))
    return rows


class SplitMatrixModel(QAbstractTableModel):
    """Members down, assets across, with the totals: each member's in the column next to
    the names (seen without scrolling past every asset), each asset's in the last row.

    ``OBJECT_ROLE`` gives a ``MatrixCell``; the totals row has ``PINNED_ROLE`` so a
    ``PinnedLastProxy`` keeps it at the bottom.
    """

    MEMBER, TOTAL = 0, 1
    FIRST_ASSET = 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.matrix: SplitMatrix | None = None
        self.currency = "CAD"

    def set_matrix(self, matrix: SplitMatrix | None, currency: str = "CAD") -> None:
        """Show *matrix* (None: nothing)."""
        self.beginResetModel()
        self.matrix = matrix
        self.currency = currency
        self.endResetModel()

    # --- shape -----------------------------------------------------------------------

    def _assets(self) -> Sequence[tuple[int | None, str]]:
        return self.matrix.assets if self.matrix is not None else ()

    def total_column(self) -> int:
        """The column of the members' totals."""
        return self.TOTAL

    def asset_column(self, asset_id: int | None) -> int | None:
        """The column of *asset_id* (None: the group's overhead), if it has one."""
        for position, (key, _) in enumerate(self._assets()):
            if key == asset_id:
                return position + self.FIRST_ASSET
        return None

    def total_row(self) -> int:
        """The row of the assets' totals."""
        return len(self.matrix.members) if self.matrix is not None else 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid() or self.matrix is None or not self.matrix.members:
            return 0
        return len(self.matrix.members) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.matrix is None:
            return 0
        return len(self.matrix.assets) + self.FIRST_ASSET

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or self.matrix is None:
            return super().headerData(section, orientation, role)
        if not 0 <= section < self.columnCount():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if section == self.MEMBER:
                return self.tr("Member")
            if section == self.total_column():
                return self.tr("Total")
            key, name = self.matrix.assets[section - self.FIRST_ASSET]
            if key is None:
                if role == Qt.ItemDataRole.ToolTipRole:
                    return self.tr("Costs of no particular asset: the group's overhead")
                return group_name()
            return name
        if role == Qt.ItemDataRole.TextAlignmentRole and section != self.MEMBER:
            return _RIGHT
        return None

    # --- cells -----------------------------------------------------------------------

    def cell(self, row: int, column: int) -> MatrixCell | None:
        """What the cell at (*row*, *column*) stands for; None for the names column."""
        matrix = self.matrix
        if matrix is None or column == self.MEMBER:
            return None
        member_id = matrix.members[row][0] if row < len(matrix.members) else None
        if column == self.total_column():
            if member_id is None:
                return MatrixCell(None, None, True, matrix.total_cents)
            return MatrixCell(member_id, None, True, matrix.row_totals.get(member_id, 0))
        key = matrix.assets[column - self.FIRST_ASSET][0]
        if member_id is None:
            return MatrixCell(None, key, False, matrix.column_totals.get(key, 0))
        return MatrixCell(member_id, key, False, matrix.cells.get((member_id, key), 0))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        matrix = self.matrix
        if matrix is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < self.rowCount() and 0 <= column < self.columnCount()):
            return None
        totals_row = row == self.total_row()
        if role == PINNED_ROLE:
            return totals_row
        if column == self.MEMBER:
            name = self.tr("Total") if totals_row else matrix.members[row][1]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return name
            if role == SORT_ROLE:
                return fold(name)
            if role == Qt.ItemDataRole.FontRole and totals_row:
                return _bold()
            return None
        cell = self.cell(row, column)
        assert cell is not None
        total = totals_row or column == self.total_column()
        if role == Qt.ItemDataRole.DisplayRole:
            return format_money(cell.cents, currency=self.currency) if cell.cents else ""
        if role == SORT_ROLE:
            return cell.cents
        if role == OBJECT_ROLE:
            return cell
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and total:
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column, cell)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return format_money(cell.cents, currency=self.currency)
        return None

    def _tooltip(self, row: int, column: int, cell: MatrixCell) -> str:
        member = self.data(self.index(row, self.MEMBER))
        asset = self.headerData(column, Qt.Orientation.Horizontal)
        return self.tr("{member} — {asset}: {amount}").format(
            member=member, asset=asset, amount=format_money(cell.cents, currency=self.currency)
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class DrillDownModel(QAbstractTableModel):
    """The lines behind a cell: cost, its days, the member, the amount and why."""

    COST, DATES, MEMBER, AMOUNT, EXPLANATION = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[DrillRow] = []
        self.currency = "CAD"
        self._member_names: dict[int, str] = {}
        # Written as rows are shown: thousands of lines need not all be explained.
        self._explained: dict[int, str] = {}
        self._titles = (
            self.tr("Cost"), self.tr("Dates"), self.tr("Member"), self.tr("Amount"),
            self.tr("How it was worked out"),
        )

    def set_rows(self, rows: list[DrillRow], currency: str = "CAD",
                 member_names: dict[int, str] | None = None) -> None:
        """Show *rows* (*member_names* name the members of custom-weight rules)."""
        self.beginResetModel()
        self.rows = rows
        self.currency = currency
        self._member_names = member_names or {}
        self._explained = {}
        self.endResetModel()

    def explanation(self, row: int) -> str:
        """The sentence explaining the amount in *row*."""
        text = self._explained.get(row)
        if text is None:
            text = self._explain(self.rows[row])
            self._explained[row] = text
        return text

    def _explain(self, line: DrillRow) -> str:
        if line.allocation is not None:
            return explain(line.allocation, line.cost, line.info, QLocale(), self.currency)
        cost = line.cost
        rule = rule_text(line.info.rule, self._member_names)
        count = len(cost.allocations)
        if cost.days_in_period < cost.days_total:
            return self.tr(
                "{label} {amount} × {days}/{total} days = {part}, shared among %n member(s): "
                "{rule}", "", count,
            ).format(
                label=cost_label(line.info),
                amount=format_money(cost.amount_cents, currency=self.currency),
                days=cost.days_in_period, total=cost.days_total,
                part=format_money(cost.period_cents, currency=self.currency), rule=rule,
            )
        return self.tr("{label} {amount}, shared among %n member(s): {rule}", "", count).format(
            label=cost_label(line.info),
            amount=format_money(cost.amount_cents, currency=self.currency), rule=rule,
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._titles):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._titles[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section == self.AMOUNT:
                return _RIGHT
        return super().headerData(section, orientation, role)

    def text(self, line: DrillRow, column: int, row: int) -> str:
        """What *column* shows for *line* (in model row *row*)."""
        if column == self.COST:
            return cost_label(line.info)
        if column == self.DATES:
            return period_text(line.info.start, line.info.end)
        if column == self.MEMBER:
            if line.allocation is not None:
                return line.member_name
            return self.tr("%n member(s)", "", len(line.cost.allocations))
        if column == self.AMOUNT:
            return format_money(line.cents, currency=self.currency)
        if column == self.EXPLANATION:
            return self.explanation(row)
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        line = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(line, column, index.row())
        if role == SORT_ROLE:
            if column == self.AMOUNT:
                return line.cents
            if column == self.DATES:
                return line.info.start.toordinal()
            if column == self.MEMBER and line.allocation is None:
                return len(line.cost.allocations)
            if column == self.EXPLANATION:
                return None
            return fold(self.text(line, column, index.row()))
        if role == OBJECT_ROLE:
            return line
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AMOUNT:
            return _RIGHT
        return None
