"""The database's time zone: local wall-clock times in, UTC moments stored."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo

from partage.errors import QT_TRANSLATE_NOOP, UsageError
from partage.models.base import is_time_zone
from partage.storage import Database
from partage.storage.stored_values import stored_setting_error

DEFAULT_TIMEZONE = "America/Montreal"

_LOCAL_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def database_zone(db: Database) -> zoneinfo.ZoneInfo:
    """The IANA time zone in which the database shows bookings and expands rules.

    Raises:
        DamagedDatabase: the stored zone is not one this computer knows (naming it).
    """
    name = db.settings().get("timezone", DEFAULT_TIMEZONE)
    if not is_time_zone(name):
        raise stored_setting_error(db.location, "timezone", name, "timezone")
    return zoneinfo.ZoneInfo(name)


def to_utc(local: dt.datetime, zone: zoneinfo.ZoneInfo) -> dt.datetime:
    """A naive wall-clock time in *zone* as an aware UTC moment."""
    return local.replace(tzinfo=zone).astimezone(dt.UTC)


def to_local(moment: dt.datetime, zone: zoneinfo.ZoneInfo) -> dt.datetime:
    """An aware moment as a naive wall-clock time in *zone*."""
    return moment.astimezone(zone).replace(tzinfo=None)


def parse_local_datetime(text: str) -> dt.datetime:
    """``YYYY-MM-DDTHH:MM`` (or with a space) as a naive wall-clock time.

    Raises:
        UsageError: another format or an impossible time.
    """
    value = text.strip()
    if _LOCAL_DATETIME.fullmatch(value):
        try:
            return dt.datetime.fromisoformat(value.replace(" ", "T"))
        except ValueError:
            pass
    raise UsageError(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{text}” is not a date and time. Write it as YYYY-MM-DDTHH:MM, "
            "for example 2026-03-31T14:30.",
        ),
        text=text,
    )


def day_range(
    first: dt.date, last: dt.date, zone: zoneinfo.ZoneInfo
) -> tuple[dt.datetime, dt.datetime]:
    """The UTC interval [start of *first*, start of the day after *last*) in *zone*.

    Both days are included, as in ``--from 2026-03-01 --to 2026-03-31`` for all of March.
    """
    start = dt.datetime.combine(first, dt.time(0), zone).astimezone(dt.UTC)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(0), zone).astimezone(dt.UTC)
    return start, end
