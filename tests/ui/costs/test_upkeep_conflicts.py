"""Maintenance recorded done on two computers at once: the second sees what the first
recorded before recording it again; one dialog never posts its cost twice."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from partage.services.costs import list_costs
from partage.services.upkeep import add_plan, get_plan, plan_statuses, record_done
from partage.services.workspace import Actor, open_workspace
from partage.ui.changes import ChangeBus
from partage.ui.costs.upkeep_dialogs import RecordDoneDialog
from tests.ui.conftest import click_ok_then, save_into_conflict
from tests.ui.costs.conftest import TODAY, Group

MARC = Actor(os_user="marc", display_name="Marc Roy", machine="PC-ACCUEIL")


def done_dialog_after_marc_recorded_it(qtbot: QtBot, db, db_path, bus: ChangeBus,
                                       group: Group, meter: str = "km"):
    """Anne opens "Oil change done"; Marc records it done from his computer (with its
    cost); Anne then enters her date, reading and cost."""
    from partage.services.assets import AssetInput, update_asset

    van = update_asset(db, group.van.id, AssetInput(name="Van", kind="vehicle", meter=meter,
                                                    default_rule="equal",
                                                    owners=group.van.owners),
                       expected_version=group.van.version)
    plan = add_plan(db, van.id, "Oil change", every_months=6, starting=dt.date(2025, 6, 1))
    [status] = plan_statuses(db, TODAY)
    dialog = RecordDoneDialog(db, bus, status, day=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    other = open_workspace(db_path, actor=MARC)
    record_done(other, plan.id, done_on=dt.date(2026, 3, 30), meter=61_000, cost_cents=8_995,
                expected_version=plan.version)
    other.close()
    dialog.meter_edit.setText("61200")
    dialog.cost_edit.setText("90,00")
    return plan, dialog


def test_maintenance_done_twice_shows_what_they_recorded_and_cancel_records_nothing(
        qtbot: QtBot, db, db_path, bus: ChangeBus, group: Group) -> None:
    plan, dialog = done_dialog_after_marc_recorded_it(qtbot, db, db_path, bus, group)
    seen = save_into_conflict(qtbot, dialog)

    assert str(seen["heading"]).startswith(
        "Marc Roy (PC-ACCUEIL) saved the maintenance “Oil change” of “Van” at ")
    assert seen["rows"] == [
        ["Last done", "2026-03-30", "2026-03-31"],
        ["Meter reading", "61,000 km", "61,200 km"],
    ]
    assert dialog.isVisible() and "nothing was recorded" in dialog.error_text()
    assert [c.amount_cents for c in list_costs(db)] == [8_995]


def test_keep_mine_records_mine_too(
        qtbot: QtBot, db, db_path, bus: ChangeBus, group: Group) -> None:
    plan, dialog = done_dialog_after_marc_recorded_it(qtbot, db, db_path, bus, group)

    click_ok_then(qtbot, dialog, lambda conflict: qtbot.mouseClick(
        conflict.keep_button, Qt.MouseButton.LeftButton))

    assert not dialog.isVisible()
    assert sorted(c.amount_cents for c in list_costs(db)) == [8_995, 9_000]
    saved = get_plan(db, plan.id)
    assert (saved.last_done, saved.last_meter) == (TODAY, 61_200)


def test_reload_shows_what_they_recorded(
        qtbot: QtBot, db, db_path, bus: ChangeBus, group: Group) -> None:
    plan, dialog = done_dialog_after_marc_recorded_it(qtbot, db, db_path, bus, group)

    click_ok_then(qtbot, dialog, lambda conflict: qtbot.mouseClick(
        conflict.reload_button, Qt.MouseButton.LeftButton))

    assert dialog.isVisible()
    assert dialog.date_edit.date().toPython() == dt.date(2026, 3, 30)
    assert dialog.meter_edit.text() == "61000"
    assert [c.amount_cents for c in list_costs(db)] == [8_995]


def test_one_done_dialog_never_posts_its_cost_twice(
        qtbot: QtBot, db, bus: ChangeBus, group: Group) -> None:
    add_plan(db, group.van.id, "Oil change", every_months=6, starting=dt.date(2025, 6, 1))
    [status] = plan_statuses(db, TODAY)
    dialog = RecordDoneDialog(db, bus, status, day=TODAY)
    qtbot.addWidget(dialog)
    dialog.cost_edit.setText("89,95")
    dialog.prepare_save()()
    dialog.prepare_save()()  # Record pressed again after an answer that never came
    assert [c.amount_cents for c in list_costs(db)] == [8_995]
