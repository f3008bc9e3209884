"""The editor of an asset's ownership shares: one row per owner, a member and a weight."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from partage.i18n import format_weight
from partage.services.assets import Ownership
from partage.services.members import MemberRecord
from partage.services.money import parse_weight
from partage.ui.record_dialog import parse_field

MEMBER_COLUMN, WEIGHT_COLUMN = 0, 1


class OwnershipEditor(QWidget):
    """A small table of owners: a member (combo of members not archived) and a weight."""

    def __init__(self, members: Sequence[MemberRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._members = list(members)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Member"), self.tr("Weight")])
        self.table.setAccessibleName(self.tr("Owners"))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(MEMBER_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WEIGHT_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(WEIGHT_COLUMN, self.fontMetrics().averageCharWidth() * 12)
        self.table.setMinimumHeight(self.fontMetrics().height() * 7)
        self.add_button = QPushButton(self.tr("Add o&wner"), self)
        self.add_button.setAccessibleName(self.tr("Add an owner"))
        self.remove_button = QPushButton(self.tr("Remove owner"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected owner"))
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
        if not self._active_members():
            self.add_button.setEnabled(False)
            self.add_button.setToolTip(self.tr("Add members first: owners are members."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_current_row)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def _active_members(self) -> list[MemberRecord]:
        return [member for member in self._members if not member.archived]

    def set_owners(self, owners: Sequence[Ownership]) -> None:
        """Show *owners*, one row each."""
        self.table.setRowCount(0)
        for owner in owners:
            self.add_row(owner.member_id, owner.weight_milli)
        self._update_buttons()

    def add_row(self, member_id: int | None = None, weight_milli: int = 1000) -> int:
        """Add an owner row (the first member not listed yet by default); return its row."""
        if member_id is None:
            listed = {self.member_id(row) for row in range(self.table.rowCount())}
            free = [m.id for m in self._active_members() if m.id not in listed]
            member_id = free[0] if free else None
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox(self.table)
        combo.setAccessibleName(self.tr("Owner"))
        for member in self._members:
            if member.archived and member.id != member_id:
                continue  # archived members only stay where they already own a share
            text = member.name if not member.archived else self.tr("{name} (archived)").format(
                name=member.name
            )
            combo.addItem(text, member.id)
        if member_id is not None:
            combo.setCurrentIndex(max(combo.findData(member_id), 0))
        weight = QLineEdit(format_weight(weight_milli), self.table)
        weight.setAccessibleName(self.tr("Owner's weight"))
        weight.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.table.setCellWidget(row, MEMBER_COLUMN, combo)
        self.table.setCellWidget(row, WEIGHT_COLUMN, weight)
        self.table.setCurrentCell(row, MEMBER_COLUMN)
        self._update_buttons()
        return row

    def remove_current_row(self) -> None:
        """Remove the selected owner row."""
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
        self._update_buttons()

    def member_combo(self, row: int) -> QComboBox:
        """The member chooser of *row*."""
        widget = self.table.cellWidget(row, MEMBER_COLUMN)
        assert isinstance(widget, QComboBox)
        return widget

    def weight_edit(self, row: int) -> QLineEdit:
        """The weight field of *row*."""
        widget = self.table.cellWidget(row, WEIGHT_COLUMN)
        assert isinstance(widget, QLineEdit)
        return widget

    def member_id(self, row: int) -> int | None:
        """The member chosen in *row*."""
        data = self.member_combo(row).currentData()
        return int(data) if data is not None else None

    def owners(self) -> tuple[Ownership, ...]:
        """The shares entered; a bad weight raises ``ValidationError`` for ``owners``."""
        shares = []
        for row in range(self.table.rowCount()):
            member_id = self.member_id(row)
            if member_id is None:
                continue
            weight = parse_field("owners", parse_weight, self.weight_edit(row).text())
            shares.append(Ownership(member_id, weight))
        return tuple(shares)

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0)
