"""What the member and asset dialogs share: saving through a service, and showing its
refusal inside the dialog, next to the field at fault, without closing it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from partage.errors import DatabaseProblem, PartageError, StaleEdit, UsageError, ValidationError
from partage.i18n import error_text
from partage.services.workspace import Database
from partage.ui.changes import ChangeBus
from partage.ui.errors import show_error
from partage.ui.widgets import FormFeedback


def parse_field(field: str, parse: Callable[[str], Any], text: str) -> Any:
    """*parse(text)*, its ``UsageError`` turned into a ``ValidationError`` of *field*."""
    try:
        return parse(text)
    except ValidationError:
        raise
    except UsageError as error:
        raise ValidationError(field, error.message, **error.params) from None


class RecordDialog(QDialog):
    """A form that saves one record; stays open, saving nothing, when the save is refused.

    Subclasses build the form (registering its fields with ``feedback``) and implement
    ``save``, which calls the service and returns the saved record.

    Attributes:
        saved_record: the record as saved, once the dialog was accepted.
    """

    entity = ""  # the kind of row saved, as named on the change bus

    def __init__(self, db: Database, bus: ChangeBus, record: Any | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.bus = bus
        self.record = record
        self.saved_record: Any | None = None
        self.banner = QLabel(self)

    def init_feedback(self, feedback: FormFeedback) -> QDialogButtonBox:
        """Use *feedback* for messages; return the OK and Cancel buttons to lay out.

        Call it once the fields exist: the buttons come after them in the tab order.
        """
        self.feedback = feedback
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.ok_button()
        # No mnemonic: OK is the default button (Enter), and the form's labels use the letters.
        ok.setText(self.tr("Add") if self.record is None else self.tr("Save"))
        if self.db.read_only:
            ok.setEnabled(False)
            feedback.show(self.tr("The database is open read-only: nothing can be changed."))
        return self.buttons

    def ok_button(self) -> Any:
        """The button that saves."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def save(self) -> Any:
        """Save the form through the services and return the saved record."""
        raise NotImplementedError

    def error_text(self) -> str:
        """The error shown in the dialog now, or ``""``."""
        return self.feedback.text()

    def accept(self) -> None:
        self.feedback.clear()
        try:
            saved = self.save()
        except ValidationError as error:
            self.feedback.show(error_text(error), error.field)
            return
        except DatabaseProblem as error:
            show_error(self, error)
            self.feedback.show(error_text(error))
            return
        except PartageError as error:
            self.feedback.show(error_text(error))
            if isinstance(error, StaleEdit):  # someone else's version: let the lists show it
                self.bus.notify(self.entity)
            return
        self.saved_record = saved
        self.bus.notify(self.entity)
        super().accept()
