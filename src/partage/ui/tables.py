"""What the record tables share: roles, a base model, a filtering proxy and a table view.

Models keep the records the services return (frozen dataclasses, never ORM rows). The
proxy sorts on ``SORT_ROLE`` (native values: ints, QDates, case-folded text; None for a
missing value, which sorts last) and filters on ``SEARCH_ROLE`` and ``HIDDEN_ROLE``, so it
never parses display text.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView, QWidget

from partage import paths

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
HIDDEN_ROLE = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex
FIT_SAMPLE_ROWS = 100
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def fold(text: str) -> str:
    """*text* for comparison: case-folded, accents removed ("Élise" matches "elise")."""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def sort_date(value: dt.date | None) -> QDate | None:
    """A date as ``SORT_ROLE`` carries it: a QDate, which the proxy compares natively.

    (A Python date would reach the proxy as an opaque object it cannot order.)
    """
    return None if value is None else QDate(value.year, value.month, value.day)


class RecordTableModel(QAbstractTableModel):
    """A table of records with one row per record.

    Subclasses say how a record looks in each column (``display``), how it sorts
    (``sort_value``), what a search looks through (``search_text``), and whether it is
    hidden unless archived rows are shown (``is_hidden``).
    """

    numeric_columns: frozenset[int] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[Any] = []
        self._search: list[str] = []
        # Translated once: a new language rebuilds the window and its models.
        self._titles = tuple(self.column_titles())

    # --- what subclasses define ------------------------------------------------------

    def column_titles(self) -> Sequence[str]:
        """The translated header of each column."""
        raise NotImplementedError

    def display(self, record: Any, column: int) -> str:
        """The text shown for *record* in *column*."""
        raise NotImplementedError

    def sort_value(self, record: Any, column: int) -> object:
        """The native value *column* sorts *record* by (None sorts last)."""
        raise NotImplementedError

    def search_text(self, record: Any) -> str:
        """The text a search looks through (folded once, at the first search)."""
        raise NotImplementedError

    def is_hidden(self, record: Any) -> bool:
        """True for an archived or retired record."""
        raise NotImplementedError

    def tooltip(self, record: Any, column: int) -> str | None:
        """A tooltip for long texts the column may cut (none by default)."""
        return None

    def foreground(self, record: Any, column: int) -> QBrush | None:
        """A text colour for *record* in *column* (None: the palette's)."""
        return None

    # --- records ---------------------------------------------------------------------

    def set_records(self, records: Sequence[Any]) -> None:
        """Show *records* instead of the current ones."""
        self.beginResetModel()
        self._records = list(records)
        self._search = []  # folded on the first search, not at every reload
        self.endResetModel()

    def records(self) -> list[Any]:
        """The records shown, in model order."""
        return list(self._records)

    def row_of(self, record_id: int) -> int | None:
        """The row of the record with *record_id*, or None."""
        for row, record in enumerate(self._records):
            if record.id == record_id:
                return row
        return None

    # --- QAbstractTableModel ---------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._titles):
                return self._titles[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section in self.numeric_columns:
                return _RIGHT
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(record, column)
        if role == SORT_ROLE:
            return self.sort_value(record, column)
        if role == OBJECT_ROLE:
            return record
        if role == SEARCH_ROLE:
            if not self._search:
                self._search = [fold(self.search_text(r)) for r in self._records]
            return self._search[index.row()]
        if role == HIDDEN_ROLE:
            return self.is_hidden(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(record, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.numeric_columns:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.is_hidden(record):
                return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            return self.foreground(record, column)
        return None


class RecordFilterProxy(QSortFilterProxyModel):
    """Sorts on native values and filters by a search text and by archived state."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._show_hidden = False
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    @property
    def search(self) -> str:
        """The folded search text rows must contain."""
        return self._needle

    def set_search(self, text: str) -> None:
        """Keep the rows whose search text contains *text* (case and accents ignored)."""
        needle = fold(text.strip())
        if needle != self._needle:
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def show_hidden(self) -> bool:
        """Whether archived or retired rows are shown."""
        return self._show_hidden

    def set_show_hidden(self, show: bool) -> None:
        """Show or hide the archived or retired rows."""
        if show != self._show_hidden:
            self.beginFilterChange()
            self._show_hidden = show
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if not self._show_hidden and model.data(index, HIDDEN_ROLE):
            return False
        return not self._needle or self._needle in str(model.data(index, SEARCH_ROLE))



def preferences_file() -> QSettings:
    """The person's preferences file (``partage.ini``), where column widths are kept."""
    return QSettings(str(paths.config_dir() / "partage.ini"), QSettings.Format.IniFormat)


class ColumnMemory(QObject):
    """Remembers a table's column widths and sort order under *key*, across restarts.

    Only the person's own changes are stored: widths set by the program (fitting the
    columns to their contents, restoring) are not. The saved widths are put back whenever
    the view's columns appear and after every fit, so a reload keeps them too.
    """

    def __init__(self, view: QTableView | QTreeView, key: str,
                 settings: QSettings | None = None, *, widths: bool = True) -> None:
        super().__init__(view)
        self.view = view
        self.key = key
        self.widths = widths
        self._settings = settings or preferences_file()
        self._applying = False
        self._sorted = False
        header = self.header()
        header.sectionResized.connect(self._resized)
        header.sortIndicatorChanged.connect(self._sort_changed)
        header.sectionCountChanged.connect(self._count_changed)
        self.apply()

    def header(self) -> QHeaderView:
        """The view's column header."""
        if isinstance(self.view, QTableView):
            return self.view.horizontalHeader()
        return self.view.header()

    def _count_changed(self, _old: int, new: int) -> None:
        if new:
            self.apply()

    def saved_widths(self) -> list[int]:
        """The widths stored for this view, column by column (0: not stored)."""
        text = str(self._settings.value(f"columns/{self.key}/widths", "") or "")
        try:
            return [max(0, int(part)) for part in text.split(",") if part.strip()]
        except ValueError:  # a hand-edited file: the widths are simply not restored
            return []

    def apply(self) -> None:
        """Put the stored widths (and, the first time, the sort order) back."""
        header = self.header()
        count = header.count()
        if count == 0:
            return
        self._applying = True
        try:
            for column, width in enumerate(self.saved_widths()[:count] if self.widths else []):
                last = column == count - 1 and header.stretchLastSection()
                if width > 0 and not last:
                    header.resizeSection(column, width)
            if not self._sorted and self.view.isSortingEnabled():
                self._sorted = True
                column, order = self._saved_sort()
                if 0 <= column < count:
                    self.view.sortByColumn(column, order)
        finally:
            self._applying = False

    def _saved_sort(self) -> tuple[int, Qt.SortOrder]:
        text = str(self._settings.value(f"columns/{self.key}/sort", "") or "")
        column, _, direction = text.partition(",")
        order = (Qt.SortOrder.DescendingOrder if direction == "desc"
                 else Qt.SortOrder.AscendingOrder)
        return (int(column) if column.strip().isdigit() else -1), order

    def fitting(self) -> _Fitting:
        """A context in which the program sizes columns without them being stored."""
        return _Fitting(self)

    def _resized(self, _column: int, _old: int, _new: int) -> None:
        header = self.header()
        if self._applying or not self.widths or (
            _column == header.count() - 1 and header.stretchLastSection()
        ):  # the last column takes the room left: its width says nothing
            return
        widths = [header.sectionSize(column) for column in range(header.count())]
        self._settings.setValue(f"columns/{self.key}/widths",
                                ",".join(str(width) for width in widths))

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if self._applying:
            return
        direction = "desc" if order == Qt.SortOrder.DescendingOrder else "asc"
        self._settings.setValue(f"columns/{self.key}/sort", f"{column},{direction}")

    def sync(self) -> None:
        """Write what is stored to disk now."""
        self._settings.sync()


class _Fitting:
    def __init__(self, memory: ColumnMemory) -> None:
        self.memory = memory

    def __enter__(self) -> None:
        self.memory._applying = True

    def __exit__(self, *_exc: object) -> None:
        self.memory._applying = False
        self.memory.apply()


def remember_columns(view: QTableView | QTreeView, key: str, *,
                     widths: bool = True) -> ColumnMemory:
    """Keep *view*'s column widths and sort order under *key* in the preferences.

    Call once, after the view has its model and its default sort;
    ``RecordTableView.fit_columns`` then puts the person's widths back after each fit.
    Without *widths* only the sort order is kept (for tables whose columns change, such
    as one column per asset).
    """
    memory = ColumnMemory(view, key, widths=widths)
    if isinstance(view, RecordTableView):
        view.column_memory = memory
    return memory


class RecordTableView(QTableView):
    """A read-only table: whole rows, one at a time, with a text when it has none.

    Enter or Return asks to edit the current row, Delete asks to archive it.
    """

    edit_requested = Signal()
    archive_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placeholder: Callable[[], str] = lambda: ""
        self.column_memory: ColumnMemory | None = None  # set by remember_columns
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
        self.verticalHeader().setVisible(False)
        line = self.fontMetrics().height()
        self.verticalHeader().setDefaultSectionSize(line + line // 2)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setStretchLastSection(True)

    def set_placeholder(self, text: Callable[[], str]) -> None:
        """Show *text()* in the middle of the table while it has no rows."""
        self._placeholder = text
        self.viewport().update()

    def placeholder_text(self) -> str:
        """The text shown now because the table is empty, or ``""``."""
        model = self.model()
        if model is None or model.rowCount() > 0:
            return ""
        return self._placeholder()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.edit_requested.emit()
            return
        if key == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self.archive_requested.emit()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        text = self.placeholder_text()
        if not text:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        margin = self.fontMetrics().height()
        area = self.viewport().rect().adjusted(margin, margin, -margin, -margin)
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        painter.drawText(area, flags, text)
        painter.end()

    def fit_columns(self, max_width_chars: int = 40) -> None:
        """Size the columns to their contents, none wider than *max_width_chars*.

        Only the first rows are measured, so a table of thousands opens at once.
        """
        if self.column_memory is not None:
            with self.column_memory.fitting():  # the person's widths go back on top
                self._fit(max_width_chars)
        else:
            self._fit(max_width_chars)

    def _fit(self, max_width_chars: int) -> None:
        header = self.horizontalHeader()
        header.setResizeContentsPrecision(FIT_SAMPLE_ROWS)
        limit = self.fontMetrics().averageCharWidth() * max_width_chars
        self.resizeColumnsToContents()
        for column in range(header.count()):
            if header.sectionSize(column) > limit:
                header.resizeSection(column, limit)
