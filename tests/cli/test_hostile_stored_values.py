"""Values written into the shared file by another program (or a hand edit): ``check``
names each one, and every other command stops with a clear message (exit 4) instead of
a traceback, leaving the file as it was.

The file is tampered with through a plain SQLite connection, as another tool would.
"""

from __future__ import annotations

import base64
import shutil
import sqlite3
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.cli.conftest import add_members, call_cli, file_digest, run_cli

pytestmark = pytest.mark.sqlite_only("tampers with the SQLite file directly")

YEAR = ("--from", "2026-01-01", "--to", "2026-12-31")


def png(width: int, height: int) -> bytes:
    """A PNG whose header claims *width* × *height* pixels (one real pixel of data)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels)
            + chunk(b"IEND", b""))


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@dataclass(frozen=True)
class Attack:
    """One value written behind Partage's back.

    Attributes:
        sql: the statement that writes it.
        failing: commands that read the value, so must stop with exit 4.
        named: what their message and ``check``'s must name.
        check: the name of the ``check`` that finds it.
    """

    sql: str
    failing: tuple[str, ...]
    named: tuple[str, ...]
    check: str


def setting(key: str, value: str) -> str:
    return f"INSERT OR REPLACE INTO settings (key, value) VALUES ('{key}', '{value}')"


READERS = ("balances", "bookings", "invoices", "split", "statements")
ATTACKS = {
    "time zone Mars/Phobos": Attack(
        setting("timezone", "Mars/Phobos"), READERS, ("timezone", "Mars/Phobos"), "settings"
    ),
    "empty time zone": Attack(setting("timezone", ""), READERS, ("timezone",), "settings"),
    "amount 12.345": Attack(
        "UPDATE costs SET amount_cents = 12.345 WHERE id = 1",
        ("balances", "split"),
        ("costs", "amount_cents", "12.345"),
        "stored_values",
    ),
    "amount abc": Attack(
        "UPDATE costs SET amount_cents = 'abc' WHERE id = 1",
        ("balances", "split"),
        ("costs", "amount_cents", "abc"),
        "stored_values",
    ),
    "logo that is not an image": Attack(
        setting("organisation_logo", b64(b"hello world")),
        ("balances", "invoices", "split", "statements"),
        ("organisation_logo",),
        "settings",
    ),
    "logo of 30 000 x 30 000 pixels": Attack(
        setting("organisation_logo", b64(png(30_000, 30_000))),
        ("balances", "invoices", "split", "statements"),
        ("organisation_logo",),
        "settings",
    ),
    "logo that is not base64": Attack(
        setting("organisation_logo", "***"),
        ("balances", "statements"),
        ("organisation_logo",),
        "settings",
    ),
    "payment terms of 999 999 999 days": Attack(
        setting("payment_terms_days", "999999999"),
        ("balances", "invoices", "split", "statements"),
        ("payment_terms_days", "999999999"),
        "settings",
    ),
    "GST rate of 10^20": Attack(
        setting("gst_rate", "1" + "0" * 20),
        ("balances", "invoices", "split", "statements"),
        ("gst_rate",),
        "settings",
    ),
    "GST rate abc": Attack(
        setting("gst_rate", "abc"), ("balances", "statements"), ("gst_rate",), "settings"
    ),
    "booking start garbage": Attack(
        "UPDATE bookings SET start = 'garbage' WHERE id = 1",
        ("bookings",),
        ("bookings", "start", "garbage"),
        "stored_values",
    ),
    "weight heavy": Attack(
        "UPDATE members SET weight_milli = 'heavy' WHERE id = 1",
        ("member list", "balances", "bookings", "split", "statements"),
        ("members", "weight_milli", "heavy"),
        "stored_values",
    ),
    "series rule garbage": Attack(
        "UPDATE booking_series SET rrule = 'garbage' WHERE id = 1",
        ("export ics",),
        ("booking_series", "rrule", "garbage"),
        "stored_values",
    ),
    "series zone garbage": Attack(
        "UPDATE booking_series SET timezone = 'Mars/Phobos' WHERE id = 1",
        ("export ics",),
        ("booking_series", "timezone", "Mars/Phobos"),
        "stored_values",
    ),
    "booking in year 1": Attack(
        "UPDATE bookings SET start = '0001-01-01 00:00:00.000000', "
        "\"end\" = '0001-01-01 01:00:00.000000' WHERE id = 1",
        ("bookings", "export ics"),
        ("bookings", "start", "0001-01-01"),
        "stored_values",
    ),
}


def command_line(name: str, out: Path) -> list[str]:
    """The arguments of the command *name*, writing anything into *out*."""
    return {
        "member list": ["member", "list"],
        "balances": ["balances"],
        "bookings": ["bookings"],
        "invoices": ["invoices"],
        "split": ["split", *YEAR],
        "statements": ["statements", "--from", "2026-01-01", "--to", "2026-01-31",
                       "--out", str(out / "statements")],
        "export ics": ["export", "ics", "--out", str(out / "calendar.ics")],
    }[name]


COMMANDS = ("member list", "balances", "bookings", "invoices", "split", "statements",
            "export ics")


@pytest.fixture(scope="module")
def small_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo co-op, made once for this module; tests tamper with copies."""
    from partage.services.demo import create_demo

    folder = tmp_path_factory.mktemp("small-demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PARTAGE_HOME", str(folder / "home"))
        create_demo(folder / "demo.partage", size="small").close()
    return folder / "demo.partage"


