"""Issuing statements as numbered invoices, voiding them with credit notes.

An invoice number comes from a gapless series per year (``2026-0001``, or with the
organisation's prefix ``CO-2026-0001``), handed out in the same write transaction that
stores the invoice: its lines, totals and PDF bytes. The series' counter row is locked
first (SELECT … FOR UPDATE on PostgreSQL; SQLite's BEGIN IMMEDIATE already serialises
writers), so two coordinators issuing at the same moment on the shared file get
consecutive numbers, never the same one and never a hole. Credit notes take their
number from the same series.

An issued invoice is never changed; a correction is a credit note that cancels it,
after which the period can be invoiced again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, aliased

from partage.changes import Change
from partage.errors import QT_TRANSLATE_NOOP, DamagedDatabase, NotFound, RuleViolation
from partage.models import Invoice, InvoiceCounter, InvoiceKind, InvoiceLine, Member
from partage.rendering import renderer
from partage.services import audit
from partage.services.costs import new_client_id
from partage.services.document_settings import DocumentSettings
from partage.services.document_settings import load as load_settings
from partage.services.governance import require_coordinator
from partage.services.ledger import INVOICE_STATUSES, invoice_standing
from partage.services.money import format_cents_plain
from partage.services.statements import CreditNote, Statement, build_statements, invoice_marks
from partage.storage import Database, revision

STATUSES = INVOICE_STATUSES


@dataclass(frozen=True)
class InvoiceRecord:
    """An issued invoice or credit note, with what has been paid against it."""

    id: int
    number: str
    kind: str
    member_id: int
    member_name: str
    language: str
    period_from: dt.date
    period_to: dt.date
    issued_on: dt.date
    due_on: dt.date
    subtotal_cents: int
    gst_cents: int
    qst_cents: int
    total_cents: int
    credits_number: str  # for a credit note: the invoice it cancels
    credited_by: str  # for a voided invoice: its credit note
    paid_cents: int
    status: str  # one of STATUSES
    amount_due_cents: int = 0  # still to pay on it

    def overdue(self, today: dt.date) -> bool:
        """True when an invoice is still owed after its due date."""
        return self.amount_due_cents > 0 and self.due_on < today


@dataclass(frozen=True)
class LineRecord:
    """One stored line of an issued document."""

    position: int
    kind: str
    description: str
    detail: str
    amount_cents: int


@dataclass
class BatchResult:
    """What a batch issue did."""

    issued: list[InvoiceRecord] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (member id, reason)
    cancelled: bool = False


def series_for(settings: DocumentSettings, day: dt.date) -> str:
    """The series an invoice issued on *day* is numbered in: "2026", or "CO-2026"."""
    prefix = settings.invoice_prefix
    if prefix and not prefix.endswith(("-", "/", "_")):
        prefix += "-"
    return f"{prefix}{day.year}"


def number_in(series: str, sequence: int) -> str:
    """The printed number: the series and the sequence on four digits ("2026-0001")."""
    return f"{series}-{sequence:04d}"


def _next_number(session: Session, series: str) -> int:
    """Lock the series' counter (creating it if need be) and take its next number.

    The change counter is held first (``revision.hold``): every write that numbers
    takes the two in the same order, and what the transaction reads afterwards is what
    is stored when it commits."""
    revision.hold(session)
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(
            postgresql.insert(InvoiceCounter)
            .values(series=series, last_number=0)
            .on_conflict_do_nothing(index_elements=["series"])
        )
    else:
        session.execute(
            sqlite.insert(InvoiceCounter)
            .values(series=series, last_number=0)
            .on_conflict_do_nothing(index_elements=["series"])
        )
    counter = session.execute(
        select(InvoiceCounter).where(InvoiceCounter.series == series).with_for_update()
    ).scalar_one()
    highest = session.scalar(select(func.max(Invoice.sequence)).where(Invoice.series == series))
    if highest is not None and counter.last_number < highest:
        # Set back by another program: the next number would be one already used.
        raise DamagedDatabase(
            QT_TRANSLATE_NOOP(
                "errors",
                "The counter of the invoice series {series} is at {counter}, behind its "
                "invoices (up to {highest}): the next invoice would take a number "
                "already used.",
            ),
            series=series,
            counter=counter.last_number,
            highest=highest,
        )
    counter.last_number += 1
    return counter.last_number


def _active_overlap(session: Session, member_id: int, start: dt.date, end: dt.date) -> str | None:
    """The number of a live invoice of *member_id* overlapping [start, end], if any."""
    credit = aliased(Invoice)
    return session.scalar(
        select(Invoice.number)
        .outerjoin(credit, credit.credits_id == Invoice.id)
        .where(
            Invoice.member_id == member_id,
            Invoice.kind == InvoiceKind.INVOICE.value,
            credit.id.is_(None),
            Invoice.period_from <= end,
            Invoice.period_to >= start,
        )
        .limit(1)
    )


def predicted_numbers(db: Database, statements: Sequence[Statement]) -> list[str]:
    """The numbers *statements* would get if issued one after the other now ("" for one
    that would be refused: nothing to invoice, or already invoiced for the period).

    Only a forecast, read without locking: another coordinator may issue meanwhile. The
    PDF drawn with it is stored only if the number actually handed out is the same.
    """
    predicted: list[str] = []
    taken: dict[str, int] = {}
    with db.read() as session:
        for statement in statements:
            if statement.total_cents == 0 or _active_overlap(
                session, statement.member_id, statement.start, statement.end
            ):
                predicted.append("")
                continue
            series = series_for(statement.settings, statement.issued_on)
            if series not in taken:
                taken[series] = int(
                    session.scalar(
                        select(InvoiceCounter.last_number).where(InvoiceCounter.series == series)
                    )
                    or 0
                )
            taken[series] += 1
            predicted.append(number_in(series, taken[series]))
    return predicted


def require_ended_period(
    start: dt.date,
    end: dt.date,
    *,
    allow_open_period: bool = False,
    today: dt.date | None = None,
) -> None:
    """Refuse to issue for [start, end] while it has not ended, unless asked for.

    Invoices issued before the end of their period miss whatever happens until then
    (costs, bookings, payments), and an issued invoice is permanent; so an open period is
    issued only on an explicit request (``--allow-open-period``, or the window's warning,
    accepted).

    Args:
        start: the first day of the period.
        end: the last day of the period (included).
        allow_open_period: the person asked to issue before the period ends.
        today: the current day (default: the computer's).

    Raises:
        RuleViolation: *end* is after today and *allow_open_period* is false.
    """
    day = today or dt.date.today()
    if end > day and not allow_open_period:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "errors",
                "The period {start} – {end} has not ended (today is {today}): its invoices "
                "would miss what happens until then. Issue it after it ends, or ask for an "
                "open period explicitly.",
            ),
            start=start.isoformat(),
            end=end.isoformat(),
            today=day.isoformat(),
        )


class AlreadyInvoiced(RuleViolation):
    """The member already has a live invoice for an overlapping period."""


class NothingToInvoice(RuleViolation):
    """The statement's amount is zero."""


class _StatementMoved(Exception):
    """Inside the write: what the statement was built from changed since."""


# How many times a statement is built again because the file moved while it was issued.
REBUILD_ATTEMPTS = 3


def issue(
    db: Database,
    statement: Statement,
    *,
    client_id: str | None = None,
    rendered: tuple[str, bytes] | None = None,
    allow_open_period: bool = False,
) -> InvoiceRecord:
    """Issue *statement* as an invoice: number, lines, totals and PDF stored at once.

    The PDF is drawn before the write transaction, with the number the series' counter
    predicts (or taken from *rendered*: a number and the PDF drawn with it), so the
    shared file is locked only for the short write. If another coordinator took that
    number meanwhile, the PDF is drawn again inside the transaction with the number
    actually handed out. A retry with the same *client_id* returns the invoice already
    issued. A period that ends after today is refused unless *allow_open_period*.

    The invoice holds exactly what the file holds when it is stored: inside the write,
    with every other write held back, the statement's basis (the change counter and the
    member's invoices when it was built) is compared with the file's; when someone
    changed anything it shows since (a cost added, a payment, another invoice to the
    member), the statement is built again, drawn again and the write tried again.

    Raises:
        RuleViolation: the period has not ended (and *allow_open_period* is false),
            nothing to invoice (``NothingToInvoice``), the member already has a live
            invoice for an overlapping period (``AlreadyInvoiced``: void it first), or
            the file kept changing while the statement was built again.
        NotFound: the member no longer exists.
    """
    require_ended_period(statement.start, statement.end, allow_open_period=allow_open_period)
    key = client_id or new_client_id()
    for _attempt in range(REBUILD_ATTEMPTS):
        try:
            return _issue_once(db, statement, key, rendered)
        except _StatementMoved:
            statement = _built_again(db, statement)
            rendered = None
    raise RuleViolation(
        QT_TRANSLATE_NOOP(
            "errors",
            "The figures of {member} kept changing while the invoice was being issued; "
            "nothing was issued. Try again in a moment.",
        ),
        member=statement.member_name,
    )


def _built_again(db: Database, statement: Statement) -> Statement:
    """*statement* built again from what the file holds now, in the same language."""
    again = build_statements(
        db,
        statement.start,
        statement.end,
        member_ids=[statement.member_id],
        issued_on=statement.issued_on,
    )
    if not again:
        raise NothingToInvoice(
            QT_TRANSLATE_NOOP("errors", "There is nothing to invoice to {member} in this period."),
            member=statement.member_name,
        )
    return dataclasses.replace(again[0], language=statement.language)


def _moved_since_built(session: Session, statement: Statement) -> bool:
    """Whether anything *statement* shows changed since it was built (call it with the
    counter held: ``revision.hold``)."""
    now = revision.current(session)
    moved = revision.changed_since(session, statement.basis_revision, now)
    # Invoices are compared for this member only: a batch's own invoices to the others
    # change nothing this statement shows. The audit log is never shown on one.
    if moved & ~(Change.INVOICE | Change.AUDIT):
        return True
    marks = invoice_marks(session, statement.member_id)
    return marks.get(statement.member_id, (0, 0)) != statement.basis_invoices


def _issue_once(
    db: Database, statement: Statement, key: str, rendered: tuple[str, bytes] | None
) -> InvoiceRecord:
    """One try at storing *statement*; ``_StatementMoved`` when it is out of date."""
    draw = renderer()
    if statement.total_cents == 0:
        raise NothingToInvoice(
            QT_TRANSLATE_NOOP("errors", "There is nothing to invoice to {member} in this period."),
            member=statement.member_name,
        )
    if rendered is None:
        predicted = predicted_numbers(db, [statement])[0]
        if predicted:
            rendered = (predicted, draw.statement_pdf(statement, number=predicted))
    lines = draw.charge_lines(statement)
    series = series_for(statement.settings, statement.issued_on)

    def operation(session: Session) -> InvoiceRecord:
        existing = session.scalar(select(Invoice).where(Invoice.client_id == key))
        if existing is not None:
            return _record(session, existing)
        require_coordinator(session, db.actor)
        if session.get(Member, statement.member_id) is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "No member “{ref}”."), ref=str(statement.member_id)
            )
        sequence = _next_number(session, series)
        clash = _active_overlap(session, statement.member_id, statement.start, statement.end)
        if clash is not None:
            raise AlreadyInvoiced(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{member} already has invoice {number} for this period. "
                    "Void it first to issue a corrected one.",
                ),
                member=statement.member_name,
                number=clash,
            )
        if _moved_since_built(session, statement):
            raise _StatementMoved
        number = number_in(series, sequence)
        if rendered is not None and rendered[0] == number:
            pdf = rendered[1]
        else:  # someone else issued since the forecast: drawn again with this number
            pdf = draw.statement_pdf(statement, number=number)
        invoice = Invoice(
            number=number,
            series=series,
            sequence=sequence,
            kind=InvoiceKind.INVOICE.value,
            member_id=statement.member_id,
            member_name=statement.member_name,
            member_address=statement.member_address,
            language=statement.language,
            currency=statement.settings.currency,
            period_from=statement.start,
            period_to=statement.end,
            issued_on=statement.issued_on,
            due_on=statement.due_on,
            subtotal_cents=statement.subtotal_cents,
            gst_cents=statement.gst_cents,
            qst_cents=statement.qst_cents,
            total_cents=statement.total_cents,
            pdf=pdf,
            client_id=key,
            issued_by=db.actor.display_name or db.actor.os_user,
        )
        session.add(invoice)
        session.flush()
        _add_lines(session, invoice.id, lines, statement)
        audit.record(
            session,
            db.actor,
            "issue",
            "invoice",
            invoice.id,
            f"{number} to member {statement.member_id}: "
            f"{format_cents_plain(statement.total_cents)}",
        )
        return _record(session, invoice)

    return db.write(operation)


