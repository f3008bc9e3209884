"""What a CSV import understands: the fields of members, assets and costs, the column
headers that name them (English or French), and the words accepted for their values.

A header is recognised whatever its case, accents, spaces and punctuation: ``E-mail``,
``Courriel`` and ``adresse courriel`` all name the e-mail field. The column names of
Partage's own CSV export are recognised too (``weight_milli``, ``amount_cents``), with
their own unit, so an exported table can be imported into another database.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
import zoneinfo
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from dateutil.rrule import rrulestr

from partage.errors import QT_TRANSLATE_NOOP, PartageError, UsageError
from partage.models import (
    AssetKind,
    AssetStatus,
    BookingKind,
    BookingStatus,
    CostCategory,
    EntryKind,
    InvoiceKind,
    MemberKind,
    MeterUnit,
)
from partage.services.money import MAX_CENTS
from partage.services.rules import normalise_rule

KINDS = ("members", "assets", "costs")


@dataclass(frozen=True)
class ImportField:
    """One thing a column can hold.

    Attributes:
        key: the field's name (``name``, ``amount_cents``), also used by ``--map``.
        french: its usual French header (``nom``), or empty.
        headers: every column header that names it, English and French.
    """

    key: str
    french: str
    headers: tuple[str, ...]


def fold_header(text: str) -> str:
    """*text* reduced for comparison: lower case, no accents, words split by one space."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(re.split(r"[^0-9a-z]+", plain)).strip()


def _field(key: str, french: str, *others: str) -> ImportField:
    return ImportField(key, french, tuple(h for h in (key, french, *others) if h))


FIELDS: dict[str, tuple[ImportField, ...]] = {
    "members": (
        _field("name", "nom", "member", "full name", "membre", "nom complet"),
        _field("kind", "sorte", "type", "genre"),
        _field("email", "courriel", "e-mail", "mail", "adresse courriel",
               "adresse électronique"),
        _field("phone", "téléphone", "telephone", "tel", "tél"),
        _field("address", "adresse", "postal address", "adresse postale"),
        _field("language", "langue"),
        _field("weight", "poids", "share weight", "pondération", "part"),
        _field("weight_milli", ""),
        _field("joined", "arrivée", "joined on", "member since", "date d'arrivée",
               "membre depuis", "adhésion", "date d'adhésion"),
        _field("left", "départ", "left on", "date de départ"),
        _field("notes", "remarques", "note", "comments", "commentaires"),
    ),
    "assets": (
        _field("name", "nom", "asset", "bien", "ressource"),
        _field("kind", "sorte", "type", "genre"),
        _field("category", "catégorie"),
        _field("location", "emplacement", "place", "lieu"),
        _field("description", ""),
        _field("meter", "compteur"),
        _field("purchase_price", "prix d'achat", "price", "prix"),
        _field("purchase_price_cents", ""),
        _field("purchase_date", "date d'achat", "bought on", "acheté le"),
        _field("status", "statut", "état"),
        _field("rule", "règle", "default_rule", "split rule", "règle de partage"),
        _field("owners", "propriétaires", "copropriétaires"),
    ),
    "costs": (
        _field("amount", "montant", "cost", "total", "coût"),
        _field("amount_cents", ""),
        _field("date", "date de début", "start", "from", "start date", "début", "du"),
        _field("end", "fin", "to", "end date", "au", "date de fin"),
        _field("category", "catégorie"),
        _field("asset", "bien", "asset_id", "ressource"),
        _field("supplier", "fournisseur", "vendor", "marchand"),
        _field("note", "remarque", "notes", "description", "détail"),
        _field("paid_by", "payé par", "paid_by_member_id", "paid by", "payeur"),
        _field("rule", "règle", "règle de partage"),
    ),
}

# Fields of which exactly one must have a column, and fields that exclude each other
# (one amount in dollars or in cents, not both).
REQUIRED: dict[str, tuple[tuple[str, ...], ...]] = {
    "members": (("name",),),
    "assets": (("name",),),
    "costs": (("amount", "amount_cents"), ("date",)),
}
ALTERNATIVES: tuple[tuple[str, ...], ...] = (
    ("weight", "weight_milli"),
    ("purchase_price", "purchase_price_cents"),
    ("amount", "amount_cents"),
)

