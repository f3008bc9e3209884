"""``maintenance plan | due | done`` through the command line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from dateutil.relativedelta import relativedelta

from tests.cli.conftest import call_cli, file_digest
from tests.cli.test_cost_commands import cost_scene, costs


@pytest.fixture
def scene(workspace: Path) -> dict[str, int]:
    """Alice, Bob, a van that counts km, a mower that counts hours and a room, by name."""
    return cost_scene(workspace)


def due(db: Path, *args: str) -> list[dict[str, Any]]:
    result = call_cli("maintenance", "due", *args, "--json", "--db", db)
    assert result.code == 0, result.stderr
    return result.json()


def test_plan_done_and_due_again(workspace: Path, scene: dict[str, int]) -> None:
    today = dt.date.today()
    started = today - relativedelta(months=7)
    planned = call_cli(
        "maintenance", "plan", "Fourgonnette", "Vidange", "--every-months", "6",
        "--since", started.isoformat(), "--json", "--db", workspace,
    )  # fmt: skip
    assert planned.code == 0, planned.stderr
    assert planned.json()["every_months"] == 6

    (status,) = due(workspace)
    table = call_cli("maintenance", "due", "--db", workspace)

    assert status["state"] == "overdue"
    assert status["title"] == "Vidange" and status["asset"] == "Fourgonnette"
    assert status["due_date"] == (started + relativedelta(months=6)).isoformat()
    row = next(line for line in table.stdout.splitlines() if "Vidange" in line)
    assert "OVERDUE" in row and status["due_date"] in row

    done = call_cli(
        "maintenance", "done", "fourgonnette", "vidange", "--cost", "89,99 $",
        "--paid-by", "Bob", "--db", workspace,
    )  # fmt: skip

    assert done.code == 0, done.stderr
    (cost,) = costs(workspace, "--category", "maintenance")
    assert cost["amount_cents"] == 8999
    assert cost["asset_id"] == scene["Fourgonnette"]
    assert cost["paid_by_member_id"] == scene["Bob"]
    assert cost["start"] == today.isoformat()
    assert due(workspace) == []  # nothing due any more
    (again,) = due(workspace, "--all")
    assert again["state"] == "ok"
    assert again["due_date"] == (today + relativedelta(months=6)).isoformat()
    quiet = call_cli("maintenance", "due", "--db", workspace)
    assert quiet.stdout == "" and "No maintenance due." in quiet.stderr


def test_plan_by_the_meter_counts_from_the_reading_when_done(
    workspace: Path, scene: dict[str, int]
) -> None:
    planned = call_cli(
        "maintenance", "plan", "Tondeuse", "Affûtage", "--every-hours", "50", "--db", workspace
    )
    assert planned.code == 0, planned.stderr

    done = call_cli(
        "maintenance", "done", "Tondeuse", "Affûtage", "--meter", "1 230", "--date", "2026-05-01",
        "--db", workspace,
    )  # fmt: skip

    assert done.code == 0, done.stderr
    (status,) = due(workspace, "--all")
    assert status["due_meter"] == 1280
    assert status["meter_unit"] == "hours"
    assert status["last_done"] == "2026-05-01"
    assert costs(workspace) == []  # no --cost, no cost


@pytest.mark.parametrize(
    ("asset", "option", "hint"),
    [
        ("Fourgonnette", "--every-hours", "--every-km"),
        ("Tondeuse", "--every-km", "--every-hours"),
    ],
)
def test_meter_interval_must_match_the_assets_meter(
    workspace: Path, scene: dict[str, int], asset: str, option: str, hint: str
) -> None:
    result = call_cli("maintenance", "plan", asset, "Révision", option, "500", "--db", workspace)

    assert result.code == 3
    assert asset in result.stderr and hint in result.stderr
    assert due(workspace, "--all") == []


def test_meter_interval_needs_an_asset_with_a_meter(workspace: Path, scene: dict[str, int]) -> None:
    result = call_cli(
        "maintenance", "plan", "Salle", "Peinture", "--every-km", "500", "--db", workspace
    )

    assert result.code == 3
    assert "Salle" in result.stderr and "no meter" in result.stderr
    assert due(workspace, "--all") == []


def test_plan_needs_an_interval(workspace: Path, scene: dict[str, int]) -> None:
    result = call_cli("maintenance", "plan", "Salle", "Peinture", "--db", workspace)

    assert result.code == 3
    assert "how often" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["plan", "Fourgonnette", "Vidange", "--every-months", "0"],
        ["plan", "Fourgonnette", "Vidange", "--every-months", "six"],
        ["plan", "Fourgonnette", "Vidange", "--every-km", "-5"],
        ["plan", "Fourgonnette", "Vidange", "--every-months", "1" * 5000],  # no int() of it
        ["plan", "Fourgonnette", "Vidange", "--every-km", "5000", "--every-hours", "5"],
        ["plan", "Fourgonnette", "Vidange", "--every-months", "6", "--since", "2026-13-01"],
        ["done", "Fourgonnette", "Vidange", "--meter", "12,5"],
        ["done", "Fourgonnette", "Vidange", "--cost", "beaucoup"],
        ["done", "Fourgonnette", "Vidange", "--date", "demain"],
    ],
)
def test_bad_maintenance_input_is_a_usage_error_and_the_file_is_untouched(
    workspace: Path, scene: dict[str, int], args: list[str]
) -> None:
    before = file_digest(workspace)

    result = call_cli("maintenance", *args, "--db", workspace)

    assert result.code == 2
    assert result.stderr.strip()
    assert file_digest(workspace) == before


def test_done_for_an_unknown_plan_is_a_usage_error(workspace: Path, scene: dict[str, int]) -> None:
    result = call_cli(
        "maintenance", "done", "Fourgonnette", "Lavage", "--cost", "20", "--db", workspace
    )

    assert result.code == 2
    assert "Lavage" in result.stderr
    assert costs(workspace) == []
