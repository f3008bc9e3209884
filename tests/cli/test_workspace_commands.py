"""``init``, ``demo``, ``check``, ``backup`` and ``copy`` through the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import add_members, call_cli, file_digest
from tests.cli.damage import corrupt_name_index, corrupt_schema_pages, corrupt_table_page
from tests.conftest import ON_SERVER


@pytest.mark.sqlite_only("a new SQLite file: its place, what was there before")
def test_init_creates_an_empty_database(db_path: Path) -> None:
    result = call_cli(
        "init", db_path, "--org", "Coop du Plateau", "--currency", "cad",
        "--timezone", "America/Toronto", "--language", "fr",
    )  # fmt: skip

    assert result.code == 0, result.stderr
    assert str(db_path) in result.stderr
    assert db_path.is_file()
    listed = call_cli("member", "list", "--json", "--db", db_path)
    assert listed.code == 0 and listed.json() == []


@pytest.mark.sqlite_only("a new SQLite file: its place, what was there before")
def test_init_refuses_an_existing_file_and_leaves_it(db_path: Path) -> None:
    db_path.write_text("my notes\n", encoding="utf-8")
    before = file_digest(db_path)

    result = call_cli("init", db_path)

    assert result.code == 4
    assert "already exists" in result.stderr
    assert file_digest(db_path) == before


@pytest.mark.sqlite_only("a new SQLite file: its place, what was there before")
def test_init_with_an_unknown_time_zone_creates_nothing(db_path: Path) -> None:
    result = call_cli("init", db_path, "--timezone", "Mars/Olympus")

    assert result.code != 0
    assert "Mars/Olympus" in result.stderr
    assert not db_path.exists()


def test_demo_creates_a_group_with_members_and_co_owned_assets(tmp_path: Path) -> None:
    path = tmp_path / "demo.partage"

    result = call_cli("demo", path, "--seed", "7")

    assert result.code == 0, result.stderr
    members = call_cli("member", "list", "--json", "--db", path).json()
    assets = call_cli("asset", "list", "--json", "--db", path).json()
    assert len(members) >= 10
    assert len(assets) >= 10
    member_ids = {m["id"] for m in members}
    owned = [o for a in assets for o in a["owners"]]
    assert owned and all(o["member_id"] in member_ids for o in owned)


def test_demo_refuses_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "demo.partage"
    path.write_bytes(b"")

    result = call_cli("demo", path)

    assert result.code == 4
    assert path.read_bytes() == b""


def test_demo_with_a_bad_seed_is_a_usage_error(tmp_path: Path) -> None:
    result = call_cli("demo", tmp_path / "demo.partage", "--seed", "many")

    assert result.code == 2
    assert not (tmp_path / "demo.partage").exists()


def test_check_passes_a_healthy_database(demo_path: Path) -> None:
    result = call_cli("check", "--db", demo_path)

    assert result.code == 0, result.stderr
    assert "No problem" in result.stderr


def test_check_reports_in_json(demo_path: Path) -> None:
    result = call_cli("check", "--json", "--db", demo_path)

    assert result.code == 0
    report = result.json()
    assert report["ok"] is True
    assert report["problems"] == []
    file_checks = set() if ON_SERVER else {"integrity", "foreign_keys", "journal_mode"}
    assert file_checks | {"schema"} <= set(report["checks"])


@pytest.mark.sqlite_only("tampers with the SQLite file directly")
def test_check_finds_a_damaged_page_and_leaves_the_file(demo_path: Path) -> None:
    corrupt_table_page(demo_path)
    before = file_digest(demo_path)

    result = call_cli("check", "--db", demo_path)

    assert result.code == 4
    assert "damaged" in result.stderr
    assert file_digest(demo_path) == before


@pytest.mark.sqlite_only("tampers with the SQLite file directly")
@pytest.mark.parametrize("command", [["check"], ["check", "--json"], ["member", "list"]])
def test_a_file_whose_schema_is_damaged_is_a_database_problem(
    demo_path: Path, command: list[str]
) -> None:
    corrupt_schema_pages(demo_path)
    before = file_digest(demo_path)

    result = call_cli(*command, "--db", demo_path)

    assert result.code == 4
    assert "damaged" in result.stderr
    assert file_digest(demo_path) == before


def test_check_runs_the_full_integrity_check(tmp_path: Path) -> None:
    from partage.services.demo import create_demo

    path = tmp_path / "small.partage"
    create_demo(path, size="small").close()
    corrupt_name_index(path, b"david chen")

    result = call_cli("check", "--json", "--db", path)

    assert result.code == 4
    report = result.json()
    assert report["ok"] is False
    assert any(
        p["check"] == "integrity" and "missing from index" in p["message"]
        for p in report["problems"]
    )
    assert "problem" in result.stderr


def test_check_of_a_missing_file_is_a_database_problem(tmp_path: Path) -> None:
    result = call_cli("check", "--json", "--db", tmp_path / "nothing.partage")

    assert result.code == 4
    assert result.json()["ok"] is False
    assert not (tmp_path / "nothing.partage").exists()


def _names(db: Path) -> list[str]:
    result = call_cli("member", "list", "--json", "--db", db)
    assert result.code == 0, result.stderr
    return [m["name"] for m in result.json()]


@pytest.mark.sqlite_only("backups are copies of a SQLite file")
def test_backup_to_a_file_has_the_same_members(workspace: Path, tmp_path: Path) -> None:
    add_members(workspace, "Alice", "Élise Roy")
    destination = tmp_path / "copies" / "copy.partage"

    result = call_cli("backup", destination, "--db", workspace)

    assert result.code == 0, result.stderr
    assert result.stdout.strip() == str(destination)
    assert _names(destination) == _names(workspace) == ["Alice", "Élise Roy"]


@pytest.mark.sqlite_only("backups are copies of a SQLite file")
def test_backup_into_a_folder_names_the_file(workspace: Path, tmp_path: Path) -> None:
    add_members(workspace, "Alice")
    folder = tmp_path / "backups"
    folder.mkdir()

    result = call_cli("backup", folder, "--json", "--db", workspace)

    assert result.code == 0, result.stderr
    written = Path(result.json()["path"])
    assert written.parent == folder and written.is_file()
    assert _names(written) == ["Alice"]


@pytest.mark.sqlite_only("backups are copies of a SQLite file")
@pytest.mark.parametrize("target", ["other", "itself"])
def test_backup_never_replaces_an_existing_file(
    workspace: Path, tmp_path: Path, target: str
) -> None:
    existing = workspace if target == "itself" else tmp_path / "notes.txt"
    if target == "other":
        existing.write_text("keep me", encoding="utf-8")
    before = file_digest(existing)

    result = call_cli("backup", existing, "--db", workspace)

    assert result.code == 2
    assert "already exists" in result.stderr
    assert file_digest(existing) == before


def test_copy_into_postgresql_reports_every_table(demo_path: Path, pg_url: str) -> None:
    result = call_cli("copy", "--db", demo_path, "--to", pg_url, "--json")

    assert result.code == 0, result.stderr
    document = result.json()
    tables = {t["table"]: t for t in document["tables"]}
    assert document["from"] == str(demo_path)
    assert tables["members"]["rows"] == 200
    assert tables["costs"]["amount_cents"] > 0
    assert "same rows and amounts" in result.stderr
    listed = call_cli("member", "list", "--json", "--db", pg_url)
    assert len(listed.json()) == 200


def test_copy_refuses_a_server_database_that_is_not_empty(workspace: Path, pg_url: str) -> None:
    assert call_cli("copy", "--db", workspace, "--to", pg_url).code == 0
    before = file_digest(workspace)

    again = call_cli("copy", "--db", workspace, "--to", pg_url)

    assert again.code == 4
    assert "not empty" in again.stderr
    assert file_digest(workspace) == before


@pytest.mark.sqlite_only("automatic backups are copies of a database file")
def test_the_automatic_backup_follows_the_folder_and_count_chosen_in_the_preferences(
    workspace: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from partage import paths

    chosen = tmp_path / "chosen backups"
    preferences = QSettings(str(paths.config_dir() / "partage.ini"), QSettings.Format.IniFormat)
    preferences.setValue("backups/folder", str(chosen))
    preferences.setValue("backups/keep", 3)
    preferences.sync()

    result = call_cli("member", "add", "Alice", "--db", workspace)

    assert result.code == 0, result.stderr
    written = list(chosen.rglob("*.partage*"))
    assert len(written) == 1, written
    assert not list(paths.default_backup_dir().rglob("*.partage*"))
    assert _names(written[0]) == []  # taken as the file was opened, before Alice
