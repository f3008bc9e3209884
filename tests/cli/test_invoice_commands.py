"""``statements``, ``invoices``, ``invoice void | pdf`` and ``settings`` in real processes."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.cli.conftest import add_members, call_cli, file_digest

MARCH = ("--from", "2026-03-01", "--to", "2026-03-31")
pytestmark = pytest.mark.skipif(
    shutil.which("qpdf") is None or shutil.which("pdftotext") is None,
    reason="qpdf and pdftotext (poppler-utils) are needed",
)


def text_of(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def qpdf_check(path: Path) -> None:
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture
def billed(workspace: Path) -> Path:
    """Two members and a 100.00 $ cost in March, taxes on."""
    add_members(workspace, "Anne Côté", "Bob Smith")
    for command in (
        ("member", "edit", "Bob Smith", "--language", "en"),
        ("cost", "add", "100.00", "--date", "2026-03-10", "--category", "repair"),
        ("settings", "set", "taxes", "on"),
        ("settings", "set", "gst-number", "123456789 RT0001"),
        ("settings", "set", "payment-instructions", "Interac e-Transfer to coop@example.org"),
    ):
        result = call_cli(*command, "--db", workspace)
        assert result.code == 0, result.stderr
    return workspace


def test_draft_statements_are_written_one_pdf_per_member(billed: Path, tmp_path: Path) -> None:
    out = tmp_path / "drafts"
    result = call_cli("statements", *MARCH, "--out", out, "--json", "--db", billed)
    assert result.code == 0, result.stderr
    document = result.json()
    assert document["from"] == "2026-03-01" and document["to"] == "2026-03-31"
    rows = document["statements"]
    assert [r["name"] for r in rows] == ["Anne Côté", "Bob Smith"]
    assert all(r["number"] is None for r in rows)
    assert sum(r["total_cents"] for r in rows) == 10_000 + 500 + 998
    assert [r["language"] for r in rows] == ["fr", "en"]
    for row, draft in zip(rows, ("BROUILLON", "DRAFT"), strict=True):
        path = Path(row["file"])
        qpdf_check(path)
        text = text_of(path)
        assert row["name"] in text and draft in text
    assert call_cli("invoices", "--json", "--db", billed).json() == []


def test_issuing_numbers_the_invoices_and_lists_them(billed: Path, tmp_path: Path) -> None:
    out = tmp_path / "issued"
    result = call_cli("statements", *MARCH, "--out", out, "--issue", "--db", billed)
    assert result.code == 0, result.stderr
    files = sorted(out.glob("*.pdf"))
    assert [f.name for f in files] == ["2026-0001-Anne-Cote.pdf", "2026-0002-Bob-Smith.pdf"]
    text = text_of(files[1])
    assert "No. 2026-0002" in text and "Bob Smith" in text and "$57.49" in text
    assert "GST no. 123456789 RT0001" in text
    listed = call_cli("invoices", "--json", "--db", billed).json()
    assert {k for k in listed[0]} >= {
        "number",
        "member_id",
        "period_from",
        "period_to",
        "total_cents",
        "status",
    }
    assert [(i["number"], i["status"], i["total_cents"]) for i in listed] == [
        ("2026-0002", "issued", 5_749),
        ("2026-0001", "issued", 5_749),
    ]
    again = call_cli("statements", *MARCH, "--out", out, "--issue", "--json", "--db", billed)
    assert again.code == 0
    assert again.json()["statements"] == []
    assert {s["reason"] for s in again.json()["skipped"]} == {"already"}
    saved = tmp_path / "copy.pdf"
    assert call_cli("invoice", "pdf", "2026-0001", "--out", saved, "--db", billed).code == 0
    assert saved.read_bytes() == files[0].read_bytes()


def test_issuing_a_period_that_has_not_ended_needs_allow_open_period(
    billed: Path, tmp_path: Path
) -> None:
    today = dt.date.today()
    start, end = today - dt.timedelta(days=10), today + dt.timedelta(days=10)
    period = ("--from", start.isoformat(), "--to", end.isoformat())
    added = call_cli(
        "cost", "add", "40.00", "--date", today.isoformat(), "--category", "repair", "--db", billed
    )
    assert added.code == 0, added.stderr
    before = file_digest(billed)
    out = tmp_path / "open"
    refused = call_cli("statements", *period, "--out", out, "--issue", "--json", "--db", billed)
    assert refused.code == 3 and refused.stdout == ""
    assert f"The period {start.isoformat()} – {end.isoformat()} has not ended" in refused.stderr
    assert f"today is {today.isoformat()}" in refused.stderr
    french = call_cli(
        "statements", *period, "--out", out, "--issue", "--lang", "fr", "--db", billed
    )
    assert french.code == 3 and end.isoformat() in french.stderr
    assert file_digest(billed) == before and not out.exists()  # nothing issued, nothing written
    assert call_cli("invoices", "--json", "--db", billed).json() == []

    drafts = call_cli("statements", *period, "--out", out, "--json", "--db", billed)
    assert drafts.code == 0, drafts.stderr  # drafts of an open period are fine
    assert all(s["number"] is None for s in drafts.json()["statements"])

    issued = call_cli(
        "statements", *period, "--out", out, "--issue", "--allow-open-period", "--json",
        "--db", billed,
    )
    assert issued.code == 0, issued.stderr
    document = issued.json()
    assert document["from"] == start.isoformat() and document["to"] == end.isoformat()
    numbers = [s["number"] for s in document["statements"]]
    assert numbers == [f"{today.year}-0001", f"{today.year}-0002"]
    totals = [s["total_cents"] for s in document["statements"]]
    assert totals == [s["total_cents"] for s in drafts.json()["statements"]]  # as drafted
    assert all(total > 0 for total in totals)
    assert all(Path(s["file"]).exists() for s in document["statements"])
    listed = call_cli("invoices", "--json", "--db", billed).json()
    assert sorted(i["number"] for i in listed) == numbers
    assert {i["period_to"] for i in listed} == {end.isoformat()}


def test_a_period_that_ended_needs_no_flag(billed: Path, tmp_path: Path) -> None:
    yesterday = dt.date.today() - dt.timedelta(days=1)
    result = call_cli(
        "statements", "--from", "2026-03-01", "--to", yesterday.isoformat(),
        "--out", tmp_path, "--issue", "--json", "--db", billed,
    )
    assert result.code == 0, result.stderr
    assert len(result.json()["statements"]) == 2


def test_voiding_issues_a_credit_note_once(billed: Path, tmp_path: Path) -> None:
    call_cli("statements", *MARCH, "--out", tmp_path, "--issue", "--db", billed)
    voided = call_cli("invoice", "void", "2026-0001", "--json", "--db", billed)
    assert voided.code == 0, voided.stderr
    credit = voided.json()
    assert credit["number"] == "2026-0003" and credit["kind"] == "credit_note"
    assert credit["total_cents"] == -5_749 and credit["credits_number"] == "2026-0001"
    statuses = {
        i["number"]: i["status"] for i in call_cli("invoices", "--json", "--db", billed).json()
    }
    assert statuses == {"2026-0001": "void", "2026-0002": "issued", "2026-0003": "credit_note"}
    before = file_digest(billed)
    twice = call_cli("invoice", "void", "2026-0001", "--lang", "fr", "--db", billed)
    assert twice.code == 3
    assert "déjà annulée par la note de crédit 2026-0003" in twice.stderr
    missing = call_cli("invoice", "void", "2026-0999", "--db", billed)
    assert missing.code == 2 and "No invoice “2026-0999”" in missing.stderr
    assert file_digest(billed) == before


def test_french_statements_and_payments(billed: Path, tmp_path: Path) -> None:
    result = call_cli(
        "statements", *MARCH, "--out", tmp_path, "--issue", "--language", "fr", "--db", billed
    )
    assert result.code == 0, result.stderr
    text = text_of(tmp_path / "2026-0001-Anne-Cote.pdf")
    assert "RELEVÉ ET FACTURE" in text and "N° 2026-0001" in text and "57,49 $" in text
    assert "Page 1 de 1" in text
    paid = call_cli(
        "payment", "add", "Anne Côté", "57,49", "--invoice", "2026-0001", "--db", billed
    )
    assert paid.code == 0, paid.stderr
    listed = {i["number"]: i for i in call_cli("invoices", "--json", "--db", billed).json()}
    assert listed["2026-0001"]["status"] == "paid" and listed["2026-0001"]["paid_cents"] == 5_749


def test_bad_settings_and_bad_folders_are_refused_cleanly(billed: Path, tmp_path: Path) -> None:
    before = file_digest(billed)
    bad_rate = call_cli("settings", "set", "qst-rate", "neuf", "--lang", "fr", "--db", billed)
    assert bad_rate.code != 0 and "n’est pas un taux de taxe" in bad_rate.stderr
    bad_logo = tmp_path / "logo.gif"
    bad_logo.write_bytes(b"GIF89a....")
    refused = call_cli("settings", "set", "logo", bad_logo, "--db", billed)
    assert refused.code == 3 and "PNG or JPEG" in refused.stderr
    assert file_digest(billed) == before
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    result = call_cli("statements", *MARCH, "--out", a_file, "--db", billed)
    assert result.code == 2 and "Cannot write in the folder" in result.stderr
    bad_date = call_cli(
        "statements",
        "--from",
        "2026-02-30",
        "--to",
        "2026-03-31",
        "--out",
        tmp_path,
        "--db",
        billed,
    )
    assert bad_date.code == 2 and "2026-02-30" in bad_date.stderr
    shown = call_cli("settings", "show", "--json", "--db", billed).json()
    assert shown["qst_rate"] == "9.975" and shown["taxes"] is True and shown["logo_bytes"] == 0
