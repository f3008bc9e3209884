"""Edit > Preferences: the interface's language and the name shown in the history."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from partage.services.workspace import Actor
from partage.ui.preferences import Preferences


class PreferencesDialog(QDialog):
    """Language (System, Français, English) and display name; OK stores them."""

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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def language(self) -> str:
        """``system``, ``fr`` or ``en``."""
        return str(self.language_combo.currentData())

    def theme(self) -> str:
        """``system``, ``light`` or ``dark``."""
        return str(self.theme_combo.currentData())

    def display_name(self) -> str:
        """The name typed, spaces folded."""
        return " ".join(self.name_edit.text().split())
