"""Amounts and weights parsed from text, never through float."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partage.errors import UsageError
from partage.services.money import (
    MAX_CENTS,
    format_cents_plain,
    format_weight,
    parse_amount,
    parse_meter,
    parse_weight,
)


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("123.45", 12345),
        ("123,45", 12345),
        ("1 234,56 $", 123456),
        ("1\u00a0234,56\u00a0$", 123456),
        ("1\u202f234,56 $", 123456),
        ("$1,234.56", 123456),
        ("1.234,56", 123456),
        ("1,234,567", 123456700),
        ("0.1", 10),
        ("12", 1200),
        ("-5,25", -525),
        ("CAD 19.99", 1999),
        (".5", 50),
        ("$12.50", 1250),
        ("(5.00)", -500),
        ("($5.00)", -500),
        ("(5,00 $)", -500),
        ("-5", -500),
        ("-$5", -500),
        ("$-5", -500),
        ("-1\u202f234,56\u00a0$", -123456),
        ("+5", 500),
        ("12,50 $", 1250),
        ("12.50$", 1250),
        ("19,99 CAD", 1999),
        ("1'234.50", 123450),
        ("1\u2009234,50", 123450),
        ("12.", 1200),
    ],
)
def test_amounts_people_write(text, cents):
    assert parse_amount(text) == cents


@pytest.mark.parametrize(
    "text",
    [
        "",
        "abc",
        "12,345",
        "1.2.3",
        "1,23,4",
        "12.345",
        "1e3",
        "nan",
        "--5",
        "5 5,5,5",
        # A currency, a parenthesis or a space inside the number was read as another amount.
        "12$34",
        "1CAD2",
        "5EUR0",
        "(5",
        "5)",
        "1 2 3",
        "1\u00a02\u00a03",
        "1\u202f23",
        "12 34",
        "1 2345",
        "$5$",
        "$5 CAD",
        "(-5)",
        "-(5)",
        "-$-5",
        "()",
        "$",
        "-",
        ".",
        ",",
        "1\t234",
        "1\n234",
        "1,234 567",
        "1 234,567,89",
        "1.234.5",
        "1__2",
        "12 $ 34",
        # Digits other than 0 to 9 are not read as digits.
        "\u0661\u0662",
        "\u00b2",
        "\uff11\uff12",
    ],
)
def test_what_is_not_an_amount_is_refused(text):
    with pytest.raises(UsageError) as caught:
        parse_amount(text)
    assert "is not an amount" in str(caught.value)


@given(st.integers(min_value=1 - MAX_CENTS, max_value=MAX_CENTS - 1))
def test_plain_formatting_round_trips(cents):
    assert parse_amount(format_cents_plain(cents)) == cents


@pytest.mark.parametrize(("text", "milli"), [("1", 1000), ("1.5", 1500), ("0,25", 250)])
def test_weights(text, milli):
    assert parse_weight(text) == milli
    assert parse_weight(format_weight(milli)) == milli


@pytest.mark.parametrize(
    "text", ["0", "-1", "abc", "0.0001", "", "1 2", "5EUR0", "1 $", "(1)", "1\u00a02", "\u00b2"]
)
def test_bad_weights(text):
    with pytest.raises(UsageError):
        parse_weight(text)


@pytest.mark.parametrize(("text", "reading"), [("12500", 12500), ("12 500", 12500),
                                               ("12\u202f500", 12500), ("0", 0)])  # fmt: skip
def test_meter_readings(text, reading):
    assert parse_meter(text) == reading


@pytest.mark.parametrize(
    "text", ["1 2 3", "12 50", "-5", "12.5", "12,500", "\u00b2", "\u0661", "2147483648", "", "x"]
)
def test_bad_meter_readings(text):
    """``1 2 3`` used to be read as 123 and ``²`` ended in an unexpected ValueError."""
    with pytest.raises(UsageError) as caught:
        parse_meter(text)
    assert "is not a meter reading" in str(caught.value)
