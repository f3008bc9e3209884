"""The Balances section: signs, the treasury, settle-up and recording a payment."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from partage.changes import Change
from partage.services.accounts import TREASURY, add_payment, list_payments
from partage.services.costs import CostInput, add_cost
from partage.ui.changes import ChangeBus
from partage.ui.costs import BalancesView
from partage.ui.costs.balances import BalancesModel, transfer_text
from partage.ui.costs.common import credit_brush, overdue_brush
from partage.ui.costs.payment_dialog import PaymentDialog
from tests.ui.conftest import drive_modal, settle
from tests.ui.costs.conftest import TODAY, Group, wait_until_idle


@pytest.fixture
def view(qtbot: QtBot, db, bus: ChangeBus, group: Group) -> BalancesView:
    # Anne paid the van's 200,00 $ repair out of her pocket; it is split equally.
    add_cost(db, CostInput(amount_cents=20000, start=dt.date(2026, 3, 5), category="repair",
                           asset_id=group.van.id, paid_by_member_id=group.anne.id))
    widget = BalancesView(db, bus)
    widget.clock = lambda: TODAY
    widget.set_clock_day()
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    wait_until_idle(widget)
    return widget


def line(view: BalancesView, name: str) -> dict[int, str]:
    proxy = view.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, BalancesModel.NAME).data() == name:
            return {column: proxy.index(row, column).data() for column in range(5)}
    raise AssertionError(f"no line for {name}")


def test_a_member_who_paid_out_of_pocket_is_owed(view: BalancesView, group: Group) -> None:
    anne = line(view, "Anne Tremblay")
    bob = line(view, "Bob Gagnon")
    assert (anne[BalancesModel.OWED], anne[BalancesModel.PAID]) == ("$100.00", "$200.00")
    assert anne[BalancesModel.BALANCE] == "$100.00"
    assert anne[BalancesModel.MEANING] == "The group owes them"
    assert bob[BalancesModel.BALANCE] == "-$100.00"
    assert bob[BalancesModel.MEANING] == "Owes the group"
    assert line(view, "Treasury")[BalancesModel.BALANCE] == "$0.00"
    # The colours say the same: green for what the group owes, red for what is owed to it.
    model = view.model
    anne_row = next(r for r in model.records() if r.id == group.anne.id)
    bob_row = next(r for r in model.records() if r.id == group.bob.id)
    colour = Qt.ItemDataRole.ForegroundRole
    assert model.index(model.records().index(anne_row), BalancesModel.BALANCE).data(
        colour).color() == credit_brush().color()
    assert model.index(model.records().index(bob_row), BalancesModel.BALANCE).data(
        colour).color() == overdue_brush().color()


def test_settle_up_proposes_the_transfer(qtbot: QtBot, view: BalancesView) -> None:
    assert not view.settle_box.isVisibleTo(view)
    qtbot.mouseClick(view.settle_button, Qt.MouseButton.LeftButton)
    assert view.settle_box.isVisibleTo(view)
    assert view.transfer_texts() == ["Bob Gagnon pays Anne Tremblay $100.00"]


def test_recording_a_payment_updates_the_balance(qtbot: QtBot, view: BalancesView, db,
                                                 group: Group) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        dialog.member_combo.setCurrentIndex(dialog.member_combo.findData(group.bob.id))
        qtbot.keyClicks(dialog.amount_edit, "100,00 $")
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
        settle()

    dialogs = drive_modal(qtbot, lambda: qtbot.mouseClick(view.payment_button,
                                                          Qt.MouseButton.LeftButton), fill)
    assert dialogs[0].result() == QDialog.DialogCode.Accepted
    wait_until_idle(view)

    [payment] = list_payments(db)
    assert (payment.member_id, payment.amount_cents) == (group.bob.id, 10000)
    assert (payment.paid_on, payment.invoice_number) == (TODAY, "")
    bob = line(view, "Bob Gagnon")
    assert (bob[BalancesModel.PAID], bob[BalancesModel.BALANCE]) == ("$100.00", "$0.00")
    assert bob[BalancesModel.MEANING] == "Settled"
    # Bob's money went to the treasury, which now owes it to Anne.
    assert line(view, "Treasury")[BalancesModel.BALANCE] == "-$100.00"
    view.settle_up()
    assert view.transfer_texts() == ["The treasury pays Anne Tremblay $100.00"]
    assert view.payments_proxy.rowCount() == 1
    assert view.payments_proxy.index(0, 1).data() == "Bob Gagnon"


def test_a_zero_payment_is_refused_in_the_dialog(qtbot: QtBot, db, bus: ChangeBus,
                                                 group: Group) -> None:
    dialog = PaymentDialog(db, bus, day=TODAY, member_id=group.bob.id)
    qtbot.addWidget(dialog)
    dialog.amount_edit.setText("0")
    dialog.accept()
    settle()
    assert dialog.feedback.field_in_error() == "amount"
    assert dialog.error_text() == "The amount cannot be zero."
    dialog.amount_edit.setText("ten dollars")
    dialog.accept()
    settle()
    assert "is not an amount" in dialog.error_text()
    assert list_payments(db) == []


def test_one_payment_dialog_never_posts_twice(qtbot: QtBot, db, bus: ChangeBus,
                                              group: Group) -> None:
    dialog = PaymentDialog(db, bus, day=TODAY, member_id=group.bob.id)
    qtbot.addWidget(dialog)
    dialog.amount_edit.setText("25")
    dialog.prepare_save()()
    dialog.prepare_save()()  # a retry after an answer that never came back
    assert len(list_payments(db)) == 1


def test_a_payment_elsewhere_shows_here(view: BalancesView, db, bus: ChangeBus,
                                        group: Group) -> None:
    add_payment(db, group.bob.id, 10000, paid_on=TODAY)
    bus.notify(Change.PAYMENT)
    wait_until_idle(view)
    assert line(view, "Bob Gagnon")[BalancesModel.BALANCE] == "$0.00"


def test_the_treasury_stays_last_when_sorting(qtbot: QtBot, view: BalancesView) -> None:
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        view.table.sortByColumn(BalancesModel.BALANCE, order)
        last = view.proxy.rowCount() - 1
        assert view.proxy.index(last, 0).data() == "Treasury"
    assert view.proxy.index(0, 0).data() == "Anne Tremblay"  # descending: +100 first


def test_transfers_name_the_treasury() -> None:
    names = {1: "Anne", 2: "Bob"}
    assert transfer_text((2, TREASURY, 500), names, "CAD") == "Bob pays $5.00 into the treasury"
    assert transfer_text((TREASURY, 1, 500), names, "CAD") == "The treasury pays Anne $5.00"


def test_balance_models_pass_the_model_tester(qtmodeltester, view: BalancesView, db,
                                              group: Group) -> None:
    add_payment(db, group.bob.id, 4000, paid_on=TODAY, note="Interac")
    view.reload()
    wait_until_idle(view)
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)
    qtmodeltester.check(view.payments_model)
