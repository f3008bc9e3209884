"""Choosing a period: from and to dates, with quick choices (this month, last year...)."""

from __future__ import annotations

import datetime as dt
import enum

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from partage.ui.widgets import DATE_FORMAT, DateEdit

TYPING_PAUSE_MS = 400


class QuickPeriod(enum.Enum):
    """The periods offered in one click."""

    ALL = "all"
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    THIS_YEAR = "this_year"
    LAST_YEAR = "last_year"
    CUSTOM = "custom"


def quick_period(choice: QuickPeriod, day: dt.date) -> tuple[dt.date, dt.date] | None:
    """The first and last day of *choice* seen from *day*; None for all dates or custom."""
    if choice is QuickPeriod.THIS_MONTH:
        first = day.replace(day=1)
        return first, _month_end(first)
    if choice is QuickPeriod.LAST_MONTH:
        first = (day.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        return first, _month_end(first)
    if choice is QuickPeriod.THIS_YEAR:
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    if choice is QuickPeriod.LAST_YEAR:
        return dt.date(day.year - 1, 1, 1), dt.date(day.year - 1, 12, 31)
    return None


def _month_end(first: dt.date) -> dt.date:
    following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def qdate(day: dt.date) -> QDate:
    """A Python date as a QDate."""
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    """A QDate as a Python date."""
    return dt.date(day.year(), day.month(), day.day())


class PeriodPicker(QWidget):
    """A quick choice, and the first and last day (both included) it stands for.

    Editing a date by hand makes the choice "Custom". With ``allow_all``, "All dates"
    leaves the period open and greys the date fields.

    Signals:
        changed(): the period changed: at once for a quick choice, a moment after the
            last keystroke for a date typed by hand (each digit makes a valid date).
    """

    changed = Signal()

    def __init__(self, *, allow_all: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._day = dt.date.today()
        self._updating = False
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.changed)
        self.choice_combo = QComboBox(self)
        self.choice_combo.setAccessibleName(self.tr("Period"))
        choices = [
            (QuickPeriod.THIS_MONTH, self.tr("This month")),
            (QuickPeriod.LAST_MONTH, self.tr("Last month")),
            (QuickPeriod.THIS_YEAR, self.tr("This year")),
            (QuickPeriod.LAST_YEAR, self.tr("Last year")),
            (QuickPeriod.CUSTOM, self.tr("Custom")),
        ]
        if allow_all:
            choices.insert(0, (QuickPeriod.ALL, self.tr("All dates")))
        for choice, text in choices:
            self.choice_combo.addItem(text, choice.value)
        self.from_edit = DateEdit(self)
        self.to_edit = DateEdit(self)
        for edit, name in ((self.from_edit, self.tr("From")), (self.to_edit, self.tr("To"))):
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
        self.from_label = QLabel(self.tr("&From"), self)
        self.from_label.setBuddy(self.from_edit)
        self.to_label = QLabel(self.tr("t&o"), self)
        self.to_label.setBuddy(self.to_edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choice_combo)
        layout.addWidget(self.from_label)
        layout.addWidget(self.from_edit)
        layout.addWidget(self.to_label)
        layout.addWidget(self.to_edit)
        self.setFocusProxy(self.choice_combo)
        self.choice_combo.currentIndexChanged.connect(self._choice_made)
        self.from_edit.dateChanged.connect(self._from_edited)
        self.to_edit.dateChanged.connect(self._to_edited)

    # --- what callers use ------------------------------------------------------------

    def choice(self) -> QuickPeriod:
        """The quick choice shown."""
        return QuickPeriod(self.choice_combo.currentData())

    def set_choice(self, choice: QuickPeriod, day: dt.date | None = None) -> None:
        """Choose *choice*, seen from *day* (the last day given, or today)."""
        if day is not None:
            self._day = day
        index = self.choice_combo.findData(choice.value)
        if index == self.choice_combo.currentIndex():
            self._choice_made()
        else:
            self.choice_combo.setCurrentIndex(index)

    def set_period(self, start: dt.date, end: dt.date) -> None:
        """Show [start, end] as a custom period."""
        self._updating = True
        try:
            self.choice_combo.setCurrentIndex(self.choice_combo.findData(QuickPeriod.CUSTOM.value))
            self.from_edit.setDate(qdate(start))
            self.to_edit.setDate(qdate(max(start, end)))
            self._enable_dates(True)
        finally:
            self._updating = False
        self._typing.stop()
        self.changed.emit()

    def period(self) -> tuple[dt.date | None, dt.date | None]:
        """The first and last day, or (None, None) for all dates."""
        if self.choice() is QuickPeriod.ALL:
            return None, None
        return pydate(self.from_edit.date()), pydate(self.to_edit.date())

    # --- behaviour -------------------------------------------------------------------

    def _enable_dates(self, on: bool) -> None:
        for widget in (self.from_edit, self.to_edit, self.from_label, self.to_label):
            widget.setEnabled(on)

    def _choice_made(self) -> None:
        if self._updating:
            return
        choice = self.choice()
        self._enable_dates(choice is not QuickPeriod.ALL)
        bounds = quick_period(choice, self._day)
        if bounds is not None:
            self._updating = True
            try:
                self.from_edit.setDate(qdate(bounds[0]))
                self.to_edit.setDate(qdate(bounds[1]))
            finally:
                self._updating = False
        self._typing.stop()
        self.changed.emit()

    def _from_edited(self) -> None:
        if self._updating:
            return
        self._updating = True
        try:
            if self.to_edit.date() < self.from_edit.date():
                self.to_edit.setDate(self.from_edit.date())
            self._made_custom()
        finally:
            self._updating = False
        self._typing.start()

    def _to_edited(self) -> None:
        if self._updating:
            return
        self._updating = True
        try:
            if self.from_edit.date() > self.to_edit.date():
                self.from_edit.setDate(self.to_edit.date())
            self._made_custom()
        finally:
            self._updating = False
        self._typing.start()

    def _made_custom(self) -> None:
        bounds = quick_period(self.choice(), self._day)
        shown = (pydate(self.from_edit.date()), pydate(self.to_edit.date()))
        if bounds != shown:
            self.choice_combo.setCurrentIndex(self.choice_combo.findData(QuickPeriod.CUSTOM.value))
