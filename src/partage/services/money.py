"""Amounts of money and weights: integer cents and thousandths inside, Decimal at the edges.

Never through float. ``parse_amount`` accepts what people type in Québec and elsewhere:
``123.45``, ``123,45``, ``1 234,56 $``, ``$1,234.56``, ``-5``, ``(5.00)``, and nothing
else. The grammar is strict because a lenient one reads slips as other amounts (``12$34``
as 1 234 $, ``1 2 3`` as 123 $):

- at most one currency sign or code, at the very start or the very end;
- at most one sign, ``-`` or ``+``, just before the number or before its currency; or
  parentheses around the whole amount, a closed pair, for a negative amount;
- digits grouped by thousands only: after the first group, groups of exactly three digits,
  all separated by the same mark (a space of any width, ``,``, ``.`` or ``'``);
- a decimal mark, ``.`` or ``,``, written once, after the last group.
"""

from __future__ import annotations

import re
from decimal import Decimal

from partage.errors import QT_TRANSLATE_NOOP, UsageError

# The spaces people and locales put between groups of digits: a plain one, a no-break one
# (U+00A0), a narrow no-break one (U+202F, Québec French) and a thin one (U+2009).
_SPACE_MARKS = " \u00a0\u202f\u2009"
_DECIMAL_MARKS = ".,"
_WHOLE_GROUP_MARKS = _SPACE_MARKS + "'"
_NUMBER = rf"[0-9{_DECIMAL_MARKS}][0-9{re.escape(_WHOLE_GROUP_MARKS + _DECIMAL_MARKS)}]*"
_NUMBER_LAZY = _NUMBER + "?"  # leaves the spaces before a currency to the gap
_CURRENCY = r"(?:CA\$|US\$|\$|CAD|USD|EUR|€)"
_GAP = f"[{_SPACE_MARKS}]*"  # between a currency and the number: "12,50 $", "CAD 12.50"
# Where each part may stand; the digits and marks of the number are read by _number_value.
_AMOUNT = re.compile(
    rf"(?P<sign>[-+]?)(?:(?P<before>{_CURRENCY}){_GAP}(?P<sign_after>[-+]?))?"
    rf"(?P<number>{_NUMBER_LAZY})(?:{_GAP}(?P<after>{_CURRENCY}))?",
    re.IGNORECASE | re.ASCII,
)
_SIGNED_NUMBER = re.compile(rf"(?P<sign>[-+]?)(?P<number>{_NUMBER})", re.ASCII)
_MARK = re.compile(r"([^0-9])")
# No amount, weight or reading Partage keeps has more digits than this before the decimal
# mark; counted before Decimal or int reads the text, so a megabyte of digits costs nothing.
_MOST_DIGITS = 16
# Below 2**31 cents (21 474 836,47 $): far beyond any pooled asset, and what a 32-bit
# column holds on every database Partage stores in.
MAX_CENTS = 2**31


def _bad_amount(text: str) -> UsageError:
    return UsageError(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{text}” is not an amount. Write it like 1234.56 or 1 234,56.",
        ),
        text=text,
    )


def _number_value(number: str, *, max_decimals: int) -> Decimal | None:
    """The value of the unsigned *number* (ASCII digits and marks), or None unless its
    marks group thousands and are followed by at most one decimal mark.

    A decimal mark written once is a decimal mark even when three digits follow it:
    ``1,234`` is 1.234, which an amount refuses as ambiguous; ``1,234,567`` only groups.
    """
    pieces = _MARK.split(number)
    groups, marks = pieces[0::2], [" " if m in _SPACE_MARKS else m for m in pieces[1::2]]
    fraction = ""
    if marks and marks[-1] in _DECIMAL_MARKS and marks.count(marks[-1]) == 1:
        fraction = groups.pop()
        marks.pop()
        if not fraction and not groups[-1]:
            return None  # a mark alone
    if marks and (
        len(set(marks)) > 1
        or not 1 <= len(groups[0]) <= 3
        or any(len(group) != 3 for group in groups[1:])
    ):
        return None
    integer = "".join(groups)
    if len(fraction) > max_decimals or len(integer.lstrip("0")) > _MOST_DIGITS:
        return None
    if not integer and not fraction:
        return None
    return Decimal(f"{integer or '0'}.{fraction or '0'}")


def _amount_value(text: str) -> Decimal | None:
    """The signed value written in *text* under the grammar above, or None."""
    body = text.strip()
    negative = False
    if body.startswith("(") and body.endswith(")"):
        body, negative = body[1:-1].strip(_SPACE_MARKS), True
    found = _AMOUNT.fullmatch(body)
    if found is None or (found["before"] and found["after"]):
        return None
    signs = found["sign"] + (found["sign_after"] or "")
    if len(signs) > 1 or (negative and signs):
        return None
    value = _number_value(found["number"], max_decimals=2)
    if value is None:
        return None
    return -value if negative or signs == "-" else value


def parse_amount(text: str) -> int:
    """The amount written in *text*, in cents.

    Raises:
        UsageError: not an amount, or more than two decimals (``1,234`` is ambiguous).
    """
    value = _amount_value(text)
    if value is None:
        raise _bad_amount(text)
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
    """A share weight such as ``1``, ``1.5`` or ``0,25``, in thousandths; digits grouped as
    in an amount, without currency or parentheses.

    Raises:
        UsageError: not a number, negative, zero, or more than three decimals.
    """
    found = _SIGNED_NUMBER.fullmatch(text.strip())
    value = None if found is None else _number_value(found["number"], max_decimals=3)
    milli = -1 if value is None or found is None or found["sign"] == "-" else int(value * 1000)
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


def whole_number(text: str, largest: int) -> int | None:
    """*text* as a whole number from 0 to *largest*, or None for anything else (a sign, a
    fraction, a word, other digits than 0 to 9, too large).

    Digits may be grouped by thousands with spaces or ``'``: ``12 500``, never ``1 2 3``.
    """
    value = text.strip()
    if not value or value[0] not in "0123456789" or any(m in value for m in _DECIMAL_MARKS):
        return None
    found = _SIGNED_NUMBER.fullmatch(value)
    number = None if found is None else _number_value(found["number"], max_decimals=0)
    if number is None or number > largest:
        return None
    return int(number)


def parse_meter(text: str) -> int:
    """A meter reading (km or hours) as a whole number; spaces may group thousands.

    Raises:
        UsageError: not a whole number, negative, or beyond what the database holds.
    """
    value = whole_number(text, 2**31 - 1)
    if value is None:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors", "“{text}” is not a meter reading. Write a whole number such as 12500."
            ),
            text=text,
        )
    return value
