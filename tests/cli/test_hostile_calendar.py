"""Hostile bookings and calendar files through ``book`` and ``import ics``: a clear
refusal with the right exit code and the database left as it was (hostile-input issue,
items 1 and 7)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.cli.conftest import CliResult, add_asset, add_members, call_cli, file_digest, run_cli

# What recurring-ical-events and icalendar keep as test files (duplicated_rrule.ics,
# multiple_rrule.ics, parsing_error.ics), with an asset and a member of the test database.
MULTIPLE_RRULE = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//CyrusIMAP.org/Cyrus 3.9.0//EN
BEGIN:VEVENT
UID:56cdc4dc-11b7-407c-86c6-9faedfc28afb
SUMMARY:My repeating event
X-PARTAGE-ASSET:Salle A
X-PARTAGE-MEMBER:Alice
RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=20
RRULE:FREQ=MONTHLY;BYDAY=2MO;COUNT=2
DTSTART;TZID=Europe/London:20270114T100000
DTEND;TZID=Europe/London:20270114T120000
END:VEVENT
END:VCALENDAR
"""
PARSING_ERROR = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
BEGIN:VEVENT
SUMMARY:Perfectly OK event
X-PARTAGE-ASSET:Salle A
X-PARTAGE-MEMBER:Alice
DTSTART;VALUE=DATE:20270303
DTEND;VALUE=DATE:20270304
RRULE:FREQ=DAILY;UNTIL=20270310T235959Z
EXDATE;VALUE=DATE:20270305
END:VEVENT
BEGIN:VEVENT
SUMMARY:Wrong event
X-PARTAGE-ASSET:Salle A
X-PARTAGE-MEMBER:Alice
DTSTART;VALUE=DATE:20270403
DTEND;VALUE=DATE:20270404
RRULE:FREQ=DAILY;UNTIL=20270410T235959Z
EXDATE;VALUE=DATE:20270405
EXDATE;VALUE=DATE:
END:VEVENT
END:VCALENDAR
"""


def calendar(*events: str) -> str:
    return (
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\n" + "".join(events) + "END:VCALENDAR\n"
    )


def event(*lines: str, summary: str = "Répétition", uid: str = "r1@test") -> str:
    head = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"SUMMARY:{summary}",
        "X-PARTAGE-ASSET:Salle A",
        "X-PARTAGE-MEMBER:Alice",
    ]
    return "\n".join([*head, *lines, "END:VEVENT"]) + "\n"


def write(tmp_path: Path, text: str, name: str = "hostile.ics") -> Path:
    path = tmp_path / name
    path.write_bytes(text.replace("\n", "\r\n").encode())
    return path


@pytest.fixture
def group(workspace: Path) -> Path:
    """A database in America/Montreal (the default zone) with Alice and "Salle A"."""
    add_members(workspace, "Alice")
    add_asset(workspace, "Salle A")
    return workspace


def bookings(db: Path | str) -> list[dict[str, Any]]:
    result = call_cli("bookings", "--json", "--db", db)
    assert result.code == 0, result.stderr
    rows: list[dict[str, Any]] = result.json()
    return rows


def refused(result: CliResult, code: int, *words: str) -> None:
    assert result.code == code, (result.code, result.stderr)
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in result.stderr, result.stderr


# --- item 1: a series whose occurrences overlap each other --------------------------------


@pytest.mark.parametrize(
    ("end", "rule", "named"),
    [
        ("2027-01-05T13:00", "FREQ=HOURLY;COUNT=3", "2027-01-05 11:00"),
        ("2027-01-07T10:00", "FREQ=DAILY;COUNT=2", "2027-01-06 10:00"),
    ],
)
def test_book_refuses_a_series_whose_occurrences_overlap(
    group: Path, end: str, rule: str, named: str
) -> None:
    before = file_digest(group)
    result = run_cli(
        "book", "Salle A", "Alice", "2027-01-05T10:00", end, "--rrule", rule, "--db", group
    )
    refused(result, 3, "overlap", "2027-01-05 10:00", named)
    assert file_digest(group) == before
    assert call_cli("check", "--db", group).code == 0


def test_book_names_a_time_the_clocks_skip(group: Path) -> None:
    before = file_digest(group)
    result = run_cli(
        "book", "Salle A", "Alice", "2026-03-08T02:30", "2026-03-08T03:00", "--db", group
    )
    refused(result, 2, "2026-03-08 02:30", "America/Montreal")
    assert "end after it starts" not in result.stderr
    assert file_digest(group) == before


@pytest.mark.parametrize(
    ("events", "named"),
    [
        # a series longer than its interval
        ([event("DTSTART:20270105T100000", "DTEND:20270105T130000", "RRULE:FREQ=HOURLY;COUNT=3")],
         "2027-01-05 11:00"),
        ([event("DTSTART:20270105T100000", "DTEND:20270107T100000", "RRULE:FREQ=DAILY;COUNT=2")],
         "2027-01-06 10:00"),
        # an override moved onto the next occurrence
        ([event("DTSTART:20270105T100000", "DTEND:20270105T110000", "RRULE:FREQ=DAILY;COUNT=3"),
          event("RECURRENCE-ID:20270105T100000", "DTSTART:20270106T103000",
                "DTEND:20270106T113000", summary="Déplacée")],
         "2027-01-06 10:30"),
        # an RDATE on top of an occurrence of the rule
        ([event("DTSTART:20270105T100000", "DTEND:20270105T110000", "RRULE:FREQ=DAILY;COUNT=3",
                "RDATE:20270106T103000")],
         "2027-01-06 10:30"),
    ],
)  # fmt: skip
def test_import_refuses_an_event_whose_occurrences_overlap(
    group: Path, tmp_path: Path, events: list[str], named: str
) -> None:
    path = write(tmp_path, calendar(*events))
    before = file_digest(group)
    result = call_cli("import", "ics", path, "--db", group)
    refused(result, 3, "Répétition", "overlap", named)
    assert file_digest(group) == before


def test_import_refuses_two_events_of_the_file_that_overlap(group: Path, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        calendar(
            event("DTSTART:20270105T100000", "DTEND:20270105T110000"),
            event("DTSTART:20270105T103000", "DTEND:20270105T113000", summary="Autre", uid="a"),
        ),
    )
    before = file_digest(group)
    result = run_cli("import", "ics", path, "--db", group)
    refused(result, 3, "Répétition", "Autre", "2027-01-05 10:30")
    assert file_digest(group) == before


# --- item 7: what a calendar file may hold -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "words"),
    [
        (PARSING_ERROR, 2, ("Wrong event", "EXDATE")),
        (calendar(event("DTSTART:20270105T100000", "DTEND:20270105T110000",
                        "RRULE:FREQ=DAILY;COUNT=3", "EXDATE:garbage")),
         2, ("Répétition", "EXDATE", "garbage")),
        (MULTIPLE_RRULE, 2, ("My repeating event", "RRULE")),
        (calendar(event("DTSTART;TZID=Mars/Olympus:20270105T100000",
                        "DTEND;TZID=Mars/Olympus:20270105T110000")),
         2, ("Répétition", "Mars/Olympus")),
        (calendar(event("DTSTART;TZID=America/Montreal:20260308T023000",
                        "DTEND;TZID=America/Montreal:20260308T040000")),
         2, ("Répétition", "2026-03-08 02:30", "America/Montreal")),
        (calendar(event("DTSTART:20270105T100000", "DURATION:P99999999D")),
         2, ("Répétition",)),
        (calendar(event("DTSTART:20270105T100000", "DURATION:P999999D")),
         2, ("Répétition",)),
        (calendar(event("DTSTART:20270105T100000", "DTSTART:20270106T100000",
                        "DTEND:20270106T110000")),
         2, ("Répétition", "DTSTART")),
        (calendar(event("DTSTART:20270105T100000", "DTEND:20270105T110000",
                        "RRULE:FREQ=DAILY;COUNT=3", "RRULE:garbage")),
         2, ("Répétition",)),
        (calendar(event("DTSTART:20270105T100000", "DURATION:-PT1H")),
         3, ("Répétition", "end after it starts")),
    ],
)  # fmt: skip
def test_a_hostile_calendar_is_refused_naming_the_event(
    group: Path, tmp_path: Path, text: str, code: int, words: tuple[str, ...]
) -> None:
    path = write(tmp_path, text)
    before = file_digest(group)
    result = call_cli("import", "ics", path, "--db", group)
    refused(result, code, *words)
    assert file_digest(group) == before


def test_the_real_process_refuses_a_broken_exdate_and_two_rules(
    group: Path, tmp_path: Path
) -> None:
    before = file_digest(group)
    for text, words in ((PARSING_ERROR, ("Wrong event",)), (MULTIPLE_RRULE, ("RRULE",))):
        result = run_cli("import", "ics", write(tmp_path, text), "--db", group)
        refused(result, 2, *words)
    result = run_cli(
        "import", "ics",
        write(tmp_path, calendar(event("DTSTART:20270105T100000", "DURATION:P99999999D"))),
        "--db", group,
    )  # fmt: skip
    refused(result, 2, "Répétition")
    assert file_digest(group) == before


def test_the_same_rule_written_twice_counts_once(group: Path, tmp_path: Path) -> None:
    """recurring-ical-events' duplicated_rrule.ics: two identical RRULE lines."""
    rule = "RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=3"
    path = write(
        tmp_path,
        calendar(event("DTSTART:20270107T100000", "DTEND:20270107T120000", rule, rule)),
    )
    result = call_cli("import", "ics", path, "--db", group)
    assert result.code == 0, result.stderr
    assert len(bookings(group)) == 3


