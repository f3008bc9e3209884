"""``export csv|json`` and ``import csv|json`` through the command line, as real processes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import add_members, call_cli, file_digest


def test_the_import_kinds_agree_with_the_service():
    from partage.cli import exchange_commands
    from partage.services import exchange_fields

    assert tuple(exchange_commands.IMPORT_KINDS) == exchange_fields.KINDS


@pytest.mark.slow
def test_the_large_demo_goes_through_json_into_a_new_database_unchanged(demo_path, tmp_path):
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    exported = call_cli("export", "json", "--out", first, "--json", "--db", demo_path)
    assert exported.code == 0, exported.stderr
    assert exported.json() == {"path": str(first), "bytes": first.stat().st_size}
    copy = tmp_path / "copy.partage"
    assert call_cli("init", copy).code == 0
    imported = call_cli("import", "json", first, "--json", "--db", copy)
    assert imported.code == 0, imported.stderr
    counts = imported.json()["rows"]
    assert counts["bookings"] == 100_000 and imported.json()["total"] == sum(counts.values())
    assert call_cli("export", "json", "--out", second, "--db", copy).code == 0
    assert second.read_bytes() == first.read_bytes()
    assert call_cli("check", "--db", copy).code == 0


def test_export_csv_writes_one_file_per_table(workspace, tmp_path):
    add_members(workspace, "=1+1", "Anne")
    out = tmp_path / "tables"
    result = call_cli("export", "csv", "--out", out, "--json", "--db", workspace)
    assert result.code == 0, result.stderr
    files = {f["table"]: f for f in result.json()["files"]}
    assert files["members"]["rows"] == 2
    assert Path(files["members"]["path"]) == out / "members.csv"
    assert {p.name for p in out.iterdir()} == {f"{name}.csv" for name in files}
    text = (out / "members.csv").read_bytes().decode("utf-8-sig")
    assert "\r\n2,'=1+1," in text or "\r\n1,'=1+1," in text
    assert f"Wrote {len(files)} CSV files to {out}." in result.stderr


@pytest.mark.sqlite_only("only a file can be overwritten by an export")
def test_an_export_never_replaces_a_database(workspace, tmp_path):
    before = file_digest(workspace)
    result = call_cli("export", "json", "--out", workspace, "--db", workspace)
    assert result.code == 2
    assert "is a database, not an export file" in result.stderr
    assert file_digest(workspace) == before


def test_json_import_refusals_change_nothing(workspace, tmp_path):
    add_members(workspace, "Anne")
    export = tmp_path / "coop.json"
    assert call_cli("export", "json", "--out", export, "--db", workspace).code == 0
    before = file_digest(workspace)
    busy = call_cli("import", "json", export, "--db", workspace)
    assert busy.code == 3 and "already holds data" in busy.stderr
    empty = tmp_path / "empty.partage"
    assert call_cli("init", empty).code == 0
    empty_before = file_digest(empty)
    garbage = tmp_path / "garbage.json"
    garbage.write_bytes(bytes(range(256)))
    refused = call_cli("import", "json", garbage, "--db", empty)
    assert refused.code == 2 and "not a Partage JSON export" in refused.stderr
    document = json.loads(export.read_bytes())
    document["schema"] = "9999_later"
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(document), encoding="utf-8")
    too_new = call_cli("import", "json", newer, "--db", empty)
    assert too_new.code == 4 and "newer version of Partage" in too_new.stderr
    missing = call_cli("import", "json", tmp_path / "nowhere.json", "--db", empty)
    assert missing.code == 2 and "could not be read" in missing.stderr
    assert file_digest(workspace) == before
    assert file_digest(empty) == empty_before


def test_import_csv_lists_every_row_error_and_imports_nothing(workspace, tmp_path):
    add_members(workspace, "Anne Roy")
    source = tmp_path / "membres.csv"
    source.write_bytes(
        "Nom;Courriel;Poids\r\nMarc;marc@example.org;1\r\nJulie;julie@;1\r\nanne roy;;abc\r\n"
        .encode("cp1252")
    )
    before = file_digest(workspace)
    result = call_cli("import", "csv", "members", source, "--json", "--db", workspace)
    assert result.code == 3
    assert result.json() == {
        "kind": "members", "rows": 3, "imported": 0,
        "problems": [
            {"row": 3, "column": "Courriel", "message": "“julie@” is not an e-mail address."},
            {"row": 4, "column": "Poids", "message":
             "“abc” is not a weight. Write a positive number such as 1, 1.5 or 0,25."},
        ],
    }
    assert "Row 3, column “Courriel”: “julie@” is not an e-mail address." in result.stderr
    assert "Nothing was imported. Rows with errors: 2 of 3." in result.stderr
    assert file_digest(workspace) == before


def test_import_csv_in_french_with_a_mapping_and_a_check_first(workspace, tmp_path):
    source = tmp_path / "liste.csv"
    source.write_text("Qui,Adresse électronique\nAnne,anne@example.org\nMarc,\n",
                      encoding="utf-8-sig")
    no_name = call_cli("import", "csv", "members", source, "--db", workspace, "--lang", "fr")
    assert no_name.code == 2
    assert 'aucune colonne pour "name" ("nom")' in no_name.stderr
    before = file_digest(workspace)
    checked = call_cli("import", "csv", "members", source, "--map", "name=qui", "--check",
                      "--db", workspace, "--lang", "fr")
    assert checked.code == 0, checked.stderr
    assert "Toutes les lignes peuvent être importées (lignes : 2)." in checked.stderr
    assert file_digest(workspace) == before
    done = call_cli("import", "csv", "members", source, "--map", "name=1", "--json",
                   "--db", workspace, "--lang", "fr")
    assert done.code == 0, done.stderr
    assert done.json()["imported"] == 2
    assert f"Membres importés de {source} : 2." in done.stderr
    members = call_cli("member", "list", "--json", "--db", workspace).json()
    assert [(m["name"], m["email"]) for m in members] == [
        ("Anne", "anne@example.org"), ("Marc", "")
    ]


@pytest.mark.parametrize("content", [
    b"\x89PNG\r\n\x1a\n" + bytes(200),
    b"",
    b"date,montant\n2026-03-01,12\n",
])
def test_import_csv_refuses_a_file_it_cannot_use(workspace, tmp_path, content):
    source = tmp_path / "file.csv"
    source.write_bytes(content)
    before = file_digest(workspace)
    result = call_cli("import", "csv", "members", source, "--db", workspace)
    assert result.code == 2
    assert "Nothing was imported" in result.stderr
    assert file_digest(workspace) == before


def test_a_bad_mapping_option_is_a_usage_error(workspace, tmp_path):
    source = tmp_path / "m.csv"
    source.write_text("name\nAnne\n", encoding="utf-8")
    for option, message in (("name", "is not FIELD=COLUMN"),
                            ("name=Nom", "The file has no column “Nom”; its columns are: name.")):
        result = call_cli("import", "csv", "members", source, "--map", option, "--db", workspace)
        assert result.code == 2 and message in result.stderr
