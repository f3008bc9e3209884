"""The day and week views: hours down the side, one column per day (week) or per asset
(day), bookings as boxes laid side by side where they overlap."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from partage.ui.calendar.canvas import CalendarCanvas
from partage.ui.calendar.formats import format_day, format_hour, format_span
from partage.ui.calendar.layout import assign_lanes, day_segments
from partage.ui.calendar.style import CalendarItem, mix

WORK_START, WORK_END = 8, 18
LONG_BAR_WIDTH = 10


@dataclass(frozen=True)
class Column:
    """A column of the grid: a day, and for the day view one asset."""

    day: dt.date
    asset_id: int | None = None
    title: str = ""
    colour: QColor | None = None


class TimeGridCanvas(CalendarCanvas):
    """Hours from top to bottom; columns of days or of assets."""

    snap_minutes = 15
    end_edge = "bottom"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        line = self.fontMetrics().height()
        self.hour_height = line * 3
        self.min_column_width = self.fontMetrics().averageCharWidth() * 16
        self.columns: list[Column] = []
        self.column_width = 100.0
        self.ruler_width = self.fontMetrics().horizontalAdvance(format_hour(23)) + 14

    def set_columns(self, columns: list[Column]) -> None:
        """The columns shown, before ``set_items``."""
        self.columns = columns
        self.ruler_width = max(
            self.fontMetrics().horizontalAdvance(format_hour(h)) for h in (0, 11, 12, 23)
        ) + 14
        self.header_height = self.fontMetrics().height() * (2 if columns and
                                                            columns[0].asset_id else 1) + 12

    def _column_index(self, day: dt.date, lane: Any) -> int | None:
        for index, column in enumerate(self.columns):
            if column.day == day and (column.asset_id is None or column.asset_id == lane):
                return index
        return None

    def lane_of(self, item: CalendarItem) -> Any:
        if self.columns and self.columns[0].asset_id is not None:
            return item.record.asset_id
        return None

    def relayout(self) -> None:
        count = max(1, len(self.columns))
        room = self.viewport().width() - self.ruler_width
        self.column_width = max(float(self.min_column_width), room / count)
        self.content_width = int(self.column_width * len(self.columns))
        self.content_height = self.hour_height * 24
        by_column: dict[int, list[tuple[CalendarItem, float, float]]] = defaultdict(list)
        long_by_column: dict[int, list[tuple[CalendarItem, float, float]]] = defaultdict(list)
        index_of = {(c.day, c.asset_id): i for i, c in enumerate(self.columns)}
        per_asset = bool(self.columns) and self.columns[0].asset_id is not None
        day = dt.timedelta(days=1)
        for item in self.items:
            item.segments = []
            lane = item.record.asset_id if per_asset else None
            # In the week view a loan of a day or more would fill whole columns: it is
            # drawn as a thin bar at the column's edge (the timeline shows it in full).
            is_long = not per_asset and item.local_end - item.local_start >= day
            target = long_by_column if is_long else by_column
            for when, first, last in day_segments(item.local_start, item.local_end,
                                                  self.shown):
                column = index_of.get((when, lane))
                if column is not None:
                    target[column].append((item, first, last))
        bar = float(LONG_BAR_WIDTH)
        for column in range(len(self.columns)):
            left = column * self.column_width
            longs = long_by_column.get(column, [])
            long_lanes = assign_lanes([(first, last) for _, first, last in longs])
            used = max((lane + 1 for lane, _ in long_lanes), default=0)
            for (item, first, last), (lane, _) in zip(longs, long_lanes, strict=True):
                item.segments.append(QRectF(left + 1 + lane * (bar + 1), first * self.hour_height,
                                            bar, (last - first) * self.hour_height))
            parts = by_column.get(column, [])
            lanes = assign_lanes([(first, last) for _, first, last in parts])
            offset = used * (bar + 1)
            free = self.column_width - 6 - offset
            for (item, first, last), (lane, lane_count) in zip(parts, lanes, strict=True):
                width = free / lane_count
                item.segments.append(QRectF(
                    left + 1 + offset + lane * width, first * self.hour_height,
                    width, max((last - first) * self.hour_height, 6.0),
                ))

    def initial_scroll(self) -> None:
        self.verticalScrollBar().setValue(int(7.5 * self.hour_height))

    def moment_at(self, point: QPointF) -> tuple[Any, dt.datetime] | None:
        if not self.columns or point.x() < 0 or point.y() < 0:
            return None
        index = min(int(point.x() // self.column_width), len(self.columns) - 1)
        column = self.columns[index]
        hours = min(max(point.y() / self.hour_height, 0.0), 24.0)
        moment = dt.datetime.combine(column.day, dt.time(0)) + dt.timedelta(hours=hours)
        return column.asset_id, moment

    def segments_for(self, lane: Any, start: dt.datetime, end: dt.datetime) -> list[QRectF]:
        rects = []
        for day, first, last in day_segments(start, end, self.shown):
            index = self._column_index(day, lane)
            if index is not None:
                rects.append(QRectF(index * self.column_width + 1, first * self.hour_height,
                                    self.column_width - 6, (last - first) * self.hour_height))
        return rects

    def item_lines(self, item: CalendarItem, rect: QRectF) -> list[str]:
        span = format_span(item.local_start, item.local_end)
        per_asset = bool(self.columns) and self.columns[0].asset_id is not None
        if item.is_blackout:
            lines = [item.status_text(), item.record.note, span]
        elif per_asset:
            lines = [item.member_name, span]
        else:
            lines = [item.asset_name, item.member_name, span]
        if not item.is_blackout and (item.overdue or item.record.status != "confirmed"):
            lines.append(item.status_text())
        return [line for line in lines if line]

    def paint_content(self, painter: QPainter, visible: QRectF) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        off_hours = mix(base, text, 0.035)
        grid = mix(base, text, 0.14)
        half = mix(base, text, 0.06)
        width = self.content_width
        painter.fillRect(QRectF(0, 0, width, WORK_START * self.hour_height), off_hours)
        painter.fillRect(QRectF(0, WORK_END * self.hour_height, width,
                                (24 - WORK_END) * self.hour_height), off_hours)
        for index, column in enumerate(self.columns):
            if column.day == self.today and column.asset_id is None:
                tint = QColor(palette.color(QPalette.ColorRole.Highlight))
                tint.setAlpha(22)
                painter.fillRect(QRectF(index * self.column_width, 0, self.column_width,
                                        self.content_height), tint)
        for hour in range(24):
            y = float(hour * self.hour_height)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(0, y), QPointF(width, y))
            painter.setPen(QPen(half, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(0, y + self.hour_height / 2),
                             QPointF(width, y + self.hour_height / 2))
        painter.setPen(QPen(grid, 1))
        for boundary in range(1, len(self.columns) + 1):
            x = boundary * self.column_width
            painter.drawLine(QPointF(x, 0), QPointF(x, self.content_height))
        if self.now_local is not None:
            now_column = self._column_index(self.now_local.date(), None)
            if now_column is None and self.columns and self.columns[0].asset_id is not None:
                shown = [i for i, c in enumerate(self.columns) if c.day == self.now_local.date()]
                if shown:
                    y = self._hours(self.now_local) * self.hour_height
                    painter.setPen(QPen(QColor("#d32f2f"), 2))
                    painter.drawLine(QPointF(0, y), QPointF(width, y))
            elif now_column is not None:
                y = self._hours(self.now_local) * self.hour_height
                painter.setPen(QPen(QColor("#d32f2f"), 2))
                left = now_column * self.column_width
                painter.drawLine(QPointF(left, y), QPointF(left + self.column_width, y))
                painter.setBrush(QColor("#d32f2f"))
                painter.drawEllipse(QPointF(left, y), 3.5, 3.5)

    @staticmethod
    def _hours(moment: dt.datetime) -> float:
        return moment.hour + moment.minute / 60

    def paint_header(self, painter: QPainter) -> None:
        palette = self.palette()
        metrics = self.fontMetrics()
        line = metrics.height()
        for index, column in enumerate(self.columns):
            rect = QRectF(index * self.column_width, 0, self.column_width, self.header_height)
            font = QFont(self.font())
            font.setBold(column.day == self.today or column.asset_id is not None)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.Highlight)
                           if column.day == self.today and column.asset_id is None
                           else palette.color(QPalette.ColorRole.WindowText))
            if column.asset_id is None:
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, format_day(column.day))
                continue
            swatch = QRectF(rect.left() + 6, 6 + (line - 10) / 2, 10, 10)
            painter.fillRect(swatch, column.colour or palette.color(QPalette.ColorRole.Mid))
            title_rect = QRectF(rect.left() + 20, 6, rect.width() - 24, line * 2)
            painter.drawText(
                title_rect,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                    | Qt.TextFlag.TextWordWrap),
                painter.fontMetrics().elidedText(column.title, Qt.TextElideMode.ElideRight,
                                                 int(title_rect.width() * 2 - 10)),
            )
            painter.setPen(mix(palette.color(QPalette.ColorRole.Window),
                               palette.color(QPalette.ColorRole.WindowText), 0.25))
            painter.drawLine(QPointF(rect.right(), 4), QPointF(rect.right(), rect.bottom() - 4))

    def paint_ruler(self, painter: QPainter) -> None:
        painter.setPen(mix(self.palette().color(QPalette.ColorRole.Window),
                           self.palette().color(QPalette.ColorRole.WindowText), 0.7))
        line = self.fontMetrics().height()
        for hour in range(1, 24):
            y = hour * self.hour_height
            painter.drawText(QRectF(0, y - line / 2, self.ruler_width - 6, line),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             format_hour(hour))

    def accessible_summary(self) -> str:
        """What the grid shows, for screen readers."""
        return QCoreApplication.translate("TimeGridCanvas", "{count} bookings").format(
            count=len(self.items))
