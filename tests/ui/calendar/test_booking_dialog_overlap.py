"""The booking dialog shows the refusal of a series whose occurrences overlap each other
(hostile-input issue, item 1): under the end of the booking, and nothing is booked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from partage.services.bookings import list_bookings
from partage.services.calendar import calendar_catalog
from partage.ui.calendar.booking_dialog import BookingDialog
from partage.ui.calendar.recurrence import DAILY
from partage.ui.changes import ChangeBus
from tests.ui.calendar.conftest import TODAY, Pool, local
from tests.ui.conftest import settle


def test_a_series_whose_occurrences_overlap_is_refused_in_the_dialog(
    qtbot: QtBot, db, bus: ChangeBus, pool: Pool
) -> None:
    dialog = BookingDialog(
        db,
        bus,
        calendar_catalog(db),  # type: ignore[arg-type]
        asset_id=pool.room.id,
        start=local(TODAY, 19),
        end=local(TODAY + dt.timedelta(days=2), 21),
        member_id=pool.alice.id,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.recurrence.set_frequency(DAILY)
    dialog.recurrence.count_radio.setChecked(True)
    dialog.recurrence.count_spin.setValue(3)
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.operation is None and bool(dialog.feedback.text()))
    settle()
    assert "overlap" in dialog.feedback.text()
    assert dialog.feedback.field_in_error() == "end"
    assert dialog.isVisible(), "the dialog stays open for the person to correct it"
    assert list_bookings(db) == []


def test_a_time_the_clocks_skip_is_named_in_the_dialog(
    qtbot: QtBot, db, bus: ChangeBus, pool: Pool
) -> None:
    """2:30 on the morning the clocks spring forward does not exist in Montréal: the
    dialog names it, rather than saying the booking ends before it starts."""
    spring = dt.date(2027, 3, 14)
    dialog = BookingDialog(
        db,
        bus,
        calendar_catalog(db),  # type: ignore[arg-type]
        asset_id=pool.room.id,
        start=local(spring, 1),
        end=local(spring, 5),
        member_id=pool.alice.id,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start_time.setTime(QTime(2, 30))
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.operation is None and bool(dialog.feedback.text()))
    settle()
    text = dialog.feedback.text()
    assert "02:30" in text or "2:30" in text, text
    assert "before it starts" not in text and "after it starts" not in text
    assert list_bookings(db) == []
