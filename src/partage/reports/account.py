"""A member's statement of account as a PDF, in the member's language.

The same reading of the ledger as the window and ``partage-cli account`` show
(``ledger.Account``): what the member owed before the period, each line of it with the
amount owed after it, and what they owe at its end. Strings are marked with
``translate("account", …)`` and looked up in the document's own language
(``DocumentLanguage``), so printing never changes the window's language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from partage.explain import ledger_line_text
from partage.i18n import DocumentLanguage, format_date, format_money
from partage.reports.layout import Column, Document, RowData, Table, render
from partage.services.document_settings import DocumentSettings
from partage.services.ledger import Account
from partage.services.statements import file_stem


@dataclass(frozen=True)
class Recipient:
    """Where the statement goes: the member's address lines and e-mail."""

    address: str = ""
    email: str = ""


def _labels(tr: DocumentLanguage) -> dict[str, str]:
    translate = tr.translate
    return {
        "title": translate("account", "STATEMENT OF ACCOUNT"),
        "period_value": translate("account", "{start} to {end}"),
        "printed": translate("account", "Printed on"),
        "member_no": translate("account", "Member no."),
        "account_of": translate("account", "Account of"),
        "lines": translate("account", "Charges, payments and credits"),
        "col_date": translate("account", "Date"),
        "col_description": translate("account", "Description"),
        "col_amount": translate("account", "Amount"),
        "col_owed": translate("account", "Owed"),
        "opening": translate("account", "Owed before the period"),
        "no_lines": translate("account", "Nothing was charged or paid in this period."),
        "charged": translate("account", "Charged in the period"),
        "credited": translate("account", "Paid and credited in the period"),
        "owes": translate("account", "Amount you owe on {day}"),
        "in_favour": translate("account", "Amount in your favour on {day}"),
        "settled": translate("account", "Nothing is owed on {day}"),
        "instructions": translate("account", "How to pay"),
        "about": translate("account", "About this statement"),
        "about_text": translate(
            "account",
            "This statement lists everything recorded on your account in the period: your "
            "share of the costs month by month, taxes, payments, expenses you paid for the "
            "group and opening balances. The last column is what you owe after each line; "
            "a negative amount is what the group owes you. It is not an invoice.",
        ),
        "continued": translate("account", "(continued)"),
        "page": translate("account", "Page {page} of {pages}"),
        "gst_no": translate("account", "GST no. {number}"),
        "qst_no": translate("account", "QST no. {number}"),
    }


def account_file_name(account: Account) -> str:
    """The file a statement of account is saved as."""
    return (
        f"account-{account.start}-{account.end}-{account.member_id}-"
        f"{file_stem(account.name)}.pdf"
    )


def account_document(
    account: Account,
    settings: DocumentSettings,
    *,
    recipient: Recipient | None = None,
    printed_on: dt.date | None = None,
) -> Document:
    """The printable text of *account*, in the member's language."""
    tr = DocumentLanguage.get(account.language)
    locale = tr.locale
    labels = _labels(tr)

    def money(cents: int) -> str:
        return format_money(cents, locale, settings.currency)

    def date(day: dt.date) -> str:
        return format_date(day, locale)

    rows: list[RowData] = [
        ((date(account.start), labels["opening"], "", money(account.opening_cents)), "", False)
    ]
    rows.extend(
        ((date(line.day), ledger_line_text(line, locale, tr), money(line.amount_cents),
          money(owed)), "", False)
        for line, owed in account.lines
    )
    table = Table(
        labels["lines"],
        (
            Column(labels["col_date"], 0.14),
            Column(labels["col_description"], 0.52),
            Column(labels["col_amount"], 0.17, "right"),
            Column(labels["col_owed"], 0.17, "right"),
        ),
        tuple(rows),
        labels["no_lines"],
        labels["continued"],
    )
    charged = sum(line.amount_cents for line, _ in account.lines if line.amount_cents > 0)
    credited = -sum(line.amount_cents for line, _ in account.lines if line.amount_cents < 0)
    closing = account.closing_cents
    end = date(account.end)
    if closing > 0:
        closing_label = labels["owes"].format(day=end)
    elif closing < 0:
        closing_label = labels["in_favour"].format(day=end)
    else:
        closing_label = labels["settled"].format(day=end)
    totals = (
        (labels["opening"], money(account.opening_cents), False),
        (labels["charged"], money(charged), False),
        (labels["credited"], money(-credited), False),
        (closing_label, money(abs(closing)), True),
    )
    notes = []
    if settings.payment_instructions and closing > 0:
        notes.append((labels["instructions"], settings.payment_instructions))
    notes.append((labels["about"], labels["about_text"]))
    issuer = [settings.name or "—"]
    issuer.extend(line for line in settings.address.splitlines() if line.strip())
    issuer.extend(x for x in (settings.email, settings.phone) if x)
    to = recipient or Recipient()
    recipient_lines = [account.name]
    recipient_lines.extend(line for line in to.address.splitlines() if line.strip())
    if to.email:
        recipient_lines.append(to.email)
    footer = [settings.name] if settings.name else []
    if settings.gst_number:
        footer.append(labels["gst_no"].format(number=settings.gst_number))
    if settings.qst_number:
        footer.append(labels["qst_no"].format(number=settings.qst_number))
    return Document(
        title=labels["title"],
        number=labels["period_value"].format(start=date(account.start), end=end),
        issuer=tuple(issuer),
        recipient_label=labels["account_of"],
        recipient=tuple(recipient_lines),
        facts=(
            (labels["printed"], date(printed_on or dt.date.today())),
            (labels["member_no"], locale.toString(account.member_id)),
        ),
        tables=(table,),
        totals=totals,
        notes=tuple(notes),
        footer=" · ".join(footer),
        page_label=labels["page"],
        logo=settings.logo,
        language=f"{tr.language}-CA",
        subject=f"{account.name} {account.start}–{account.end}",
        author=settings.name,
        keywords=(account.name,),
    )


def account_pdf(
    account: Account,
    settings: DocumentSettings,
    *,
    recipient: Recipient | None = None,
    printed_on: dt.date | None = None,
) -> bytes:
    """*account* as PDF bytes, in the member's language."""
    return render(account_document(account, settings, recipient=recipient,
                                   printed_on=printed_on))
