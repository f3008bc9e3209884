"""``export csv|json`` and ``import csv|json``: tables for spreadsheets, whole databases."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from partage.cli.common import emit_json, open_database, say
from partage.cli.options import add_command, add_json_option
from partage.errors import QT_TRANSLATE_NOOP, UsageError

if TYPE_CHECKING:
    from partage.services.exchange_import import CsvTable, ImportCheck

# The same list as services.exchange_fields; kept here so that building the parser does
# not import the database layer (a test checks they agree).
IMPORT_KINDS = ["members", "assets", "costs"]


def register_export(exports: Any) -> None:
    """Add ``csv`` and ``json`` to the subcommands of ``export``."""
    csv_export = add_command(
        exports,
        "csv",
        help=QCoreApplication.translate(
            "cli",
            "write every table to its own CSV file for spreadsheets; text that a spreadsheet "
            "would run as a formula is written behind an apostrophe",
        ),
        handler=run_export_csv,
    )
    csv_export.add_argument(
        "--out",
        metavar="DIR",
        required=True,
        help=QCoreApplication.translate(
            "cli", "the folder for the CSV files (created if needed; files of the same name "
            "are replaced)"
        ),
    )
    add_json_option(csv_export)
    json_export = add_command(
        exports,
        "json",
        help=QCoreApplication.translate(
            "cli", "write the whole database to one JSON file, to import elsewhere exactly"
        ),
        handler=run_export_json,
    )
    json_export.add_argument(
        "--out",
        metavar="FILE",
        required=True,
        help=QCoreApplication.translate("cli", "the .json file to write (replaced if it exists)"),
    )
    add_json_option(json_export)


def register_import(imports: Any) -> None:
    """Add ``csv`` and ``json`` to the subcommands of ``import``."""
    csv_import = add_command(
        imports,
        "csv",
        help=QCoreApplication.translate(
            "cli",
            "add members, assets or costs from a CSV file: all rows, or none when a row "
            "has an error",
        ),
        handler=run_import_csv,
    )
    csv_import.add_argument(
        "kind",
        metavar="members|assets|costs",
        choices=IMPORT_KINDS,
        help=QCoreApplication.translate("cli", "what the rows are"),
    )
    csv_import.add_argument(
        "path",
        metavar="PATH",
        help=QCoreApplication.translate(
            "cli",
            "the CSV file (UTF-8 or Windows-1252, commas or semicolons); the first row "
            "names the columns, in English or French",
        ),
    )
    csv_import.add_argument(
        "--map",
        metavar="FIELD=COLUMN",
        action="append",
        default=[],
        help=QCoreApplication.translate(
            "cli",
            "which column holds a field, by its header or its number (1 is the first), "
            "when the header does not say: --map name=Nom --map email=3",
        ),
    )
    csv_import.add_argument(
        "--check",
        action="store_true",
        help=QCoreApplication.translate(
            "cli", "only check the file and list its errors; import nothing"
        ),
    )
    add_json_option(csv_import)
    json_import = add_command(
        imports,
        "json",
        help=QCoreApplication.translate(
            "cli",
            "fill a new, empty database from a JSON export: the same data, ids and history",
        ),
        handler=run_import_json,
    )
    json_import.add_argument(
        "path",
        metavar="PATH",
        help=QCoreApplication.translate("cli", "the .json file written by export json"),
    )
    add_json_option(json_import)


def _read(path: str) -> tuple[Path, bytes]:
    """The file a person named to import: a regular file of at most the import limit
    (never ``/dev/zero``, a pipe or a folder, which would be read for ever)."""
    from partage.services.files import IMPORT_LIMIT_BYTES, read_named_file

    source = Path(path).expanduser().absolute()
    return source, read_named_file(source, limit=IMPORT_LIMIT_BYTES)


def run_export_csv(args: argparse.Namespace) -> int:
    """Write every table to DIR/<table>.csv."""
    from partage.services.exchange_csv import export_csv

    folder = Path(args.out).expanduser().absolute()
    with open_database(args) as db:
        files = export_csv(db, folder)
    if args.json:
        emit_json(
            {
                "folder": str(folder),
                "files": [{"table": f.table, "path": str(f.path), "rows": f.rows} for f in files],
            }
        )
    # Never fewer than the dozen tables of the model: the plural is always right. (lupdate
    # does not mark QCoreApplication.translate with a count as a plural form.)
    text = QCoreApplication.translate("cli", "Wrote {count} CSV files to {folder}.")
    say(text.format(count=len(files), folder=folder))
    return 0


def run_export_json(args: argparse.Namespace) -> int:
    """Write the whole database to one JSON file."""
    from partage.services.exchange import export_json_file

    destination = Path(args.out).expanduser().absolute()
    with open_database(args) as db:
        size = export_json_file(db, destination)
    if args.json:
        emit_json({"path": str(destination), "bytes": size})
    say(QCoreApplication.translate("cli", "Wrote the database to {path}.").format(path=destination))
    return 0


def _column(table: CsvTable, ref: str) -> int:
    from partage.services.exchange_fields import fold_header

    if ref.strip().isdigit():
        return int(ref) - 1  # the service refuses a number beyond the last column
    wanted = fold_header(ref)
    for index, header in enumerate(table.headers):
        if fold_header(header) == wanted:
            return index
    raise UsageError(
        QT_TRANSLATE_NOOP("errors", "The file has no column “{text}”; its columns are: {choices}."),
        text=ref,
        choices=", ".join(table.headers),
    )


def _mapping(args: argparse.Namespace, table: CsvTable) -> dict[str, int]:
    from partage.services.exchange_fields import guess_mapping, with_overrides

    explicit = {}
    for item in args.map:
        field, equals, ref = item.partition("=")
        if not equals or not field.strip() or not ref.strip():
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "errors", "“{text}” is not FIELD=COLUMN; for example --map name=Nom."
                ),
                text=item,
            )
        explicit[field.strip().lower()] = _column(table, ref.strip())
    return with_overrides(args.kind, guess_mapping(args.kind, table.headers), explicit)


def _problem_rows(check: ImportCheck) -> list[dict[str, Any]]:
    from partage.i18n import error_text

    return [
        {"row": p.row, "column": p.column, "message": error_text(p.error)}
        for p in check.problems
    ]


def _report_problems(check: ImportCheck, as_json: bool) -> None:
    rows = _problem_rows(check)
    if as_json:
        emit_json({"kind": check.kind, "rows": check.rows, "imported": 0, "problems": rows})
    for row in rows:
        if row["column"]:
            text = QCoreApplication.translate("cli", "Row {row}, column “{column}”: {message}")
        else:
            text = QCoreApplication.translate("cli", "Row {row}: {message}")
        say(text.format(**row))


def _imported_message(kind: str) -> str:
    # A count after a colon reads right in the singular and the plural, in both languages.
    if kind == "members":
        return QCoreApplication.translate("cli", "Members imported from {path}: {count}.")
    if kind == "assets":
        return QCoreApplication.translate("cli", "Assets imported from {path}: {count}.")
    return QCoreApplication.translate("cli", "Costs imported from {path}: {count}.")


def run_import_csv(args: argparse.Namespace) -> int:
    """Import every row of a CSV file, or none."""
    from partage.services.exchange_import import ImportRefused, check_csv, import_csv, read_csv

    source, data = _read(args.path)
    table = read_csv(data)
    mapping = _mapping(args, table)
    with open_database(args) as db:
        if args.check:
            check = check_csv(db, args.kind, table, mapping)
            if check.problems:
                _report_problems(check, args.json)
                raise ImportRefused(check)
            if args.json:
                emit_json({"kind": args.kind, "rows": check.rows, "imported": 0, "problems": []})
            text = QCoreApplication.translate(
                "cli", "Every row can be imported (rows: {count}). Nothing was imported."
            )
            say(text.format(count=check.rows))
            return 0
        try:
            result = import_csv(db, args.kind, table, mapping)
        except ImportRefused as refused:
            _report_problems(refused.check, args.json)
            raise
    if args.json:
        emit_json({"kind": result.kind, "rows": result.rows, "imported": result.rows,
                   "ids": list(result.ids), "problems": []})
    say(_imported_message(args.kind).format(path=source, count=result.rows))
    return 0


def run_import_json(args: argparse.Namespace) -> int:
    """Fill an empty database from a JSON export."""
    from partage.i18n import error_text
    from partage.services.exchange import ExportAltered, import_json

    source, data = _read(args.path)
    with open_database(args) as db:
        try:
            result = import_json(db, data)
        except ExportAltered as altered:
            for problem in altered.problems:  # each rule the data breaks, then the refusal
                say(error_text(problem))
            raise
    if args.json:
        emit_json({"path": str(source), "rows": result.rows, "total": result.total})
    text = QCoreApplication.translate("cli", "Rows imported from {path}: {count}.")
    say(text.format(path=source, count=result.total))
    return 0
