"""What the record dialogs share: saving through a service off the GUI thread, and
showing its refusal inside the dialog, next to the field at fault, without closing it.

OK reads the form on the GUI thread, then runs the service call as an operation
(``ui.operations``): the window stays live while the file is busy, OK and Cancel wait
until it reports back, and the views reload what the save changed.

A save refused because someone else saved the same record meanwhile opens the conflict
dialog: both versions side by side, then reload theirs, keep mine, or go back. A record
someone else deleted meanwhile is said so, and saved as a new one if the person wants
(for the kinds of records where that makes sense).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from partage.changes import Change
from partage.errors import (
    DatabaseProblem,
    NotFound,
    PartageError,
    StaleEdit,
    UsageError,
    ValidationError,
)
from partage.i18n import error_text
from partage.services.sharing import LastChange, last_change_of
from partage.services.workspace import Database
from partage.ui.changes import ChangeBus
from partage.ui.conflict_dialog import ConflictChoice, ConflictDialog, FieldVersions, differing
from partage.ui.errors import show_error
from partage.ui.messages import confirm
from partage.ui.operations import Operation, run_operation
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
    ``prepare_save``, which reads the form and returns the service call that saves it.

    Attributes:
        saved_record: the record as saved, once the dialog was accepted.
        operation: the save under way, if any.
    """

    # What the dialog's saves change, as the change bus names it: told to the views when a
    # refused save shows that someone else changed the record meanwhile.
    kind = Change.NONE
    audit_entity = ""  # the audit log's name for the rows saved ("member")

    def __init__(self, db: Database, bus: ChangeBus, record: Any | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.bus = bus
        self.record = record
        self.saved_record: Any | None = None
        self.conflict_dialog: ConflictDialog | None = None  # the last one shown
        self.operation: Operation[Any] | None = None
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

    def prepare_save(self) -> Callable[[], Any]:
        """Read the form (on the GUI thread) and return the service call that saves it and
        returns the saved record; the call runs on the worker, so it touches no widget.

        Raises:
            ValidationError: the form cannot be read (a bad amount).
        """
        raise NotImplementedError

    def save_refused(self, error: BaseException) -> None:
        """Called with the error of a refused save, before it is shown (on the GUI thread)."""

    @property
    def saving(self) -> bool:
        """True while a save is under way."""
        return self.operation is not None and self.operation.running

    def error_text(self) -> str:
        """The error shown in the dialog now, or ``""``."""
        return self.feedback.text()

    # --- conflicts: what subclasses define to offer the conflict dialog ---------------

    def current_version(self) -> Any | None:
        """The record as saved now by whoever saved it last; None to offer no dialog
        (the record is gone, or the dialog cannot compare versions)."""
        return None

    def form_data(self) -> Any:
        """What the form says now, parsed (as ``save`` would send it)."""
        raise NotImplementedError

    def compare(self, theirs: Any, mine: Any) -> list[FieldVersions]:
        """Every field of the form, as *theirs* (a record) and *mine* (form data) have it."""
        raise NotImplementedError

    def show_version(self, record: Any) -> None:
        """Fill the form from *record* and edit it from now on."""
        raise NotImplementedError

    def subject(self) -> str:
        """What is being edited, for a sentence (``the member “Marc Roy”``)."""
        return ""

    def can_save_as_new(self) -> bool:
        """True when a record deleted meanwhile may be saved again as a new one."""
        return False

    def show_as_new(self) -> None:
        """The form saves a new record from now on (its record was deleted meanwhile)."""
        self.record = None
        self.ok_button().setText(self.tr("Add"))

    # --- saving ----------------------------------------------------------------------

    def accept(self) -> None:
        """Save the form off the GUI thread; close once it is saved."""
        if self.saving:
            return  # OK pressed again while the save is under way
        self.feedback.clear()
        try:
            work = self.prepare_save()
        except PartageError as error:
            self._refused(error)
            return
        self.operation = run_operation(
            self, self.bus, lambda _control: work(), on_done=self._saved,
            on_error=self._refused, lock=[self.buttons],
        )

    def reject(self) -> None:
        if not self.saving:  # a save under way is seen through first
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.saving:
            event.ignore()
            return
        super().closeEvent(event)

    def _saved(self, saved: Any) -> None:
        self.operation = None
        self.saved_record = saved
        super().accept()

    def _refused(self, error: BaseException) -> None:
        self.operation = None
        self.save_refused(error)
        if isinstance(error, ValidationError):
            self.feedback.show(error_text(error), error.field)
        elif isinstance(error, DatabaseProblem):
            show_error(self, error)
            self.feedback.show(error_text(error))
        elif isinstance(error, StaleEdit):
            self.bus.notify(self.kind)  # someone else's version: let the lists show it
            self.resolve_conflict(error)
        elif isinstance(error, NotFound):
            if self.record is not None and self.deleted_meanwhile():
                self.bus.notify(self.kind)
                self.resolve_deleted()
            else:
                self.feedback.show(error_text(error))
        elif isinstance(error, PartageError):
            self.feedback.show(error_text(error))
        else:
            show_error(self, error)  # a bug: reported with the log's path

    def resolve_conflict(self, error: StaleEdit) -> None:
        """Show both versions and do what the person chooses; the refusal stays in the
        form when there is nothing to compare."""
        try:
            theirs = self.current_version()
            changed_by = (self._last_change(theirs.id) if theirs is not None else None)
        except PartageError as problem:
            self.feedback.show(error_text(problem))
            return
        if theirs is None:
            self.feedback.show(error_text(error))
            return
        mine = self.form_data()
        dialog = ConflictDialog(self.subject(), differing(self.compare(theirs, mine)),
                                changed_by, self)
        self.conflict_dialog = dialog
        dialog.exec()
        choice = dialog.choice
        dialog.deleteLater()
        if choice is ConflictChoice.RELOAD:
            self.record = theirs
            self.show_version(theirs)
            self.feedback.show(self.tr("Their version is shown now; your changes were dropped."))
        elif choice is ConflictChoice.KEEP_MINE:
            self.record = theirs  # their version number: the save goes over it
            self.show_version_number(theirs)
            self.accept()
        else:
            self.feedback.show(error_text(error))

    def deleted_meanwhile(self) -> bool:
        """True when the record edited is no longer in the database."""
        try:
            self.current_version()
        except NotFound:
            return True
        except PartageError:
            return False
        return False

    def resolve_deleted(self) -> None:
        """Say the record was deleted meanwhile; save it as new if the person wants."""
        subject = self.subject()
        if not self.can_save_as_new():
            self.feedback.show(self.tr("Someone else deleted {subject} after you opened it: "
                                       "it can no longer be saved.").format(subject=subject))
            return
        if confirm(
            self,
            self.tr("Deleted by someone else"),
            self.tr("Someone else deleted {subject} after you opened it. Save your version "
                    "as a new one?").format(subject=subject),
            self.tr("Save as new"),
        ):
            self.show_as_new()
            self.accept()
        else:
            self.feedback.show(self.tr("Someone else deleted {subject} after you opened it; "
                                       "nothing was saved.").format(subject=subject))

    def show_version_number(self, record: Any) -> None:
        """Save over *record*'s version from now on, keeping what the form says."""

    def _last_change(self, record_id: int) -> LastChange | None:
        return last_change_of(self.db, self.audit_entity, record_id)
