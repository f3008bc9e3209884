"""The surface the day, week, month and timeline views share: painting only what is
visible, with fixed headings, and the mouse and keyboard of a calendar.

A press on empty time and a drag asks for a new booking; dragging a booking moves it;
dragging its end edge resizes it; a double-click or Enter opens it. The canvas only asks
(signals): the ``CalendarView`` decides, writes through the services and reloads.

Subclasses place things: ``relayout`` computes the items' segments (content
coordinates), ``moment_at`` turns a point into a time, ``segments_for`` a time into
rectangles, and the ``paint_*`` methods draw the grid and its headings.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QToolTip, QWidget

from partage.ui.calendar.layout import ViewRange
from partage.ui.calendar.style import CalendarItem, paint_booking

EDGE_PIXELS = 5


def floor_to(moment: dt.datetime, minutes: int) -> dt.datetime:
    """*moment* rounded down to a multiple of *minutes* since its midnight."""
    midnight = dt.datetime.combine(moment.date(), dt.time(0))
    seconds = (moment - midnight).total_seconds()
    return midnight + dt.timedelta(seconds=math.floor(seconds / 60 / minutes) * minutes * 60)


def ceil_to(moment: dt.datetime, minutes: int) -> dt.datetime:
    """*moment* rounded up to a multiple of *minutes* since its midnight."""
    midnight = dt.datetime.combine(moment.date(), dt.time(0))
    seconds = (moment - midnight).total_seconds()
    return midnight + dt.timedelta(seconds=math.ceil(seconds / 60 / minutes) * minutes * 60)


class CalendarCanvas(QAbstractScrollArea):
    """A scrollable calendar surface with a fixed heading row and ruler column.

    Signals:
        open_requested(record): open this booking (double-click, Enter).
        create_requested(asset_id, start, end): a new booking over this local time, for
            this asset (None when the canvas does not say).
        move_requested(record, start, end): move or resize the booking to this local time.
        context_requested(record, global_pos): the booking's context menu.
        navigate(action): ``previous``, ``next``, ``previous_day``, ``next_day``,
            ``previous_week``, ``next_week``, ``today``.
        day_activated(date): a day's heading (or a month's cell) was double-clicked.
    """

    open_requested = Signal(object)
    create_requested = Signal(object, object, object)
    move_requested = Signal(object, object, object)
    context_requested = Signal(object, QPoint)
    navigate = Signal(str)
    day_activated = Signal(object)

    snap_minutes = 15
    end_edge = "bottom"  # where a booking's end is: "bottom" or "right"
    can_move = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown = ViewRange(dt.date.today(), 1)
        self.items: list[CalendarItem] = []
        self.selected_id: int | None = None
        self.today = dt.date.today()
        self.now_local: dt.datetime | None = None
        self.header_height = self.fontMetrics().height() * 2 + 6
        self.ruler_width = self.fontMetrics().averageCharWidth() * 8
        self.content_width = 0
        self.content_height = 0
        self.writable = True
        self._scrolled = False
        self._press: dict[str, Any] | None = None
        self._ghost: tuple[Any, dt.datetime, dt.datetime, CalendarItem | None] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.setFrameShape(QAbstractScrollArea.Shape.NoFrame)

    # --- what subclasses define ------------------------------------------------------

    def relayout(self) -> None:
        """Compute the content size and every item's segments."""
        raise NotImplementedError

    def moment_at(self, point: QPointF) -> tuple[Any, dt.datetime] | None:
        """The lane (an asset id, or None) and local time at *point* (content coords)."""
        raise NotImplementedError

    def segments_for(self, lane: Any, start: dt.datetime, end: dt.datetime) -> list[QRectF]:
        """Where [start, end) in *lane* would be drawn (content coordinates)."""
        raise NotImplementedError

    def lane_of(self, item: CalendarItem) -> Any:
        """The lane *item* is drawn in (None for canvases without lanes)."""
        return None

    def item_lines(self, item: CalendarItem, rect: QRectF) -> list[str]:
        """The text lines of *item* drawn in *rect*."""
        return [item.asset_name]

    def paint_content(self, painter: QPainter, visible: QRectF) -> None:
        """Draw the grid under the bookings (content coordinates)."""

    def paint_header(self, painter: QPainter) -> None:
        """Draw the heading row (x in content coordinates, y in viewport's)."""

    def paint_ruler(self, painter: QPainter) -> None:
        """Draw the ruler column (y in content coordinates, x in viewport's)."""

    def paint_corner(self, painter: QPainter) -> None:
        """Draw the top-left corner."""

    def initial_scroll(self) -> None:
        """Scroll to where the day starts, once, after the first layout."""

    # --- content -----------------------------------------------------------------------

    def set_items(self, shown: ViewRange, items: list[CalendarItem],
                  now_local: dt.datetime | None = None) -> None:
        """Show *items* over the days of *shown*, and lay them out."""
        self.shown = shown
        self.items = items
        if now_local is not None:
            self.now_local = now_local
            self.today = now_local.date()
        self._press = None
        self._ghost = None
        self.relayout()
        self._update_scrollbars()
        if not self._scrolled and self.viewport().height() > self.header_height:
            self._scrolled = True
            self.initial_scroll()
        self.viewport().update()

    def item_by_id(self, booking_id: int | None) -> CalendarItem | None:
        """The item of the booking *booking_id*, if shown."""
        return next((i for i in self.items if i.record.id == booking_id), None)

    def selected_item(self) -> CalendarItem | None:
        """The selected booking's item, if any."""
        return self.item_by_id(self.selected_id)

    def select(self, booking_id: int | None) -> None:
        """Select the booking *booking_id* (None: nothing) and show it."""
        self.selected_id = booking_id
        item = self.selected_item()
        if item is not None and item.segments:
            self.ensure_visible(item.segments[0])
        self.viewport().update()

    def item_at(self, point: QPointF) -> CalendarItem | None:
        """The item drawn at *point* (content coordinates), topmost first."""
        for item in reversed(self.items):
            if item.contains(point):
                return item
        return None

    def content_origin(self) -> QPointF:
        """Where content (0, 0) is in the viewport."""
        return QPointF(self.ruler_width - self.horizontalScrollBar().value(),
                       self.header_height - self.verticalScrollBar().value())

    def to_content(self, pos: QPointF) -> QPointF:
        """A viewport position in content coordinates."""
        return pos - self.content_origin()

    def to_viewport(self, point: QPointF) -> QPointF:
        """A content point in viewport coordinates."""
        return point + self.content_origin()

    def point_of(self, item: CalendarItem, where: str = "center") -> QPoint:
        """A viewport point on *item*'s first segment (``center``, ``top`` or ``end``)."""
        rect = item.segments[0] if where != "end" else item.segments[-1]
        if where == "top":
            point = QPointF(rect.center().x(), rect.top() + 3)
        elif where == "end":
            point = (QPointF(rect.center().x(), rect.bottom() - 2) if self.end_edge == "bottom"
                     else QPointF(rect.right() - 2, rect.center().y()))
        else:
            point = rect.center()
        return self.to_viewport(point).toPoint()

    def point_at(self, lane: Any, moment: dt.datetime) -> QPoint:
        """A viewport point at local *moment* in *lane* (for tests and keyboard)."""
        segments = self.segments_for(lane, moment, moment + dt.timedelta(minutes=1))
        if not segments:
            raise ValueError(f"{moment} is not shown")
        rect = segments[0]
        point = (QPointF(rect.center().x(), rect.top() + 0.5) if self.end_edge == "bottom"
                 else QPointF(rect.left() + 0.5, rect.center().y()))
        return self.to_viewport(point).toPoint()

    def ensure_visible(self, rect: QRectF) -> None:
        """Scroll so that *rect* (content coordinates) is in view."""
        view = self.viewport().size()
        width = view.width() - self.ruler_width
        height = view.height() - self.header_height
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        if rect.left() < h.value() or rect.right() > h.value() + width:
            h.setValue(int(rect.left() - 10))
        if rect.top() < v.value() or rect.bottom() > v.value() + height:
            v.setValue(int(rect.top() - 10))

    def _update_scrollbars(self) -> None:
        view = self.viewport().size()
        h_room = max(0, self.content_width - (view.width() - self.ruler_width))
        v_room = max(0, self.content_height - (view.height() - self.header_height))
        self.horizontalScrollBar().setRange(0, h_room)
        self.horizontalScrollBar().setPageStep(max(1, view.width() - self.ruler_width))
        self.horizontalScrollBar().setSingleStep(20)
        self.verticalScrollBar().setRange(0, v_room)
        self.verticalScrollBar().setPageStep(max(1, view.height() - self.header_height))
        self.verticalScrollBar().setSingleStep(20)

    # --- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        palette = self.palette()
        painter.fillRect(self.viewport().rect(), palette.color(QPalette.ColorRole.Base))
        origin = self.content_origin()
        view = self.viewport().rect()
        body = QRect(self.ruler_width, self.header_height,
                     view.width() - self.ruler_width, view.height() - self.header_height)
        visible = QRectF(body).translated(-origin)
        painter.save()
        painter.setClipRect(body)
        painter.translate(origin)
        self.paint_content(painter, visible)
        for item in self.items:
            selected = item.record.id == self.selected_id
            for segment in item.segments:
                if segment.intersects(visible):
                    paint_booking(painter, segment, item, self.item_lines(item, segment),
                                  palette, selected=selected)
        if self._ghost is not None:
            lane, start, end, moving = self._ghost
            ghost_item = moving or self._new_item()
            for segment in self.segments_for(lane, start, end):
                paint_booking(painter, segment, ghost_item,
                              [f"{self._ghost_text(start, end)}"], palette, ghost=True)
        painter.restore()
        header = QRect(self.ruler_width, 0, view.width() - self.ruler_width, self.header_height)
        painter.save()
        painter.fillRect(header, palette.color(QPalette.ColorRole.Window))
        painter.setClipRect(header)
        painter.translate(origin.x(), 0)
        self.paint_header(painter)
        painter.restore()
        ruler = QRect(0, self.header_height, self.ruler_width, view.height() - self.header_height)
        painter.save()
        painter.fillRect(ruler, palette.color(QPalette.ColorRole.Window))
        painter.setClipRect(ruler)
        painter.translate(0, origin.y())
        self.paint_ruler(painter)
        painter.restore()
        corner = QRect(0, 0, self.ruler_width, self.header_height)
        painter.fillRect(corner, palette.color(QPalette.ColorRole.Window))
        self.paint_corner(painter)
        line = palette.color(QPalette.ColorRole.Mid)
        painter.setPen(line)
        painter.drawLine(0, self.header_height - 1, view.width(), self.header_height - 1)
        painter.drawLine(self.ruler_width - 1, 0, self.ruler_width - 1, view.height())
        if self.hasFocus():
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRect(view.adjusted(0, 0, -1, -1))
        painter.end()

    def _new_item(self) -> CalendarItem:
        from partage.services.bookings import BookingRecord

        now = dt.datetime.now(dt.UTC)
        record = BookingRecord(0, 0, None, None, "loan", now, now, "confirmed", "", None, None,
                               None, None, "", 0, None)
        local = now.replace(tzinfo=None)
        return CalendarItem(record, "", "", self.palette().color(QPalette.ColorRole.Highlight),
                            False, local, local, [])

    def _ghost_text(self, start: dt.datetime, end: dt.datetime) -> str:
        from partage.ui.calendar.formats import format_span

        return format_span(start, end)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()
        self._update_scrollbars()
        if not self._scrolled and self.viewport().height() > self.header_height:
            self._scrolled = True
            self.initial_scroll()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    # --- mouse ---------------------------------------------------------------------------

    def _on_end_edge(self, item: CalendarItem, point: QPointF) -> bool:
        if not item.segments:
            return False
        last = item.segments[-1]
        if not last.contains(point):
            return False
        # A short box keeps most of itself for moving: the edge is a quarter at most.
        if self.end_edge == "bottom":
            return last.bottom() - point.y() <= min(EDGE_PIXELS, last.height() / 4)
        return last.right() - point.x() <= min(EDGE_PIXELS, last.width() / 4)

    def _in_body(self, pos: QPointF) -> bool:
        return pos.x() >= self.ruler_width and pos.y() >= self.header_height

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton or not self._in_body(pos):
            super().mousePressEvent(event)
            return
        point = self.to_content(pos)
        item = self.item_at(point)
        moment = self.moment_at(point)
        if item is not None:
            self.select(item.record.id)
            movable = self.writable and self.can_move and item.record.status in (
                "requested", "confirmed", "checked_out")
            mode = "resize" if self._on_end_edge(item, point) else "move"
            self._press = {"mode": mode if movable else "none", "item": item, "pos": pos,
                           "moment": moment, "dragging": False}
        elif moment is not None:
            self.select(None)
            self._press = {"mode": "create" if self.writable else "none", "item": None,
                           "pos": pos, "moment": moment, "dragging": False}
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        press = self._press
        if press is None:
            self._update_cursor(pos)
            return
        if press["mode"] == "none":
            return
        if not press["dragging"]:
            if (pos - press["pos"]).manhattanLength() < QApplication.startDragDistance():
                return
            press["dragging"] = True
        ghost = self._drag_result(pos)
        if ghost is not None:
            self._ghost = ghost
            self.viewport().update()

    def _drag_result(
        self, pos: QPointF
    ) -> tuple[Any, dt.datetime, dt.datetime, CalendarItem | None] | None:
        press = self._press
        assert press is not None
        here = self.moment_at(self.to_content(pos))
        start_at = press["moment"]
        if here is None or start_at is None:
            return self._ghost
        minutes = self.snap_minutes
        step = dt.timedelta(minutes=minutes)
        if press["mode"] == "create":
            lane = start_at[0]
            low, high = sorted((start_at[1], here[1]))
            start = floor_to(low, minutes)
            end = max(ceil_to(high, minutes), start + step)
            return lane, start, end, None
        item: CalendarItem = press["item"]
        local_start, local_end = self.local_span(item)
        if press["mode"] == "move":
            delta = here[1] - start_at[1]
            delta = dt.timedelta(minutes=round(delta.total_seconds() / 60 / minutes) * minutes)
            return self.lane_of(item), local_start + delta, local_end + delta, item
        end = max(ceil_to(here[1], minutes) if minutes < 1440 else
                  floor_to(here[1], minutes) + step, local_start + step)
        return self.lane_of(item), local_start, end, item

    def local_span(self, item: CalendarItem) -> tuple[dt.datetime, dt.datetime]:
        """The item's local start and end (set by the view on each item)."""
        return item.local_start, item.local_end

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, self._press = self._press, None
        ghost, self._ghost = self._ghost, None
        self.viewport().update()
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if not press["dragging"] or ghost is None:
            return
        lane, start, end, item = ghost
        if press["mode"] == "create":
            self.create_requested.emit(lane, start, end)
        elif item is not None and (start, end) != self.local_span(item):
            self.move_requested.emit(item.record, start, end)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        self._press = None
        if pos.y() < self.header_height and pos.x() >= self.ruler_width:
            moment = self.moment_at(QPointF(self.to_content(pos).x(), 1))
            if moment is not None:
                self.day_activated.emit(moment[1].date())
            return
        item = self.item_at(self.to_content(pos)) if self._in_body(pos) else None
        if item is not None:
            self.open_requested.emit(item.record)
        else:
            self.double_clicked_empty(self.to_content(pos))

    def double_clicked_empty(self, point: QPointF) -> None:
        """A double-click on empty time (the month view opens that day)."""

    def _update_cursor(self, pos: QPointF) -> None:
        item = self.item_at(self.to_content(pos)) if self._in_body(pos) else None
        if item is not None and self.writable and self._on_end_edge(item, self.to_content(pos)):
            shape = (Qt.CursorShape.SizeVerCursor if self.end_edge == "bottom"
                     else Qt.CursorShape.SizeHorCursor)
            self.viewport().setCursor(shape)
        else:
            self.viewport().unsetCursor()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        pos = QPointF(event.pos())
        item = self.item_at(self.to_content(pos)) if self._in_body(pos) else None
        if item is None and event.reason() == QContextMenuEvent.Reason.Keyboard:
            item = self.selected_item()
        if item is not None:
            self.select(item.record.id)
            self.context_requested.emit(item.record, event.globalPos())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            pos = QPointF(event.pos())
            item = self.item_at(self.to_content(pos)) if self._in_body(pos) else None
            if item is not None:
                QToolTip.showText(event.globalPos(), self.tooltip(item), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            return self.event(event)
        return super().viewportEvent(event)

    def tooltip(self, item: CalendarItem) -> str:
        """The tooltip of *item*: what, who, when, state and note."""
        from partage.ui.calendar.formats import format_span

        start, end = self.local_span(item)
        lines = [f"<b>{_escape(item.asset_name)}</b>"]
        if item.member_name:
            lines.append(_escape(item.member_name))
        lines.append(_escape(format_span(start, end)))
        lines.append(_escape(item.status_text()))
        if item.record.note:
            lines.append(f"<i>{_escape(item.record.note)}</i>")
        return "<br>".join(lines)

    # --- keyboard ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        actions = {
            Qt.Key.Key_PageUp: "previous",
            Qt.Key.Key_PageDown: "next",
            Qt.Key.Key_T: "today",
        }
        if not control:
            actions.update({Qt.Key.Key_Left: "previous_day", Qt.Key.Key_Right: "next_day"})
        if key in actions and not (event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.navigate.emit(actions[key])
            return
        if control and key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            self.select_neighbour(1 if key == Qt.Key.Key_Right else -1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.selected_item()
            if item is not None:
                self.open_requested.emit(item.record)
            return
        if key == Qt.Key.Key_Escape and self._press is not None:
            self._press = None
            self._ghost = None
            self.viewport().update()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.arrow_moves_weeks():
            self.navigate.emit("previous_week" if key == Qt.Key.Key_Up else "next_week")
            return
        super().keyPressEvent(event)

    def arrow_moves_weeks(self) -> bool:
        """Whether Up and Down move a week (the month view) instead of scrolling."""
        return False

    def select_neighbour(self, direction: int) -> None:
        """Select the next (1) or previous (-1) booking in time order."""
        if not self.items:
            return
        ordered = sorted(self.items, key=lambda i: (i.record.start, i.record.id))
        ids = [i.record.id for i in ordered]
        if self.selected_id in ids:
            index = (ids.index(self.selected_id) + direction) % len(ids)
        else:
            index = 0 if direction > 0 else len(ids) - 1
        self.select(ids[index])

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
