"""Declarative base, naming conventions and shared column types."""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
import zoneinfo
from collections.abc import Callable
from typing import Any

from dateutil.rrule import rrulestr
from sqlalchemy import Date, DateTime, Integer, MetaData, String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

# Whole numbers (cents, thousandths, counters, meter readings): at most ten thousand
# billion dollars in cents, so that hundreds of them still add up within what a float and
# every JSON reader hold exactly (2**53), and SQLite's SUM never overflows.
MAX_STORED_INTEGER = 10**13  # as services.money.MAX_CENTS
# Dates and moments Partage can compute with: a day before or after, a time zone's offset.
MIN_STORED_YEAR = 1000
MAX_STORED_YEAR = 9998

# Stable constraint names, so Alembic batch migrations on SQLite can find them again.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base of every Partage table."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class StoredValueError(ValueError):
    """A value read from the database that no version of Partage could have written there
    (another program, a hand edit): ``'abc'`` in an amount, a date that is no date.

    Attributes:
        where: ``table.column`` of the value ("members.weight_milli"), or "" when unknown.
        value: the value as the driver returned it.
    """

    def __init__(self, where: str, value: object) -> None:
        super().__init__(f"{where or 'a column'} holds {value!r}")
        self.where = where
        self.value = value


class CheckedType(TypeDecorator[Any]):
    """A column type that refuses, with ``StoredValueError``, a stored value of the wrong
    kind instead of handing it to the code above (where it would crash far from here).

    ``where`` is filled in for every column of the models (``models/__init__.py``), so the
    error names the table and column.
    """

    cache_ok = True
    where = ""

    def check_value(self, value: Any) -> Any:
        """*value* (already converted by the column's own type) when it can be used."""
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        return None if value is None else self.check_value(value)

    def result_processor(
        self, dialect: Dialect, coltype: Any
    ) -> Callable[[Any], Any] | None:
        # One closure per column, called for every value read: kept to the fewest calls
        # (the whole of a large group's year goes through here).
        convert = self.impl_instance.result_processor(dialect, coltype)
        check = self.check_value
        where = self.where
        if convert is None:

            def process(value: Any) -> Any:
                return None if value is None else check(value)

            return process

        def process_converted(value: Any) -> Any:
            if value is None:
                return None
            try:
                converted = convert(value)
            except (ValueError, TypeError, OverflowError, ArithmeticError) as error:
                # The driver's own conversion failed ("garbage" in a date column).
                raise StoredValueError(where, value) from error
            return None if converted is None else check(converted)

        return process_converted

    def named(self, where: str) -> CheckedType:
        """This type reading the column *where* ("bookings.start"), for ``type_coerce``
        in a query that reads a column as another type."""
        copy = self.copy()
        copy.where = where
        return copy

    def refuse(self, value: object) -> StoredValueError:
        return StoredValueError(self.where, value)


