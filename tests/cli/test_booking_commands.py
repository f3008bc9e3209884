"""``book``, ``bookings``, ``cancel``, ``checkout`` and ``checkin`` through the command line.

The databases are in America/Montreal, which moves to daylight time on 2026-03-08.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partage.cli import booking_commands, parser
from tests.cli.conftest import CliResult, add_members, call_cli, file_digest
from tests.cli.test_translation import needs_french_catalog, run_with_catalog

# Any whole number, the huge and the negative ones too, and those near the limits.
METER_READINGS = st.one_of(
    st.integers(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.integers(min_value=0, max_value=2_000),
    st.integers(min_value=99_999_000, max_value=100_001_000),
)


def add_metered_van(path: Path, name: str = "Fourgonnette") -> int:
    """A vehicle with a km meter, added through the service to set the scene quickly."""
    from partage.services.assets import AssetInput, add_asset
    from partage.services.workspace import BackupPolicy, open_workspace

    db = open_workspace(path, backup=BackupPolicy(enabled=False))
    try:
        return add_asset(db, AssetInput(name=name, kind="vehicle", meter="km")).id
    finally:
        db.close()


@pytest.fixture
def scene(workspace: Path) -> dict[str, int]:
    """Alice, Bob and a van with a meter, by name to id."""
    ids = add_members(workspace, "Alice", "Bob")
    ids["Fourgonnette"] = add_metered_van(workspace)
    return ids


def book(db: Path, *args: str) -> CliResult:
    return call_cli("book", *args, "--db", db)


def bookings(db: Path, *args: str) -> list[dict[str, Any]]:
    result = call_cli("bookings", *args, "--json", "--db", db)
    assert result.code == 0, result.stderr
    return result.json()


def book_van(
    db: Path, start: str = "2026-03-02T09:00", end: str = "2026-03-02T12:00", member: str = "Alice"
) -> str:
    """Book the van once; the booking's number as typed on the command line."""
    result = book(db, "Fourgonnette", member, start, end, "--json")
    assert result.code == 0, result.stderr
    (booking,) = result.json()["bookings"]
    return str(booking["id"])


def test_a_booking_comes_back_in_the_list_with_local_times(
    workspace: Path, scene: dict[str, int]
) -> None:
    result = book(
        workspace, "fourgonnette", "alice", "2026-03-02T09:00", "2026-03-02T12:00",
        "--note", "Déménagement", "--json",
    )  # fmt: skip

    assert result.code == 0, result.stderr
    made = result.json()
    assert made["skipped"] == []
    (booking,) = made["bookings"]
    assert booking["asset_id"] == scene["Fourgonnette"]
    assert booking["member_id"] == scene["Alice"]
    assert booking["start"] == "2026-03-02T09:00:00-05:00"
    assert booking["end"] == "2026-03-02T12:00:00-05:00"
    assert booking["series_id"] is None
    (listed,) = bookings(workspace)
    assert {k: listed[k] for k in booking} == booking
    assert listed["status"] == "confirmed"
    assert listed["kind"] == "loan"
    assert listed["note"] == "Déménagement"
    assert listed["overdue"] is False


def test_touching_bookings_are_allowed_and_an_overlap_writes_nothing(
    workspace: Path, scene: dict[str, int]
) -> None:
    assert (
        book(workspace, "Fourgonnette", "Alice", "2026-03-02T09:00", "2026-03-02T12:00").code == 0
    )
    assert book(workspace, "Fourgonnette", "Bob", "2026-03-02T12:00", "2026-03-02T15:00").code == 0
    before, listed = file_digest(workspace), bookings(workspace)

    result = book(workspace, "Fourgonnette", "Bob", "2026-03-02T11:59", "2026-03-02T12:30")

    assert result.code == 3
    assert "2026-03-02 09:00" in result.stderr and "Nothing was booked" in result.stderr
    assert result.stdout == ""
    assert file_digest(workspace) == before
    assert bookings(workspace) == listed


