"""The text parsers for amounts, weights, meter readings, whole numbers and dates, under
generated hostile input: each either reads exactly what a person wrote or refuses with a
UsageError, never another exception, never a different number.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from partage.errors import UsageError
from partage.services.dates import (
    EARLIEST_YEAR,
    FIRST_DAY,
    LAST_DAY,
    LATEST_YEAR,
    parse_date,
    parse_date_time,
)
from partage.services.money import (
    MAX_CENTS,
    parse_amount,
    parse_meter,
    parse_weight,
    whole_number,
)

MANY = settings(max_examples=1000, deadline=None)
# Characters that matter to the grammar, mixed with anything else.
NUMBERISH = st.text(
    st.sampled_from(list("0123456789.,'-+()$€ CADEUSR\u00a0\u202f\u2009\t²١")), max_size=16
)
ANYTHING = st.text(max_size=40)
CENTS = st.integers(min_value=-(MAX_CENTS - 1), max_value=MAX_CENTS - 1)
SPACES = st.sampled_from([" ", "\u00a0", "\u202f"])


def _outcome(parse, text):
    try:
        return parse(text)
    except UsageError:
        return None


@MANY
@given(text=NUMBERISH | ANYTHING)
def test_any_text_is_an_amount_or_a_usage_error(text):
    cents = _outcome(parse_amount, text)
    assert cents is None or (isinstance(cents, int) and abs(cents) < MAX_CENTS)
    if cents is not None:
        # No digit dropped or invented: the digits written, the decimals padded to two.
        digits = re.sub(r"[^0-9]", "", text)
        assert any((digits + "0" * k).lstrip("0") == str(abs(cents)).lstrip("0")
                   for k in range(3))  # fmt: skip


def _grouped(whole: int, mark: str) -> str:
    return f"{whole:,}".replace(",", mark)


@MANY
@given(cents=CENTS, space=SPACES)
def test_every_way_the_contract_writes_an_amount_reads_back(cents, space):
    whole, fraction = divmod(abs(cents), 100)
    sign = "-" if cents < 0 else ""
    for text in [
        f"{sign}{whole}.{fraction:02d}",
        f"{sign}{whole},{fraction:02d}",
        f"{sign}{_grouped(whole, space)},{fraction:02d}{space}$",
        f"{sign}${_grouped(whole, ',')}.{fraction:02d}",
        f"{sign}{_grouped(whole, '.')},{fraction:02d}",
        f"{sign}CAD {whole}.{fraction:02d}",
    ]:
        assert parse_amount(text) == cents, text
    if cents < 0:
        assert parse_amount(f"({_grouped(whole, ',')}.{fraction:02d})") == cents


@MANY
@given(whole=st.integers(min_value=1, max_value=MAX_CENTS // 100 - 1), space=SPACES,
       data=st.data())  # fmt: skip
def test_a_sign_or_space_put_inside_the_digits_is_refused(whole, space, data):
    digits = str(whole)
    where = data.draw(st.integers(min_value=1, max_value=len(digits)), label="where")
    intruder = data.draw(st.sampled_from(["$", "CAD", "EUR", "€", "(", ")", "-", "+"]))
    with pytest.raises(UsageError):
        parse_amount(digits[:where] + intruder + digits[where:] + ".00")
    if where < len(digits) and len(digits[where:]) != 3:  # not a thousands group
        with pytest.raises(UsageError):
            parse_amount(digits[:where] + space + digits[where:])


@pytest.mark.parametrize("language", ["fr", "en"])
@settings(max_examples=300, deadline=None)
@given(cents=CENTS)
def test_what_partage_shows_reads_back_as_the_same_amount(language, cents):
    """What format_money prints in either language, a person may copy into a field."""
    from partage.i18n import format_money, locale_for

    assert parse_amount(format_money(cents, locale_for(language), "CAD")) == cents


@MANY
@given(text=NUMBERISH | ANYTHING)
def test_any_text_is_a_weight_or_a_usage_error(text):
    milli = _outcome(parse_weight, text)
    assert milli is None or 0 < milli <= 1_000_000_000


@MANY
@given(text=NUMBERISH | ANYTHING)
@example("²")
@example("١٢٣")
@example("1 2 3")
def test_any_text_is_a_reading_or_a_usage_error(text):
    reading = _outcome(parse_meter, text)
    assert reading is None or 0 <= reading <= 2**31 - 1
    if reading is not None:
        assert str(reading) == re.sub(r"[^0-9]", "", text).lstrip("0") or reading == 0
    small = whole_number(text, 1000)
    assert small == (reading if reading is not None and reading <= 1000 else None)


@MANY
@given(text=ANYTHING | st.from_regex(r"\A-?[0-9]{1,6}-[0-9]{1,3}-[0-9]{1,3}\Z"))
@example("9999-12-31")
@example("0001-01-01")
@example("1899-12-31")
@example("2200-01-01")
def test_any_text_is_a_day_in_the_years_or_a_usage_error(text):
    day = _outcome(parse_date, text)
    assert day is None or FIRST_DAY <= day <= LAST_DAY
    if day is not None:
        # The day after and the start of the day in UTC exist for every day accepted.
        assert day + dt.timedelta(days=1)
        assert dt.datetime.combine(day, dt.time(0), dt.UTC).astimezone(dt.timezone(
            dt.timedelta(hours=-14)))  # fmt: skip


@MANY
@given(day=st.dates(), hour=st.integers(0, 23), minute=st.integers(0, 59))
def test_every_day_of_the_calendar_is_read_or_refused_by_its_year(day, hour, minute):
    text = f"{day.year:04d}-{day.month:02d}-{day.day:02d}"
    inside = EARLIEST_YEAR <= day.year <= LATEST_YEAR
    assert _outcome(parse_date, text) == (day if inside else None)
    moment = _outcome(parse_date_time, f"{text}T{hour:02d}:{minute:02d}")
    assert moment == (dt.datetime.combine(day, dt.time(hour, minute)) if inside else None)
