"""``statements``, ``invoices``, ``invoice void | pdf`` and ``settings``: the documents.

``statements`` writes one PDF per member for a period: drafts, or with ``--issue``
numbered invoices stored in the database (the PDF written is the one stored); a period
that ends after today is issued only with ``--allow-open-period`` (exit 3 otherwise).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from partage.cli.common import emit_json, iso, money_text, open_database, print_table, say
from partage.cli.options import add_command, add_group_commands, add_json_option, parse_period
from partage.errors import QT_TRANSLATE_NOOP, UsageError

if TYPE_CHECKING:
    from collections.abc import Iterable

    from partage.services.document_settings import DocumentSettings
    from partage.services.invoicing import InvoiceRecord
    from partage.services.statements import Statement
    from partage.services.workspace import Database

STATUS_LABELS = {
    "issued": QT_TRANSLATE_NOOP("cli", "unpaid"),
    "partly_paid": QT_TRANSLATE_NOOP("cli", "partly paid"),
    "paid": QT_TRANSLATE_NOOP("cli", "paid"),
    "overdue": QT_TRANSLATE_NOOP("cli", "overdue"),
    "in_credit": QT_TRANSLATE_NOOP("cli", "in credit"),
    "void": QT_TRANSLATE_NOOP("cli", "void"),
    "credit_note": QT_TRANSLATE_NOOP("cli", "credit note"),
}

# name on the command line -> (DocumentSettings field, kind)
SETTING_KEYS = {
    "name": ("name", "text"),
    "address": ("address", "text"),
    "email": ("email", "text"),
    "phone": ("phone", "text"),
    "logo": ("logo", "file"),
    "currency": ("currency", "text"),
    "timezone": ("timezone", "text"),
    "language": ("language", "text"),
    "invoice-prefix": ("invoice_prefix", "text"),
    "payment-terms": ("payment_terms_days", "days"),
    "payment-instructions": ("payment_instructions", "text"),
    "taxes": ("taxes_enabled", "switch"),
    "gst-number": ("gst_number", "text"),
    "qst-number": ("qst_number", "text"),
    "gst-rate": ("gst_rate", "rate"),
    "qst-rate": ("qst_rate", "rate"),
}


def register(commands: Any) -> None:
    """Add ``statements``, ``invoices``, ``invoice`` and ``settings`` to *commands*."""
    statements = add_command(
        commands,
        "statements",
        help=QCoreApplication.translate(
            "cli",
            "write each member's cost-sharing statement for a period as a PDF; with "
            "--issue, as numbered invoices stored in the database",
        ),
        handler=run_statements,
    )
    statements.add_argument(
        "--from",
        dest="from_date",
        metavar="DATE",
        required=True,
        help=QCoreApplication.translate("cli", "the first day of the period, YYYY-MM-DD"),
    )
    statements.add_argument(
        "--to",
        dest="to_date",
        metavar="DATE",
        required=True,
        help=QCoreApplication.translate("cli", "the last day of the period (included), YYYY-MM-DD"),
    )
    statements.add_argument(
        "--out",
        metavar="DIR",
        required=True,
        help=QCoreApplication.translate("cli", "the folder to write the PDF files in"),
    )
    statements.add_argument(
        "--member",
        metavar="M",
        help=QCoreApplication.translate("cli", "only this member (id or exact name)"),
    )
    statements.add_argument(
        "--issue",
        action="store_true",
        help=QCoreApplication.translate(
            "cli",
            "issue them: give each a number from the year's series and store it for good "
            "(members with nothing to invoice, or already invoiced, are skipped)",
        ),
    )
    statements.add_argument(
        "--allow-open-period",
        action="store_true",
        help=QCoreApplication.translate(
            "cli",
            "with --issue, issue even though the period ends after today (its invoices "
            "miss whatever happens until its end)",
        ),
    )
    statements.add_argument(
        "--language",
        choices=["fr", "en"],
        help=QCoreApplication.translate(
            "cli", "write every statement in this language (default: each member's own)"
        ),
    )
    add_json_option(statements)

    listing = add_command(
        commands,
        "invoices",
        help=QCoreApplication.translate(
            "cli", "list the issued invoices and credit notes, newest first"
        ),
        handler=run_invoices,
    )
    listing.add_argument(
        "--member",
        metavar="M",
        help=QCoreApplication.translate("cli", "only this member (id or exact name)"),
    )
    add_json_option(listing)

    invoice = add_group_commands(
        add_command(
            commands,
            "invoice",
            help=QCoreApplication.translate("cli", "void an invoice or save its PDF"),
            handler=None,
        )
    )
    void = add_command(
        invoice,
        "void",
        help=QCoreApplication.translate(
            "cli", "cancel an invoice by issuing a credit note of the opposite amount"
        ),
        handler=run_invoice_void,
    )
    void.add_argument(
        "number", metavar="NUMBER", help=QCoreApplication.translate("cli", "the invoice number")
    )
    add_json_option(void)
    pdf = add_command(
        invoice,
        "pdf",
        help=QCoreApplication.translate("cli", "save the PDF stored when the invoice was issued"),
        handler=run_invoice_pdf,
    )
    pdf.add_argument(
        "number", metavar="NUMBER", help=QCoreApplication.translate("cli", "the invoice number")
    )
    pdf.add_argument(
        "--out",
        metavar="FILE",
        required=True,
        help=QCoreApplication.translate("cli", "the PDF file to write"),
    )

    settings = add_group_commands(
        add_command(
            commands,
            "settings",
            help=QCoreApplication.translate(
                "cli", "the organisation's details, invoice numbering, payment terms and taxes"
            ),
            handler=None,
        )
    )
    show = add_command(
        settings,
        "show",
        help=QCoreApplication.translate("cli", "show the settings"),
        handler=run_settings_show,
    )
    add_json_option(show)
    change = add_command(
        settings,
        "set",
        help=QCoreApplication.translate("cli", "change one setting"),
        handler=run_settings_set,
    )
    change.add_argument("key", metavar="KEY", choices=sorted(SETTING_KEYS))
    change.add_argument(
        "value",
        metavar="VALUE",
        help=QCoreApplication.translate(
            "cli",
            "the new value: text; for logo, the path of a PNG or JPEG file; for taxes, on "
            "or off; for the rates, a percentage such as 9,975; for payment-terms, days",
        ),
    )


# --- statements -------------------------------------------------------------------------


def _output_folder(text: str) -> Path:
    folder = Path(text).expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "Cannot write in the folder {path}: {reason}"),
            path=str(folder),
            reason=error.strerror or str(error),
        ) from error
    return folder


def _write(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as error:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "Cannot write the file {path}: {reason}"),
            path=str(path),
            reason=error.strerror or str(error),
        ) from error


def run_statements(args: argparse.Namespace) -> int:
    """Write (and with --issue, issue) the statements of a period."""
    from partage.reports.pool import render_statements
    from partage.services import invoicing
    from partage.services.members import find_member
    from partage.services.statements import (
        build_statements,
        draft_file_name,
        invoice_file_name,
    )

    start, end = parse_period(args.from_date, args.to_date)
    if args.issue:  # refused before a folder is made or a statement worked out
        invoicing.require_ended_period(start, end, allow_open_period=args.allow_open_period)
    folder = _output_folder(args.out)
    written: list[dict[str, Any]] = []
    skipped: list[dict[str, Any]] = []
    with open_database(args) as db:
        member_ids = [find_member(db, args.member).id] if args.member else None
        statements = build_statements(db, start, end, member_ids=member_ids)
        currency = statements[0].settings.currency if statements else "CAD"
        if args.language:
            statements = [dataclasses.replace(s, language=args.language) for s in statements]
        if args.issue:
            _refuse_if_counters_behind(db)
            # The PDFs drawn on several processes, each invoice stored in its own write.
            result = invoicing.issue_statements(
                db, statements, allow_open_period=args.allow_open_period
            )
            issued = {record.member_id: record for record in result.issued}
            reasons = dict(result.skipped)
            stored: list[tuple[Statement, str | None, Path, bytes]] = []
            for statement in statements:
                record = issued.get(statement.member_id)
                if record is None:
                    reason = reasons.get(statement.member_id, "nothing")
                    skipped.append(_skip(statement.member_id, statement.member_name, reason))
                    continue
                path = folder / invoice_file_name(record.number, statement.member_name)
                pdf = invoicing.invoice_pdf(db, record.number)
                stored.append((statement, record.number, path, pdf))
            outputs: Iterable[tuple[Statement, str | None, Path, bytes]] = stored
        else:
            # Drafts: drawn on several processes for a large batch, written as they come.
            drafts = render_statements([(s, "") for s in statements])
            outputs = (
                (statement, None, folder / draft_file_name(statement), data)
                for statement, data in zip(statements, drafts, strict=True)
            )
        for index, (statement, number, path, data) in enumerate(outputs, start=1):
            _write(path, data)
            if not args.json and sys.stderr.isatty():
                print(f"\r{index}/{len(statements)}", end="", file=sys.stderr, flush=True)
            written.append(
                {
                    "member_id": statement.member_id,
                    "name": statement.member_name,
                    "language": statement.language,
                    "number": number,
                    "total_cents": statement.total_cents,
                    "amount_due_cents": statement.amount_due_cents,
                    "file": str(path),
                }
            )
    if not args.json and sys.stderr.isatty():
        print(file=sys.stderr)
    if args.json:
        emit_json({"from": iso(start), "to": iso(end), "statements": written, "skipped": skipped})
        return 0
    print_table(
        [
            QCoreApplication.translate("cli", "Member"),
            QCoreApplication.translate("cli", "Number"),
            QCoreApplication.translate("cli", "Invoice total"),
            QCoreApplication.translate("cli", "Amount due"),
            QCoreApplication.translate("cli", "File"),
        ],
        [
            [
                w["name"],
                w["number"] or QCoreApplication.translate("cli", "draft"),
                money_text(w["total_cents"], currency),
                money_text(w["amount_due_cents"], currency),
                Path(w["file"]).name,
            ]
            for w in written
        ],
        right={2, 3},
    )
    for item in skipped:
        reason = (
            QCoreApplication.translate("cli", "nothing to invoice")
            if item["reason"] == "nothing"
            else QCoreApplication.translate("cli", "already invoiced for this period")
        )
        say(
            QCoreApplication.translate("cli", "Skipped {name}: {reason}.").format(
                name=item["name"], reason=reason
            )
        )
    done = QCoreApplication.translate("cli", "Statements written in {folder}: {count}.")
    say(done.format(folder=str(folder), count=len(written)))
    return 0


def _skip(member_id: int, name: str, reason: str) -> dict[str, Any]:
    return {"member_id": member_id, "name": name, "reason": reason}


# --- invoices ---------------------------------------------------------------------------


def invoice_json(record: InvoiceRecord) -> dict[str, Any]:
    """An invoice as CLI.md's ``invoices`` shape, with a few more fields."""
    return {
        "number": record.number,
        "kind": record.kind,
        "member_id": record.member_id,
        "name": record.member_name,
        "period_from": iso(record.period_from),
        "period_to": iso(record.period_to),
        "issued_on": iso(record.issued_on),
        "due_on": iso(record.due_on),
        "subtotal_cents": record.subtotal_cents,
        "gst_cents": record.gst_cents,
        "qst_cents": record.qst_cents,
        "total_cents": record.total_cents,
        "paid_cents": record.paid_cents,
        "amount_due_cents": record.amount_due_cents,
        "status": record.status,
        "credits_number": record.credits_number or None,
        "credited_by": record.credited_by or None,
    }


