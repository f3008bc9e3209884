"""The Statements section: drafts, preview, batch issue with progress, void, payments,
and the organisation settings dialog."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from partage.services import document_settings, invoicing
from partage.services.costs import CostInput, add_cost
from partage.ui.changes import ChangeBus
from partage.ui.document_settings_dialog import DocumentSettingsDialog
from partage.ui.operations import Operation
from partage.ui.statements import StatementsView
from tests.ui.conftest import drive_modal, settle
from tests.ui.costs.conftest import TODAY, wait_until_idle

MARCH = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))


@pytest.fixture
def view(qtbot, db, group):
    add_cost(
        db,
        CostInput(
            amount_cents=10_000,
            start=dt.date(2026, 3, 10),
            asset_id=group.van.id,
            category="repair",
            rule="equal",
        ),
    )
    widget = StatementsView(db, ChangeBus(), None)
    widget.clock = lambda: TODAY
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.period.set_period(*MARCH)
    wait_until_idle(widget)
    return widget


def test_every_member_has_a_draft_whose_total_is_their_share(view, group):
    rows = {r.statement.member_name: r for r in view.drafts_model.records()}
    assert set(rows) == {"Anne Tremblay", "Bob Gagnon"}
    assert rows["Anne Tremblay"].statement.total_cents == 5_000
    assert view.drafts_model.display(rows["Bob Gagnon"], view.drafts_model.TOTAL) in (
        "50,00 $",
        "$50.00",
    )
    assert "2 statements" in view.summary_label.text() or "2 relevés" in view.summary_label.text()
    assert view.issue_button.isEnabled()


def test_choosing_a_draft_shows_its_pdf_in_the_window(view):
    view.drafts_table.setCurrentIndex(view.drafts_proxy.index(0, 0))
    wait_until_idle(view)  # drawn on the worker
    assert view.preview.data.startswith(b"%PDF")
    assert view.preview.page_count() >= 1
    assert view.preview.print_button.isEnabled() and view.preview.save_button.isEnabled()
    assert "Anne Tremblay" in view.preview.title_label.text()


def test_the_preview_prints_every_page_and_saves(view, tmp_path: Path):
    view.drafts_table.setCurrentIndex(view.drafts_proxy.index(0, 0))
    wait_until_idle(view)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    view.preview.print_to(printer)
    assert out.exists() and out.read_bytes().startswith(b"%PDF") and out.stat().st_size > 1000
    saved = tmp_path / "saved.pdf"
    assert view.preview.write_to(saved)
    assert saved.read_bytes() == view.preview.data


def test_previews_are_drawn_and_read_off_the_gui_thread(view, monkeypatch):
    """A draft's PDF is drawn, and an invoice's stored PDF read, on the worker: choosing
    one in a long list never freezes the window."""
    import threading

    from partage.rendering import renderer

    threads: list[str] = []
    real_draw = type(renderer()).statement_pdf
    real_read = invoicing.invoice_pdf

    def draw(self, statement, *, number=""):
        threads.append(threading.current_thread().name)
        return real_draw(self, statement, number=number)

    def read(db, number):
        threads.append(threading.current_thread().name)
        return real_read(db, number)

    monkeypatch.setattr(type(renderer()), "statement_pdf", draw)
    view.drafts_table.setCurrentIndex(view.drafts_proxy.index(0, 0))
    wait_until_idle(view)
    assert "Anne Tremblay" in view.preview.title_label.text()
    view.issue_all(confirm=False)
    wait_until_idle(view)
    monkeypatch.setattr(invoicing, "invoice_pdf", read)
    view.tabs.setCurrentIndex(1)
    view.select_invoice("2026-0002")
    wait_until_idle(view)
    assert "2026-0002" in view.preview.title_label.text()
    assert threads and threading.main_thread().name not in threads


def test_issue_all_numbers_every_draft_and_lists_the_invoices(view, db, qtbot):
    operation = view.issue_all(confirm=False)
    wait_until_idle(view)  # issued off the GUI thread
    assert operation is not None and operation.result is not None
    assert [r.number for r in operation.result.issued] == ["2026-0001", "2026-0002"]
    numbers = [r.number for r in view.invoices_model.records()]
    assert sorted(numbers) == ["2026-0001", "2026-0002"]
    assert all(r.invoiced for r in view.drafts_model.records())
    assert not view.issue_button.isEnabled()  # nothing left to issue for March
    assert view.result_label.text() == "2 invoices issued, 2026-0001 to 2026-0002."


def plain(text: str) -> str:
    """*text* with the locale's non-breaking spaces as plain ones."""
    return text.replace("\xa0", " ").replace("\u202f", " ")


