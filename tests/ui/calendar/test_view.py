"""The calendar's navigation, filters, timeline rows, overdue marks and asset list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, Qt
from pytestqt.qtbot import QtBot

from partage.changes import Change
from partage.services.assets import set_asset_status
from partage.services.bookings import cancel, check_out
from partage.services.calendar import calendar_window, local_day_bounds
from partage.ui.calendar import CalendarView
from partage.ui.calendar.asset_list import AssetChecklistModel
from partage.ui.calendar.layout import Mode
from partage.ui.calendar.style import asset_colour
from partage.ui.changes import ChangeBus
from tests.ui.calendar.conftest import TODAY, ZONE, Pool, aware, make_booking

SUNDAY = dt.date(2026, 11, 22)  # the week starts on Sunday in Canada


def shown_ids(view: CalendarView) -> set[int]:
    return {item.record.id for item in view.items()}


def test_next_previous_and_today_change_the_days_shown(qtbot: QtBot,
                                                       view: CalendarView) -> None:
    assert (view.shown.first, view.shown.days) == (SUNDAY, 7)
    assert view.title_label.text() == "Sun 22 – Sat 28 November 2026"
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.shown.first == SUNDAY + dt.timedelta(weeks=1)
    assert view.date_edit.date() == QDate(2026, 12, 1)
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    assert view.shown.first == SUNDAY - dt.timedelta(weeks=1)
    qtbot.mouseClick(view.today_button, Qt.MouseButton.LeftButton)
    assert view.shown.first == SUNDAY
    view.date_edit.setDate(QDate(2027, 3, 3))
    assert view.shown.first == dt.date(2027, 2, 28)


def test_keyboard_moves_the_view(qtbot: QtBot, view: CalendarView) -> None:
    canvas = view.current_canvas()
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_PageDown)
    assert view.shown.first == SUNDAY + dt.timedelta(weeks=1)
    qtbot.keyClick(canvas, Qt.Key.Key_T)
    assert view.shown.first == SUNDAY
    qtbot.keyClick(canvas, Qt.Key.Key_PageUp)
    assert view.shown.first == SUNDAY - dt.timedelta(weeks=1)
    qtbot.keyClick(canvas, Qt.Key.Key_T)
    for _ in range(5):  # Tuesday + 5 days: Sunday of the next week
        qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert view.current_date == TODAY + dt.timedelta(days=5)
    assert view.shown.first == SUNDAY + dt.timedelta(weeks=1)


def test_each_mode_shows_its_days(qtbot: QtBot, view: CalendarView) -> None:
    qtbot.mouseClick(view.mode_buttons[Mode.DAY], Qt.MouseButton.LeftButton)
    assert (view.shown.first, view.shown.days) == (TODAY, 1)
    assert view.title_label.text() == "Tuesday, November 24, 2026"
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.shown.first == TODAY + dt.timedelta(days=1)
    qtbot.mouseClick(view.mode_buttons[Mode.MONTH], Qt.MouseButton.LeftButton)
    assert view.shown.first == dt.date(2026, 11, 1) and view.shown.days == 35
    assert view.title_label.text() == "November 2026"
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.title_label.text() == "December 2026"
    assert view.shown.first == dt.date(2026, 11, 29) and view.shown.days == 35
    qtbot.mouseClick(view.mode_buttons[Mode.TIMELINE], Qt.MouseButton.LeftButton)
    assert view.shown.days == 14
    assert not view.asset_panel.isVisible(), "the timeline shows every filtered asset"


def test_double_click_on_a_month_day_opens_it(qtbot: QtBot, view: CalendarView) -> None:
    view.set_mode(Mode.MONTH)
    canvas = view.month_canvas
    cell = canvas.cell_rect(dt.date(2026, 11, 18))
    assert cell is not None
    point = canvas.to_viewport(cell.center()).toPoint()
    qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert view.mode is Mode.DAY
    assert view.shown.first == dt.date(2026, 11, 18)


def test_timeline_has_one_row_per_filtered_asset(qtbot: QtBot, view: CalendarView, db,
                                                 pool: Pool) -> None:
    view.set_mode(Mode.TIMELINE)
    canvas = view.timeline_canvas
    assert [r.name for r in canvas.rows] == ["Drill", "Meeting room", "Van"]
    view.set_kind("vehicle")
    assert [r.name for r in canvas.rows] == ["Van"]
    view.set_kind(None)
    view.set_category("Rooms")
    assert [r.name for r in canvas.rows] == ["Meeting room"]
    view.set_category(None)
    set_asset_status(db, pool.drill.id, "retired")
    view.bus.notify(Change.ASSET)
    assert [r.name for r in canvas.rows] == ["Meeting room", "Van"], "retired ones leave"


def test_filters_by_kind_category_and_member(qtbot: QtBot, view: CalendarView, db,
                                              pool: Pool) -> None:
    van = make_booking(db, pool.van, pool.alice, TODAY, 9, 10)
    drill = make_booking(db, pool.drill, pool.bob, TODAY, 9, 10)
    room = make_booking(db, pool.room, pool.alice, TODAY, 13, 15)
    view.reload()
    assert shown_ids(view) == {van.id, drill.id, room.id}
    view.set_kind("equipment")
    assert shown_ids(view) == {drill.id}
    view.set_kind(None)
    view.set_category("Rooms")
    assert shown_ids(view) == {room.id}
    view.set_category(None)
    view.set_member(pool.alice.id)
    assert shown_ids(view) == {van.id, room.id}
    view.set_member(None)
    view.tick_assets({pool.van.id, pool.drill.id})
    assert shown_ids(view) == {van.id, drill.id}
    assert "Showing 2 ticked of 3 assets" in view.asset_panel.hint.text()
    view.set_kind("vehicle")  # the drill's tick is dropped with it
    assert view.asset_panel.model.ticked() == {pool.van.id}
    assert shown_ids(view) == {van.id}


def test_day_view_has_a_column_per_asset_shown(qtbot: QtBot, view: CalendarView,
                                               pool: Pool) -> None:
    view.set_mode(Mode.DAY)
    assert [c.title for c in view.day_canvas.columns] == ["Drill", "Meeting room", "Van"]
    view.tick_assets({pool.room.id})
    assert [c.asset_id for c in view.day_canvas.columns] == [pool.room.id]


def test_overdue_loans_are_marked_and_cancelled_ones_hidden(
        qtbot: QtBot, view: CalendarView, db, pool: Pool) -> None:
    late = make_booking(db, pool.drill, pool.alice, TODAY - dt.timedelta(days=1), 9, 11)
    check_out(db, late.id, at=aware(TODAY - dt.timedelta(days=1), 9))
    out_now = make_booking(db, pool.van, pool.bob, TODAY, 8, 17)
    check_out(db, out_now.id, at=aware(TODAY, 8))
    blackout = make_booking(db, pool.room, None, TODAY, 0, 0, kind="blackout",
                            end_day=TODAY + dt.timedelta(days=2))
    gone = make_booking(db, pool.room, pool.alice, TODAY + dt.timedelta(days=3), 9, 10)
    cancel(db, gone.id)
    for mode in Mode:
        view.set_mode(mode)
        if mode is Mode.DAY:
            # Yesterday's loan is still out: today's page shows it too, up to now.
            assert {i.record.id for i in view.items()} == {late.id, out_now.id, blackout.id}
            view.go_previous()
            assert [i.overdue for i in view.items()] == [True]
            view.go_next()
            continue
        items = {i.record.id: i for i in view.items()}
        assert set(items) == {late.id, out_now.id, blackout.id}, mode
        assert items[late.id].overdue and items[late.id].status_text() == "Overdue"
        assert not items[out_now.id].overdue, "out, but not due back yet"
        assert items[out_now.id].status_text() == "Checked out"
        assert items[blackout.id].is_blackout and not items[blackout.id].overdue
        assert items[blackout.id].status_text() == "Blackout"
        assert all(items[i].segments for i in items), f"every booking is drawn in {mode}"


def test_bookings_written_elsewhere_appear_on_the_bus_signal(
        qtbot: QtBot, view: CalendarView, db, bus: ChangeBus, pool: Pool) -> None:
    assert view.items() == []
    booking = make_booking(db, pool.van, pool.alice, TODAY, 9, 10)
    bus.notify(Change.BOOKING)
    assert shown_ids(view) == {booking.id}


def test_the_view_reads_one_window_per_move(view: CalendarView, db, pool: Pool) -> None:
    from sqlalchemy import event

    statements: list[str] = []

    def count(conn, cursor, statement, *args) -> None:  # noqa: ANN001
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        view.go_next()
        view.set_mode(Mode.TIMELINE)
        view.go_next()
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 3 and len(statements) <= 6, statements


def test_calendar_window_reads_what_overlaps_the_days(db, pool: Pool) -> None:
    inside = make_booking(db, pool.van, pool.alice, TODAY, 23, 2, end_day=TODAY
                          + dt.timedelta(days=1))
    make_booking(db, pool.van, pool.alice, TODAY + dt.timedelta(days=2), 9, 10)
    start, end = local_day_bounds(TODAY + dt.timedelta(days=1), 1, ZONE)
    assert [r.id for r in calendar_window(db, start, end)] == [inside.id]
    assert calendar_window(db, start, end, asset_ids=[pool.room.id]) == []
    assert calendar_window(db, start, end, asset_ids=[]) == []
    assert calendar_window(db, start, end, member_id=pool.bob.id) == []
    assert start == dt.datetime(2026, 11, 25, 5, 0, tzinfo=dt.UTC), "local midnight"
    spring = local_day_bounds(dt.date(2027, 3, 14), 1, ZONE)
    assert spring[1] - spring[0] == dt.timedelta(hours=23), "a DST day is 23 hours long"


def test_asset_list_model_passes_the_model_tester(qtmodeltester, pool: Pool) -> None:
    model = AssetChecklistModel()
    model.set_assets([pool.drill, pool.room, pool.van],
                     {a.id: asset_colour(i) for i, a in enumerate((pool.drill, pool.room))})
    qtmodeltester.check(model)
    index = model.index(1)
    assert model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert model.ticked() == {pool.room.id}
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    qtmodeltester.check(model)


def test_asset_list_ticks_by_clicking(qtbot: QtBot, view: CalendarView, pool: Pool) -> None:
    panel = view.asset_panel
    qtbot.keyClicks(panel.search_edit, "room")
    assert panel.proxy.rowCount() == 1
    rect = panel.list.visualRect(panel.proxy.index(0, 0))
    panel.list.setCurrentIndex(panel.proxy.index(0, 0))
    qtbot.keyClick(panel.list, Qt.Key.Key_Space)
    assert panel.model.ticked() == {pool.room.id}, rect
    assert view.assets_in_view() == [pool.room]
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert panel.model.ticked() == set()


def test_a_loan_overdue_since_last_week_is_drawn_up_to_now_in_this_week(
        qtbot: QtBot, view: CalendarView, db, pool: Pool) -> None:
    long_ago = TODAY - dt.timedelta(days=9)
    late = make_booking(db, pool.drill, pool.alice, long_ago, 9, 11)
    check_out(db, late.id, at=aware(long_ago, 9))
    view.set_mode(Mode.WEEK)
    view.go_today()
    items = {i.record.id: i for i in view.items()}
    assert late.id in items and items[late.id].overdue
    assert items[late.id].segments, "drawn in this week, though it was due last week"
