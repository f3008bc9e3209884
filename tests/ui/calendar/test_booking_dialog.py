"""The booking dialog: conflicts shown before saving, series that skip taken dates,
edits that respect someone else's newer change, check-out and check-in."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from partage.changes import Change
from partage.services.bookings import check_out, get_booking, list_bookings, reschedule
from partage.services.calendar import calendar_catalog
from partage.ui.calendar import CalendarView
from partage.ui.calendar.actions import CHECK_IN, CHECK_OUT, HandoverDialog
from partage.ui.calendar.booking_dialog import BookingDialog
from partage.ui.calendar.recurrence import WEEKLY
from partage.ui.changes import ChangeBus
from tests.ui.calendar.conftest import NOW, TODAY, Pool, aware, local, make_booking
from tests.ui.conftest import MessageRecorder, drive_modal, settle

NEXT_TUESDAY = TODAY + dt.timedelta(weeks=1)


def new_dialog(qtbot: QtBot, db, bus: ChangeBus, **kwargs: object) -> BookingDialog:
    dialog = BookingDialog(db, bus, calendar_catalog(db), **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def weekly_series(dialog: BookingDialog, count: int) -> None:
    dialog.recurrence.set_frequency(WEEKLY)
    dialog.recurrence.count_radio.setChecked(True)
    dialog.recurrence.count_spin.setValue(count)


def test_series_with_one_taken_date_lists_it_and_books_the_others(
        qtbot: QtBot, db, bus: ChangeBus, pool: Pool) -> None:
    taken = make_booking(db, pool.room, pool.bob, TODAY + dt.timedelta(weeks=2), 18, 20)
    dialog = new_dialog(qtbot, db, bus, asset_id=pool.room.id, start=local(TODAY, 19),
                        end=local(TODAY, 21), member_id=pool.alice.id)
    dialog.show()
    weekly_series(dialog, 4)
    dialog.refresh_conflicts()

    assert "2026-12-08" in dialog.conflict_text()
    assert "Bob Gagnon" in dialog.conflict_text()
    assert dialog.skip_check.isVisible(), "a series offers to book its free dates"
    dialog.skip_check.setChecked(True)
    with qtbot.wait_signal(bus.changed) as changed:
        dialog.accept()
        settle()
    assert changed.args == [Change.BOOKING | Change.AUDIT]
    assert [s.start for s in dialog.skipped] == [aware(TODAY + dt.timedelta(weeks=2), 19)]
    mine = [b for b in list_bookings(db) if b.member_id == pool.alice.id]
    assert [b.start for b in mine] == [aware(TODAY + dt.timedelta(weeks=w), 19)
                                       for w in (0, 1, 3)]
    assert len({b.series_id for b in mine}) == 1
    assert get_booking(db, taken.id) == taken


def test_series_with_taken_dates_asks_before_booking_the_others(
        qtbot: QtBot, db, bus: ChangeBus, pool: Pool, shown_messages: MessageRecorder) -> None:
    make_booking(db, pool.room, pool.bob, NEXT_TUESDAY, 18, 20)
    dialog = new_dialog(qtbot, db, bus, asset_id=pool.room.id, start=local(TODAY, 19),
                        end=local(TODAY, 21), member_id=pool.alice.id)
    weekly_series(dialog, 3)
    shown_messages.answer = False
    dialog.accept()
    settle()
    assert "2026-12-01" in shown_messages.last.text
    assert dialog.result() == 0 and len(list_bookings(db)) == 1, "declined: nothing booked"
    shown_messages.answer = True
    dialog.accept()
    settle()
    assert len(list_bookings(db)) == 3


def test_a_single_booking_over_a_taken_slot_is_refused(
        qtbot: QtBot, db, bus: ChangeBus, pool: Pool, shown_messages: MessageRecorder) -> None:
    make_booking(db, pool.van, pool.bob, TODAY, 9, 12)
    dialog = new_dialog(qtbot, db, bus, asset_id=pool.van.id, start=local(TODAY, 11),
                        end=local(TODAY, 13), member_id=pool.alice.id)
    assert "Already booked at this time" in dialog.conflict_text()
    assert not dialog.skip_check.isVisibleTo(dialog)
    dialog.accept()
    settle()
    assert "already booked" in shown_messages.last.text
    assert len(list_bookings(db)) == 1


def test_a_blackout_needs_no_member(qtbot: QtBot, db, bus: ChangeBus, pool: Pool) -> None:
    dialog = new_dialog(qtbot, db, bus, asset_id=pool.van.id, start=local(TODAY, 8),
                        end=local(TODAY + dt.timedelta(days=2), 8))
    dialog.blackout_check.setChecked(True)
    assert not dialog.member_combo.isEnabled()
    dialog.accept()
    settle()
    [saved] = list_bookings(db)
    assert (saved.kind, saved.member_id) == ("blackout", None)


def test_a_missing_member_is_shown_next_to_the_field(qtbot: QtBot, db, bus: ChangeBus,
                                                     pool: Pool) -> None:
    dialog = new_dialog(qtbot, db, bus, asset_id=pool.van.id, start=local(TODAY, 8),
                        end=local(TODAY, 9))
    dialog.accept()
    settle()
    assert dialog.feedback.field_in_error() == "member"
    assert list_bookings(db) == []


def test_edit_changes_times_member_and_note(qtbot: QtBot, view: CalendarView, db,
                                            pool: Pool) -> None:
    booking = make_booking(db, pool.van, pool.alice, TODAY, 9, 10)
    view.reload()
    canvas = view.current_canvas()
    canvas.select(booking.id)
    canvas.setFocus()

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, BookingDialog)
        assert dialog.record is not None and dialog.record.id == booking.id
        dialog.end_time.setTime(QTime(11, 30))
        dialog.member_combo.setCurrentIndex(dialog.member_combo.findData(pool.bob.id))
        dialog.note_edit.setPlainText("Longer trip")
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
        settle()

    drive_modal(qtbot, lambda: qtbot.keyClick(canvas, Qt.Key.Key_Return), edit)
    saved = get_booking(db, booking.id)
    assert (saved.end, saved.member_id, saved.note) == (aware(TODAY, 11, 30), pool.bob.id,
                                                        "Longer trip")
    item = canvas.item_by_id(booking.id)
    assert item is not None and item.member_name == "Bob Gagnon"


def test_edit_over_someone_elses_newer_change_is_refused(
        qtbot: QtBot, db, bus: ChangeBus, pool: Pool) -> None:
    booking = make_booking(db, pool.van, pool.alice, TODAY, 9, 10)
    dialog = new_dialog(qtbot, db, bus, record=booking)
    reschedule(db, booking.id, aware(TODAY, 13), aware(TODAY, 14), expected_version=None)
    dialog.start_date.setDate(QDate(2026, 11, 26))
    dialog.end_date.setDate(QDate(2026, 11, 26))
    titles: list[str] = []

    def look(conflict: QWidget) -> None:
        titles.append(conflict.windowTitle())
        conflict.reject()

    drive_modal(qtbot, dialog.accept, look)
    assert titles == ["Changed by someone else"]
    assert get_booking(db, booking.id).start == aware(TODAY, 13), "their change stands"


def test_check_out_then_in_from_the_context_menu(qtbot: QtBot, view: CalendarView, db,
                                                 pool: Pool) -> None:
    booking = make_booking(db, pool.van, pool.alice, TODAY, 9, 17)
    view.reload()
    menu = view.build_menu(booking)
    texts = [a.text() for a in menu.actions()]
    assert "Check &out…" in texts and "&Cancel booking…" in texts

    def hand_over(dialog: QWidget) -> None:
        assert isinstance(dialog, HandoverDialog)
        assert dialog.meter_check.isVisible(), "the van has a meter"
        dialog.meter_check.setChecked(True)
        dialog.meter_spin.setValue(12_500)
        dialog.accept()
        settle()

    drive_modal(qtbot, lambda: view.run_action(booking, CHECK_OUT), hand_over)
    out = get_booking(db, booking.id)
    assert (out.status, out.checkout_meter) == ("checked_out", 12_500)

    def take_back(dialog: QWidget) -> None:
        assert isinstance(dialog, HandoverDialog)
        dialog.meter_check.setChecked(True)
        dialog.meter_spin.setValue(12_730)
        dialog.condition_edit.setPlainText("Muddy floor mats")
        dialog.accept()
        settle()

    drive_modal(qtbot, lambda: view.run_action(out, CHECK_IN), take_back)
    back = get_booking(db, booking.id)
    assert (back.status, back.return_meter, back.condition) == ("returned", 12_730,
                                                                "Muddy floor mats")
    item = view.current_canvas().item_by_id(booking.id)
    assert item is not None and item.status_text() == "Returned"


def test_cancel_this_and_following_occurrences(qtbot: QtBot, view: CalendarView, db,
                                               pool: Pool) -> None:
    first = make_booking(db, pool.room, pool.alice, TODAY, 19, 21,
                         rrule="FREQ=WEEKLY;COUNT=4")
    second = next(b for b in list_bookings(db) if b.start == aware(NEXT_TUESDAY, 19))

    def following(dialog: QWidget) -> None:
        dialog.following_radio.setChecked(True)  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]

    drive_modal(qtbot, lambda: view.run_action(second, "cancel"), following)
    live = list_bookings(db)
    assert [b.id for b in live] == [first.id], "the later occurrences are cancelled"


def test_overdue_loan_says_so_in_the_dialog(qtbot: QtBot, db, bus: ChangeBus,
                                            pool: Pool) -> None:
    booking = make_booking(db, pool.drill, pool.alice, TODAY - dt.timedelta(days=3), 9, 17)
    out = check_out(db, booking.id, at=NOW - dt.timedelta(days=3))
    dialog = new_dialog(qtbot, db, bus, record=out)
    assert dialog.status_label.text().startswith("Overdue")


def test_edit_this_and_following_occurrences(qtbot: QtBot, db, bus: ChangeBus,
                                             pool: Pool) -> None:
    make_booking(db, pool.room, pool.alice, TODAY, 19, 21, rrule="FREQ=WEEKLY;COUNT=4")
    occurrences = list_bookings(db)
    second = occurrences[1]
    dialog = new_dialog(qtbot, db, bus, record=second)
    dialog.start_time.setTime(QTime(18, 0))

    def following(scope: QWidget) -> None:
        scope.following_radio.setChecked(True)  # type: ignore[attr-defined]
        scope.accept()  # type: ignore[attr-defined]

    drive_modal(qtbot, dialog.accept, following)
    starts = [b.start for b in list_bookings(db)]
    assert starts[0] == occurrences[0].start, "the earlier occurrence stays"
    assert [s - o.start for s, o in zip(starts[1:], occurrences[1:], strict=True)] == [
        -dt.timedelta(hours=1)
    ] * 3
