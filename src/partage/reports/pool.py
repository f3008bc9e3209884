"""Many statements rendered at once, on several processes.

Each statement's text is written in the calling process (``reports.statement.document``:
plain strings in the member's language, with the settings' logo bytes) and drawn into a
PDF by a worker process (``reports.layout.render``), which sends the bytes back: byte for
byte what ``statement_pdf`` gives in one process.

The text travels as plain tuples of strings written with ``marshal`` (``to_wire``): a
year's 200 statements are some 24 MB of words, which marshal writes in about 30 ms and a
worker reads in about 100, where pickling the ``Document`` objects took 0.3 s to write
and 0.8 s to read (every row an object to rebuild). The ``Statement`` itself does not
travel: its shares' explanation factors take longer to pickle than to turn into words.
Both ends are the same interpreter, which is all marshal asks. The words and the PDFs go
through temporary files rather than the pool's pipes (see ``_drawn_on_workers``).

Workers start from a fork server where there is one (Linux, macOS): the server imports
the layout and reportlab once, and each worker is a fork of it, ready at once; elsewhere
(Windows, and the frozen bundle, through ``multiprocessing.freeze_support``) they are
spawned. At most one per processor, one per statement and ``MAX_WORKERS``, and only with
``MIN_PROCESSORS`` or more. A small batch (``worker_count`` is 1 below
``PARALLEL_ROWS``) is drawn in the calling process.

Documents go in contiguous chunks, several per worker: the results arrive in order while
later chunks are still being drawn, so the caller writes (or stores) the first PDFs
meanwhile.
"""

from __future__ import annotations

import dataclasses
import gc
import marshal
import multiprocessing
import os
import sys
import tempfile
from collections import deque
from collections.abc import Generator, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

# A worker imports this module, and through it only the layout and reportlab (0.3 s),
# not the services, SQLAlchemy and Qt that writing the words needs (0.7 s).
from partage.reports.layout import Column, Document, Table, render

if TYPE_CHECKING:
    from partage.services.statements import Statement

MAX_WORKERS = 8
# Below this many rows in the whole batch (charge groups, bookings and credits), starting
# workers costs more than it saves: a worker is ready in about 0.2 s (the fork server's
# start), and a row is drawn in about 18 µs.
PARALLEL_ROWS = 20_000
# Small chunks: the workers start soon after the first words are written, and finish
# together. A chunk costs a file each way, about a millisecond.
CHUNKS_PER_WORKER = 12
# Two processors are enough for the workers to pay: 200 yearly statements of the large
# demo draw at 1.5 times the speed of one process on 2 (docs/benchmarks.md).
MIN_PROCESSORS = 2

T = TypeVar("T")
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


# The document's fields, in order: all plain values (text, tuples of text, the logo's
# bytes) but for its tables, which travel as tuples too.
_FIELDS = tuple(f.name for f in dataclasses.fields(Document))
_TABLES = _FIELDS.index("tables")


def to_wire(document: Document) -> bytes:
    """*document* as bytes for a worker: its fields as plain tuples, with ``marshal``."""
    values = [getattr(document, name) for name in _FIELDS]
    values[_TABLES] = tuple(
        (
            table.title,
            tuple((c.title, c.width, c.align) for c in table.columns),
            tuple(map(tuple, table.rows)),
            table.empty,
            table.continued,
        )
        for table in document.tables
    )
    return marshal.dumps(tuple(values))


def from_wire(data: bytes) -> Document:
    """The document *data* was made from by ``to_wire`` (its rows as plain tuples, which
    the layout reads alike)."""
    values = list(marshal.loads(data))
    values[_TABLES] = tuple(
        Table(title, tuple(Column(*c) for c in columns), rows, empty, continued)
        for title, columns, rows, empty, continued in values[_TABLES]
    )
    return Document(*values)


def _lower_priority() -> None:
    # The calling process writes the words the workers draw (and may be the window):
    # it goes first, the workers take the processor time it leaves.
    if hasattr(os, "nice"):
        os.nice(5)


def _render_chunk(path: str) -> str:
    """Draw the documents written to the file *path* and write their PDFs beside it;
    the name of that file."""
    # Reading a chunk makes some hundred thousand tuples, none of them in a cycle: the
    # collector would only walk them again and again.
    gc.disable()
    try:
        chunk = marshal.loads(Path(path).read_bytes())
        pdfs = [render(from_wire(data)) for data in chunk]
    finally:
        gc.enable()
    done = Path(f"{path}.pdfs")
    done.write_bytes(marshal.dumps(pdfs))
    return str(done)


def _context() -> BaseContext:
    """How workers start: forked from a server that imported the layout once, where the
    platform has one; spawned on Windows and in the frozen bundle."""
    if sys.platform != "win32" and not getattr(sys, "frozen", False):
        methods = multiprocessing.get_all_start_methods()
        if "forkserver" in methods:
            context = multiprocessing.get_context("forkserver")
            # Read when the server starts (once per process): what every worker has. The
            # main module too, which each worker would otherwise import again on its own.
            context.set_forkserver_preload(["__main__", __name__])
            return context
    return multiprocessing.get_context("spawn")


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
    # The words of each chunk are written as the workers draw the chunks before it.
    chunks = (
        [to_wire(document(s, number=n)) for s, n in chunk] for chunk in _chunks(jobs, count)
    )
    yield from _drawn_on_workers(chunks, count)


def render_documents(
    documents: Sequence[Document], *, workers: int
) -> Generator[bytes, None, None]:
    """The PDF of each of *documents* (already written), in order, on *workers*
    processes: what ``render`` gives, byte for byte."""
    count = max(1, min(workers, len(documents)))
    if count == 1:
        yield from map(render, documents)
        return
    chunks = ([to_wire(d) for d in chunk] for chunk in _chunks(documents, count))
    yield from _drawn_on_workers(chunks, count)


def _chunks(items: Sequence[T], workers: int) -> Generator[Sequence[T], None, None]:
    size = max(1, -(-len(items) // (workers * CHUNKS_PER_WORKER)))
    for first in range(0, len(items), size):
        yield items[first : first + size]


def _drawn_on_workers(
    chunks: Iterable[list[bytes]], count: int
) -> Generator[bytes, None, None]:
    """The PDFs of the documents of *chunks* (each document ``to_wire``), drawn by
    *count* worker processes, in order."""
    # The words and the PDFs go through files, not the pool's pipes: a pipe is fed by a
    # thread of this process, which waits for the interpreter's lock between every 64 KB
    # while this thread writes words, and the workers would wait for it.
    folder = tempfile.TemporaryDirectory(prefix="partage-statements-")
    pool = ProcessPoolExecutor(count, mp_context=_context(), initializer=_lower_priority)
    try:
        pending: deque[Future[str]] = deque()
        for index, chunk in enumerate(chunks):
            path = Path(folder.name, f"{index}.words")
            path.write_bytes(marshal.dumps(chunk))
            pending.append(pool.submit(_render_chunk, str(path)))
            # What is drawn already goes out now (a progress bar moves, invoices are
            # stored) while the words of the next chunks are still being written.
            while pending and pending[0].done():
                yield from marshal.loads(Path(pending.popleft().result()).read_bytes())
        while pending:
            yield from marshal.loads(Path(pending.popleft().result()).read_bytes())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        folder.cleanup()
