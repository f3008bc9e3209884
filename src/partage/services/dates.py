"""Dates typed by people: strictly YYYY-MM-DD, within the years Partage works with, with a
clear message otherwise.

Python's calendar runs from year 1 to 9999, but a day at either end cannot be turned into
the start of the next day or into UTC (``9999-12-31`` plus one day does not exist). Partage
works with the years from ``EARLIEST_YEAR`` to ``LATEST_YEAR``: a co-op's oldest purchase
and its furthest booking both fit, and every computation a day goes through (the day
after, a month of use, a moment in any time zone, a yearly series) stays in the calendar.
Dates typed, dates imported and the window's date fields all keep to these bounds.
"""

from __future__ import annotations

import datetime as dt
import re

from partage.errors import QT_TRANSLATE_NOOP, UsageError

EARLIEST_YEAR = 1900
LATEST_YEAR = 2199
FIRST_DAY = dt.date(EARLIEST_YEAR, 1, 1)
LAST_DAY = dt.date(LATEST_YEAR, 12, 31)

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_LOCAL_DATE_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}")


def _outside_the_years(text: str) -> UsageError:
    return UsageError(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{text}” is outside the dates Partage works with: write a day from {first} to {last}.",
        ),
        text=text,
        first=FIRST_DAY.isoformat(),
        last=LAST_DAY.isoformat(),
    )


def within_years(day: dt.date, text: str) -> dt.date:
    """*day*, typed as *text*, when it falls within the years Partage works with.

    Raises:
        UsageError: a day before ``FIRST_DAY`` or after ``LAST_DAY``, quoting *text*.
    """
    if not FIRST_DAY <= day <= LAST_DAY:
        raise _outside_the_years(text)
    return day


def parse_date(text: str) -> dt.date:
    """The date in *text*, written ``YYYY-MM-DD``.

    Raises:
        UsageError: another format, a day that does not exist (2026-02-30), or a day
            outside the years from ``EARLIEST_YEAR`` to ``LATEST_YEAR``.
    """
    value = text.strip()
    if _ISO_DATE.fullmatch(value):
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            pass
        else:
            return within_years(day, text)
    raise UsageError(
        QT_TRANSLATE_NOOP(
            "errors", "“{text}” is not a date. Write it as YYYY-MM-DD, for example 2026-03-31."
        ),
        text=text,
    )


def parse_optional_date(text: str | None) -> dt.date | None:
    """Like ``parse_date``, but an empty text means no date."""
    if text is None or not text.strip():
        return None
    return parse_date(text)


def parse_date_time(text: str) -> dt.datetime:
    """``YYYY-MM-DDTHH:MM`` (or with a space) as a naive wall-clock time.

    Raises:
        UsageError: another format, an impossible time, or a day outside the years from
            ``EARLIEST_YEAR`` to ``LATEST_YEAR``.
    """
    value = text.strip()
    if _LOCAL_DATE_TIME.fullmatch(value):
        try:
            moment = dt.datetime.fromisoformat(value.replace(" ", "T"))
        except ValueError:
            pass
        else:
            within_years(moment.date(), text)
            return moment
    raise UsageError(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{text}” is not a date and time. Write it as YYYY-MM-DDTHH:MM, "
            "for example 2026-03-31T14:30.",
        ),
        text=text,
    )
