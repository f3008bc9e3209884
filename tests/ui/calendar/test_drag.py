"""Booking by dragging on the grid, moving and resizing bookings with the mouse."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from partage.services.bookings import get_booking, list_bookings
from partage.ui.calendar import CalendarView
from partage.ui.calendar.booking_dialog import BookingDialog
from partage.ui.calendar.canvas import CalendarCanvas
from partage.ui.calendar.layout import Mode
from tests.ui.calendar.conftest import TODAY, Pool, aware, local, make_booking
from tests.ui.conftest import MessageRecorder, drive_modal, settle

WEDNESDAY = TODAY + dt.timedelta(days=1)
THURSDAY = TODAY + dt.timedelta(days=2)


def show_time(canvas: CalendarCanvas, lane: object, moment: dt.datetime) -> QPoint:
    """Scroll *moment* into view and return its viewport position."""
    canvas.ensure_visible(QRectF(canvas.segments_for(lane, moment, moment
                                                     + dt.timedelta(hours=1))[0]))
    return canvas.point_at(lane, moment)


def drag(qtbot: QtBot, canvas: CalendarCanvas, start: QPoint, end: QPoint) -> None:
    """Press at *start*, move through the middle to *end* (release separately)."""
    viewport = canvas.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    qtbot.mouseMove(viewport, middle)
    qtbot.mouseMove(viewport, end)


def release(qtbot: QtBot, canvas: CalendarCanvas, at: QPoint) -> None:
    """Release the button; a move it makes is saved off the GUI thread, waited for."""
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=at)
    settle()


def test_dragging_over_empty_time_books_it(qtbot: QtBot, view: CalendarView, db,
                                           pool: Pool) -> None:
    view.tick_assets({pool.van.id})
    canvas = view.current_canvas()
    start = show_time(canvas, None, local(WEDNESDAY, 10))
    end = canvas.point_at(None, local(WEDNESDAY, 11, 50))
    drag(qtbot, canvas, start, end)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, BookingDialog)
        # Prefilled with the ticked asset and the times dragged over (snapped to 15 min).
        assert dialog.asset_combo.currentText() == "Van"
        assert (dialog.start_local(), dialog.end_local()) == (local(WEDNESDAY, 10),
                                                              local(WEDNESDAY, 12))
        dialog.member_combo.setCurrentIndex(dialog.member_combo.findText("Bob Gagnon"))
        qtbot.keyClicks(dialog.note_edit, "Moving day")
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
        settle()

    drive_modal(qtbot, lambda: release(qtbot, canvas, end), fill)

    [saved] = list_bookings(db)
    assert (saved.asset_id, saved.member_id, saved.note) == (pool.van.id, pool.bob.id,
                                                             "Moving day")
    assert (saved.start, saved.end) == (aware(WEDNESDAY, 10), aware(WEDNESDAY, 12))
    shown = canvas.item_by_id(saved.id)
    assert shown is not None and shown.segments, "the new booking is drawn in the week"
    assert shown.member_name == "Bob Gagnon"
    assert canvas.selected_id == saved.id


def test_a_drag_that_is_cancelled_books_nothing(qtbot: QtBot, view: CalendarView, db,
                                                pool: Pool) -> None:
    canvas = view.current_canvas()
    start = show_time(canvas, None, local(WEDNESDAY, 9))
    end = canvas.point_at(None, local(WEDNESDAY, 10, 20))
    drag(qtbot, canvas, start, end)

    def close(dialog: QWidget) -> None:
        assert isinstance(dialog, BookingDialog)
        dialog.reject()

    drive_modal(qtbot, lambda: release(qtbot, canvas, end), close)
    assert list_bookings(db) == []


def test_dragging_a_booking_moves_it(qtbot: QtBot, view: CalendarView, db, pool: Pool) -> None:
    booking = make_booking(db, pool.drill, pool.alice, WEDNESDAY, 10, 11)
    view.reload()
    canvas = view.current_canvas()
    grab = show_time(canvas, None, local(WEDNESDAY, 10, 30))
    assert canvas.item_at(canvas.to_content(grab.toPointF())).record.id == booking.id
    target = canvas.point_at(None, local(THURSDAY, 14, 30))
    drag(qtbot, canvas, grab, target)
    release(qtbot, canvas, target)

    moved = get_booking(db, booking.id)
    assert (moved.start, moved.end) == (aware(THURSDAY, 14), aware(THURSDAY, 15))
    assert moved.version == booking.version + 1
    item = canvas.item_by_id(booking.id)
    assert item is not None and item.local_start == local(THURSDAY, 14)


def test_dragging_the_end_edge_lengthens_a_booking(qtbot: QtBot, view: CalendarView, db,
                                                   pool: Pool) -> None:
    booking = make_booking(db, pool.drill, pool.alice, WEDNESDAY, 10, 11)
    view.reload()
    canvas = view.current_canvas()
    show_time(canvas, None, local(WEDNESDAY, 10))
    item = canvas.item_by_id(booking.id)
    assert item is not None
    edge = canvas.point_of(item, "end")
    target = canvas.point_at(None, local(WEDNESDAY, 12, 50))
    drag(qtbot, canvas, edge, target)
    release(qtbot, canvas, target)

    resized = get_booking(db, booking.id)
    assert (resized.start, resized.end) == (aware(WEDNESDAY, 10), aware(WEDNESDAY, 13))


def test_a_move_onto_another_booking_is_refused_and_nothing_changes(
        qtbot: QtBot, view: CalendarView, db, pool: Pool,
        shown_messages: MessageRecorder) -> None:
    first = make_booking(db, pool.van, pool.alice, WEDNESDAY, 9, 11)
    other = make_booking(db, pool.van, pool.bob, THURSDAY, 9, 12)
    view.reload()
    canvas = view.current_canvas()
    grab = show_time(canvas, None, local(WEDNESDAY, 9, 30))
    target = canvas.point_at(None, local(THURSDAY, 10, 30))
    drag(qtbot, canvas, grab, target)
    release(qtbot, canvas, target)

    assert "already booked" in shown_messages.last.text
    assert get_booking(db, first.id) == first, "the refused move changed nothing"
    assert get_booking(db, other.id) == other
    item = canvas.item_by_id(first.id)
    assert item is not None and item.local_start == local(WEDNESDAY, 9)


def test_timeline_moves_a_booking_to_another_day(qtbot: QtBot, view: CalendarView, db,
                                                 pool: Pool) -> None:
    booking = make_booking(db, pool.room, pool.alice, WEDNESDAY, 9, 11)
    view.set_mode(Mode.TIMELINE)
    canvas = view.current_canvas()
    grab = show_time(canvas, pool.room.id, local(WEDNESDAY, 10))
    target = canvas.point_at(pool.room.id, local(WEDNESDAY + dt.timedelta(days=3), 10))
    drag(qtbot, canvas, grab, target)
    release(qtbot, canvas, target)

    moved = get_booking(db, booking.id)
    assert moved.start == aware(WEDNESDAY + dt.timedelta(days=3), 9)
    assert moved.end == aware(WEDNESDAY + dt.timedelta(days=3), 11)
    assert moved.asset_id == pool.room.id


def test_day_view_books_the_asset_of_the_column_dragged_in(
        qtbot: QtBot, view: CalendarView, db, pool: Pool) -> None:
    view.set_mode(Mode.DAY)
    canvas = view.current_canvas()
    start = show_time(canvas, pool.room.id, local(TODAY, 14))
    end = canvas.point_at(pool.room.id, local(TODAY, 15, 20))
    drag(qtbot, canvas, start, end)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, BookingDialog)
        assert dialog.asset_combo.currentData() == pool.room.id
        dialog.member_combo.setCurrentIndex(dialog.member_combo.findData(pool.alice.id))
        dialog.accept()
        settle()

    drive_modal(qtbot, lambda: release(qtbot, canvas, end), fill)
    [saved] = list_bookings(db)
    assert (saved.asset_id, saved.start, saved.end) == (pool.room.id, aware(TODAY, 14),
                                                        aware(TODAY, 15, 30))