def test_a_weekly_series_keeps_its_local_time_across_the_dst_change(
    workspace: Path, scene: dict[str, int]
) -> None:
    result = book(
        workspace, "Fourgonnette", "Alice", "2026-03-03T09:00", "2026-03-03T10:00",
        "--rrule", "FREQ=WEEKLY;BYDAY=TU;COUNT=4", "--json",
    )  # fmt: skip

    assert result.code == 0, result.stderr
    made = result.json()["bookings"]
    assert [b["start"] for b in made] == [
        "2026-03-03T09:00:00-05:00",
        "2026-03-10T09:00:00-04:00",
        "2026-03-17T09:00:00-04:00",
        "2026-03-24T09:00:00-04:00",
    ]
    assert [b["end"][11:] for b in made] == ["10:00:00-05:00"] + ["10:00:00-04:00"] * 3
    assert len({b["series_id"] for b in made}) == 1 and made[0]["series_id"] is not None
    assert [b["id"] for b in bookings(workspace)] == [b["id"] for b in made]


def test_a_conflict_in_a_series_names_the_date_and_skip_conflicts_books_the_others(
    workspace: Path, scene: dict[str, int]
) -> None:
    assert book(workspace, "Fourgonnette", "Bob", "2026-03-17T09:30", "2026-03-17T10:30").code == 0
    series = (
        "Fourgonnette", "Alice", "2026-03-03T09:00", "2026-03-03T10:00",
        "--rrule", "FREQ=WEEKLY;BYDAY=TU;COUNT=4",
    )  # fmt: skip
    before = file_digest(workspace)

    refused = book(workspace, *series)

    assert refused.code == 3
    assert "2026-03-17" in refused.stderr and "2026-03-10" not in refused.stderr
    assert file_digest(workspace) == before
    assert len(bookings(workspace)) == 1

    skipping = book(workspace, *series, "--skip-conflicts", "--json")

    assert skipping.code == 0, skipping.stderr
    made = skipping.json()
    assert [b["start"][:10] for b in made["bookings"]] == ["2026-03-03", "2026-03-10", "2026-03-24"]
    assert [s["start"] for s in made["skipped"]] == ["2026-03-17T09:00:00-04:00"]
    assert "2026-03-17" in skipping.stderr
    assert len(bookings(workspace, "--member", "Alice")) == 3


def test_cancel_following_cancels_the_rest_of_the_series(
    workspace: Path, scene: dict[str, int]
) -> None:
    made = book(
        workspace, "Fourgonnette", "Alice", "2026-03-03T09:00", "2026-03-03T10:00",
        "--rrule", "FREQ=WEEKLY;BYDAY=TU;COUNT=4", "--json",
    ).json()["bookings"]  # fmt: skip
    ids = [b["id"] for b in made]

    result = call_cli("cancel", str(ids[1]), "--following", "--json", "--db", workspace)

    assert result.code == 0, result.stderr
    assert result.json() == {"cancelled": ids[1:]}
    assert [b["id"] for b in bookings(workspace)] == ids[:1]
    every = bookings(workspace, "--cancelled")
    assert [b["status"] for b in every] == ["confirmed", "cancelled", "cancelled", "cancelled"]


def test_cancel_without_following_cancels_one_occurrence(
    workspace: Path, scene: dict[str, int]
) -> None:
    made = book(
        workspace, "Fourgonnette", "Alice", "2026-03-03T09:00", "2026-03-03T10:00",
        "--rrule", "FREQ=DAILY;COUNT=3", "--json",
    ).json()["bookings"]  # fmt: skip

    result = call_cli("cancel", str(made[1]["id"]), "--db", workspace)

    assert result.code == 0, result.stderr
    assert [b["id"] for b in bookings(workspace)] == [made[0]["id"], made[2]["id"]]


def test_checkout_and_checkin_record_the_meter_and_condition(
    workspace: Path, scene: dict[str, int]
) -> None:
    number = book_van(workspace)

    out = call_cli("checkout", number, "--meter", "12 000", "--json", "--db", workspace)
    assert out.code == 0, out.stderr
    assert out.json()["status"] == "checked_out" and out.json()["checkout_meter"] == 12000

    back = call_cli(
        "checkin", number, "--meter", "12345", "--condition", "Rayure sur le pare-chocs",
        "--db", workspace,
    )  # fmt: skip

    assert back.code == 0, back.stderr
    assert "Fourgonnette" in back.stderr
    (listed,) = bookings(workspace)
    assert listed["status"] == "returned"
    assert (listed["checkout_meter"], listed["return_meter"]) == (12000, 12345)
    assert listed["condition"] == "Rayure sur le pare-chocs"