def tampered(source: Path, target: Path, sql: str) -> Path:
    if source != target:
        shutil.copyfile(source, target)
    connection = sqlite3.connect(target, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute(sql)
    finally:
        connection.close()
    return target


@pytest.fixture(params=sorted(ATTACKS), ids=sorted(ATTACKS))
def attacked(request: pytest.FixtureRequest, small_demo: Path, tmp_path: Path
             ) -> Iterator[tuple[Attack, Path]]:
    attack = ATTACKS[request.param]
    yield attack, tampered(small_demo, tmp_path / "tampered.partage", attack.sql)


def test_check_names_each_bad_value_and_every_command_stops_cleanly(
    attacked: tuple[Attack, Path], tmp_path: Path
) -> None:
    attack, path = attacked
    before = file_digest(path)

    report = call_cli("check", "--json", "--db", path)

    assert report.code == 4
    found = [p for p in report.json()["problems"] if p["check"] == attack.check]
    assert found, report.stdout
    shown = " ".join(str(v) for p in found for v in p["params"].values())
    for word in attack.named:
        if word not in ("costs", "bookings", "members", "booking_series"):
            assert word in shown or any(word in p["message"] for p in found), (word, found)
    for name in COMMANDS:
        result = call_cli(*command_line(name, tmp_path), "--db", path)
        assert result.code in (0, 4), (name, result.stderr)
        if name in attack.failing:
            assert result.code == 4, (name, result.stderr)
            for word in attack.named:
                assert word in result.stderr, (name, word, result.stderr)
    assert file_digest(path) == before


@pytest.mark.parametrize("name", ["amount abc", "time zone Mars/Phobos"])
def test_a_real_process_exits_4_with_a_message(name: str, small_demo: Path, tmp_path: Path
                                               ) -> None:
    path = tampered(small_demo, tmp_path / "tampered.partage", ATTACKS[name].sql)
    before = file_digest(path)

    checked = run_cli("check", "--db", path)
    balances = run_cli("balances", "--db", path)

    assert checked.code == 4 and "cannot use" in checked.stdout
    assert balances.code == 4 and "cannot use" in balances.stderr
    assert file_digest(path) == before


def test_a_bad_setting_is_mended_by_settings_set_even_beside_another(
    small_demo: Path, tmp_path: Path
) -> None:
    path = tampered(small_demo, tmp_path / "t.partage", setting("timezone", "Mars/Phobos"))
    tampered(path, path, setting("gst_rate", "abc"))

    mended = call_cli("settings", "set", "timezone", "America/Montreal", "--db", path)
    still = call_cli("balances", "--db", path)
    rate = call_cli("settings", "set", "gst-rate", "5", "--db", path)
    healthy = call_cli("balances", "--db", path)

    assert mended.code == 0, mended.stderr
    assert still.code == 4 and "gst_rate" in still.stderr
    assert rate.code == 0, rate.stderr
    assert healthy.code == 0, healthy.stderr


def test_an_invoice_counter_behind_its_invoices_is_found_and_stops_numbering(
    workspace: Path, tmp_path: Path
) -> None:
    add_members(workspace, "Anne", "Bob")
    for command in (
        ("cost", "add", "100.00", "--date", "2026-03-10", "--category", "repair"),
        ("statements", "--from", "2026-03-01", "--to", "2026-03-31", "--out",
         str(tmp_path / "march"), "--issue"),
        ("cost", "add", "50.00", "--date", "2026-04-10", "--category", "repair"),
    ):
        assert call_cli(*command, "--db", workspace).code == 0
    tampered(workspace, workspace, "UPDATE invoice_counters SET last_number = 0")
    before = file_digest(workspace)

    report = call_cli("check", "--json", "--db", workspace)
    issue = call_cli("statements", "--from", "2026-04-01", "--to", "2026-04-30", "--out",
                     tmp_path / "april", "--issue", "--db", workspace)
    void = call_cli("invoice", "void", "2026-0001", "--db", workspace)

    assert report.code == 4
    (problem,) = [p for p in report.json()["problems"] if p["check"] == "invoice_counters"]
    assert problem["params"] == {"series": "2026", "counter": 0, "highest": 2}
    for refused in (issue, void):
        assert refused.code == 4 and "2026" in refused.stderr and "behind" in refused.stderr
    assert file_digest(workspace) == before


def test_an_empty_booking_start_stops_balances_cleanly(small_demo: Path, tmp_path: Path) -> None:
    path = tampered(small_demo, tmp_path / "t.partage", "UPDATE bookings SET start = ''")

    checked = call_cli("check", "--db", path)
    assert checked.code == 4
    result = call_cli("balances", "--db", path)  # exit 1 today: a traceback in the log

    assert result.code == 4 and "bookings" in result.stderr


# --- generated values -----------------------------------------------------------------

SETTING_KEYS = ("timezone", "currency", "language", "organisation_logo", "payment_terms_days",
                "gst_rate", "qst_rate", "taxes_enabled", "invoice_prefix", "organisation_name")
# bookings.start and .end are left out here: see the expected failure below.
COLUMNS = (("costs", "amount_cents"), ("members", "weight_milli"), ("bookings", "note"),
           ("bookings", "checkout_meter"), ("costs", "start"), ("members", "joined"),
           ("booking_series", "rrule"), ("booking_series", "local_start"),
           ("payments", "amount_cents"), ("asset_owners", "weight_milli"))
stored = st.one_of(
    st.text(max_size=30),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False),
    st.binary(max_size=20),
    st.sampled_from(["", "NaN", "9999-99-99", "0001-01-01", "1e400", "Mars/Phobos",
                     "FREQ=NONSENSE", "2026-13-01 25:00:00"]),
)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    target=st.one_of(st.sampled_from(SETTING_KEYS).map(lambda k: ("settings", k)),
                     st.sampled_from(COLUMNS)),
    value=stored,
)
def test_any_stored_value_gives_0_or_4_never_a_crash(
    target: tuple[str, str],
    value: object,
    small_demo: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    folder = tmp_path_factory.mktemp("generated")
    path = folder / "t.partage"
    shutil.copyfile(small_demo, path)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys=OFF")
        table, column = target
        if table == "settings":
            connection.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (column, value)
            )
        else:
            connection.execute(f'UPDATE {table} SET "{column}" = ?', (value,))
    finally:
        connection.close()
    before = file_digest(path)

    codes = {name: call_cli(*command_line(name, folder), "--db", path).code
             for name in ("balances", "bookings", "member list")}
    checked = call_cli("check", "--db", path)

    assert checked.code in (0, 4)
    assert set(codes.values()) <= {0, 4}, codes
    if checked.code == 0:
        assert set(codes.values()) == {0}, codes  # what check passes, every command reads
    assert file_digest(path) == before
