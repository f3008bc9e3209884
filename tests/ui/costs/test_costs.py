"""The Costs section and the cost dialog, driven like a person would."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from partage.changes import Change
from partage.services.costs import (
    RECEIPT_LIMIT_BYTES,
    CostInput,
    add_cost,
    get_receipt,
    list_costs,
    update_cost,
)
from partage.ui.changes import ChangeBus
from partage.ui.conflict_dialog import ConflictDialog
from partage.ui.costs import CostsView
from partage.ui.costs import receipt as receipt_module
from partage.ui.costs.common import NO_ID
from partage.ui.costs.cost_dialog import CostDialog
from partage.ui.costs.cost_list import CostsModel
from partage.ui.costs.periods import QuickPeriod
from tests.ui.conftest import MessageRecorder, drive_modal, settle
from tests.ui.costs.conftest import TODAY, Group, wait_until_idle

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture
def view(qtbot: QtBot, db, bus: ChangeBus, group: Group) -> CostsView:
    widget = CostsView(db, bus)
    widget.clock = lambda: TODAY
    widget.set_clock_day()
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    wait_until_idle(widget)
    return widget


def texts(view: CostsView, column: int) -> list[str]:
    """The column's texts, once the section has read what it was asked to."""
    wait_until_idle(view)
    return [view.proxy.index(row, column).data() for row in range(view.proxy.rowCount())]


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def open_add(qtbot: QtBot, view: CostsView, act) -> list[QWidget]:
    return drive_modal(qtbot, lambda: qtbot.mouseClick(view.add_button,
                                                       Qt.MouseButton.LeftButton), act)


def test_adding_a_cost_lists_it_with_its_amount_and_category(qtbot: QtBot, view: CostsView,
                                                              db, group: Group) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, CostDialog)
        qtbot.keyClicks(dialog.amount_edit, "1 234,56 $")
        dialog.period_field.start_edit.setDate(QDate(2026, 3, 14))
        choose(dialog.category_combo, "repair")
        choose(dialog.asset_combo, group.van.id)
        dialog.supplier_edit.setText("Garage Léo")
        choose(dialog.paid_by_combo, group.anne.id)
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
        settle()

    dialogs = open_add(qtbot, view, fill)

    assert dialogs[0].result() == QDialog.DialogCode.Accepted
    [saved] = list_costs(db)
    assert saved.amount_cents == 123456
    assert (saved.start, saved.end, saved.category) == (dt.date(2026, 3, 14),) * 2 + ("repair",)
    assert (saved.asset_id, saved.paid_by_member_id) == (group.van.id, group.anne.id)
    assert texts(view, CostsModel.AMOUNT) == ["$1,234.56"]
    assert texts(view, CostsModel.CATEGORY) == ["Repair"]
    assert texts(view, CostsModel.ASSET) == ["Van"]
    assert texts(view, CostsModel.PAID_BY) == ["Anne Tremblay"]
    assert view.current_cost().id == saved.id  # the new cost is selected
    assert "1 cost" in view.summary_label.text() and "$1,234.56" in view.summary_label.text()


def test_a_bad_amount_keeps_the_dialog_open_and_saves_nothing(qtbot: QtBot, view: CostsView,
                                                               db) -> None:
    seen = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, CostDialog)
        qtbot.keyClicks(dialog.amount_edit, "12,345")  # three decimals: ambiguous
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
        settle()
        seen["open"] = dialog.isVisible()
        seen["error"] = dialog.error_text()
        seen["field"] = dialog.feedback.field_in_error()
        seen["focus"] = dialog.amount_edit.hasFocus()
        dialog.reject()

    open_add(qtbot, view, fill)

    assert seen["open"] is True
    assert "is not an amount" in seen["error"]
    assert seen["field"] == "amount"
    assert list_costs(db) == []
    assert view.table.placeholder_text().startswith("No costs in this period")


def test_a_period_that_ends_before_it_starts_is_refused_under_the_period(
        qtbot: QtBot, db, bus: ChangeBus, group: Group) -> None:
    dialog = CostDialog(db, bus, None, day=TODAY)
    qtbot.addWidget(dialog)
    dialog.amount_edit.setText("100")
    dialog.period_field.period_radio.setChecked(True)
    dialog.period_field.start_edit.setDate(QDate(2026, 3, 10))
    dialog.period_field.end_edit.setDate(QDate(2026, 3, 1))
    dialog.accept()
    settle()
    assert dialog.feedback.field_in_error() == "end"
    assert "cannot end before it starts" in dialog.error_text()
    assert list_costs(db) == []