# Words accepted for coded values, English and French, folded like headers.
VOCABULARY: dict[str, dict[str, str]] = {
    "member_kind": {
        "person": "person", "personne": "person", "individu": "person",
        "household": "household", "menage": "household", "famille": "household",
        "foyer": "household",
        "organisation": "organisation", "organization": "organisation",
        "organisme": "organisation", "entreprise": "organisation",
    },
    "language": {
        "fr": "fr", "francais": "fr", "french": "fr",
        "en": "en", "anglais": "en", "english": "en",
    },
    "asset_kind": {
        "equipment": "equipment", "equipement": "equipment", "materiel": "equipment",
        "outil": "equipment",
        "space": "space", "espace": "space", "salle": "space", "local": "space",
        "vehicle": "vehicle", "vehicule": "vehicle",
        "other": "other", "autre": "other", "divers": "other",
    },
    "meter": {
        "": "none", "none": "none", "aucun": "none", "non": "none",
        "km": "km", "kilometres": "km", "kilometers": "km",
        "hours": "hours", "h": "hours", "heures": "hours",
    },
    "status": {
        "active": "active", "actif": "active",
        "in repair": "in_repair", "en reparation": "in_repair",
        "retired": "retired", "retire": "retired", "hors service": "retired",
    },
    "category": {
        "maintenance": "maintenance", "entretien": "maintenance",
        "repair": "repair", "reparation": "repair",
        "insurance": "insurance", "assurance": "insurance",
        "purchase": "purchase", "achat": "purchase",
        "fuel": "fuel", "carburant": "fuel", "essence": "fuel",
        "consumables": "consumables", "consommables": "consumables",
        "fournitures": "consumables",
        "rent": "rent", "loyer": "rent", "location": "rent",
        "other": "other", "autre": "other", "divers": "other",
    },
}


def coded(vocabulary: str, text: str, default: str) -> str:
    """The code of *text* in *vocabulary* (``Ménage`` gives ``household``).

    An empty text gives *default*; a word not in the vocabulary is returned as typed,
    for the validator to refuse with the list of codes.
    """
    if not text.strip():
        return default
    return VOCABULARY[vocabulary].get(fold_header(text), text.strip())


def fields_of(kind: str) -> tuple[ImportField, ...]:
    """The fields a CSV import of *kind* understands."""
    return FIELDS[kind]


def field_keys(kind: str) -> list[str]:
    """The keys of the fields of *kind*, in form order."""
    return [field.key for field in FIELDS[kind]]


def guess_mapping(kind: str, headers: Sequence[str]) -> dict[str, int]:
    """Which column holds each field, from the headers; unknown headers are left out.

    The first column naming a field wins; of two alternatives (``weight`` and
    ``weight_milli``) only the first found is kept.
    """
    by_header: dict[str, str] = {}
    for field in FIELDS[kind]:
        for header in field.headers:
            by_header.setdefault(fold_header(header), field.key)
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = by_header.get(fold_header(header))
        if key is None or key in mapping:
            continue
        if any(key in group and set(group) & mapping.keys() for group in ALTERNATIVES):
            continue
        mapping[key] = index
    return mapping


def with_overrides(
    kind: str, guessed: Mapping[str, int], explicit: Mapping[str, int]
) -> dict[str, int]:
    """*guessed* with the *explicit* choices on top: a field given a column explicitly
    drops any guessed field that held that column, or that is its alternative."""
    taken = set(explicit.values())
    rivals = {key for group in ALTERNATIVES if set(group) & explicit.keys() for key in group}
    kept = {
        key: index
        for key, index in guessed.items()
        if index not in taken and key not in rivals and key not in explicit
    }
    return {**kept, **explicit}


def _field_names(keys: Sequence[str], kind: str) -> str:
    # Named by the headers a file may use, in English and French: what the person writes.
    names = []
    for key in keys:
        field = next(f for f in FIELDS[kind] if f.key == key)
        # Straight quotes: this text goes into French and English messages alike.
        names.append(f'"{key}"' + (f' ("{field.french}")' if field.french else ""))
    return " / ".join(names)