def test_a_meter_lower_than_the_last_reading_is_refused_and_nothing_changes(
    workspace: Path, scene: dict[str, int]
) -> None:
    number = book_van(workspace)
    assert call_cli("checkout", number, "--meter", "1000", "--db", workspace).code == 0
    before, listed = file_digest(workspace), bookings(workspace)

    result = call_cli("checkin", number, "--meter", "900", "--db", workspace)

    assert result.code == 3
    assert "900" in result.stderr and "1000" in result.stderr
    assert file_digest(workspace) == before
    assert bookings(workspace) == listed
    assert listed[0]["status"] == "checked_out"


@pytest.mark.parametrize("text", ["12.5", "12,5", "-3", "1e3", "douze", ""])
def test_a_meter_that_is_not_a_whole_number_is_a_usage_error(
    workspace: Path, scene: dict[str, int], text: str
) -> None:
    number = book_van(workspace)
    before = file_digest(workspace)

    result = call_cli("checkout", number, f"--meter={text}", "--db", workspace)

    assert result.code == 2
    assert "not a meter reading" in result.stderr and f"“{text}”" in result.stderr
    assert file_digest(workspace) == before


def test_the_range_includes_both_days_in_the_database_zone(
    workspace: Path, scene: dict[str, int]
) -> None:
    # 22:00 on March 31 in Montréal is already April 1 in UTC; 00:30 on March 1 is not
    # February 28 anywhere near: the range is about the database's clock.
    for start, end in [
        ("2026-02-28T22:00", "2026-02-28T23:30"),
        ("2026-03-01T00:00", "2026-03-01T01:00"),
        ("2026-03-31T22:00", "2026-03-31T23:00"),
        ("2026-04-01T00:00", "2026-04-01T01:00"),
    ]:
        assert book(workspace, "Fourgonnette", "Alice", start, end).code == 0, (start, end)

    march = bookings(workspace, "--from", "2026-03-01", "--to", "2026-03-31")
    one_day = bookings(workspace, "--from", "2026-03-31", "--to", "2026-03-31")

    assert [b["start"] for b in march] == [
        "2026-03-01T00:00:00-05:00",
        "2026-03-31T22:00:00-04:00",
    ]
    assert [b["start"] for b in one_day] == ["2026-03-31T22:00:00-04:00"]


def test_bookings_of_one_asset_or_member(workspace: Path, scene: dict[str, int]) -> None:
    add_metered_van(workspace, "Remorque")
    book(workspace, "Fourgonnette", "Alice", "2026-03-02T09:00", "2026-03-02T12:00")
    book(workspace, "Remorque", "Bob", "2026-03-02T09:00", "2026-03-02T12:00")

    by_asset = bookings(workspace, "--asset", "remorque")
    by_member = bookings(workspace, "--member", str(scene["Alice"]))

    assert [b["member_id"] for b in by_asset] == [scene["Bob"]]
    assert [b["asset_id"] for b in by_member] == [scene["Fourgonnette"]]


@pytest.mark.parametrize("text", ["2026-03-02 9h", "2026-02-30T09:00", "02/03/2026 09:00"])
def test_a_bad_date_time_is_a_usage_error_and_the_file_is_untouched(
    workspace: Path, scene: dict[str, int], text: str
) -> None:
    before = file_digest(workspace)

    result = book(workspace, "Fourgonnette", "Alice", text, "2026-03-02T12:00")

    assert result.code == 2
    assert text in result.stderr and "YYYY-MM-DDTHH:MM" in result.stderr
    assert file_digest(workspace) == before


def test_a_bad_date_in_the_range_is_a_usage_error(workspace: Path) -> None:
    result = call_cli("bookings", "--from", "2026-03-32", "--db", workspace)

    assert result.code == 2
    assert "YYYY-MM-DD" in result.stderr


