"""The list of assets beside the day, week and month views: tick assets to show only
theirs; each carries its colour in the calendar."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QPushButton, QVBoxLayout, QWidget

from partage.services.assets import AssetRecord
from partage.ui import labels
from partage.ui.tables import OBJECT_ROLE, fold

Index = QModelIndex | QPersistentModelIndex
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 10


class AssetChecklistModel(QAbstractListModel):
    """Assets with a check box and their calendar colour.

    Signals:
        ticks_changed: the set of ticked assets changed.
    """

    ticks_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._assets: list[AssetRecord] = []
        self._colours: dict[int, QColor] = {}
        self._ticked: set[int] = set()

    def set_assets(self, assets: Sequence[AssetRecord], colours: dict[int, QColor]) -> None:
        """Show *assets*; ticks of assets no longer listed are dropped."""
        self.beginResetModel()
        self._assets = list(assets)
        self._colours = dict(colours)
        kept = self._ticked & {a.id for a in self._assets}
        changed = kept != self._ticked
        self._ticked = kept
        self.endResetModel()
        if changed:
            self.ticks_changed.emit()

    def assets(self) -> list[AssetRecord]:
        """The assets listed."""
        return list(self._assets)

    def ticked(self) -> set[int]:
        """The ids of the ticked assets."""
        return set(self._ticked)

    def set_ticked(self, ids: set[int]) -> None:
        """Tick exactly the assets in *ids* (among those listed)."""
        wanted = ids & {a.id for a in self._assets}
        if wanted == self._ticked:
            return
        self._ticked = wanted
        if self._assets:
            self.dataChanged.emit(self.index(0), self.index(len(self._assets) - 1),
                                  [Qt.ItemDataRole.CheckStateRole])
        self.ticks_changed.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._assets)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._assets):
            return None
        asset = self._assets[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return asset.name
        if role == Qt.ItemDataRole.CheckStateRole:
            return (Qt.CheckState.Checked if asset.id in self._ticked
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._colours.get(asset.id)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [labels.label(labels.ASSET_KINDS, asset.kind), asset.category,
                     asset.location]
            return " · ".join(p for p in parts if p)
        if role == OBJECT_ROLE:
            return asset
        if role == SEARCH_ROLE:
            return fold(f"{asset.name} {asset.category} {asset.location}")
        return None

    def setData(self, index: Index, value: object,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        asset = self._assets[index.row()]
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        if checked == (asset.id in self._ticked):
            return True
        if checked:
            self._ticked.add(asset.id)
        else:
            self._ticked.discard(asset.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticks_changed.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemNeverHasChildren)


class _SearchProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needle:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return self._needle in str(index.data(SEARCH_ROLE))


class AssetPanel(QWidget):
    """A searchable list of assets to tick, with a hint saying what is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AssetChecklistModel(self)
        self.proxy = _SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Find an asset…"))
        self.search_edit.setAccessibleName(self.tr("Find an asset"))
        self.search_edit.setClearButtonEnabled(True)
        self.list = QListView(self)
        self.list.setModel(self.proxy)
        self.list.setAccessibleName(self.tr("Assets shown"))
        self.list.setUniformItemSizes(True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("Show &all"), self)
        self.clear_button.setAccessibleName(self.tr("Show all assets"))
        self.clear_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.clear_button)
        self.search_edit.textChanged.connect(self.proxy.set_search)
        self.clear_button.clicked.connect(lambda: self.model.set_ticked(set()))
        self.model.ticks_changed.connect(self._update_hint)
        self.model.modelReset.connect(self._update_hint)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 26)
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * 40)
        self._update_hint()

    def _update_hint(self) -> None:
        ticked = len(self.model.ticked())
        total = self.model.rowCount()
        if ticked:
            self.hint.setText(self.tr("Showing {count} ticked of {total} assets.").format(
                count=ticked, total=total))
        else:
            self.hint.setText(self.tr("Showing all {total} assets; tick some to show only "
                                      "theirs.").format(total=total))
        self.clear_button.setEnabled(bool(ticked))
