"""Hostile values typed or named by a person, and a file another tool changed: tax rates
that are no numbers, a logo that never ends or claims absurd pixels, control characters
in names, a WAL-mode file, a URL of another kind of server, a forged user name."""

from __future__ import annotations

import os
import sqlite3
import struct
import sys
import time
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.cli.conftest import call_cli, file_digest, run_cli


def png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


# --- tax rates ------------------------------------------------------------------------


@pytest.mark.parametrize("rate", ["NaN", "nan", "sNaN", "inf", "Infinity", "1e400",
                                  "1e2", "5e-1"])
def test_a_rate_that_is_not_a_number_is_a_usage_error(workspace: Path, rate: str) -> None:
    before = file_digest(workspace)

    result = call_cli("settings", "set", "gst-rate", rate, "--db", workspace)

    assert result.code == 2, result.stderr
    assert "is not a tax rate" in result.stderr
    assert file_digest(workspace) == before


def test_a_nan_rate_exits_2_in_a_real_process(workspace: Path) -> None:
    before = file_digest(workspace)

    result = run_cli("settings", "set", "qst-rate", "NaN", "--db", workspace)

    assert result.code == 2 and "is not a tax rate" in result.stderr
    assert file_digest(workspace) == before


def test_a_good_rate_is_still_saved(workspace: Path) -> None:
    assert call_cli("settings", "set", "gst-rate", "5,5", "--db", workspace).code == 0
    shown = call_cli("settings", "show", "--json", "--db", workspace).json()
    assert shown["gst_rate"] == "5.5"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=20))
def test_parse_rate_gives_a_rate_or_a_validation_error(text: str) -> None:
    from partage.errors import ValidationError
    from partage.services.document_settings import parse_rate

    try:
        rate = parse_rate(text)
    except ValidationError:
        return
    assert 0 <= rate <= 100_000


# --- the logo -------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="no /dev/zero")
def test_dev_zero_as_a_logo_is_refused_at_once(workspace: Path) -> None:
    before = file_digest(workspace)
    started = time.monotonic()

    result = run_cli("settings", "set", "logo", "/dev/zero", "--db", workspace)

    assert result.code == 2 and "/dev/zero" in result.stderr
    assert time.monotonic() - started < 30
    assert file_digest(workspace) == before


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (png(30_000, 30_000), "30000 × 30000 pixels"),
        (png(0, 10), "0 × 10 pixels"),
        (b"\x89PNG\r\n\x1a\n", "PNG or JPEG"),
        (b"\xff\xd8\xff\xe0\x00\x02", "PNG or JPEG"),
        (b"hello", "PNG or JPEG"),
    ],
    ids=["30000 pixels", "no width", "png signature only", "jpeg without frame", "text"],
)
def test_a_logo_that_is_no_sane_image_is_refused(
    workspace: Path, tmp_path: Path, content: bytes, words: str
) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(content)
    before = file_digest(workspace)

    result = call_cli("settings", "set", "logo", logo, "--db", workspace)

    assert result.code == 3, result.stderr
    assert words in result.stderr
    assert file_digest(workspace) == before


def test_a_logo_larger_than_a_megabyte_is_refused_before_reading_it_all(
    workspace: Path, tmp_path: Path
) -> None:
    logo = tmp_path / "big.png"
    logo.write_bytes(png(10, 10) + b"\x00" * (3 * 1024 * 1024))
    before = file_digest(workspace)

    result = call_cli("settings", "set", "logo", logo, "--db", workspace)

    assert result.code == 2 and "larger than 1 MB" in result.stderr
    assert file_digest(workspace) == before


def test_a_small_logo_is_saved(workspace: Path, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(png(120, 40))

    assert call_cli("settings", "set", "logo", logo, "--db", workspace).code == 0
    shown = call_cli("settings", "show", "--json", "--db", workspace).json()
    assert shown["logo_bytes"] == len(png(120, 40))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=64), st.sampled_from([b"", b"\x89PNG\r\n\x1a\n", b"\xff\xd8"]))
def test_reading_an_image_header_never_fails(data: bytes, prefix: bytes) -> None:
    from partage.errors import ValidationError
    from partage.services.document_settings import check_logo, image_size

    size = image_size(prefix + data)
    assert size is None or all(isinstance(n, int) and n >= 0 for n in size)
    try:
        check_logo(prefix + data)
    except ValidationError as error:
        assert error.field == "logo"


# --- names ----------------------------------------------------------------------------

CONTROLS = {
    "ESC": "Anne\x1b[31m Côté",
    "BEL": "Anne\x07",
    "RLO": "Anne\u202eetôC",
    "LRI": "Anne\u2066x",
    "C1": "Anne\x9b31m",
    "DEL": "Anne\x7f",
}


@pytest.mark.parametrize("name", CONTROLS.values(), ids=CONTROLS.keys())
def test_a_member_or_asset_name_with_a_control_character_is_refused(
    workspace: Path, name: str
) -> None:
    before = file_digest(workspace)

    member = call_cli("member", "add", name, "--db", workspace)
    asset = call_cli("asset", "add", name, "--kind", "equipment", "--db", workspace)
    organisation = call_cli("settings", "set", "name", name, "--db", workspace)

    for result in (member, asset, organisation):
        assert result.code == 3, result.stderr
        assert "control character U+" in result.stderr
        assert "\x1b" not in result.stderr and "\u202e" not in result.stderr
    assert file_digest(workspace) == before


