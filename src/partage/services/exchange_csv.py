"""Every table as a CSV file for spreadsheets, safe to open in Excel or LibreOffice.

One file per table of the data model (``members.csv``, ``costs.csv``…), UTF-8 with a
byte-order mark (without it Excel reads UTF-8 as Windows-1252 and garbles accents), a
header row of column names, commas, CRLF line ends (RFC 4180).

Formula injection: a spreadsheet opening a CSV runs any cell that starts with ``=``,
``+``, ``-`` or ``@`` as a formula (LibreOffice does by default), so a member named
``=HYPERLINK("http://…")`` would put a live link, or worse, in the treasurer's sheet. Text
cells that start with one of those (after any spaces), or with a tab or carriage return,
are written behind an apostrophe: the spreadsheet shows ``'=1+1`` as text instead of
computing 2. Integer columns (ids, ``*_cents`` money, ``*_milli`` weights, meter readings)
are written as plain integers, negative ones included: ``-500`` in ``amount_cents`` must
stay the number -500 so that sums work, and a cell made by ``str(int)`` can only be an
optional minus sign and digits, which every spreadsheet reads as a number, never as a
formula. Only text a person typed can carry a formula, and all of it is neutralised.

Binary columns (photos, receipts, invoice PDFs) are left out: a spreadsheet cell holds at
most 32,767 characters. The JSON export carries them, byte for byte.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Table

from partage.errors import QT_TRANSLATE_NOOP, UsageError
from partage.services.exchange import (
    BATCH_ROWS,
    Progress,
    column_kind,
    count_rows,
    exported_tables,
    table_rows,
)
from partage.storage import Database

CSV_ENCODING = "utf-8-sig"
# The characters that make a spreadsheet read a cell as a formula, their full-width
# forms (some spreadsheets accept those too), and the control characters that can hide one.
FORMULA_STARTS = "=+-@\uff1d\uff0b\uff0d\uff20"
HIDING_STARTS = "\t\r"
NEUTRALISER = "'"


@dataclass(frozen=True)
class CsvFile:
    """One file written by ``export_csv``."""

    table: str
    path: Path
    rows: int


def neutralise(text: str) -> str:
    """*text* safe in a spreadsheet: behind an apostrophe when it could start a formula."""
    stripped = text.lstrip()
    if (text and text[0] in HIDING_STARTS) or (stripped and stripped[0] in FORMULA_STARTS):
        return NEUTRALISER + text
    return text


def restore(text: str) -> str:
    """The text ``neutralise`` was given, from what it returned (for reading exports back)."""
    if text.startswith(NEUTRALISER) and neutralise(text[1:]) == text:
        return text[1:]
    return text


def csv_cell(kind: str, value: Any) -> str:
    """The cell for *value* of a column of *kind* (see ``exchange.column_kind``)."""
    if value is None:
        return ""
    if kind == "text":
        return neutralise(value)
    if kind == "bool":
        return "true" if value else "false"
    if kind == "int":
        return str(int(value))  # only a sign and digits: a number, never a formula
    if kind == "moment":
        return str(value.astimezone(dt.UTC).isoformat())
    if kind in ("date", "wall_time"):
        return str(value.isoformat())
    raise TypeError(kind)


def csv_columns(table: Table) -> list[tuple[int, str, str]]:
    """(position, name, kind) of the columns of *table* that go into its CSV file."""
    columns = []
    for position, column in enumerate(table.columns):
        kind = column_kind(column)
        if kind != "bytes":
            columns.append((position, column.name, kind))
    return columns


def write_table(stream: IO[str], table: Table, rows: Iterator[tuple[Any, ...]]) -> Iterator[int]:
    """Write *table*'s header and *rows* to *stream*; yield after each row written."""
    columns = csv_columns(table)
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow([name for _, name, _ in columns])
    for row in rows:
        writer.writerow([csv_cell(kind, row[position]) for position, _, kind in columns])
        yield 1


def _cannot_write(path: Path, error: OSError) -> UsageError:
    return UsageError(
        QT_TRANSLATE_NOOP(
            "errors", "{path} could not be written ({reason}). The database was not changed."
        ),
        path=str(path),
        reason=error.strerror or str(error),
    )


def prepare_folder(folder: Path) -> None:
    """Make sure *folder* exists and is a folder.

    Raises:
        UsageError: it is a file, or it cannot be created.
    """
    if folder.exists() and not folder.is_dir():
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors", "{path} is a file, not a folder; give a folder for the CSV files."
            ),
            path=str(folder),
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _cannot_write(folder, error) from error


def export_csv(db: Database, folder: Path, *, progress: Progress | None = None) -> list[CsvFile]:
    """Write every table to ``folder/<table>.csv``; return the files written.

    All tables are read in one read transaction (one consistent moment). Each file is
    written under a temporary name and renamed into place only once every table is
    written, so a failure or a cancel leaves the files that were there before.

    Raises:
        UsageError: the folder is a file, or a file cannot be written.
    """
    prepare_folder(folder)
    tables = exported_tables()
    written: list[tuple[Path, Path]] = []
    files: list[CsvFile] = []
    try:
        with db.read() as session:
            counts = count_rows(session, tables)
            total, done = sum(counts.values()), 0
            for table in tables:
                target = folder / f"{table.name}.csv"
                partial = folder / f".{table.name}.csv.part"
                written.append((partial, target))
                rows = 0
                with partial.open("w", encoding=CSV_ENCODING, newline="") as stream:
                    for _ in write_table(stream, table, table_rows(session, table)):
                        rows += 1
                        done += 1
                        if progress is not None and done % BATCH_ROWS == 0:
                            progress(done, total)
                    stream.flush()
                    os.fsync(stream.fileno())
                files.append(CsvFile(table.name, target, rows))
                if progress is not None:
                    progress(done, total)
        for partial, target in written:
            os.replace(partial, target)
    except OSError as error:
        raise _cannot_write(Path(error.filename or folder), error) from error
    finally:
        for partial, _ in written:
            with contextlib.suppress(OSError):
                partial.unlink()
    return files
