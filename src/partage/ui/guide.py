"""Help › User guide: a short guide in the language of the window."""

from __future__ import annotations

from importlib import resources

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from partage.i18n import current_language


def guide_html(language: str) -> str:
    """The guide in *language* (French or English), as HTML shipped with the package."""
    name = "guide_fr.html" if language == "fr" else "guide_en.html"
    return (resources.files("partage") / "resources" / "guide" / name).read_text("utf-8")


class GuideDialog(QDialog):
    """The user guide, readable beside the window (not modal)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Partage user guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setHtml(guide_html(current_language()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        char = self.fontMetrics().averageCharWidth()
        self.resize(char * 90, self.fontMetrics().height() * 40)
