"""A save over someone else's newer version: both versions side by side, then reload,
keep mine or cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from partage.services.assets import AssetInput, add_asset, get_asset, update_asset
from partage.services.members import MemberInput, add_member, get_member, update_member
from partage.services.workspace import Actor, open_workspace
from partage.ui.asset_dialog import AssetDialog
from partage.ui.changes import ChangeBus
from partage.ui.conflict_dialog import ConflictDialog
from partage.ui.member_dialog import MemberDialog
from tests.ui.conftest import click_ok_then, save_into_conflict, settle

MARC = Actor(os_user="marc", display_name="Marc Roy", machine="PC-ACCUEIL")


def someone_else(db_path):
    return open_workspace(db_path, actor=MARC)


def member_dialog_over_a_newer_version(qtbot: QtBot, db, db_path, bus: ChangeBus):
    """Anne's member dialog is open; Marc saves the member from his computer; Anne then
    changes the name and the notes."""
    member = add_member(db, MemberInput(name="Anne Roy", phone="514 555-0101", notes="Clés"))
    dialog = MemberDialog(db, bus, member)
    qtbot.addWidget(dialog)
    dialog.show()
    other = someone_else(db_path)
    update_member(other, member.id,
                  MemberInput(name="Anne Roy", phone="514 555-0199", notes="Clés"),
                  expected_version=member.version)
    other.close()
    dialog.name_edit.setText("Anne Roy-Tremblay")
    dialog.notes_edit.setPlainText("Clés et badge")
    return member, dialog


def test_both_versions_are_shown_field_by_field_with_who_saved(
    qtbot: QtBot, db, db_path, bus: ChangeBus
) -> None:
    member, dialog = member_dialog_over_a_newer_version(qtbot, db, db_path, bus)
    seen = save_into_conflict(qtbot, dialog)

    assert seen["title"] == "Changed by someone else"
    assert seen["heading"].startswith("Marc Roy (PC-ACCUEIL) saved the member “Anne Roy” at ")
    assert seen["rows"] == [
        ["Name", "Anne Roy", "Anne Roy-Tremblay"],
        ["Phone", "514 555-0199", "514 555-0101"],
        ["Notes", "Clés", "Clés et badge"],
    ]
    # Cancel: back to the form, my changes still in it, nothing saved.
    assert dialog.isVisible() and dialog.name_edit.text() == "Anne Roy-Tremblay"
    assert "Someone else changed the member" in dialog.error_text()
    assert get_member(db, member.id).name == "Anne Roy"


def test_keep_mine_saves_my_version_over_theirs(
    qtbot: QtBot, db, db_path, bus: ChangeBus
) -> None:
    member, dialog = member_dialog_over_a_newer_version(qtbot, db, db_path, bus)

    with qtbot.waitSignal(bus.changed, timeout=2000):
        click_ok_then(qtbot, dialog, lambda conflict: qtbot.mouseClick(
            conflict.keep_button, Qt.MouseButton.LeftButton))

    saved = get_member(db, member.id)
    assert (saved.name, saved.phone, saved.notes) == (
        "Anne Roy-Tremblay", "514 555-0101", "Clés et badge"
    )
    assert saved.version == member.version + 2
    assert not dialog.isVisible() and dialog.saved_record == saved


def test_reload_shows_their_version_and_a_save_then_goes_through(
    qtbot: QtBot, db, db_path, bus: ChangeBus
) -> None:
    member, dialog = member_dialog_over_a_newer_version(qtbot, db, db_path, bus)

    click_ok_then(qtbot, dialog, lambda conflict: qtbot.mouseClick(
        conflict.reload_button, Qt.MouseButton.LeftButton))

    assert dialog.isVisible()
    assert (dialog.name_edit.text(), dialog.phone_edit.text()) == ("Anne Roy", "514 555-0199")
    assert "Their version is shown now" in dialog.error_text()
    dialog.notes_edit.setPlainText("Clés et badge")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    settle()
    saved = get_member(db, member.id)
    assert (saved.name, saved.phone, saved.notes) == ("Anne Roy", "514 555-0199", "Clés et badge")


def test_keep_mine_asks_again_if_they_saved_once_more_meanwhile(
    qtbot: QtBot, db, db_path, bus: ChangeBus
) -> None:
    member, dialog = member_dialog_over_a_newer_version(qtbot, db, db_path, bus)
    shown: list[list[list[str]]] = []

    def second(first: QWidget) -> None:
        conflict = QApplication.activeModalWidget()
        if not isinstance(conflict, ConflictDialog) or conflict is first:
            QTimer.singleShot(10, lambda: second(first))
            return
        shown.append(conflict.rows())
        qtbot.mouseClick(conflict.keep_button, Qt.MouseButton.LeftButton)

    def keep_after_another_save(conflict: QWidget) -> None:
        shown.append(conflict.rows())
        other = someone_else(db_path)
        update_member(other, member.id, MemberInput(name="Anne R.", phone="1"),
                      expected_version=member.version + 1)
        other.close()
        QTimer.singleShot(10, lambda: second(conflict))
        qtbot.mouseClick(conflict.keep_button, Qt.MouseButton.LeftButton)

    click_ok_then(qtbot, dialog, keep_after_another_save)

    assert len(shown) == 2 and ["Name", "Anne R.", "Anne Roy-Tremblay"] in shown[1]
    assert get_member(db, member.id).name == "Anne Roy-Tremblay"


def test_an_asset_conflict_lists_owners_and_rules_in_words(
    qtbot: QtBot, db, db_path, bus: ChangeBus
) -> None:
    anne = add_member(db, MemberInput(name="Anne Roy"))
    van = add_asset(db, AssetInput(name="Van", kind="vehicle", category="Véhicules"))
    dialog = AssetDialog(db, bus, van)
    qtbot.addWidget(dialog)
    dialog.show()
    other = someone_else(db_path)
    from partage.services.assets import Ownership

    update_asset(other, van.id, AssetInput(name="Van", kind="vehicle", category="Véhicules",
                                           owners=(Ownership(anne.id, 2000),),
                                           default_rule="shares"),
                 expected_version=van.version)
    other.close()
    dialog.location_edit.setText("Garage")
    rows: list[list[str]] = []

    def look(conflict: QWidget) -> None:
        rows.extend(conflict.rows())
        qtbot.mouseClick(conflict.reload_button, Qt.MouseButton.LeftButton)

    click_ok_then(qtbot, dialog, look)

    assert rows == [
        ["Location", "(empty)", "Garage"],
        ["Split rule", "By ownership shares", "Equal parts"],
        ["Owners", "Anne Roy 2", "(empty)"],
    ]
    assert dialog.owners_editor.owners() == get_asset(db, van.id).owners
    assert dialog.location_edit.text() == ""


def test_a_record_deleted_meanwhile_keeps_the_plain_refusal(
    qtbot: QtBot, db, db_path, bus: ChangeBus
) -> None:
    from partage.services.members import remove_member

    member = add_member(db, MemberInput(name="Anne Roy"))
    dialog = MemberDialog(db, bus, member)
    qtbot.addWidget(dialog)
    dialog.show()
    remove_member(db, member.id)
    dialog.name_edit.setText("Anne R.")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    settle()
    assert dialog.isVisible() and dialog.error_text()
