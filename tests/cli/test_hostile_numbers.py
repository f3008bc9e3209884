"""Numbers, dates and bytes typed on the command line that used to be read as something
else or end in an unexpected error: amounts with a currency in the middle, years beyond
the calendar, ids longer than any id, limits beyond a LIMIT, arguments that are not UTF-8.

Each is refused with exit 2 and a message that says what to write, never a traceback, and
the database is left as it was; what CLI.md promises is still accepted.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.cli.conftest import add_asset, add_members, call_cli, cli_environment, run_cli
from tests.conftest import content_digest

NOT_AN_AMOUNT = "is not an amount. Write it like 1234.56 or 1 234,56."
OUT_OF_YEARS = "is outside the dates Partage works with: write a day from 1900-01-01 to 2199-12-31."
NOT_AN_ID = "is not an id Partage can hold: ids are whole numbers from 1 to 2147483647."
TWENTY_DIGITS = "12345678901234567890"
ANY_TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=25
)
FUZZ = settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture
def scene(workspace: Path | str) -> Path | str:
    """A database with Ann, the car she owns half of, and a fuel cost."""
    ann = add_members(workspace, "Ann", "Bob")["Ann"]
    add_asset(workspace, "Car", {ann: 1000})
    result = call_cli("cost", "add", "40", "--category", "fuel", "--asset", "Car",
                      "--date", "2026-03-02", "--db", workspace)  # fmt: skip
    assert result.code == 0, result.stderr
    return workspace


def _refused(target: Path | str, *args: str, words: str, real: bool = False) -> None:
    """Run the command; assert exit 2, *words* in the message, the database unchanged."""
    before = content_digest(target)
    result = (run_cli if real else call_cli)(*args, "--db", target)
    assert result.code == 2, (result.code, result.stderr)
    assert words in result.stderr, result.stderr
    assert "unexpected problem" not in result.stderr
    assert content_digest(target) == before


# --- amounts read as other amounts ------------------------------------------------------

AMOUNTS_READ_AS_OTHERS = [
    "12$34",  # was 1 234,00 $
    "1CAD2",  # was 12,00 $
    "5EUR0",  # was 50,00 $
    "(5",  # was 5,00 $
    "5)",
    "1 2 3",  # was 123,00 $
    "1\u00a02\u00a03",
    "1\u202f23",
    "12 $ 34",
    "$5$",
    "$(5)",
    "(5)$",
    "1\t234",
]


@pytest.mark.parametrize("text", AMOUNTS_READ_AS_OTHERS)
def test_an_amount_with_a_sign_or_space_in_the_wrong_place_is_refused(scene, text):
    _refused(scene, "payment", "add", "Ann", text, words=f"“{text}” {NOT_AN_AMOUNT}")


def test_a_refused_amount_exits_2_from_a_real_process(scene):
    _refused(scene, "payment", "add", "Ann", "12$34", words=NOT_AN_AMOUNT, real=True)


@pytest.mark.parametrize(
    ("text", "cents"),
    [("123.45", 12345), ("123,45", 12345), ("1 234,56 $", 123456), ("$12.50", 1250),
     ("1\u202f234,56\u00a0$", 123456), ("CAD 19.99", 1999), ("$1,234.56", 123456)],
)  # fmt: skip
def test_the_amounts_the_contract_promises_are_still_recorded(scene, text, cents):
    result = call_cli("payment", "add", "Ann", text, "--db", scene)
    assert result.code == 0, result.stderr
    listed = call_cli("payment", "list", "--json", "--db", scene).json()
    assert [p["amount_cents"] for p in listed] == [cents]


# --- years beyond the calendar ----------------------------------------------------------

OUT_OF_RANGE_DATES = [
    ("balances", "--as-of", "9999-12-31"),
    ("bookings", "--from", "9999-12-31"),
    ("bookings", "--to", "9999-12-31"),
    ("split", "--from", "0001-01-01", "--to", "9999-12-31"),
    ("split", "--from", "1899-12-31", "--to", "2026-12-31"),
    ("book", "Car", "Ann", "9999-12-31T22:00", "9999-12-31T23:59"),
    ("book", "Car", "Ann", "2199-12-31T22:00", "2200-01-01T01:00"),
    ("cost", "add", "5", "--category", "fuel", "--date", "0001-01-01"),
    ("payment", "add", "Ann", "5", "--date", "2200-01-01"),
    ("member", "edit", "Ann", "--joined", "0999-01-01"),
    ("account", "Ann", "--to", "9999-12-31"),
]


@pytest.mark.parametrize("args", OUT_OF_RANGE_DATES, ids=" ".join)
def test_a_day_outside_the_years_partage_works_with_is_refused(scene, args):
    _refused(scene, *args, words=OUT_OF_YEARS)


def test_a_refused_year_exits_2_from_a_real_process(scene):
    _refused(scene, "balances", "--as-of", "9999-12-31", words=OUT_OF_YEARS, real=True)
    _refused(scene, "book", "Car", "Ann", "9999-12-31T22:00", "9999-12-31T23:59",
             words=OUT_OF_YEARS, real=True)  # fmt: skip


def test_the_first_and_last_days_are_accepted(scene):
    for args in [
        ("balances", "--as-of", "2199-12-31", "--json"),
        ("bookings", "--from", "1900-01-01", "--to", "2199-12-31", "--json"),
        ("split", "--from", "1900-01-01", "--to", "2199-12-31", "--json"),
        ("book", "Car", "Ann", "2199-12-31T22:00", "2199-12-31T23:59", "--json"),
    ]:
        result = call_cli(*args, "--db", scene)
        assert result.code == 0, (args, result.stderr)
    split = call_cli("split", "--from", "1900-01-01", "--to", "2199-12-31", "--json",
                     "--db", scene).json()  # fmt: skip
    assert split["total_cents"] == 4000


# --- ids and limits longer than any -----------------------------------------------------

TOO_LONG_IDS = [
    ("member", "edit", TWENTY_DIGITS, "--email", "a@example.org"),
    ("member", "remove", TWENTY_DIGITS),
    ("asset", "edit", TWENTY_DIGITS, "--location", "Shed"),
    ("asset", "edit", "Car", "--owner", f"{TWENTY_DIGITS}=1"),
    ("bookings", "--member", TWENTY_DIGITS),
    ("bookings", "--asset", TWENTY_DIGITS),
    ("bookings", "--asset", "²"),  # a digit, but not one an id is written with
    ("bookings", "--member", "0\x1f"),  # digits and a control character str.strip removes
    ("book", TWENTY_DIGITS, "Ann", "2026-03-03T10:00", "2026-03-03T11:00"),
    ("account", TWENTY_DIGITS),
    ("account", "opening", TWENTY_DIGITS, "5", "--date", "2026-01-01"),
    ("payment", "add", TWENTY_DIGITS, "5"),
    ("cost", "add", "5", "--category", "fuel", "--paid-by", TWENTY_DIGITS),
]


@pytest.mark.parametrize("args", TOO_LONG_IDS, ids=" ".join)
def test_an_id_longer_than_any_id_is_refused(scene, args):
    _refused(scene, *args, words=NOT_AN_ID)


def test_a_refused_id_exits_2_from_a_real_process(scene):
    _refused(scene, "member", "edit", TWENTY_DIGITS, "--email", "a@example.org",
             words=NOT_AN_ID, real=True)  # fmt: skip


def test_the_largest_id_is_still_looked_up(scene):
    result = call_cli("member", "edit", "2147483647", "--email", "a@example.org", "--db", scene)
    assert result.code == 2
    assert NOT_AN_ID not in result.stderr  # an id that could exist: "no such member"
    assert call_cli("bookings", "--member", "1", "--db", scene).code == 0


@pytest.mark.parametrize("limit", [TWENTY_DIGITS, "2147483648", "-1", "1e3", "1 2"])
def test_a_limit_beyond_any_limit_is_refused(scene, limit):
    words = f"argument --limit: “{limit}” is not a whole number from 0 to 2147483647."
    _refused(scene, "audit", "--limit", limit, words=words)


def test_a_refused_limit_exits_2_from_a_real_process(scene):
    _refused(scene, "audit", "--limit", TWENTY_DIGITS, words="--limit", real=True)


def test_a_sane_limit_still_limits(scene):
    result = call_cli("audit", "--limit", "1", "--json", "--db", scene)
    assert result.code == 0, result.stderr
    assert len(result.json()) == 1


# --- arguments that are not UTF-8 -------------------------------------------------------


def test_a_name_given_as_bytes_that_are_not_utf8_is_refused(scene):
    # subprocess hands "\udcff" to the new process as the raw byte 0xFF, as a shell would.
    _refused(scene, "member", "add", "\udcff", words="is not valid UTF-8 text", real=True)
    _refused(scene, "member", "add", "Zo\udce9", words="“Zo�”", real=True)


def test_bytes_that_are_not_utf8_are_refused_in_process_too(scene):
    _refused(scene, "cost", "add", "5", "--category", "fuel", "--note", "\udcff",
             words="is not valid UTF-8 text")  # fmt: skip
    _refused(scene, "member", "add", "\ud800", words="is not valid UTF-8 text")


def test_a_database_variable_that_is_not_utf8_is_refused(scene):
    result = run_cli("member", "list", env=cli_environment(PARTAGE_DB="/tmp/\udcff.partage"))
    assert result.code == 2, result.stderr
    assert "is not named in valid UTF-8 text" in result.stderr


@pytest.mark.parametrize("text", ["21474836.48", "(30000000)", "99 999 999 999,99 $"])
def test_an_amount_beyond_a_32_bit_column_does_not_crash(scene, text):
    before = content_digest(scene)
    result = call_cli("payment", "add", "Bob", text, "--date", "2026-03-03", "--db", scene)
    assert result.code in (0, 2, 3), result.stderr
    if result.code != 0:
        assert content_digest(scene) == before


# --- generated input ----------------------------------------------------------------------


def _fits_a_32_bit_column(text: str) -> bool:
    # See test_an_amount_beyond_a_32_bit_column_does_not_crash: at most 7 digits, so that
    # what is accepted stays below 2**31 cents, which PostgreSQL's columns hold today.
    return len(re.sub(r"[^0-9]", "", text)) <= 7


@FUZZ
@given(
    text=(ANY_TEXT | st.from_regex(r"\A[-+($]?[0-9 .,$€']{0,12}[)$]?\Z")).filter(
        _fits_a_32_bit_column
    )
)
def test_generated_amounts_never_crash_and_a_refusal_changes_nothing(scene, text):
    before = content_digest(scene)
    result = call_cli("payment", "add", "Bob", text, "--date", "2026-03-03", "--db", scene)
    assert result.code in (0, 2, 3), result.stderr
    if result.code != 0:
        assert content_digest(scene) == before


@FUZZ
@given(text=ANY_TEXT | st.from_regex(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2})?\Z"))
def test_generated_dates_never_crash(scene, text):
    day = text.partition("T")[0].partition(" ")[0]
    assert call_cli("balances", "--as-of", day, "--db", scene).code in (0, 2)
    assert call_cli("split", "--from", "2026-01-01", "--to", day, "--db", scene).code in (0, 2)
    before = content_digest(scene)
    result = call_cli("book", "Car", "Ann", text, "2026-03-04T10:00", "--db", scene)
    assert result.code in (0, 2, 3), result.stderr
    if result.code != 0:
        assert content_digest(scene) == before


@FUZZ
@given(text=ANY_TEXT | st.integers(min_value=-(10**30), max_value=10**30).map(str))
def test_generated_ids_and_limits_never_crash(scene, text):
    assert call_cli("bookings", "--member", text, "--db", scene).code in (0, 2)
    assert call_cli("bookings", "--asset", text, "--db", scene).code in (0, 2)
    assert call_cli("audit", "--limit", text, "--db", scene).code in (0, 2)
