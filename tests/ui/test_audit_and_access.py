"""The Audit log dialog's filters, and the Access and closing tab of the settings."""

from __future__ import annotations

import datetime as dt

from partage.services import governance
from partage.services.costs import CostInput, add_cost
from partage.services.members import MemberInput, add_member
from partage.services.workspace import BackupPolicy, open_workspace
from partage.storage import Actor
from partage.ui.audit_dialog import AuditDialog
from partage.ui.changes import ChangeBus
from partage.ui.document_settings_dialog import DocumentSettingsDialog
from tests.ui.conftest import settle


def test_the_audit_log_shows_who_did_what_and_filters(qtbot, db, db_path):
    add_member(db, MemberInput(name="Anne"))
    other = open_workspace(
        db_path, actor=Actor("bob", "Bob", "poste-2"), backup=BackupPolicy(enabled=False)
    )
    try:
        add_member(other, MemberInput(name="Bruno"))
    finally:
        other.close()
    dialog = AuditDialog(db)
    qtbot.addWidget(dialog)
    summaries = [r.summary for r in dialog.model.records()]
    assert summaries[:2] == ["Bruno", "Anne"]
    first = dialog.model.records()[0]
    assert dialog.model.display(first, dialog.model.WHO) == "Bob (bob)"
    assert dialog.model.display(first, dialog.model.MACHINE) == "poste-2"
    dialog.who_combo.setCurrentIndex(dialog.who_combo.findData("Bob"))
    assert [r.summary for r in dialog.model.records()] == ["Bruno"]
    dialog.who_combo.setCurrentIndex(0)
    dialog.text_edit.setText("ann")
    dialog.reload()
    assert [r.summary for r in dialog.model.records()] == ["Anne"]
    assert dialog.count_label.text() == "1 change"


def test_coordinators_and_closing_from_the_settings(qtbot, db, db_path):
    dialog = DocumentSettingsDialog(db, ChangeBus(), None)
    qtbot.addWidget(dialog)
    dialog.coordinators_edit.setPlainText("someone-else")
    dialog.accept()
    settle()
    assert dialog.result() == 0 and dialog.feedback.field_in_error() == "coordinators"
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Access and closing"
    me = db.actor.os_user
    dialog.coordinators_edit.setPlainText(f"{me}\ntreso")
    dialog.close_date.setDate(dialog.close_date.date().addMonths(-1))
    assert dialog.close_books(confirm=False)
    settle()
    assert governance.closed_through(db) is not None
    assert "closed through" in dialog.closed_label.text()
    dialog.accept()
    settle()
    assert dialog.result() == 1
    assert sorted(governance.coordinators(db)) == sorted([me, "treso"])
    closed = governance.closed_through(db)
    assert closed is not None
    try:
        add_cost(db, CostInput(amount_cents=100, start=closed))
    except governance.PeriodClosed:
        pass
    else:
        raise AssertionError("a cost in the closed period was accepted")

    other = open_workspace(
        db_path, actor=Actor("bob", "Bob", "poste-2"), backup=BackupPolicy(enabled=False)
    )
    try:
        refused = DocumentSettingsDialog(other, ChangeBus(), None)
        qtbot.addWidget(refused)
        assert not refused.ok_button().isEnabled()
        assert not refused.close_button.isEnabled()
        assert refused.error_text() == "Only a coordinator can change these settings."
    finally:
        other.close()
    assert closed < dt.date.today()
