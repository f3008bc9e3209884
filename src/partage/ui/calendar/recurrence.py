"""Recurrence in plain words: an editor that builds an RFC 5545 rule and says it aloud.

``RecurrenceSpec`` is what the person chose; ``build_rrule`` turns it into the rule the
booking service expands, and ``describe`` into a translated sentence such as
"Every Tuesday until 2027-06-30" (« Chaque mardi jusqu'au 2027-06-30 »).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from partage.ui.widgets import DATE_FORMAT, DateEdit

NONE, DAILY, WEEKLY, MONTHLY_DATE, MONTHLY_WEEKDAY = (
    "none", "daily", "weekly", "monthly_date", "monthly_weekday",
)
UNTIL, COUNT = "until", "count"
RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # index 0 is Monday


@dataclass(frozen=True)
class RecurrenceSpec:
    """A recurrence as chosen in the editor.

    Attributes:
        frequency: ``none``, ``daily``, ``weekly``, ``monthly_date`` or ``monthly_weekday``.
        interval: every *interval* days, weeks or months.
        weekdays: for weekly: 0 (Monday) to 6 (Sunday).
        start: the first occurrence's day (gives the day of the month and its weekday).
        end: ``until`` a date or a ``count`` of occurrences.
        until: the last day, for ``until``.
        count: how many occurrences, for ``count``.
    """

    frequency: str
    start: dt.date
    interval: int = 1
    weekdays: tuple[int, ...] = field(default=())
    end: str = UNTIL
    until: dt.date | None = None
    count: int = 10


def week_of_month(day: dt.date) -> int:
    """1 to 4 for the first to fourth such weekday of its month, -1 for the last one."""
    if (day + dt.timedelta(days=7)).month != day.month:
        return -1
    return (day.day - 1) // 7 + 1


def build_rrule(spec: RecurrenceSpec) -> str | None:
    """The RFC 5545 rule (without DTSTART) for *spec*, or None for no recurrence."""
    if spec.frequency == NONE:
        return None
    parts: list[str] = []
    if spec.frequency == DAILY:
        parts.append("FREQ=DAILY")
    elif spec.frequency == WEEKLY:
        days = sorted(set(spec.weekdays)) or [spec.start.weekday()]
        parts += ["FREQ=WEEKLY", "BYDAY=" + ",".join(RRULE_DAYS[d] for d in days)]
    elif spec.frequency == MONTHLY_DATE:
        parts += ["FREQ=MONTHLY", f"BYMONTHDAY={spec.start.day}"]
    elif spec.frequency == MONTHLY_WEEKDAY:
        parts += [
            "FREQ=MONTHLY",
            f"BYDAY={week_of_month(spec.start)}{RRULE_DAYS[spec.start.weekday()]}",
        ]
    else:
        raise ValueError(f"unknown frequency {spec.frequency!r}")
    if spec.interval > 1:
        parts.append(f"INTERVAL={spec.interval}")
    if spec.end == COUNT:
        parts.append(f"COUNT={spec.count}")
    else:
        until = spec.until or spec.start
        parts.append(f"UNTIL={until:%Y%m%d}")
    return ";".join(parts)


def _day_name(weekday: int, locale: QLocale) -> str:
    return locale.dayName(weekday + 1, QLocale.FormatType.LongFormat)


def _ordinal(week: int) -> str:
    return {
        1: QCoreApplication.translate("Recurrence", "first"),
        2: QCoreApplication.translate("Recurrence", "second"),
        3: QCoreApplication.translate("Recurrence", "third"),
        4: QCoreApplication.translate("Recurrence", "fourth"),
        -1: QCoreApplication.translate("Recurrence", "last"),
    }[week]


def describe(spec: RecurrenceSpec, locale: QLocale | None = None) -> str:
    """*spec* as a translated sentence, or ``""`` for no recurrence."""
    if spec.frequency == NONE:
        return ""
    locale = locale or QLocale()
    n = spec.interval
    if spec.frequency == DAILY:
        if n == 1:
            rule = QCoreApplication.translate("Recurrence", "Every day")
        else:
            rule = QCoreApplication.translate("Recurrence", "Every {n} days").format(n=n)
    elif spec.frequency == WEEKLY:
        days = sorted(set(spec.weekdays)) or [spec.start.weekday()]
        names = locale.createSeparatedList([_day_name(d, locale) for d in days])
        if n == 1:
            rule = QCoreApplication.translate("Recurrence", "Every {days}")
        else:
            rule = QCoreApplication.translate("Recurrence", "Every {n} weeks on {days}")
        rule = rule.format(days=names, n=n)
    elif spec.frequency == MONTHLY_DATE:
        if n == 1:
            rule = QCoreApplication.translate("Recurrence", "Every month on day {day}")
        else:
            rule = QCoreApplication.translate("Recurrence", "Every {n} months on day {day}")
        rule = rule.format(day=spec.start.day, n=n)
    else:
        if n == 1:
            rule = QCoreApplication.translate(
                "Recurrence", "Every month on the {ordinal} {weekday}")
        else:
            rule = QCoreApplication.translate(
                "Recurrence", "Every {n} months on the {ordinal} {weekday}")
        rule = rule.format(n=n, ordinal=_ordinal(week_of_month(spec.start)),
                           weekday=_day_name(spec.start.weekday(), locale))
    if spec.end == COUNT:
        if spec.count == 1:
            return QCoreApplication.translate("Recurrence", "{rule}, once").format(rule=rule)
        text = QCoreApplication.translate("Recurrence", "{rule}, {count} times")
        return text.format(rule=rule, count=spec.count)
    until = spec.until or spec.start
    text = QCoreApplication.translate("Recurrence", "{rule} until {date}")
    return text.format(rule=rule, date=until.isoformat())


class RecurrenceEditor(QWidget):
    """Repeat: none, daily, weekly on chosen days, monthly by date or by weekday;
    until a date or a number of times. Shows the rule as a sentence as it is edited.

    Signals:
        changed: the recurrence was edited.
    """

    changed = Signal()

    def __init__(self, start: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._start = start
        locale = QLocale()
        self.frequency_combo = QComboBox(self)
        self.frequency_combo.setAccessibleName(self.tr("Repeat"))
        for code, text in (
            (NONE, self.tr("Does not repeat")),
            (DAILY, self.tr("Daily")),
            (WEEKLY, self.tr("Weekly")),
            (MONTHLY_DATE, self.tr("Monthly, on the same date")),
            (MONTHLY_WEEKDAY, self.tr("Monthly, on the same weekday")),
        ):
            self.frequency_combo.addItem(text, code)
        self.interval_spin = QSpinBox(self)
        self.interval_spin.setRange(1, 52)
        self.interval_spin.setAccessibleName(self.tr("Repeat every"))
        self.interval_label = QLabel(self)
        self.day_checks: list[QCheckBox] = []
        days_row = QHBoxLayout()
        days_row.setContentsMargins(0, 0, 0, 0)
        first = locale.firstDayOfWeek().value - 1  # Qt: Monday is 1
        for offset in range(7):
            weekday = (first + offset) % 7
            check = QCheckBox(locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat), self)
            check.setAccessibleName(_day_name(weekday, locale))
            check.setProperty("weekday", weekday)
            self.day_checks.append(check)
            days_row.addWidget(check)
        days_row.addStretch(1)
        self.days_widget = QWidget(self)
        self.days_widget.setLayout(days_row)

        self.until_radio = QRadioButton(self.tr("Until"), self)
        self.count_radio = QRadioButton(self.tr("Number of times"), self)
        self.until_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.until_radio)
        group.addButton(self.count_radio)
        self.until_edit = DateEdit(self)
        self.until_edit.setDisplayFormat(DATE_FORMAT)
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setAccessibleName(self.tr("Last date"))
        self.count_spin = QSpinBox(self)
        self.count_spin.setRange(1, 999)
        self.count_spin.setValue(10)
        self.count_spin.setAccessibleName(self.tr("Number of times"))
        end_row = QHBoxLayout()
        end_row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.until_radio, self.until_edit, self.count_radio, self.count_spin):
            end_row.addWidget(widget)
        end_row.addStretch(1)
        self.end_widget = QWidget(self)
        self.end_widget.setLayout(end_row)
        interval_row = QHBoxLayout()
        interval_row.setContentsMargins(0, 0, 0, 0)
        interval_row.addWidget(self.interval_spin)
        interval_row.addWidget(self.interval_label)
        interval_row.addStretch(1)
        self.interval_widget = QWidget(self)
        self.interval_widget.setLayout(interval_row)
        self.sentence_label = QLabel(self)
        self.sentence_label.setWordWrap(True)
        self.sentence_label.setAccessibleName(self.tr("Recurrence in words"))
        font = self.sentence_label.font()
        font.setItalic(True)
        self.sentence_label.setFont(font)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Repeat:"), self.frequency_combo)
        form.addRow(self.tr("Every:"), self.interval_widget)
        form.addRow(self.tr("On:"), self.days_widget)
        form.addRow(self.tr("Ends:"), self.end_widget)
        form.addRow("", self.sentence_label)
        self._form = form
        self.set_start(start)

        self.frequency_combo.currentIndexChanged.connect(self._edited)
        self.interval_spin.valueChanged.connect(self._edited)
        for check in self.day_checks:
            check.toggled.connect(self._edited)
        self.until_radio.toggled.connect(self._edited)
        self.until_edit.dateChanged.connect(self._edited)
        self.count_spin.valueChanged.connect(self._edited)
        self._update()

    def set_start(self, start: dt.date) -> None:
        """The first occurrence's day: the weekday ticked by default, the earliest end."""
        previous, self._start = self._start, start
        ticked = [c for c in self.day_checks if c.isChecked()]
        if not ticked or (len(ticked) == 1 and ticked[0].property("weekday") == previous.weekday()):
            for check in self.day_checks:
                check.blockSignals(True)
                check.setChecked(check.property("weekday") == start.weekday())
                check.blockSignals(False)
        self.until_edit.setMinimumDate(QDate(start.year, start.month, start.day))
        if self.until_edit.date() <= QDate(start.year, start.month, start.day) or not hasattr(
            self, "_until_set"
        ):
            later = start + dt.timedelta(weeks=8)
            self.until_edit.setDate(QDate(later.year, later.month, later.day))
            self._until_set = True
        self._update()

    def set_frequency(self, code: str) -> None:
        """Choose the frequency by code (``weekly``...)."""
        self.frequency_combo.setCurrentIndex(self.frequency_combo.findData(code))

    def set_weekdays(self, weekdays: set[int]) -> None:
        """Tick exactly these weekdays (0 is Monday)."""
        for check in self.day_checks:
            check.setChecked(check.property("weekday") in weekdays)

    def spec(self) -> RecurrenceSpec:
        """What is chosen now."""
        until = self.until_edit.date()
        return RecurrenceSpec(
            frequency=str(self.frequency_combo.currentData()),
            start=self._start,
            interval=self.interval_spin.value(),
            weekdays=tuple(sorted(int(c.property("weekday")) for c in self.day_checks
                                  if c.isChecked())),
            end=UNTIL if self.until_radio.isChecked() else COUNT,
            until=dt.date(until.year(), until.month(), until.day()),
            count=self.count_spin.value(),
        )

    def rrule(self) -> str | None:
        """The RFC 5545 rule chosen, or None for no recurrence."""
        return build_rrule(self.spec())

    def sentence(self) -> str:
        """The rule in words, as shown."""
        return self.sentence_label.text()

    def _edited(self) -> None:
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        frequency = str(self.frequency_combo.currentData())
        repeats = frequency != NONE
        n = self.interval_spin.value()
        if frequency == DAILY:
            unit = self.tr("day") if n == 1 else self.tr("days")
        elif frequency == WEEKLY:
            unit = self.tr("week") if n == 1 else self.tr("weeks")
        else:
            unit = self.tr("month") if n == 1 else self.tr("months")
        self.interval_label.setText(unit)
        self._form.setRowVisible(self.interval_widget, repeats)
        self._form.setRowVisible(self.days_widget, frequency == WEEKLY)
        self._form.setRowVisible(self.end_widget, repeats)
        self._form.setRowVisible(self.sentence_label, repeats)
        self.until_edit.setEnabled(self.until_radio.isChecked())
        self.count_spin.setEnabled(self.count_radio.isChecked())
        self.sentence_label.setText(describe(self.spec()) if repeats else "")
