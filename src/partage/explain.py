"""Allocations in words: "Assurance 1 250,00 $ × 31/365 jours × 212 de 1 840 km".

Shared by the GUI, the CLI and the PDF statements; translated through Qt's catalogs and
formatted with the locale, so the same explanation reads right in French and English.
"""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QLocale

from partage.i18n import APPLICATION, Translator, format_date, format_money
from partage.services.ledger import LedgerLine
from partage.services.split_report import CostInfo
from partage.services.splitting import Allocation, CostSplit, Factor


def category_label(category: str, tr: Translator = APPLICATION) -> str:
    """The translated name of a cost category."""
    labels = {
        "maintenance": tr.translate("explain", "Maintenance"),
        "repair": tr.translate("explain", "Repair"),
        "insurance": tr.translate("explain", "Insurance"),
        "purchase": tr.translate("explain", "Purchase"),
        "fuel": tr.translate("explain", "Fuel"),
        "consumables": tr.translate("explain", "Consumables"),
        "rent": tr.translate("explain", "Rent"),
        "other": tr.translate("explain", "Other"),
    }
    return labels.get(category, category)


def cost_label(info: CostInfo, tr: Translator = APPLICATION) -> str:
    """ "Insurance — Fourgonnette", "Repair — Garage Léo", or the category alone."""
    parts = [category_label(info.category, tr)]
    if info.asset_name:
        parts.append(info.asset_name)
    elif info.supplier:
        parts.append(info.supplier)
    return " — ".join(parts)


def _number(value: Fraction, locale: QLocale) -> str:
    if value.denominator == 1:
        return locale.toString(int(value.numerator))
    return locale.toString(float(value), "f", 1)


def _factor(factor: Factor, locale: QLocale, tr: Translator = APPLICATION) -> str:
    n, d = factor.numerator, factor.denominator
    if factor.kind == "days":
        return tr.translate("explain", "× {n}/{d} days").format(
            n=_number(n, locale), d=_number(d, locale)
        )
    if factor.kind == "part":
        percent = locale.toString(int(n * 100 / d))
        labels = {
            "equal": tr.translate("explain", "equal part"),
            "shares": tr.translate("explain", "ownership part"),
            "usage": tr.translate("explain", "usage part"),
            "weights": tr.translate("explain", "weighted part"),
        }
        return tr.translate("explain", "× {percent}% ({part})").format(
            percent=percent, part=labels.get(factor.unit, factor.unit)
        )
    if factor.kind == "usage":
        if factor.unit == "minutes":
            return tr.translate("explain", "× {n} of {d} h booked").format(
                n=_number(n / 60, locale), d=_number(d / 60, locale)
            )
        unit = (
            tr.translate("explain", "km") if factor.unit == "km" else tr.translate("explain", "h")
        )
        return tr.translate("explain", "× {n} of {d} {unit}").format(
            n=_number(n, locale), d=_number(d, locale), unit=unit
        )
    if factor.kind == "shares" and factor.unit == "by_day":
        share = n / d
        text = f"{share.numerator}/{share.denominator}" if share.denominator != 1 else "1"
        return tr.translate(
            "explain", "× {share} (ownership shares over the days each owner belonged)"
        ).format(share=text)
    if factor.kind == "shares":
        return tr.translate("explain", "× {n} of {d} ownership shares").format(
            n=_number(n, locale), d=_number(d, locale)
        )
    share = n / d
    text = f"{share.numerator}/{share.denominator}" if share.denominator != 1 else "1"
    if factor.unit == "no_usage":
        return tr.translate(
            "explain", "× {share} (equal share: nobody used it in the period)"
        ).format(share=text)
    if factor.kind == "equal":
        return tr.translate(
            "explain", "× {share} (equal share over the days of membership)"
        ).format(share=text)
    return tr.translate("explain", "× {share} (by weight)").format(share=text)


def explain(
    allocation: Allocation,
    cost: CostSplit,
    info: CostInfo,
    locale: QLocale | None = None,
    currency: str = "CAD",
    tr: Translator = APPLICATION,
) -> str:
    """One line per part of the rule: the cost, its amount, and each factor applied."""
    locale = locale or QLocale()
    head = [f"{cost_label(info, tr)} {format_money(cost.amount_cents, locale, currency)}"]
    if cost.days_in_period < cost.days_total:
        days = Factor("days", Fraction(cost.days_in_period), Fraction(cost.days_total))
        head.append(_factor(days, locale, tr))
    lines = [
        " ".join([*head, *(_factor(f, locale, tr) for f in chain)]) for chain in allocation.factors
    ]
    total = format_money(allocation.amount_cents, locale, currency)
    return " + ".join(lines) + f" = {total}"


def ledger_line_text(
    line: LedgerLine, locale: QLocale | None = None, tr: Translator = APPLICATION
) -> str:
    """A ledger line in words: "Share of the costs, 2026-03-01 to 2026-03-31"."""
    locale = locale or QLocale()
    if line.kind == "charge" and line.start and line.end:
        text = tr.translate("explain", "Share of the costs, {start} to {end}").format(
            start=format_date(line.start, locale), end=format_date(line.end, locale)
        )
    elif line.kind == "tax":
        text = (
            tr.translate("explain", "GST and QST of invoice {number}").format(number=line.reference)
            if line.reference
            else tr.translate("explain", "GST and QST on charges not yet invoiced")
        )
    elif line.kind == "payment":
        if line.amount_cents > 0:
            text = tr.translate("explain", "Paid to the member by the group")
        elif line.reference:
            text = tr.translate("explain", "Payment — invoice {number}").format(
                number=line.reference
            )
        else:
            text = tr.translate("explain", "Payment")
    elif line.kind == "expense":
        text = tr.translate("explain", "Expense paid for the group — {what}").format(
            what=category_label(line.reference, tr)
        )
    elif line.kind == "opening":
        text = tr.translate("explain", "Opening balance")
    elif line.kind == "adjustment":
        text = tr.translate("explain", "Adjustment")
    else:
        text = line.kind
    return f"{text} ({line.note})" if line.note else text
