"""The recurrence editor: the rule it builds and the sentence it shows."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from partage.services.bookings import expand
from partage.ui.calendar.recurrence import (
    COUNT,
    DAILY,
    MONTHLY_DATE,
    MONTHLY_WEEKDAY,
    NONE,
    WEEKLY,
    RecurrenceEditor,
    RecurrenceSpec,
    build_rrule,
    describe,
)
from tests.ui.calendar.conftest import ZONE

TUESDAY = dt.date(2026, 12, 8)  # the second Tuesday of December


@pytest.mark.parametrize(
    ("spec", "rule", "sentence"),
    [
        (RecurrenceSpec(WEEKLY, TUESDAY, weekdays=(1,), until=dt.date(2027, 6, 30)),
         "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630", "Every Tuesday until 2027-06-30"),
        (RecurrenceSpec(WEEKLY, TUESDAY, weekdays=(1, 3), end=COUNT, count=6),
         "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=6", "Every Tuesday and Thursday, 6 times"),
        (RecurrenceSpec(WEEKLY, TUESDAY, interval=2, weekdays=(0,), end=COUNT, count=1),
         "FREQ=WEEKLY;BYDAY=MO;INTERVAL=2;COUNT=1", "Every 2 weeks on Monday, once"),
        (RecurrenceSpec(MONTHLY_DATE, TUESDAY, until=dt.date(2027, 5, 8)),
         "FREQ=MONTHLY;BYMONTHDAY=8;UNTIL=20270508", "Every month on day 8 until 2027-05-08"),
        (RecurrenceSpec(MONTHLY_WEEKDAY, TUESDAY, end=COUNT, count=5),
         "FREQ=MONTHLY;BYDAY=2TU;COUNT=5", "Every month on the second Tuesday, 5 times"),
        (RecurrenceSpec(MONTHLY_WEEKDAY, dt.date(2026, 12, 29), end=COUNT, count=3),
         "FREQ=MONTHLY;BYDAY=-1TU;COUNT=3", "Every month on the last Tuesday, 3 times"),
        (RecurrenceSpec(DAILY, TUESDAY, interval=3, end=COUNT, count=4),
         "FREQ=DAILY;INTERVAL=3;COUNT=4", "Every 3 days, 4 times"),
    ],
)
def test_rule_and_sentence(spec: RecurrenceSpec, rule: str, sentence: str) -> None:
    assert build_rrule(spec) == rule
    assert describe(spec) == sentence


def test_no_recurrence_builds_no_rule() -> None:
    spec = RecurrenceSpec(NONE, TUESDAY)
    assert build_rrule(spec) is None
    assert describe(spec) == ""


def test_the_rule_built_gives_the_dates_the_sentence_says() -> None:
    rule = build_rrule(RecurrenceSpec(MONTHLY_WEEKDAY, TUESDAY, end=COUNT, count=3))
    assert rule is not None
    starts = [s.astimezone(ZONE).date()
              for s, _ in expand(rule, dt.datetime(2026, 12, 8, 19), dt.timedelta(hours=2),
                                 ZONE)]
    assert starts == [dt.date(2026, 12, 8), dt.date(2027, 1, 12), dt.date(2027, 2, 9)]


def test_editor_builds_weekly_until_a_date(qtbot: QtBot) -> None:
    editor = RecurrenceEditor(TUESDAY)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.rrule() is None
    assert not editor.days_widget.isVisible()
    editor.set_frequency(WEEKLY)
    assert editor.days_widget.isVisible()
    checked = [c.accessibleName() for c in editor.day_checks if c.isChecked()]
    assert checked == ["Tuesday"], "the start's weekday is ticked to begin with"
    thursday = next(c for c in editor.day_checks if c.accessibleName() == "Thursday")
    thursday.setChecked(True)
    editor.until_radio.setChecked(True)
    editor.until_edit.setDate(QDate(2027, 6, 30))
    assert editor.rrule() == "FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20270630"
    assert editor.sentence() == "Every Tuesday and Thursday until 2027-06-30"


def test_editor_builds_monthly_by_weekday_with_a_count(qtbot: QtBot) -> None:
    editor = RecurrenceEditor(TUESDAY)
    qtbot.addWidget(editor)
    editor.set_frequency(MONTHLY_WEEKDAY)
    editor.count_radio.setChecked(True)
    editor.count_spin.setValue(4)
    with qtbot.wait_signal(editor.changed):
        editor.interval_spin.setValue(2)
    assert editor.rrule() == "FREQ=MONTHLY;BYDAY=2TU;INTERVAL=2;COUNT=4"
    assert editor.sentence() == "Every 2 months on the second Tuesday, 4 times"
    assert editor.interval_label.text() == "months"


def test_moving_the_start_moves_the_ticked_weekday(qtbot: QtBot) -> None:
    editor = RecurrenceEditor(TUESDAY)
    qtbot.addWidget(editor)
    editor.set_frequency(WEEKLY)
    editor.set_start(TUESDAY + dt.timedelta(days=2))
    assert [c.accessibleName() for c in editor.day_checks if c.isChecked()] == ["Thursday"]
    assert editor.sentence().startswith("Every Thursday until ")
