"""File > New: choose where the new database goes and the organisation's name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from partage.errors import PartageError, ValidationError
from partage.i18n import current_language, error_text
from partage.services.workspace import (
    DATABASE_SUFFIX,
    Actor,
    Database,
    OrganisationSettings,
    create_workspace,
)
from partage.ui.widgets import FormFeedback


def with_suffix(text: str) -> Path:
    """*text* as a path ending in ``.partage``."""
    path = Path(text.strip()).expanduser()
    return path if path.suffix.lower() == DATABASE_SUFFIX else path.with_name(
        path.name + DATABASE_SUFFIX
    )


def database_filter() -> str:
    """The file dialog filter for Partage databases, then all files."""
    return ";;".join((
        QCoreApplication.translate("FileDialogs", "Partage databases (*.partage)"),
        QCoreApplication.translate("FileDialogs", "All files (*)"),
    ))


class NewDatabaseDialog(QDialog):
    """Asks for the organisation's name and the file; Create makes the database.

    Attributes:
        database: the new database, once the dialog was accepted.
    """

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.database: Database | None = None
        self.setWindowTitle(self.tr("New database"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("For example: Tool library of Rosemont"))
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("File"))
        self.path_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.path_edit.setText(str(Path(documents or Path.home()) / ("partage" + DATABASE_SUFFIX)))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setAccessibleName(self.tr("Choose where to save the database"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        path_row = QWidget(self)
        path_layout = QHBoxLayout(path_row)
        path_layout.setContentsMargins(0, 0, 0, 0)
        path_layout.addWidget(self.path_edit, 1)
        path_layout.addWidget(browse)
        path_row.setFocusProxy(self.path_edit)
        path_row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        hint = QLabel(
            self.tr("To work together, save it on a shared drive everyone in the group can open."),
            self,
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.banner = QLabel(self)
        form = QFormLayout()
        self.feedback = FormFeedback(form, self.banner)
        self.feedback.add_field("name", self.name_edit, self.tr("&Organisation:"))
        self.feedback.add_field("path", path_row, self.tr("&File:"))
        form.addRow("", hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("C&reate"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        self.name_edit.setFocus()

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"), self.path_edit.text(), database_filter(),
            options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is refused
        )
        if name:
            self.path_edit.setText(str(with_suffix(name)))

    def error_text(self) -> str:
        """The error shown in the dialog now, or ``""``."""
        return self.feedback.text()

    def accept(self) -> None:
        self.feedback.clear()
        if not self.path_edit.text().strip():
            self.feedback.show(self.tr("Choose where to save the database."), "path")
            return
        path = with_suffix(self.path_edit.text())
        self.path_edit.setText(str(path))
        settings = OrganisationSettings(name=self.name_edit.text(), language=current_language())
        try:
            self.database = create_workspace(path, settings, actor=self.actor)
        except ValidationError as error:
            self.feedback.show(error_text(error), error.field)
            return
        except PartageError as error:  # already exists, no such folder, read-only...
            self.feedback.show(error_text(error), "path")
            return
        super().accept()
