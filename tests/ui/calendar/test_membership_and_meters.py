"""The booking dialog offers only members in the group on the booking's dates; check-out
and check-in start from the last meter reading and ask before saving an implausible one."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QDate, QTime, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from partage.services import audit
from partage.services.bookings import check_in, check_out, get_booking, list_bookings
from partage.services.calendar import calendar_catalog
from partage.services.members import MemberInput, MemberRecord, add_member, update_member
from partage.ui.calendar import CalendarView
from partage.ui.calendar.actions import CHECK_IN, CHECK_OUT, HandoverDialog
from partage.ui.calendar.booking_dialog import BookingDialog
from partage.ui.calendar.recurrence import WEEKLY
from partage.ui.changes import ChangeBus
from tests.ui.calendar.conftest import TODAY, Pool, aware, local, make_booking
from tests.ui.conftest import MessageRecorder, drive_modal, settle


@pytest.fixture
def priya(db) -> MemberRecord:
    """In the group from 2022-01-10 to 2024-06-30, both days included."""
    return add_member(db, MemberInput(name="Priya Raman", joined=dt.date(2022, 1, 10),
                                      left=dt.date(2024, 6, 30)))


@pytest.fixture
def zoe(db) -> MemberRecord:
    """Joins the group on 2027-01-01."""
    return add_member(db, MemberInput(name="Zoé Lavoie", joined=dt.date(2027, 1, 1)))


def new_dialog(qtbot: QtBot, db: Any, bus: ChangeBus, **kwargs: Any) -> BookingDialog:
    dialog = BookingDialog(db, bus, calendar_catalog(db), **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def listed(dialog: BookingDialog) -> list[str]:
    combo = dialog.member_combo
    return [combo.itemText(i) for i in range(1, combo.count())]


def set_days(dialog: BookingDialog, start: dt.date, end: dt.date) -> None:
    dialog.start_date.setDate(QDate(start.year, start.month, start.day))
    dialog.end_date.setDate(QDate(end.year, end.month, end.day))


# --- members on the booking's dates ---------------------------------------------------


def test_only_members_in_the_group_on_the_dates_are_offered(
        qtbot: QtBot, db: Any, bus: ChangeBus, pool: Pool, priya: MemberRecord,
        zoe: MemberRecord) -> None:
    dialog = new_dialog(qtbot, db, bus, asset_id=pool.van.id, start=local(TODAY, 9),
                        end=local(TODAY, 12))
    dialog.show()

    assert listed(dialog) == ["Alice Tremblay", "Bob Gagnon"]
    assert dialog.member_hint.isVisible(), "the person learns why someone is missing"

    set_days(dialog, dt.date(2024, 6, 30), dt.date(2024, 6, 30))
    assert listed(dialog) == ["Alice Tremblay", "Bob Gagnon", "Priya Raman"]

    set_days(dialog, dt.date(2024, 6, 30), dt.date(2024, 7, 1))
    assert "Priya Raman" not in listed(dialog), "the loan would end after she left"

    set_days(dialog, dt.date(2027, 1, 1), dt.date(2027, 1, 1))
    assert listed(dialog) == ["Alice Tremblay", "Bob Gagnon", "Zoé Lavoie"]


def test_a_loan_ending_at_midnight_ends_the_day_before(
        qtbot: QtBot, db: Any, bus: ChangeBus, pool: Pool, priya: MemberRecord) -> None:
    dialog = new_dialog(qtbot, db, bus, asset_id=pool.van.id,
                        start=local(dt.date(2024, 6, 30), 18),
                        end=local(dt.date(2024, 7, 1), 0))

    assert "Priya Raman" in listed(dialog)
    dialog.end_time.setTime(QTime(0, 30))
    assert "Priya Raman" not in listed(dialog)


def test_the_choice_stays_while_it_is_valid_and_goes_when_it_is_not(
        qtbot: QtBot, db: Any, bus: ChangeBus, pool: Pool, zoe: MemberRecord) -> None:
    dialog = new_dialog(qtbot, db, bus, asset_id=pool.van.id,
                        start=local(dt.date(2027, 2, 2), 9), end=local(dt.date(2027, 2, 2), 12),
                        member_id=zoe.id)
    assert dialog.member_combo.currentData() == zoe.id

    set_days(dialog, dt.date(2027, 1, 5), dt.date(2027, 1, 5))
    assert dialog.member_combo.currentData() == zoe.id, "still in the group then"

    set_days(dialog, dt.date(2026, 12, 29), dt.date(2026, 12, 29))
    assert dialog.member_combo.currentData() is None, "not in the group yet: no choice"
    dialog.member_combo.setCurrentIndex(dialog.member_combo.findData(pool.bob.id))

    set_days(dialog, dt.date(2027, 1, 5), dt.date(2027, 1, 5))
    assert dialog.member_combo.currentData() == pool.bob.id


def test_every_date_of_a_series_counts(qtbot: QtBot, db: Any, bus: ChangeBus, pool: Pool,
                                       priya: MemberRecord) -> None:
    dialog = new_dialog(qtbot, db, bus, asset_id=pool.van.id,
                        start=local(dt.date(2024, 6, 18), 9), end=local(dt.date(2024, 6, 18), 10))
    dialog.recurrence.set_frequency(WEEKLY)
    dialog.recurrence.count_radio.setChecked(True)
    dialog.recurrence.count_spin.setValue(2)  # June 18 and 25
    assert "Priya Raman" in listed(dialog)
    dialog.member_combo.setCurrentIndex(dialog.member_combo.findData(priya.id))

    dialog.recurrence.count_spin.setValue(3)  # and July 2, after she left
    assert "Priya Raman" not in listed(dialog)
    assert dialog.member_combo.currentData() is None


def test_moving_a_loan_past_the_members_last_day_drops_them(
        qtbot: QtBot, db: Any, bus: ChangeBus, pool: Pool, priya: MemberRecord) -> None:
    booking = make_booking(db, pool.van, priya, dt.date(2024, 6, 28), 9, 12)
    dialog = new_dialog(qtbot, db, bus, record=booking)
    assert dialog.member_combo.currentData() == priya.id

    set_days(dialog, dt.date(2024, 7, 3), dt.date(2024, 7, 3))
    assert dialog.member_combo.currentData() is None
    dialog.accept()
    settle()

    assert dialog.feedback.field_in_error() == "member"
    assert get_booking(db, booking.id) == booking


def test_a_member_who_left_meanwhile_is_refused_with_their_dates(
        qtbot: QtBot, db: Any, bus: ChangeBus, pool: Pool) -> None:
    dialog = new_dialog(qtbot, db, bus, asset_id=pool.van.id, start=local(TODAY, 9),
                        end=local(TODAY, 12), member_id=pool.bob.id)
    # Someone else records that Bob left, after the dialog read the members.
    update_member(db, pool.bob.id, dataclasses.replace(pool.bob.as_input(),
                                                       left=dt.date(2026, 11, 1)),
                  expected_version=pool.bob.version)

    dialog.accept()
    settle()

    assert dialog.feedback.field_in_error() == "member"
    assert dialog.feedback.text() == (
        "Bob Gagnon left the group on 2026-11-01; a booking must end by then.")
    assert list_bookings(db) == []


# --- meter readings -------------------------------------------------------------------


def drive_modals(qtbot: QtBot, open_it: Callable[[], Any],
                 *acts: Callable[[QWidget], None], timeout_ms: int = 10_000) -> list[QWidget]:
    """Like ``drive_modal``, for a dialog that opens again: the n-th act runs on the n-th
    modal dialog shown, and closes it."""
    seen: list[QWidget] = []
    errors: list[BaseException] = []
    deadline = time.monotonic() + timeout_ms / 1000
    done: list[bool] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            seen.append(dialog)
            act = acts[len(seen) - 1] if len(seen) <= len(acts) else None
            try:
                if act is None:
                    raise AssertionError("a modal dialog more than expected opened")
                act(dialog)
            except BaseException as error:  # noqa: BLE001 - reported after it closed
                errors.append(error)
                dialog.close()
                return
        if not done and time.monotonic() < deadline:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    open_it()
    settle()  # the dialogs that open when an operation reports back
    done.append(True)
    if errors:
        raise errors[0]
    assert len(seen) == len(acts), f"{len(seen)} dialog(s) opened, {len(acts)} expected"
    return seen


def hand_back(reading: int) -> Callable[[QWidget], None]:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, HandoverDialog)
        dialog.meter_check.setChecked(True)
        dialog.meter_spin.setValue(reading)
        dialog.accept()

    return act


@pytest.fixture
def van_out(db: Any, pool: Pool) -> Any:
    """The van lent to Alice today, 9:00 to 17:00, checked out at 9:00 at 12 500 km."""
    booking = make_booking(db, pool.van, pool.alice, TODAY, 9, 17)
    return check_out(db, booking.id, meter=12_500, at=aware(TODAY, 9))


def test_an_implausible_reading_is_saved_once_confirmed_and_the_audit_says_so(
        qtbot: QtBot, view: CalendarView, db: Any, van_out: Any,
        shown_messages: MessageRecorder) -> None:
    shown_messages.answer = True

    drive_modals(qtbot, lambda: view.run_action(van_out, CHECK_IN), hand_back(99_999_999))

    question = shown_messages.last
    assert question.title == "Unlikely meter reading"
    assert question.text.startswith("This reading means 99,987,499 km in ")
    assert question.text.endswith("Record it anyway?") and "130 km/h" in question.text
    assert question.accept_label == "Record anyway"
    back = get_booking(db, van_out.id)
    assert (back.status, back.return_meter) == ("returned", 99_999_999)
    newest = audit.entries(db)[0]
    assert newest.action == "checkin" and "forced" in newest.summary


def test_declining_goes_back_to_the_reading_and_saves_nothing_until_corrected(
        qtbot: QtBot, view: CalendarView, db: Any, van_out: Any,
        shown_messages: MessageRecorder) -> None:
    shown_messages.answer = False
    again: list[int] = []

    def correct(dialog: QWidget) -> None:
        assert isinstance(dialog, HandoverDialog)
        again.append(dialog.meter_spin.value())
        assert get_booking(db, van_out.id).status == "checked_out", "nothing saved yet"
        hand_back(12_730)(dialog)

    drive_modals(qtbot, lambda: view.run_action(van_out, CHECK_IN), hand_back(99_999_999),
                 correct)

    assert again == [99_999_999], "the dialog came back with what was typed"
    assert len(shown_messages.shown) == 1, "a plausible reading asks nothing"
    back = get_booking(db, van_out.id)
    assert (back.status, back.return_meter) == ("returned", 12_730)
    assert "forced" not in audit.entries(db)[0].summary


def test_check_in_starts_from_the_check_out_reading(qtbot: QtBot, view: CalendarView,
                                                   van_out: Any) -> None:
    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, HandoverDialog)
        assert dialog.meter_check.isChecked() and dialog.meter_spin.isEnabled()
        assert dialog.meter_spin.value() == 12_500
        dialog.reject()

    drive_modal(qtbot, lambda: view.run_action(van_out, CHECK_IN), look)


def test_check_out_starts_from_the_last_reading(qtbot: QtBot, view: CalendarView, db: Any,
                                               pool: Pool, van_out: Any) -> None:
    check_in(db, van_out.id, meter=12_730)
    next_loan = make_booking(db, pool.van, pool.bob, TODAY + dt.timedelta(days=1), 9, 12)

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, HandoverDialog)
        assert dialog.meter_spin.value() == 12_730 and dialog.meter() == 12_730
        dialog.accept()
        settle()

    drive_modal(qtbot, lambda: view.run_action(next_loan, CHECK_OUT), look)
    assert get_booking(db, next_loan.id).checkout_meter == 12_730


def test_an_asset_never_read_starts_with_an_empty_meter(qtbot: QtBot, view: CalendarView,
                                                        db: Any, pool: Pool) -> None:
    booking = make_booking(db, pool.van, pool.alice, TODAY, 9, 17)

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, HandoverDialog)
        assert not dialog.meter_check.isChecked() and dialog.meter() is None
        dialog.accept()
        settle()

    drive_modal(qtbot, lambda: view.run_action(booking, CHECK_OUT), look)
    assert [b.checkout_meter for b in list_bookings(db)] == [None]
