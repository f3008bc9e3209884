"""Statements benchmark: 200 members' statements for a full year of the large demo.

Three figures, medians over the runs:
- the statements' data (one split of the year, the bookings, payments and history);
- rendering the 200 PDFs with ``reports.layout`` (PDFs per second; goal >= 100);
- the baseline, in the same run and alternated with it: reportlab drawing the same
  text (every string of every document, header, cells, explanations, totals) on a bare
  canvas, one line after another with a page break every 60 lines, no layout at all.
  The ratio render / bare canvas is the figure (goal <= 3).

Every run starts cold, as one batch does (nothing formatted or measured yet), and each
timed step starts from a collected heap, so a collection of the whole heap (the split of
a year is millions of objects) falls on no step by chance. Wall-clock times are the
figures; the processor times (which other work on a shared machine disturbs less) are
printed beside them.

On several processes (``reports.pool``), wall clock, the workers' start included:
- the same PDFs drawn by worker processes from the documents already written
  (``render_documents``), against the rendering in one process;
- the words and the PDFs as "Issue all" and ``statements --out`` make a large batch
  (``render_statements``: the words written here while the workers draw), from the
  statements to the last PDF, against text + PDF in one process.
The first batch of a process also starts the pool's fork server (where the platform has
one), so the first run's figures are printed apart from the median.

Usage: python bench/statements.py [--runs N] [--reuse] [--members N] [--workers N]
(a microbenchmark of the interpreter is printed first: these machines' speed varies
from one minute to the next, and the figures are read against it)
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate_large import DEFAULT_PATH, generate  # noqa: E402


def document_strings(document: object) -> list[str]:
    """Every string a document prints, in order."""
    from partage.reports.layout import Document

    assert isinstance(document, Document)
    lines = [
        document.title,
        document.number,
        *document.issuer,
        document.recipient_label,
        *document.recipient,
    ]
    lines += [f"{k} {v}" for k, v in document.facts]
    for table in document.tables:
        lines.append(table.title)
        lines.append("  ".join(c.title for c in table.columns))
        for cells, detail, _ in table.rows:
            lines.append("  ".join(cells))
            if detail:
                lines.append(detail)
    lines += [f"{label} {amount}" for label, amount, _ in document.totals]
    for heading, text in document.notes:
        lines += [heading, text]
    lines.append(document.footer)
    return lines


def bare_canvas(strings: list[str]) -> bytes:
    """The same text drawn with no layout: drawString line by line, 60 lines a page."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfgen.canvas import Canvas

    from partage.reports.layout import clean

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=LETTER, invariant=1, pageCompression=1)
    canvas.setFont("Helvetica", 9)
    y = 750.0
    for text in strings:
        if y < 50:
            canvas.showPage()
            canvas.setFont("Helvetica", 9)
            y = 750.0
        canvas.drawString(50, y, clean(text))  # all of it: the same glyphs as the layout
        y -= 12
    canvas.save()
    return buffer.getvalue()


