"""What statements and invoices print: the organisation, numbering, terms and taxes.

Stored as database-wide settings (the ``settings`` table), so every computer that opens
the file prints the same header. Tax rates are kept exactly, in thousandths of a percent
(GST 5 % is 5000, QST 9,975 % is 9975), never as floats.
"""

from __future__ import annotations

import base64
import binascii
import struct
import zoneinfo
from dataclasses import dataclass, fields, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from partage.errors import QT_TRANSLATE_NOOP, DamagedDatabase, UsageError, ValidationError
from partage.models import Setting
from partage.models.base import is_time_zone
from partage.services import audit
from partage.services.files import MEGABYTE, read_named_file
from partage.services.governance import require_coordinator
from partage.services.validation import clean_name, refuse_control_characters
from partage.storage import Database
from partage.storage.stored_values import stored_setting_error

LOGO_LIMIT = 512 * 1024  # bytes of PNG or JPEG
DEFAULT_GST = 5000
DEFAULT_QST = 9975
MAX_TERMS_DAYS = 365
MAX_LOGO_SIDE = 4096  # pixels: a logo is drawn a few centimetres wide
ORGANISATION_NAME_LIMIT = 200
DEFAULT_TIMEZONE = "America/Montreal"

# The currencies offered by name (the window names them). Amounts are kept in hundredths,
# so only currencies with two decimals are listed; another three-letter code (given at
# creation) is kept as it is.
CURRENCIES = ("CAD", "USD", "EUR", "GBP", "CHF", "MXN", "AUD", "NZD", "HTG", "MAD", "SEK",
              "NOK", "DKK")


@dataclass(frozen=True)
class DocumentSettings:
    """The organisation's details and invoicing choices."""

    name: str = ""
    address: str = ""
    email: str = ""
    phone: str = ""
    logo: bytes = b""
    currency: str = "CAD"
    timezone: str = DEFAULT_TIMEZONE  # bookings are stored in UTC and shown in this zone
    language: str = "fr"  # for members without a language, and the default of new ones
    invoice_prefix: str = ""
    payment_terms_days: int = 30
    payment_instructions: str = ""
    taxes_enabled: bool = False
    gst_number: str = ""
    qst_number: str = ""
    gst_rate: int = DEFAULT_GST  # thousandths of a percent
    qst_rate: int = DEFAULT_QST


# Settings keys: "organisation_name", "currency", "timezone" and "language" predate this
# module (they are chosen when the database is created).
_KEYS = {
    "name": "organisation_name",
    "address": "organisation_address",
    "email": "organisation_email",
    "phone": "organisation_phone",
    "logo": "organisation_logo",
    "currency": "currency",
    "timezone": "timezone",
    "language": "language",
    "invoice_prefix": "invoice_prefix",
    "payment_terms_days": "payment_terms_days",
    "payment_instructions": "payment_instructions",
    "taxes_enabled": "taxes_enabled",
    "gst_number": "gst_number",
    "qst_number": "qst_number",
    "gst_rate": "gst_rate",
    "qst_rate": "qst_rate",
}


# What each setting is called on the command line (``partage-cli settings set NAME``).
COMMAND_NAMES = {
    "name": "name",
    "address": "address",
    "email": "email",
    "phone": "phone",
    "logo": "logo",
    "currency": "currency",
    "timezone": "timezone",
    "language": "language",
    "invoice_prefix": "invoice-prefix",
    "payment_terms_days": "payment-terms",
    "payment_instructions": "payment-instructions",
    "taxes_enabled": "taxes",
    "gst_number": "gst-number",
    "qst_number": "qst-number",
    "gst_rate": "gst-rate",
    "qst_rate": "qst-rate",
}


class _Undecodable(ValueError):
    """A stored setting that is not even of its field's kind ("abc" as a number)."""