def _add_lines(
    session: Session,
    invoice_id: int,
    lines: Sequence[tuple[str, str, int, int | None]],
    statement: Statement,
) -> None:
    position = 0
    for position, (description, detail, cents, asset_id) in enumerate(lines, start=1):
        session.add(
            InvoiceLine(
                invoice_id=invoice_id,
                position=position,
                kind="charge",
                description=description,
                detail=detail,
                amount_cents=cents,
                asset_id=asset_id,
            )
        )
    for kind, cents in (("gst", statement.gst_cents), ("qst", statement.qst_cents)):
        if cents:
            position += 1
            session.add(
                InvoiceLine(
                    invoice_id=invoice_id,
                    position=position,
                    kind=kind,
                    description=kind.upper(),
                    detail="",
                    amount_cents=cents,
                )
            )


def issue_all(
    db: Database,
    start: dt.date,
    end: dt.date,
    *,
    member_ids: Sequence[int] | None = None,
    issued_on: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
    allow_open_period: bool = False,
) -> BatchResult:
    """Issue every member's statement for [start, end]; one short write per invoice.

    Members with nothing to invoice, or already invoiced for the period, are skipped and
    listed. *cancelled* is asked between invoices: what is issued stays issued.

    Raises:
        RuleViolation: the period ends after today and *allow_open_period* is false;
            nothing is issued.
    """
    require_ended_period(start, end, allow_open_period=allow_open_period)
    statements = build_statements(db, start, end, member_ids=member_ids, issued_on=issued_on)
    return issue_statements(
        db,
        statements,
        progress=progress,
        cancelled=cancelled,
        workers=workers,
        allow_open_period=allow_open_period,
    )


