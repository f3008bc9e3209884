"""Small form widgets shared by the dialogs: an optional date, duration and time range,
and inline error messages."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTime, QTimer
from PySide6.QtGui import QCloseEvent, QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from partage.services.dates import FIRST_DAY, LAST_DAY

DATE_FORMAT = "yyyy-MM-dd"
TIME_FORMAT = "HH:mm"
MAX_DURATION_HOURS = 24 * 366


class DateEdit(QDateEdit):
    """A date field limited to the days Partage works with (``services.dates``: 1900 to
    2199), rather than Qt's 1752 to 9999: a date picked in the window is always one the
    services accept."""

    def __init__(self, *args: object) -> None:
        super().__init__(*args)  # type: ignore[call-overload]
        self.setDateRange(
            QDate(FIRST_DAY.year, FIRST_DAY.month, FIRST_DAY.day),
            QDate(LAST_DAY.year, LAST_DAY.month, LAST_DAY.day),
        )


class OptionalDateEdit(QWidget):
    """A date that may be unset: a check box turns the date field on or off.

    Dates are shown and typed as yyyy-MM-dd, whatever the language.
    """

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.check.setAccessibleName(
            self.tr("{name}: date set").format(name=accessible_name)
        )
        self.check.setToolTip(self.tr("Tick to enter a date; untick to leave it empty."))
        self.edit = DateEdit(self)
        self.edit.setDisplayFormat(DATE_FORMAT)
        self.edit.setCalendarPopup(True)
        self.edit.setAccessibleName(accessible_name)
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.empty = QLabel(self.tr("(none)"), self)
        self.empty.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addWidget(self.empty)
        layout.addStretch(1)
        self.edit.setVisible(False)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self._toggled)

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        self.edit.setVisible(on)
        self.empty.setVisible(not on)
        self.setFocusProxy(self.edit if on else self.check)
        if on and self.check.hasFocus():  # ticked by the person: on to the date
            self.edit.setFocus()

    def date(self) -> dt.date | None:
        """The date entered, or None when unset."""
        if not self.check.isChecked():
            return None
        value = self.edit.date()
        return dt.date(value.year(), value.month(), value.day())

    def set_date(self, value: dt.date | None) -> None:
        """Show *value*, or an unset date for None."""
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))
        self.check.setChecked(value is not None)


class OptionalDuration(QWidget):
    """A duration in hours and minutes that may be unset (a check box turns it on)."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.check.setAccessibleName(self.tr("{name}: set").format(name=accessible_name))
        self.check.setToolTip(self.tr("Tick to set a duration; untick for no limit."))
        self.hours = QSpinBox(self)
        self.hours.setRange(0, MAX_DURATION_HOURS)
        self.hours.setSuffix(self.tr(" h"))
        self.hours.setAccessibleName(self.tr("{name}: hours").format(name=accessible_name))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 59)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("{name}: minutes").format(name=accessible_name))
        self.empty = QLabel(self.tr("(no limit)"), self)
        self.empty.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.check, self.hours, self.minutes, self.empty):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.check.toggled.connect(self._toggled)
        self.set_minutes(None)

    def _toggled(self, on: bool) -> None:
        for spin in (self.hours, self.minutes):
            spin.setVisible(on)
        self.empty.setVisible(not on)
        self.setFocusProxy(self.hours if on else self.check)
        if on and self.check.hasFocus():  # ticked by the person: on to the hours
            self.hours.setFocus()

    def total_minutes(self) -> int | None:
        """The duration in minutes, or None when unset."""
        if not self.check.isChecked():
            return None
        return self.hours.value() * 60 + self.minutes.value()

    def set_minutes(self, minutes: int | None) -> None:
        """Show *minutes* (as hours and minutes), or an unset duration for None."""
        if minutes is not None:
            self.hours.setValue(minutes // 60)
            self.minutes.setValue(minutes % 60)
        self.check.setChecked(minutes is not None)
        self._toggled(minutes is not None)


class OptionalTimeRange(QWidget):
    """A daily time range, from–to, that may be unset (a check box turns it on)."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.check.setAccessibleName(self.tr("{name}: set").format(name=accessible_name))
        self.check.setToolTip(self.tr("Tick to set the hours; untick for any time."))
        self.start = QTimeEdit(QTime(8, 0), self)
        self.end = QTimeEdit(QTime(22, 0), self)
        self.start.setAccessibleName(self.tr("{name}: from").format(name=accessible_name))
        self.end.setAccessibleName(self.tr("{name}: to").format(name=accessible_name))
        for edit in (self.start, self.end):
            edit.setDisplayFormat(TIME_FORMAT)
        self.to_label = QLabel(self.tr("to"), self)
        self.empty = QLabel(self.tr("(any time)"), self)
        self.empty.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.check, self.start, self.to_label, self.end, self.empty):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.check.toggled.connect(self._toggled)
        self.set_range(None)

    def _toggled(self, on: bool) -> None:
        for widget in (self.start, self.to_label, self.end):
            widget.setVisible(on)
        self.empty.setVisible(not on)
        self.setFocusProxy(self.start if on else self.check)
        if on and self.check.hasFocus():
            self.start.setFocus()

    def time_range(self) -> tuple[dt.time, dt.time] | None:
        """(from, to), or None when unset."""
        if not self.check.isChecked():
            return None
        start, end = self.start.time(), self.end.time()
        return dt.time(start.hour(), start.minute()), dt.time(end.hour(), end.minute())

    def set_range(self, value: tuple[dt.time, dt.time] | None) -> None:
        """Show *value*, or an unset range for None."""
        if value is not None:
            self.start.setTime(QTime(value[0].hour, value[0].minute))
            self.end.setTime(QTime(value[1].hour, value[1].minute))
        self.check.setChecked(value is not None)
        self._toggled(value is not None)


class FormFeedback:
    """Error messages inside a form: under the field at fault, or in a general banner.

    Each field registered with ``add_field`` gets a hidden message row right under it in
    the form; ``show`` reveals it and moves the keyboard focus to the field.
    """

    def __init__(self, form: QFormLayout, banner: QLabel) -> None:
        self._form = form
        self._banner = banner
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._forms: dict[QLabel, QFormLayout] = {}  # the form each message row is in
        self._shown: tuple[str, str | None] | None = None
        banner.setVisible(False)
        style_as_error(banner)

    def add_field(self, name: str, widget: QWidget, label: str,
                  form: QFormLayout | None = None) -> None:
        """Add a row *label*: *widget* to the form (or to *form*, another one of the
        dialog's), with room for its error under it; *widget* spans the row when *label*
        is empty (a check box that says what it is)."""
        form = form or self._form
        if label:
            form.addRow(label, widget)
        else:
            form.addRow(widget)
        message = QLabel()
        style_as_error(message)
        form.addRow("", message)
        form.setRowVisible(message, False)
        self._fields[name] = (widget, message)
        self._forms[message] = form

    def register(self, name: str, widget: QWidget, message: QLabel) -> None:
        """Use *message* (laid out by the caller) for errors of the field *name*."""
        message.setVisible(False)
        style_as_error(message)
        self._fields[name] = (widget, message)

    def clear(self) -> None:
        """Hide every message."""
        self._shown = None
        self._banner.clear()
        self._banner.setVisible(False)
        for widget, message in self._fields.values():
            message.clear()
            widget.setAccessibleDescription("")
            self._set_visible(message, False)

    def show(self, text: str, field: str | None = None) -> None:
        """Show *text* under *field* (focusing it), or in the banner for other errors."""
        self.clear()
        if field is not None and field in self._fields:
            widget, message = self._fields[field]
            message.setText(text)
            self._set_visible(message, True)
            widget.setAccessibleDescription(text)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self._shown = (text, field)
        else:
            self._banner.setText(text)
            self._banner.setVisible(True)
            self._shown = (text, None)

    def text(self) -> str:
        """The message shown now, or ``""``."""
        return self._shown[0] if self._shown else ""

    def field_in_error(self) -> str | None:
        """The name of the field whose message is shown, if any."""
        return self._shown[1] if self._shown else None

    def _set_visible(self, message: QLabel, visible: bool) -> None:
        form = self._forms.get(message)
        if form is not None:
            form.setRowVisible(message, visible)
        else:
            message.setVisible(visible)


def error_colour(palette: QPalette) -> QColor:
    """A red for errors and overdue loans that reads on *palette*'s background.

    (Qt has no "error" palette role.)
    """
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ff8a80" if dark else "#b00020")


def style_as_error(label: QLabel) -> None:
    """Word-wrapped, selectable text in a red that reads on light and dark backgrounds."""
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, error_colour(palette))
    label.setPalette(palette)


def text_box_height(widget: QWidget, lines: int) -> int:
    """The height of a text box showing *lines* lines in *widget*'s font."""
    margins = widget.contentsMargins()
    frame = 2 * widget.style().pixelMetric(widget.style().PixelMetric.PM_DefaultFrameWidth)
    return widget.fontMetrics().lineSpacing() * lines + margins.top() + margins.bottom() + frame + 8


def clipped_texts(window: QWidget) -> list[str]:
    """The visible labels and buttons of *window* drawn narrower than their text needs.

    A French label is often a third longer than its English one; the dialog tests and the
    screenshot script use this to catch a layout that cuts one off.
    """
    from PySide6.QtWidgets import QAbstractButton, QTabBar

    found = []
    for child in window.findChildren(QWidget):
        if not child.isVisible():
            continue
        if isinstance(child, QTabBar):  # tabs that do not fit scroll behind arrows
            titles = " | ".join(child.tabText(i) for i in range(child.count()))
            if child.width() < child.sizeHint().width():
                found.append(f"tabs {titles!r}: {child.width()} px of {child.sizeHint().width()}")
            continue
        if isinstance(child, QLabel):
            if child.wordWrap() or not child.text():
                continue
        elif not (isinstance(child, QAbstractButton) and child.text()):
            continue
        need = child.minimumSizeHint().width()
        if child.width() < need:
            text = child.text()
            found.append(f"{text!r}: {child.width()} px of {need}")
    return found


class ReadingDialog(QDialog):
    """A dialog whose timers read the database (a preview while typing, a search): once
    it is done or closed it reads nothing more, as the database may be closed by then."""

    def done(self, result: int) -> None:
        self._stop_timers()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_timers()
        super().closeEvent(event)

    def _stop_timers(self) -> None:
        for timer in self.findChildren(QTimer):
            timer.stop()
