"""File > Import: members, assets or costs from a CSV file, all rows or none.

The person chooses what the rows are and the file; the dialog shows the first rows as
read, which column holds each field (a combo box per field, guessed from the headers),
and every problem with its row and column. Import stays disabled until every row is
good; the check and the import run off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partage.errors import QT_TRANSLATE_NOOP, PartageError
from partage.i18n import error_text
from partage.services.exchange_fields import REQUIRED, field_keys, guess_mapping
from partage.services.exchange_import import (
    CsvTable,
    ImportCheck,
    ImportRefused,
    ImportResult,
    RowProblem,
    check_csv,
    import_csv,
    read_csv,
)
from partage.services.files import IMPORT_LIMIT_BYTES, read_named_file
from partage.services.workspace import Database
from partage.ui.changes import ChangeBus
from partage.ui.errors import show_error
from partage.ui.messages import inform
from partage.ui.operations import Operation, run_operation
from partage.ui.tables import remember_columns
from partage.ui.widgets import error_colour, style_as_error
from partage.ui.worker import Cancelled, JobControl, run_with_progress

PREVIEW_ROWS = 200
Index = QModelIndex | QPersistentModelIndex

FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("ImportDialog", "Name"),
    "kind": QT_TRANSLATE_NOOP("ImportDialog", "Kind"),
    "email": QT_TRANSLATE_NOOP("ImportDialog", "Email"),
    "phone": QT_TRANSLATE_NOOP("ImportDialog", "Phone"),
    "address": QT_TRANSLATE_NOOP("ImportDialog", "Address"),
    "language": QT_TRANSLATE_NOOP("ImportDialog", "Language"),
    "weight": QT_TRANSLATE_NOOP("ImportDialog", "Share weight"),
    "weight_milli": QT_TRANSLATE_NOOP("ImportDialog", "Share weight in thousandths"),
    "joined": QT_TRANSLATE_NOOP("ImportDialog", "Joined"),
    "left": QT_TRANSLATE_NOOP("ImportDialog", "Left"),
    "notes": QT_TRANSLATE_NOOP("ImportDialog", "Notes"),
    "category": QT_TRANSLATE_NOOP("ImportDialog", "Category"),
    "location": QT_TRANSLATE_NOOP("ImportDialog", "Location"),
    "description": QT_TRANSLATE_NOOP("ImportDialog", "Description"),
    "meter": QT_TRANSLATE_NOOP("ImportDialog", "Meter"),
    "purchase_price": QT_TRANSLATE_NOOP("ImportDialog", "Purchase price"),
    "purchase_price_cents": QT_TRANSLATE_NOOP("ImportDialog", "Purchase price in cents"),
    "purchase_date": QT_TRANSLATE_NOOP("ImportDialog", "Purchase date"),
    "status": QT_TRANSLATE_NOOP("ImportDialog", "Status"),
    "rule": QT_TRANSLATE_NOOP("ImportDialog", "Split rule"),
    "owners": QT_TRANSLATE_NOOP("ImportDialog", "Owners (NAME=WEIGHT; …)"),
    "amount": QT_TRANSLATE_NOOP("ImportDialog", "Amount"),
    "amount_cents": QT_TRANSLATE_NOOP("ImportDialog", "Amount in cents"),
    "date": QT_TRANSLATE_NOOP("ImportDialog", "Date (or start)"),
    "end": QT_TRANSLATE_NOOP("ImportDialog", "End of the period"),
    "asset": QT_TRANSLATE_NOOP("ImportDialog", "Asset"),
    "supplier": QT_TRANSLATE_NOOP("ImportDialog", "Supplier"),
    "note": QT_TRANSLATE_NOOP("ImportDialog", "Note"),
    "paid_by": QT_TRANSLATE_NOOP("ImportDialog", "Paid by"),
}
# Names of encodings are the same in every language.
ENCODINGS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "cp1252": "Windows-1252"}
DELIMITERS = {
    ",": QT_TRANSLATE_NOOP("ImportDialog", "commas"),
    ";": QT_TRANSLATE_NOOP("ImportDialog", "semicolons"),
    "\t": QT_TRANSLATE_NOOP("ImportDialog", "tabs"),
}


def palette_tint(palette: QPalette) -> QColor:
    """The background of a cell with a problem: the error colour, faint."""
    tint = error_colour(palette)
    tint.setAlpha(60)
    return tint


def field_label(key: str) -> str:
    """The field's name in the language in use."""
    return QCoreApplication.translate("ImportDialog", FIELD_LABELS[key])


def _problems_by_row(problems: tuple[RowProblem, ...]) -> dict[int, list[RowProblem]]:
    found: dict[int, list[RowProblem]] = {}
    for problem in problems:
        found.setdefault(problem.row, []).append(problem)
    return found


