"""What can be done to a booking besides moving it: check out, check in, cancel.

Shared by the booking's context menu and its dialog. Each action asks what it needs on
the GUI thread, then writes through the services off it (``ui.operations``, which
announces the change on the bus), and shows a refusal with ``show_error``.

A check-out or check-in starts from the last meter reading; a check-in reading that means
more use than the loan allows is saved only once the person confirms it.

A move (drag or resize) refused because someone else changed the booking meanwhile shows
both versions in the conflict dialog; the person keeps their move or leaves theirs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from partage.changes import Change
from partage.errors import NotFound, PartageError, StaleEdit
from partage.services.bookings import (
    MAX_AVERAGE_KMH,
    MAX_METER_READING,
    BookingRecord,
    ImplausibleReading,
    cancel,
    check_in,
    check_out,
    get_booking,
    loan_length_text,
    reschedule,
    starting_meter_reading,
)
from partage.services.calendar import CalendarCatalog
from partage.services.sharing import last_change_of
from partage.services.timezones import to_local
from partage.services.workspace import Database
from partage.ui import labels
from partage.ui.calendar.formats import format_short_date, format_time
from partage.ui.changes import ChangeBus
from partage.ui.conflict_dialog import ConflictChoice, ConflictDialog, FieldVersions, differing
from partage.ui.errors import show_error
from partage.ui.messages import confirm, inform
from partage.ui.operations import Operation, run_operation
from partage.ui.widgets import text_box_height

CHECK_OUT, CHECK_IN, CANCEL = "check_out", "check_in", "cancel"


def booking_actions(record: BookingRecord) -> list[tuple[str, str]]:
    """The actions open to *record* now, as (key, translated button text)."""
    actions = []
    if record.kind == "loan" and record.status in ("requested", "confirmed"):
        actions.append((CHECK_OUT, QCoreApplication.translate("BookingActions",
                                                              "Check &out…")))
    if record.status == "checked_out":
        actions.append((CHECK_IN, QCoreApplication.translate("BookingActions", "Check &in…")))
    if record.status in ("requested", "confirmed"):
        actions.append((CANCEL, QCoreApplication.translate("BookingActions",
                                                           "&Cancel booking…")))
    return actions


class HandoverDialog(QDialog):
    """Check-out or check-in: the meter reading (for assets with a meter) and, on return,
    the condition the asset came back in.

    With *last_reading* (the check-out reading on return, else the asset's last one) the
    meter box starts from it, ready to be overwritten.
    """

    def __init__(self, returning: bool, meter_unit: str, asset_name: str,
                 parent: QWidget | None = None, *, last_reading: int | None = None) -> None:
        super().__init__(parent)
        self.returning = returning
        self.setWindowTitle(self.tr("Check in") if returning else self.tr("Check out"))
        intro = QLabel(
            (self.tr("“{asset}” comes back.") if returning
             else self.tr("“{asset}” is handed over.")).format(asset=asset_name), self)
        intro.setWordWrap(True)
        self.meter_check = QCheckBox(self.tr("&Meter reading:"), self)
        self.meter_spin = QSpinBox(self)
        self.meter_spin.setRange(0, MAX_METER_READING)
        self.meter_spin.setAccessibleName(self.tr("Meter reading"))
        self.meter_spin.setSuffix(" " + labels.label(labels.METERS, meter_unit).lower())
        self.meter_spin.setEnabled(False)
        self.meter_check.toggled.connect(self.meter_spin.setEnabled)
        if last_reading is not None and meter_unit != "none":
            self.meter_spin.setValue(min(max(last_reading, 0), MAX_METER_READING))
            self.meter_check.setChecked(True)
            self.meter_spin.selectAll()
        self.condition_edit = QPlainTextEdit(self)
        self.condition_edit.setAccessibleName(self.tr("Condition"))
        self.condition_edit.setPlaceholderText(self.tr("Scratches, missing parts, cleaning…"))
        self.condition_edit.setTabChangesFocus(True)
        self.condition_edit.setFixedHeight(text_box_height(self.condition_edit, 3))
        form = QFormLayout()
        if meter_unit != "none":
            form.addRow(self.meter_check, self.meter_spin)
        if returning:
            form.addRow(self.tr("&Condition:"), self.condition_edit)
        else:
            self.condition_edit.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Check in") if returning else self.tr("Check out"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)

    def meter(self) -> int | None:
        """The meter reading entered, or None."""
        return self.meter_spin.value() if self.meter_check.isChecked() else None

    def condition(self) -> str:
        """The condition noted on return."""
        return self.condition_edit.toPlainText()


class CancelDialog(QDialog):
    """Cancel one occurrence of a series, or it and every later one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cancel a recurring booking"))
        self.this_radio = QRadioButton(self.tr("&This occurrence only"), self)
        self.following_radio = QRadioButton(self.tr("This and all &following occurrences"),
                                            self)
        self.this_radio.setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons = buttons
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Cancel booking"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keep"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("This booking is part of a recurring series."), self))
        layout.addWidget(self.this_radio)
        layout.addWidget(self.following_radio)
        layout.addWidget(buttons)

    def following(self) -> bool:
        """True to cancel the later occurrences too."""
        return self.following_radio.isChecked()


