"""``export ics`` and ``import ics`` through the command line: all events or none."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import CliResult, add_asset, add_members, call_cli, file_digest


def book(db: Path, *args: str) -> CliResult:
    result = call_cli("book", *args, "--json", "--db", db)
    assert result.code == 0, result.stderr
    return result


def bookings(db: Path) -> list[dict[str, Any]]:
    result = call_cli("bookings", "--json", "--db", db)
    assert result.code == 0, result.stderr
    return result.json()


def by_name(db: Path) -> list[tuple[Any, ...]]:
    """The live bookings as (start, end, asset, member, kind, note, in a series), names
    folded as Partage compares them: ids differ from one database to another."""
    assets = {a["id"]: a["name"] for a in call_cli("asset", "list", "--json", "--db", db).json()}
    members = {m["id"]: m["name"] for m in call_cli("member", "list", "--json", "--db", db).json()}
    return sorted(
        (
            b["start"],
            b["end"],
            assets[b["asset_id"]].casefold(),
            members[b["member_id"]].casefold() if b["member_id"] is not None else "",
            b["kind"],
            b["note"],
            b["series_id"] is not None,
        )
        for b in bookings(db)
    )


@pytest.fixture
def source(workspace: Path) -> Path:
    """A database holding a loan, a blackout and a weekly series with one cancellation."""
    add_members(workspace, "Alice", "Élise Roy")
    add_asset(workspace, "Fourgonnette")
    add_asset(workspace, "Salle A")
    book(workspace, "Fourgonnette", "Alice", "2026-03-02T09:00", "2026-03-02T12:00")
    book(workspace, "Fourgonnette", "2026-03-05T08:00", "2026-03-05T17:00", "--blackout")
    series = book(
        workspace, "Salle A", "Élise Roy", "2026-03-03T18:00", "2026-03-03T21:00",
        "--rrule", "FREQ=WEEKLY;BYDAY=TU;COUNT=4", "--note", "Répétitions",
    ).json()["bookings"]  # fmt: skip
    assert call_cli("cancel", str(series[2]["id"]), "--db", workspace).code == 0
    return workspace


@pytest.fixture
def target(tmp_path: Path) -> Path:
    """A fresh database made with ``init``, holding the same names (added in another order,
    so that every id differs)."""
    path = tmp_path / "other.partage"
    assert call_cli("init", path, "--language", "en").code == 0
    add_members(path, "Bob", "élise roy", "ALICE")
    add_asset(path, "Salle A")
    add_asset(path, "Fourgonnette")
    return path


def export(db: Path, out: Path, *args: str) -> Path:
    result = call_cli("export", "ics", "--out", out, *args, "--db", db)
    assert result.code == 0, result.stderr
    return out


def test_an_export_imports_into_a_fresh_database_with_the_same_bookings(
    source: Path, target: Path, tmp_path: Path
) -> None:
    calendar = export(source, tmp_path / "bookings.ics")

    result = call_cli("import", "ics", calendar, "--json", "--db", target)

    assert result.code == 0, result.stderr
    assert result.json() == {"events": 3, "bookings": 5}
    assert by_name(target) == by_name(source)
    starts = [b["start"] for b in bookings(target) if b["note"] == "Répétitions"]
    assert starts == [
        "2026-03-03T18:00:00-05:00",
        "2026-03-10T18:00:00-04:00",
        "2026-03-24T18:00:00-04:00",
    ]


def test_importing_the_same_file_twice_is_a_conflict_and_adds_nothing(
    source: Path, target: Path, tmp_path: Path
) -> None:
    calendar = export(source, tmp_path / "bookings.ics")
    assert call_cli("import", "ics", calendar, "--db", target).code == 0
    before, listed = file_digest(target), bookings(target)

    result = call_cli("import", "ics", calendar, "--db", target)

    assert result.code == 3
    assert "already booked" in result.stderr
    assert bookings(target) == listed
    assert file_digest(target) == before


def test_one_conflicting_event_imports_none_of_them(
    source: Path, target: Path, tmp_path: Path
) -> None:
    calendar = export(source, tmp_path / "bookings.ics")
    # Only the last occurrence of the series is in the way; the other events are free.
    book(target, "Salle A", "Bob", "2026-03-24T20:00", "2026-03-24T22:00")
    before, listed = file_digest(target), bookings(target)

    result = call_cli("import", "ics", calendar, "--db", target)

    assert result.code == 3
    assert "2026-03-24" in result.stderr
    assert bookings(target) == listed
    assert file_digest(target) == before


def test_an_unknown_asset_is_a_usage_error_and_nothing_is_imported(
    source: Path, tmp_path: Path
) -> None:
    calendar = export(source, tmp_path / "bookings.ics")
    other = tmp_path / "no-van.partage"
    assert call_cli("init", other, "--language", "en").code == 0
    add_members(other, "Alice", "Élise Roy")
    add_asset(other, "Salle A")
    before = file_digest(other)

    result = call_cli("import", "ics", calendar, "--db", other)

    assert result.code == 2
    assert "Fourgonnette" in result.stderr and "Nothing was imported" in result.stderr
    assert bookings(other) == []
    assert file_digest(other) == before


def test_an_unknown_member_is_a_usage_error_and_nothing_is_imported(
    source: Path, tmp_path: Path
) -> None:
    calendar = export(source, tmp_path / "bookings.ics")
    other = tmp_path / "no-elise.partage"
    assert call_cli("init", other, "--language", "en").code == 0
    add_members(other, "Alice")
    add_asset(other, "Salle A")
    add_asset(other, "Fourgonnette")
    before = file_digest(other)

    result = call_cli("import", "ics", calendar, "--db", other)

    assert result.code == 2
    assert "Élise Roy" in result.stderr
    assert bookings(other) == []
    assert file_digest(other) == before


@pytest.mark.parametrize(
    "content",
    [b"", b"Liste d'\xc3\xa9picerie\nlait, pain\n", bytes(range(256)), b"BEGIN:VCALENDAR\r\n"],
    ids=["empty", "text", "binary", "truncated"],
)
def test_a_file_that_is_not_a_calendar_is_a_usage_error(
    target: Path, tmp_path: Path, content: bytes
) -> None:
    garbage = tmp_path / "garbage.ics"
    garbage.write_bytes(content)
    before = file_digest(target)

    result = call_cli("import", "ics", garbage, "--db", target)

    assert result.code == 2
    assert "not an iCalendar" in result.stderr
    assert bookings(target) == []
    assert file_digest(target) == before


def test_a_missing_file_is_a_usage_error(target: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.ics"

    result = call_cli("import", "ics", missing, "--db", target)

    assert result.code == 2
    assert str(missing) in result.stderr


def test_the_export_of_one_asset_holds_only_its_bookings(source: Path, tmp_path: Path) -> None:
    calendar = export(source, tmp_path / "room.ics", "--asset", "salle a")

    text = calendar.read_text(encoding="utf-8")

    assert "Salle A" in text and "Fourgonnette" not in text
    (rule,) = [line for line in text.splitlines() if line.startswith("RRULE:")]
    assert set(rule.removeprefix("RRULE:").split(";")) == {"FREQ=WEEKLY", "BYDAY=TU", "COUNT=4"}
    assert "EXDATE;TZID=America/Montreal:20260317T180000" in text  # the cancelled one
    assert text.count("BEGIN:VEVENT") == 1


def test_the_export_replaces_an_older_calendar(source: Path, tmp_path: Path) -> None:
    out = tmp_path / "bookings.ics"
    out.write_text("old", encoding="utf-8")

    export(source, out)

    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".partage") == [out.name]


@pytest.mark.sqlite_only("only a file can be overwritten by an export")
def test_the_export_never_replaces_a_database(source: Path, tmp_path: Path) -> None:
    before = file_digest(source)

    result = call_cli("export", "ics", "--out", source, "--db", source)

    assert result.code == 2
    assert "is a database" in result.stderr
    assert file_digest(source) == before


def test_an_export_into_a_missing_folder_is_a_usage_error(source: Path, tmp_path: Path) -> None:
    out = tmp_path / "nowhere" / "bookings.ics"

    result = call_cli("export", "ics", "--out", out, "--db", source)

    assert result.code == 2
    assert str(out) in result.stderr
    assert not out.parent.exists()


def test_an_export_of_an_unknown_asset_is_a_usage_error(source: Path, tmp_path: Path) -> None:
    out = tmp_path / "bookings.ics"

    result = call_cli("export", "ics", "--out", out, "--asset", "Tracteur", "--db", source)

    assert result.code == 2
    assert "Tracteur" in result.stderr
    assert not out.exists()
