"""The current and upcoming bookings of one asset or one member, read-only, shown under
the Assets and Members tables.

Times are wall-clock times in the database's zone; an overdue loan (checked out, its end
passed) is in red and says "Overdue" in words.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from partage.services.bookings import BookingRecord
from partage.ui.calendar.formats import format_short_date, format_time
from partage.ui.calendar.style import status_label
from partage.ui.tables import OBJECT_ROLE, Index, RecordTableView
from partage.ui.widgets import error_colour


def local_time(moment: dt.datetime, zone: zoneinfo.ZoneInfo) -> dt.datetime:
    """An aware moment as a naive wall-clock time in *zone*."""
    return moment.astimezone(zone).replace(tzinfo=None)


def format_booking_time(start: dt.datetime, end: dt.datetime,
                        locale: QLocale | None = None) -> str:
    """``Tue 2026-11-24 09:00–11:00``, or both dates when it spans days (naive local times)."""
    locale = locale or QLocale()

    def day(moment: dt.datetime) -> str:
        name = locale.dayName(moment.isoweekday(), QLocale.FormatType.ShortFormat)
        return f"{name} {format_short_date(moment.date(), locale)}"

    ends_at_midnight = end - start <= dt.timedelta(days=1) and end.time() == dt.time(0)
    if start.date() == end.date() or ends_at_midnight:
        return f"{day(start)} {format_time(start, locale)}–{format_time(end, locale)}"
    return (f"{day(start)} {format_time(start, locale)} – "
            f"{day(end)} {format_time(end, locale)}")


class BookingsModel(QAbstractTableModel):
    """Bookings, one per row, in the order given; ``OBJECT_ROLE`` gives the record.

    The middle column names the other side: the member for an asset's bookings, the
    asset for a member's.
    """

    WHEN, OTHER, STATUS = range(3)

    def __init__(self, other_title: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._titles = (self.tr("When"), other_title, self.tr("Status"))
        self._records: list[BookingRecord] = []
        self._names: Mapping[int, str] = {}
        self._by_asset = True
        self._zone = zoneinfo.ZoneInfo("UTC")
        self._now = dt.datetime.now(dt.UTC)

    def set_bookings(self, records: Sequence[BookingRecord], names: Mapping[int, str], *,
                     by_asset: bool, zone: zoneinfo.ZoneInfo, now: dt.datetime) -> None:
        """Show *records*; *names* are members' (*by_asset*) or assets' names by id."""
        self.beginResetModel()
        self._records = list(records)
        self._names = dict(names)
        self._by_asset = by_asset
        self._zone = zone
        self._now = now
        self.endResetModel()

    def records(self) -> list[BookingRecord]:
        """The bookings shown."""
        return list(self._records)

    def is_overdue(self, record: BookingRecord) -> bool:
        """Checked out, and its end has passed."""
        return record.is_overdue(self._now)

    def display(self, record: BookingRecord, column: int) -> str:
        """The text of *record* in *column*."""
        if column == self.WHEN:
            return format_booking_time(local_time(record.start, self._zone),
                                       local_time(record.end, self._zone))
        if column == self.OTHER:
            other = record.member_id if self._by_asset else record.asset_id
            return "" if other is None else self._names.get(other, f"#{other}")
        if column == self.STATUS:
            return status_label(record, self.is_overdue(record))
        return ""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._titles)):
            return self._titles[section]
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(record, index.column())
        if role == OBJECT_ROLE:
            return record
        if self.is_overdue(record):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(error_colour(QPalette()))
            if role == Qt.ItemDataRole.FontRole and index.column() == self.STATUS:
                font = QFont()
                font.setBold(True)
                return font
        return None


class BookingsPanel(QWidget):
    """A title and a short read-only table of bookings, or a sentence when there are none.

    Args:
        other_title: the header of the middle column ("Member" or "Asset").
    """

    def __init__(self, other_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = BookingsModel(other_title, self)
        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.table = RecordTableView(self)
        self.table.setSortingEnabled(False)  # soonest first, as the services give them
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Current and upcoming bookings"))
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self._empty = ""
        self.table.set_placeholder(lambda: self._empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.table, 1)

    def show_bookings(self, title: str, records: Sequence[BookingRecord],
                      names: Mapping[int, str], *, by_asset: bool,
                      zone: zoneinfo.ZoneInfo, now: dt.datetime) -> None:
        """Show *records* under *title* (see ``BookingsModel.set_bookings``)."""
        self.title_label.setText(title)
        self._empty = self.tr("No current or upcoming bookings.")
        self.model.set_bookings(records, names, by_asset=by_asset, zone=zone, now=now)

    def show_message(self, title: str, text: str) -> None:
        """Show no bookings, *text* in their place (nothing selected, or an error)."""
        self.title_label.setText(title)
        self._empty = text
        self.model.set_bookings([], {}, by_asset=True, zone=zoneinfo.ZoneInfo("UTC"),
                                now=dt.datetime.now(dt.UTC))
        self.table.viewport().update()

    def texts(self) -> list[list[str]]:
        """What the table shows, row by row."""
        return [[self.model.display(record, column) for column in range(3)]
                for record in self.model.records()]
