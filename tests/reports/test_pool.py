"""Statements drawn on several processes: the words travel whole, the files go away."""

from __future__ import annotations

import datetime as dt
import io
import sys
import tempfile
from pathlib import Path

import pytest

from partage.reports import pool
from partage.reports.layout import Column, Document, Row, Table, render
from partage.services.costs import CostInput, add_cost
from partage.services.members import MemberInput, add_member


def _logo() -> bytes:
    """A small PNG: the logo must arrive byte for byte too."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), (30, 90, 140)).save(buffer, "PNG")
    return buffer.getvalue()


LOGO = _logo()


def _document() -> Document:
    rows = tuple(
        Row((f"Fourgonnette {i}", str(i), f"{i} 234,56 $"), detail=f"Détail n° {i} — 50 %")
        for i in range(120)
    )
    return Document(
        title="RELEVÉ ET FACTURE",
        number="N° 2026-0007",
        issuer=("Coopérative du Plateau", "1234, rue Rachel Est", "Montréal (Québec)"),
        recipient_label="Facturé à",
        recipient=("Geneviève Tremblay", "gen@exemple.qc.ca"),
        facts=(("Période", "1er janv. au 31 déc. 2026"), ("Échéance", "2027-01-30")),
        tables=(
            Table(
                "Parts des coûts",
                (
                    Column("Coût", 0.5),
                    Column("Parts", 0.2, "right"),
                    Column("Montant", 0.3, "right"),
                ),
                (*rows, Row(("Total", "", "1 000,00 $"), bold=True)),
                "Aucune part",
                "(suite)",
            ),
            Table("Paiements", (Column("Date", 0.5), Column("Montant", 0.5, "right")), (), "Aucun"),
        ),
        totals=(("Total", "12 345,67 $", False), ("Montant dû", "12 345,67 $", True)),
        notes=(("Paiement", "Virement Interac à tresorerie@exemple.qc.ca"),),
        footer="TPS 123456789 RT0001 · TVQ 1234567890 TQ0001",
        page_label="Page {page} de {pages}",
        watermark="",
        logo=LOGO,
        language="fr-CA",
        subject="Geneviève Tremblay 2026",
        author="Coopérative du Plateau",
        keywords=("2026-0007", "Geneviève Tremblay"),
    )


def test_a_document_arrives_whole_and_draws_the_same_pdf() -> None:
    document = _document()
    arrived = pool.from_wire(pool.to_wire(document))
    assert arrived == document  # rows arrive as plain tuples, equal to the Rows sent
    assert all(type(row) is tuple for row in arrived.tables[0].rows)
    assert arrived.logo == LOGO
    assert render(arrived) == render(document)


def test_a_draft_keeps_its_watermark_on_the_way() -> None:
    draft = Document(**{**_document().__dict__, "number": "BROUILLON", "watermark": "BROUILLON"})
    assert render(pool.from_wire(pool.to_wire(draft))) == render(draft)


def test_a_row_with_the_wrong_number_of_cells_is_refused() -> None:
    document = _document()
    table = document.tables[0]
    broken = Table(table.title, table.columns, (Row(("only one",)),))
    with pytest.raises(ValueError, match="3 cells"):
        render(Document(**{**document.__dict__, "tables": (broken,)}))


def _statements(db, count: int = 4):
    from partage.services.statements import build_statements

    for index in range(count):
        add_member(db, MemberInput(name=f"Membre {index}", joined=dt.date(2025, 1, 1)))
    for month in range(1, 13):
        add_cost(db, CostInput(amount_cents=6_000 + month, start=dt.date(2026, month, 15)))
    return build_statements(db, dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def _leftovers() -> list[Path]:
    return sorted(Path(tempfile.gettempdir()).glob("partage-statements-*"))


@pytest.fixture
def own_tempdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary folder of the test's own, so other tests' batches do not count."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    return tmp_path


def test_workers_draw_what_one_process_draws_and_leave_no_files(
    db, qapp, own_tempdir: Path
) -> None:
    from partage.reports.statement import statement_pdf

    statements = _statements(db)
    jobs = [(s, f"2026-{i:04d}") for i, s in enumerate(statements, 1)]
    drawn = list(pool.render_statements(jobs, workers=2))
    assert drawn == [statement_pdf(s, number=n) for s, n in jobs]
    assert _leftovers() == []


def test_a_batch_closed_early_removes_its_files(db, qapp, own_tempdir: Path) -> None:
    statements = _statements(db, count=6)
    batch = pool.render_statements([(s, "") for s in statements], workers=2)
    first = next(batch)
    assert first.startswith(b"%PDF-")
    assert _leftovers() != []  # the words of the chunks still being drawn
    batch.close()  # what a cancelled "Issue all" does
    assert _leftovers() == []


def test_workers_start_from_a_fork_server_where_there_is_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if sys.platform == "win32":
        assert pool._context().get_start_method() == "spawn"
        return
    assert pool._context().get_start_method() == "forkserver"
    # A frozen bundle spawns its workers, through multiprocessing.freeze_support.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert pool._context().get_start_method() == "spawn"


def test_a_large_batch_is_drawn_on_two_processors_and_a_small_one_here(
    db, qapp, monkeypatch: pytest.MonkeyPatch
) -> None:
    statements = _statements(db)
    monkeypatch.setattr(pool.os, "cpu_count", lambda: 2)
    assert pool.worker_count(statements) == 1  # a few rows: not worth a process
    monkeypatch.setattr(pool, "PARALLEL_ROWS", 1)
    assert pool.worker_count(statements) == 2
    monkeypatch.setattr(pool.os, "cpu_count", lambda: 1)
    assert pool.worker_count(statements) == 1


def test_documents_written_beforehand_draw_the_same_on_workers(own_tempdir: Path) -> None:
    document = _document()
    draft = Document(**{**document.__dict__, "number": "BROUILLON", "watermark": "BROUILLON"})
    documents = [document, draft, document]
    assert list(pool.render_documents(documents, workers=2)) == [render(d) for d in documents]
    assert _leftovers() == []
