"""``cost add`` and ``costs`` through the command line; and that the argparse words of
the cost, insurance, maintenance, split and payment commands are listed for translation."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from partage.cli import cost_commands, parser
from tests.cli.conftest import CliResult, add_members, call_cli, file_digest


def add_asset_with_meter(path: Path, name: str, meter: str) -> int:
    """An asset whose meter counts *meter* ("km", "hours" or "none"), through the service."""
    from partage.services.assets import AssetInput, add_asset
    from partage.services.workspace import BackupPolicy, open_workspace

    db = open_workspace(path, backup=BackupPolicy(enabled=False))
    try:
        return add_asset(db, AssetInput(name=name, kind="vehicle", meter=meter)).id
    finally:
        db.close()


def cost_scene(path: Path) -> dict[str, int]:
    """Alice, Bob, a van that counts km, a mower that counts hours and a room, by name."""
    ids = add_members(path, "Alice", "Bob")
    ids["Fourgonnette"] = add_asset_with_meter(path, "Fourgonnette", "km")
    ids["Tondeuse"] = add_asset_with_meter(path, "Tondeuse", "hours")
    ids["Salle"] = add_asset_with_meter(path, "Salle", "none")
    return ids


@pytest.fixture
def scene(workspace: Path) -> dict[str, int]:
    """Alice, Bob, a van that counts km, a mower that counts hours and a room, by name."""
    return cost_scene(workspace)


def costs(db: Path, *args: str) -> list[dict[str, Any]]:
    result = call_cli("costs", *args, "--json", "--db", db)
    assert result.code == 0, result.stderr
    return result.json()


def add_cost(db: Path, amount: str, *args: str) -> CliResult:
    return call_cli("cost", "add", amount, *args, "--db", db)


def test_choice_lists_match_the_services() -> None:
    from partage.services import costs as cost_service

    assert cost_commands.COST_CATEGORIES == cost_service.CATEGORIES
    assert sorted(set(cost_commands.RECEIPT_TYPES.values())) == sorted(cost_service.RECEIPT_TYPES)


BAD_COMMAND_LINES = [
    ["cost", "add", "--help"],
    ["cost", "add", "12"],
    ["cost", "add", "12", "--category", "gas"],
    ["cost", "add", "12", "--category", "fuel", "--period", "2026-03-01"],
    ["cost", "add", "12", "--category", "fuel", "--date", "2026-03-01", "--period", "a", "b"],
    ["costs", "--category"],
    ["insurance", "add", "Van", "100"],
    ["maintenance", "plan", "Van", "Oil", "--every-km", "1", "--every-hours", "1"],
    ["maintenance", "due", "--all", "yes"],
    ["maintenance", "done", "Van"],
    ["split", "--from", "2026-03-01"],
    ["balances", "--as-of"],
    ["settle", "--help"],
    ["payment", "add", "Alice"],
    ["payment"],
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

    def recording_plural(singular: str, plural: str, n: int) -> str:
        seen.add(singular if n == 1 else plural)
        return singular if n == 1 else plural

    monkeypatch.setattr(argparse, "_", argparse._)
    monkeypatch.setattr(argparse, "ngettext", argparse.ngettext)
    monkeypatch.setattr(parser, "_argparse_gettext", recording)
    monkeypatch.setattr(parser, "_argparse_ngettext", recording_plural)

    for argv in BAD_COMMAND_LINES:
        with pytest.raises(SystemExit):
            parser.build_parser().parse_args(argv)
    capsys.readouterr()

    assert "not allowed with argument %s" in seen
    assert seen - {"commands"} <= set(parser.ARGPARSE_STRINGS)


# --- cost add -------------------------------------------------------------------------


def test_cost_typed_the_quebec_way_is_kept_to_the_cent(
    workspace: Path, scene: dict[str, int]
) -> None:
    result = add_cost(
        workspace, "1 234,56 $", "--category", "repair", "--asset", "fourgonnette",
        "--date", "2026-03-10", "--paid-by", "Alice", "--supplier", "Garage Léo",
        "--note", "Freins avant",
    )  # fmt: skip

    assert result.code == 0, result.stderr
    (cost,) = costs(workspace)
    assert cost["amount_cents"] == 123456
    assert cost["start"] == cost["end"] == "2026-03-10"
    assert cost["category"] == "repair"
    assert cost["asset_id"] == scene["Fourgonnette"]
    assert cost["paid_by_member_id"] == scene["Alice"]
    assert cost["supplier"] == "Garage Léo"
    assert cost["note"] == "Freins avant"
    assert cost["rule"] == ""  # the asset's own rule applies
    assert "Added cost" in result.stderr and "$1,234.56" in result.stderr


def test_cost_without_date_or_payer_is_today_and_paid_by_the_treasury(workspace: Path) -> None:
    result = add_cost(workspace, "45", "--category", "consumables", "--json")

    assert result.code == 0, result.stderr
    printed = result.json()
    (cost,) = costs(workspace)
    assert printed == cost
    assert cost["start"] == cost["end"] == dt.date.today().isoformat()
    assert cost["paid_by_member_id"] is None
    assert cost["asset_id"] is None
    assert "the group's treasury" in result.stderr


def test_period_cost_covers_both_days(workspace: Path, scene: dict[str, int]) -> None:
    result = add_cost(
        workspace, "1200", "--category", "rent", "--asset", "Salle",
        "--period", "2026-01-01", "2026-12-31",
    )  # fmt: skip

    assert result.code == 0, result.stderr
    (cost,) = costs(workspace)
    assert (cost["start"], cost["end"]) == ("2026-01-01", "2026-12-31")
    assert cost["amount_cents"] == 120000


def test_rule_with_member_names_is_stored_by_member_id(
    workspace: Path, scene: dict[str, int]
) -> None:
    result = add_cost(
        workspace, "90", "--category", "fuel", "--date", "2026-03-01",
        "--rule", "weights:alice=2,Bob=1",
    )  # fmt: skip

    assert result.code == 0, result.stderr
    (cost,) = costs(workspace)
    assert cost["rule"] == f"weights:{scene['Alice']}=2,{scene['Bob']}=1"


@pytest.mark.parametrize(
    "args",
    [
        ["abc", "--category", "fuel"],
        ["12.345", "--category", "fuel"],
        ["12", "--category", "fuel", "--date", "2026-02-30"],
        ["12", "--category", "fuel", "--date", "31/03/2026"],
        ["12", "--category", "fuel", "--period", "2026-03-31", "2026-03-01"],
        [
            "12",
            "--category",
            "fuel",
            "--date",
            "2026-03-01",
            "--period",
            "2026-03-01",
            "2026-03-02",
        ],
        ["12", "--category", "gas"],
        ["12"],
    ],
)
def test_bad_cost_is_a_usage_error_and_the_file_is_untouched(
    workspace: Path, scene: dict[str, int], args: list[str]
) -> None:
    before = file_digest(workspace)

    result = add_cost(workspace, *args)

    assert result.code == 2
    assert result.stderr.strip()
    assert file_digest(workspace) == before


def test_bad_amount_and_date_say_what_is_wrong(workspace: Path) -> None:
    amount = add_cost(workspace, "douze", "--category", "fuel")
    date = add_cost(workspace, "12", "--category", "fuel", "--date", "2026-02-30")

    assert "douze" in amount.stderr and "not an amount" in amount.stderr
    assert "2026-02-30" in date.stderr and "YYYY-MM-DD" in date.stderr


@pytest.mark.parametrize(
    ("option", "name"),
    [("--asset", "Planeur"), ("--paid-by", "Zoé"), ("--rule", "weights:Zoé=1")],
)
def test_unknown_asset_or_member_is_a_usage_error_and_nothing_is_added(
    workspace: Path, scene: dict[str, int], option: str, name: str
) -> None:
    result = add_cost(workspace, "12", "--category", "fuel", option, name)

    assert result.code == 2
    assert "Planeur" in result.stderr or "Zoé" in result.stderr
    assert costs(workspace) == []


def test_zero_cost_is_refused_by_the_rule(workspace: Path) -> None:
    result = add_cost(workspace, "0,00", "--category", "fuel")

    assert result.code == 3
    assert "zero" in result.stderr
    assert costs(workspace) == []


def test_receipt_is_kept_with_the_cost(workspace: Path, tmp_path: Path) -> None:
    receipt = tmp_path / "facture-garage.PNG"
    receipt.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)

    result = add_cost(workspace, "80", "--category", "repair", "--receipt", receipt)

    assert result.code == 0, result.stderr
    (cost,) = costs(workspace)
    assert cost["has_receipt"] is True
    assert cost["receipt_name"] == "facture-garage.PNG"


def test_receipt_of_another_kind_or_missing_is_refused(workspace: Path, tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("pas un reçu", encoding="utf-8")
    before = file_digest(workspace)

    wrong_kind = add_cost(workspace, "80", "--category", "repair", "--receipt", text)
    missing = add_cost(workspace, "80", "--category", "repair", "--receipt", tmp_path / "no.pdf")

    assert wrong_kind.code == missing.code == 2
    assert "PDF, PNG, JPEG or WebP" in wrong_kind.stderr
    assert "no.pdf" in missing.stderr
    assert file_digest(workspace) == before


# --- costs ----------------------------------------------------------------------------


def test_costs_filters_by_days_asset_category_and_payer(
    workspace: Path, scene: dict[str, int]
) -> None:
    for args in (
        ["100", "--category", "fuel", "--asset", "Fourgonnette", "--date", "2026-02-15"],
        ["200", "--category", "repair", "--asset", "Fourgonnette", "--date", "2026-03-10",
         "--paid-by", "Bob"],
        ["1200", "--category", "rent", "--asset", "Salle", "--period", "2026-01-01", "2026-12-31"],
        ["50", "--category", "other", "--date", "2026-04-02", "--paid-by", "Alice"],
    ):  # fmt: skip
        assert add_cost(workspace, *args).code == 0

    def amounts(*args: str) -> list[int]:
        return [c["amount_cents"] for c in costs(workspace, *args)]

    # Newest first; a period cost is listed for every day it covers.
    assert amounts() == [5000, 20000, 10000, 120000]
    assert amounts("--from", "2026-03-01", "--to", "2026-03-31") == [20000, 120000]
    assert amounts("--to", "2026-02-28") == [10000, 120000]
    assert amounts("--asset", "fourgonnette") == [20000, 10000]
    assert amounts("--category", "rent") == [120000]
    assert amounts("--member", "Bob") == [20000]


def test_costs_table_shows_amounts_payers_and_periods(
    workspace: Path, scene: dict[str, int]
) -> None:
    add_cost(workspace, "1234.56", "--category", "repair", "--asset", "Fourgonnette",
             "--date", "2026-03-10", "--paid-by", "Alice")  # fmt: skip
    add_cost(workspace, "36500", "--category", "insurance", "--period", "2026-01-01", "2026-12-31")

    result = call_cli("costs", "--db", workspace, "--lang", "en")

    assert result.code == 0, result.stderr
    repair = next(line for line in result.stdout.splitlines() if "Fourgonnette" in line)
    insurance = next(line for line in result.stdout.splitlines() if "$36,500.00" in line)
    assert "$1,234.56" in repair and "Alice" in repair and "Repair" in repair
    assert "the group's treasury" in insurance
    assert "2026-01-01" in insurance and "2026-12-31" in insurance


def test_costs_table_in_french_uses_french_money(workspace: Path) -> None:
    add_cost(workspace, "1234.56", "--category", "repair", "--date", "2026-03-10")

    result = call_cli("costs", "--lang", "fr", "--db", workspace)

    row = next(line for line in result.stdout.splitlines() if "2026-03-10" in line)
    spaced = row.replace("\u00a0", " ").replace("\u202f", " ")  # the locale's own spaces
    assert "1 234,56 $" in spaced
    assert "$1,234.56" not in row


def test_no_costs_is_said_and_json_is_an_empty_list(workspace: Path) -> None:
    human = call_cli("costs", "--db", workspace)

    assert human.code == 0 and human.stdout == ""
    assert "No costs." in human.stderr
    assert costs(workspace) == []
