"""Split rules as text: ``equal``, ``shares``, ``usage``, ``weights:…``, ``mix:…``.

This module checks and normalises a rule; the split engine applies it. Custom weights name
members by id in the stored form, so renaming a member does not break a rule.
"""

from __future__ import annotations

from collections.abc import Callable

from partage.errors import QT_TRANSLATE_NOOP, UsageError
from partage.services.money import format_weight, parse_weight

SIMPLE_RULES = ("equal", "shares", "usage")
MIX_PARTS = ("equal", "shares", "usage")


def _bad_rule(text: str) -> UsageError:
    return UsageError(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{text}” is not a split rule. Use equal, shares, usage, "
            "weights:MEMBER=W,MEMBER=W or mix:shares=50,usage=50.",
        ),
        text=text,
    )


def normalise_rule(text: str, resolve_member: Callable[[str], int]) -> str:
    """The stored form of the rule in *text*.

    Args:
        text: the rule as typed.
        resolve_member: turns a member name or id into an id (raises ``NotFound``).

    Raises:
        UsageError: the rule is malformed; a mix that does not add up to 100.
    """
    rule = text.strip()
    lowered = rule.lower()
    if lowered in SIMPLE_RULES:
        return lowered
    kind, sep, body = rule.partition(":")
    kind = kind.strip().lower()
    if not sep or not body.strip():
        raise _bad_rule(text)
    pairs = []
    for item in body.split(","):
        key, eq, value = item.partition("=")
        if not eq or not key.strip() or not value.strip():
            raise _bad_rule(text)
        pairs.append((key.strip(), value.strip()))
    if kind == "weights":
        weights: dict[int, int] = {}
        for key, value in pairs:
            member_id = resolve_member(key)
            if member_id in weights:
                raise _bad_rule(text)
            weights[member_id] = parse_weight(value)
        return "weights:" + ",".join(f"{m}={format_weight(w)}" for m, w in sorted(weights.items()))
    if kind == "mix":
        parts: dict[str, int] = {}
        for key, value in pairs:
            name = key.lower()
            if name not in MIX_PARTS or name in parts or not value.isdigit():
                raise _bad_rule(text)
            parts[name] = int(value)
        if sum(parts.values()) != 100:
            raise UsageError(
                QT_TRANSLATE_NOOP("errors", "The parts of a mixed rule must add up to 100."),
            )
        return "mix:" + ",".join(f"{k}={parts[k]}" for k in MIX_PARTS if k in parts)
    raise _bad_rule(text)
