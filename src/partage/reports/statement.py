"""A member's statement in words, in the member's language: the text of the PDF.

Each string is marked for the catalogs with ``translate("statement", …)`` and looked up
in the document's own language (``DocumentLanguage``), so a batch of statements in
French and English never changes the language of the window that prints them.
"""

from __future__ import annotations

import datetime as dt
import functools

from partage.explain import category_label, explain
from partage.i18n import DocumentLanguage, format_date, format_money
from partage.reports.layout import Column, Document, Row, RowData, Table, render
from partage.services.document_settings import DocumentSettings, format_rate
from partage.services.statements import (
    DETAILED_SHARES,
    BookingUse,
    ChargeGroup,
    Credit,
    CreditNote,
    Share,
    Statement,
)


class _Words:
    """The document's language: its catalog, its formats, its fixed labels."""

    def __init__(self, language: str, currency: str) -> None:
        self.tr = DocumentLanguage.get(language)
        self.locale = self.tr.locale
        self.currency = currency
        self.labels = _translations(self)
        self.categories: dict[str, str] = {}
        self._explained: dict[tuple[object, ...], str] = {}
        self._money: dict[int, str] = {}  # formatted once per batch: amounts repeat
        self._dates: dict[dt.date, str] = {}
        self._numbers: dict[int, str] = {}
        self._hours: dict[int, str] = {}
        self._counts: dict[tuple[tuple[str, int], ...], str] = {}
        # (shares, their categories, the period's amount, the latest's explanation)
        self.summaries: dict[tuple[object, ...], str] = {}

    def explained(self, share: Share) -> str:
        """The explanation of *share*; members whose shares are worked out alike (an
        equal split) get the same words, so each is written once per batch."""
        cost, allocation = share.cost, share.allocation
        key = (
            share.info,
            cost.amount_cents,
            cost.days_in_period,
            cost.days_total,
            allocation.amount_cents,
            allocation.factors,
        )
        found = self._explained.get(key)
        if found is None:
            if len(self._explained) > 100_000:  # a long batch: start afresh
                self._explained.clear()
            found = explain(allocation, cost, share.info, self.locale, self.currency, self.tr)
            self._explained[key] = found
        return found

    def category(self, category: str) -> str:
        found = self.categories.get(category)
        if found is None:
            found = self.categories[category] = category_label(category, self.tr)
        return found

    def money(self, cents: int) -> str:
        found = self._money.get(cents)
        if found is None:
            if len(self._money) > 100_000:
                self._money.clear()
            found = self._money[cents] = format_money(cents, self.locale, self.currency)
        return found

    def date(self, day: dt.date) -> str:
        found = self._dates.get(day)
        if found is None:
            found = self._dates[day] = format_date(day, self.locale)
        return found

    def number(self, value: int) -> str:
        found = self._numbers.get(value)
        if found is None:
            if len(self._numbers) > 100_000:
                self._numbers.clear()
            found = self._numbers[value] = self.locale.toString(value)
        return found

    def hours(self, minutes: int) -> str:
        """*minutes* as hours: "3 h", "1,5 h"."""
        found = self._hours.get(minutes)
        if found is None:
            hours, rest = divmod(minutes, 60)
            value = self.number(hours) if not rest else self.locale.toString(minutes / 60, "f", 1)
            found = self._hours[minutes] = self.labels["hours"].format(hours=value)
        return found

    def counts(self, categories: tuple[tuple[str, int], ...]) -> str:
        """Shares per cost category: "consumables 3, fuel 2"."""
        found = self._counts.get(categories)
        if found is None:
            if len(self._counts) > 100_000:
                self._counts.clear()
            found = self._counts[categories] = ", ".join(
                f"{self.category(c).lower()} {self.number(n)}" for c, n in categories
            )
        return found


@functools.lru_cache(maxsize=8)
def _words(language: str, currency: str) -> _Words:
    """The (cached) words of one language and currency: a batch looks labels up once."""
    return _Words(language, currency)


def forget_words() -> None:
    """Forget the words of every language: the next batch formats its text afresh."""
    _words.cache_clear()


