"""File > Import (CSV) and File > Export (CSV folder or JSON file), driven as a person would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from partage.changes import Change
from partage.services.costs import list_costs
from partage.services.exchange import export_json
from partage.services.members import MemberInput, add_member, list_members
from partage.services.workspace import open_workspace
from partage.ui.changes import ChangeBus
from partage.ui.export_dialog import ExportDialog
from partage.ui.import_dialog import ImportDialog
from tests.conftest import ON_SERVER
from tests.conftest import content_digest as digest
from tests.ui.conftest import MessageRecorder, settle

MEMBERS = (
    "Nom;Courriel;Poids;Date d'arrivée\r\n"
    "Amélie Gagnon;amelie@exemple.qc.ca;1;2026-01-12\r\n"
    "Jonathan Lévesque;jonathan@exemple;1,5;2026-02-01\r\n"
    "Famille Nguyen;nguyen@exemple.qc.ca;2;15/02/2026\r\n"
    "Anne Roy;anne@exemple.qc.ca;1;2026-03-01\r\n"
)


@pytest.fixture
def members_file(tmp_path: Path) -> Path:
    path = tmp_path / "membres.csv"
    path.write_bytes(MEMBERS.encode("cp1252"))
    return path


@pytest.fixture
def dialog(qtbot: QtBot, db, bus: ChangeBus) -> ImportDialog:
    add_member(db, MemberInput(name="Anne Roy"))
    widget = ImportDialog(db, bus)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def problem_rows(dialog: ImportDialog) -> list[tuple[str, str, str]]:
    model = dialog.problems_model
    return [tuple(model.index(row, column).data() for column in range(3))
            for row in range(model.rowCount())]


def test_the_preview_shows_the_rows_the_columns_and_every_problem(
    dialog: ImportDialog, members_file: Path, db_path: Path, qtmodeltester
) -> None:
    before = digest(db_path)
    dialog.load_file(members_file)
    assert "Windows-1252" in dialog.file_info.text() and "semicolons" in dialog.file_info.text()
    assert "4 rows below the header" in dialog.file_info.text()
    assert dialog.mapping() == {"name": 0, "email": 1, "weight": 2, "joined": 3}
    assert dialog.combos["email"].currentText() == "2. Courriel"
    preview = dialog.preview_model
    assert preview.rowCount() == 4 and preview.columnCount() == 4
    assert preview.headerData(0, Qt.Orientation.Vertical) == "2"  # as a spreadsheet numbers
    assert preview.index(1, 1).data() == "jonathan@exemple"
    assert preview.index(1, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert preview.index(1, 1).data(Qt.ItemDataRole.ToolTipRole) == (
        "“jonathan@exemple” is not an e-mail address."
    )
    assert preview.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert problem_rows(dialog) == [
        ("3", "Courriel", "“jonathan@exemple” is not an e-mail address."),
        ("4", "Date d'arrivée",
         "“15/02/2026” is not a date. Write it as YYYY-MM-DD, for example 2026-03-31."),
        ("5", "Nom", "There is already a member named “Anne Roy”."),
    ]
    assert not dialog.import_button.isEnabled()
    assert dialog.status.text().startswith("Rows with errors: 3 of 4.")
    qtmodeltester.check(preview)
    qtmodeltester.check(dialog.problems_model)
    dialog.problems_view.doubleClicked.emit(dialog.problems_model.index(2, 0))
    assert [i.row() for i in dialog.preview.selectionModel().selectedRows()] == [3]
    assert digest(db_path) == before


def test_a_column_left_out_or_a_corrected_file_clears_its_problems_then_imports(
    dialog: ImportDialog, members_file: Path, db, bus: ChangeBus, qtbot: QtBot,
    shown_messages: MessageRecorder,
) -> None:
    dialog.load_file(members_file)
    dialog.set_column("email", None)  # the e-mails are not imported
    assert [row[1] for row in problem_rows(dialog)] == ["Date d'arrivée", "Nom"]
    members_file.write_bytes(
        MEMBERS.replace("15/02/2026", "2026-02-15").replace("Anne Roy;", "Anne Roy-Côté;")
        .encode("cp1252")
    )
    dialog.reload()
    assert dialog.mapping() == {"name": 0, "weight": 2, "joined": 3}  # kept on reload
    assert problem_rows(dialog) == []
    assert dialog.status.text() == "All 4 rows are ready to import."
    assert dialog.import_button.isEnabled()
    with qtbot.wait_signal(bus.changed) as changed:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        settle()
    assert changed.args == [Change.MEMBER | Change.AUDIT]
    assert dialog.result() == ImportDialog.DialogCode.Accepted
    assert shown_messages.last.text == "Imported 4 members."
    members = {m.name: m for m in list_members(db)}
    assert members["Jonathan Lévesque"].weight_milli == 1500
    assert members["Jonathan Lévesque"].email == ""


def test_rows_refused_at_import_time_keep_the_dialog_open(
    dialog: ImportDialog, tmp_path: Path, db, db_path: Path
) -> None:
    path = tmp_path / "ok.csv"
    path.write_text("name\nMarc Roy\nJulie Roy\n", encoding="utf-8")
    dialog.load_file(path)
    assert dialog.import_button.isEnabled()
    add_member(db, MemberInput(name="Julie Roy"))  # someone else, meanwhile
    before = digest(db_path)
    dialog.accept()
    settle()
    assert dialog.isVisible()
    assert problem_rows(dialog) == [("3", "name", "There is already a member named “Julie Roy”.")]
    assert dialog.status.text().startswith("Nothing was imported. Rows with errors: 1 of 2.")
    assert not dialog.import_button.isEnabled()
    assert digest(db_path) == before


@pytest.mark.parametrize(("content", "message"), [
    (b"\x89PNG\r\n\x1a\n" + bytes(300), "This is not a CSV text file."),
    (b"", "The file is empty."),
    (b"date;montant\n2026-03-01;12\n", 'The file has no column for "name" ("nom").'),
])
def test_a_file_it_cannot_use_is_explained_and_changes_nothing(
    dialog: ImportDialog, tmp_path: Path, db_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "file.csv"
    path.write_bytes(content)
    before = digest(db_path)
    dialog.load_file(path)
    assert dialog.status.text().startswith(message)
    assert dialog.status.property("problem") is True
    assert not dialog.import_button.isEnabled()
    dialog.accept()
    settle()
    assert digest(db_path) == before


def test_costs_get_their_own_fields_and_a_mapping_by_hand(
    dialog: ImportDialog, tmp_path: Path, db, shown_messages: MessageRecorder
) -> None:
    path = tmp_path / "depenses.csv"
    path.write_text("Quand,Combien,Quoi\n2026-03-01,\"12,50 $\",essence\n", encoding="utf-8")
    dialog.set_kind("costs")
    assert list(dialog.combos)[:3] == ["amount", "amount_cents", "date"]
    dialog.load_file(path)
    assert 'no column for "amount" ("montant") / "amount_cents"' in dialog.status.text()
    dialog.set_column("amount", 1)
    dialog.set_column("date", 0)
    dialog.set_column("category", 2)
    assert dialog.import_button.isEnabled(), dialog.status.text()
    dialog.accept()
    settle()
    (cost,) = list_costs(db)
    assert (cost.amount_cents, cost.category, cost.source) == (1250, "fuel", "import")
    assert shown_messages.last.text == "Imported 1 cost."


def test_a_read_only_database_cannot_import(qtbot: QtBot, db, db_path: Path, bus) -> None:
    db.close()
    reader = open_workspace(db_path, read_only=True)
    widget = ImportDialog(reader, bus)
    qtbot.addWidget(widget)
    assert not widget.choose_button.isEnabled() and not widget.import_button.isEnabled()
    assert "read-only" in widget.status.text()
    reader.close()


def test_export_writes_csv_files_or_one_json_file(
    qtbot: QtBot, db, tmp_path: Path, shown_messages: MessageRecorder
) -> None:
    add_member(db, MemberInput(name="=1+1"))
    widget = ExportDialog(db)
    qtbot.addWidget(widget)
    beside = "partage-csv" if ON_SERVER else "group-csv"  # a server has no folder to go beside
    assert widget.format() == "csv" and widget.target_edit.text().endswith(beside)
    folder = tmp_path / "tables"
    widget.target_edit.setText(str(folder))
    widget.accept()
    settle()
    assert (folder / "members.csv").read_bytes().startswith(b"\xef\xbb\xbfid,name")
    assert "'=1+1" in (folder / "members.csv").read_text(encoding="utf-8-sig")
    assert shown_messages.last.text.startswith("Wrote 16 CSV files to ")

    widget = ExportDialog(db)
    qtbot.addWidget(widget)
    widget.json_button.setChecked(True)
    assert widget.target_edit.text().endswith("partage.json" if ON_SERVER else "group.json")
    target = tmp_path / "coop.json"
    widget.target_edit.setText(str(target))
    widget.accept()
    settle()
    assert target.read_bytes() == export_json(db)
    assert json.loads(target.read_bytes())["format"] == "partage"
    assert shown_messages.last.text == f"Wrote the database to {target}."


@pytest.mark.sqlite_only("only a file can be overwritten by an export")
def test_export_never_overwrites_the_database(
    qtbot: QtBot, db, db_path: Path, shown_messages: MessageRecorder
) -> None:
    widget = ExportDialog(db)
    qtbot.addWidget(widget)
    widget.show()
    widget.json_button.setChecked(True)
    widget.target_edit.setText(str(db_path))
    before = digest(db_path)
    widget.accept()
    settle()
    assert widget.isVisible()
    assert "is a database, not an export file" in shown_messages.last.text
    assert digest(db_path) == before


def test_the_file_menu_opens_both_dialogs_on_the_open_database(
    qtbot: QtBot, db, db_path: Path, tmp_path: Path, members_file: Path,
    shown_messages: MessageRecorder,
) -> None:
    from partage.ui.controller import AppController
    from partage.ui.preferences import Preferences
    from tests.ui.conftest import drive_modal

    db.close()
    controller = AppController(Preferences())
    qtbot.addWidget(controller.window)
    window = controller.window
    assert not window.import_action.isEnabled() and not window.export_action.isEnabled()
    with qtbot.wait_signal(controller.ready, timeout=20_000):
        controller.start(str(db_path))
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert texts.index("&Import…") + 1 == texts.index("&Export…")
    assert window.import_action.isEnabled() and window.export_action.isEnabled()

    def import_members(dialog) -> None:
        assert isinstance(dialog, ImportDialog)
        path = tmp_path / "ok.csv"
        path.write_text("Nom,Courriel\nAmélie Gagnon,amelie@exemple.qc.ca\n", encoding="utf-8")
        dialog.load_file(path)
        dialog.accept()
        settle()

    drive_modal(qtbot, window.import_action.trigger, import_members)
    assert [m.name for m in list_members(controller.database)] == ["Amélie Gagnon"]

    def export_json_file(dialog) -> None:
        assert isinstance(dialog, ExportDialog)
        dialog.json_button.setChecked(True)
        dialog.target_edit.setText(str(tmp_path / "coop.json"))
        dialog.accept()
        settle()

    drive_modal(qtbot, window.export_action.trigger, export_json_file)
    assert (tmp_path / "coop.json").read_bytes() == export_json(controller.database)
    controller.close_database()