def issue_statements(
    db: Database,
    statements: Sequence[Statement],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
    allow_open_period: bool = False,
) -> BatchResult:
    """Issue *statements* one after the other, their PDFs drawn beforehand in parallel.

    The numbers are forecast from the series' counter (``predicted_numbers``), the PDFs
    drawn with them on several processes (``rendering``'s ``statement_pdfs``; *workers*
    forces how many),
    and each invoice is then stored in its own short write transaction, as soon as its
    PDF is ready. The number is still handed out inside that transaction, gapless and
    unique; when it differs from the forecast (another coordinator issued meanwhile) the
    PDF is drawn again there with the right one.

    Raises:
        RuleViolation: a statement's period ends after today and *allow_open_period* is
            false; checked for every statement first, so nothing is issued.
    """
    # Before anything is drawn or numbered: a refusal inside the loop below would only
    # skip that member, and the rest of an open period would still be issued.
    for start, end in sorted({(s.start, s.end) for s in statements}):
        require_ended_period(start, end, allow_open_period=allow_open_period)
    result = BatchResult()
    predicted = predicted_numbers(db, statements)
    jobs = [(s, n) for s, n in zip(statements, predicted, strict=True) if n]
    pdfs = renderer().statement_pdfs(jobs, workers=workers)
    try:
        for index, (statement, number) in enumerate(zip(statements, predicted, strict=True)):
            if cancelled is not None and cancelled():
                result.cancelled = True
                break
            # No forecast (refused, as far as the forecast could tell): nothing drawn
            # beforehand, and "" never matches, so only an invoice really issued is drawn.
            rendered = (number, next(pdfs)) if number else ("", b"")
            if statement.total_cents == 0:
                result.skipped.append((statement.member_id, "nothing"))
            else:
                try:
                    result.issued.append(
                        issue(
                            db,
                            statement,
                            rendered=rendered,
                            allow_open_period=allow_open_period,
                        )
                    )
                except NothingToInvoice:  # nothing left once built again
                    result.skipped.append((statement.member_id, "nothing"))
                except AlreadyInvoiced:
                    result.skipped.append((statement.member_id, "already"))
            if progress is not None:
                progress(index + 1, len(statements))
    finally:
        pdfs.close()  # a cancelled batch: the chunks not started are dropped
    return result