def status_text(status: str) -> str:
    """A status in the language in use."""
    return QCoreApplication.translate("cli", STATUS_LABELS.get(status, status))


def run_invoices(args: argparse.Namespace) -> int:
    """List the issued invoices and credit notes."""
    from partage.services.invoicing import list_invoices
    from partage.services.members import find_member
    from partage.services.workspace import organisation_settings

    with open_database(args) as db:
        member_id = find_member(db, args.member).id if args.member else None
        records = list_invoices(db, member_id)
        currency = organisation_settings(db).currency
    if args.json:
        emit_json([invoice_json(r) for r in records])
        return 0
    if not records:
        say(QCoreApplication.translate("cli", "No invoice has been issued yet."))
        return 0
    print_table(
        [
            QCoreApplication.translate("cli", "Number"),
            QCoreApplication.translate("cli", "Member"),
            QCoreApplication.translate("cli", "Period"),
            QCoreApplication.translate("cli", "Total"),
            QCoreApplication.translate("cli", "Paid"),
            QCoreApplication.translate("cli", "Due"),
            QCoreApplication.translate("cli", "Status"),
        ],
        [
            [
                r.number,
                r.member_name,
                f"{r.period_from} – {r.period_to}",
                money_text(r.total_cents, currency),
                money_text(r.paid_cents, currency),
                money_text(r.amount_due_cents, currency),
                _status_cell(r),
            ]
            for r in records
        ],
        right={3, 4, 5},
    )
    return 0


