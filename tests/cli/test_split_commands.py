"""``split``, ``balances``, ``settle`` and ``payment`` through the command line."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from partage.cli import split_commands
from partage.i18n import translations_dir
from partage.services.splitting import rotation
from tests.cli.conftest import CliResult, add_asset, add_members, call_cli, file_digest
from tests.cli.test_translation import run_with_catalog

MARCH = ("--from", "2026-03-01", "--to", "2026-03-31")


def french_translation(source: str, context: str = "cli") -> str | None:
    """The finished French translation of *source* in the shipped catalog, if it has one."""
    catalog = translations_dir() / "partage_fr.ts"
    if not catalog.exists():
        return None
    for element in ET.parse(catalog).getroot().iter("context"):
        if element.findtext("name") != context:
            continue
        for message in element.iter("message"):
            translation = message.find("translation")
            if message.findtext("source") == source and translation is not None:
                if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                    return None
                return translation.text or None
    return None


FRENCH_TREASURY = french_translation("the group's treasury")
needs_french_cost_words = pytest.mark.skipif(
    FRENCH_TREASURY is None, reason="the French catalog does not have these commands' words yet"
)


def add_cost(db: Path, amount: str, *args: str) -> None:
    result = call_cli("cost", "add", amount, *args, "--db", db)
    assert result.code == 0, result.stderr


def split(db: Path, *args: str) -> dict[str, Any]:
    result = call_cli("split", *args, "--json", "--db", db)
    assert result.code == 0, result.stderr
    return result.json()


def balances(db: Path, *args: str) -> dict[int, dict[str, Any]]:
    """``balances --json`` by member id (0: the group's treasury)."""
    result = call_cli("balances", *args, "--json", "--db", db)
    assert result.code == 0, result.stderr
    return {row["member_id"]: row for row in result.json()}


def settle(db: Path, *args: str) -> list[dict[str, Any]]:
    result = call_cli("settle", *args, "--json", "--db", db)
    assert result.code == 0, result.stderr
    return result.json()


def spaced(text: str) -> str:
    """*text* with the locale's no-break and narrow spaces as plain ones."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def add_recovered_purchase(path: Path, name: str, price_cents: int, day: dt.date) -> int:
    """An asset whose purchase price is recovered over twelve months, through the service."""
    from partage.services.assets import AssetInput, add_asset
    from partage.services.workspace import BackupPolicy, open_workspace

    db = open_workspace(path, backup=BackupPolicy(enabled=False))
    try:
        data = AssetInput(
            name=name,
            kind="equipment",
            purchase_price_cents=price_cents,
            purchase_date=day,
            recovery_months=12,
        )
        return add_asset(db, data).id
    finally:
        db.close()


def test_treasury_id_matches_the_service() -> None:
    from partage.services.accounts import TREASURY

    assert split_commands.TREASURY_ID == TREASURY


# --- split ----------------------------------------------------------------------------


def test_one_month_of_a_yearly_premium_is_split_equally(workspace: Path) -> None:
    ids = add_members(workspace, "Alice", "Bob")
    add_cost(
        workspace, "36 500,00 $", "--category", "insurance", "--period", "2026-01-01", "2026-12-31"
    )

    report = split(workspace, *MARCH)

    # 3 650 000 ¢ × 31/365 days = 310 000 ¢ for March, 155 000 ¢ each.
    assert (report["from"], report["to"]) == ("2026-03-01", "2026-03-31")
    assert report["total_cents"] == 310000
    (cost,) = report["costs"]
    assert cost["amount_cents"] == 3650000
    assert cost["period_cents"] == 310000
    assert cost["rule"] == "equal"
    assert cost["source"] == "cost"
    assert {a["member_id"]: a["amount_cents"] for a in cost["allocations"]} == {
        ids["Alice"]: 155000,
        ids["Bob"]: 155000,
    }
    assert {m["name"]: m["total_cents"] for m in report["members"]} == {
        "Alice": 155000,
        "Bob": 155000,
    }
    explanation = cost["allocations"][0]["explanation"]
    assert "$36,500.00" in explanation and "31/365" in explanation
    assert explanation.endswith("= $1,550.00")


def test_split_sums_per_cost_and_per_member(workspace: Path) -> None:
    ids = add_members(workspace, "Alice", "Bob", "Carole")
    add_asset(workspace, "Remorque", owners={ids["Alice"]: 2000, ids["Bob"]: 1000})
    add_asset(workspace, "Kayak")
    planer = add_recovered_purchase(workspace, "Raboteuse", 120000, dt.date(2026, 1, 1))
    for member, start, end in (
        ("Alice", "2026-03-02T09:00", "2026-03-02T12:00"),
        ("Bob", "2026-03-03T09:00", "2026-03-03T10:00"),
    ):
        booked = call_cli("book", "Kayak", member, start, end, "--db", workspace)
        assert booked.code == 0, booked.stderr
    add_cost(workspace, "100", "--category", "other", "--date", "2026-03-05")
    add_cost(workspace, "90", "--category", "repair", "--asset", "Remorque", "--rule", "shares",
             "--date", "2026-03-06")  # fmt: skip
    add_cost(workspace, "40", "--category", "repair", "--asset", "Kayak", "--rule", "usage",
             "--date", "2026-03-07", "--paid-by", "Carole")  # fmt: skip
    add_cost(workspace, "77,77", "--category", "fuel", "--rule", "weights:Alice=1,Carole=2",
             "--date", "2026-03-08")  # fmt: skip
    add_cost(workspace, "1000", "--category", "rent", "--period", "2026-02-15", "2026-03-15")

    report = split(workspace, *MARCH)

    by_id = {c["cost_id"]: c for c in report["costs"]}
    for cost in report["costs"]:
        assert sum(a["amount_cents"] for a in cost["allocations"]) == cost["period_cents"]
        for allocation in cost["allocations"]:
            assert allocation["explanation"].strip()
    assert sum(m["total_cents"] for m in report["members"]) == report["total_cents"]
    assert report["total_cents"] == sum(c["period_cents"] for c in report["costs"])

    def shares(cost_id: int) -> dict[int, int]:
        return {a["member_id"]: a["amount_cents"] for a in by_id[cost_id]["allocations"]}

    # Worked by hand: the leftover cent goes to the member the cost's turn starts at.
    turn = sorted(ids.values())[rotation(1, 3)]
    assert shares(1) == {m: 3334 if m == turn else 3333 for m in ids.values()}
    assert shares(2) == {ids["Alice"]: 6000, ids["Bob"]: 3000}  # ownership 2:1
    assert shares(3) == {ids["Alice"]: 3000, ids["Bob"]: 1000}  # booked 3 h and 1 h
    assert shares(4) == {ids["Alice"]: 2592, ids["Carole"]: 5185}  # weights 1:2
    # The rent covers 15 of its 29 days in March.
    assert by_id[5]["period_cents"] == 51724
    recovery = by_id[-planer]
    assert recovery["source"] == "purchase"
    assert recovery["category"] == "purchase"
    assert recovery["amount_cents"] == 120000
    assert 0 < recovery["period_cents"] < 120000


def test_split_table_and_explanations(workspace: Path) -> None:
    add_members(workspace, "Alice", "Bob")
    add_cost(workspace, "36500", "--category", "insurance", "--period", "2026-01-01", "2026-12-31")

    plain = call_cli("split", *MARCH, "--db", workspace, "--lang", "en")
    explained = call_cli("split", *MARCH, "--explain", "--db", workspace, "--lang", "en")

    assert plain.code == explained.code == 0, plain.stderr
    lines = plain.stdout.splitlines()
    assert any(line.startswith("Alice") and line.endswith("$1,550.00") for line in lines)
    assert any(line.startswith("Total") and line.endswith("$3,100.00") for line in lines)
    assert "31/365" not in plain.stdout
    assert explained.stdout.startswith(plain.stdout)
    details = explained.stdout[len(plain.stdout) :]
    assert "$3,100.00 in this period" in details
    assert "Alice: Insurance $36,500.00 × 31/365 days" in details
    assert details.count("= $1,550.00") == 2


def test_split_of_a_period_without_costs(workspace: Path) -> None:
    add_members(workspace, "Alice")

    human = call_cli("split", *MARCH, "--db", workspace)
    report = split(workspace, *MARCH)

    assert human.code == 0 and human.stdout == ""
    assert "No costs" in human.stderr
    assert report["total_cents"] == 0 and report["costs"] == [] and report["members"] == []


@pytest.mark.parametrize(
    "args",
    [
        ["--from", "2026-03-31", "--to", "2026-03-01"],
        ["--from", "2026-03-01", "--to", "2026-02-30"],
        ["--from", "2026-03-01"],
    ],
)
def test_split_needs_a_good_period(workspace: Path, args: list[str]) -> None:
    result = call_cli("split", *args, "--db", workspace)

    assert result.code == 2
    assert result.stdout == ""
    assert result.stderr.strip()


# --- balances and settle --------------------------------------------------------------


def test_balances_after_a_cost_paid_out_of_pocket_and_a_payment(workspace: Path) -> None:
    ids = add_members(workspace, "Alice", "Bob")
    add_cost(workspace, "300", "--category", "repair", "--date", "2026-03-10", "--paid-by", "Alice")
    add_cost(workspace, "100", "--category", "other", "--date", "2026-03-12")
    assert (
        call_cli("payment", "add", "Bob", "80", "--date", "2026-03-20", "--db", workspace).code == 0
    )

    rows = balances(workspace, "--as-of", "2026-03-31")

    # Each owes half of 400 $: Alice paid 300 $, Bob 80 $; the treasury paid 100 $ and
    # received 80 $, so it is owed 20 $.
    alice, bob, treasury = rows[ids["Alice"]], rows[ids["Bob"]], rows[0]
    assert (alice["owed_cents"], alice["paid_cents"], alice["balance_cents"]) == (
        20000,
        30000,
        10000,
    )
    assert (bob["owed_cents"], bob["paid_cents"], bob["balance_cents"]) == (20000, 8000, -12000)
    assert treasury["balance_cents"] == 2000 and treasury["treasury"] is True
    assert sum(row["balance_cents"] for row in rows.values()) == 0


def test_balances_count_costs_up_to_the_day_asked(workspace: Path) -> None:
    ids = add_members(workspace, "Alice", "Bob")
    add_cost(workspace, "300", "--category", "repair", "--date", "2026-03-10", "--paid-by", "Alice")

    before = balances(workspace, "--as-of", "2026-03-09")
    on_the_day = balances(workspace, "--as-of", "2026-03-10")

    # The ledger on a day: nothing charged or paid before the cost's day; on it, her
    # half of the repair charged and the whole of it credited.
    assert before[ids["Alice"]]["owed_cents"] == 0
    assert before[ids["Alice"]]["balance_cents"] == 0
    assert on_the_day[ids["Alice"]]["owed_cents"] == 15000
    assert on_the_day[ids["Alice"]]["balance_cents"] == 15000
    assert on_the_day[ids["Bob"]]["balance_cents"] == -15000


def test_balances_table_has_the_treasury_line(workspace: Path) -> None:
    add_members(workspace, "Alice", "Bob")
    add_cost(workspace, "100", "--category", "other", "--date", "2026-03-12")

    result = call_cli("balances", "--as-of", "2026-03-31", "--db", workspace, "--lang", "en")

    assert result.code == 0, result.stderr
    alice = next(line for line in result.stdout.splitlines() if line.startswith("Alice"))
    treasury = next(line for line in result.stdout.splitlines() if "treasury" in line)
    assert "$50.00" in alice and "-$50.00" in alice
    assert treasury.startswith("the group's treasury") and treasury.endswith("$100.00")


def test_settle_transfers_bring_every_balance_to_zero(workspace: Path) -> None:
    add_members(workspace, "Alice", "Bob", "Carole", "David")
    add_cost(workspace, "600", "--category", "repair", "--date", "2026-03-10", "--paid-by", "Alice")
    add_cost(workspace, "250", "--category", "fuel", "--date", "2026-03-11", "--paid-by", "Bob")
    add_cost(workspace, "101", "--category", "other", "--date", "2026-03-12")
    assert call_cli("payment", "add", "Carole", "40", "--db", workspace).code == 0

    rows = balances(workspace, "--as-of", "2026-03-31")
    transfers = settle(workspace, "--as-of", "2026-03-31")

    left = {member_id: row["balance_cents"] for member_id, row in rows.items()}
    assert any(left.values())
    for transfer in transfers:
        assert transfer["amount_cents"] > 0
        left[transfer["from_member_id"]] += transfer["amount_cents"]  # paying raises it
        left[transfer["to_member_id"]] -= transfer["amount_cents"]
    assert set(left.values()) == {0}
    assert len(transfers) <= sum(1 for row in rows.values() if row["balance_cents"]) - 1


def test_settle_names_the_treasury_for_people(workspace: Path) -> None:
    add_members(workspace, "Alice", "Bob")
    add_cost(workspace, "100", "--category", "other", "--date", "2026-03-12")

    result = call_cli("settle", "--as-of", "2026-03-31", "--db", workspace, "--lang", "en")
    transfers = settle(workspace, "--as-of", "2026-03-31")

    assert result.code == 0, result.stderr
    assert {(t["to_member_id"], t["amount_cents"]) for t in transfers} == {(0, 5000)}
    for line in result.stdout.splitlines()[2:]:
        assert "the group's treasury" in line and "$50.00" in line


def test_nothing_to_settle(workspace: Path) -> None:
    add_members(workspace, "Alice")

    result = call_cli("settle", "--db", workspace)

    assert result.code == 0 and result.stdout == ""
    assert "nothing to pay" in result.stderr
    assert settle(workspace) == []


# --- payments -------------------------------------------------------------------------


def payments(db: Path, *args: str) -> list[dict[str, Any]]:
    result = call_cli("payment", "list", *args, "--json", "--db", db)
    assert result.code == 0, result.stderr
    return result.json()


def test_the_same_payment_entered_twice_is_two_payments(workspace: Path) -> None:
    ids = add_members(workspace, "Alice", "Bob")
    command = ("payment", "add", "bob", "25,00 $", "--date", "2026-03-05", "--note", "F-0012")

    first = call_cli(*command, "--json", "--db", workspace)
    second = call_cli(*command, "--json", "--db", workspace)

    assert first.code == second.code == 0, first.stderr
    assert first.json()["id"] != second.json()["id"]
    recorded = payments(workspace)
    assert len(recorded) == 2
    for payment in recorded:
        assert payment["member_id"] == ids["Bob"]
        assert payment["amount_cents"] == 2500
        assert payment["paid_on"] == "2026-03-05"
        assert payment["note"] == "F-0012"
    assert balances(workspace)[ids["Bob"]]["paid_cents"] == 5000
    assert payments(workspace, "--member", "Alice") == []


def test_payment_table_and_message(workspace: Path) -> None:
    add_members(workspace, "Alice")

    added = call_cli("payment", "add", "Alice", "1234.56", "--note", "virement", "--db", workspace)
    listing = call_cli("payment", "list", "--db", workspace, "--lang", "en")

    assert "$1,234.56" in added.stderr and "Alice" in added.stderr
    row = next(line for line in listing.stdout.splitlines() if "Alice" in line)
    assert "$1,234.56" in row and "virement" in row and dt.date.today().isoformat() in row


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        (["Alice", "vingt"], "vingt"),
        (["Alice", "20", "--date", "2026-04-31"], "2026-04-31"),
        (["Zoé", "20"], "Zoé"),
    ],
)
def test_bad_payment_is_a_usage_error_and_nothing_is_recorded(
    workspace: Path, args: list[str], shown: str
) -> None:
    add_members(workspace, "Alice")
    before = file_digest(workspace)

    result = call_cli("payment", "add", *args, "--db", workspace)

    assert result.code == 2
    assert shown in result.stderr
    assert file_digest(workspace) == before


# --- languages ------------------------------------------------------------------------


def test_french_money_in_the_split_and_the_balances(workspace: Path) -> None:
    add_members(workspace, "Alice", "Bob")
    add_cost(
        workspace, "2469,12", "--category", "repair", "--date", "2026-03-10", "--paid-by", "Bob"
    )

    french_split = call_cli("split", *MARCH, "--db", workspace, "--lang", "fr")
    english_split = call_cli("split", *MARCH, "--db", workspace, "--lang", "en")
    french_balances = call_cli(
        "balances", "--as-of", "2026-03-31", "--db", workspace, "--lang", "fr"
    )

    alice = next(line for line in french_split.stdout.splitlines() if line.startswith("Alice"))
    assert spaced(alice).endswith("1 234,56 $")
    assert "$1,234.56" in english_split.stdout and "1 234,56" not in english_split.stdout
    bob = next(line for line in french_balances.stdout.splitlines() if line.startswith("Bob"))
    assert "1 234,56 $" in spaced(bob) and "2 469,12 $" in spaced(bob)


TEST_CATALOG = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context><name>cli</name>
  <message><source>the group's treasury</source>
    <translation>TEST-FR la trésorerie du groupe</translation></message>
  <message><source>Recorded a payment of {amount} from {member} on {date} (payment {id}).\
</source>
    <translation>TEST-FR Paiement de {amount} reçu de {member} le {date} (paiement {id}).\
</translation></message>
</context>
</TS>
"""


@pytest.fixture
def account_catalog(tmp_path: Path) -> Path:
    """A folder holding a tiny compiled French catalog of these commands' words."""
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


def test_account_words_follow_lang(account_catalog: Path, workspace: Path) -> None:
    add_members(workspace, "Alice", "Bob")
    add_cost(workspace, "100", "--category", "other", "--date", "2026-03-12")
    db = str(workspace)

    paid: CliResult = run_with_catalog(
        account_catalog, "payment", "add", "Alice", "1234,5", "--date", "2026-03-13",
        "--lang", "fr", "--db", db,
    )  # fmt: skip
    settled = run_with_catalog(
        account_catalog, "settle", "--as-of", "2026-03-31", "--lang", "fr", "--db", db
    )
    english = run_with_catalog(
        account_catalog, "settle", "--as-of", "2026-03-31", "--lang", "en", "--db", db
    )

    assert paid.code == 0, paid.stderr
    assert "TEST-FR Paiement de 1 234,50 $ reçu de Alice le 2026-03-13" in spaced(paid.stderr)
    assert "TEST-FR la trésorerie du groupe" in settled.stdout
    assert "the group's treasury" not in settled.stdout
    assert "the group's treasury" in english.stdout and "TEST-FR" not in english.stdout


@needs_french_cost_words
def test_french_treasury_with_lang_fr(workspace: Path) -> None:
    add_members(workspace, "Alice", "Bob")
    add_cost(workspace, "100", "--category", "other", "--date", "2026-03-12")

    result = call_cli("settle", "--as-of", "2026-03-31", "--lang", "fr", "--db", workspace)

    assert result.code == 0, result.stderr
    assert f"{FRENCH_TREASURY}" in result.stdout
    assert "the group's treasury" not in result.stdout
    assert "50,00" in result.stdout