def test_a_receipt_is_stored_and_opens_from_the_list(qtbot: QtBot, view: CostsView, db,
                                                     tmp_path: Path, monkeypatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(receipt_module, "open_url", lambda url: opened.append(url) or True)
    scan = tmp_path / "Facture garage.pdf"
    scan.write_bytes(PDF)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, CostDialog)
        qtbot.keyClicks(dialog.amount_edit, "80")
        assert dialog.receipt_field.attach_file(scan)
        assert dialog.receipt_field.label.text().startswith("Facture garage.pdf")
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
        settle()

    open_add(qtbot, view, fill)
    wait_until_idle(view)

    [saved] = list_costs(db)
    assert saved.has_receipt
    assert get_receipt(db, saved.id) == (PDF, "application/pdf", "Facture garage.pdf")
    receipt_index = view.proxy.index(0, CostsModel.RECEIPT)
    assert receipt_index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert receipt_index.data(Qt.ItemDataRole.ToolTipRole) == "Receipt: Facture garage.pdf"
    assert view.receipt_button.isEnabled()
    qtbot.mouseClick(view.receipt_button, Qt.MouseButton.LeftButton)
    [url] = opened
    written = Path(url.toLocalFile())
    assert written.name == "Facture garage.pdf"
    assert written.read_bytes() == PDF


def test_removing_a_receipt_saves_the_cost_without_it(qtbot: QtBot, db, bus: ChangeBus) -> None:
    cost = add_cost(db, CostInput(amount_cents=500, start=TODAY, receipt=PDF,
                                  receipt_type="application/pdf", receipt_name="r.pdf",
                                  receipt_changed=True))
    dialog = CostDialog(db, bus, cost)
    qtbot.addWidget(dialog)
    assert dialog.receipt_field.label.text() == "r.pdf"
    qtbot.mouseClick(dialog.receipt_field.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.receipt_field.label.text() == "No receipt"
    dialog.accept()
    settle()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert get_receipt(db, cost.id) is None


def test_a_receipt_too_large_or_of_another_kind_is_refused_in_the_dialog(
        qtbot: QtBot, db, bus: ChangeBus, tmp_path: Path) -> None:
    dialog = CostDialog(db, bus, None, day=TODAY)
    qtbot.addWidget(dialog)
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-" + b"0" * RECEIPT_LIMIT_BYTES)
    assert not dialog.receipt_field.attach_file(big)
    assert dialog.feedback.field_in_error() == "receipt"
    assert "too large" in dialog.error_text()
    text = tmp_path / "notes.txt"
    text.write_text("not a receipt", encoding="utf-8")
    assert not dialog.receipt_field.attach_file(text)
    assert "must be a PDF, PNG, JPEG or WebP" in dialog.error_text()
    assert not dialog.receipt_field.has_receipt


def test_editing_a_cost_someone_else_changed_is_refused(qtbot: QtBot, view: CostsView, db,
                                                         group: Group) -> None:
    cost = add_cost(db, CostInput(amount_cents=10000, start=TODAY, category="fuel",
                                  asset_id=group.van.id))
    view.reload()
    wait_until_idle(view)
    view.select_cost(cost.id)
    seen = {}

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, CostDialog)
        # Someone else saves a new amount while the dialog is open.
        update_cost(db, cost.id, replace(cost.as_input(), amount_cents=11000),
                    expected_version=cost.version)
        dialog.amount_edit.setText("99,00")

        def cancel_conflict() -> None:  # both versions are shown; Cancel goes back
            conflict = QApplication.activeModalWidget()
            if not isinstance(conflict, ConflictDialog):
                QTimer.singleShot(10, cancel_conflict)
                return
            seen["rows"] = conflict.rows()
            conflict.reject()

        QTimer.singleShot(10, cancel_conflict)
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
        settle()
        seen["open"] = dialog.isVisible()
        seen["error"] = dialog.error_text()
        dialog.reject()

    drive_modal(qtbot, lambda: qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton),
                edit)

    assert seen["open"] is True
    assert seen["rows"] == [["Amount", "$110.00", "$99.00"]]
    assert "Someone else changed this cost" in seen["error"]
    [stored] = list_costs(db)
    assert stored.amount_cents == 11000  # their version stands
    assert texts(view, CostsModel.AMOUNT) == ["$110.00"]  # the list shows it


def test_saving_twice_with_the_same_dialog_adds_one_cost(qtbot: QtBot, db,
                                                         bus: ChangeBus) -> None:
    dialog = CostDialog(db, bus, None, day=TODAY)
    qtbot.addWidget(dialog)
    dialog.amount_edit.setText("42")
    first = dialog.prepare_save()()
    # As if the first answer was lost and the person pressed Add again:
    again = dialog.prepare_save()()
    assert first.id == again.id
    assert len(list_costs(db)) == 1


def test_delete_asks_first_and_removes_the_cost(qtbot: QtBot, view: CostsView, db,
                                                shown_messages: MessageRecorder) -> None:
    cost = add_cost(db, CostInput(amount_cents=2500, start=TODAY, supplier="RONA"))
    view.reload()
    wait_until_idle(view)
    view.select_cost(cost.id)
    shown_messages.answer = False
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    settle()
    assert "Delete the cost of $25.00" in shown_messages.last.text
    assert len(list_costs(db)) == 1
    shown_messages.answer = True
    with qtbot.wait_signal(view.bus.changed):
        qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
        settle()
    assert list_costs(db) == []
    wait_until_idle(view)
    assert view.proxy.rowCount() == 0