def _status_cell(record: InvoiceRecord) -> str:
    other = record.credited_by or record.credits_number
    return f"{status_text(record.status)} ({other})" if other else status_text(record.status)


def _refuse_if_counters_behind(db: Database) -> None:
    """Refuse to number anything while a series' counter is behind its invoices (written
    so by another program): the next number would be one already used."""
    from partage.services.integrity import counter_problems

    problems = counter_problems(db)
    if problems:
        raise problems[0].as_error()


def run_invoice_void(args: argparse.Namespace) -> int:
    """Void an invoice with a credit note."""
    from partage.services.invoicing import void

    with open_database(args) as db:
        _refuse_if_counters_behind(db)
        credit = void(db, args.number)
    if args.json:
        emit_json(invoice_json(credit))
        return 0
    say(
        QCoreApplication.translate(
            "cli", "Invoice {number} voided by credit note {credit}."
        ).format(number=credit.credits_number, credit=credit.number)
    )
    return 0


def run_invoice_pdf(args: argparse.Namespace) -> int:
    """Save the stored PDF of an invoice."""
    from partage.services.invoicing import invoice_pdf

    with open_database(args) as db:
        data = invoice_pdf(db, args.number)
    path = Path(args.out).expanduser()
    _write(path, data)
    say(QCoreApplication.translate("cli", "Saved {path}.").format(path=str(path)))
    return 0


