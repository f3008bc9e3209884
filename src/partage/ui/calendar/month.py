"""The month view: whole weeks, one cell per day, a line per booking ("+3 more" when a day
holds more than its cell shows). Double-click a day to open it in the day view."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from partage.ui.calendar.canvas import CalendarCanvas
from partage.ui.calendar.formats import format_time
from partage.ui.calendar.style import CalendarItem, mix


class MonthCanvas(CalendarCanvas):
    """Seven columns of days, one row per week; the cells fill the view."""

    snap_minutes = 24 * 60
    end_edge = "right"
    can_move = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ruler_width = 0
        self.header_height = self.fontMetrics().height() + 10
        self.month = dt.date.today().month
        self.more: dict[dt.date, int] = {}
        self.cell_width = 100.0
        self.cell_height = 100.0
        self.line_height = self.fontMetrics().height() + 4

    def _weeks(self) -> int:
        return max(1, self.shown.days // 7)

    def cell_rect(self, day: dt.date) -> QRectF | None:
        """The cell of *day* (content coordinates), if shown."""
        if not self.shown.contains(day):
            return None
        index = (day - self.shown.first).days
        return QRectF((index % 7) * self.cell_width, (index // 7) * self.cell_height,
                      self.cell_width, self.cell_height)

    def relayout(self) -> None:
        view = self.viewport().size()
        self.cell_width = max(40.0, view.width() / 7)
        self.cell_height = max(self.line_height * 2.0, (view.height() - self.header_height)
                               / self._weeks())
        self.content_width = int(self.cell_width * 7)
        self.content_height = int(self.cell_height * self._weeks())
        per_day: dict[dt.date, list[CalendarItem]] = defaultdict(list)
        for item in self.items:
            item.segments = []
            day = max(item.local_start.date(), self.shown.first)
            last = self._last_day(item.local_start, item.local_end)
            while day <= min(last, self.shown.last):
                per_day[day].append(item)
                day += dt.timedelta(days=1)
        self.more = {}
        top_gap = self.line_height + 2
        for day, items in per_day.items():
            cell = self.cell_rect(day)
            assert cell is not None
            fits = max(0, int((cell.height() - top_gap - 2) // self.line_height))
            if len(items) > fits:
                fits = max(0, fits - 1)
                self.more[day] = len(items) - fits
            for row, item in enumerate(items[:fits]):
                item.segments.append(QRectF(cell.left() + 2, cell.top() + top_gap
                                            + row * self.line_height, cell.width() - 4,
                                            self.line_height - 1))

    @staticmethod
    def _last_day(start: dt.datetime, end: dt.datetime) -> dt.date:
        last = end.date()
        if end.time() == dt.time(0) and end.date() > start.date():
            last -= dt.timedelta(days=1)
        return last

    def moment_at(self, point: QPointF) -> tuple[Any, dt.datetime] | None:
        if point.x() < 0 or point.y() < 0:
            return None
        column = min(int(point.x() // self.cell_width), 6)
        row = min(int(point.y() // self.cell_height), self._weeks() - 1)
        day = self.shown.first + dt.timedelta(days=row * 7 + column)
        return None, dt.datetime.combine(day, dt.time(0))

    def segments_for(self, lane: Any, start: dt.datetime, end: dt.datetime) -> list[QRectF]:
        rects = []
        day = start.date()
        while day <= self._last_day(start, end):
            cell = self.cell_rect(day)
            if cell is not None:
                rects.append(cell.adjusted(2, 2, -2, -2))
            day += dt.timedelta(days=1)
        return rects

    def item_lines(self, item: CalendarItem, rect: QRectF) -> list[str]:
        who = item.status_text() if item.is_blackout else item.member_name
        time = format_time(item.local_start) if item.local_start.date() >= self.shown.first \
            else ""
        text = " ".join(part for part in (time, item.asset_name) if part)
        return [f"{text} — {who}" if who else text]

    def arrow_moves_weeks(self) -> bool:
        return True

    def double_clicked_empty(self, point: QPointF) -> None:
        moment = self.moment_at(point)
        if moment is not None:
            self.day_activated.emit(moment[1].date())

    def paint_content(self, painter: QPainter, visible: QRectF) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        grid = mix(base, text, 0.16)
        other_month = mix(base, text, 0.04)
        for day in self.shown.dates():
            cell = self.cell_rect(day)
            assert cell is not None
            if day.month != self.month:
                painter.fillRect(cell, other_month)
            painter.setPen(QPen(grid, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(cell)
            number = QRectF(cell.left() + 4, cell.top() + 2, cell.width() - 8, self.line_height)
            font = QFont(self.font())
            if day == self.today:
                font.setBold(True)
                badge = QRectF(number.left() - 2, number.top(), self.line_height + 4,
                               self.line_height - 2)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
                painter.drawRoundedRect(badge, 4, 4)
                painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
                painter.setFont(font)
                painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(day.day))
            else:
                painter.setFont(font)
                painter.setPen(mix(text, base, 0.45) if day.month != self.month else text)
                painter.drawText(number, int(Qt.AlignmentFlag.AlignLeft
                                             | Qt.AlignmentFlag.AlignVCenter), str(day.day))
            if day in self.more:
                painter.setPen(mix(text, base, 0.3))
                more = QCoreApplication.translate("MonthCanvas", "+{count} more").format(
                    count=self.more[day])
                painter.drawText(QRectF(cell.left() + 6, cell.bottom() - self.line_height - 1,
                                        cell.width() - 10, self.line_height),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                                 more)
        painter.setFont(self.font())

    def paint_header(self, painter: QPainter) -> None:
        from PySide6.QtCore import QLocale

        locale = QLocale()
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        for index, day in enumerate(self.shown.dates()[:7]):
            rect = QRectF(index * self.cell_width, 0, self.cell_width, self.header_height)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                             locale.dayName(day.isoweekday(), QLocale.FormatType.LongFormat))

    def moment_colour(self) -> QColor:
        """The colour of today's badge."""
        return self.palette().color(QPalette.ColorRole.Highlight)
