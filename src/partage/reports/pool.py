"""Many statements rendered at once, on several processes.

Each statement's text is written in the calling process (``reports.statement.document``:
plain strings in the member's language, with the settings' logo bytes) and drawn into a
PDF by a worker process (``reports.layout.render``), which sends the bytes back: byte for
byte what ``statement_pdf`` gives in one process. The text goes rather than the
``Statement`` itself because a year's statement is some 150 KB of small objects (every
share's explanation factors) that take longer to pickle and unpickle than to turn into
words; the words pickle ten times faster. Drawing is about three quarters of the work.

Workers are started with "spawn" (the same on Linux, macOS and Windows, and in the frozen
bundle through ``multiprocessing.freeze_support``), at most one per processor, one per
statement and ``MAX_WORKERS``, and only with ``MIN_PROCESSORS`` or more: on 2 shared
processors the pool was measured slower than one process. A worker starts in about
0.15 s (it imports only the layout and reportlab), so a small batch (``worker_count`` is
1 below ``PARALLEL_ROWS``) is drawn in the calling process, as before.

Documents go in contiguous chunks, several per worker: the results arrive in order while
later chunks are still being drawn, so the caller writes (or stores) the first PDFs
meanwhile.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Generator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING

# A worker imports this module, and through it only the layout and reportlab (0.3 s),
# not the services, SQLAlchemy and Qt that writing the words needs (0.7 s).
from partage.reports.layout import Document, render

if TYPE_CHECKING:
    from partage.services.statements import Statement

MAX_WORKERS = 8
# Below this many rows in the whole batch (charge groups, bookings and credits), starting
# workers costs more than it saves: a first estimate (a worker starts in about 0.15 s, a
# row is drawn in about 25 µs), not yet measured on a machine where the pool pays.
PARALLEL_ROWS = 20_000
CHUNKS_PER_WORKER = 6
# On 2 processors, shared with other work, the workers (and the words written here
# meanwhile) were slower than one process: 25-27 PDFs/s against 33 (docs/benchmarks.md).
MIN_PROCESSORS = 3

Job = tuple["Statement", str]  # a statement and its number ("" for a draft)


def rows(statement: Statement) -> int:
    """A measure of the work of drawing *statement*: its table rows (and its header)."""
    return len(statement.charges) + len(statement.bookings) + len(statement.credits) + 10


def worker_count(statements: Sequence[Statement], *, limit: int | None = None) -> int:
    """How many processes draw *statements*: 1 for a small batch."""
    processors = os.cpu_count() or 1
    if processors < MIN_PROCESSORS or len(statements) < 2:
        return 1
    if sum(rows(s) for s in statements) < PARALLEL_ROWS:
        return 1
    cap = MAX_WORKERS if limit is None else limit
    return max(1, min(processors, len(statements), cap))


def _render_chunk(documents: list[Document]) -> list[bytes]:
    return [render(document) for document in documents]


def render_statements(
    jobs: Sequence[Job], *, workers: int | None = None
) -> Generator[bytes, None, None]:
    """The PDF of each (statement, number) of *jobs*, in order.

    *workers* forces the number of processes (1: all in this one); by default
    ``worker_count`` decides. Closing the iterator early (a cancelled batch) drops the
    chunks not yet started and waits for the ones being drawn.
    """
    from partage.reports.statement import document, statement_pdf

    count = workers if workers is not None else worker_count([s for s, _ in jobs])
    count = max(1, min(count, len(jobs)))
    if count == 1:
        for statement, number in jobs:
            yield statement_pdf(statement, number=number)
        return
    size = max(1, -(-len(jobs) // (count * CHUNKS_PER_WORKER)))
    pool = ProcessPoolExecutor(count, mp_context=multiprocessing.get_context("spawn"))
    try:
        futures: list[Future[list[bytes]]] = []
        for first in range(0, len(jobs), size):
            chunk = [document(s, number=n) for s, n in jobs[first : first + size]]
            futures.append(pool.submit(_render_chunk, chunk))
        for future in futures:
            yield from future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
