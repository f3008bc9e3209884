"""The frame shared by the Members and Assets sections: search, archived switch, buttons,
and a sortable table that reloads when the change bus names what it shows. Archiving and
restoring run as operations, off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from partage.changes import Change
from partage.errors import StaleEdit
from partage.services.workspace import Database
from partage.ui.changes import ChangeBus
from partage.ui.errors import show_error
from partage.ui.icons import icon
from partage.ui.operations import Operation, run_operation
from partage.ui.tables import OBJECT_ROLE, RecordFilterProxy, RecordTableModel, RecordTableView

T = TypeVar("T")


@dataclass(frozen=True)
class ViewTexts:
    """The translated texts that make a record view about members or about assets."""

    search_placeholder: str
    show_hidden: str
    add: str
    edit: str
    archive: str
    restore: str
    empty: str
    no_match: str  # with a {text} placeholder for the search
    all_hidden: str  # every record is archived and archived ones are not shown


class RecordListView(QWidget):
    """A section listing records, with Add, Edit, Archive and Restore.

    Subclasses load the records, open the editor and archive or restore one record.
    The view reads its records when first shown, and again when ``ChangeBus.changed``
    names one of ``watched`` (at once when visible, otherwise the next time it is shown).

    Attributes:
        operation: the archive or restore under way, if any.
    """

    kind = Change.NONE  # the kind of rows this view writes, as named on the change bus
    watched = Change.NONE  # the kinds of data it shows

    def __init__(self, db: Database, bus: ChangeBus, model: RecordTableModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.bus = bus
        self.model = model
        model.setParent(self)
        texts = self.texts()
        self._texts = texts
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(model)
        self._stale = True
        self.operation: Operation[Any] | None = None

        self.add_button = QPushButton(texts.add, self)
        self.edit_button = QPushButton(texts.edit, self)
        self.archive_button = QPushButton(texts.archive, self)
        self.restore_button = QPushButton(texts.restore, self)
        for button, name in ((self.add_button, "add"), (self.edit_button, "edit"),
                             (self.archive_button, "delete"), (self.restore_button, "refresh")):
            button.setIcon(icon(name))
        for button in (self.add_button, self.edit_button, self.archive_button,
                       self.restore_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.setAutoDefault(False)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(texts.search_placeholder)
        self.search_edit.setAccessibleName(texts.search_placeholder.rstrip("…"))
        self.search_edit.setClearButtonEnabled(True)
        # Wide enough for the whole placeholder (plus the clear button), in any language.
        metrics = self.search_edit.fontMetrics()
        self.search_edit.setMinimumWidth(
            metrics.horizontalAdvance(texts.search_placeholder) + metrics.averageCharWidth() * 6
        )
        self.show_hidden_check = QCheckBox(texts.show_hidden, self)

        self.table = RecordTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.accessible_table_name())
        self.table.set_placeholder(self._placeholder)

        bar = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.archive_button,
                       self.restore_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.search_edit)
        bar.addWidget(self.show_hidden_check)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        self.details = self.make_details()
        if self.details is None:
            layout.addWidget(self.table, 1)
        else:
            # The details of the current row, under the table; the person sets the share.
            self.splitter = QSplitter(Qt.Orientation.Vertical, self)
            self.splitter.addWidget(self.table)
            self.splitter.addWidget(self.details)
            self.splitter.setStretchFactor(0, 3)
            self.splitter.setStretchFactor(1, 1)
            self.splitter.setChildrenCollapsible(False)
            layout.addWidget(self.splitter, 1)

        self.add_button.clicked.connect(lambda: self.edit_record(None))
        self.edit_button.clicked.connect(self._edit_current)
        self.archive_button.clicked.connect(self._archive_current)
        self.restore_button.clicked.connect(self._restore_current)
        self.table.doubleClicked.connect(self._edit_current)
        self.table.edit_requested.connect(self._edit_current)
        self.table.archive_requested.connect(self._archive_current)
        self.search_edit.textChanged.connect(self.proxy.set_search)
        self.show_hidden_check.toggled.connect(self.proxy.set_show_hidden)
        self.show_hidden_check.toggled.connect(self._update_buttons)
        self.proxy.modelReset.connect(self._update_buttons)
        self.proxy.rowsInserted.connect(self._update_buttons)
        self.proxy.rowsRemoved.connect(self._update_buttons)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.proxy.modelReset.connect(self._current_changed)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self._focus_search)
        bus.changed.connect(self._changed)
        self.setTabOrder(self.add_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.archive_button)
        self.setTabOrder(self.archive_button, self.restore_button)
        self.setTabOrder(self.restore_button, self.search_edit)
        self.setTabOrder(self.search_edit, self.show_hidden_check)
        self.setTabOrder(self.show_hidden_check, self.table)
        self._fitted = False
        self._update_buttons()

    # --- what subclasses define ------------------------------------------------------

    def texts(self) -> ViewTexts:
        """The translated texts of this view."""
        raise NotImplementedError

    def accessible_table_name(self) -> str:
        """The table's name for screen readers."""
        raise NotImplementedError

    def load(self) -> list[Any]:
        """Read the records to show, through the services."""
        raise NotImplementedError

    def edit_record(self, record: Any | None) -> None:
        """Open the editor on *record*, or on a new record for None."""
        raise NotImplementedError

    def archive(self, record: Any) -> None:
        """Archive *record* (after asking) through the services."""
        raise NotImplementedError

    def make_details(self) -> QWidget | None:
        """A widget shown under the table about the current row (none by default)."""
        return None

    def show_details(self, record: Any | None) -> None:
        """Fill the details widget for *record* (None: no current row)."""

    def restore(self, record: Any) -> None:
        """Bring an archived *record* back through the services."""
        raise NotImplementedError

    # --- behaviour -------------------------------------------------------------------

    def reload(self) -> None:
        """Read the records again, keeping the current row selected."""
        current = self.current_record()
        self.model.set_records(self.load())
        self._stale = False
        self._fit_once()
        if current is not None:
            self.select_record(current.id)
        self._update_buttons()

    def fit_columns(self) -> None:
        """Size the columns to what they show."""
        self.table.fit_columns()

    def current_record(self) -> Any | None:
        """The record of the current row, or None."""
        index = self.table.currentIndex()
        return index.data(OBJECT_ROLE) if index.isValid() else None

    def select_record(self, record_id: int) -> bool:
        """Make the row of *record_id* current, if it is shown; True when it is."""
        row = self.model.row_of(record_id)
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

    def is_hidden(self, record: Any) -> bool:
        """True for an archived or retired record."""
        return self.model.is_hidden(record)

    @property
    def writing(self) -> bool:
        """True while an archive or restore is under way."""
        return self.operation is not None and self.operation.running

    def run_write(self, write: Callable[[], T], on_done: Callable[[T], object]) -> None:
        """Run a service call that writes off the GUI thread, then *on_done* with what it
        returned; its error is shown instead.

        A stale edit means someone else changed the rows: the views are told to reload.
        """
        if self.writing:
            return

        def done(result: T) -> None:
            self.operation = None
            on_done(result)
            self._update_buttons()

        def failed(error: BaseException) -> None:
            self.operation = None
            show_error(self, error)
            if isinstance(error, StaleEdit):
                self.bus.notify(self.kind)
            self._update_buttons()

        self.operation = run_operation(
            self, self.bus, lambda _control: write(), on_done=done, on_error=failed,
            lock=[self.archive_button, self.restore_button],
        )

    def _changed(self, changes: Change) -> None:
        if not changes & self.watched:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        # Records are read when the view is first shown, so a section nobody opens costs
        # nothing at start-up; columns are fitted to the first records read.
        if self._stale:
            self.reload()
        super().showEvent(event)
        self._fit_once()

    def _fit_once(self) -> None:
        if not self._fitted and self.isVisible() and self.model.rowCount():
            self.fit_columns()
            self._fitted = True

    def _placeholder(self) -> str:
        if self.model.rowCount() == 0:
            return self._texts.empty
        if self.proxy.search:
            return self._texts.no_match.format(text=self.search_edit.text().strip())
        return self._texts.all_hidden

    def _focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _edit_current(self) -> None:
        record = self.current_record()
        if record is not None:
            self.edit_record(record)

    def _archive_current(self) -> None:
        record = self.current_record()
        if (record is not None and not self.is_hidden(record) and not self.db.read_only
                and not self.writing):
            self.archive(record)

    def _restore_current(self) -> None:
        record = self.current_record()
        if (record is not None and self.is_hidden(record) and not self.db.read_only
                and not self.writing):
            self.restore(record)

    def _current_changed(self) -> None:
        if self.details is not None:
            self.show_details(self.current_record())

    def _update_buttons(self) -> None:
        record = self.current_record()
        writable = not self.db.read_only
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(record is not None)
        hidden = record is not None and self.is_hidden(record)
        free = writable and not self.writing
        self.archive_button.setEnabled(free and record is not None and not hidden)
        self.restore_button.setEnabled(free and hidden)
        self.restore_button.setVisible(self.proxy.show_hidden)
