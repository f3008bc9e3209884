"""File > Export: every table as CSV files for spreadsheets, or the whole database as one
JSON file; written off the GUI thread with progress and Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from partage.services.exchange import export_json_file
from partage.services.exchange_csv import CsvFile, export_csv
from partage.services.workspace import Database
from partage.ui.errors import show_error
from partage.ui.messages import inform
from partage.ui.worker import Cancelled, JobControl, run_with_progress


class ExportDialog(QDialog):
    """Choose CSV or JSON and where to write; Export writes it and says where it went.

    Attributes:
        written: the folder or file written, once the export succeeded.
    """

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.db = db
        self.written: Path | None = None
        base = db.path.with_suffix("") if db.path is not None else Path.home() / "partage"
        self._suggestions = {"csv": str(base.parent / f"{base.name}-csv"),
                             "json": str(base.parent / f"{base.name}.json")}

        self.csv_button = QRadioButton(self.tr("&CSV files, one per table, for spreadsheets"),
                                       self)
        csv_help = QLabel(self.tr(
            "Opens in Excel or LibreOffice. Text a spreadsheet would run as a formula "
            "(starting with = + - @) is written behind an apostrophe; amounts stay whole "
            "numbers of cents. Photos, receipts and PDFs are not included."), self)
        self.json_button = QRadioButton(self.tr("One &JSON file: the whole database"), self)
        json_help = QLabel(self.tr(
            "Everything, files included: to move the database to another computer or a "
            "server, or to keep. “partage-cli import json” brings it back exactly into a "
            "new, empty database."), self)
        for label in (csv_help, json_help):
            label.setWordWrap(True)
            label.setIndent(self.fontMetrics().averageCharWidth() * 4)
        self.group = QButtonGroup(self)
        self.group.addButton(self.csv_button)
        self.group.addButton(self.json_button)
        self.csv_button.setChecked(True)

        self.target_edit = QLineEdit(self._suggestions["csv"], self)
        self.target_edit.setAccessibleName(self.tr("Where to write"))
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.setAutoDefault(False)
        self.target_label = QLabel(self)
        self.target_label.setBuddy(self.target_edit)
        target = QHBoxLayout()
        target.addWidget(self.target_label)
        target.addWidget(self.target_edit, 1)
        target.addWidget(self.choose_button)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (self.csv_button, csv_help, self.json_button, json_help):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(target)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.sizeHint().height())

        self.csv_button.toggled.connect(self._format_changed)
        self.choose_button.clicked.connect(self.choose_target)
        self._format_changed()

    def format(self) -> str:
        """``csv`` or ``json``."""
        return "csv" if self.csv_button.isChecked() else "json"

    def _format_changed(self) -> None:
        other = "json" if self.format() == "csv" else "csv"
        if self.target_edit.text() in ("", self._suggestions[other]):
            self.target_edit.setText(self._suggestions[self.format()])
        self.target_label.setText(
            self.tr("&Folder:") if self.format() == "csv" else self.tr("&File:")
        )

    def choose_target(self) -> None:
        """Ask for the folder (CSV) or the file (JSON)."""
        if self.format() == "csv":
            name = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the CSV files"), self.target_edit.text()
            )
        else:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the database"), self.target_edit.text(),
                self.tr("JSON files (*.json)"),
            )
        if name:
            self.target_edit.setText(name)

    def accept(self) -> None:
        """Write the export; close when it is written, stay open after a problem."""
        text = self.target_edit.text().strip()
        if not text:
            self.target_edit.setFocus()
            return
        target = Path(text).expanduser()
        db, kind = self.db, self.format()

        def work(control: JobControl) -> list[CsvFile] | int:
            def report(done: int, total: int) -> None:
                control.report(done, total)
                control.check()

            if kind == "csv":
                return export_csv(db, target, progress=report)
            return export_json_file(db, target, progress=report)

        try:
            result = run_with_progress(self, self.tr("Exporting"), work,
                                       label=self.tr("Writing the export…"))
        except Cancelled:
            return
        except Exception as error:  # noqa: BLE001 - a message for the person, or a bug report
            show_error(self, error)
            return
        self.written = target
        if isinstance(result, list):
            text = self.tr("Wrote %n CSV file(s) to {folder}.", None, len(result))
            inform(self.parentWidget(), self.tr("Export"), text.format(folder=target))
        else:
            inform(self.parentWidget(), self.tr("Export"),
                   self.tr("Wrote the database to {path}.").format(path=target))
        super().accept()
