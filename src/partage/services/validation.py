"""Field checks shared by the member and asset services."""

from __future__ import annotations

import re

from partage.errors import QT_TRANSLATE_NOOP, ValidationError

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def clean_name(field: str, value: str, *, limit: int = 200) -> str:
    """*value* with its spaces folded; refused when empty or too long."""
    name = " ".join(value.split())
    if not name:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "A name is required."))
    if len(name) > limit:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "The name is too long ({limit} characters at most)."),
            limit=limit,
        )
    return name


def clean_text(field: str, value: str, *, limit: int) -> str:
    """*value* trimmed; refused when longer than *limit*."""
    text = value.strip()
    if len(text) > limit:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "This text is too long ({limit} characters at most)."),
            limit=limit,
        )
    return text


def clean_email(value: str) -> str:
    """An e-mail address, or empty; refused when it cannot be an address."""
    email = value.strip()
    if email and not _EMAIL.fullmatch(email):
        raise ValidationError(
            "email",
            QT_TRANSLATE_NOOP("errors", "“{text}” is not an e-mail address."),
            text=email,
        )
    return email


def clean_choice(field: str, value: str, choices: list[str]) -> str:
    """*value* when it is one of *choices*."""
    if value not in choices:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "“{text}” is not one of: {choices}."),
            text=value,
            choices=", ".join(choices),
        )
    return value
