"""Amounts of money and weights: integer cents and thousandths inside, Decimal at the edges.

Never through float. ``parse_amount`` accepts what people type in Québec and elsewhere:
``123.45``, ``123,45``, ``1 234,56 $``, ``$1,234.56``.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from partage.errors import QT_TRANSLATE_NOOP, UsageError

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")
_CURRENCY = re.compile(r"(?i)(\$|CAD|CA\$|USD|EUR|€)")
MAX_CENTS = 10**13  # ten thousand billion dollars: far beyond any pooled asset


def _bad_amount(text: str) -> UsageError:
    return UsageError(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{text}” is not an amount. Write it like 1234.56 or 1 234,56.",
        ),
        text=text,
    )


def _normalise_number(text: str, *, max_decimals: int) -> str:
    """Digits with at most one '.', from text with either ',' or '.' as decimal mark."""
    body = _SPACES.sub("", _CURRENCY.sub("", text.strip()))
    negative = body.startswith("-") or (body.startswith("(") and body.endswith(")"))
    if body.startswith(("(", "-", "+")):
        body = body[1:].removesuffix(")") if body.startswith("(") else body[1:]
    if not body or not re.fullmatch(r"[0-9.,]+", body):
        raise ValueError(text)
    last_dot, last_comma = body.rfind("."), body.rfind(",")
    if last_dot >= 0 and last_comma >= 0:
        # Both marks: the last one is the decimal mark, the other groups thousands.
        decimal_mark = "." if last_dot > last_comma else ","
        group_mark = "," if decimal_mark == "." else "."
        integer, _, fraction = body.rpartition(decimal_mark)
        if decimal_mark in integer or not re.fullmatch(
            rf"\d{{1,3}}(\{group_mark}\d{{3}})*", integer
        ):
            raise ValueError(text)
        integer = integer.replace(group_mark, "")
    elif last_dot >= 0 or last_comma >= 0:
        mark = "." if last_dot >= 0 else ","
        parts = body.split(mark)
        if len(parts) == 2:
            integer, fraction = parts
        elif all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3:
            integer, fraction = "".join(parts), ""  # 1,234,567: grouping only
        else:
            raise ValueError(text)
    else:
        integer, fraction = body, ""
    if not integer and not fraction:
        raise ValueError(text)
    if len(fraction) > max_decimals or not (integer + fraction).isdigit():
        raise ValueError(text)
    return ("-" if negative else "") + (integer or "0") + ("." + fraction if fraction else "")


def parse_amount(text: str) -> int:
    """The amount written in *text*, in cents.

    Raises:
        UsageError: not an amount, or more than two decimals (``1,234`` is ambiguous).
    """
    try:
        value = Decimal(_normalise_number(text, max_decimals=2))
    except (ValueError, InvalidOperation):
        raise _bad_amount(text) from None
    cents = int(value * 100)
    if abs(cents) >= MAX_CENTS:
        raise _bad_amount(text)
    return cents


def cents_to_decimal(cents: int) -> Decimal:
    """An exact Decimal of the amount, for formatting at the edges."""
    return Decimal(cents).scaleb(-2)


def format_cents_plain(cents: int) -> str:
    """``1234.56`` style, for CSV, JSON-adjacent text and machine-readable output."""
    return f"{cents_to_decimal(cents):.2f}"


def parse_weight(text: str) -> int:
    """A share weight such as ``1``, ``1.5`` or ``0,25``, in thousandths.

    Raises:
        UsageError: not a number, negative, zero, or more than three decimals.
    """
    try:
        value = Decimal(_normalise_number(text, max_decimals=3))
    except (ValueError, InvalidOperation):
        value = Decimal(-1)
    milli = int(value * 1000)
    if milli <= 0 or milli > 1_000_000_000:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "“{text}” is not a weight. Write a positive number such as 1, 1.5 or 0,25.",
            ),
            text=text,
        )
    return milli


def format_weight(milli: int) -> str:
    """The weight in thousandths as plain text: 1500 gives ``1.5``, 1000 gives ``1``."""
    value = Decimal(milli).scaleb(-3).normalize()
    return f"{value:f}"


def parse_meter(text: str) -> int:
    """A meter reading (km or hours) as a whole number; spaces may group thousands.

    Raises:
        UsageError: not a whole number, negative, or beyond what the database holds.
    """
    value = _SPACES.sub("", text.strip())
    if not value.isdigit() or int(value) > 2**31 - 1:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors", "“{text}” is not a meter reading. Write a whole number such as 12500."
            ),
            text=text,
        )
    return int(value)