def void(
    db: Database,
    number: str,
    *,
    issued_on: dt.date | None = None,
    client_id: str | None = None,
) -> InvoiceRecord:
    """Cancel invoice *number* with a credit note of the opposite amounts.

    Raises:
        NotFound: no invoice with that number.
        RuleViolation: it is a credit note, or is already voided.
    """
    key = client_id or new_client_id()
    day = issued_on or dt.date.today()
    settings = load_settings(db)

    def operation(session: Session) -> InvoiceRecord:
        existing = session.scalar(select(Invoice).where(Invoice.client_id == key))
        if existing is not None:
            return _record(session, existing)
        require_coordinator(session, db.actor)
        original = session.scalar(select(Invoice).where(Invoice.number == number.strip()))
        if original is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No invoice “{ref}”."), ref=number)
        if original.kind != InvoiceKind.INVOICE.value:
            raise RuleViolation(
                QT_TRANSLATE_NOOP("errors", "{number} is a credit note; it cannot be voided."),
                number=original.number,
            )
        series = series_for(settings, day)
        sequence = _next_number(session, series)
        already = session.scalar(select(Invoice.number).where(Invoice.credits_id == original.id))
        if already is not None:
            raise RuleViolation(
                QT_TRANSLATE_NOOP(
                    "errors", "Invoice {number} is already voided by credit note {credit}."
                ),
                number=original.number,
                credit=already,
            )
        credit_number = number_in(series, sequence)
        lines = session.scalars(
            select(InvoiceLine)
            .where(InvoiceLine.invoice_id == original.id)
            .order_by(InvoiceLine.position)
        ).all()
        credit = Invoice(
            number=credit_number,
            series=series,
            sequence=sequence,
            kind=InvoiceKind.CREDIT_NOTE.value,
            member_id=original.member_id,
            member_name=original.member_name,
            member_address=original.member_address,
            language=original.language,
            currency=original.currency,
            period_from=original.period_from,
            period_to=original.period_to,
            issued_on=day,
            due_on=day,
            subtotal_cents=-original.subtotal_cents,
            gst_cents=-original.gst_cents,
            qst_cents=-original.qst_cents,
            total_cents=-original.total_cents,
            credits_id=original.id,
            pdf=renderer().credit_note_pdf(
                CreditNote(
                    number=credit_number,
                    issued_on=day,
                    credits_number=original.number,
                    credits_issued_on=original.issued_on,
                    member_id=original.member_id,
                    member_name=original.member_name,
                    member_address=original.member_address,
                    language=original.language,
                    currency=original.currency,
                    period_from=original.period_from,
                    period_to=original.period_to,
                    lines=tuple((x.kind, x.description, x.detail, -x.amount_cents) for x in lines),
                    subtotal_cents=-original.subtotal_cents,
                    gst_cents=-original.gst_cents,
                    qst_cents=-original.qst_cents,
                    total_cents=-original.total_cents,
                ),
                settings,
            ),
            client_id=key,
            issued_by=db.actor.display_name or db.actor.os_user,
        )
        session.add(credit)
        session.flush()
        for line in lines:
            session.add(
                InvoiceLine(
                    invoice_id=credit.id,
                    position=line.position,
                    kind=line.kind,
                    description=line.description,
                    detail=line.detail,
                    amount_cents=-line.amount_cents,
                    asset_id=line.asset_id,
                )
            )
        audit.record(
            session,
            db.actor,
            "void",
            "invoice",
            original.id,
            f"{original.number} voided by {credit_number}",
        )
        return _record(session, credit)

    return db.write(operation)


