"""What statements and invoices print: the organisation, numbering, terms and taxes.

Stored as database-wide settings (the ``settings`` table), so every computer that opens
the file prints the same header. Tax rates are kept exactly, in thousandths of a percent
(GST 5 % is 5000, QST 9,975 % is 9975), never as floats.
"""

from __future__ import annotations

import base64
import binascii
import zoneinfo
from dataclasses import dataclass, fields, replace
from decimal import Decimal, InvalidOperation

from sqlalchemy.orm import Session

from partage.errors import QT_TRANSLATE_NOOP, ValidationError
from partage.models import Setting
from partage.services import audit
from partage.services.governance import require_coordinator
from partage.storage import Database

LOGO_LIMIT = 512 * 1024  # bytes of PNG or JPEG
DEFAULT_GST = 5000
DEFAULT_QST = 9975
MAX_TERMS_DAYS = 365
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


def _decode(name: str, raw: str, default: object) -> object:
    if isinstance(default, bool):
        return raw == "1"
    if isinstance(default, int):
        try:
            return int(raw)
        except ValueError:
            return default
    if isinstance(default, bytes):
        try:
            return base64.b64decode(raw.encode("ascii"), validate=True)
        except (binascii.Error, ValueError):
            return b""
    return raw


def _encode(value: object) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return str(value)


def from_values(values: dict[str, str]) -> DocumentSettings:
    """Document settings from raw settings rows (missing keys take their defaults)."""
    defaults = DocumentSettings()
    kwargs: dict[str, object] = {}
    for field in fields(DocumentSettings):
        raw = values.get(_KEYS[field.name])
        if raw is not None:
            kwargs[field.name] = _decode(field.name, raw, getattr(defaults, field.name))
    return replace(defaults, **kwargs)  # type: ignore[arg-type]


def load(db: Database) -> DocumentSettings:
    """The document settings of *db*."""
    return from_values(db.settings())


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
    try:
        if not name or name != str(zoneinfo.ZoneInfo(name)):
            raise ValueError(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            "timezone",
            QT_TRANSLATE_NOOP("errors", "“{text}” is not a time zone such as America/Montreal."),
            text=text,
        ) from None
    return name


def time_zones() -> list[str]:
    """Every IANA time zone this computer knows, sorted ("Africa/Abidjan"…"UTC")."""
    return sorted(zone for zone in zoneinfo.available_timezones()
                  if "/" in zone or zone == "UTC")


def validate(settings: DocumentSettings) -> DocumentSettings:
    """*settings* checked and tidied.

    Raises:
        ValidationError: a field a document cannot be printed with.
    """
    currency = check_currency(settings.currency)
    timezone = check_timezone(settings.timezone)
    if len(settings.logo) > LOGO_LIMIT:
        raise ValidationError(
            "logo",
            QT_TRANSLATE_NOOP("errors", "The logo is too large ({size} KB; at most {limit} KB)."),
            size=str(len(settings.logo) // 1024),
            limit=str(LOGO_LIMIT // 1024),
        )
    if settings.logo and not (
        settings.logo.startswith(b"\x89PNG\r\n\x1a\n") or settings.logo.startswith(b"\xff\xd8")
    ):
        raise ValidationError(
            "logo", QT_TRANSLATE_NOOP("errors", "The logo must be a PNG or JPEG image.")
        )
    if not 0 <= settings.payment_terms_days <= MAX_TERMS_DAYS:
        raise ValidationError(
            "payment_terms_days",
            QT_TRANSLATE_NOOP("errors", "Payment terms must be between 0 and {limit} days."),
            limit=str(MAX_TERMS_DAYS),
        )
    prefix = settings.invoice_prefix.strip()
    if len(prefix) > 12 or any(not (c.isalnum() or c in "-_/") for c in prefix):
        raise ValidationError(
            "invoice_prefix",
            QT_TRANSLATE_NOOP(
                "errors",
                "An invoice prefix has at most 12 letters, digits, dashes or slashes.",
            ),
        )
    if settings.language not in ("fr", "en"):
        raise ValidationError(
            "language",
            QT_TRANSLATE_NOOP("errors", "“{text}” is not one of: {choices}."),
            text=settings.language,
            choices="fr, en",
        )
    for rate in (settings.gst_rate, settings.qst_rate):
        if not 0 <= rate <= 100_000:
            raise ValidationError(
                "rate",
                QT_TRANSLATE_NOOP(
                    "errors", "“{text}” is not a tax rate such as 9,975 (percent, three decimals)."
                ),
                text=format_rate(rate),
            )
    return replace(
        settings,
        currency=currency,
        timezone=timezone,
        name=" ".join(settings.name.split()),
        address=settings.address.strip(),
        email=settings.email.strip(),
        phone=settings.phone.strip(),
        invoice_prefix=prefix,
        payment_instructions=settings.payment_instructions.strip(),
        gst_number=settings.gst_number.strip(),
        qst_number=settings.qst_number.strip(),
    )


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