class StoredInteger(CheckedType):
    """A whole number: never a fraction (12.345) or a text ('abc') written by hand."""

    impl = Integer
    cache_ok = True

    def check_value(self, value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.refuse(value)
        if not -MAX_STORED_INTEGER <= value <= MAX_STORED_INTEGER:
            raise self.refuse(value)
        return value

    def result_processor(
        self, dialect: Dialect, coltype: Any
    ) -> Callable[[Any], Any] | None:
        if self.impl_instance.result_processor(dialect, coltype) is not None:
            return super().result_processor(dialect, coltype)
        where, low, high = self.where, -MAX_STORED_INTEGER, MAX_STORED_INTEGER

        def process(value: Any) -> Any:  # the check_value above, inlined
            if value is None or (type(value) is int and low <= value <= high):
                return value
            raise StoredValueError(where, value)

        return process


def _text(checked: CheckedType, value: Any) -> str:
    if not isinstance(value, str):
        raise checked.refuse(value)
    return value


def _text_processor(
    checked: CheckedType, dialect: Dialect, coltype: Any
) -> Callable[[Any], Any] | None:
    """``_text`` inlined in one closure, when the driver hands text over as it is."""
    if checked.impl_instance.result_processor(dialect, coltype) is not None:
        return CheckedType.result_processor(checked, dialect, coltype)
    where = checked.where

    def process(value: Any) -> Any:
        if value is None or type(value) is str:
            return value
        raise StoredValueError(where, value)

    return process


class StoredText(CheckedType):
    """Text: never the bytes of a BLOB that another program put in a text column."""

    impl = Text
    cache_ok = True

    def check_value(self, value: Any) -> str:
        return _text(self, value)

    def result_processor(
        self, dialect: Dialect, coltype: Any
    ) -> Callable[[Any], Any] | None:
        return _text_processor(self, dialect, coltype)


class StoredString(CheckedType):
    """Text of a declared length (``StoredString(200)``), checked as ``StoredText``."""

    impl = String
    cache_ok = True

    def check_value(self, value: Any) -> str:
        return _text(self, value)

    def result_processor(
        self, dialect: Dialect, coltype: Any
    ) -> Callable[[Any], Any] | None:
        return _text_processor(self, dialect, coltype)


def _sane_year(year: int) -> bool:
    return MIN_STORED_YEAR <= year <= MAX_STORED_YEAR


class StoredDate(CheckedType):
    """A day, between the years ``MIN_STORED_YEAR`` and ``MAX_STORED_YEAR``."""

    impl = Date
    cache_ok = True

    def check_value(self, value: Any) -> dt.date:
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            raise self.refuse(value)
        if not _sane_year(value.year):
            raise self.refuse(value)
        return value


class StoredLocalDateTime(CheckedType):
    """A naive wall-clock date and time (a recurring booking's first start)."""

    impl = DateTime
    cache_ok = True

    def check_value(self, value: Any) -> dt.datetime:
        if not isinstance(value, dt.datetime) or not _sane_year(value.year):
            raise self.refuse(value)
        return value


class _StoredName(CheckedType):
    """Text that must also pass ``valid`` (a zone name, a rule)."""

    cache_ok = True

    @staticmethod
    def valid(text: str) -> bool:
        raise NotImplementedError

    def check_value(self, value: Any) -> str:
        if not isinstance(value, str) or not self.valid(value):
            raise self.refuse(value)
        return value


class StoredTimeZone(_StoredName):
    """An IANA time zone name that this computer knows ("America/Montreal")."""

    impl = String
    cache_ok = True

    @staticmethod
    def valid(text: str) -> bool:
        return is_time_zone(text)


class StoredRecurrence(_StoredName):
    """An RFC 5545 recurrence rule that parses ("FREQ=WEEKLY;BYDAY=TU")."""

    impl = Text
    cache_ok = True

    @staticmethod
    def valid(text: str) -> bool:
        return is_recurrence_rule(text)


def is_time_zone(name: str) -> bool:
    """True when *name* is an IANA time zone name this computer knows."""
    if not isinstance(name, str) or not name or name != name.strip() or len(name) > 64:
        return False
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


@functools.lru_cache(maxsize=1024)  # read with every series row: parsed once per rule
def is_recurrence_rule(text: str) -> bool:
    """True when *text* is a recurrence rule that parses (its expansion is not tried)."""
    if not text.strip() or len(text) > 1000:
        return False
    try:
        rrulestr(text, dtstart=dt.datetime(2000, 1, 1))
    except (ValueError, TypeError, OverflowError, IndexError, KeyError):
        return False
    return True


class UTCDateTime(CheckedType):
    """A moment in time, stored as naive UTC and returned as an aware UTC datetime."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; pass an aware datetime")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def check_value(self, value: Any) -> dt.datetime:
        if not isinstance(value, dt.datetime) or not _sane_year(value.year):
            raise self.refuse(value)
        return value.replace(tzinfo=dt.UTC)


def name_checked_columns(metadata: MetaData) -> None:
    """Tell every checked column type of *metadata* which ``table.column`` it reads."""
    for table in metadata.tables.values():
        for column in table.columns:
            if isinstance(column.type, CheckedType):
                column.type.where = f"{table.name}.{column.name}"


def utc_now() -> dt.datetime:
    """The current moment, as an aware UTC datetime."""
    return dt.datetime.now(dt.UTC)


def name_key(name: str) -> str:
    """The comparison key of a name: trimmed, NFC-normalised, case-folded.

    SQLite's ``lower()`` only folds ASCII, so "Élise" and "élise" would differ; the key is
    computed in Python and stored in its own uniquely indexed column instead.
    """
    return unicodedata.normalize("NFC", " ".join(name.split())).casefold()