def test_an_unknown_asset_or_member_is_a_usage_error(
    workspace: Path, scene: dict[str, int]
) -> None:
    no_asset = book(workspace, "Tracteur", "Alice", "2026-03-02T09:00", "2026-03-02T12:00")
    no_member = book(workspace, "Fourgonnette", "Zoé", "2026-03-02T09:00", "2026-03-02T12:00")

    assert (no_asset.code, no_member.code) == (2, 2)
    assert "Tracteur" in no_asset.stderr and "Zoé" in no_member.stderr
    assert bookings(workspace) == []


def test_a_blackout_needs_no_member_and_blocks_loans(
    workspace: Path, scene: dict[str, int]
) -> None:
    closed = book(
        workspace, "Fourgonnette", "2026-03-02T08:00", "2026-03-02T18:00",
        "--blackout", "--note", "Inspection", "--json",
    )  # fmt: skip
    assert closed.code == 0, closed.stderr
    also = book(
        workspace, "Fourgonnette", "-", "2026-03-03T08:00", "2026-03-03T18:00", "--blackout"
    )
    assert also.code == 0, also.stderr

    loan = book(workspace, "Fourgonnette", "Alice", "2026-03-02T09:00", "2026-03-02T10:00")

    assert loan.code == 3
    listed = bookings(workspace)
    assert [(b["kind"], b["member_id"]) for b in listed] == [("blackout", None)] * 2
    assert listed[0]["note"] == "Inspection"


@pytest.mark.parametrize(
    "args",
    [
        ["Fourgonnette", "2026-03-02T09:00", "2026-03-02T12:00"],
        ["Fourgonnette", "Alice", "2026-03-02T09:00", "2026-03-02T12:00", "--blackout"],
    ],
    ids=["loan without member", "blackout with member"],
)
def test_a_member_is_needed_for_a_loan_and_refused_for_a_blackout(
    workspace: Path, scene: dict[str, int], args: list[str]
) -> None:
    before = file_digest(workspace)

    result = book(workspace, *args)

    assert result.code == 2
    assert "MEMBER" in result.stderr
    assert file_digest(workspace) == before


def test_a_requested_booking_keeps_its_status(workspace: Path, scene: dict[str, int]) -> None:
    result = book(
        workspace, "Fourgonnette", "Alice", "2026-03-02T09:00", "2026-03-02T12:00",
        "--status", "requested",
    )  # fmt: skip

    assert result.code == 0, result.stderr
    assert [b["status"] for b in bookings(workspace)] == ["requested"]


def test_the_table_shows_names_local_times_and_overdue_loans(
    workspace: Path, scene: dict[str, int]
) -> None:
    # Checked out in 2020 and never returned: overdue whatever today is.
    late = book_van(workspace, "2020-01-06T09:00", "2020-01-06T12:00")
    assert call_cli("checkout", late, "--db", workspace).code == 0
    book(workspace, "Fourgonnette", "Bob", "2099-07-01T14:30", "2099-07-01T16:00")

    result = call_cli("bookings", "--db", workspace, "--lang", "en")

    assert result.code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "Asset" in lines[0] and "Member" in lines[0] and "Status" in lines[0]
    alice = next(line for line in lines if "Alice" in line)
    bob = next(line for line in lines if "Bob" in line)
    assert "Fourgonnette" in alice and "2020-01-06 9:00" in alice
    assert "checked out" in alice and "OVERDUE" in alice
    assert "2099-07-01 2:30" in bob and "confirmed" in bob and "OVERDUE" not in bob
    assert [b["overdue"] for b in bookings(workspace)] == [True, False]


def test_no_bookings_is_said_and_json_is_an_empty_array(workspace: Path) -> None:
    result = call_cli("bookings", "--db", workspace)

    assert result.code == 0
    assert result.stdout == "" and "No bookings" in result.stderr
    assert bookings(workspace) == []


@pytest.mark.parametrize(
    "args",
    [["cancel", "douze"], ["cancel", "99"], ["checkin", "99"], ["checkout", "1.5"]],
    ids=" ".join,
)
def test_an_unknown_or_malformed_booking_number_is_a_usage_error(
    workspace: Path, args: list[str]
) -> None:
    before = file_digest(workspace)

    result = call_cli(*args, "--db", workspace)

    assert result.code == 2
    assert args[1] in result.stderr
    assert file_digest(workspace) == before