# --- settings ---------------------------------------------------------------------------


def settings_json(settings: DocumentSettings) -> dict[str, Any]:
    """The document settings, the logo as its size in bytes."""
    from partage.services.document_settings import format_rate

    return {
        "name": settings.name,
        "address": settings.address,
        "email": settings.email,
        "phone": settings.phone,
        "logo_bytes": len(settings.logo),
        "currency": settings.currency,
        "timezone": settings.timezone,
        "language": settings.language,
        "invoice_prefix": settings.invoice_prefix,
        "payment_terms_days": settings.payment_terms_days,
        "payment_instructions": settings.payment_instructions,
        "taxes": settings.taxes_enabled,
        "gst_number": settings.gst_number,
        "qst_number": settings.qst_number,
        "gst_rate": format_rate(settings.gst_rate, "."),
        "qst_rate": format_rate(settings.qst_rate, "."),
    }


def run_settings_show(args: argparse.Namespace) -> int:
    """Show the document settings."""
    from partage.services.document_settings import load

    with open_database(args) as db:
        settings = load(db)
    document = settings_json(settings)
    if args.json:
        emit_json(document)
        return 0
    for key, (field, _kind) in SETTING_KEYS.items():
        value = document.get(field, document.get("logo_bytes" if field == "logo" else field))
        if field == "taxes_enabled":
            value = "on" if settings.taxes_enabled else "off"
        print(f"{key}: {value}")
    return 0


def _setting_value(kind: str, text: str) -> object:
    from partage.errors import ValidationError
    from partage.services.document_settings import parse_rate, read_logo

    if kind == "file":
        if not text:
            return b""
        # Read with a bound (never /dev/zero to the end) and checked as an image.
        return read_logo(Path(text).expanduser())
    if kind == "switch":
        if text.lower() not in ("on", "off"):
            raise UsageError(
                QT_TRANSLATE_NOOP("errors", "“{text}” is not one of: {choices}."),
                text=text,
                choices="on, off",
            )
        return text.lower() == "on"
    if kind == "rate":
        try:
            return parse_rate(text)
        except ValidationError as error:  # not a rate at all: a usage error, as amounts
            raise UsageError(error.message, **error.params) from error
    if kind == "days":
        if not (text.strip().isascii() and text.strip().isdigit()) or len(text.strip()) > 9:
            raise UsageError(
                QT_TRANSLATE_NOOP("errors", "“{text}” is not a number of days."), text=text
            )
        return int(text)
    return text


def run_settings_set(args: argparse.Namespace) -> int:
    """Change one document setting."""
    from partage.services.document_settings import check_field, check_organisation_name, save_field

    field, kind = SETTING_KEYS[args.key]
    value = _setting_value(kind, args.value.replace("\\n", "\n"))
    if field == "name":  # a name given on the command line is never empty
        value = check_organisation_name(str(value), required=True)
    check_field(field, value)  # refused before the database is opened
    with open_database(args) as db:
        # Only this setting is written: one spoiled by another program can be mended
        # even while another one is spoiled too.
        save_field(db, field, value)
    say(QCoreApplication.translate("cli", "Setting {key} saved.").format(key=args.key))
    return 0