def test_an_event_in_the_closed_books_is_refused(group: Path, tmp_path: Path) -> None:
    assert call_cli("period", "close", "2026-06-01", "--db", group).code == 0
    path = write(tmp_path, calendar(event("DTSTART:20260305T100000", "DTEND:20260305T110000")))
    before = file_digest(group)
    result = run_cli("import", "ics", path, "--db", group)
    refused(result, 3, "Répétition", "2026-03-05", "2026-06-01")
    assert file_digest(group) == before
    # the same as ``book``, the other way in
    book = call_cli(
        "book", "Salle A", "Alice", "2026-03-05T10:00", "2026-03-05T11:00", "--db", group
    )
    assert book.code == 3


def test_an_exdate_day_takes_out_every_occurrence_that_starts_that_day(
    group: Path, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        calendar(
            event(
                "DTSTART:20270105T100000",
                "DTEND:20270105T110000",
                "RRULE:FREQ=HOURLY;INTERVAL=12;COUNT=6",  # 10:00 and 22:00, three days
                "EXDATE;VALUE=DATE:20270106",
            )
        ),
    )
    result = call_cli("import", "ics", path, "--db", group)
    assert result.code == 0, result.stderr
    days = sorted(b["start"][:10] for b in bookings(group))
    assert days == ["2027-01-05", "2027-01-05", "2027-01-07", "2027-01-07"]


