"""``asset add | list | edit`` through the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import add_asset, add_members, call_cli, file_digest


@pytest.fixture
def members(workspace: Path) -> dict[str, int]:
    """Alice and Bob, by name to id."""
    return add_members(workspace, "Alice", "Bob")


def _assets(db: Path) -> list[dict]:
    result = call_cli("asset", "list", "--json", "--db", db)
    assert result.code == 0, result.stderr
    return result.json()


def test_asset_with_owners_and_price_comes_back_exactly(
    workspace: Path, members: dict[str, int]
) -> None:
    result = call_cli(
        "asset", "add", "Fourgonnette", "--db", workspace, "--kind", "vehicle",
        "--category", "Véhicules", "--location", "Stationnement", "--meter", "km",
        "--purchase-price", "1 234,56 $", "--purchase-date", "2025-06-01",
        "--owner", "Alice=2", "--owner", "bob=1", "--rule", "shares",
    )  # fmt: skip

    assert result.code == 0, result.stderr
    (asset,) = _assets(workspace)
    assert asset["name"] == "Fourgonnette"
    assert asset["kind"] == "vehicle"
    assert asset["category"] == "Véhicules"
    assert asset["location"] == "Stationnement"
    assert asset["meter"] == "km"
    assert asset["purchase_price_cents"] == 123456
    assert asset["purchase_date"] == "2025-06-01"
    assert asset["rule"] == "shares"
    assert asset["status"] == "active"
    owners = {o["member_id"]: o["weight"] for o in asset["owners"]}
    assert owners == {members["Alice"]: 2, members["Bob"]: 1}


def test_asset_without_options_has_no_meter_price_or_owners(workspace: Path) -> None:
    assert call_cli("asset", "add", "Salle A", "--kind", "space", "--db", workspace).code == 0

    (asset,) = _assets(workspace)

    assert asset["meter"] is None
    assert asset["purchase_price_cents"] is None
    assert asset["purchase_date"] is None
    assert asset["owners"] == []


def test_asset_list_prints_a_readable_table(workspace: Path, members: dict[str, int]) -> None:
    call_cli(
        "asset", "add", "Van", "--kind", "vehicle", "--purchase-price", "38500",
        "--owner", "Alice=1.5", "--db", workspace,
    )  # fmt: skip

    result = call_cli("asset", "list", "--db", workspace, "--lang", "en")

    assert result.code == 0, result.stderr
    row = next(line for line in result.stdout.splitlines() if "Van" in line)
    assert "$38,500.00" in row
    assert "Alice (1.5)" in row


@pytest.mark.parametrize("text", ["12,345", "abc"])
def test_bad_amount_is_refused_and_the_file_is_untouched(workspace: Path, text: str) -> None:
    before = file_digest(workspace)

    result = call_cli(
        "asset", "add", "Van", "--kind", "vehicle", "--purchase-price", text, "--db", workspace
    )

    assert result.code == 2
    assert text in result.stderr and "not an amount" in result.stderr
    assert file_digest(workspace) == before


@pytest.mark.parametrize("text", ["2026-02-30", "31/03/2026"])
def test_bad_purchase_date_is_refused_and_the_file_is_untouched(workspace: Path, text: str) -> None:
    before = file_digest(workspace)

    result = call_cli(
        "asset", "add", "Van", "--kind", "vehicle", "--purchase-date", text, "--db", workspace
    )

    assert result.code == 2
    assert "YYYY-MM-DD" in result.stderr
    assert file_digest(workspace) == before


def test_unknown_owner_is_a_usage_error_and_nothing_is_added(
    workspace: Path, members: dict[str, int]
) -> None:
    result = call_cli(
        "asset", "add", "Van", "--kind", "vehicle", "--owner", "Nobody=1", "--db", workspace
    )

    assert result.code == 2
    assert "Nobody" in result.stderr
    assert _assets(workspace) == []


@pytest.mark.parametrize("text", ["Alice", "Alice=", "=2", "Alice=zero"])
def test_malformed_owner_is_a_usage_error(
    workspace: Path, members: dict[str, int], text: str
) -> None:
    result = call_cli(
        "asset", "add", "Van", "--kind", "vehicle", "--owner", text, "--db", workspace
    )

    assert result.code == 2
    assert _assets(workspace) == []


def test_missing_kind_is_a_usage_error_with_the_usage_line(workspace: Path) -> None:
    result = call_cli("asset", "add", "Van", "--db", workspace)

    assert result.code == 2
    assert "usage:" in result.stderr and "--kind" in result.stderr
    assert result.stdout == ""


def test_unknown_asset_is_a_usage_error(workspace: Path) -> None:
    result = call_cli("asset", "edit", "Nothing", "--location", "here", "--db", workspace)

    assert result.code == 2
    assert "Nothing" in result.stderr


def test_edit_replaces_the_owners_and_keeps_the_rest(
    workspace: Path, members: dict[str, int]
) -> None:
    call_cli(
        "asset", "add", "Van", "--kind", "vehicle", "--purchase-price", "100",
        "--owner", "Alice=2", "--owner", "Bob=1", "--db", workspace,
    )  # fmt: skip
    (before,) = _assets(workspace)

    result = call_cli("asset", "edit", "van", "--owner", "Bob=3", "--db", workspace)

    assert result.code == 0, result.stderr
    (after,) = _assets(workspace)
    assert after["owners"] == [{"member_id": members["Bob"], "weight": 3, "weight_milli": 3000}]
    for field in ("name", "kind", "purchase_price_cents", "meter", "category", "rule"):
        assert after[field] == before[field]


def test_edit_changes_fields_and_can_clear_owners_and_price(
    workspace: Path, members: dict[str, int]
) -> None:
    call_cli(
        "asset", "add", "Van", "--kind", "vehicle", "--purchase-price", "100",
        "--owner", "Alice=2", "--db", workspace,
    )  # fmt: skip
    asset_id = _assets(workspace)[0]["id"]

    result = call_cli(
        "asset", "edit", str(asset_id), "--no-owners", "--purchase-price", "",
        "--status", "in_repair", "--name", "Van blanc", "--db", workspace,
    )  # fmt: skip

    assert result.code == 0, result.stderr
    (after,) = _assets(workspace)
    assert after["name"] == "Van blanc"
    assert after["owners"] == []
    assert after["purchase_price_cents"] is None
    assert after["status"] == "in_repair"


def test_owner_and_no_owners_together_are_a_usage_error(
    workspace: Path, members: dict[str, int]
) -> None:
    add_asset(workspace, "Van")

    result = call_cli(
        "asset", "edit", "Van", "--owner", "Alice=1", "--no-owners", "--db", workspace
    )

    assert result.code == 2


def test_removing_a_co_owner_after_edit_is_allowed(
    workspace: Path, members: dict[str, int]
) -> None:
    add_asset(workspace, "Van", {members["Alice"]: 1000})
    assert call_cli("asset", "edit", "Van", "--no-owners", "--db", workspace).code == 0

    result = call_cli("member", "remove", "Alice", "--db", workspace)

    assert result.code == 0, result.stderr
