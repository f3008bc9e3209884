"""Before opening a database found in a cloud-sync folder: why sharing it live there
loses data, and a local working copy offered instead."""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)


class CloudChoice(enum.Enum):
    """What the person chose."""

    LOCAL_COPY = "local_copy"  # copy the file to this computer and open the copy
    OPEN_ANYWAY = "open_anyway"  # open the file in the cloud folder
    CANCEL = "cancel"  # open nothing


class CloudFolderDialog(QDialog):
    """Explains the danger of a cloud-sync folder and asks what to open.

    Attributes:
        choice: what the person chose (Cancel until they choose).
    """

    def __init__(self, target: str, service: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Database in a cloud folder"))
        self.choice = CloudChoice.CANCEL
        path = Path(target)
        heading = QLabel(
            self.tr("{file} is in a {service} folder.").format(file=path.name, service=service),
            self,
        )
        bold = QFont(heading.font())
        bold.setBold(True)
        heading.setFont(bold)
        heading.setWordWrap(True)
        where = QLabel(str(path.parent), self)
        where.setWordWrap(True)
        where.setEnabled(False)
        self.explanation = QLabel(
            self.tr(
                "{service} copies whole files between computers, behind Partage's back. "
                "When two computers use the database at the same time, or one works "
                "offline, {service} keeps one copy and drops the other (or makes a "
                "“conflicted copy”): changes are lost, and a copy taken in the middle of a "
                "save can be damaged."
            ).format(service=service),
            self,
        )
        self.explanation.setWordWrap(True)
        advice = QLabel(
            self.tr(
                "To share a database, put it on a network drive (a shared folder on a NAS "
                "or a server) or on a PostgreSQL server. To work alone, use a copy on this "
                "computer: it goes to your Documents folder and the file in {service} is "
                "left as it is."
            ).format(service=service),
            self,
        )
        advice.setWordWrap(True)
        icon = QLabel(self)
        side = self.fontMetrics().height() * 3
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(side, side))

        self.buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("Work on a &local copy"), self)
        self.anyway_button = QPushButton(self.tr("&Open it anyway"), self)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.anyway_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.copy_button.setDefault(True)
        self.copy_button.clicked.connect(lambda: self._choose(CloudChoice.LOCAL_COPY))
        self.anyway_button.clicked.connect(lambda: self._choose(CloudChoice.OPEN_ANYWAY))
        self.buttons.rejected.connect(self.reject)

        text = QVBoxLayout()
        text.addWidget(heading)
        text.addWidget(where)
        text.addSpacing(self.fontMetrics().height() // 2)
        text.addWidget(self.explanation)
        text.addWidget(advice)
        top = QHBoxLayout()
        top.addWidget(icon, 0)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 110)

    def _choose(self, choice: CloudChoice) -> None:
        self.choice = choice
        self.accept()
