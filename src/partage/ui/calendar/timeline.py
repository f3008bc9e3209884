"""The timeline: one row per asset, days from left to right, so the whole pool's
availability shows at once. Only the rows in view are painted; a booking can be dragged
to another time or day of its own row, or its end stretched."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from partage.ui.calendar.canvas import CalendarCanvas
from partage.ui.calendar.formats import format_day, format_month, format_span
from partage.ui.calendar.style import CalendarItem, mix


@dataclass(frozen=True)
class Row:
    """One asset's row."""

    asset_id: int
    name: str
    detail: str
    colour: QColor


class TimelineCanvas(CalendarCanvas):
    """Assets down the side, days across."""

    snap_minutes = 60
    end_edge = "right"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        metrics = self.fontMetrics()
        self.row_height = metrics.height() * 2 + 10
        self.min_day_width = metrics.averageCharWidth() * 11
        self.day_width = 80.0
        self.rows: list[Row] = []
        self._row_of: dict[int, int] = {}
        self.ruler_width = metrics.averageCharWidth() * 28
        self.header_height = metrics.height() * 2 + 8

    def set_rows(self, rows: Sequence[Row]) -> None:
        """The assets shown, one per row, before ``set_items``."""
        self.rows = list(rows)
        self._row_of = {row.asset_id: index for index, row in enumerate(self.rows)}

    def row_count(self) -> int:
        """How many asset rows the timeline has."""
        return len(self.rows)

    def _x(self, moment: dt.datetime) -> float:
        origin = dt.datetime.combine(self.shown.first, dt.time(0))
        return (moment - origin).total_seconds() / 86400 * self.day_width

    def lane_of(self, item: CalendarItem) -> Any:
        return item.record.asset_id

    def relayout(self) -> None:
        room = self.viewport().width() - self.ruler_width
        self.day_width = max(float(self.min_day_width), room / max(1, self.shown.days))
        self.content_width = int(self.day_width * self.shown.days)
        self.content_height = self.row_height * len(self.rows)
        width = self.content_width
        row_of = self._row_of
        height = self.row_height
        for item in self.items:
            row = row_of.get(item.record.asset_id)
            if row is None:
                item.segments = []
                continue
            left = max(self._x(item.local_start), -2.0)
            end = item.local_end
            if item.overdue and self.now_local is not None:
                end = max(end, self.now_local)  # still out: the row stays taken until now
            right = min(self._x(end), width + 2.0)
            item.segments = [QRectF(left, row * height + 2, max(right - left, 4.0), height - 4)]

    def moment_at(self, point: QPointF) -> tuple[Any, dt.datetime] | None:
        if not self.rows or point.y() < 0 or point.x() < 0:
            return None
        row = int(point.y() // self.row_height)
        if row >= len(self.rows):
            return None
        days = min(point.x(), float(self.content_width)) / self.day_width
        moment = dt.datetime.combine(self.shown.first, dt.time(0)) + dt.timedelta(days=days)
        return self.rows[row].asset_id, moment

    def segments_for(self, lane: Any, start: dt.datetime, end: dt.datetime) -> list[QRectF]:
        row = self._row_of.get(lane)
        if row is None:
            return []
        left, right = self._x(start), self._x(end)
        return [QRectF(left, row * self.row_height + 2, max(right - left, 4.0),
                       self.row_height - 4)]

    def item_lines(self, item: CalendarItem, rect: QRectF) -> list[str]:
        who = item.record.note or item.status_text() if item.is_blackout else item.member_name
        lines = [who, format_span(item.local_start, item.local_end)]
        if item.overdue or (not item.is_blackout and item.record.status != "confirmed"):
            lines[1] = f"{item.status_text()} · {lines[1]}"
        return lines

    def _visible_rows(self, top: float, bottom: float) -> range:
        first = max(0, int(top // self.row_height))
        last = min(len(self.rows), int(bottom // self.row_height) + 1)
        return range(first, last)

    def paint_content(self, painter: QPainter, visible: QRectF) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        alternate = mix(base, text, 0.03)
        grid = mix(base, text, 0.14)
        weekend = mix(base, text, 0.05)
        for row in self._visible_rows(visible.top(), visible.bottom()):
            if row % 2:
                painter.fillRect(QRectF(visible.left(), row * self.row_height,
                                        visible.width(), self.row_height), alternate)
        for index, day in enumerate(self.shown.dates()):
            x = index * self.day_width
            column = QRectF(x, visible.top(), self.day_width, visible.height())
            if day.isoweekday() >= 6:
                painter.fillRect(column, weekend)
            if day == self.today:
                tint = QColor(palette.color(QPalette.ColorRole.Highlight))
                tint.setAlpha(26)
                painter.fillRect(column, tint)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, visible.top()), QPointF(x, visible.bottom()))
        painter.setPen(QPen(mix(base, text, 0.08), 1))
        for row in self._visible_rows(visible.top(), visible.bottom()):
            y = (row + 1) * self.row_height
            painter.drawLine(QPointF(visible.left(), y), QPointF(visible.right(), y))
        if self.now_local is not None and self.shown.contains(self.now_local.date()):
            x = self._x(self.now_local)
            painter.setPen(QPen(QColor("#d32f2f"), 2))
            painter.drawLine(QPointF(x, visible.top()), QPointF(x, visible.bottom()))

    def paint_header(self, painter: QPainter) -> None:
        palette = self.palette()
        line = self.fontMetrics().height()
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        previous_month = None
        for index, day in enumerate(self.shown.dates()):
            x = index * self.day_width
            if day.month != previous_month:
                previous_month = day.month
                bold = QFont(self.font())
                bold.setBold(True)
                painter.setFont(bold)
                painter.setPen(palette.color(QPalette.ColorRole.WindowText))
                painter.drawText(QRectF(x + 4, 3, self.day_width * 7, line),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                                 format_month(day))
            font = QFont(self.font())
            font.setBold(day == self.today)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.Highlight) if day == self.today
                           else palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(QRectF(x, line + 4, self.day_width, line),
                             Qt.AlignmentFlag.AlignCenter, format_day(day))
            painter.setPen(mix(palette.color(QPalette.ColorRole.Window),
                               palette.color(QPalette.ColorRole.WindowText), 0.25))
            painter.drawLine(QPointF(x, line + 4), QPointF(x, self.header_height))
        painter.setFont(self.font())

    def paint_ruler(self, painter: QPainter) -> None:
        palette = self.palette()
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        line = self.fontMetrics().height()
        metrics = self.fontMetrics()
        for row in self._visible_rows(top, bottom):
            asset = self.rows[row]
            y = row * self.row_height
            painter.fillRect(QRectF(6, y + (self.row_height - 10) / 2, 10, 10), asset.colour)
            width = self.ruler_width - 26
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(QRectF(22, y + 2, width, line),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(asset.name, Qt.TextElideMode.ElideRight, width))
            painter.setPen(mix(palette.color(QPalette.ColorRole.Window),
                               palette.color(QPalette.ColorRole.WindowText), 0.6))
            painter.drawText(QRectF(22, y + 2 + line, width, line),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(asset.detail, Qt.TextElideMode.ElideRight,
                                                width))