def interpreter_speed() -> float:
    """Milliseconds for a fixed loop of integer arithmetic (best of three): about 550 on
    a quiet machine of this kind, twice that when its host is busy."""
    best = float("inf")
    for _ in range(3):
        began = time.perf_counter()
        total = 0
        for i in range(5_000_000):
            total += i * i
        best = min(best, time.perf_counter() - began)
    return best * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--reuse", action="store_true")
    parser.add_argument("--members", type=int, default=200)
    parser.add_argument("--workers", type=int, default=0, help="default: one per processor")
    args = parser.parse_args()
    print(f"interpreter speed before: {interpreter_speed():.0f} ms")
    path = DEFAULT_PATH if args.reuse and DEFAULT_PATH.exists() else generate()
    os.environ.setdefault("PARTAGE_HOME", tempfile.mkdtemp())

    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication([])  # noqa: F841 - the translators need one
    from partage.reports.layout import count_pages, forget_measures, render
    from partage.reports.pool import MAX_WORKERS, render_documents, render_statements
    from partage.reports.statement import document, forget_words
    from partage.services.statements import build_statements
    from partage.services.workspace import DEFERRED_BACKUP, open_workspace

    db = open_workspace(path, backup=DEFERRED_BACKUP)
    end = dt.date.today()
    start = end - dt.timedelta(days=364)
    data_times, render_times, bare_times, text_times = [], [], [], []
    render_cpu, bare_cpu = [], []
    parallel_times: list[float] = []
    drawn_times: list[float] = []
    workers = args.workers or min(os.cpu_count() or 1, MAX_WORKERS)
    statements = []
    pages = size = 0
    for _ in range(args.runs):
        gc.collect()
        began = time.perf_counter()
        statements = build_statements(db, start, end)[: args.members]
        data_times.append(time.perf_counter() - began)

        # Every run starts cold, as one batch does: nothing formatted or measured yet.
        forget_words()
        forget_measures()
        gc.collect()
        began = time.perf_counter()
        # As issued: numbered, no DRAFT watermark (what "Issue all" renders and stores).
        documents = [document(s, number=f"2026-{i:04d}") for i, s in enumerate(statements, 1)]
        text_times.append(time.perf_counter() - began)
        strings = [document_strings(d) for d in documents]

        gc.collect()
        began, cpu = time.perf_counter(), time.process_time()
        for text in strings:
            bare_canvas(text)
        bare_times.append(time.perf_counter() - began)
        bare_cpu.append(time.process_time() - cpu)

        gc.collect()
        began, cpu = time.perf_counter(), time.process_time()
        pdfs = [render(d) for d in documents]
        render_times.append(time.perf_counter() - began)
        render_cpu.append(time.process_time() - cpu)
        pages = sum(count_pages(d) for d in documents)

        # The same documents drawn on several processes, started for the batch.
        forget_measures()
        gc.collect()
        began = time.perf_counter()
        drawn = list(render_documents(documents, workers=workers))
        drawn_times.append(time.perf_counter() - began)
        assert drawn == pdfs

        # On several processes, as "Issue all" and `statements --out` draw a large batch:
        # the words written here, the PDFs drawn by workers started for the batch (their
        # start counted), the bytes back here. Wall clock from the statements.
        forget_words()
        forget_measures()
        gc.collect()
        jobs = [(s, f"2026-{i:04d}") for i, s in enumerate(statements, 1)]
        began = time.perf_counter()
        parallel = list(render_statements(jobs, workers=workers))
        parallel_times.append(time.perf_counter() - began)
        assert parallel == pdfs  # byte for byte what one process draws
        size = sum(len(p) for p in pdfs)
    db.close()
    count = len(statements)
    data_ms = statistics.median(data_times) * 1000
    text_ms = statistics.median(text_times) * 1000
    render_ms = statistics.median(render_times) * 1000
    bare_ms = statistics.median(bare_times) * 1000
    lines = sum(len(document_strings(document(s, number="2026-0001"))) for s in statements[:5]) / 5
    print(
        f"{count} statements of {start}..{end}: {pages} pages, {size / count / 1024:.0f} KiB "
        f"a PDF on average, about {lines:.0f} lines each (first five)"
    )
    print(f"statements' data (split included): median {data_ms:.0f} ms")
    print(f"their text in each member's language: median {text_ms:.0f} ms")
    bare_cpu_ms = statistics.median(bare_cpu) * 1000
    render_cpu_ms = statistics.median(render_cpu) * 1000
    print(f"bare canvas, same text: median {bare_ms:.0f} ms (processor {bare_cpu_ms:.0f} ms)")
    print(
        f"PDF rendering: median {render_ms:.0f} ms = {count / (render_ms / 1000):.0f} PDFs/s "
        f"(goal >= 100; processor {render_cpu_ms:.0f} ms = "
        f"{count / (render_cpu_ms / 1000):.0f} PDFs/s)"
    )
    print(
        f"ratio render / bare canvas: {render_ms / bare_ms:.2f} (goal <= 3; processor "
        f"{render_cpu_ms / bare_cpu_ms:.2f}); per run: "
        + ", ".join(f"{r / b:.2f}" for r, b in zip(render_times, bare_times, strict=True))
    )
    drawn_ms = statistics.median(drawn_times) * 1000
    print(
        f"PDF rendering on {workers} worker processes (start included): median "
        f"{drawn_ms:.0f} ms = {count / (drawn_ms / 1000):.0f} PDFs/s (goal >= 100; "
        f"{os.cpu_count()} processors; one process: {count / (render_ms / 1000):.0f}); "
        "per run: " + ", ".join(f"{count / t:.0f}" for t in drawn_times)
        + " (the first one starts the fork server too)"
    )
    parallel_ms = statistics.median(parallel_times) * 1000
    whole = (text_ms + render_ms) / 1000
    print(
        f"text + PDF on {workers} worker processes (start included): median "
        f"{parallel_ms:.0f} ms = {count / (parallel_ms / 1000):.0f} PDFs/s "
        f"(one process: {count / whole:.0f}); per run: "
        + ", ".join(f"{count / t:.0f}" for t in parallel_times)
    )
    print(f"(text + render) / bare canvas: {(text_ms + render_ms) / bare_ms:.2f}")
    print(f"interpreter speed after: {interpreter_speed():.0f} ms")


if __name__ == "__main__":
    main()