class ChangeScopeDialog(CancelDialog):
    """Save a change to one occurrence of a series, or to it and every later one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change a recurring booking"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Back"))


Done = Callable[[], object]


def run_booking_action(parent: QWidget, db: Database, bus: ChangeBus, catalog: CalendarCatalog,
                       record: BookingRecord, key: str, *, on_done: Done | None = None,
                       lock: Iterable[QWidget] = ()) -> Operation[object] | None:
    """Ask what is needed for *key*, then do it off the GUI thread; *on_done* is called
    once it is saved.

    Returns:
        The operation saving it, or None when the person gave up (or the action could not
        be asked for).
    """
    asset = catalog.asset(record.asset_id)
    asset_name = asset.name if asset is not None else str(record.asset_id)
    meter_unit = asset.meter if asset is not None else "none"
    if key in (CHECK_OUT, CHECK_IN):
        try:
            last = starting_meter_reading(db, record.id) if meter_unit != "none" else None
        except PartageError as error:
            _refused(parent, bus, error)
            return None
        dialog = HandoverDialog(key == CHECK_IN, meter_unit, asset_name, parent,
                                last_reading=last)
        return _hand_over(parent, db, bus, record, dialog, on_done, list(lock))
    if key == CANCEL:
        following = False
        if record.series_id is not None:
            choice = CancelDialog(parent)
            if not choice.exec():
                return None
            following = choice.following()
        elif not confirm(
            parent,
            QCoreApplication.translate("BookingActions", "Cancel booking"),
            QCoreApplication.translate("BookingActions",
                                       "Cancel this booking of “{asset}”?").format(
                asset=asset_name),
            QCoreApplication.translate("BookingActions", "Cancel booking"),
        ):
            return None
        return _save(parent, bus, lambda: cancel(db, record.id, following=following), on_done,
                     lock)
    raise ValueError(f"unknown booking action {key!r}")


def _save(parent: QWidget, bus: ChangeBus, write: Callable[[], object], on_done: Done | None,
          lock: Iterable[QWidget], on_error: Callable[[BaseException], object] | None = None,
          ) -> Operation[object]:
    """Run *write* off the GUI thread; *on_done* once saved, a refusal shown otherwise."""
    return run_operation(
        parent, bus, lambda _control: write(),
        on_done=lambda _result: on_done() if on_done is not None else None,
        on_error=on_error or (lambda error: _refused(parent, bus, error)), lock=lock,
    )


def _refused(parent: QWidget, bus: ChangeBus, error: BaseException) -> None:
    show_error(parent, error)
    if isinstance(error, StaleEdit):
        bus.notify(Change.BOOKING)  # someone else's change: let the calendar show it


def _hand_over(parent: QWidget, db: Database, bus: ChangeBus, record: BookingRecord,
               dialog: HandoverDialog, on_done: Done | None,
               lock: list[QWidget]) -> Operation[object] | None:
    """Run *dialog*, then save its check-out or check-in off the GUI thread (None when
    the person gave up).

    A reading refused as implausible is saved anyway once the person confirms it;
    otherwise the dialog opens again with what they typed, to correct it.
    """
    if not dialog.exec():
        return None
    meter, condition = dialog.meter(), dialog.condition()
    if not dialog.returning:
        return _save(parent, bus, lambda: check_out(db, record.id, meter=meter), on_done, lock)

    def doubted(error: BaseException) -> None:
        if not isinstance(error, ImplausibleReading):
            _refused(parent, bus, error)
        elif confirm(parent, QCoreApplication.translate("BookingActions",
                                                        "Unlikely meter reading"),
                     implausible_reading_text(error),
                     QCoreApplication.translate("BookingActions", "Record anyway")):
            _save(parent, bus, lambda: check_in(db, record.id, meter=meter, condition=condition,
                                                force=True), on_done, lock)
        else:
            _hand_over(parent, db, bus, record, dialog, on_done, lock)

    return _save(parent, bus,
                 lambda: check_in(db, record.id, meter=meter, condition=condition),
                 on_done, lock, on_error=doubted)


def implausible_reading_text(doubt: ImplausibleReading) -> str:
    """The question asked about an implausible reading, its figures in the locale's
    formats: ``This reading means 99 999 999 km in 3 h …  Record it anyway?``"""
    locale = QLocale()
    figures = {
        "used": locale.toString(doubt.used),
        "duration": loan_length_text(doubt.loan_seconds),
        "limit": locale.toString(doubt.limit),
        "previous": locale.toString(doubt.previous),
        "speed": MAX_AVERAGE_KMH,
    }
    if doubt.unit == "km":
        text = QCoreApplication.translate(
            "BookingActions",
            "This reading means {used} km in {duration} since the last reading "
            "({previous} km): more than a vehicle can drive at {speed} km/h, which would "
            "be {limit} km at most. Record it anyway?")
    else:
        text = QCoreApplication.translate(
            "BookingActions",
            "This reading means {used} hours of use in {duration} since the last reading "
            "({previous} h): more than the loan lasted, which would be {limit} h at most. "
            "Record it anyway?")
    return text.format(**figures)


# --- someone else's newer version ------------------------------------------------------


@dataclass(frozen=True)
class BookingVersion:
    """The fields of a booking a person edits, as one version has them."""

    member_id: int | None
    start: dt.datetime
    end: dt.datetime
    note: str
    status: str

    @classmethod
    def of(cls, record: BookingRecord) -> BookingVersion:
        """*record*'s version."""
        return cls(record.member_id, record.start, record.end, record.note,
                   _status_text(record))