def check_mapping(kind: str, mapping: Mapping[str, int], columns: int) -> None:
    """Refuse a mapping that cannot work: a required field without a column, a column
    used twice, two alternatives at once, or a column the file does not have.

    Raises:
        UsageError: what is wrong, naming the fields by the headers that would work.
    """
    known = set(field_keys(kind))
    for key, index in mapping.items():
        if key not in known:
            raise UsageError(
                QT_TRANSLATE_NOOP("errors", "“{text}” is not one of: {choices}."),
                text=key,
                choices=", ".join(field_keys(kind)),
            )
        if not 0 <= index < columns:
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "errors", "The file has no column {number}; it has {columns} columns."
                ),
                number=index + 1,
                columns=columns,
            )
    used = sorted(mapping.values())
    if len(set(used)) != len(used):
        twice = next(i for i in used if used.count(i) > 1)
        keys = [key for key, index in mapping.items() if index == twice]
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors", "Column {number} is given to two fields ({fields}); choose one."
            ),
            number=twice + 1,
            fields=_field_names(keys, kind),
        )
    for group in ALTERNATIVES:
        both = [key for key in group if key in mapping]
        if len(both) > 1:
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "errors", "Give a column to only one of {fields}, not to both."
                ),
                fields=_field_names(both, kind),
            )
    for group in REQUIRED[kind]:
        if not any(key in mapping for key in group):
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The file has no column for {fields}. Give its column that header in the "
                    "first row, or choose which column holds it. Nothing was imported.",
                ),
                fields=_field_names(group, kind),
            )


# --- the values of a JSON export --------------------------------------------------------
#
# A JSON export is imported as it is, ids and all, so nothing of a form checks its values.
# These are the rules a database written by Partage always keeps; a document that breaks
# one was altered (by hand, or by a tool), and is refused before anything is written.

#: Coded columns and every code each may hold (the models' enumerations).
EXPORT_CODES: dict[tuple[str, str], tuple[str, ...]] = {
    ("members", "kind"): tuple(MemberKind),
    ("members", "language"): ("fr", "en"),
    ("assets", "kind"): tuple(AssetKind),
    ("assets", "meter"): tuple(MeterUnit),
    ("assets", "status"): tuple(AssetStatus),
    ("booking_series", "kind"): tuple(BookingKind),
    ("bookings", "kind"): tuple(BookingKind),
    ("bookings", "status"): tuple(BookingStatus),
    ("costs", "category"): tuple(CostCategory),
    ("invoices", "kind"): tuple(InvoiceKind),
    ("invoices", "language"): ("fr", "en"),
    ("ledger_entries", "kind"): tuple(EntryKind),
}

#: (table, earlier column, later column, may they be equal): periods that cannot end
#: before they start.
EXPORT_ORDER: tuple[tuple[str, str, str, bool], ...] = (
    ("members", "joined", "left", True),
    ("bookings", "start", "end", False),
    ("bookings", "checked_out_at", "returned_at", True),
    ("costs", "start", "end", True),
    ("insurance_policies", "start", "end", True),
    ("invoices", "period_from", "period_to", True),
)

#: Whole-number columns and the range each may hold (both ends included).
EXPORT_RANGES: dict[tuple[str, str], tuple[int, int]] = {
    ("members", "weight_milli"): (1, 1_000_000_000),
    ("asset_owners", "weight_milli"): (1, 1_000_000_000),
    ("booking_series", "duration_minutes"): (1, 10**7),
    ("assets", "min_booking_minutes"): (1, 10**7),
    ("assets", "max_booking_minutes"): (1, 10**7),
    ("assets", "recovery_months"): (0, 12_000),
    ("invoices", "sequence"): (1, 10**9),
    ("invoice_counters", "last_number"): (0, 10**9),
    ("invoice_lines", "position"): (0, 10**9),
    ("bookings", "checkout_meter"): (0, 10**12),
    ("bookings", "return_meter"): (0, 10**12),
    ("maintenance_plans", "every_months"): (1, 12_000),
    ("maintenance_plans", "every_meter"): (1, 10**12),
    ("maintenance_plans", "last_meter"): (0, 10**12),
    ("maintenance_records", "meter"): (0, 10**12),
}

#: Columns of split rules (an empty rule: the asset's own).
EXPORT_RULES: tuple[tuple[str, str], ...] = (("assets", "default_rule"), ("costs", "rule"))


@dataclass(frozen=True)
class ValueProblem:
    """Why one value of an export cannot be imported (English, marked for translation).

    Attributes:
        column: the column at fault (the first, when two disagree).
        message: the message, with ``{table}``, ``{row}`` and ``{column}`` among its
            placeholders.
        params: the other placeholders' values.
    """

    column: str
    message: str
    params: dict[str, Any]


