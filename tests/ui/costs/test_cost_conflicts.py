"""A cost saved over someone else's newer version, or after they deleted it: both
versions in the person's words, then reload, keep mine or cancel."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from partage.services.costs import (
    CostInput,
    add_cost,
    delete_cost,
    get_cost,
    list_costs,
    update_cost,
)
from partage.services.workspace import Actor, open_workspace
from partage.ui.changes import ChangeBus
from partage.ui.costs.cost_dialog import CostDialog
from tests.ui.conftest import MessageRecorder, click_ok_then, save_into_conflict, settle
from tests.ui.costs.conftest import Group

MARC = Actor(os_user="marc", display_name="Marc Roy", machine="PC-ACCUEIL")


def cost_dialog_over_a_newer_version(qtbot: QtBot, db, db_path, bus: ChangeBus,
                                     group: Group):
    """Anne's cost dialog is open; Marc, on his computer, corrects the amount and says
    Bob paid; Anne then changes the supplier and the note."""
    cost = add_cost(db, CostInput(amount_cents=12000, start=dt.date(2026, 3, 2),
                                  category="repair", asset_id=group.van.id,
                                  supplier="Garage Tremblay", note="Pneus"))
    dialog = CostDialog(db, bus, cost)
    qtbot.addWidget(dialog)
    dialog.show()
    other = open_workspace(db_path, actor=MARC)
    update_cost(other, cost.id, CostInput(
        amount_cents=13450, start=dt.date(2026, 3, 2), category="repair",
        asset_id=group.van.id, supplier="Garage Tremblay", note="Pneus",
        paid_by_member_id=group.bob.id), expected_version=cost.version)
    other.close()
    dialog.supplier_edit.setText("Garage Roy")
    dialog.note_edit.setPlainText("Pneus d'hiver")
    return cost, dialog


def test_a_cost_conflict_shows_both_versions_in_words_and_cancel_saves_nothing(
    qtbot: QtBot, db, db_path, bus: ChangeBus, group: Group
) -> None:
    cost, dialog = cost_dialog_over_a_newer_version(qtbot, db, db_path, bus, group)
    seen = save_into_conflict(qtbot, dialog)

    assert str(seen["heading"]).startswith(
        "Marc Roy (PC-ACCUEIL) saved the cost “Garage Tremblay, $120.00” at ")
    assert seen["rows"] == [
        ["Amount", "$134.50", "$120.00"],
        ["Supplier", "Garage Tremblay", "Garage Roy"],
        ["Note", "Pneus", "Pneus d'hiver"],
        ["Paid by", "Bob Gagnon", "Treasury"],
    ]
    assert dialog.isVisible() and dialog.supplier_edit.text() == "Garage Roy"
    assert "Someone else changed this cost" in dialog.error_text()
    saved = get_cost(db, cost.id)
    assert (saved.amount_cents, saved.supplier, saved.version) == (13450, "Garage Tremblay",
                                                                   cost.version + 1)


def test_keep_mine_saves_my_cost_over_theirs(
    qtbot: QtBot, db, db_path, bus: ChangeBus, group: Group
) -> None:
    cost, dialog = cost_dialog_over_a_newer_version(qtbot, db, db_path, bus, group)

    click_ok_then(qtbot, dialog, lambda conflict: qtbot.mouseClick(
        conflict.keep_button, Qt.MouseButton.LeftButton))

    saved = get_cost(db, cost.id)
    # Every field as my form had it, their amount and payer included.
    assert (saved.amount_cents, saved.supplier, saved.note, saved.paid_by_member_id) == (
        12000, "Garage Roy", "Pneus d'hiver", None)
    assert saved.version == cost.version + 2
    assert not dialog.isVisible() and len(list_costs(db)) == 1


def test_reload_shows_their_cost_and_a_save_then_goes_through(
    qtbot: QtBot, db, db_path, bus: ChangeBus, group: Group
) -> None:
    cost, dialog = cost_dialog_over_a_newer_version(qtbot, db, db_path, bus, group)

    click_ok_then(qtbot, dialog, lambda conflict: qtbot.mouseClick(
        conflict.reload_button, Qt.MouseButton.LeftButton))

    assert dialog.isVisible() and "Their version is shown now" in dialog.error_text()
    assert dialog.amount_edit.text() == "134.50"
    assert dialog.paid_by_combo.currentText() == "Bob Gagnon"
    assert dialog.supplier_edit.text() == "Garage Tremblay"
    assert get_cost(db, cost.id).supplier == "Garage Tremblay"
    dialog.note_edit.setPlainText("Pneus d'hiver")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    settle()
    saved = get_cost(db, cost.id)
    assert (saved.amount_cents, saved.paid_by_member_id, saved.note) == (
        13450, group.bob.id, "Pneus d'hiver")


def test_a_cost_deleted_meanwhile_is_said_and_can_be_saved_as_new(
    qtbot: QtBot, db, db_path, bus: ChangeBus, group: Group,
    shown_messages: MessageRecorder
) -> None:
    cost = add_cost(db, CostInput(amount_cents=5000, start=dt.date(2026, 3, 5),
                                  supplier="Quincaillerie"))
    dialog = CostDialog(db, bus, cost)
    qtbot.addWidget(dialog)
    dialog.show()
    other = open_workspace(db_path, actor=MARC)
    delete_cost(other, cost.id)
    other.close()
    dialog.note_edit.setPlainText("Vis et clous")

    shown_messages.answer = False  # Cancel first: nothing saved, the form stays
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    settle()
    assert shown_messages.last.title == "Deleted by someone else"
    assert shown_messages.last.text == (
        "Someone else deleted the cost “Quincaillerie, $50.00” after you opened it. "
        "Save your version as a new one?")
    assert shown_messages.last.accept_label == "Save as new"
    assert dialog.isVisible() and "nothing was saved" in dialog.error_text()
    assert list_costs(db) == []

    shown_messages.answer = True
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    settle()
    assert not dialog.isVisible()
    [saved] = list_costs(db)
    assert (saved.amount_cents, saved.supplier, saved.note) == (5000, "Quincaillerie",
                                                                "Vis et clous")
    assert saved.version == 1  # a new row, not the old one brought back


def test_one_cost_or_payment_dialog_never_posts_twice(
    qtbot: QtBot, db, bus: ChangeBus, group: Group
) -> None:
    from partage.services.accounts import list_payments
    from partage.ui.costs.payment_dialog import PaymentDialog

    cost_dialog = CostDialog(db, bus, day=dt.date(2026, 3, 5))
    qtbot.addWidget(cost_dialog)
    cost_dialog.amount_edit.setText("45,00")
    first = cost_dialog.prepare_save()()
    # Add pressed again after an answer that never came:
    assert cost_dialog.prepare_save()() == first
    assert [c.amount_cents for c in list_costs(db)] == [4500]

    payment_dialog = PaymentDialog(db, bus, day=dt.date(2026, 3, 5), member_id=group.bob.id)
    qtbot.addWidget(payment_dialog)
    payment_dialog.amount_edit.setText("45,00")
    paid = payment_dialog.prepare_save()()
    assert payment_dialog.prepare_save()() == paid
    assert [p.amount_cents for p in list_payments(db)] == [4500]
