"""What can be done to a booking besides moving it: check out, check in, cancel.

Shared by the booking's context menu and its dialog. Each action writes through the
services, shows a refusal with ``show_error`` and announces a change on the bus.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
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

from partage.errors import PartageError, StaleEdit
from partage.services.bookings import BookingRecord, cancel, check_in, check_out
from partage.services.calendar import CalendarCatalog
from partage.services.workspace import Database
from partage.ui import labels
from partage.ui.changes import BOOKING as BOOKING  # other calendar modules import it here
from partage.ui.changes import ChangeBus
from partage.ui.errors import show_error
from partage.ui.messages import confirm
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
    the condition the asset came back in."""

    def __init__(self, returning: bool, meter_unit: str, asset_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.returning = returning
        self.setWindowTitle(self.tr("Check in") if returning else self.tr("Check out"))
        intro = QLabel(
            (self.tr("“{asset}” comes back.") if returning
             else self.tr("“{asset}” is handed over.")).format(asset=asset_name), self)
        intro.setWordWrap(True)
        self.meter_check = QCheckBox(self.tr("&Meter reading:"), self)
        self.meter_spin = QSpinBox(self)
        self.meter_spin.setRange(0, 99_999_999)
        self.meter_spin.setAccessibleName(self.tr("Meter reading"))
        self.meter_spin.setSuffix(" " + labels.label(labels.METERS, meter_unit).lower())
        self.meter_spin.setEnabled(False)
        self.meter_check.toggled.connect(self.meter_spin.setEnabled)
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


def run_booking_action(parent: QWidget, db: Database, bus: ChangeBus, catalog: CalendarCatalog,
                       record: BookingRecord, key: str) -> bool:
    """Ask what is needed for *key*, then do it; True when something was saved."""
    asset = catalog.asset(record.asset_id)
    asset_name = asset.name if asset is not None else str(record.asset_id)
    meter_unit = asset.meter if asset is not None else "none"
    try:
        if key in (CHECK_OUT, CHECK_IN):
            dialog = HandoverDialog(key == CHECK_IN, meter_unit, asset_name, parent)
            if not dialog.exec():
                return False
            if key == CHECK_OUT:
                check_out(db, record.id, meter=dialog.meter())
            else:
                check_in(db, record.id, meter=dialog.meter(), condition=dialog.condition())
        elif key == CANCEL:
            following = False
            if record.series_id is not None:
                choice = CancelDialog(parent)
                if not choice.exec():
                    return False
                following = choice.following()
            elif not confirm(
                parent,
                QCoreApplication.translate("BookingActions", "Cancel booking"),
                QCoreApplication.translate("BookingActions",
                                           "Cancel this booking of “{asset}”?").format(
                    asset=asset_name),
                QCoreApplication.translate("BookingActions", "Cancel booking"),
            ):
                return False
            cancel(db, record.id, following=following)
        else:
            raise ValueError(f"unknown booking action {key!r}")
    except PartageError as error:
        show_error(parent, error)
        if isinstance(error, StaleEdit):
            bus.notify(BOOKING)
        return False
    bus.notify(BOOKING)
    return True
