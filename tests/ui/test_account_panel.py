"""The statement of account in the Members section: the figures of ``partage-cli
account`` and of the Balances section, read off the GUI thread, a PDF in the member's
language, and opening balances entered in a dialog."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from partage.changes import Change
from partage.i18n import format_date, format_money, install_translations, locale_for
from partage.services import ledger
from partage.services.accounts import add_payment
from partage.services.assets import AssetInput, add_asset
from partage.services.costs import CostInput, add_cost
from partage.services.members import MemberInput, MemberRecord, add_member
from partage.ui.account_panel import AccountModel, AccountPanel
from partage.ui.changes import ChangeBus
from partage.ui.costs.balances import BalancesModel, BalancesView
from partage.ui.members import MembersModel, MembersView
from partage.ui.opening_balance_dialog import OpeningBalanceDialog
from partage.ui.reading import wait_for_reads
from partage.ui.widgets import clipped_texts
from tests.cli.conftest import run_cli
from tests.ui.conftest import drive_modal, settle
from tests.ui.test_keyboard import tab_cycle, unnamed

DAY = dt.date(2026, 12, 7)
YEAR = dt.date(2026, 1, 1)


@dataclass
class Group:
    anne: MemberRecord  # French; owes
    bob: MemberRecord  # English; owes
    zoe: MemberRecord  # paid a large cost out of pocket: the group owes her


@pytest.fixture
def group(db) -> Group:
    joined = dt.date(2025, 1, 1)
    anne = add_member(db, MemberInput(name="Anne Roy", language="fr", joined=joined,
                                      address="12, rue Rachel\nMontréal"))
    bob = add_member(db, MemberInput(name="Bob Tremblay", language="en", joined=joined))
    zoe = add_member(db, MemberInput(name="Zoé Labelle", language="fr", joined=joined))
    van = add_asset(db, AssetInput(name="Fourgonnette", kind="vehicle", default_rule="equal"))
    add_cost(db, CostInput(amount_cents=1_200_00, start=dt.date(2026, 1, 1),
                           end=dt.date(2026, 12, 31), asset_id=van.id, category="insurance"))
    add_cost(db, CostInput(amount_cents=900_00, start=dt.date(2026, 6, 10), asset_id=van.id,
                           category="repair", supplier="Garage Léo",
                           paid_by_member_id=zoe.id))
    add_cost(db, CostInput(amount_cents=45_67, start=dt.date(2025, 11, 3), category="other"))
    add_payment(db, anne.id, 100_00, paid_on=dt.date(2026, 5, 15), note="Virement")
    return Group(anne, bob, zoe)


def members_view(qtbot: QtBot, db, bus: ChangeBus | None = None) -> MembersView:
    view = MembersView(db, bus or ChangeBus())
    view.account_panel.clock = lambda: DAY
    view.account_panel.set_clock_day()
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    wait_for_reads()
    return view


def open_account(qtbot: QtBot, view: MembersView, name: str) -> AccountPanel:
    """Choose *name* in the table and show their statement; wait for it to be read."""
    names = [view.proxy.index(row, MembersModel.NAME).data()
             for row in range(view.proxy.rowCount())]
    view.table.setCurrentIndex(view.proxy.index(names.index(name), 0))
    view.show_account()
    panel = view.account_panel
    qtbot.waitUntil(lambda: not panel.busy and panel.sheet is not None
                    and panel.sheet.account.name == name, timeout=20_000)
    return panel


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_statement_shows_what_the_cli_and_the_balances_say(
    qtbot: QtBot, db, db_path, group: Group, language: str
) -> None:
    install_translations(language)
    view = members_view(qtbot, db)
    panel = open_account(qtbot, view, "Anne Roy")

    expected = ledger.account(db, group.anne.id, YEAR, DAY)
    cli = run_cli("account", "Anne Roy", "--from", "2026-01-01", "--to", "2026-12-07",
                  "--json", "--db", db_path)
    assert cli.code == 0, cli.stderr
    assert cli.json()["closing_cents"] == expected.closing_cents > 0
    assert cli.json()["opening_cents"] == expected.opening_cents != 0  # the 2025 cost
    rows = panel.rows()
    assert len(rows) == 1 + len(expected.lines)
    closing = format_money(expected.closing_cents)
    assert rows[-1][AccountModel.OWED] == closing
    assert rows[0][AccountModel.OWED] == format_money(expected.opening_cents)
    assert rows[0][AccountModel.AMOUNT] == ""
    assert rows[0][AccountModel.DATE] == format_date(YEAR)
    assert [row[AccountModel.AMOUNT] for row in rows[1:]] == [
        format_money(line.amount_cents) for line, _ in expected.lines
    ]
    if language == "en":
        assert panel.closing_label.text() == f"Anne Roy owes {closing} on 2026-12-07."
        assert rows[0][AccountModel.DESCRIPTION] == "Owed before the period"
    assert closing in panel.closing_label.text()  # in French: "1 234,56 $"
    assert panel.closing_label.text().startswith("Anne Roy ")

    balances = BalancesView(db, ChangeBus())
    balances.clock = lambda: DAY
    balances.set_clock_day()
    qtbot.addWidget(balances)
    balances.show()
    qtbot.waitUntil(lambda: not balances.busy and balances.sheet is not None, timeout=20_000)
    row = balances.row(group.anne.id)
    assert row is not None and row.balance_cents == -expected.closing_cents
    assert balances.model.display(row, BalancesModel.BALANCE) == format_money(
        -expected.closing_cents)


def test_when_the_group_owes_the_member_the_closing_line_says_so(
    qtbot: QtBot, db, group: Group
) -> None:
    view = members_view(qtbot, db)
    panel = open_account(qtbot, view, "Zoé Labelle")
    closing = ledger.account(db, group.zoe.id, YEAR, DAY).closing_cents
    assert closing < 0
    assert panel.closing_label.text() == (
        f"The group owes Zoé Labelle {format_money(-closing)} on 2026-12-07."
    )
    texts = [row[AccountModel.DESCRIPTION] for row in panel.rows()]
    assert "Expense paid for the group — Repair (Garage Léo)" in texts


def test_the_statement_is_read_off_the_gui_thread(
    qtbot: QtBot, db, group: Group, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    real = ledger.account

    def watched(*args: object, **kwargs: object) -> ledger.Account:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ledger, "account", watched)
    view = members_view(qtbot, db)
    view.show_account()
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    panel = view.account_panel
    assert panel.busy and panel.rows() == []  # asked for, not read on the spot
    assert panel.table.placeholder_text() == "Working out the statement of account…"
    qtbot.waitUntil(lambda: panel.sheet is not None and not panel.busy, timeout=20_000)
    assert threads and threading.main_thread() not in threads


def test_another_member_never_shows_the_last_one_s_figures(
    qtbot: QtBot, db, group: Group
) -> None:
    view = members_view(qtbot, db)
    open_account(qtbot, view, "Anne Roy")
    names = [view.proxy.index(row, 0).data() for row in range(view.proxy.rowCount())]
    view.table.setCurrentIndex(view.proxy.index(names.index("Bob Tremblay"), 0))
    panel = view.account_panel
    assert panel.title_label.text() == "Statement of account of Bob Tremblay"
    assert panel.rows() == [] and panel.closing_label.text() == ""
    assert not panel.pdf_button.isEnabled()
    qtbot.waitUntil(lambda: panel.sheet is not None, timeout=20_000)
    assert panel.sheet.account.member_id == group.bob.id
    view.table.clearSelection()
    view.table.setCurrentIndex(view.proxy.index(-1, -1))
    assert panel.table.placeholder_text() == "Select a member to see their statement of account."
    assert not panel.opening_button.isEnabled()


def test_a_shorter_period_starts_from_what_was_owed_before_it(
    qtbot: QtBot, db, group: Group
) -> None:
    view = members_view(qtbot, db)
    panel = open_account(qtbot, view, "Anne Roy")
    panel.period.set_period(dt.date(2026, 6, 1), dt.date(2026, 6, 30))
    qtbot.waitUntil(lambda: panel.sheet is not None and not panel.busy
                    and panel.sheet.account.start == dt.date(2026, 6, 1), timeout=20_000)
    june = ledger.account(db, group.anne.id, dt.date(2026, 6, 1), dt.date(2026, 6, 30))
    rows = panel.rows()
    assert rows[0][AccountModel.OWED] == format_money(june.opening_cents)
    assert rows[-1][AccountModel.OWED] == format_money(june.closing_cents)
    assert panel.closing_label.text().endswith("on 2026-06-30.")


def test_a_change_elsewhere_reads_the_statement_again(
    qtbot: QtBot, db, group: Group
) -> None:
    bus = ChangeBus()
    view = members_view(qtbot, db, bus)
    panel = open_account(qtbot, view, "Bob Tremblay")
    before = panel.sheet.account.closing_cents
    add_payment(db, group.bob.id, 50_00, paid_on=dt.date(2026, 12, 1))
    bus.notify(Change.PAYMENT)
    wait_for_reads()
    qtbot.waitUntil(lambda: panel.sheet is not None
                    and panel.sheet.account.closing_cents == before - 50_00, timeout=20_000)
    assert panel.closing_label.text().startswith(
        f"Bob Tremblay owes {format_money(before - 50_00)}")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_money_is_right_aligned_and_never_cut(
    qtbot: QtBot, db, group: Group, language: str
) -> None:
    install_translations(language)
    view = members_view(qtbot, db)
    view.resize(700, 600)  # narrow: the description gives way, not the amounts
    panel = open_account(qtbot, view, "Anne Roy")
    QApplication.processEvents()
    header = panel.table.horizontalHeader()
    metrics = panel.table.fontMetrics()
    for column in (AccountModel.AMOUNT, AccountModel.OWED):
        index = panel.proxy.index(0, column)
        assert index.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
        widest = max(metrics.horizontalAdvance(row[column]) for row in panel.rows())
        assert header.sectionSize(column) > widest
    assert clipped_texts(view) == []


def test_the_table_passes_the_model_tester_and_sorts_on_amounts(
    qtbot: QtBot, qtmodeltester, db, group: Group
) -> None:
    view = members_view(qtbot, db)
    panel = open_account(qtbot, view, "Anne Roy")
    qtmodeltester.check(panel.model)
    panel.table.sortByColumn(AccountModel.AMOUNT, Qt.SortOrder.DescendingOrder)
    amounts = [row.amount_cents for row in (
        panel.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2)
        for r in range(panel.proxy.rowCount()))]
    shown = [a for a in amounts if a is not None]
    assert shown == sorted(shown, reverse=True)
    panel.table.sortByColumn(AccountModel.DATE, Qt.SortOrder.AscendingOrder)
    assert panel.rows()[0][AccountModel.DESCRIPTION] == "Owed before the period"


def pdf_text(path: Path) -> str:
    """The text of the PDF at *path*, its spaces plain."""
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True)
    return done.stdout.replace("\u00a0", " ").replace("\u202f", " ")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
@pytest.mark.parametrize(("name", "language"), [("Anne Roy", "fr"), ("Bob Tremblay", "en")])
def test_the_pdf_is_in_the_member_s_language(
    qtbot: QtBot, db, group: Group, tmp_path: Path, name: str, language: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = members_view(qtbot, db)  # the window is in English
    panel = open_account(qtbot, view, name)
    path = tmp_path / panel.file_name()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(path), "PDF documents (*.pdf)"))

    panel.save_action.trigger()

    assert path.read_bytes().startswith(b"%PDF")
    text = pdf_text(path)
    closing = panel.sheet.account.closing_cents
    money = format_money(closing, locale_for(language)).replace("\u00a0", " ").replace(
        "\u202f", " ")
    assert name in text
    assert money in text
    assert "2026-01-01" in text and "2026-12-07" in text
    if language == "fr":
        assert "Montréal" in text  # the member's address
        assert "$" in money and money.endswith(" $")  # French money, not English
    else:
        assert money.startswith("$")
    assert path.name == f"account-2026-01-01-2026-12-07-{panel.member.id}-" \
        f"{name.replace(' ', '-')}.pdf"


def enter_opening_balance(qtbot: QtBot, panel: AccountPanel, amount: str,
                          note: str = "") -> list[QWidget]:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, OpeningBalanceDialog)
        qtbot.keyClicks(dialog.amount_edit, amount)
        qtbot.keyClicks(dialog.note_edit, note)
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
        settle()
        if dialog.isVisible():  # refused: say why, then leave
            seen.append(dialog.error_text())
            dialog.reject()

    seen: list[str] = []
    dialogs = drive_modal(qtbot, lambda: qtbot.mouseClick(
        panel.opening_button, Qt.MouseButton.LeftButton), fill)
    return [*dialogs, *seen]


def test_an_opening_balance_entered_in_the_dialog_moves_the_closing_amount(
    qtbot: QtBot, db, group: Group
) -> None:
    bus = ChangeBus()
    view = members_view(qtbot, db, bus)
    panel = open_account(qtbot, view, "Bob Tremblay")
    before = panel.sheet.account.closing_cents
    with qtbot.waitSignal(bus.changed, timeout=5000):
        enter_opening_balance(qtbot, panel, "123.45", "Carried over from the old books")

    qtbot.waitUntil(lambda: panel.sheet is not None and not panel.busy
                    and panel.sheet.account.closing_cents == before + 123_45, timeout=20_000)
    rows = panel.rows()
    line = next(row for row in rows
                if row[AccountModel.DESCRIPTION].startswith("Opening balance"))
    assert line == ["2026-01-01", "Opening balance (Carried over from the old books)",
                    format_money(123_45), line[AccountModel.OWED]]
    assert rows[-1][AccountModel.OWED] == format_money(before + 123_45)
    assert ledger.account(db, group.bob.id, YEAR, DAY).closing_cents == before + 123_45
    assert format_money(before + 123_45) in panel.closing_label.text()


def test_a_zero_opening_balance_is_refused_in_the_dialog(
    qtbot: QtBot, db, group: Group
) -> None:
    view = members_view(qtbot, db)
    panel = open_account(qtbot, view, "Bob Tremblay")
    seen = enter_opening_balance(qtbot, panel, "0")
    assert seen[-1] == "The amount cannot be zero."
    assert ledger.account(db, group.bob.id, YEAR, DAY).closing_cents == \
        panel.sheet.account.closing_cents
    assert not any(line.kind == "opening"
                   for line, _ in ledger.account(db, group.bob.id, YEAR, DAY).lines)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_opening_balance_dialog_is_whole_named_and_goes_round_with_tab(
    qtbot: QtBot, db, group: Group, language: str
) -> None:
    install_translations(language)
    dialog = OpeningBalanceDialog(db, ChangeBus(), group.anne.id, group.anne.name, "CAD",
                                  day=YEAR)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    assert clipped_texts(dialog) == []
    assert unnamed(dialog) == []
    forward = tab_cycle(qtbot, dialog.amount_edit, Qt.Key.Key_Tab)
    assert dialog.date_edit in forward and dialog.note_edit in forward
    assert dialog.ok_button() in forward
    dialog.close()


def test_the_panel_s_controls_are_named(qtbot: QtBot, db, group: Group) -> None:
    view = members_view(qtbot, db)
    panel = open_account(qtbot, view, "Anne Roy")
    assert unnamed(panel) == []
    assert panel.pdf_button.isEnabled() and panel.opening_button.isEnabled()
    assert [action.text() for action in panel.pdf_menu.actions()] == [
        "&Print…", "&Save as PDF…"]


def test_tab_reaches_every_control_of_the_statement(qtbot: QtBot, db, group: Group) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QDateEdit

    view = members_view(qtbot, db)
    panel = open_account(qtbot, view, "Anne Roy")
    view.activateWindow()
    forward = tab_cycle(qtbot, view.search_edit, Qt.Key.Key_Tab)
    backward = tab_cycle(qtbot, view.search_edit, Qt.Key.Key_Backtab)
    wanted = [panel.period.choice_combo, panel.period.from_edit, panel.period.to_edit,
              panel.opening_button, panel.pdf_button, panel.table]
    for widget in wanted:
        assert isinstance(widget, QComboBox | QDateEdit | QAbstractButton | QAbstractItemView)
        assert widget in forward and widget in backward, widget.accessibleName()
    assert forward.index(panel.opening_button) < forward.index(panel.pdf_button)


def test_print_hands_the_statement_s_pages_to_the_print_dialog(
    qtbot: QtBot, db, group: Group, monkeypatch: pytest.MonkeyPatch
) -> None:
    from partage.ui.statements import PdfPane

    printed: list[tuple[bytes, int, str]] = []

    def print_document(pane: PdfPane) -> None:  # instead of the system's print dialog
        printed.append((pane.data, pane.page_count(), pane.suggested_name))

    monkeypatch.setattr(PdfPane, "print_document", print_document)
    view = members_view(qtbot, db)
    panel = open_account(qtbot, view, "Bob Tremblay")
    panel.print_action.trigger()
    [(data, pages, name)] = printed
    assert data.startswith(b"%PDF") and pages == 1
    assert name == panel.file_name()


def test_a_busy_file_is_said_in_the_table_s_place_and_the_next_read_shows_the_statement(
    qtbot: QtBot, db, group: Group, monkeypatch: pytest.MonkeyPatch
) -> None:
    from partage.errors import DatabaseBusy

    real = ledger.account

    def busy(*args: object, **kwargs: object) -> ledger.Account:
        raise DatabaseBusy("The database is busy: another computer is writing to it.")

    monkeypatch.setattr(ledger, "account", busy)
    view = members_view(qtbot, db)
    view.show_account()
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    panel = view.account_panel
    qtbot.waitUntil(lambda: not panel.busy, timeout=20_000)
    assert panel.table.placeholder_text() == (
        "The database is busy: another computer is writing to it.")
    assert panel.sheet is None and not panel.pdf_button.isEnabled()

    monkeypatch.setattr(ledger, "account", real)
    panel.period.set_period(dt.date(2026, 2, 1), DAY)
    qtbot.waitUntil(lambda: panel.sheet is not None and not panel.busy, timeout=20_000)
    assert panel.closing_label.text().startswith("Anne Roy owes ")
