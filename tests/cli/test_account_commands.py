"""``account``, ``account opening`` and the ledger rules of ``payment add`` and ``invoices``,
run as a script would: a real process on a real file."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.cli.conftest import add_members, call_cli, file_digest

DAYS = ("2026-10-01", "2026-10-31", "2026-11-15", "2026-11-30")


def ok(*args: str | Path) -> object:
    result = call_cli(*args)
    assert result.code == 0, result.stderr
    return result


def test_balances_account_and_statement_agree(workspace: Path, tmp_path: Path) -> None:
    """−balances --as-of D = account --to D closing = a statement ending on D, never
    invoiced before, to the cent; and the lines add up to the closing amount."""
    ids = add_members(workspace, "Alice", "Bob", "Carole")
    ok("cost", "add", "100", "--category", "other", "--date", "2026-10-05", "--db", workspace)
    ok("cost", "add", "1000", "--category", "insurance", "--period", "2026-10-15", "2027-10-14",
       "--db", workspace)  # fmt: skip
    ok("payment", "add", "Alice", "40", "--date", "2026-10-20", "--db", workspace)
    ok("account", "opening", "Bob", "12,34", "--date", "2026-10-01", "--db", workspace)
    for day in DAYS:
        balances = {
            row["member_id"]: row["balance_cents"]
            for row in ok("balances", "--as-of", day, "--json", "--db", workspace).json()
        }
        for name, member_id in ids.items():
            account = ok(
                "account", name, "--from", "2026-01-01", "--to", day, "--json", "--db", workspace
            ).json()
            assert account["closing_cents"] == -balances[member_id], (name, day)
            running = account["opening_cents"]
            for line in account["lines"]:
                running += line["amount_cents"]
                assert line["balance_cents"] == running
                assert line["kind"] in {"charge", "tax", "payment", "expense", "opening"}
                assert line["text"].strip()
            assert running == account["closing_cents"]
            out = tmp_path / f"{name}-{day}"
            drafted = ok(
                "statements", "--from", "2026-11-01", "--to", day, "--member", name,
                "--out", out, "--json", "--db", workspace,
            ) if day >= "2026-11-01" else None  # fmt: skip
            if drafted is not None:
                (statement,) = drafted.json()["statements"]
                assert statement["amount_due_cents"] == -balances[member_id], (name, day)
    opening = ok("account", "Bob", "--from", "2026-10-01", "--to", "2026-10-01", "--json",
                 "--db", workspace).json()  # fmt: skip
    assert ("opening", 1234) in [(x["kind"], x["amount_cents"]) for x in opening["lines"]]


def test_account_in_french_and_english(workspace: Path) -> None:
    add_members(workspace, "Alice")
    ok("payment", "add", "Alice", "1234,56", "--date", "2026-10-20", "--db", workspace)
    english = ok("account", "Alice", "--from", "2026-10-01", "--to", "2026-10-31", "--db",
                 workspace)  # fmt: skip
    assert "Payment" in english.stdout and "-$1,234.56" in english.stdout
    assert "The group owes Alice $1,234.56" in english.stderr + english.stdout
    french = ok("--lang", "fr", "account", "Alice", "--from", "2026-10-01", "--to",
                "2026-10-31", "--db", workspace)  # fmt: skip
    text = (french.stdout + french.stderr).replace("\u202f", " ").replace("\xa0", " ")
    assert "Paiement" in text and "1 234,56 $" in text
    assert "Payment" not in text


def test_payment_naming_a_missing_or_foreign_invoice(workspace: Path, tmp_path: Path) -> None:
    add_members(workspace, "Alice", "Bob")
    ok("cost", "add", "100", "--category", "other", "--date", "2026-10-05", "--db", workspace)
    ok("statements", "--from", "2026-10-01", "--to", "2026-10-31", "--member", "Alice",
       "--out", tmp_path / "out", "--issue", "--db", workspace)  # fmt: skip
    (invoice,) = ok("invoices", "--json", "--db", workspace).json()
    before = file_digest(workspace)
    missing = call_cli("payment", "add", "Alice", "57,49", "--invoice", "2026-9999", "--db",
                      workspace)  # fmt: skip
    assert missing.code == 2 and "2026-9999" in missing.stderr
    foreign = call_cli("payment", "add", "Bob", "57,49", "--invoice", invoice["number"], "--db",
                      workspace)  # fmt: skip
    assert foreign.code == 3 and "Alice" in foreign.stderr
    assert file_digest(workspace) == before
    ok("payment", "add", "Alice", "10", "--invoice", invoice["number"], "--db", workspace)
    (paid,) = ok("invoices", "--json", "--db", workspace).json()
    assert paid["paid_cents"] == 1000
    assert paid["amount_due_cents"] == invoice["total_cents"] - 1000
    assert paid["status"] in ("partly_paid", "overdue")


def test_account_of_nobody_and_bad_dates(workspace: Path) -> None:
    add_members(workspace, "Alice")
    before = file_digest(workspace)
    assert call_cli("account", "Zoé", "--db", workspace).code == 2
    assert call_cli("account", "Alice", "--from", "2026-13-01", "--db", workspace).code == 2
    assert call_cli("account", "Alice", "--from", "2026-10-02", "--to", "2026-10-01",
                   "--db", workspace).code == 2  # fmt: skip
    assert call_cli("account", "opening", "Alice", "10", "--db", workspace).code == 2
    assert call_cli("account", "opening", "Alice", "0", "--date", "2026-01-01",
                   "--db", workspace).code == 3  # fmt: skip
    assert call_cli("account", "Alice", "Bob", "--db", workspace).code == 2
    assert file_digest(workspace) == before


TYPED = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(amount=TYPED, day=TYPED | st.sampled_from(["2026-02-30", "0000-01-01", "9999-12-31"]))
def test_hostile_opening_balances_never_crash(workspace: Path, amount: str, day: str) -> None:
    """Any amount and date typed: a usage error or a rule, never an unexpected error."""
    call_cli("member", "add", "Alice", "--db", workspace)  # once; later runs are refused
    result = call_cli("account", "opening", "Alice", amount, "--date", day, "--db", workspace)
    assert result.code in (0, 2, 3), result.stderr
    assert "Traceback" not in result.stderr