def _status_text(record: BookingRecord) -> str:
    from partage.ui.calendar.style import status_label

    return status_label(record, False)


def booking_subject(catalog: CalendarCatalog, record: BookingRecord) -> str:
    """``the booking of “Van” on 2026-11-24``, for a sentence."""
    asset = catalog.asset(record.asset_id)
    day = to_local(record.start, catalog.zone).date()
    text = QCoreApplication.translate("BookingConflicts", "the booking of “{asset}” on {date}")
    return text.format(
        asset=asset.name if asset is not None else str(record.asset_id),
        date=format_short_date(day),
    )


def compare_bookings(catalog: CalendarCatalog, kind: str, theirs: BookingVersion,
                     mine: BookingVersion) -> list[FieldVersions]:
    """Member, times, note and state of both versions, in the person's words."""

    def member(member_id: int | None) -> str:
        if kind == "blackout":
            return QCoreApplication.translate("BookingConflicts", "(blackout)")
        found = catalog.member(member_id)
        return found.name if found is not None else ""

    def moment(value: dt.datetime) -> str:
        local = to_local(value, catalog.zone)
        return f"{format_short_date(local.date())} {format_time(local)}"

    rows = [
        (QCoreApplication.translate("BookingConflicts", "Member"),
         member(theirs.member_id), member(mine.member_id)),
        (QCoreApplication.translate("BookingConflicts", "Starts"),
         moment(theirs.start), moment(mine.start)),
        (QCoreApplication.translate("BookingConflicts", "Ends"),
         moment(theirs.end), moment(mine.end)),
        (QCoreApplication.translate("BookingConflicts", "Note"),
         theirs.note, mine.note.strip()),
        (QCoreApplication.translate("BookingConflicts", "State"),
         theirs.status, mine.status),
    ]
    return [FieldVersions(label, a, b) for label, a, b in rows]


