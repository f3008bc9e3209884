"""Amounts and weights parsed from text, never through float."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partage.errors import UsageError
from partage.services.money import format_cents_plain, format_weight, parse_amount, parse_weight


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
    ],
)
def test_amounts_people_write(text, cents):
    assert parse_amount(text) == cents


@pytest.mark.parametrize(
    "text", ["", "abc", "12,345", "1.2.3", "1,23,4", "12.345", "1e3", "nan", "--5", "5 5,5,5"]
)
def test_what_is_not_an_amount_is_refused(text):
    with pytest.raises(UsageError) as caught:
        parse_amount(text)
    assert "is not an amount" in str(caught.value)


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_plain_formatting_round_trips(cents):
    assert parse_amount(format_cents_plain(cents)) == cents


@pytest.mark.parametrize(("text", "milli"), [("1", 1000), ("1.5", 1500), ("0,25", 250)])
def test_weights(text, milli):
    assert parse_weight(text) == milli
    assert parse_weight(format_weight(milli)) == milli


@pytest.mark.parametrize("text", ["0", "-1", "abc", "0.0001", ""])
def test_bad_weights(text):
    with pytest.raises(UsageError):
        parse_weight(text)