def _decode(name: str, raw: str, default: object) -> object:
    """The stored text *raw* as the value of the field *name*.

    Raises:
        _Undecodable: not a value of that kind.
    """
    if not isinstance(raw, str):
        raise _Undecodable(name)
    if isinstance(default, bool):
        if raw not in ("0", "1", ""):
            raise _Undecodable(name)
        return raw == "1"
    if isinstance(default, int):
        # Digits only: int() would also take "1_000", " 5 " and Arabic-Indic digits.
        text = raw[1:] if raw.startswith("-") else raw
        if not (text.isascii() and text.isdigit()) or len(text) > 18:
            raise _Undecodable(name)
        return int(raw)
    if isinstance(default, bytes):
        try:
            return base64.b64decode(raw.encode("ascii"), validate=True)
        except (binascii.Error, ValueError, UnicodeEncodeError):
            raise _Undecodable(name) from None
    return raw


def _encode(value: object) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return str(value)


def _read_values(values: dict[str, str]) -> tuple[dict[str, object], dict[str, str]]:
    """The fields of the stored *values* that can be used, checked as ``settings set``
    checks them (``check_field``); and the keys of those that cannot, with their text."""
    defaults = DocumentSettings()
    good: dict[str, object] = {}
    bad: dict[str, str] = {}
    for field in fields(DocumentSettings):
        key = _KEYS[field.name]
        raw = values.get(key)
        if raw is None:
            continue
        try:
            good[field.name] = check_field(
                field.name, _decode(field.name, raw, getattr(defaults, field.name))
            )
        except (_Undecodable, ValidationError, UsageError):
            bad[key] = raw
    return good, bad


def unusable_settings(values: dict[str, str]) -> dict[str, str]:
    """The stored settings (key to stored text) that Partage cannot use; for ``check``."""
    return _read_values(values)[1]


def unusable_setting(where: str, key: str, raw: object) -> DamagedDatabase:
    """The error for the stored setting *key* that holds *raw*, which cannot be used."""
    field = next((f for f, k in _KEYS.items() if k == key), key)
    return stored_setting_error(where, key, raw, COMMAND_NAMES.get(field, field))


def from_values(values: dict[str, str], where: str = "") -> DocumentSettings:
    """Document settings from raw settings rows (missing keys take their defaults).

    Raises:
        DamagedDatabase: a stored setting cannot be used (naming it, and *where*).
    """
    good, bad = _read_values(values)
    for key, raw in bad.items():
        raise unusable_setting(where, key, raw)
    return replace(DocumentSettings(), **good)  # type: ignore[arg-type]


def load(db: Database) -> DocumentSettings:
    """The document settings of *db*.

    Raises:
        DamagedDatabase: a stored setting cannot be used (another program wrote it).
    """
    return from_values(db.settings(), db.location)


def load_editable(db: Database) -> DocumentSettings:
    """The document settings of *db* for a form that edits them: a stored setting that
    cannot be used shows its default, so that saving the form mends it."""
    good, _bad = _read_values(db.settings())
    return replace(DocumentSettings(), **good)  # type: ignore[arg-type]


def parse_rate(text: str) -> int:
    """A tax rate typed as "9,975" or "9.975 %" in thousandths of a percent (9975).

    Raises:
        ValidationError: not a rate between 0 and 100 % with at most three decimals.
    """
    cleaned = text.replace("%", "").replace(" ", "").replace("\u00a0", "").replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        value = Decimal(-1)
    if not value.is_finite() or not cleaned.replace(".", "", 1).isdigit():
        value = Decimal(-1)  # NaN, Infinity, 1e400: no rate is written so
    thousandths = value * 1000
    if not cleaned or value < 0 or value > 100 or thousandths != thousandths.to_integral():
        raise ValidationError(
            "rate",
            QT_TRANSLATE_NOOP(
                "errors", "“{text}” is not a tax rate such as 9,975 (percent, three decimals)."
            ),
            text=text,
        )
    return int(thousandths)


def format_rate(rate: int, decimal_point: str = ",") -> str:
    """9975 as "9,975" (or "9.975"): the rate in percent, without trailing zeros."""
    whole, part = divmod(rate, 1000)
    digits = f"{part:03d}".rstrip("0")
    return f"{whole}{decimal_point}{digits}" if digits else str(whole)


