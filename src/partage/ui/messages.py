"""Message boxes, shown through one replaceable presenter.

Every message the interface shows to a person goes through ``present``; tests swap the
presenter for one that records the messages instead of opening modal boxes.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


class Severity(enum.Enum):
    """How a message is shown: its icon, and whether it asks a question."""

    INFORMATION = "information"
    WARNING = "warning"
    CRITICAL = "critical"
    QUESTION = "question"


@dataclass(frozen=True)
class Message:
    """One message for a person, already translated.

    Attributes:
        severity: the kind of box.
        title: the window title.
        text: the main text.
        details: a second paragraph (for example where the log file is).
        accept_label: for a question, the label of the button that says yes ("Archive").
    """

    severity: Severity
    title: str
    text: str
    details: str = ""
    accept_label: str = ""


Presenter = Callable[[QWidget | None, Message], bool]

_ICONS = {
    Severity.INFORMATION: QMessageBox.Icon.Information,
    Severity.WARNING: QMessageBox.Icon.Warning,
    Severity.CRITICAL: QMessageBox.Icon.Critical,
    Severity.QUESTION: QMessageBox.Icon.Question,
}


def show_message_box(parent: QWidget | None, message: Message) -> bool:
    """Show *message* in a modal QMessageBox; True when a question was accepted."""
    box = QMessageBox(parent)
    box.setIcon(_ICONS[message.severity])
    box.setWindowTitle(message.title)
    box.setText(message.text)
    if message.details:
        box.setInformativeText(message.details)
    # Paths and error texts can be selected and copied into an e-mail to whoever helps.
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    accept = None
    if message.severity is Severity.QUESTION:
        if message.accept_label:
            accept = box.addButton(message.accept_label, QMessageBox.ButtonRole.AcceptRole)
        else:
            accept = box.addButton(QMessageBox.StandardButton.Yes)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
    box.exec()
    return accept is None or box.clickedButton() is accept


_presenter: Presenter = show_message_box


def set_presenter(presenter: Presenter) -> Presenter:
    """Show messages through *presenter* from now on; return the one used before."""
    global _presenter
    previous = _presenter
    _presenter = presenter
    return previous


def present(parent: QWidget | None, message: Message) -> bool:
    """Show *message*; for a question, True when the person accepted."""
    return _presenter(parent, message)


def inform(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """Show an information message."""
    present(parent, Message(Severity.INFORMATION, title, text, details))


def confirm(parent: QWidget | None, title: str, text: str, accept_label: str) -> bool:
    """Ask a yes/no question whose yes button says *accept_label*; Cancel is the default."""
    return present(parent, Message(Severity.QUESTION, title, text, accept_label=accept_label))