def test_a_checked_out_booking_cannot_be_cancelled(workspace: Path, scene: dict[str, int]) -> None:
    number = book_van(workspace)
    assert call_cli("checkout", number, "--db", workspace).code == 0

    result = call_cli("cancel", number, "--db", workspace)

    assert result.code == 3
    assert bookings(workspace)[0]["status"] == "checked_out"


def test_a_range_that_ends_before_it_starts_is_a_usage_error(workspace: Path) -> None:
    result = call_cli("bookings", "--from", "2026-03-31", "--to", "2026-03-01", "--db", workspace)

    assert result.code == 2
    assert "2026-03-01" in result.stderr and "2026-03-31" in result.stderr


# --- membership dates and meter readings ------------------------------------------------


def add_member_who_left(path: Path) -> int:
    """Priya Raman, a member from 2022-01-10 to 2024-06-30 (both days included)."""
    import datetime as dt

    from partage.services.members import MemberInput, add_member
    from partage.services.workspace import BackupPolicy, open_workspace

    db = open_workspace(path, backup=BackupPolicy(enabled=False))
    try:
        data = MemberInput(
            name="Priya Raman", joined=dt.date(2022, 1, 10), left=dt.date(2024, 6, 30)
        )
        return add_member(db, data).id
    finally:
        db.close()


def audit_of_bookings(db: Path) -> list[dict[str, Any]]:
    result = call_cli("audit", "--entity", "booking", "--json", "--db", db)
    assert result.code == 0, result.stderr
    return result.json()


@pytest.mark.parametrize(
    ("start", "end", "said"),
    [
        ("2024-07-02T09:00", "2024-07-02T12:00", "left the group on 2024-06-30"),
        ("2024-06-30T22:00", "2024-07-01T09:00", "left the group on 2024-06-30"),
        ("2022-01-09T09:00", "2022-01-09T12:00", "joined the group on 2022-01-10"),
    ],
    ids=["after leaving", "overnight past the last day", "before joining"],
)
def test_a_booking_outside_the_membership_is_refused_and_nothing_changes(
    workspace: Path, scene: dict[str, int], start: str, end: str, said: str
) -> None:
    add_member_who_left(workspace)
    before = file_digest(workspace)

    result = book(workspace, "Fourgonnette", "Priya Raman", start, end)

    assert result.code == 3
    assert f"Priya Raman {said}" in result.stderr
    assert result.stdout == ""
    assert file_digest(workspace) == before


def test_a_booking_inside_the_membership_is_made(workspace: Path, scene: dict[str, int]) -> None:
    add_member_who_left(workspace)

    result = book(workspace, "Fourgonnette", "Priya Raman", "2024-06-30T09:00", "2024-07-01T00:00")

    assert result.code == 0, result.stderr
    assert len(bookings(workspace, "--member", "Priya Raman")) == 1


def test_a_series_running_past_the_day_the_member_left_is_refused_whole(
    workspace: Path, scene: dict[str, int]
) -> None:
    add_member_who_left(workspace)
    before = file_digest(workspace)

    result = book(
        workspace, "Fourgonnette", "Priya Raman", "2024-06-18T09:00", "2024-06-18T10:00",
        "--rrule", "FREQ=WEEKLY;COUNT=4", "--skip-conflicts",
    )  # fmt: skip

    assert result.code == 3
    assert "2 of the 4 dates" in result.stderr and "2024-07-02" in result.stderr
    assert file_digest(workspace) == before


def future_loan_checked_out(workspace: Path, meter: str = "1000") -> str:
    """A three-hour loan of the van, booked ahead and checked out now at *meter*: the loan
    lasts its booked three hours when it comes back within them."""
    number = book_van(workspace, "2030-03-04T09:00", "2030-03-04T12:00")
    out = call_cli("checkout", number, "--meter", meter, "--db", workspace)
    assert out.code == 0, out.stderr
    return number


