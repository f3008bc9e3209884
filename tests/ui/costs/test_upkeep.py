"""The Upkeep section: maintenance plans and their state, insurance policies and renewals."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from partage.services.assets import AssetInput, add_asset
from partage.services.costs import list_costs
from partage.services.upkeep import add_plan, add_policy, list_policies, plan_statuses
from partage.ui.changes import ChangeBus
from partage.ui.costs import UpkeepView
from partage.ui.costs.common import due_brush, overdue_brush
from partage.ui.costs.upkeep import PlansModel, PoliciesModel
from partage.ui.costs.upkeep_dialogs import PlanDialog, PolicyDialog, RecordDoneDialog
from tests.ui.conftest import drive_modal, settle
from tests.ui.costs.conftest import TODAY, Group, wait_until_idle


@pytest.fixture
def view(qtbot: QtBot, db, bus: ChangeBus, group: Group) -> UpkeepView:
    widget = UpkeepView(db, bus)
    widget.clock = lambda: TODAY
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    wait_until_idle(widget)
    return widget


def plan_line(view: UpkeepView, task: str) -> int:
    proxy = view.plans_proxy
    tasks = [proxy.index(r, PlansModel.TASK).data() for r in range(proxy.rowCount())]
    return tasks.index(task)


def test_plans_show_overdue_in_red_and_due_in_amber(view: UpkeepView, db, group: Group) -> None:
    saw = add_asset(db, AssetInput(name="Mitre saw"))
    add_plan(db, saw.id, "Blade", every_months=12, starting=dt.date(2025, 3, 1))  # overdue
    add_plan(db, group.van.id, "Tyres", every_months=6,
             starting=dt.date(2025, 10, 15))  # due 2026-04-15: within 30 days
    add_plan(db, group.van.id, "Check-up", every_months=12, starting=dt.date(2026, 1, 1))
    view.reload()
    wait_until_idle(view)

    proxy = view.plans_proxy
    states = [proxy.index(r, PlansModel.STATE).data() for r in range(proxy.rowCount())]
    assert states == ["Overdue", "Due soon", "Up to date"]  # the most urgent first
    blade = plan_line(view, "Blade")
    assert proxy.index(blade, PlansModel.ASSET).data() == "Mitre saw"
    assert proxy.index(blade, PlansModel.NEXT_DATE).data() == "2026-03-01"
    colour = Qt.ItemDataRole.ForegroundRole
    assert proxy.index(blade, PlansModel.STATE).data(colour).color() == overdue_brush().color()
    tyres = plan_line(view, "Tyres")
    assert proxy.index(tyres, PlansModel.STATE).data(colour).color() == due_brush().color()
    assert proxy.index(tyres, PlansModel.INTERVAL).data() == "6 months"
    assert proxy.index(plan_line(view, "Check-up"), PlansModel.STATE).data(colour) is None
    assert "1 plan overdue" in view.plans_summary.text()


def test_planning_maintenance_through_the_dialog(qtbot: QtBot, view: UpkeepView, db,
                                                 group: Group) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, PlanDialog)
        dialog.asset_combo.setCurrentIndex(dialog.asset_combo.findData(group.van.id))
        qtbot.keyClicks(dialog.title_edit, "Oil change")
        dialog.months_spin.setValue(6)
        dialog.last_done_edit.setDate(QDate(2025, 12, 1))
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
        settle()

    dialogs = drive_modal(qtbot, lambda: qtbot.mouseClick(view.plan_button,
                                                          Qt.MouseButton.LeftButton), fill)
    wait_until_idle(view)
    assert dialogs[0].result() == QDialog.DialogCode.Accepted
    [status] = plan_statuses(db, TODAY)
    assert (status.plan.title, status.plan.every_months) == ("Oil change", 6)
    assert status.due_date == dt.date(2026, 6, 1)
    row = plan_line(view, "Oil change")
    assert view.plans_proxy.index(row, PlansModel.NEXT_DATE).data() == "2026-06-01"
    assert view.current_plan() is not None and view.current_plan().id == status.plan.id


def test_a_plan_without_an_interval_is_refused_in_the_dialog(qtbot: QtBot, db, bus: ChangeBus,
                                                             group: Group) -> None:
    dialog = PlanDialog(db, bus, day=TODAY, asset_id=group.van.id)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Wash")
    dialog.months_spin.setValue(0)
    dialog.accept()
    settle()
    assert dialog.feedback.field_in_error() == "every"
    assert "Say how often" in dialog.error_text()
    assert plan_statuses(db, TODAY) == []


def test_recording_maintenance_done_restarts_the_plan_and_adds_its_cost(
        qtbot: QtBot, view: UpkeepView, db, group: Group) -> None:
    plan = add_plan(db, group.van.id, "Oil change", every_months=6,
                    starting=dt.date(2025, 6, 1))
    view.reload()
    wait_until_idle(view)
    view.select_plan(plan.id)
    assert view.plans_proxy.index(0, PlansModel.STATE).data() == "Overdue"

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, RecordDoneDialog)
        qtbot.keyClicks(dialog.cost_edit, "89,95")
        dialog.paid_by_combo.setCurrentIndex(dialog.paid_by_combo.findData(group.bob.id))
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
        settle()

    dialogs = drive_modal(qtbot, lambda: qtbot.mouseClick(view.done_button,
                                                          Qt.MouseButton.LeftButton), fill)
    wait_until_idle(view)
    assert dialogs[0].result() == QDialog.DialogCode.Accepted
    assert view.plans_proxy.index(0, PlansModel.STATE).data() == "Up to date"
    assert view.plans_proxy.index(0, PlansModel.LAST_DONE).data() == "2026-03-31"
    [cost] = list_costs(db)
    assert (cost.amount_cents, cost.category, cost.paid_by_member_id) == (
        8995, "maintenance", group.bob.id)


def test_adding_a_policy_and_its_renewal_warning(qtbot: QtBot, view: UpkeepView, db,
                                                 group: Group) -> None:
    view.tabs.setCurrentIndex(view.insurance_tab)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, PolicyDialog)
        dialog.asset_combo.setCurrentIndex(dialog.asset_combo.findData(group.van.id))
        qtbot.keyClicks(dialog.insurer_edit, "Desjardins")
        qtbot.keyClicks(dialog.number_edit, "AU-1234")
        qtbot.keyClicks(dialog.premium_edit, "1 200,00")
        dialog.start_edit.setDate(QDate(2025, 4, 20))
        dialog.end_edit.setDate(QDate(2026, 4, 19))
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
        settle()

    dialogs = drive_modal(qtbot, lambda: qtbot.mouseClick(view.policy_button,
                                                          Qt.MouseButton.LeftButton), fill)
    wait_until_idle(view)
    assert dialogs[0].result() == QDialog.DialogCode.Accepted
    [policy] = list_policies(db)
    assert (policy.insurer, policy.premium_cents, policy.asset_id) == (
        "Desjardins", 120000, group.van.id)
    [cost] = list_costs(db)
    assert (cost.category, cost.amount_cents) == ("insurance", 120000)

    proxy = view.policies_proxy
    assert proxy.index(0, PoliciesModel.ASSET).data() == "Van"
    assert proxy.index(0, PoliciesModel.PREMIUM).data() == "$1,200.00"
    assert proxy.index(0, PoliciesModel.RENEWAL).data() == "2026-04-20"
    assert proxy.index(0, PoliciesModel.NOTICE).data() == "Renew within 20 days"
    colour = proxy.index(0, PoliciesModel.NOTICE).data(Qt.ItemDataRole.ForegroundRole)
    assert colour.color() == due_brush().color()


def test_a_renewal_far_away_gives_no_warning(view: UpkeepView, db) -> None:
    add_policy(db, asset_id=None, premium_cents=50000, start=dt.date(2026, 1, 1),
               end=dt.date(2026, 12, 31), insurer="Intact")
    view.reload()
    wait_until_idle(view)
    assert view.policies_proxy.index(0, PoliciesModel.ASSET).data() == "Group"
    assert view.policies_proxy.index(0, PoliciesModel.NOTICE).data() == ""
    notice = view.policies_proxy.index(0, PoliciesModel.NOTICE)
    assert notice.data(Qt.ItemDataRole.ForegroundRole) is None


def test_one_policy_dialog_never_adds_twice(qtbot: QtBot, db, bus: ChangeBus) -> None:
    dialog = PolicyDialog(db, bus, day=TODAY)
    qtbot.addWidget(dialog)
    dialog.insurer_edit.setText("Intact")
    dialog.premium_edit.setText("600")
    first = dialog.prepare_save()()
    again = dialog.prepare_save()()
    assert len(list_costs(db)) == 1
    assert first.cost_id == again.cost_id


def test_empty_tables_say_what_to_do(view: UpkeepView) -> None:
    assert "Plan maintenance…" in view.plans_table.placeholder_text()
    assert "Add policy…" in view.policies_table.placeholder_text()


def test_upkeep_models_pass_the_model_tester(qtmodeltester, view: UpkeepView, db,
                                             group: Group) -> None:
    add_plan(db, group.van.id, "Oil change", every_months=6, starting=dt.date(2025, 6, 1))
    add_policy(db, asset_id=None, premium_cents=50000, start=dt.date(2025, 5, 1),
               end=dt.date(2026, 4, 30), insurer="Intact")
    view.reload()
    wait_until_idle(view)
    qtmodeltester.check(view.plans_model)
    qtmodeltester.check(view.policies_model)
    qtmodeltester.check(view.plans_proxy)