def _translations(w: _Words) -> dict[str, str]:
    """Every fixed label, looked up once per document."""
    translate = w.tr.translate
    return {
        "title": translate("statement", "STATEMENT AND INVOICE"),
        "credit_title": translate("statement", "CREDIT NOTE"),
        "credited": translate("statement", "Lines credited"),
        "credit_note": translate("statement", "About this credit note"),
        "credit_note_text": translate(
            "statement",
            "This credit note cancels invoice {number} in full. A corrected invoice for "
            "the same period may follow.",
        ),
        "draft": translate("statement", "DRAFT"),
        "number": translate("statement", "No. {number}"),
        "bill_to": translate("statement", "Bill to"),
        "period": translate("statement", "Period"),
        "period_value": translate("statement", "{start} to {end}"),
        "issued": translate("statement", "Issued on"),
        "due": translate("statement", "Due on"),
        "member_no": translate("statement", "Member no."),
        "credits_invoice": translate("statement", "Cancels invoice"),
        "shares": translate("statement", "Your share of the costs"),
        "col_cost": translate("statement", "Asset or cost"),
        "col_count": translate("statement", "Costs"),
        "col_period": translate("statement", "In the period"),
        "col_share": translate("statement", "Your share"),
        "no_shares": translate("statement", "No cost to share in this period."),
        "overhead": translate("statement", "Group overhead — {category}"),
        "bookings": translate("statement", "Your bookings"),
        "col_when": translate("statement", "When"),
        "col_asset": translate("statement", "Asset"),
        "col_hours": translate("statement", "Time"),
        "col_use": translate("statement", "Use"),
        "no_bookings": translate("statement", "No booking in this period."),
        "credits": translate("statement", "Payments and credits"),
        "col_date": translate("statement", "Date"),
        "col_description": translate("statement", "Description"),
        "col_amount": translate("statement", "Amount"),
        "no_credits": translate("statement", "No payment in this period."),
        "payment": translate("statement", "Payment"),
        "payment_for": translate("statement", "Payment — invoice {number}"),
        "expense": translate("statement", "Expense paid for the group — {what}"),
        "forward": translate("statement", "Balance brought forward"),
        "uninvoiced": translate("statement", "Charges before this period not yet invoiced"),
        "uninvoiced_detail": translate(
            "statement",
            "Your share of costs up to {day} that no earlier invoice asked for (a period "
            "not invoiced, or a cost recorded after its period was invoiced).",
        ),
        "opening": translate("statement", "Opening balance"),
        "adjustment": translate("statement", "Adjustment"),
        "subtotal": translate("statement", "Subtotal"),
        "gst": translate("statement", "GST ({rate}%)"),
        "qst": translate("statement", "QST ({rate}%)"),
        "total": translate("statement", "Total of this invoice"),
        "credit_total": translate("statement", "Total credited"),
        "less_credits": translate("statement", "Less payments and credits"),
        "due_amount": translate("statement", "Amount due"),
        "credit_amount": translate("statement", "Amount in your favour"),
        "instructions": translate("statement", "How to pay"),
        "how_split": translate("statement", "How your share is computed"),
        "how_split_text": translate(
            "statement",
            "Each cost is shared among the members by the rule of its asset: equally among "
            "the members of the period, by ownership shares, by use (hours booked or "
            "kilometres driven), or by agreed weights. A cost spread over a period counts "
            "for the days that fall in this one. Ask your coordinator for the detail of any "
            "line.",
        ),
        "summary": translate(
            "statement", "{count} costs ({categories}), {amount} in the period; the latest: "
        ),
        "continued": translate("statement", "(continued)"),
        "page": translate("statement", "Page {page} of {pages}"),
        "gst_no": translate("statement", "GST no. {number}"),
        "qst_no": translate("statement", "QST no. {number}"),
        "hours": translate("statement", "{hours} h"),
        "km": translate("statement", "{value} km"),
        "meter_hours": translate("statement", "{value} h of use"),
    }


def _group_label(group: ChargeGroup, w: _Words, labels: dict[str, str]) -> str:
    if group.asset_id is not None:
        return group.asset_name
    return labels["overhead"].format(category=w.category(group.category))


def _group_detail(group: ChargeGroup, w: _Words, labels: dict[str, str]) -> str:
    if group.share_count <= DETAILED_SHARES:
        return "; ".join(w.explained(share) for share in group.shares)
    latest = w.explained(group.shares[-1])
    # Every member sharing an asset's costs alike gets the same summary: written once.
    key = (group.share_count, group.categories, group.period_cents, latest)
    found = w.summaries.get(key)
    if found is None:
        if len(w.summaries) > 100_000:
            w.summaries.clear()
        head = labels["summary"].format(
            count=w.number(group.share_count),
            categories=w.counts(group.categories),
            amount=w.money(group.period_cents),
        )
        found = w.summaries[key] = head + latest
    return found


def _booking_row(b: BookingUse, w: _Words, labels: dict[str, str]) -> RowData:
    same_day = b.start.date() == b.end.date() or (
        b.end.date() == b.start.date() + dt.timedelta(days=1) and b.end.time() == dt.time(0)
    )
    start, end = b.start, b.end
    if same_day:
        when = (
            f"{w.date(start.date())} {start.hour:02d}:{start.minute:02d}–"
            f"{end.hour:02d}:{end.minute:02d}"
        )
    else:
        when = (
            f"{w.date(start.date())} {start.hour:02d}:{start.minute:02d} – "
            f"{w.date(end.date())} {end.hour:02d}:{end.minute:02d}"
        )
    use = ""
    if b.meter_used is not None:
        template = labels["km"] if b.meter_unit == "km" else labels["meter_hours"]
        use = template.format(value=w.number(b.meter_used))
    return ((when, b.asset_name, w.hours(b.minutes), use), "", False)