def test_an_implausible_km_reading_is_refused_with_its_figures_and_nothing_changes(
    workspace: Path, scene: dict[str, int]
) -> None:
    number = future_loan_checked_out(workspace)
    before, listed, audited = file_digest(workspace), bookings(workspace), audit_of_bookings(
        workspace
    )

    result = call_cli("checkin", number, "--meter", "99999999", "--db", workspace)

    assert result.code == 3
    assert "99998999 km driven in 3 h" in result.stderr
    assert "390 km at most, at 130 km/h" in result.stderr
    assert "--force" in result.stderr
    assert file_digest(workspace) == before
    assert bookings(workspace) == listed and listed[0]["status"] == "checked_out"
    assert audit_of_bookings(workspace) == audited


def test_force_records_the_implausible_reading_and_the_audit_says_so(
    workspace: Path, scene: dict[str, int]
) -> None:
    number = future_loan_checked_out(workspace)

    result = call_cli(
        "checkin", number, "--meter", "99999999", "--force", "--json", "--db", workspace
    )

    assert result.code == 0, result.stderr
    assert (result.json()["status"], result.json()["return_meter"]) == ("returned", 99_999_999)
    newest = audit_of_bookings(workspace)[0]
    assert (newest["action"], newest["entity_id"]) == ("checkin", int(number))
    assert "forced" in newest["summary"] and "99998999 km in 3 h" in newest["summary"]


def test_a_plausible_reading_needs_no_force(workspace: Path, scene: dict[str, int]) -> None:
    number = future_loan_checked_out(workspace)

    result = call_cli("checkin", number, "--meter", "1390", "--db", workspace)

    assert result.code == 0, result.stderr
    assert "forced" not in audit_of_bookings(workspace)[0]["summary"]


@pytest.mark.parametrize("text", ["-5", "-0", "100000000", "99999999999999999999", "9" * 5000])
def test_an_absurd_meter_reading_is_a_usage_error_without_a_crash(
    workspace: Path, scene: dict[str, int], text: str
) -> None:
    number = book_van(workspace)
    before = file_digest(workspace)

    checkout = call_cli("checkout", number, "--meter", text, "--db", workspace)

    assert checkout.code == 2, checkout.stderr
    assert "not a meter reading" in checkout.stderr
    assert file_digest(workspace) == before


def test_the_largest_meter_reading_agrees_with_the_service() -> None:
    from partage.services.bookings import MAX_METER_READING

    assert booking_commands.LARGEST_METER_READING == MAX_METER_READING


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(reading=METER_READINGS, force=st.booleans())
def test_no_meter_reading_is_ever_a_crash(
    workspace: Path,
    scene: dict[str, int],
    reading: int,
    force: bool,
) -> None:
    """Whatever whole number is typed at check-out and at check-in, the answer is done
    (0), a usage error (2) or a refusal (3), as the reading deserves; never a bug (1)."""
    import datetime as dt

    from partage.services.bookings import BookingRequest
    from partage.services.bookings import book as book_loan
    from partage.services.workspace import BackupPolicy, open_workspace

    db = open_workspace(workspace, backup=BackupPolicy(enabled=False))
    try:
        free = max((b.end for b in bookings_of(db)), default=dt.datetime(2030, 1, 1, tzinfo=dt.UTC))
        made = book_loan(
            db,
            BookingRequest(
                scene["Fourgonnette"], scene["Alice"], free, free + dt.timedelta(hours=3)
            ),
        ).bookings[0]
        lowest = last_reading(db)
    finally:
        db.close()
    number = str(made.id)

    code = call_cli("checkout", number, "--meter", str(reading), "--db", workspace).code

    if not 0 <= reading <= 99_999_999:
        assert code == 2
    else:
        assert code == (3 if lowest is not None and reading < lowest else 0)
    if code != 0:
        assert call_cli("checkout", number, "--db", workspace).code == 0
    start = reading if code == 0 else lowest
    back = [
        "checkin", number, "--meter", str(reading), "--db", workspace,
        *(["--force"] if force else []),
    ]  # fmt: skip

    assert call_cli(*back).code == expected_checkin(reading, start, force)


def expected_checkin(reading: int, start: int | None, force: bool) -> int:
    """The exit code of a check-in at *reading* of a three-hour loan that started at
    *start*: 130 km/h make 390 km at most."""
    if not 0 <= reading <= 99_999_999:
        return 2
    if start is None:
        return 0
    if reading < start or (reading - start > 390 and not force):
        return 3
    return 0


