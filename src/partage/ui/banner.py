"""A banner across the top of the window: something about the open database that stays
true while it is open (read-only, in a cloud-sync folder, out of reach)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QWidget,
)


class Banner(QFrame):
    """An icon, a sentence or two, and at most one button; hidden until ``show_text``.

    Signals:
        action_clicked: the button was pressed.
    """

    action_clicked = Signal()

    def __init__(self, icon: QStyle.StandardPixmap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Tool tips' colours: a soft background the system theme chose, light or dark.
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window,
                         palette.color(QPalette.ColorRole.ToolTipBase))
        palette.setColor(QPalette.ColorRole.WindowText,
                         palette.color(QPalette.ColorRole.ToolTipText))
        self.setPalette(palette)
        side = self.fontMetrics().height() * 2
        self.icon_label = QLabel(self)
        self.icon_label.setPixmap(self.style().standardIcon(icon).pixmap(QSize(side, side)))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text_label = QLabel(self)
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_label.setSizePolicy(QSizePolicy.Policy.Expanding,
                                      QSizePolicy.Policy.Preferred)
        self.button = QPushButton(self)
        self.button.setAutoDefault(False)
        self.button.setVisible(False)
        self.button.clicked.connect(self.action_clicked)
        layout = QHBoxLayout(self)
        margin = self.fontMetrics().height() // 2
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addWidget(self.icon_label)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setVisible(False)

    def show_text(self, text: str, action: str = "") -> None:
        """Show the banner with *text*, and a button saying *action* if given."""
        self.text_label.setText(text)
        self.text_label.setAccessibleName(text)
        self.button.setText(action)
        self.button.setVisible(bool(action))
        self.setVisible(True)

    def text(self) -> str:
        """The text shown (even while hidden)."""
        return self.text_label.text()