def test_filters_and_search_narrow_the_list(qtbot: QtBot, view: CostsView, db,
                                            group: Group) -> None:
    add_cost(db, CostInput(amount_cents=1000, start=TODAY, category="fuel",
                           asset_id=group.van.id, paid_by_member_id=group.bob.id,
                           supplier="Ultramar"))
    add_cost(db, CostInput(amount_cents=2000, start=TODAY, category="rent",
                           supplier="Immeubles Saint-Denis", note="Loyer"))
    add_cost(db, CostInput(amount_cents=3000, start=dt.date(2025, 6, 1), category="repair",
                           asset_id=group.van.id))
    view.reload()
    wait_until_idle(view)
    assert sorted(texts(view, CostsModel.AMOUNT)) == ["$10.00", "$20.00"]  # this year

    view.period.set_choice(QuickPeriod.ALL)
    assert len(texts(view, CostsModel.AMOUNT)) == 3
    choose(view.asset_filter, NO_ID)
    assert texts(view, CostsModel.ASSET) == ["Group"]
    choose(view.asset_filter, group.van.id)
    assert sorted(texts(view, CostsModel.AMOUNT)) == ["$10.00", "$30.00"]
    choose(view.member_filter, group.bob.id)
    assert texts(view, CostsModel.AMOUNT) == ["$10.00"]
    choose(view.member_filter, NO_ID)
    assert texts(view, CostsModel.AMOUNT) == ["$30.00"]
    assert texts(view, CostsModel.PAID_BY) == ["Treasury"]
    choose(view.asset_filter, "*")
    choose(view.member_filter, "*")
    choose(view.category_filter, "rent")
    assert texts(view, CostsModel.SUPPLIER) == ["Immeubles Saint-Denis"]
    choose(view.category_filter, "*")
    qtbot.keyClicks(view.search_edit, "loyer")  # the note is searched too
    assert texts(view, CostsModel.AMOUNT) == ["$20.00"]
    view.search_edit.setText("nothing like it")
    assert view.table.placeholder_text() == "No cost matches “nothing like it”."


def test_a_period_typed_by_hand_applies_after_a_pause(qtbot: QtBot, view: CostsView, db) -> None:
    add_cost(db, CostInput(amount_cents=1000, start=dt.date(2026, 3, 1)))
    add_cost(db, CostInput(amount_cents=2000, start=dt.date(2026, 2, 1)))
    view.reload()
    wait_until_idle(view)
    assert len(texts(view, CostsModel.AMOUNT)) == 2
    view.period.from_edit.setDate(QDate(2026, 2, 15))
    assert view.period.choice() is QuickPeriod.CUSTOM
    assert len(texts(view, CostsModel.AMOUNT)) == 2  # not at every keystroke
    qtbot.waitUntil(lambda: texts(view, CostsModel.AMOUNT) == ["$10.00"], timeout=3000)


def test_the_list_follows_changes_made_elsewhere(qtbot: QtBot, view: CostsView, db,
                                                 bus: ChangeBus) -> None:
    add_cost(db, CostInput(amount_cents=700, start=TODAY))
    assert view.proxy.rowCount() == 0
    bus.notify(Change.COST)
    assert texts(view, CostsModel.AMOUNT) == ["$7.00"]


def test_sorting_by_amount_uses_cents_not_text(qtbot: QtBot, view: CostsView, db) -> None:
    for cents in (90000, 950, 10000):
        add_cost(db, CostInput(amount_cents=cents, start=TODAY))
    view.reload()
    wait_until_idle(view)
    view.table.sortByColumn(CostsModel.AMOUNT, Qt.SortOrder.AscendingOrder)
    assert texts(view, CostsModel.AMOUNT) == ["$9.50", "$100.00", "$900.00"]


def test_costs_model_passes_the_model_tester(qtmodeltester, view: CostsView, db,
                                             group: Group) -> None:
    add_cost(db, CostInput(amount_cents=1000, start=TODAY, asset_id=group.van.id,
                           receipt=PDF, receipt_type="application/pdf", receipt_name="a.pdf",
                           receipt_changed=True))
    add_cost(db, CostInput(amount_cents=2000, start=TODAY, end=dt.date(2026, 12, 31),
                           rule="usage"))
    view.reload()
    wait_until_idle(view)
    assert texts(view, CostsModel.RULE) == ["By usage", ""] or texts(
        view, CostsModel.RULE) == ["", "By usage"]
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)


def test_the_summary_says_what_falls_outside_the_period(
    qtbot: QtBot, view: CostsView, db, group: Group
) -> None:
    """A yearly premium is listed in full in March; the summary says which part is
    March's, the part the Split section and the statements count."""
    add_cost(db, CostInput(amount_cents=36_500, start=dt.date(2026, 1, 1),
                           end=dt.date(2026, 12, 31), category="insurance",
                           asset_id=group.van.id))  # fmt: skip
    view.period.set_period(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    view.show()
    qtbot.waitUntil(lambda: "in this period" in view.summary_label.text(), timeout=10_000)
    text = view.summary_label.text()
    assert "$365.00 in all" in text and "$31.00 in this period" in text
    assert "$334.00 falls on days outside it" in text