def shown_value(value: Any) -> str:
    """*value* as the document holds it, cut to a readable length."""
    shown = json.dumps(value if not isinstance(value, dt.date) else value.isoformat(),
                       ensure_ascii=False)
    return shown if len(shown) <= 60 else shown[:57] + "…"


def _out_of_range(column: str, value: int, low: int, high: int) -> ValueProblem:
    return ValueProblem(column, QT_TRANSLATE_NOOP(
        "errors",
        "This export was altered: table {table}, row {row}, column {column} holds {value}, "
        "outside {low} to {high}. Nothing was imported.",
    ), {"value": str(value), "low": str(low), "high": str(high)})


def export_row_problems(
    table: str, row: Mapping[str, Any], rule_members: Callable[[str], int]
) -> list[ValueProblem]:
    """What breaks the rules of the data in one *row* of the export's *table*.

    Args:
        table: the table's name.
        row: column name to Python value, as decoded.
        rule_members: turns a member id in a split rule into that id (raises
            ``PartageError`` when the export has no such member).
    """
    problems: list[ValueProblem] = []
    for column, value in row.items():
        if isinstance(value, bool) or not isinstance(value, int):
            continue
        limits = EXPORT_RANGES.get((table, column))
        if limits is None and column.endswith("_cents"):
            limits = (1 - MAX_CENTS, MAX_CENTS - 1)
        if limits is not None and not limits[0] <= value <= limits[1]:
            problems.append(_out_of_range(column, value, *limits))
    if table == "costs" and row.get("amount_cents") == 0:
        problems.append(_out_of_range("amount_cents", 0, 1 - MAX_CENTS, MAX_CENTS - 1))
    for (coded_table, column), codes in EXPORT_CODES.items():
        if coded_table == table and column in row and row[column] not in codes:
            problems.append(ValueProblem(column, QT_TRANSLATE_NOOP(
                "errors",
                "This export was altered: table {table}, row {row}, column {column} holds "
                "{value}, which is not one of: {choices}. Nothing was imported.",
            ), {"value": shown_value(row[column]), "choices": ", ".join(codes)}))
    for ordered_table, first, second, equal in EXPORT_ORDER:
        if ordered_table != table or row.get(first) is None or row.get(second) is None:
            continue
        earlier, later = row[first], row[second]
        if later < earlier or (later == earlier and not equal):
            problems.append(ValueProblem(first, QT_TRANSLATE_NOOP(
                "errors",
                "This export was altered: table {table}, row {row}: {column} ({value}) is "
                "not before {later_column} ({later}). Nothing was imported.",
            ), {"value": shown_value(earlier), "later_column": second,
                "later": shown_value(later)}))
    for rule_table, column in EXPORT_RULES:
        text = row.get(column)
        if rule_table != table or not isinstance(text, str) or (column == "rule" and not text):
            continue
        try:
            sound = normalise_rule(text, rule_members) == text
        except PartageError:
            sound = False
        if not sound:
            problems.append(ValueProblem(column, QT_TRANSLATE_NOOP(
                "errors",
                "This export was altered: table {table}, row {row}, column {column} holds "
                "{value}, which is not a split rule of this export's members. "
                "Nothing was imported.",
            ), {"value": shown_value(text)}))
    if table == "booking_series" and not _is_recurrence(row.get("rrule")):
        problems.append(ValueProblem("rrule", QT_TRANSLATE_NOOP(
            "errors",
            "This export was altered: table {table}, row {row}, column {column} holds "
            "{value}, which is not a recurrence rule. Nothing was imported.",
        ), {"value": shown_value(row.get("rrule"))}))
    if table == "booking_series" and isinstance(row.get("timezone"), str):
        try:
            zoneinfo.ZoneInfo(row["timezone"])
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            problems.append(ValueProblem("timezone", QT_TRANSLATE_NOOP(
                "errors",
                "This export was altered: table {table}, row {row}, column {column} holds "
                "{value}, which is not a time zone. Nothing was imported.",
            ), {"value": shown_value(row["timezone"])}))
    return problems


def _is_recurrence(text: Any) -> bool:
    """True when *text* is an RFC 5545 recurrence rule that parses."""
    if not isinstance(text, str) or not text.strip() or len(text) > 1000:
        return False
    try:
        rrulestr(text, dtstart=dt.datetime(2000, 1, 1))
    except (ValueError, TypeError, OverflowError, IndexError, KeyError):
        return False
    return True