def bookings_of(db: Any) -> list[Any]:
    from partage.services.bookings import list_bookings

    return list_bookings(db)


def last_reading(db: Any) -> int | None:
    readings = [
        m for b in bookings_of(db) for m in (b.checkout_meter, b.return_meter) if m is not None
    ]
    return max(readings, default=None)


# --- the parser, in this process ------------------------------------------------------


def test_status_lists_match_the_models() -> None:
    from partage.models import BookingStatus

    assert [s.value for s in BookingStatus] == booking_commands.BOOKING_STATUSES
    assert set(booking_commands.NEW_BOOKING_STATUSES) <= set(booking_commands.BOOKING_STATUSES)


BAD_COMMAND_LINES = [
    ["book", "--help"],
    ["book"],
    ["book", "Van", "Alice", "2026-03-02T09:00", "2026-03-02T10:00", "--status", "done"],
    ["bookings", "--from"],
    ["cancel"],
    ["checkin", "1", "--meter"],
    ["export"],
    ["export", "ics"],
    ["import", "ics"],
    ["import", "csv", "x.csv"],
]


def test_every_argparse_string_of_these_commands_is_listed_for_translation(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: set[str] = set()
    original: Callable[[Any], Any] = parser._argparse_gettext

    def recording(text: Any) -> Any:
        if isinstance(text, str) and text:
            seen.add(text)
        return original(text)

    monkeypatch.setattr(argparse, "_", argparse._)
    monkeypatch.setattr(argparse, "ngettext", argparse.ngettext)
    monkeypatch.setattr(parser, "_argparse_gettext", recording)

    for argv in BAD_COMMAND_LINES:
        with pytest.raises(SystemExit):
            parser.build_parser().parse_args(argv)
    capsys.readouterr()

    assert seen - {"commands"} <= set(parser.ARGPARSE_STRINGS)


# --- languages ------------------------------------------------------------------------

TEST_CATALOG = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context><name>errors</name>
  <message><source>“{text}” is not a meter reading. Write a whole number of km or hours, \
for example 12345.</source>
    <translation>TEST-FR « {text} » n’est pas un relevé de compteur.</translation></message>
</context>
<context><name>cli</name>
  <message><source>Cancelled {count} booking(s): {ids}.</source>
    <translation>TEST-FR {count} réservation(s) annulée(s) : {ids}.</translation></message>
</context>
</TS>
"""


@pytest.fixture
def booking_catalog(tmp_path: Path) -> Path:
    """A folder holding a tiny compiled French catalog of booking messages."""
    lrelease = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if lrelease is None:
        pytest.skip("no lrelease to compile a test catalog")
    folder = tmp_path / "catalog"
    folder.mkdir()
    source = folder / "partage_fr.ts"
    source.write_text(TEST_CATALOG, encoding="utf-8")
    subprocess.run(
        [lrelease, str(source), "-qm", str(folder / "partage_fr.qm")],
        check=True,
        capture_output=True,
    )
    return folder


def test_booking_messages_follow_lang(
    booking_catalog: Path, workspace: Path, scene: dict[str, int]
) -> None:
    number = book_van(workspace)
    db = str(workspace)

    meter = run_with_catalog(
        booking_catalog, "checkout", number, "--meter", "1,5", "--lang", "fr", "--db", db
    )
    cancelled = run_with_catalog(booking_catalog, "cancel", number, "--lang", "fr", "--db", db)

    assert meter.code == 2
    assert "TEST-FR « 1,5 » n’est pas un relevé de compteur." in meter.stderr
    assert cancelled.code == 0
    assert f"TEST-FR 1 réservation(s) annulée(s) : {number}." in cancelled.stderr


@needs_french_catalog
def test_french_booking_messages_with_lang_fr(workspace: Path, scene: dict[str, int]) -> None:
    number = book_van(workspace)

    result = call_cli("checkout", number, "--meter", "1,5", "--lang", "fr", "--db", workspace)
    table = call_cli("bookings", "--lang", "fr", "--db", workspace)

    assert result.code == 2
    assert "1,5" in result.stderr and "not a meter reading" not in result.stderr
    assert "confirmed" not in table.stdout and "Fourgonnette" in table.stdout
