"""Dates typed by people: strictly YYYY-MM-DD, with a clear message otherwise."""

from __future__ import annotations

import datetime as dt
import re

from partage.errors import QT_TRANSLATE_NOOP, UsageError

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_date(text: str) -> dt.date:
    """The date in *text*, written ``YYYY-MM-DD``.

    Raises:
        UsageError: another format, or a day that does not exist (2026-02-30).
    """
    value = text.strip()
    if _ISO_DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
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
