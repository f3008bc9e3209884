"""Issuing stores exactly what the file holds when the invoice is stored.

A statement is built (and its PDF drawn) before the short write that numbers it; another
computer can write in between. These tests play that other computer with a second
connection to the same file (or server database), then check what a treasurer would:
the invoice's amount and PDF are those of a statement built now, nothing is billed
twice, and the ledger leaves nothing of the period uninvoiced.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from partage.services import invoicing
from partage.services.assets import AssetInput, add_asset
from partage.services.costs import CostInput, add_cost
from partage.services.ledger import figures
from partage.services.members import MemberInput, add_member
from partage.services.statements import build_statements
from partage.storage import Database, open_database

D = dt.date
MARCH = (D(2026, 3, 1), D(2026, 3, 31))
ISSUED = D(2026, 4, 2)


@pytest.fixture
def coop(db: Database, qapp) -> tuple[Database, int, int, int]:
    """Anne and Bob share a trailer equally: a 100.00 $ repair in February, another in
    March."""
    anne = add_member(db, MemberInput(name="Anne Côté", language="fr", joined=D(2025, 1, 1)))
    bob = add_member(db, MemberInput(name="Bob Smith", language="en", joined=D(2025, 1, 1)))
    trailer = add_asset(db, AssetInput(name="Remorque", kind="vehicle", default_rule="equal"))
    for day in (D(2026, 2, 10), D(2026, 3, 10)):
        add_cost(
            db, CostInput(amount_cents=10_000, start=day, category="repair", asset_id=trailer.id)
        )
    return db, anne.id, bob.id, trailer.id


@pytest.fixture
def other_computer(db: Database) -> Iterator[Database]:
    """The same database opened a second time, as another coordinator's window."""
    other = open_database(db.location)
    yield other
    other.close()


def statement_of(db: Database, member_id: int, period: tuple[dt.date, dt.date]):
    (statement,) = build_statements(db, *period, member_ids=[member_id], issued_on=ISSUED)
    return statement


def pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "invoice.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout


def test_a_cost_added_while_the_statement_waits_is_on_the_invoice(
    coop, other_computer: Database, tmp_path: Path
) -> None:
    db, anne, _bob, trailer = coop
    drafted = statement_of(db, anne, MARCH)
    add_cost(
        other_computer,
        CostInput(amount_cents=4_000, start=D(2026, 3, 20), category="repair", asset_id=trailer),
    )

    invoice = invoicing.issue(db, drafted)

    now = statement_of(db, anne, MARCH)
    assert invoice.total_cents == now.total_cents == drafted.total_cents + 2_000
    if shutil.which("pdftotext"):
        text = pdf_text(invoicing.invoice_pdf(db, invoice.number), tmp_path)
        cents = invoice.total_cents  # under 1 000 $: no thousands space
        assert f"{cents // 100},{cents % 100:02d}" in text
    # Nothing of the period is left uninvoiced, nothing invoiced twice.
    assert figures(db, MARCH[1])[anne].uninvoiced_cents == 0


def test_an_invoice_issued_meanwhile_for_an_earlier_period_is_not_billed_again(
    coop, other_computer: Database
) -> None:
    """March's statement, built while February was still uninvoiced, carries February's
    share; another coordinator then invoices February. Issued as built, March would bill
    February a second time."""
    db, anne, _bob, _trailer = coop
    drafted = statement_of(db, anne, MARCH)
    assert drafted.uninvoiced_cents == 5_000  # February's half of the repair
    february = invoicing.issue(other_computer, statement_of(other_computer, anne,
                                                             (D(2026, 2, 1), D(2026, 2, 28))))
    assert february.total_cents == 5_000

    march = invoicing.issue(db, drafted)

    assert march.total_cents == 5_000  # March's half only
    day = figures(db, MARCH[1])[anne]
    assert day.invoiced_cents == day.charges_cents == 10_000


def test_a_batch_builds_again_only_the_statements_that_moved(
    coop, other_computer: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch's own invoices move the file after each one; they change nothing another
    member's statement shows, so only a real change elsewhere builds one again."""
    db, anne, bob, _trailer = coop
    drafted = build_statements(db, *MARCH, issued_on=ISSUED)
    built_again: list[int] = []
    real_build = invoicing.build_statements

    def counting_build(*args, **kwargs):
        built_again.extend(kwargs.get("member_ids") or [])
        return real_build(*args, **kwargs)

    monkeypatch.setattr(invoicing, "build_statements", counting_build)
    result = invoicing.issue_statements(db, drafted)
    assert built_again == []
    assert {i.member_id for i in result.issued} == {anne, bob}

    # Voided by another coordinator, then issued again from the same old drafts: every
    # statement moved (the member's invoices changed), so each is built again.
    for issued in result.issued:
        invoicing.void(other_computer, issued.number, issued_on=ISSUED)
    again = invoicing.issue_statements(db, drafted)
    assert sorted(built_again) == sorted([anne, bob])
    assert [i.total_cents for i in again.issued] == [i.total_cents for i in result.issued]


def test_issuing_keeps_the_language_asked_for_when_built_again(
    coop, other_computer: Database
) -> None:
    import dataclasses

    db, anne, _bob, trailer = coop
    drafted = dataclasses.replace(statement_of(db, anne, MARCH), language="en")
    add_cost(
        other_computer,
        CostInput(amount_cents=2_000, start=D(2026, 3, 21), category="repair", asset_id=trailer),
    )
    invoice = invoicing.issue(db, drafted)
    assert invoice.language == "en"
    assert invoice.total_cents == drafted.total_cents + 1_000


def test_a_counter_set_behind_its_invoices_refuses_to_number_and_writes_nothing(coop) -> None:
    """Another program set a series' counter back: the next number would be one already
    used. Issuing (from the window as from the command line) refuses before it numbers."""
    from sqlalchemy import func, select, update

    from partage.errors import DamagedDatabase
    from partage.models import Invoice, InvoiceCounter

    db, anne, bob, _trailer = coop
    first = invoicing.issue(db, statement_of(db, anne, MARCH))
    db.write(lambda s: s.execute(update(InvoiceCounter).values(last_number=0)))
    with pytest.raises(DamagedDatabase, match="behind its invoices") as refused:
        invoicing.issue(db, statement_of(db, bob, MARCH))
    assert refused.value.exit_code == 4
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Invoice)) == 1
    assert invoicing.get_invoice(db, first.number).member_id == anne
