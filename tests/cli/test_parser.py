"""The command line's parser, in this process: option lists and translatable strings."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

import pytest

from partage.cli import asset_commands, language_from_argv, member_commands, options, parser
from partage.cli.common import json_weight


def test_choice_lists_match_the_services() -> None:
    from partage.services import assets, members

    assert member_commands.MEMBER_KINDS == members.MEMBER_KINDS
    assert options.LANGUAGES == members.LANGUAGES
    assert asset_commands.ASSET_KINDS == assets.ASSET_KINDS
    assert asset_commands.ASSET_STATUSES == assets.ASSET_STATUSES
    assert sorted(asset_commands.METER_UNITS) == sorted(assets.METER_UNITS)


@pytest.mark.parametrize("milli", [1, 250, 1000, 1500, 2000, 1234, 999_999_999, 1_000_000_000])
def test_json_weights_read_back_exactly(milli: int) -> None:
    from decimal import Decimal

    value = json_weight(milli)

    assert Decimal(repr(value)) * 1000 == milli


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["member", "list", "--lang", "fr"], "fr"),
        (["--lang=en", "member", "list"], "en"),
        (["member", "add", "--", "--lang"], None),
        (["member", "list"], None),
    ],
)
def test_language_is_found_before_parsing(argv: list[str], expected: str | None) -> None:
    assert language_from_argv(argv) == expected


BAD_COMMAND_LINES = [
    [],
    ["--help"],
    ["member", "--help"],
    ["asset", "add", "--help"],
    ["membre"],
    ["member"],
    ["member", "add"],
    ["member", "add", "Bob", "--weight"],
    ["member", "add", "Bob", "--kind", "dog"],
    ["member", "add", "Bob", "extra"],
    ["member", "list", "--colour"],
    ["demo", "x.partage", "--seed", "many"],
    ["asset", "edit", "Van", "--owner", "A=1", "--no-owners"],
    ["asset", "add", "Van"],
    ["--json=yes", "member", "list"],
]


def test_every_argparse_string_a_person_can_see_is_listed_for_translation(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: set[str] = set()
    original: Callable[[Any], Any] = parser._argparse_gettext

    def recording(text: Any) -> Any:
        if isinstance(text, str) and text:
            seen.add(text)
        return original(text)

    def recording_plural(singular: str, plural: str, n: int) -> str:
        seen.add(singular if n == 1 else plural)
        return singular if n == 1 else plural

    # argparse's module globals are put back after the test, whatever the parser does.
    monkeypatch.setattr(argparse, "_", argparse._)
    monkeypatch.setattr(argparse, "ngettext", argparse.ngettext)
    monkeypatch.setattr(parser, "_argparse_gettext", recording)
    monkeypatch.setattr(parser, "_argparse_ngettext", recording_plural)

    for argv in BAD_COMMAND_LINES:
        with pytest.raises(SystemExit):
            parser.build_parser().parse_args(argv)
    capsys.readouterr()

    assert "usage: " in seen and "the following arguments are required: %s" in seen
    # argparse passes the (already translated) title of the command lists through ``_``.
    assert seen - {"commands"} <= set(parser.ARGPARSE_STRINGS)


def test_usage_errors_exit_with_code_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        parser.build_parser().parse_args(["member", "add"])

    assert stop.value.code == 2
    assert "NAME" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("text", "number"),
    [("0", 0), ("200", 200), ("12 345", 12345), ("12\u202f345", 12345), ("2147483647", 2**31 - 1)],
)
def test_whole_numbers_people_write(text: str, number: int) -> None:
    assert options.whole_number(text) == number
    assert options.count_argument(text) == number


@pytest.mark.parametrize(
    "text", ["1 2 3", "12 34", "-1", "1.5", "2147483648", "12345678901234567890", "²", "١", "x"]
)
def test_what_is_not_a_whole_number_in_range_is_refused(text: str) -> None:
    """``1 2 3`` used to be read as 123; twenty digits reached the database."""
    assert options.whole_number(text) is None
    with pytest.raises(argparse.ArgumentTypeError, match="is not a whole number from 0 to"):
        options.count_argument(text)


def test_every_int_option_is_bounded() -> None:
    """No option of the command line is read with Python's unbounded ``int`` any more."""
    seen: list[str] = []

    def walk(node: argparse.ArgumentParser) -> None:
        for action in node._actions:
            assert action.type is not int, action.option_strings
            if action.type is options.count_argument:
                seen.append(action.dest)
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    walk(sub)

    walk(parser.build_parser())
    assert {"limit", "seed"} <= set(seen)


@pytest.mark.parametrize(
    "text", ["Ann", "42", " 42 ", "2147483647", "0000000000042", "1 234", "-", "Van 12"]
)
def test_references_that_can_name_something_pass(text: str) -> None:
    assert options.check_reference(text) == text


@pytest.mark.parametrize(
    "text", ["2147483648", "12345678901234567890", "²", "١٢" * 20, "0\x1f", "7\x1c"]
)
def test_references_that_no_id_can_match_are_refused(text: str) -> None:
    from partage.errors import UsageError

    with pytest.raises(UsageError, match="is not an id Partage can hold"):
        options.check_reference(text)


def test_arguments_that_are_not_utf8_are_found_before_parsing() -> None:
    from partage.cli import undecodable_argument

    assert undecodable_argument(["member", "add", "Zoé"]) is None
    assert undecodable_argument(["member", "add", "Zo\udce9"]) == "Zo\ufffd"
    assert undecodable_argument(["--note", "\ud800"]) == "?"