def test_rdates_are_booked_and_an_export_gives_them_back(group: Path, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        calendar(
            event(
                "DTSTART:20270105T100000",
                "DTEND:20270105T110000",
                "RRULE:FREQ=DAILY;COUNT=2",
                "RDATE:20270110T100000,20270105T100000",  # the second is the rule's own
                "RDATE;VALUE=PERIOD:20270112T100000/PT2H",
                "RDATE;VALUE=DATE:20270113",
                "EXDATE:20270113T100000",  # an EXDATE wins over an RDATE
            )
        ),
    )
    result = call_cli("import", "ics", path, "--json", "--db", group)
    assert result.code == 0, result.stderr
    assert result.json()["bookings"] == 4
    spans = sorted((b["start"][:16], b["end"][:16]) for b in bookings(group))
    assert spans == [
        ("2027-01-05T10:00", "2027-01-05T11:00"),
        ("2027-01-06T10:00", "2027-01-06T11:00"),
        ("2027-01-10T10:00", "2027-01-10T11:00"),
        ("2027-01-12T10:00", "2027-01-12T12:00"),
    ]
    out = tmp_path / "out.ics"
    assert call_cli("export", "ics", "--out", out, "--db", group).code == 0
    other = tmp_path / "other.partage"
    assert call_cli("init", other, "--language", "en").code == 0
    add_members(other, "Alice")
    add_asset(other, "Salle A")
    assert call_cli("import", "ics", out, "--db", other).code == 0
    assert sorted((b["start"], b["end"]) for b in bookings(other)) == sorted(
        (b["start"], b["end"]) for b in bookings(group)
    )


def test_a_device_is_refused_at_once(group: Path) -> None:
    before = file_digest(group)
    result = run_cli("import", "ics", "/dev/zero", "--db", group)
    refused(result, 2, "/dev/zero")
    assert file_digest(group) == before


# --- generated hostile calendars -----------------------------------------------------------

VALUES = st.sampled_from(
    [
        "20270105T100000", "20270105", "20270105T100000Z", "garbage", "", "99999999T999999",
        "00010101T000000", "99991231T235959", "20260308T023000", "P99999999D", "-PT1H",
        "PT0S", "20270105T100000/PT1H", "FREQ=HOURLY;COUNT=500", "FREQ=DAILY;COUNT=3",
        "FREQ=SECONDLY;COUNT=1000", "FREQ=DAILY", ";;;", "FREQ=YEARLY;UNTIL=21991231",
    ]
)  # fmt: skip
PROPERTIES = st.sampled_from(
    [
        "DTSTART", "DTEND", "DURATION", "RRULE", "EXDATE", "RDATE", "RECURRENCE-ID",
        "DTSTART;TZID=America/Montreal", "DTSTART;TZID=Nowhere/Land", "DTEND;VALUE=DATE",
        "EXDATE;VALUE=DATE", "RDATE;VALUE=PERIOD", "DTSTART;VALUE=DATE",
    ]
)  # fmt: skip
LINES = st.lists(st.tuples(PROPERTIES, VALUES).map(lambda p: f"{p[0]}:{p[1]}"), max_size=6)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(events=st.lists(LINES, min_size=1, max_size=3))
def test_generated_calendars_are_refused_cleanly_or_booked_whole(
    group: Path, tmp_path: Path, events: list[list[str]]
) -> None:
    text = calendar(
        *(event(*lines, summary=f"E{n}", uid=f"u{n % 2}") for n, lines in enumerate(events))
    )
    path = write(tmp_path, text, "generated.ics")
    before = file_digest(group)
    count = len(bookings(group))
    result = call_cli("import", "ics", path, "--db", group)
    assert result.code in (0, 2, 3, 4), result.stderr
    assert "Traceback" not in result.stderr
    if result.code != 0:
        assert file_digest(group) == before
        assert len(bookings(group)) == count
    assert call_cli("check", "--db", group).code == 0
