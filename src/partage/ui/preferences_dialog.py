"""Edit > Preferences: this computer's choices (language, colours, name, backups)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from partage import paths
from partage.errors import PartageError
from partage.i18n import error_text
from partage.services.workspace import Actor, check_backup_folder
from partage.ui.preferences import Preferences


class PreferencesDialog(QDialog):
    """Language, colours, display name, and where backups go and how many are kept.

    OK checks that the backup folder can be written (and stays open, saying why, when it
    cannot); the caller then stores the choices.
    """

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language_combo = QComboBox(self)
        self.language_combo.addItem(self.tr("Language of the system"), "system")
        # Each language is named in itself, so a person can find theirs in any language.
        self.language_combo.addItem("Français", "fr")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(
            max(self.language_combo.findData(preferences.language), 0)
        )
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.theme_combo = QComboBox(self)
        self.theme_combo.addItem(self.tr("Colours of the system"), "system")
        self.theme_combo.addItem(self.tr("Light"), "light")
        self.theme_combo.addItem(self.tr("Dark"), "dark")
        self.theme_combo.setCurrentIndex(max(self.theme_combo.findData(preferences.theme), 0))
        self.theme_combo.setAccessibleName(self.tr("Colours"))
        self.name_edit = QLineEdit(preferences.display_name, self)
        self.name_edit.setPlaceholderText(Actor.current().os_user)
        self.name_edit.setAccessibleName(self.tr("Your name"))
        hint = QLabel(
            self.tr("Recorded with every change you make, so your group knows who did what. "
                    "Left empty, your login name is used."),
            self,
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("&Colours:"), self.theme_combo)
        form.addRow(self.tr("Your &name:"), self.name_edit)
        form.addRow("", hint)

        backups = QGroupBox(self.tr("Automatic backups"), self)
        self.folder_edit = QLineEdit(preferences.backup_folder, backups)
        self.folder_edit.setAccessibleName(self.tr("Backup folder"))
        self.folder_edit.setPlaceholderText(str(paths.default_backup_dir()))
        self.folder_edit.setToolTip(self.tr("Left empty, backups go to {folder}").format(
            folder=paths.default_backup_dir()))
        self.choose_folder_button = QPushButton(self.tr("C&hoose…"), backups)
        self.choose_folder_button.setAccessibleName(self.tr("Choose the backup folder"))
        self.choose_folder_button.setAutoDefault(False)
        self.choose_folder_button.clicked.connect(self.choose_folder)
        folder_row = QWidget(backups)
        folder_layout = QHBoxLayout(folder_row)
        folder_layout.setContentsMargins(0, 0, 0, 0)
        folder_layout.addWidget(self.folder_edit, 1)
        folder_layout.addWidget(self.choose_folder_button)
        folder_row.setFocusProxy(self.folder_edit)
        self.keep_spin = QSpinBox(backups)
        self.keep_spin.setRange(paths.MIN_BACKUP_KEEP, paths.MAX_BACKUP_KEEP)
        self.keep_spin.setValue(preferences.backup_keep)
        self.keep_spin.setAccessibleName(self.tr("Backups kept of each database"))
        backups_hint = QLabel(
            self.tr("Each time a database file is opened it is copied here; the oldest "
                    "copies beyond this number are deleted. Backups already taken stay "
                    "where they are, and File › Restore a backup lists those of the "
                    "folder chosen."),
            backups,
        )
        backups_hint.setWordWrap(True)
        backups_hint.setEnabled(False)
        backups_form = QFormLayout(backups)
        backups_form.addRow(self.tr("&Folder:"), folder_row)
        label = QLabel(self.tr("&Keep:"), backups)
        label.setBuddy(self.keep_spin)
        backups_form.addRow(label, self.keep_spin)
        backups_form.addRow("", backups_hint)
        self.keep_spin.setSuffix(self.tr(" newest copies"))
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setVisible(False)
        self.problem_label.setAccessibleName(self.tr("Problem"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(backups)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)

    def choose_folder(self) -> None:
        """Pick the backup folder with the system's folder dialog."""
        start = self.folder_edit.text().strip() or str(paths.default_backup_dir())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        if chosen:
            self.folder_edit.setText(chosen)

    def accept(self) -> None:
        folder = self.backup_folder()
        if folder:
            try:
                check_backup_folder(Path(folder).expanduser())
            except PartageError as error:
                self.problem_label.setText(error_text(error))
                self.problem_label.setVisible(True)
                self.folder_edit.setFocus()
                return
        super().accept()

    def language(self) -> str:
        """``system``, ``fr`` or ``en``."""
        return str(self.language_combo.currentData())

    def theme(self) -> str:
        """``system``, ``light`` or ``dark``."""
        return str(self.theme_combo.currentData())

    def display_name(self) -> str:
        """The name typed, spaces folded."""
        return " ".join(self.name_edit.text().split())

    def backup_folder(self) -> str:
        """The backup folder typed or chosen, ``""`` for the default one."""
        return self.folder_edit.text().strip()

    def backup_keep(self) -> int:
        """How many backups of each database to keep."""
        return self.keep_spin.value()