def answer_issue_question(qtbot, open_it, choice: str) -> dict[str, object]:
    """Call *open_it*, which asks to issue; read the question, then press *choice*:
    ``accept`` (the button that issues) or ``cancel``."""
    seen: dict[str, object] = {}

    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["title"] = box.windowTitle()
        seen["text"] = plain(box.text())
        seen["details"] = plain(box.informativeText())
        seen["icon"] = box.icon()
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        seen["default_is_cancel"] = box.defaultButton() is cancel
        accept = next(b for b in box.buttons() if b is not cancel)
        seen["accept"] = accept.text().replace("&", "")
        (accept if choice == "accept" else cancel).click()

    drive_modal(qtbot, open_it, act)
    return seen


@pytest.mark.parametrize("language", ["en", "fr"])
def test_issue_all_asks_naming_the_period_the_count_and_the_total(
    view, db, qtbot, language
):
    from partage.i18n import install_translations

    install_translations(language)
    asked = answer_issue_question(qtbot, view.issue_all, "cancel")
    assert asked["default_is_cancel"] and asked["icon"] == QMessageBox.Icon.Question
    assert invoicing.list_invoices(db) == []  # cancelled: nothing issued
    if language == "en":
        assert asked["text"] == "Issue 2 invoices for March 1 – 31, 2026, $100.00 in all?"
        assert asked["details"] == (
            "Issued invoices are permanent: a correction takes a credit note."
        )
        assert asked["accept"] == "Yes"
    else:  # the words of the catalog; the period and the total in Québec French formats
        assert "mars" in asked["text"] and "2026" in asked["text"] and "March" not in asked["text"]
        assert "100,00 $" in asked["text"] and "$100.00" not in asked["text"]
        assert " 2 " in asked["text"]
        assert asked["accept"] == "Oui"
    assert "has not ended" not in asked["details"]

    result: list[Operation[invoicing.BatchResult] | None] = []
    answer_issue_question(qtbot, lambda: result.append(view.issue_all()), "accept")
    wait_until_idle(view)
    assert result[0] is not None and result[0].result is not None
    assert len(result[0].result.issued) == 2
    assert sum(r.total_cents for r in invoicing.list_invoices(db)) == 10_000


def test_an_open_period_is_issued_only_after_its_warning(qtbot, db, group, shown_messages):
    """A period that ends after today: the service refuses it unless asked; the window asks
    with a warning that names the period and says it has not ended, Cancel by default."""
    today = dt.date.today()
    start, end = today - dt.timedelta(days=10), today + dt.timedelta(days=10)
    add_cost(db, CostInput(amount_cents=4_000, start=today, asset_id=group.van.id, rule="equal"))
    widget = StatementsView(db, ChangeBus(), None)
    widget.clock = lambda: today  # the service's today, too
    qtbot.addWidget(widget)
    widget.show()
    widget.period.set_period(start, end)
    wait_until_idle(widget)

    refused = widget.issue_all(confirm=False)
    wait_until_idle(widget)
    assert refused is not None and refused.error is not None  # not asked for: refused, said
    assert "has not ended" in shown_messages.last.text
    assert end.isoformat() in shown_messages.last.text
    assert invoicing.list_invoices(db) == []

    period = widget.period_words(start, end)
    asked = answer_issue_question(qtbot, widget.issue_all, "cancel")
    assert asked["icon"] == QMessageBox.Icon.Warning and asked["default_is_cancel"]
    assert asked["text"] == f"Issue 2 invoices for {period}, $40.00 in all?"
    assert f"The period {period} has not ended: today is {widget.long_date(today)}." in (
        asked["details"]
    )
    assert widget.long_date(end) in str(asked["details"])
    assert asked["accept"] == "Issue before the period ends"
    assert invoicing.list_invoices(db) == []  # Cancel: nothing issued

    result: list[Operation[invoicing.BatchResult] | None] = []
    answer_issue_question(qtbot, lambda: result.append(widget.issue_all()), "accept")
    wait_until_idle(widget)
    assert result[0] is not None and result[0].result is not None
    assert len(result[0].result.issued) == 2
    assert {r.period_to for r in invoicing.list_invoices(db)} == {end}


