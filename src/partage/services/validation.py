"""Field checks shared by the member and asset services."""

from __future__ import annotations

import re
import unicodedata

from partage.errors import QT_TRANSLATE_NOOP, ValidationError

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")

# Characters that steer how a terminal or a text shows what follows rather than being
# shown: the bidirectional embeddings, overrides and isolates ("U+202E" turns
# "invoice‮fdp.exe" around), and marks that only make sense inside them.
_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def control_character(text: str, *, multiline: bool = False) -> str | None:
    """The first character of *text* a terminal or a document would not show as itself
    (ESC, BEL, NUL and the other C0 and C1 controls, bidirectional overrides, surrogates),
    or None. Tabs and line breaks are allowed when *multiline*."""
    for char in text:
        if multiline and char in "\t\n\r":
            continue
        if char in _BIDI_CONTROLS or unicodedata.category(char) in ("Cc", "Cs"):
            return char
    return None


def refuse_control_characters(field: str, value: str, *, multiline: bool = False) -> str:
    """*value* when it holds no control character (``control_character``).

    Raises:
        ValidationError: it holds one, named by its code point (U+001B).
    """
    char = control_character(value, multiline=multiline)
    if char is not None:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "errors",
                "This text holds the invisible control character {code}, which is not "
                "allowed; type it again without it.",
            ),
            code=f"U+{ord(char):04X}",
        )
    return value


def clean_name(field: str, value: str, *, limit: int = 200) -> str:
    """*value* with its spaces folded; refused when empty, too long or holding a control
    character (``control_character``)."""
    refuse_control_characters(field, value, multiline=True)
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
    """*value* trimmed; refused when longer than *limit* or holding a control character
    other than tabs and line breaks."""
    text = refuse_control_characters(field, value, multiline=True).strip()
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
