"""A booking saved or dragged over someone else's newer version, or after they cancelled
it: both versions in the person's words, then reload, keep mine or cancel."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from partage.services.bookings import cancel, get_booking, list_bookings, reschedule
from partage.services.calendar import calendar_catalog
from partage.services.workspace import Actor, open_workspace
from partage.ui.calendar import CalendarView
from partage.ui.calendar.booking_dialog import BookingDialog
from partage.ui.changes import ChangeBus
from partage.ui.conflict_dialog import ConflictDialog
from tests.ui.calendar.conftest import TODAY, Pool, aware, local, make_booking
from tests.ui.calendar.test_drag import drag, release, show_time
from tests.ui.conftest import (
    MessageRecorder,
    click_ok_then,
    drive_modal,
    save_into_conflict,
    settle,
)

MARC = Actor(os_user="marc", display_name="Marc Roy", machine="PC-ACCUEIL")
WEDNESDAY = TODAY + dt.timedelta(days=1)


def dialog_over_a_newer_version(qtbot: QtBot, db, db_path, bus: ChangeBus, pool: Pool):
    """Alice's booking of the van is open; Marc gives it to Bob with a note from his
    computer; then the dialog moves it to 13:00–15:00 and notes "Déménagement"."""
    booking = make_booking(db, pool.van, pool.alice, WEDNESDAY, 9, 11)
    dialog = BookingDialog(db, bus, calendar_catalog(db), record=booking)
    qtbot.addWidget(dialog)
    dialog.show()
    other = open_workspace(db_path, actor=MARC)
    reschedule(other, booking.id, booking.start, booking.end, expected_version=booking.version,
               note="Clés au bureau", member_id=pool.bob.id)
    other.close()
    dialog.start_time.setTime(QTime(13, 0))
    dialog.end_time.setTime(QTime(15, 0))
    dialog.note_edit.setPlainText("Déménagement")
    return booking, dialog


def test_a_booking_conflict_shows_both_versions_and_cancel_saves_nothing(
        qtbot: QtBot, db, db_path, bus: ChangeBus, pool: Pool) -> None:
    booking, dialog = dialog_over_a_newer_version(qtbot, db, db_path, bus, pool)
    seen = save_into_conflict(qtbot, dialog)

    assert str(seen["heading"]).startswith(
        "Marc Roy (PC-ACCUEIL) saved the booking of “Van” on 2026-11-25 at ")
    assert seen["rows"] == [
        ["Member", "Bob Gagnon", "Alice Tremblay"],
        ["Starts", "2026-11-25 9:00 a.m.", "2026-11-25 1:00 p.m."],
        ["Ends", "2026-11-25 11:00 a.m.", "2026-11-25 3:00 p.m."],
        ["Note", "Clés au bureau", "Déménagement"],
    ]
    assert dialog.isVisible() and dialog.note_edit.toPlainText() == "Déménagement"
    saved = get_booking(db, booking.id)
    assert (saved.member_id, saved.start, saved.note) == (pool.bob.id, aware(WEDNESDAY, 9),
                                                          "Clés au bureau")


def test_keep_mine_saves_my_booking_over_theirs(
        qtbot: QtBot, db, db_path, bus: ChangeBus, pool: Pool) -> None:
    booking, dialog = dialog_over_a_newer_version(qtbot, db, db_path, bus, pool)

    with qtbot.waitSignal(bus.changed, timeout=2000):
        click_ok_then(qtbot, dialog, lambda conflict: qtbot.mouseClick(
            conflict.keep_button, Qt.MouseButton.LeftButton))

    saved = get_booking(db, booking.id)
    assert (saved.member_id, saved.start, saved.end, saved.note) == (
        pool.alice.id, aware(WEDNESDAY, 13), aware(WEDNESDAY, 15), "Déménagement")
    assert not dialog.isVisible()


def test_keep_mine_is_still_refused_when_my_times_now_overlap(
        qtbot: QtBot, db, db_path, bus: ChangeBus, pool: Pool,
        shown_messages: MessageRecorder) -> None:
    booking, dialog = dialog_over_a_newer_version(qtbot, db, db_path, bus, pool)
    taken = make_booking(db, pool.van, pool.bob, WEDNESDAY, 14, 16)  # booked meanwhile

    click_ok_then(qtbot, dialog, lambda conflict: qtbot.mouseClick(
        conflict.keep_button, Qt.MouseButton.LeftButton))

    assert "already booked" in shown_messages.last.text
    assert dialog.isVisible() and "Bob Gagnon" in dialog.conflict_text()
    saved = get_booking(db, booking.id)
    assert (saved.start, saved.note) == (aware(WEDNESDAY, 9), "Clés au bureau")
    assert get_booking(db, taken.id) == taken


def test_reload_shows_their_booking_and_a_save_then_goes_through(
        qtbot: QtBot, db, db_path, bus: ChangeBus, pool: Pool) -> None:
    booking, dialog = dialog_over_a_newer_version(qtbot, db, db_path, bus, pool)

    click_ok_then(qtbot, dialog, lambda conflict: qtbot.mouseClick(
        conflict.reload_button, Qt.MouseButton.LeftButton))

    assert dialog.isVisible()
    assert dialog.member_combo.currentText() == "Bob Gagnon"
    assert dialog.start_local() == local(WEDNESDAY, 9)
    assert dialog.note_edit.toPlainText() == "Clés au bureau"
    assert "Their version is shown now" in dialog.feedback.text()
    dialog.end_time.setTime(QTime(12, 0))
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    settle()
    saved = get_booking(db, booking.id)
    assert (saved.member_id, saved.end, saved.note) == (pool.bob.id, aware(WEDNESDAY, 12),
                                                        "Clés au bureau")


def test_a_booking_cancelled_meanwhile_can_be_booked_again_as_new(
        qtbot: QtBot, db, db_path, bus: ChangeBus, pool: Pool,
        shown_messages: MessageRecorder) -> None:
    booking = make_booking(db, pool.drill, pool.alice, WEDNESDAY, 9, 11)
    dialog = BookingDialog(db, bus, calendar_catalog(db), record=booking)
    qtbot.addWidget(dialog)
    dialog.show()
    other = open_workspace(db_path, actor=MARC)
    cancel(other, booking.id)
    other.close()
    dialog.end_date.setDate(QDate(2026, 11, 26))

    shown_messages.answer = False
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    settle()
    assert shown_messages.last.title == "Booking gone"
    assert shown_messages.last.text == (
        "Someone else cancelled the booking of “Drill” on 2026-11-25 after you opened it. "
        "Book your version as a new booking?")
    assert dialog.isVisible() and "Nothing was saved" in dialog.feedback.text()
    assert list_bookings(db) == [] and get_booking(db, booking.id).status == "cancelled"

    shown_messages.answer = True
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    settle()
    assert not dialog.isVisible()
    live = [b for b in list_bookings(db) if b.status == "confirmed"]
    assert [(b.member_id, b.start, b.end) for b in live] == [
        (pool.alice.id, aware(WEDNESDAY, 9), aware(WEDNESDAY + dt.timedelta(days=1), 11))]
    assert get_booking(db, booking.id).status == "cancelled"


def test_dragging_a_booking_someone_else_changed_shows_both_times(
        qtbot: QtBot, view: CalendarView, db, db_path, pool: Pool) -> None:
    booking = make_booking(db, pool.drill, pool.alice, WEDNESDAY, 10, 11)
    view.reload()
    canvas = view.current_canvas()
    grab = show_time(canvas, None, local(WEDNESDAY, 10, 30))
    other = open_workspace(db_path, actor=MARC)
    reschedule(other, booking.id, aware(WEDNESDAY, 10), aware(WEDNESDAY, 12),
               expected_version=booking.version, note="Deux heures")
    other.close()
    target = canvas.point_at(None, local(WEDNESDAY, 15, 30))
    drag(qtbot, canvas, grab, target)
    rows: list[list[str]] = []

    def keep(conflict: QWidget) -> None:
        assert isinstance(conflict, ConflictDialog)
        rows.extend(conflict.rows())
        qtbot.mouseClick(conflict.keep_button, Qt.MouseButton.LeftButton)

    drive_modal(qtbot, lambda: release(qtbot, canvas, target), keep)

    # My move is of the one-hour booking I saw; only the times differ.
    assert rows == [
        ["Starts", "2026-11-25 10:00 a.m.", "2026-11-25 3:00 p.m."],
        ["Ends", "2026-11-25 12:00 p.m.", "2026-11-25 4:00 p.m."],
    ]
    moved = get_booking(db, booking.id)
    assert (moved.start, moved.end, moved.note) == (aware(WEDNESDAY, 15), aware(WEDNESDAY, 16),
                                                    "Deux heures")
