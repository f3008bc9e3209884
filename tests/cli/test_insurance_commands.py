"""``insurance add | list`` through the command line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta

from tests.cli.conftest import call_cli, file_digest
from tests.cli.test_cost_commands import cost_scene, costs


@pytest.fixture
def scene(workspace: Path) -> dict[str, int]:
    """Alice, Bob, a van that counts km, a mower that counts hours and a room, by name."""
    return cost_scene(workspace)


def test_insurance_premium_becomes_an_insurance_cost_over_the_period(
    workspace: Path, scene: dict[str, int]
) -> None:
    result = call_cli(
        "insurance", "add", "Fourgonnette", "1 250,00 $", "--from", "2026-04-01",
        "--to", "2027-03-31", "--insurer", "Promutuel", "--policy", "AU-2231",
        "--json", "--db", workspace,
    )  # fmt: skip

    assert result.code == 0, result.stderr
    policy = result.json()
    assert policy["asset_id"] == scene["Fourgonnette"]
    assert policy["premium_cents"] == 125000
    assert policy["renewal"] == "2027-04-01"
    (cost,) = costs(workspace)
    assert cost["id"] == policy["cost_id"]
    assert cost["category"] == "insurance"
    assert cost["amount_cents"] == 125000
    assert (cost["start"], cost["end"]) == ("2026-04-01", "2027-03-31")
    assert cost["asset_id"] == scene["Fourgonnette"]
    assert cost["paid_by_member_id"] is None
    assert cost["supplier"] == "Promutuel"


def test_group_wide_policy_with_a_dash(workspace: Path) -> None:
    result = call_cli(
        "insurance", "add", "-", "480", "--from", "2026-01-01", "--to", "2026-12-31",
        "--insurer", "Desjardins", "--db", workspace,
    )  # fmt: skip

    assert result.code == 0, result.stderr
    (cost,) = costs(workspace)
    assert cost["asset_id"] is None and cost["category"] == "insurance"
    listing = call_cli("insurance", "list", "--db", workspace)
    row = next(line for line in listing.stdout.splitlines() if "Desjardins" in line)
    assert "(whole group)" in row and "$480.00" in row and "2027-01-01" in row


def test_policies_to_renew_soon(workspace: Path, scene: dict[str, int]) -> None:
    today = dt.date.today()
    year_ago, in_ten_days = today - relativedelta(years=1), today + dt.timedelta(days=10)
    soon = call_cli(
        "insurance", "add", "Fourgonnette", "900", "--from", year_ago.isoformat(),
        "--to", in_ten_days.isoformat(), "--insurer", "Bientôt", "--db", workspace,
    )  # fmt: skip
    later = call_cli(
        "insurance", "add", "Salle", "300", "--from", today.isoformat(),
        "--to", (today + relativedelta(years=1)).isoformat(), "--insurer", "Plus tard",
        "--db", workspace,
    )  # fmt: skip
    assert soon.code == later.code == 0

    due = call_cli("insurance", "list", "--due", "--json", "--db", workspace)

    assert [p["insurer"] for p in due.json()] == ["Bientôt"]


def test_insurance_needs_its_period_and_a_good_premium(
    workspace: Path, scene: dict[str, int]
) -> None:
    before = file_digest(workspace)

    no_end = call_cli("insurance", "add", "Salle", "300", "--from", "2026-01-01", "--db", workspace)
    bad = call_cli(
        "insurance", "add", "Salle", "trois cents", "--from", "2026-01-01", "--to", "2026-12-31",
        "--db", workspace,
    )  # fmt: skip
    backwards = call_cli(
        "insurance", "add", "Salle", "300", "--from", "2026-12-31", "--to", "2026-01-01",
        "--db", workspace,
    )  # fmt: skip

    assert no_end.code == bad.code == backwards.code == 2
    assert "--to" in no_end.stderr
    assert file_digest(workspace) == before
    unknown = call_cli(
        "insurance", "add", "Planeur", "300", "--from", "2026-01-01", "--to", "2026-12-31",
        "--db", workspace,
    )  # fmt: skip
    assert unknown.code == 2 and "Planeur" in unknown.stderr
    assert costs(workspace) == []