class PreviewModel(QAbstractTableModel):
    """The first rows of the file as read, numbered as a spreadsheet numbers them; a cell
    with a problem is tinted and explains itself in its tooltip."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table: CsvTable | None = None
        self.problems: dict[int, list[RowProblem]] = {}
        self.tint = QColor()

    def set_table(self, table: CsvTable | None) -> None:
        self.beginResetModel()
        self.table = table
        self.problems = {}
        self.endResetModel()

    def set_problems(self, problems: tuple[RowProblem, ...]) -> None:
        self.problems = _problems_by_row(problems)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid() or self.table is None:
            return 0
        return min(len(self.table.rows), PREVIEW_ROWS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.table is None else len(self.table.headers)

    def _cell_problems(self, row: int, column: int) -> list[RowProblem]:
        assert self.table is not None
        number = self.table.rows[row][0]
        header = self.table.headers[column]
        return [p for p in self.problems.get(number, []) if p.column in (header, "")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.table is None:
            return None
        cells = self.table.rows[index.row()][1]
        if role == Qt.ItemDataRole.DisplayRole:
            text = cells[index.column()] if index.column() < len(cells) else ""
            return text.replace("\n", " ⏎ ")
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole):
            found = self._cell_problems(index.row(), index.column())
            if not found:
                return None
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(self.tint)
            return "\n".join(error_text(p.error) for p in found)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self.table is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.table.headers[section] or self.tr("Column {number}").format(
                number=section + 1)
        return str(self.table.rows[section][0])


class ProblemsModel(QAbstractTableModel):
    """Every problem of the file: its row, its column and what is wrong."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problems: tuple[RowProblem, ...] = ()
        self.titles = (self.tr("Row"), self.tr("Column"), self.tr("Problem"))

    def set_problems(self, problems: tuple[RowProblem, ...]) -> None:
        self.beginResetModel()
        self.problems = problems
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        problem = self.problems[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(problem.row), problem.column, error_text(problem.error))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return error_text(problem.error)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.titles[section]
        return None