def ask_about_conflict(parent: QWidget, db: Database, catalog: CalendarCatalog,
                       opened: BookingRecord, theirs: BookingRecord,
                       mine: BookingVersion) -> ConflictChoice:
    """Show their version of the booking and mine; return what the person chose."""
    try:
        changed_by = last_change_of(db, "booking", theirs.id)
    except PartageError:
        changed_by = None
    dialog = ConflictDialog(
        booking_subject(catalog, opened),
        differing(compare_bookings(catalog, theirs.kind, BookingVersion.of(theirs), mine)),
        changed_by,
        parent,
    )
    dialog.exec()
    choice = dialog.choice
    dialog.deleteLater()
    return choice


def gone_text(catalog: CalendarCatalog, opened: BookingRecord,
              theirs: BookingRecord | None) -> str:
    """The booking was deleted or cancelled by someone else: said in a sentence."""
    subject = booking_subject(catalog, opened)
    if theirs is None:
        text = QCoreApplication.translate(
            "BookingConflicts", "Someone else deleted {subject} after you opened it.")
    else:
        text = QCoreApplication.translate(
            "BookingConflicts", "Someone else cancelled {subject} after you opened it.")
    return text.format(subject=subject)


def move_booking(parent: QWidget, db: Database, bus: ChangeBus, catalog: CalendarCatalog,
                 record: BookingRecord, start: dt.datetime, end: dt.datetime, *,
                 on_done: Done | None = None) -> Operation[object]:
    """Move or resize *record* to [start, end) (aware), off the GUI thread; *on_done* once
    the move is saved.

    If someone else changed the booking since *record* was read, both versions are
    shown: Keep mine moves their version (their member and note stay); Reload and Cancel
    leave their version as it is.
    """

    def refused(error: BaseException) -> None:
        bus.notify(Change.BOOKING)  # their version, or ours undone: show the truth
        if isinstance(error, StaleEdit):
            _resolve_move(parent, db, bus, catalog, record, start, end, on_done)
        else:
            show_error(parent, error)

    return _save(parent, bus,
                 lambda: reschedule(db, record.id, start, end, expected_version=record.version),
                 on_done, (), on_error=refused)


def _resolve_move(parent: QWidget, db: Database, bus: ChangeBus, catalog: CalendarCatalog,
                  record: BookingRecord, start: dt.datetime, end: dt.datetime,
                  on_done: Done | None) -> None:
    try:
        theirs: BookingRecord | None = get_booking(db, record.id)
    except NotFound:
        theirs = None
    except PartageError as error:
        show_error(parent, error)
        return
    if theirs is None or theirs.status == "cancelled":
        not_saved = QCoreApplication.translate("BookingConflicts", "Your move was not saved.")
        inform(parent, QCoreApplication.translate("BookingConflicts", "Booking not moved"),
               gone_text(catalog, record, theirs) + " " + not_saved)
        return
    mine = BookingVersion(theirs.member_id, start, end, theirs.note, _status_text(theirs))
    choice = ask_about_conflict(parent, db, catalog, record, theirs, mine)
    if choice is ConflictChoice.KEEP_MINE:
        move_booking(parent, db, bus, catalog, theirs, start, end, on_done=on_done)
