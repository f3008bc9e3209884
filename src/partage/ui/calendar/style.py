"""How bookings look: a colour per asset, a word per status, and one painter for a box.

Overdue loans are outlined in red with a "!" badge, blackouts are grey and hatched,
requested ones have a dashed outline, returned ones are faded: readable at a glance and
in both light and dark themes (fills are mixed with the palette's base colour, text uses
the palette's text colour).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette, QPen

from partage.errors import QT_TRANSLATE_NOOP
from partage.services.bookings import BookingRecord

# Muted, distinguishable hues; red is kept for overdue loans.
ASSET_COLOURS = (
    "#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2",
    "#edc948", "#9c755f", "#ff9da7", "#8cd17d", "#86bcb6",
)
OVERDUE_COLOUR = QColor("#d32f2f")
BLACKOUT_COLOUR = QColor("#8a8a8a")

STATUSES = {
    "requested": QT_TRANSLATE_NOOP("CalendarLabels", "Requested"),
    "confirmed": QT_TRANSLATE_NOOP("CalendarLabels", "Confirmed"),
    "checked_out": QT_TRANSLATE_NOOP("CalendarLabels", "Checked out"),
    "returned": QT_TRANSLATE_NOOP("CalendarLabels", "Returned"),
    "cancelled": QT_TRANSLATE_NOOP("CalendarLabels", "Cancelled"),
}


def status_label(record: BookingRecord, overdue: bool) -> str:
    """The translated state of *record*: "Overdue", "Blackout" or its status."""
    if overdue:
        return QCoreApplication.translate("CalendarLabels", "Overdue")
    if record.kind == "blackout":
        return QCoreApplication.translate("CalendarLabels", "Blackout")
    source = STATUSES.get(record.status)
    return QCoreApplication.translate("CalendarLabels", source) if source else record.status


def asset_colour(index: int) -> QColor:
    """The colour of the asset at *index* in the catalog."""
    return QColor(ASSET_COLOURS[index % len(ASSET_COLOURS)])


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """*a* moved towards *b* by *amount* (0 to 1)."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


@dataclass
class CalendarItem:
    """One booking as a canvas shows it.

    Attributes:
        record: the booking.
        asset_name: its asset's name.
        member_name: who booked it ("" for a blackout).
        colour: its asset's colour.
        overdue: checked out and its end has passed.
        local_start: its start, wall-clock time in the database's zone.
        local_end: its end, likewise.
        segments: where it is drawn, in content coordinates (one per day it covers in
            the week view).
    """

    record: BookingRecord
    asset_name: str
    member_name: str
    colour: QColor
    overdue: bool
    local_start: dt.datetime
    local_end: dt.datetime
    segments: list[QRectF]

    @property
    def is_blackout(self) -> bool:
        """A blackout: the asset is closed, for no member."""
        return self.record.kind == "blackout"

    def status_text(self) -> str:
        """The translated state shown on the box."""
        return status_label(self.record, self.overdue)

    def contains(self, point: QPointF) -> bool:
        """True when *point* (content coordinates) is on one of its segments."""
        return any(segment.contains(point) for segment in self.segments)


def paint_booking(
    painter: QPainter,
    rect: QRectF,
    item: CalendarItem,
    lines: list[str],
    palette: QPalette,
    *,
    selected: bool = False,
    ghost: bool = False,
) -> None:
    """Draw one booking box with its text *lines* (cut to fit)."""
    base = palette.color(QPalette.ColorRole.Base)
    text_colour = palette.color(QPalette.ColorRole.Text)
    dark = base.lightness() < 128
    record = item.record
    painter.save()
    box = rect.adjusted(1, 1, -1, -1)
    if box.width() < 2 or box.height() < 2:
        painter.restore()
        return
    if item.is_blackout:
        fill = mix(BLACKOUT_COLOUR, base, 0.55 if dark else 0.7)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(box, 3, 3)
        hatch = QBrush(mix(BLACKOUT_COLOUR, text_colour, 0.2), Qt.BrushStyle.BDiagPattern)
        painter.setBrush(hatch)
        painter.drawRoundedRect(box, 3, 3)
        stripe = BLACKOUT_COLOUR
    else:
        fade = 0.72 if record.status != "returned" else 0.86
        fill = mix(item.colour, base, fade - (0.15 if dark else 0.0))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(box, 3, 3)
        stripe = item.colour
    if ghost:
        fill = QColor(item.colour)
        fill.setAlpha(90)
        painter.setBrush(fill)
        painter.drawRoundedRect(box, 3, 3)
    # A stripe of the asset's colour on the leading edge.
    painter.setBrush(stripe)
    painter.drawRect(QRectF(box.left(), box.top(), min(4.0, box.width()), box.height()))
    # The outline says the state: red for overdue, dashed for requested.
    if item.overdue:
        pen = QPen(OVERDUE_COLOUR, 2)
    elif selected:
        pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2)
    elif record.status == "requested":
        pen = QPen(mix(stripe, text_colour, 0.3), 1, Qt.PenStyle.DashLine)
    else:
        pen = QPen(mix(stripe, base, 0.2), 1)
    if selected and item.overdue:
        pen.setWidth(3)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(box, 3, 3)
    metrics = QFontMetrics(painter.font())
    badge = 0.0
    if item.overdue and box.width() > 14 and box.height() > 12:
        badge = min(metrics.height(), box.height() - 2, box.width() - 6)
        circle = QRectF(box.right() - badge - 2, box.top() + 2, badge, badge)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(OVERDUE_COLOUR)
        painter.drawEllipse(circle)
        painter.setPen(QColor("white"))
        bold = QFont(painter.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, "!")
        painter.setFont(metrics_font(painter, metrics))
    text_area = box.adjusted(6, 1, -3 - badge, -1)
    if text_area.width() > 24 and lines:  # narrower, an ellipsis says nothing
        painter.setPen(mix(text_colour, base, 0.35) if record.status == "returned"
                       else text_colour)
        y = text_area.top()
        line_height = metrics.height()
        for number, line in enumerate(lines):
            if y + line_height > text_area.bottom() + 2 and number > 0:
                break
            font = QFont(painter.font())
            font.setBold(number == 0 and not item.is_blackout)
            painter.setFont(font)
            width = int(text_area.width() if number else text_area.width())
            shown = QFontMetrics(font).elidedText(line, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QRectF(text_area.left(), y, text_area.width(), line_height),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             shown)
            y += line_height
    painter.restore()


def metrics_font(painter: QPainter, metrics: QFontMetrics) -> QFont:
    """The painter's font without bold (after drawing a badge)."""
    font = QFont(painter.font())
    font.setBold(False)
    return font
