"""Statements and invoices: totals, taxes, numbering, credit notes, stored PDFs.

PDFs are checked with the real tools a person would trust: ``qpdf --check`` for the
structure and ``pdftotext`` for what the page says.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import delete

from partage.errors import NotFound, RuleViolation, ValidationError
from partage.services import document_settings, invoicing
from partage.services.accounts import add_payment, split_period
from partage.services.assets import AssetInput, add_asset
from partage.services.costs import CostInput, add_cost, get_cost, update_cost
from partage.services.members import MemberInput, add_member, get_member, update_member
from partage.services.statements import build_statements, round_half_up, taxes

D = dt.date
pytestmark = pytest.mark.skipif(
    shutil.which("qpdf") is None or shutil.which("pdftotext") is None,
    reason="qpdf and pdftotext (poppler-utils) are needed",
)


def pdf_text(data: bytes, tmp_path: Path) -> str:
    """What pdftotext reads on the pages, in reading order."""
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout


def qpdf_ok(data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "check.pdf"
    path.write_bytes(data)
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors found" in result.stdout


@pytest.fixture
def coop(db, qapp):
    """Two members (French, English), a shared trailer and a 100.00 $ repair in March."""
    settings = document_settings.load(db)
    document_settings.save(
        db,
        dataclasses.replace(
            settings,
            address="1234, rue Rachel Est\nMontréal (Québec) H2J 2J3",
            taxes_enabled=True,
            gst_number="123456789 RT0001",
            qst_number="1234567890 TQ0001",
            payment_instructions="Virement Interac à tresorerie@example.org",
        ),
    )
    anne = add_member(
        db, MemberInput(name="Anne Côté", language="fr", joined=D(2025, 1, 1), address="1, rue A")
    )
    bob = add_member(db, MemberInput(name="Bob Smith", language="en", joined=D(2025, 1, 1)))
    trailer = add_asset(db, AssetInput(name="Remorque", kind="vehicle", default_rule="equal"))
    add_cost(
        db,
        CostInput(
            amount_cents=10_000, start=D(2026, 3, 10), category="repair", asset_id=trailer.id
        ),
    )
    return db, anne, bob, trailer


def test_taxes_are_exact_to_the_cent_half_up():
    settings = document_settings.DocumentSettings(taxes_enabled=True)
    assert taxes(10_000, settings) == (500, 998)  # 9.975 $ rounds up to 9.98 $
    assert taxes(5_000, settings) == (250, 499)  # 4.9875 $ -> 4.99 $
    assert taxes(-5_000, settings) == (-250, -499)  # a credit mirrors the charge
    assert taxes(10_000, dataclasses.replace(settings, taxes_enabled=False)) == (0, 0)
    assert round_half_up(5, 10) == 1 and round_half_up(-5, 10) == -1 and round_half_up(4, 10) == 0


def test_rates_are_parsed_exactly_and_bad_ones_refused():
    assert document_settings.parse_rate("9,975") == 9975
    assert document_settings.parse_rate("5 %") == 5000
    assert document_settings.format_rate(9975) == "9,975"
    assert document_settings.format_rate(5000, ".") == "5"
    for bad in ("abc", "-1", "101", "9,9751", ""):
        with pytest.raises(ValidationError):
            document_settings.parse_rate(bad)


def test_statement_totals_equal_the_split(coop):
    db, anne, bob, _ = coop
    start, end = D(2026, 3, 1), D(2026, 3, 31)
    report = split_period(db, start, end)
    statements = build_statements(db, start, end, issued_on=D(2026, 4, 1))
    by_member = {s.member_id: s for s in statements}
    assert {anne.id, bob.id} <= set(by_member)
    totals = report.member_totals()
    for member_id, statement in by_member.items():
        assert statement.subtotal_cents == totals.get(member_id, 0)
    assert by_member[anne.id].subtotal_cents == 5_000
    assert by_member[anne.id].gst_cents == 250
    assert by_member[anne.id].qst_cents == 499
    assert by_member[anne.id].total_cents == 5_749
    assert by_member[anne.id].due_on == D(2026, 5, 1)  # 30 days' terms


def test_issued_invoices_are_numbered_without_gaps_and_read_right(coop, tmp_path):
    db, anne, bob, _ = coop
    statements = build_statements(db, D(2026, 3, 1), D(2026, 3, 31), issued_on=D(2026, 4, 1))
    records = [invoicing.issue(db, s) for s in statements]
    assert [r.number for r in records] == ["2026-0001", "2026-0002"]
    texts = {r.member_id: pdf_text(invoicing.invoice_pdf(db, r.number), tmp_path) for r in records}
    for record in records:
        qpdf_ok(invoicing.invoice_pdf(db, record.number), tmp_path)
    french, english = texts[anne.id], texts[bob.id]
    assert "RELEVÉ ET FACTURE" in french and "Anne Côté" in french
    assert "2026-0001" in french or "2026-0002" in french
    assert "57,49 $" in french and "TPS (5 %)" in french and "TVQ (9,975 %)" in french
    assert "STATEMENT AND INVOICE" in english and "Bob Smith" in english
    assert "$57.49" in english and "QST (9.975%)" in english
    assert "Page 1 of 1" in english and "Page 1 de 1" in french
    assert "Remorque" in english and "100.00" in english
    assert invoicing.series_problems_in(db) == []


def test_an_issued_pdf_never_changes_after_later_edits(coop):
    db, anne, _, trailer = coop
    statement = build_statements(db, D(2026, 3, 1), D(2026, 3, 31), member_ids=[anne.id])[0]
    record = invoicing.issue(db, statement)
    before = invoicing.invoice_pdf(db, record.number)
    lines_before = invoicing.invoice_lines(db, record.number)
    member = get_member(db, anne.id)
    update_member(
        db,
        anne.id,
        dataclasses.replace(member.as_input(), name="Anne Tremblay", address="9, rue Z"),
        expected_version=member.version,
    )
    cost = get_cost(db, 1)
    update_cost(
        db,
        cost.id,
        dataclasses.replace(cost.as_input(), amount_cents=99_999),
        expected_version=cost.version,
    )
    assert invoicing.invoice_pdf(db, record.number) == before
    assert invoicing.invoice_lines(db, record.number) == lines_before
    again = invoicing.get_invoice(db, record.number)
    assert again.member_name == "Anne Côté" and again.total_cents == 5_749


def test_a_member_is_not_invoiced_twice_for_a_period_until_voided(coop, tmp_path):
    db, anne, _, _ = coop
    march = (D(2026, 3, 1), D(2026, 3, 31))
    first = invoicing.issue(db, build_statements(db, *march, member_ids=[anne.id])[0])
    with pytest.raises(RuleViolation):
        invoicing.issue(db, build_statements(db, *march, member_ids=[anne.id])[0])
    credit = invoicing.void(db, first.number, issued_on=D(2026, 4, 2))
    assert credit.kind == "credit_note" and credit.total_cents == -first.total_cents
    assert credit.credits_number == first.number
    assert invoicing.get_invoice(db, first.number).status == "void"
    text = pdf_text(invoicing.invoice_pdf(db, credit.number), tmp_path)
    assert "NOTE DE CRÉDIT" in text and first.number in text and "-57,49 $" in text
    qpdf_ok(invoicing.invoice_pdf(db, credit.number), tmp_path)
    with pytest.raises(RuleViolation):
        invoicing.void(db, first.number)
    with pytest.raises(RuleViolation):
        invoicing.void(db, credit.number)
    with pytest.raises(NotFound):
        invoicing.void(db, "2026-9999")
    corrected = invoicing.issue(db, build_statements(db, *march, member_ids=[anne.id])[0])
    assert corrected.number == "2026-0003"  # credit notes share the series
    assert invoicing.series_problems_in(db) == []


def test_payments_mark_invoices_partly_paid_then_paid(coop):
    db, anne, _, _ = coop
    statement = build_statements(
        db, D(2026, 3, 1), D(2026, 3, 31), member_ids=[anne.id], issued_on=D(2026, 4, 1)
    )[0]
    record = invoicing.issue(db, statement)
    add_payment(db, anne.id, 2_000, paid_on=D(2026, 4, 5), invoice_number=record.number)
    partly = invoicing.get_invoice(db, record.number)
    # Still owed long after its due date (today is months later): overdue.
    assert partly.status == "overdue" and partly.paid_cents == 2_000
    assert partly.amount_due_cents == record.total_cents - 2_000
    assert partly.overdue(D(2026, 6, 1)) and not partly.overdue(D(2026, 4, 10))
    add_payment(db, anne.id, 3_749, paid_on=D(2026, 4, 6), invoice_number=record.number)
    assert invoicing.get_invoice(db, record.number).status == "paid"


def test_brought_forward_counts_earlier_invoices_and_payments(coop):
    db, anne, _, trailer = coop
    march = invoicing.issue(
        db, build_statements(db, D(2026, 3, 1), D(2026, 3, 31), member_ids=[anne.id])[0]
    )
    add_payment(db, anne.id, 2_000, paid_on=D(2026, 3, 20))  # before April
    add_payment(db, anne.id, 1_000, paid_on=D(2026, 4, 10))  # in April
    add_cost(db, CostInput(amount_cents=2_000, start=D(2026, 4, 3), asset_id=trailer.id))
    april = build_statements(db, D(2026, 4, 1), D(2026, 4, 30), member_ids=[anne.id])[0]
    assert april.brought_forward_cents == march.total_cents - 2_000
    assert april.credits_cents == 1_000
    assert april.subtotal_cents == 1_000
    assert april.amount_due_cents == april.brought_forward_cents + april.total_cents - 1_000


def test_nothing_to_invoice_is_refused_and_skipped_in_a_batch(coop):
    db, *_ = coop
    with pytest.raises(RuleViolation):
        invoicing.issue(db, build_statements(db, D(2026, 1, 1), D(2026, 1, 31))[0])
    result = invoicing.issue_all(db, D(2026, 1, 1), D(2026, 1, 31))
    assert result.issued == [] and len(result.skipped) == 2


def test_a_batch_reports_progress_and_stops_when_cancelled(coop):
    db, *_ = coop
    seen: list[tuple[int, int]] = []
    result = invoicing.issue_all(
        db,
        D(2026, 3, 1),
        D(2026, 3, 31),
        progress=lambda d, t: seen.append((d, t)),
        cancelled=lambda: len(seen) >= 1,
    )
    assert result.cancelled and len(result.issued) == 1 and seen == [(1, 2)]
    rest = invoicing.issue_all(db, D(2026, 3, 1), D(2026, 3, 31))
    assert len(rest.issued) == 1 and rest.skipped[0][1] == "already"


def _counters(db) -> list[tuple[str, int]]:
    from sqlalchemy import select

    from partage.models import InvoiceCounter

    with db.read() as session:
        return sorted(
            (series, number)
            for series, number in session.execute(
                select(InvoiceCounter.series, InvoiceCounter.last_number)
            )
        )


def test_a_period_that_ends_after_today_is_refused_unless_asked_for(coop):
    db, anne, bob, trailer = coop
    today = dt.date.today()
    start, end = today - dt.timedelta(days=10), today + dt.timedelta(days=10)
    add_cost(db, CostInput(amount_cents=4_000, start=today, asset_id=trailer.id))
    statements = build_statements(db, start, end)
    assert {s.member_id for s in statements if s.total_cents} == {anne.id, bob.id}
    counters = _counters(db)
    attempts = (
        lambda: invoicing.issue(db, statements[0]),
        lambda: invoicing.issue_all(db, start, end),
        lambda: invoicing.issue_statements(db, statements),
        lambda: invoicing.issue_all(db, start, end, member_ids=[anne.id], issued_on=today),
    )
    for attempt in attempts:
        with pytest.raises(RuleViolation) as refused:
            attempt()
        message = str(refused.value)
        assert f"The period {start.isoformat()} – {end.isoformat()} has not ended" in message
        assert f"(today is {today.isoformat()})" in message
    assert invoicing.list_invoices(db) == []  # nothing issued
    assert _counters(db) == counters  # and no number taken

    result = invoicing.issue_all(db, start, end, allow_open_period=True)
    assert len(result.issued) == 2 and result.skipped == []
    assert {r.period_to for r in result.issued} == {end}
    assert invoicing.series_problems_in(db) == []


def test_a_period_has_ended_on_its_last_day():
    day = D(2026, 12, 31)
    invoicing.require_ended_period(D(2026, 12, 1), day, today=day)  # accepted
    invoicing.require_ended_period(D(2026, 12, 1), day, today=D(2027, 1, 1))
    with pytest.raises(RuleViolation) as refused:
        invoicing.require_ended_period(D(2026, 12, 1), day, today=D(2026, 12, 7))
    assert str(refused.value) == (
        "The period 2026-12-01 – 2026-12-31 has not ended (today is 2026-12-07): its "
        "invoices would miss what happens until then. Issue it after it ends, or ask for "
        "an open period explicitly."
    )
    assert refused.value.exit_code == 3
    invoicing.require_ended_period(
        D(2026, 12, 1), day, today=D(2026, 12, 7), allow_open_period=True
    )


def test_a_single_open_statement_is_issued_when_asked_for(coop):
    db, anne, _, trailer = coop
    today = dt.date.today()
    add_cost(db, CostInput(amount_cents=4_000, start=today, asset_id=trailer.id))
    statement = build_statements(
        db, today, today + dt.timedelta(days=1), member_ids=[anne.id]
    )[0]
    record = invoicing.issue(db, statement, allow_open_period=True)
    assert record.number == f"{statement.issued_on.year}-0001"
    assert record.total_cents == statement.total_cents > 0


def test_a_retried_issue_with_the_same_client_id_is_stored_once(coop):
    db, anne, _, _ = coop
    statement = build_statements(db, D(2026, 3, 1), D(2026, 3, 31), member_ids=[anne.id])[0]
    first = invoicing.issue(db, statement, client_id="retry-me")
    second = invoicing.issue(db, statement, client_id="retry-me")
    assert first.number == second.number
    assert len(invoicing.list_invoices(db)) == 1


def test_the_prefix_names_the_series(coop):
    db, anne, _, _ = coop
    settings = document_settings.load(db)
    document_settings.save(db, dataclasses.replace(settings, invoice_prefix="CO"))
    statement = build_statements(
        db, D(2026, 3, 1), D(2026, 3, 31), member_ids=[anne.id], issued_on=D(2027, 1, 2)
    )[0]
    assert invoicing.issue(db, statement).number == "CO-2027-0001"


def test_a_gap_in_a_series_is_found(coop):
    from partage.models import Invoice

    db, *_ = coop
    invoicing.issue_all(db, D(2026, 3, 1), D(2026, 3, 31))

    def remove_first(session):
        session.execute(delete(Invoice).where(Invoice.sequence == 1))

    db.write(remove_first)
    problems = invoicing.series_problems_in(db)
    assert problems and problems[0][0] == "2026"


def test_bad_settings_are_refused_and_nothing_is_saved(coop):
    db, *_ = coop
    before = document_settings.load(db)
    for bad in (
        dataclasses.replace(before, logo=b"GIF89a" + b"0" * 10),
        dataclasses.replace(before, payment_terms_days=-1),
        dataclasses.replace(before, invoice_prefix="bad prefix!"),
        dataclasses.replace(before, logo=b"\x89PNG\r\n\x1a\n" + b"0" * 600_000),
    ):
        with pytest.raises(ValidationError):
            document_settings.save(db, bad)
    assert document_settings.load(db) == before


def test_a_logo_is_printed(coop, tmp_path):
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    db, anne, _, _ = coop
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f5a8c"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    settings = document_settings.load(db)
    document_settings.save(db, dataclasses.replace(settings, logo=bytes(data.data())))
    statement = build_statements(db, D(2026, 3, 1), D(2026, 3, 31), member_ids=[anne.id])[0]
    from partage.reports.statement import statement_pdf

    pdf = statement_pdf(statement)
    qpdf_ok(pdf, tmp_path)
    path = tmp_path / "logo.pdf"
    path.write_bytes(pdf)
    listing = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout
    assert " 120 " in listing and " 40 " in listing, listing


def test_a_long_statement_repeats_its_table_header_and_counts_pages(coop, tmp_path):
    from partage.reports.layout import count_pages
    from partage.reports.statement import document, statement_pdf

    db, anne, _, _ = coop
    for index in range(70):
        tool = add_asset(db, AssetInput(name=f"Outil {index:02d}", default_rule="equal"))
        add_cost(
            db,
            CostInput(
                amount_cents=1_000 + index,
                start=D(2026, 5, 1 + index % 28),
                asset_id=tool.id,
                supplier=f"Fournisseur {index}",
                category="consumables",
            ),
        )
    statement = build_statements(db, D(2026, 5, 1), D(2026, 5, 31), member_ids=[anne.id])[0]
    pages = count_pages(document(statement))
    assert pages >= 3
    path = tmp_path / "long.pdf"
    path.write_bytes(statement_pdf(statement))
    qpdf_ok(path.read_bytes(), tmp_path)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert re.search(rf"^Pages:\s+{pages}$", info.stdout, re.MULTILINE), info.stdout
    second = subprocess.run(
        ["pdftotext", "-layout", "-f", "2", "-l", "2", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Votre part des coûts (suite)" in second
    assert "Bien ou coût" in second and "Votre part" in second
    assert f"Page 2 de {pages}" in second and "BROUILLON" in second
    assert "Outil" in second


def test_statements_work_on_postgresql(pg_url, qapp):
    from partage.services.workspace import OrganisationSettings, create_workspace

    db = create_workspace(pg_url, OrganisationSettings(name="Coop PG", language="en"))
    try:
        anne = add_member(db, MemberInput(name="Anne", joined=D(2025, 1, 1)))
        add_member(db, MemberInput(name="Bob", joined=D(2025, 1, 1)))
        add_cost(db, CostInput(amount_cents=1_001, start=D(2026, 3, 3)))
        result = invoicing.issue_all(db, D(2026, 3, 1), D(2026, 3, 31))
        assert [r.number for r in result.issued] == ["2026-0001", "2026-0002"]
        assert sum(r.total_cents for r in result.issued) == 1_001
        credit = invoicing.void(db, result.issued[0].number)
        assert credit.number == "2026-0003"
        assert invoicing.get_invoice(db, result.issued[0].number).status == "void"
        assert invoicing.series_problems_in(db) == []
        assert anne.id in {r.member_id for r in invoicing.list_invoices(db)}
    finally:
        db.close()


def test_every_pdf_of_the_demo_says_the_split_totals(tmp_path, qapp):
    """On the demo co-op, each issued PDF prints as its subtotal everything the member was
    charged up to the period's end (nothing was invoiced before: the months before
    October come in as charges not yet invoiced), its taxes and its total; qpdf accepts
    every one."""
    from partage.i18n import format_money, locale_for
    from partage.services.demo import create_demo

    anchor = D(2026, 11, 24)
    db = create_demo(tmp_path / "demo.partage", anchor=anchor)
    try:
        start, end = D(2026, 10, 1), D(2026, 10, 31)
        from partage.services.ledger import accrued_charges

        totals = accrued_charges(db, end)
        result = invoicing.issue_all(db, start, end, issued_on=anchor)
        assert len(result.issued) >= 10
        for record in result.issued:
            pdf = invoicing.invoice_pdf(db, record.number)
            qpdf_ok(pdf, tmp_path)
            text = pdf_text(pdf, tmp_path).replace("\xa0", " ")
            locale = locale_for(record.language)
            subtotal = format_money(totals[record.member_id], locale).replace("\xa0", " ")
            assert record.subtotal_cents == totals[record.member_id]
            label = "Sous-total" if record.language == "fr" else "Subtotal"
            assert re.search(rf"{label}\s+{re.escape(subtotal)}", text), (record.number, text)
            assert format_money(record.total_cents, locale).replace("\xa0", " ") in text
            assert record.number in text and record.member_name in text
        assert sum(r.subtotal_cents for r in result.issued) == sum(
            totals[r.member_id] for r in result.issued
        )
    finally:
        db.close()