def test_issuing_one_draft_asks_with_its_member_period_and_total(view, db, qtbot, group):
    view.drafts_table.setCurrentIndex(view.drafts_proxy.index(0, 0))  # sorted by name
    chosen = view.selected_draft()
    assert chosen is not None and chosen.statement.member_id == group.anne.id
    asked = answer_issue_question(qtbot, view.issue_selected, "accept")
    assert asked["text"] == "Issue the invoice of Anne Tremblay for March 1 – 31, 2026, $50.00?"
    assert asked["icon"] == QMessageBox.Icon.Question and asked["default_is_cancel"]
    issued = invoicing.list_invoices(db)
    assert [(r.member_id, r.total_cents) for r in issued] == [(chosen.statement.member_id, 5_000)]


@pytest.mark.parametrize(
    ("language", "texts"),
    [
        (
            "en",
            [
                "March 1 – 31, 2026",
                "March 15 – April 14, 2026",
                "December 15, 2026 – January 14, 2027",
                "March 31, 2026",
            ],
        ),
        (
            "fr",
            [
                None,  # the words of the catalog
                None,
                "15 décembre 2026 – 14 janvier 2027",
                "31 mars 2026",
            ],
        ),
    ],
)
def test_periods_are_named_in_words_of_the_locale(view, language, texts):
    from partage.i18n import install_translations

    install_translations(language)
    periods = [
        (dt.date(2026, 3, 1), dt.date(2026, 3, 31)),
        (dt.date(2026, 3, 15), dt.date(2026, 4, 14)),
        (dt.date(2026, 12, 15), dt.date(2027, 1, 14)),
        (dt.date(2026, 3, 31), dt.date(2026, 3, 31)),
    ]
    for (start, end), expected in zip(periods, texts, strict=True):
        words = view.period_words(start, end)
        if expected is not None:
            assert words == expected
        else:
            assert "mars" in words and "March" not in words


def test_voiding_from_the_list_issues_a_credit_note_and_frees_the_period(view, db):
    view.issue_all(confirm=False)
    wait_until_idle(view)
    view.tabs.setCurrentIndex(1)
    view.select_invoice("2026-0001")
    assert view.void_button.isEnabled()
    voiding = view.void_selected(confirm=False)
    wait_until_idle(view)
    assert voiding is not None and voiding.result is not None
    assert voiding.result.number == "2026-0003"
    statuses = {r.number: r.status for r in view.invoices_model.records()}
    assert statuses["2026-0001"] == "void" and statuses["2026-0003"] == "credit_note"
    assert view.preview.data == invoicing.invoice_pdf(db, "2026-0003")
    drafts = [r for r in view.drafts_model.records() if not r.invoiced]
    assert len(drafts) == 1 and view.issue_button.isEnabled()


def test_a_paid_invoice_reads_paid(view, db, group):
    view.issue_all(confirm=False)
    wait_until_idle(view)
    record = next(r for r in view.invoices_model.records() if r.member_id == group.anne.id)
    from partage.services.accounts import add_payment

    add_payment(db, group.anne.id, record.total_cents, paid_on=TODAY, invoice_number=record.number)
    view.refresh()
    wait_until_idle(view)
    again = next(r for r in view.invoices_model.records() if r.number == record.number)
    assert view.invoices_model.display(again, view.invoices_model.STATUS) in ("Paid", "Payée")


def test_a_read_only_database_cannot_issue(qtbot, db_path, db, group):
    add_cost(db, CostInput(amount_cents=1_000, start=dt.date(2026, 3, 3)))
    db.close()
    from partage.services.workspace import BackupPolicy, open_workspace

    read_only = open_workspace(db_path, read_only=True, backup=BackupPolicy(enabled=False))
    try:
        widget = StatementsView(read_only, ChangeBus(), None)
        widget.clock = lambda: TODAY
        qtbot.addWidget(widget)
        widget.show()
        widget.period.set_period(*MARCH)
        wait_until_idle(widget)
        assert widget.drafts_model.rowCount() == 2
        assert not widget.issue_button.isEnabled()
        assert not widget.settings_button.isEnabled()
    finally:
        from partage.ui.worker import wait_for_jobs

        wait_for_jobs()
        read_only.close()