# --- reading ----------------------------------------------------------------------------


def _records(session: Session, rows: Sequence[Invoice]) -> list[InvoiceRecord]:
    ids = {row.id: row.number for row in rows}
    credited_by = {
        row.credits_id: row.number
        for row in session.execute(
            select(Invoice.credits_id, Invoice.number).where(
                Invoice.credits_id.in_(list(ids))
                if len(ids) < 500
                else Invoice.credits_id.is_not(None)
            )
        )
    }
    missing = [row.credits_id for row in rows if row.credits_id and row.credits_id not in ids]
    if missing:
        ids.update(
            (row_id, row_number)
            for row_id, row_number in session.execute(
                select(Invoice.id, Invoice.number).where(Invoice.id.in_(missing))
            )
        )
    # What is paid and still due on each comes from the member ledger's credits.
    standing = invoice_standing(session, {row.member_id for row in rows})
    records = []
    for row in rows:
        voided_by = credited_by.get(row.id, "")
        state = standing[row.id]
        received, status = state.paid_cents, state.status
        records.append(
            InvoiceRecord(
                id=row.id,
                number=row.number,
                kind=row.kind,
                member_id=row.member_id,
                member_name=row.member_name,
                language=row.language,
                period_from=row.period_from,
                period_to=row.period_to,
                issued_on=row.issued_on,
                due_on=row.due_on,
                subtotal_cents=row.subtotal_cents,
                gst_cents=row.gst_cents,
                qst_cents=row.qst_cents,
                total_cents=row.total_cents,
                credits_number=ids.get(row.credits_id, "") if row.credits_id else "",
                credited_by=voided_by,
                paid_cents=received,
                status=status,
                amount_due_cents=state.due_cents,
            )
        )
    return records