def check_currency(text: str) -> str:
    """*text* as a currency code, upper case ("cad" gives "CAD").

    Raises:
        ValidationError: not three letters.
    """
    code = text.strip().upper()
    if len(code) != 3 or not code.isascii() or not code.isalpha():
        raise ValidationError(
            "currency",
            QT_TRANSLATE_NOOP("errors", "“{text}” is not a currency code such as CAD."),
            text=text,
        )
    return code


def check_timezone(text: str) -> str:
    """*text* as an IANA time zone name ("America/Montreal").

    Raises:
        ValidationError: no such zone.
    """
    name = text.strip()
    if not is_time_zone(name):
        raise ValidationError(
            "timezone",
            QT_TRANSLATE_NOOP("errors", "“{text}” is not a time zone such as America/Montreal."),
            text=text,
        )
    return name


def time_zones() -> list[str]:
    """Every IANA time zone this computer knows, sorted ("Africa/Abidjan"…"UTC")."""
    return sorted(zone for zone in zoneinfo.available_timezones()
                  if "/" in zone or zone == "UTC")


def image_size(data: bytes) -> tuple[int, int] | None:
    """The (width, height) in pixels that a PNG or JPEG image's header gives, or None
    when *data* is neither (read from the header only: nothing is decoded)."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        if len(data) < 24 or data[12:16] != b"IHDR":
            return None
        width, height = struct.unpack(">II", data[16:24])
        return width, height
    if not data.startswith(b"\xff\xd8"):
        return None
    position = 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            return None
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD9)):  # markers without a segment
            position += 2
            continue
        (length,) = struct.unpack(">H", data[position + 2 : position + 4])
        if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD,
                      0xCE, 0xCF):
            if position + 9 > len(data):
                return None
            height, width = struct.unpack(">HH", data[position + 5 : position + 9])
            return width, height
        if length < 2:
            return None
        position += 2 + length
    return None


def check_logo(data: bytes) -> bytes:
    """*data* when it is a PNG or JPEG image of at most ``LOGO_LIMIT`` bytes and
    ``MAX_LOGO_SIDE`` pixels a side (empty: no logo).

    Raises:
        ValidationError: too large, not such an image, or of an absurd pixel size.
    """
    if not data:
        return b""
    if len(data) > LOGO_LIMIT:
        raise ValidationError(
            "logo",
            QT_TRANSLATE_NOOP("errors", "The logo is too large ({size} KB; at most {limit} KB)."),
            size=str(len(data) // 1024),
            limit=str(LOGO_LIMIT // 1024),
        )
    size = image_size(data)
    if size is None:
        raise ValidationError(
            "logo", QT_TRANSLATE_NOOP("errors", "The logo must be a PNG or JPEG image.")
        )
    width, height = size
    if not (0 < width <= MAX_LOGO_SIDE and 0 < height <= MAX_LOGO_SIDE):
        raise ValidationError(
            "logo",
            QT_TRANSLATE_NOOP(
                "errors",
                "The logo is {width} × {height} pixels; it must be at most {limit} pixels "
                "wide and high.",
            ),
            width=str(width),
            height=str(height),
            limit=str(MAX_LOGO_SIDE),
        )
    return data


def read_logo(path: Path) -> bytes:
    """The logo in the file a person chose, checked (``check_logo``).

    Raises:
        UsageError: the file cannot be read, is not a regular file, or is far too large.
        ValidationError: not a PNG or JPEG image of a sane size.
    """
    return check_logo(read_named_file(path, limit=MEGABYTE))


def check_organisation_name(text: str, *, required: bool = False) -> str:
    """The organisation's name tidied (spaces folded), at most
    ``ORGANISATION_NAME_LIMIT`` characters and without control characters; empty only
    when not *required* (a database made without a name).

    Raises:
        ValidationError: empty when required, too long, or holding control characters.
    """
    if not required and not text.strip():
        return ""
    return clean_name("name", text, limit=ORGANISATION_NAME_LIMIT)


def _check_terms(days: int) -> int:
    if not 0 <= days <= MAX_TERMS_DAYS:
        raise ValidationError(
            "payment_terms_days",
            QT_TRANSLATE_NOOP("errors", "Payment terms must be between 0 and {limit} days."),
            limit=str(MAX_TERMS_DAYS),
        )
    return days


def _check_prefix(text: str) -> str:
    prefix = text.strip()
    if len(prefix) > 12 or any(not (c.isalnum() or c in "-_/") for c in prefix):
        raise ValidationError(
            "invoice_prefix",
            QT_TRANSLATE_NOOP(
                "errors",
                "An invoice prefix has at most 12 letters, digits, dashes or slashes.",
            ),
        )
    return prefix


def check_language(text: str) -> str:
    """*text* when it is a language documents are written in: fr or en.

    Raises:
        ValidationError: another text.
    """
    if text not in ("fr", "en"):
        raise ValidationError(
            "language",
            QT_TRANSLATE_NOOP("errors", "“{text}” is not one of: {choices}."),
            text=text,
            choices="fr, en",
        )
    return text


def _check_rate(rate: int) -> int:
    if not 0 <= rate <= 100_000:
        raise ValidationError(
            "rate",
            QT_TRANSLATE_NOOP(
                "errors", "“{text}” is not a tax rate such as 9,975 (percent, three decimals)."
            ),
            text=format_rate(rate),
        )
    return rate


def _check_text(field: str, text: str) -> str:
    return refuse_control_characters(field, text.strip(), multiline=True)


# Each field's check, in the order a form reports them. ``check_field`` is the one
# validation of a setting: for a form, for ``settings set``, and for what is read back.
_FIELD_CHECKS: dict[str, Any] = {
    "currency": check_currency,
    "timezone": lambda text: check_timezone(text),
    "logo": check_logo,
    "payment_terms_days": _check_terms,
    "invoice_prefix": _check_prefix,
    "language": check_language,
    "gst_rate": _check_rate,
    "qst_rate": _check_rate,
    "name": check_organisation_name,
    "address": lambda text: _check_text("address", text),
    "email": lambda text: _check_text("email", text),
    "phone": lambda text: _check_text("phone", text),
    "payment_instructions": lambda text: _check_text("payment_instructions", text),
    "gst_number": lambda text: _check_text("gst_number", text),
    "qst_number": lambda text: _check_text("qst_number", text),
    "taxes_enabled": lambda value: value,
}


def check_field(field: str, value: Any) -> Any:
    """*value* of the document setting *field*, checked and tidied.

    Raises:
        ValidationError: a value a document cannot be printed with.
    """
    kind = type(getattr(DocumentSettings(), field))
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise TypeError(f"{field} takes a {kind.__name__}")
    return _FIELD_CHECKS[field](value)


def validate(settings: DocumentSettings) -> DocumentSettings:
    """*settings* checked and tidied, field by field (``check_field``).

    Raises:
        ValidationError: a field a document cannot be printed with.
    """
    tidied = {field: check_field(field, getattr(settings, field)) for field in _FIELD_CHECKS}
    return replace(settings, **tidied)


def save_field(db: Database, field: str, value: Any) -> Any:
    """Store the one document setting *field* (checked by ``check_field``), leaving the
    others as they are, even one another program spoiled; return the value stored."""
    value = check_field(field, value)
    key, encoded = _KEYS[field], _encode(value)

    def operation(session: Session) -> None:
        require_coordinator(session, db.actor)
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=encoded))
        elif row.value == encoded:
            return
        else:
            row.value = encoded
        audit.record(session, db.actor, "update", "settings", None, key)

    db.write(operation)
    return value


def save(db: Database, settings: DocumentSettings) -> DocumentSettings:
    """Store *settings* (validated) in one write, with an audit row naming what changed."""
    settings = validate(settings)

    def operation(session: Session) -> None:
        require_coordinator(session, db.actor)
        changed = []
        for field in fields(DocumentSettings):
            key = _KEYS[field.name]
            value = _encode(getattr(settings, field.name))
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=value))
                changed.append(key)
            elif row.value != value:
                row.value = value
                changed.append(key)
        if changed:
            audit.record(session, db.actor, "update", "settings", None, ", ".join(changed))

    db.write(operation)
    return settings