def test_cancelling_a_batch_keeps_what_was_issued_and_the_rest_as_drafts(
    qtbot, db, group, monkeypatch
):
    from partage.services.members import MemberInput, add_member

    for index in range(30):
        add_member(db, MemberInput(name=f"Membre {index:02d}"))
    add_cost(db, CostInput(amount_cents=320_000, start=dt.date(2026, 3, 10)))
    widget = StatementsView(db, ChangeBus(), None)
    widget.clock = lambda: TODAY
    qtbot.addWidget(widget)
    widget.show()
    widget.period.set_period(*MARCH)
    wait_until_idle(widget)

    # Each write as slow as on a busy network share, so Cancel lands mid-batch.
    real_issue = invoicing.issue

    def slow_issue(*args, **kwargs):
        time.sleep(0.05)
        return real_issue(*args, **kwargs)

    monkeypatch.setattr(invoicing, "issue", slow_issue)

    def press_cancel() -> None:
        if not widget.writing:
            return
        dialogs = widget.findChildren(QProgressDialog)
        if dialogs and dialogs[0].value() >= 1:  # a first invoice is issued: cancel now
            dialogs[0].canceled.emit()  # as the Cancel button does
            return
        QTimer.singleShot(1, press_cancel)

    QTimer.singleShot(0, press_cancel)
    operation = widget.issue_all(confirm=False)
    wait_until_idle(widget)
    assert operation is not None
    result = operation.result
    issued = invoicing.list_invoices(db)
    assert result is not None and result.cancelled
    assert len(result.issued) < 32 and len(issued) == len(result.issued)
    drafts_left = [r for r in widget.drafts_model.records() if not r.invoiced]
    assert len(drafts_left) == 32 - len(issued)
    assert widget.result_label.text().endswith("the rest are still drafts.")
    assert [r.number for r in sorted(issued, key=lambda r: r.number)] == [
        f"2026-{n:04d}" for n in range(1, len(issued) + 1)
    ]
    assert invoicing.series_problems_in(db) == []


def test_settings_dialog_saves_and_refuses_bad_rates(qtbot, db):
    dialog = DocumentSettingsDialog(db, ChangeBus(), None)
    qtbot.addWidget(dialog)
    dialog.address_edit.setPlainText("1, rue du Port\nMontréal")
    dialog.taxes_check.setChecked(True)
    dialog.gst_number_edit.setText("123456789 RT0001")
    dialog.qst_rate_edit.setText("neuf")
    dialog.accept()
    settle()
    assert dialog.result() == 0 and dialog.feedback.field_in_error() == "qst_rate"
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Taxes"  # where the field is
    assert document_settings.load(db).taxes_enabled is False  # nothing saved
    dialog.qst_rate_edit.setText("9,975")
    dialog.prefix_edit.setText("CO")
    dialog.terms_spin.setValue(15)
    dialog.accept()
    settle()
    assert dialog.result() == 1
    saved = document_settings.load(db)
    assert saved.taxes_enabled and saved.qst_rate == 9975 and saved.invoice_prefix == "CO"
    assert saved.payment_terms_days == 15 and saved.address == "1, rue du Port\nMontréal"


def test_settings_dialog_refuses_taxes_without_numbers(qtbot, db):
    dialog = DocumentSettingsDialog(db, ChangeBus(), None)
    qtbot.addWidget(dialog)
    dialog.taxes_check.setChecked(True)
    dialog.accept()
    settle()
    assert dialog.result() == 0 and dialog.feedback.field_in_error() == "gst_number"
    assert dataclasses.asdict(document_settings.load(db))["taxes_enabled"] is False


def test_the_window_has_a_statements_section_on_ctrl_9(qtbot, db, db_path):
    from partage.ui.controller import AppController
    from partage.ui.preferences import Preferences

    db.close()
    controller = AppController(Preferences())
    qtbot.addWidget(controller.window)
    with qtbot.wait_signal(controller.ready, timeout=20_000):
        window = controller.start(str(db_path))
    try:
        from partage.ui.main_window import SECTIONS

        action = window.section_actions[SECTIONS.index("statements")]
        assert action.shortcut().toString() == "Ctrl+9"
        action.trigger()
        assert window.current_section() == "statements"
        assert isinstance(window.current_view(), StatementsView)
        assert window.section_label("statements") == "Statements"
        assert window.organisation_action.isEnabled()
    finally:
        from partage.ui.worker import wait_for_jobs

        wait_for_jobs()
        if controller.database is not None:
            controller.close_database()