def _credit_row(c: Credit, w: _Words, labels: dict[str, str]) -> Row:
    if c.kind == "payment":
        text = (
            labels["payment_for"].format(number=c.reference) if c.reference else labels["payment"]
        )
    elif c.kind in ("opening", "adjustment"):
        text = labels[c.kind] + (f" — {c.reference}" if c.reference else "")
    else:
        what = c.reference or w.category(c.category)
        text = labels["expense"].format(what=what)
    return Row((w.date(c.day), text, w.money(c.amount_cents)))


def charge_lines(statement: Statement) -> list[tuple[str, str, int, int | None]]:
    """(description, explanation, cents, asset id) per charge, in the member's language.

    What an issued invoice stores as its lines.
    """
    w = _words(statement.language, statement.settings.currency)
    labels = w.labels
    found: list[tuple[str, str, int, int | None]] = []
    if statement.uninvoiced_cents:
        found.append(
            (
                labels["uninvoiced"],
                _uninvoiced_detail(statement, w),
                statement.uninvoiced_cents,
                None,
            )
        )
    found.extend(
        (_group_label(g, w, labels), _group_detail(g, w, labels), g.amount_cents, g.asset_id)
        for g in statement.charges
    )
    return found


def _uninvoiced_detail(statement: Statement, w: _Words) -> str:
    day = statement.start - dt.timedelta(days=1)
    return w.labels["uninvoiced_detail"].format(day=w.date(day))


def _issuer(settings: DocumentSettings) -> tuple[str, ...]:
    issuer = [settings.name or "—"]
    issuer.extend(line for line in settings.address.splitlines() if line.strip())
    issuer.extend(x for x in (settings.email, settings.phone) if x)
    return tuple(issuer)


def _footer(settings: DocumentSettings, labels: dict[str, str]) -> str:
    parts = [settings.name] if settings.name else []
    if settings.gst_number:
        parts.append(labels["gst_no"].format(number=settings.gst_number))
    if settings.qst_number:
        parts.append(labels["qst_no"].format(number=settings.qst_number))
    return " · ".join(parts)


def document(statement: Statement, *, number: str = "") -> Document:
    """The printable text of *statement*: a draft, or the invoice *number*."""
    settings = statement.settings
    w = _words(statement.language, settings.currency)
    labels = w.labels
    facts = [
        (
            labels["period"],
            labels["period_value"].format(start=w.date(statement.start), end=w.date(statement.end)),
        ),
        (labels["issued"], w.date(statement.issued_on)),
        (labels["due"], w.date(statement.due_on)),
    ]
    facts.append((labels["member_no"], w.number(statement.member_id)))

    money_columns = (
        Column(labels["col_cost"], 0.52),
        Column(labels["col_count"], 0.10, "right"),
        Column(labels["col_period"], 0.19, "right"),
        Column(labels["col_share"], 0.19, "right"),
    )
    # Rows as the plain tuples a Row is (cells, detail, bold): a year has a thousand.
    count_text, money_text = w.number, w.money
    charge_rows: tuple[RowData, ...] = tuple(
        (
            (
                _group_label(g, w, labels),
                count_text(g.share_count),
                money_text(g.period_cents),
                money_text(g.amount_cents),
            ),
            _group_detail(g, w, labels),
            False,
        )
        for g in statement.charges
    )
    if statement.uninvoiced_cents:
        charge_rows = (
            (
                (labels["uninvoiced"], "", "", money_text(statement.uninvoiced_cents)),
                _uninvoiced_detail(statement, w),
                False,
            ),
            *charge_rows,
        )
    tables = (
        Table(
            labels["shares"], money_columns, charge_rows, labels["no_shares"], labels["continued"]
        ),
        Table(
            labels["bookings"],
            (
                Column(labels["col_when"], 0.36),
                Column(labels["col_asset"], 0.36),
                Column(labels["col_hours"], 0.12, "right"),
                Column(labels["col_use"], 0.16, "right"),
            ),
            tuple(_booking_row(b, w, labels) for b in statement.bookings),
            labels["no_bookings"],
            labels["continued"],
        ),
        Table(
            labels["credits"],
            (
                Column(labels["col_date"], 0.16),
                Column(labels["col_description"], 0.64),
                Column(labels["col_amount"], 0.20, "right"),
            ),
            tuple(_credit_row(c, w, labels) for c in statement.credits),
            labels["no_credits"],
            labels["continued"],
        ),
    )
    totals = [(labels["forward"], w.money(statement.brought_forward_cents), False)]
    if settings.taxes_enabled:
        point = w.locale.decimalPoint()
        totals.append((labels["subtotal"], w.money(statement.subtotal_cents), False))
        totals.append(
            (
                labels["gst"].format(rate=format_rate(settings.gst_rate, point)),
                w.money(statement.gst_cents),
                False,
            )
        )
        totals.append(
            (
                labels["qst"].format(rate=format_rate(settings.qst_rate, point)),
                w.money(statement.qst_cents),
                False,
            )
        )
    totals.append((labels["total"], w.money(statement.total_cents), False))
    totals.append((labels["less_credits"], w.money(-statement.credits_cents), False))
    due = statement.amount_due_cents
    totals.append(
        (labels["due_amount"] if due >= 0 else labels["credit_amount"], w.money(abs(due)), True)
    )
    notes: list[tuple[str, str]] = []
    if settings.payment_instructions:
        notes.append((labels["instructions"], settings.payment_instructions))
    if statement.charges:
        notes.append((labels["how_split"], labels["how_split_text"]))
    recipient = [statement.member_name]
    recipient.extend(line for line in statement.member_address.splitlines() if line.strip())
    if statement.member_email:
        recipient.append(statement.member_email)
    return Document(
        title=labels["title"],
        number=labels["number"].format(number=number) if number else labels["draft"],
        issuer=_issuer(settings),
        recipient_label=labels["bill_to"],
        recipient=tuple(recipient),
        facts=tuple(facts),
        tables=tables,
        totals=tuple(totals),
        notes=tuple(notes),
        footer=_footer(settings, labels),
        page_label=labels["page"],
        watermark="" if number else labels["draft"],
        logo=settings.logo,
        language=f"{statement.language}-CA",
        subject=f"{statement.member_name} {statement.start}–{statement.end}",
        author=settings.name,
        keywords=tuple(x for x in (number, statement.member_name) if x),
    )


