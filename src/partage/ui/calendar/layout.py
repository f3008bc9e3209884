"""Plain calendar arithmetic the canvases share: view ranges, day segments and lanes.

Times here are naive wall-clock datetimes in the database's time zone; the view converts
to and from UTC at its edges.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass

from partage.services.bookings import BookingRecord


class Mode(enum.Enum):
    """What the calendar shows."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    TIMELINE = "timeline"


TIMELINE_DAYS = 14


@dataclass(frozen=True)
class ViewRange:
    """The local days a view shows: ``first`` and the ``days`` after it."""

    first: dt.date
    days: int

    @property
    def last(self) -> dt.date:
        """The last day shown."""
        return self.first + dt.timedelta(days=self.days - 1)

    def dates(self) -> list[dt.date]:
        """Every day shown, in order."""
        return [self.first + dt.timedelta(days=i) for i in range(self.days)]

    def contains(self, day: dt.date) -> bool:
        """True when *day* is shown."""
        return self.first <= day <= self.last


def week_start(day: dt.date, first_weekday: int) -> dt.date:
    """The first day of *day*'s week; *first_weekday* is 1 (Monday) to 7 (Sunday)."""
    offset = (day.isoweekday() - first_weekday) % 7
    return day - dt.timedelta(days=offset)


def view_range(mode: Mode, day: dt.date, first_weekday: int) -> ViewRange:
    """The days *mode* shows around *day*."""
    if mode is Mode.DAY:
        return ViewRange(day, 1)
    if mode is Mode.WEEK:
        return ViewRange(week_start(day, first_weekday), 7)
    if mode is Mode.MONTH:
        # Whole weeks from the one holding the 1st to the one holding the last day.
        first = week_start(day.replace(day=1), first_weekday)
        next_month = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        last = week_start(next_month - dt.timedelta(days=1), first_weekday)
        return ViewRange(first, (last - first).days + 7)
    return ViewRange(week_start(day, first_weekday), TIMELINE_DAYS)


def step(mode: Mode, day: dt.date, direction: int) -> dt.date:
    """*day* moved one period of *mode* forward (1) or back (-1)."""
    if mode is Mode.DAY:
        return day + dt.timedelta(days=direction)
    if mode in (Mode.WEEK, Mode.TIMELINE):
        return day + dt.timedelta(weeks=direction)
    month = day.month - 1 + direction
    year = day.year + month // 12
    month = month % 12 + 1
    last_day = ((dt.date(year, month, 28) + dt.timedelta(days=4)).replace(day=1)
                - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last_day))


def day_segments(
    start: dt.datetime, end: dt.datetime, shown: ViewRange
) -> list[tuple[dt.date, float, float]]:
    """The parts of [start, end) on each day shown, as (day, first hour, last hour).

    Hours are fractional (9.5 is 09:30); a part reaching midnight ends at 24.
    """
    day = start.date()
    if day == end.date():  # most bookings: one part, no day arithmetic
        if not shown.first <= day <= shown.first + dt.timedelta(days=shown.days - 1):
            return []
        first = start.hour + start.minute / 60 + start.second / 3600
        last = end.hour + end.minute / 60 + end.second / 3600
        return [(day, first, last)] if last > first else []
    parts = []
    day = max(start.date(), shown.first)
    while day <= min(end.date(), shown.last):
        day_start = dt.datetime.combine(day, dt.time(0))
        lo = max(start, day_start)
        hi = min(end, day_start + dt.timedelta(days=1))
        if hi > lo:
            parts.append((day, hours_of(lo - day_start), hours_of(hi - day_start)))
        day += dt.timedelta(days=1)
    return parts


def hours_of(delta: dt.timedelta) -> float:
    """A duration in fractional hours."""
    return delta.total_seconds() / 3600


def assign_lanes(intervals: Sequence[tuple[float, float]]) -> list[tuple[int, int]]:
    """Side-by-side lanes for overlapping intervals, as (lane, lanes in its group).

    Intervals that overlap, directly or through others, form a group sharing the width;
    each takes the first lane free at its start. The result follows the input's order.
    """
    order = sorted(range(len(intervals)), key=lambda i: (intervals[i][0], -intervals[i][1]))
    result = [(0, 1)] * len(intervals)
    group: list[int] = []
    lane_ends: list[float] = []
    group_end = float("-inf")

    def close_group() -> None:
        for index in group:
            result[index] = (result[index][0], len(lane_ends))

    for index in order:
        start, end = intervals[index]
        if group and start >= group_end:
            close_group()
            group, lane_ends = [], []
        for lane, lane_end in enumerate(lane_ends):
            if lane_end <= start:
                lane_ends[lane] = end
                break
        else:
            lane = len(lane_ends)
            lane_ends.append(end)
        result[index] = (lane, 0)
        group.append(index)
        group_end = max(group_end, end) if len(group) > 1 else end
    close_group()
    return result


def snap(moment: dt.datetime, minutes: int) -> dt.datetime:
    """*moment* rounded to the nearest multiple of *minutes* in its day."""
    midnight = dt.datetime.combine(moment.date(), dt.time(0))
    step_seconds = minutes * 60
    seconds = (moment - midnight).total_seconds()
    return midnight + dt.timedelta(seconds=round(seconds / step_seconds) * step_seconds)


def is_overdue(record: BookingRecord, now_utc: dt.datetime) -> bool:
    """Checked out, and its end has passed."""
    return record.is_overdue(now_utc)