def _record(session: Session, row: Invoice) -> InvoiceRecord:
    return _records(session, [row])[0]


def list_invoices(db: Database, member_id: int | None = None) -> list[InvoiceRecord]:
    """Issued invoices and credit notes, newest number first."""
    query = select(Invoice).order_by(Invoice.series.desc(), Invoice.sequence.desc())
    if member_id is not None:
        query = query.where(Invoice.member_id == member_id)
    with db.read() as session:
        return _records(session, session.scalars(query).all())


def get_invoice(db: Database, number: str) -> InvoiceRecord:
    """The invoice or credit note *number*.

    Raises:
        NotFound: no such number.
    """
    with db.read() as session:
        row = session.scalar(select(Invoice).where(Invoice.number == number.strip()))
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No invoice “{ref}”."), ref=number)
        return _record(session, row)


def invoice_lines(db: Database, number: str) -> list[LineRecord]:
    """The stored lines of *number*, in order."""
    with db.read() as session:
        return [
            LineRecord(x.position, x.kind, x.description, x.detail, x.amount_cents)
            for x in session.scalars(
                select(InvoiceLine)
                .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
                .where(Invoice.number == number.strip())
                .order_by(InvoiceLine.position)
            )
        ]


def invoice_pdf(db: Database, number: str) -> bytes:
    """The PDF bytes stored when *number* was issued.

    Raises:
        NotFound: no such number.
    """
    with db.read() as session:
        pdf = session.scalar(select(Invoice.pdf).where(Invoice.number == number.strip()))
    if pdf is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No invoice “{ref}”."), ref=number)
    return bytes(pdf)


def series_problems(session: Session) -> list[tuple[str, str]]:
    """Holes, duplicates and counter mismatches in every invoice series.

    Returns (series, what is wrong) pairs, empty when every series runs 1..N with its
    counter at N.
    """
    problems: list[tuple[str, str]] = []
    counters = dict(
        session.execute(select(InvoiceCounter.series, InvoiceCounter.last_number)).all()
    )
    sequences: dict[str, list[int]] = {}
    for series, sequence in session.execute(
        select(Invoice.series, Invoice.sequence).order_by(Invoice.series, Invoice.sequence)
    ):
        sequences.setdefault(series, []).append(sequence)
    for series, found in sequences.items():
        expected = list(range(1, len(found) + 1))
        if found != expected:
            missing = sorted(set(expected) - set(found))
            problems.append(
                (series, f"numbers {found[:5]}… not 1..{len(found)}; missing {missing[:5]}")
            )
        if counters.get(series, 0) != len(found):
            problems.append(
                (series, f"counter at {counters.get(series, 0)}, {len(found)} invoices")
            )
    return problems


def series_problems_in(db: Database) -> list[tuple[str, str]]:
    """``series_problems`` over *db*."""
    with db.read() as session:
        return series_problems(session)
