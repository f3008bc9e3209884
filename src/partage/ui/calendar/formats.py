"""Dates and times as the calendar writes them, in the locale's formats.

French (Canada) writes 24-hour times (``14 h 30``); English (Canada) uses the locale's own
short format. Every time is a naive wall-clock time in the database's zone.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime


def qdate(day: dt.date) -> QDate:
    """*day* as a QDate."""
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    """*value* as a date."""
    return dt.date(value.year(), value.month(), value.day())


def time_format(locale: QLocale | None = None) -> str:
    """The locale's short time format; always 24-hour in French."""
    locale = locale or QLocale()
    pattern = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if locale.language() == QLocale.Language.French and ("a" in pattern or "A" in pattern):
        pattern = "HH:mm"
    return pattern


def format_time(moment: dt.datetime | dt.time, locale: QLocale | None = None) -> str:
    """The time of *moment*, short."""
    locale = locale or QLocale()
    value = moment.time() if isinstance(moment, dt.datetime) else moment
    return locale.toString(QTime(value.hour, value.minute), time_format(locale))


def format_hour(hour: int, locale: QLocale | None = None) -> str:
    """The label of an hour on the time ruler."""
    return format_time(dt.time(hour % 24), locale)


def format_day(day: dt.date, locale: QLocale | None = None) -> str:
    """``Tue 24`` (``mar. 24``): a column heading."""
    locale = locale or QLocale()
    return f"{locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)} {day.day}"


def format_long_date(day: dt.date, locale: QLocale | None = None) -> str:
    """The locale's long date (``Tuesday, November 24, 2026``)."""
    locale = locale or QLocale()
    return locale.toString(qdate(day), QLocale.FormatType.LongFormat)


def format_short_date(day: dt.date, locale: QLocale | None = None) -> str:
    """The locale's short date (``2026-11-24`` in Québec)."""
    locale = locale or QLocale()
    return locale.toString(qdate(day), QLocale.FormatType.ShortFormat)


def format_month(day: dt.date, locale: QLocale | None = None) -> str:
    """``November 2026`` (``novembre 2026``)."""
    locale = locale or QLocale()
    return f"{locale.standaloneMonthName(day.month, QLocale.FormatType.LongFormat)} {day.year}"


def format_span(start: dt.datetime, end: dt.datetime, locale: QLocale | None = None) -> str:
    """``09:00–12:00`` on one day; ``2026-11-24 09:00 – 2026-11-26 17:00`` across days."""
    if start.date() == end.date() or (
        end - start <= dt.timedelta(days=1) and end.time() == dt.time(0)
    ):
        return f"{format_time(start, locale)}–{format_time(end, locale)}"
    return (
        f"{format_short_date(start.date(), locale)} {format_time(start, locale)} – "
        f"{format_short_date(end.date(), locale)} {format_time(end, locale)}"
    )