def test_a_control_character_exits_3_in_a_real_process(workspace: Path) -> None:
    before = file_digest(workspace)

    result = run_cli("member", "add", "Bob\x1b]0;pwned\x07", "--db", workspace)

    assert result.code == 3 and "U+001B" in result.stderr
    assert file_digest(workspace) == before


def test_a_nul_in_a_name_is_refused_by_the_services(db: object) -> None:
    from partage.errors import ValidationError
    from partage.services.assets import AssetInput, add_asset
    from partage.services.members import MemberInput, add_member

    with pytest.raises(ValidationError, match="U\\+0000"):
        add_member(db, MemberInput(name="Anne\x00Côté"))  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="U\\+0000"):
        add_asset(db, AssetInput(name="Saw\x00", kind="equipment"))  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_a_name_kept_never_holds_a_control_character(text: str) -> None:
    import unicodedata

    from partage.errors import ValidationError
    from partage.services.validation import clean_name

    try:
        name = clean_name("name", text)
    except ValidationError:
        return
    assert name and all(unicodedata.category(c) not in ("Cc", "Cs") for c in name)
    assert not set(name) & set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


@pytest.mark.parametrize("name", ["", "   ", "x" * 10_000, "Coop\x1b[2J"],
                         ids=["empty", "spaces", "10 000 characters", "ESC"])
def test_an_organisation_name_that_is_empty_or_absurd_is_refused(
    workspace: Path, tmp_path: Path, name: str
) -> None:
    before = file_digest(workspace)
    target = tmp_path / "new.partage"

    created = call_cli("init", target, "--org", name)
    changed = call_cli("settings", "set", "name", name, "--db", workspace)

    assert created.code == 3, created.stderr
    assert not target.exists()
    assert changed.code == 3, changed.stderr
    assert file_digest(workspace) == before


def test_a_database_made_without_a_name_still_opens(tmp_path: Path) -> None:
    target = tmp_path / "nameless.partage"

    assert call_cli("init", target).code == 0
    assert call_cli("balances", "--db", target).code == 0


# --- the database named ---------------------------------------------------------------


@pytest.mark.parametrize("url", ["mysql://user:secret@localhost/coop",
                                 "mysql+pymysql://localhost/coop", "sqlite:///x.partage",
                                 "oracle://h/db", "nonsense://"])
def test_a_url_of_another_kind_of_server_is_a_usage_error(url: str) -> None:
    result = call_cli("member", "list", "--db", url)

    assert result.code == 2, result.stderr
    assert ".partage" in result.stderr and "postgresql+psycopg://" in result.stderr
    assert "secret" not in result.stderr


def test_a_mysql_url_exits_2_in_a_real_process(tmp_path: Path) -> None:
    opened = run_cli("balances", "--db", "mysql://u@localhost/coop")
    created = run_cli("init", "mysql://u@localhost/coop")

    assert opened.code == 2 and "postgresql+psycopg://" in opened.stderr
    assert created.code == 2 and "postgresql+psycopg://" in created.stderr


# --- a file another tool put in WAL mode ----------------------------------------------


def wal(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
    finally:
        connection.close()


def header_says_wal(path: Path) -> bool:
    return path.read_bytes()[18:20] == b"\x02\x02"


@pytest.mark.sqlite_only("SQLite journal modes")
def test_a_read_never_rewrites_a_wal_file(workspace: Path) -> None:
    wal(workspace)
    before = file_digest(workspace)

    for command in (("member", "list"), ("balances",), ("settings", "show")):
        result = call_cli(*command, "--db", workspace)
        assert result.code == 0, result.stderr

    assert file_digest(workspace) == before
    assert header_says_wal(workspace)


@pytest.mark.sqlite_only("SQLite journal modes")
def test_check_says_a_wal_file_is_in_wal_mode_not_read_only(workspace: Path) -> None:
    wal(workspace)
    before = file_digest(workspace)

    result = run_cli("check", "--db", workspace)

    assert result.code == 4
    assert "WAL" in result.stderr and "read-only" not in result.stderr
    assert file_digest(workspace) == before


@pytest.mark.sqlite_only("SQLite journal modes")
def test_a_change_puts_a_wal_file_back_in_rollback_mode(workspace: Path) -> None:
    wal(workspace)

    assert call_cli("member", "add", "Anne", "--db", workspace).code == 0

    assert not header_says_wal(workspace)
    assert call_cli("check", "--db", workspace).code == 0


# --- who is writing -------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX accounts")
@pytest.mark.sqlite_only("reads the history from the SQLite file")
def test_the_history_names_the_account_not_the_user_variable(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pwd

    from partage.storage.actor import Actor

    account = pwd.getpwuid(os.getuid()).pw_name
    for variable in ("USER", "LOGNAME", "LNAME", "USERNAME"):
        monkeypatch.setenv(variable, "mallory")

    assert Actor.current().os_user == account
    assert call_cli("member", "add", "Anne", "--db", workspace).code == 0
    connection = sqlite3.connect(workspace)
    try:
        users = {row[0] for row in connection.execute("SELECT os_user FROM audit_log")}
    finally:
        connection.close()
    assert users == {account}