def statement_pdf(statement: Statement, *, number: str = "") -> bytes:
    """*statement* as PDF bytes: a draft, or the invoice *number*."""
    return render(document(statement, number=number))


def credit_note_document(note: CreditNote, settings: DocumentSettings) -> Document:
    """The printable text of a credit note, in the language of the invoice it cancels."""
    w = _words(note.language, note.currency)
    labels = w.labels
    facts = (
        (
            labels["period"],
            labels["period_value"].format(
                start=w.date(note.period_from), end=w.date(note.period_to)
            ),
        ),
        (labels["issued"], w.date(note.issued_on)),
        (
            labels["credits_invoice"],
            f"{note.credits_number} ({w.date(note.credits_issued_on)})",
        ),
        (labels["member_no"], w.number(note.member_id)),
    )
    rows = tuple(
        Row((description, w.money(cents)), detail=detail)
        for kind, description, detail, cents in note.lines
        if kind == "charge"
    )
    table = Table(
        labels["credited"],
        (Column(labels["col_description"], 0.78), Column(labels["col_amount"], 0.22, "right")),
        rows,
        "",
        labels["continued"],
    )
    totals: list[tuple[str, str, bool]] = []
    if note.gst_cents or note.qst_cents:
        point = w.locale.decimalPoint()
        totals.append((labels["subtotal"], w.money(note.subtotal_cents), False))
        totals.append(
            (
                labels["gst"].format(rate=format_rate(settings.gst_rate, point)),
                w.money(note.gst_cents),
                False,
            )
        )
        totals.append(
            (
                labels["qst"].format(rate=format_rate(settings.qst_rate, point)),
                w.money(note.qst_cents),
                False,
            )
        )
    totals.append((labels["credit_total"], w.money(note.total_cents), True))
    recipient = [note.member_name]
    recipient.extend(line for line in note.member_address.splitlines() if line.strip())
    return Document(
        title=labels["credit_title"],
        number=labels["number"].format(number=note.number),
        issuer=_issuer(settings),
        recipient_label=labels["bill_to"],
        recipient=tuple(recipient),
        facts=facts,
        tables=(table,),
        totals=tuple(totals),
        notes=(
            (labels["credit_note"], labels["credit_note_text"].format(number=note.credits_number)),
        ),
        footer=_footer(settings, labels),
        page_label=labels["page"],
        logo=settings.logo,
        language=f"{note.language}-CA",
        subject=f"{note.member_name} {note.credits_number}",
        author=settings.name,
        keywords=(note.number, note.credits_number, note.member_name),
    )


def credit_note_pdf(note: CreditNote, settings: DocumentSettings) -> bytes:
    """A credit note as PDF bytes."""
    return render(credit_note_document(note, settings))