class ImportDialog(QDialog):
    """Choose a kind and a CSV file, map its columns, see its problems, import it whole.

    Attributes:
        table: the file as read, or None.
        check: the outcome of the last check of every row, or None.
        imported: what the import wrote, once it succeeded.
    """

    def __init__(self, db: Database, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import from a CSV file"))
        self.db = db
        self.bus = bus
        self.table: CsvTable | None = None
        self.check: ImportCheck | None = None
        self.imported: ImportResult | None = None
        self.operation: Operation[ImportResult] | None = None
        self.path: Path | None = None
        self.combos: dict[str, QComboBox] = {}
        self._filling = False

        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("What the rows are"))
        for text, kind in ((self.tr("Members"), "members"), (self.tr("Assets"), "assets"),
                           (self.tr("Costs"), "costs")):
            self.kind_combo.addItem(text, kind)
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setAccessibleName(self.tr("CSV file"))
        self.file_edit.setPlaceholderText(self.tr("Choose a .csv file saved from a spreadsheet"))
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.setAutoDefault(False)
        self.reload_button = QPushButton(self.tr("Re&load"), self)
        self.reload_button.setAutoDefault(False)
        self.reload_button.setToolTip(self.tr("Read the file again, after correcting it"))
        self.reload_button.setEnabled(False)
        kind_label = QLabel(self.tr("&Rows are:"), self)
        kind_label.setBuddy(self.kind_combo)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.choose_button)
        top = QHBoxLayout()
        top.addWidget(kind_label)
        top.addWidget(self.kind_combo)
        top.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        top.addWidget(file_label)
        top.addWidget(self.file_edit, 1)
        top.addWidget(self.choose_button)
        top.addWidget(self.reload_button)
        self.file_info = QLabel(self)
        self.file_info.setWordWrap(True)

        self.mapping_box = QGroupBox(self.tr("Columns: which column of the file holds each "
                                             "field (* required)"), self)
        self.mapping_grid = QGridLayout(self.mapping_box)

        self.preview_model = PreviewModel(self)
        self.preview_model.tint = palette_tint(self.palette())
        self.preview = QTableView(self)
        self.preview.setAccessibleName(self.tr("First rows of the file"))
        self.preview.setModel(self.preview_model)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        self.problems_model = ProblemsModel(self)
        self.problems_view = QTableView(self)
        self.problems_view.setAccessibleName(self.tr("Problems"))
        self.problems_view.setModel(self.problems_model)
        self.problems_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_view.verticalHeader().setVisible(False)
        header = self.problems_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        remember_columns(self.problems_view, "import-problems")
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.preview)
        splitter.addWidget(self.problems_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.file_info)
        layout.addWidget(self.mapping_box)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        char, line = self.fontMetrics().averageCharWidth(), self.fontMetrics().height()
        self.resize(char * 130, line * 42)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.choose_button.clicked.connect(self.choose_file)
        self.reload_button.clicked.connect(self.reload)
        self.problems_view.doubleClicked.connect(self._show_problem_row)
        self._build_mapping()
        if db.read_only:
            self._say(self.tr("The database is open read-only: nothing can be imported."), True)
            self.choose_button.setEnabled(False)
        else:
            self._say(self.tr("Choose what the rows are, then the file."), False)

    # --- what the person chooses ---------------------------------------------------------

    def kind(self) -> str:
        """``members``, ``assets`` or ``costs``."""
        return str(self.kind_combo.currentData())

    def set_kind(self, kind: str) -> None:
        """Choose what the rows are (as the combo box would)."""
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def choose_file(self) -> None:
        """Ask for a CSV file, then read and check it."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import from a CSV file"), "",
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if name:
            self.load_file(Path(name))

    def reload(self) -> None:
        """Read the same file again (corrected since), keeping the columns chosen."""
        if self.path is not None:
            self.load_file(self.path, keep_columns=True)

    def load_file(self, path: Path, *, keep_columns: bool = False) -> None:
        """Read *path*, guess which column holds each field (or keep the columns chosen,
        when the header is the same), and check every row."""
        previous = (self.table.headers if self.table is not None else None, self.mapping())
        self.path = path
        self.file_edit.setText(path.name)
        self.file_edit.setToolTip(str(path))
        self.reload_button.setEnabled(True)
        self.table = None
        self.preview_model.set_table(None)

        def work(control: JobControl) -> CsvTable:
            # Off the GUI thread, and bounded: a huge file, a pipe or a device is refused
            # with a message while the window keeps painting.
            data = read_named_file(path, limit=IMPORT_LIMIT_BYTES)
            control.check()
            return read_csv(data)

        try:
            self.table = run_with_progress(self, self.tr("Reading the file"), work)
        except Cancelled:
            self._fail(self.tr("Reading cancelled."))
            return
        except PartageError as error:  # unreadable, too large, not CSV: said in the dialog
            self._fail(error_text(error))
            return
        except Exception as error:  # noqa: BLE001 - a bug: reported with the log's path
            self._fail("")
            show_error(self, error)
            return
        self.file_info.setText(self._describe(self.table))
        self.preview_model.set_table(self.table)
        self.preview.resizeColumnsToContents()
        if keep_columns and previous[0] == self.table.headers:
            self._fill_combos(previous[1])
        else:
            self._fill_combos(guess_mapping(self.kind(), self.table.headers))
        self.run_check()

    def _describe(self, table: CsvTable) -> str:
        count = len(table.rows)
        rows = self.tr("%n row(s) below the header", None, count)
        encoding = ENCODINGS[table.encoding]
        delimiter = QCoreApplication.translate("ImportDialog", DELIMITERS[table.delimiter])
        text = self.tr("Read as {encoding}, values separated by {delimiter}: {rows}.").format(
            encoding=encoding, delimiter=delimiter, rows=rows)
        if count > PREVIEW_ROWS:
            text += " " + self.tr("The first {shown} are shown; every row is checked.").format(
                shown=PREVIEW_ROWS)
        return text

    # --- the column combo boxes ---------------------------------------------------------

    def _build_mapping(self) -> None:
        while self.mapping_grid.count():
            item = self.mapping_grid.takeAt(0)
            widget = None if item is None else item.widget()
            if widget is not None:
                widget.deleteLater()
        self.combos = {}
        required = {key for group in REQUIRED[self.kind()] for key in group}
        per_column = 3
        for number, key in enumerate(field_keys(self.kind())):
            text = field_label(key) + (" *" if key in required else "")
            label = QLabel(text, self.mapping_box)
            combo = QComboBox(self.mapping_box)
            combo.setAccessibleName(field_label(key))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            label.setBuddy(combo)
            row, column = divmod(number, per_column)
            self.mapping_grid.addWidget(label, row, column * 2,
                                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.mapping_grid.addWidget(combo, row, column * 2 + 1)
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.combos[key] = combo
        for column in range(per_column):
            self.mapping_grid.setColumnStretch(column * 2 + 1, 1)
        self._fill_combos({} if self.table is None else
                          guess_mapping(self.kind(), self.table.headers))

    def _fill_combos(self, mapping: dict[str, int]) -> None:
        self._filling = True
        headers = () if self.table is None else self.table.headers
        for key, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), -1)
            for index, header in enumerate(headers):
                shown = header or self.tr("Column {number}").format(number=index + 1)
                combo.addItem(f"{index + 1}. {shown}", index)
            combo.setCurrentIndex(combo.findData(mapping.get(key, -1)))
            combo.setEnabled(self.table is not None)
        self._filling = False

    def mapping(self) -> dict[str, int]:
        """The column of each field, as the combo boxes say."""
        return {key: int(combo.currentData()) for key, combo in self.combos.items()
                if combo.currentData() is not None and int(combo.currentData()) >= 0}

    def set_column(self, key: str, column: int | None) -> None:
        """Give *key* the file's column *column* (0 is the first; None: not in the file)."""
        combo = self.combos[key]
        combo.setCurrentIndex(combo.findData(-1 if column is None else column))

    def _kind_changed(self) -> None:
        self._build_mapping()
        if self.table is not None:
            self.run_check()

    def _mapping_changed(self) -> None:
        if not self._filling and self.table is not None:
            self.run_check()

    # --- checking and importing -------------------------------------------------------------

    def _say(self, text: str, problem: bool) -> None:
        self.status.setText(text)
        if problem:
            style_as_error(self.status)
        else:
            self.status.setPalette(self.palette())
        self.status.setProperty("problem", problem)

    def _fail(self, text: str) -> None:
        self.check = None
        self.file_info.clear()
        self.problems_model.set_problems(())
        self.preview_model.set_problems(())
        self._fill_combos({})
        self.import_button.setEnabled(False)
        self._say(text, True)

    def _show(self, check: ImportCheck | None, problems: tuple[RowProblem, ...]) -> None:
        self.check = check
        self.problems_model.set_problems(problems)
        self.preview_model.set_problems(problems)
        self.import_button.setEnabled(check is not None and check.ok and not self.db.read_only)

    def run_check(self) -> None:
        """Check every row with the columns as mapped now, off the GUI thread."""
        if self.table is None:
            return
        db, kind, table, mapping = self.db, self.kind(), self.table, self.mapping()

        def work(control: JobControl) -> ImportCheck:
            return check_csv(db, kind, table, mapping, progress=self._reporter(control))

        try:
            check = run_with_progress(self, self.tr("Checking the file"), work)
        except Cancelled:
            self._show(None, ())
            self._say(self.tr("Check cancelled."), True)
            return
        except PartageError as error:  # a mapping that cannot work: said in the dialog
            self._show(None, ())
            self._say(error_text(error), True)
            return
        except Exception as error:  # noqa: BLE001 - a bug: reported with the log's path
            self._show(None, ())
            show_error(self, error)
            return
        self._show(check, check.problems)
        if check.ok:
            self._say(self.tr("All %n row(s) are ready to import.", None, check.rows), False)
        else:
            self._say(self.tr("Rows with errors: {bad} of {total}. Correct the file and "
                              "reload it, or change the columns above: nothing is imported "
                              "until every row is right.").format(bad=check.rows_with_problems,
                                                                  total=check.rows), True)

    @staticmethod
    def _reporter(control: JobControl) -> Any:
        def report(done: int, total: int) -> None:
            control.report(done, total)
            control.check()

        return report

    @property
    def importing(self) -> bool:
        """True while the rows are being imported."""
        return self.operation is not None and self.operation.running

    def accept(self) -> None:
        """Import every row, or none, off the GUI thread; close only when they were all
        imported."""
        if self.importing or self.table is None or self.check is None or not self.check.ok:
            return
        db, kind, table, mapping = self.db, self.kind(), self.table, self.mapping()

        def work(control: JobControl) -> ImportResult:
            return import_csv(db, kind, table, mapping, progress=self._reporter(control))

        self.operation = run_operation(
            self, self.bus, work, on_done=lambda result: self._imported(kind, result),
            on_error=self._not_imported, progress_title=self.tr("Importing"),
            progress_label=self.tr("Importing the rows…"),
        )

    def reject(self) -> None:
        if not self.importing:
            super().reject()

    def _not_imported(self, error: BaseException) -> None:
        self.operation = None
        if isinstance(error, Cancelled):
            self._say(self.tr("Import cancelled: nothing was imported."), True)
        elif isinstance(error, ImportRefused):  # the data changed since the check
            self._show(error.check, error.problems)
            self._say(error_text(error), True)
        else:
            show_error(self, error)
            self._say(self.tr("Nothing was imported."), True)

    def _imported(self, kind: str, result: ImportResult) -> None:
        self.operation = None
        self.imported = result
        if kind == "members":
            text = self.tr("Imported %n member(s).", None, result.rows)
        elif kind == "assets":
            text = self.tr("Imported %n asset(s).", None, result.rows)
        else:
            text = self.tr("Imported %n cost(s).", None, result.rows)
        inform(self.parentWidget(), self.tr("Import"), text)
        super().accept()

    def _show_problem_row(self, index: QModelIndex) -> None:
        if self.table is None or not index.isValid():
            return
        number = self.problems_model.problems[index.row()].row
        for row, (row_number, _) in enumerate(self.table.rows[:PREVIEW_ROWS]):
            if row_number == number:
                self.preview.selectRow(row)
                self.preview.scrollTo(self.preview_model.index(row, 0))
                return

