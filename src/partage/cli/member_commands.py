"""``member add | list | edit | remove``."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from partage.cli.common import (
    emit_json,
    iso,
    json_weight,
    locale,
    nothing_to_change,
    open_database,
    print_table,
    say,
    unchanged_message,
)
from partage.cli.options import LANGUAGES, add_command, add_group_commands, add_json_option

if TYPE_CHECKING:
    from partage.services.members import MemberRecord

# The same lists as services.members; kept here so that building the parser does not
# import the database layer (a test checks they agree).
MEMBER_KINDS = ["person", "household", "organisation"]


def kind_label(kind: str) -> str:
    """A member kind in the language in use."""
    labels = {
        "person": QCoreApplication.translate("cli", "person"),
        "household": QCoreApplication.translate("cli", "household"),
        "organisation": QCoreApplication.translate("cli", "organisation"),
    }
    return labels.get(kind, kind)


def register(commands: Any) -> None:
    """Add ``member`` and its subcommands to the top-level *commands*."""
    group = add_command(
        commands,
        "member",
        help=QCoreApplication.translate("cli", "add, list, edit and remove members"),
        handler=None,
    )
    members = add_group_commands(group)

    add = add_command(
        members,
        "add",
        help=QCoreApplication.translate("cli", "add a member"),
        handler=run_add,
    )
    add.add_argument(
        "name", metavar="NAME", help=QCoreApplication.translate("cli", "the member's name")
    )
    _member_options(add, edit=False)

    listing = add_command(
        members,
        "list",
        help=QCoreApplication.translate("cli", "list the members"),
        handler=run_list,
    )
    add_json_option(listing)

    edit = add_command(
        members,
        "edit",
        help=QCoreApplication.translate("cli", "change a member; only the options given change"),
        handler=run_edit,
    )
    edit.add_argument(
        "member",
        metavar="MEMBER",
        help=QCoreApplication.translate("cli", "the member's id or exact name"),
    )
    _member_options(edit, edit=True)

    remove = add_command(
        members,
        "remove",
        help=QCoreApplication.translate(
            "cli",
            "delete a member who has no history; otherwise refused (exit code 3): "
            "set --left instead",
        ),
        handler=run_remove,
    )
    remove.add_argument(
        "member",
        metavar="MEMBER",
        help=QCoreApplication.translate("cli", "the member's id or exact name"),
    )


def _member_options(parser: argparse.ArgumentParser, *, edit: bool) -> None:
    if edit:
        parser.add_argument(
            "--name", metavar="NAME", help=QCoreApplication.translate("cli", "a new name")
        )
    parser.add_argument(
        "--kind",
        choices=MEMBER_KINDS,
        help=QCoreApplication.translate("cli", "person (default), household or organisation"),
    )
    parser.add_argument(
        "--email", metavar="E", help=QCoreApplication.translate("cli", "e-mail address")
    )
    parser.add_argument(
        "--phone", metavar="P", help=QCoreApplication.translate("cli", "telephone number")
    )
    parser.add_argument(
        "--address", metavar="TEXT", help=QCoreApplication.translate("cli", "postal address")
    )
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        help=QCoreApplication.translate(
            "cli", "language of the member's statements (default: the database's)"
        ),
    )
    parser.add_argument(
        "--weight",
        metavar="W",
        help=QCoreApplication.translate("cli", "share weight, such as 1, 1.5 or 0,25 (default: 1)"),
    )
    parser.add_argument(
        "--joined",
        metavar="DATE",
        help=QCoreApplication.translate("cli", "date joined, YYYY-MM-DD (empty: none)"),
    )
    parser.add_argument(
        "--left",
        metavar="DATE",
        help=QCoreApplication.translate("cli", "date left, YYYY-MM-DD (empty: none)"),
    )
    parser.add_argument(
        "--notes", metavar="TEXT", help=QCoreApplication.translate("cli", "free notes")
    )
    add_json_option(parser)


def _changes(args: argparse.Namespace) -> dict[str, Any]:
    """The fields given on the command line, parsed; read before opening the database so
    that a bad date or weight leaves the file untouched."""
    from partage.services.dates import parse_optional_date
    from partage.services.money import parse_weight

    changes: dict[str, Any] = {}
    for option in ("name", "kind", "email", "phone", "address", "language", "notes"):
        value = getattr(args, option, None)
        if value is not None:
            changes[option] = value
    if args.weight is not None:
        changes["weight_milli"] = parse_weight(args.weight)
    for option in ("joined", "left"):
        value = getattr(args, option)
        if value is not None:
            changes[option] = parse_optional_date(value)
    return changes


def member_json(member: MemberRecord) -> dict[str, Any]:
    """A member as in ``member list --json`` (CLI.md)."""
    return {
        "id": member.id,
        "name": member.name,
        "email": member.email,
        "language": member.language,
        "weight": json_weight(member.weight_milli),
        "joined": iso(member.joined),
        "left": iso(member.left),
        "kind": member.kind,
        "phone": member.phone,
        "address": member.address,
        "notes": member.notes,
        "weight_milli": member.weight_milli,
        "archived": member.archived,
        "version": member.version,
    }


def _report(member: MemberRecord, args: argparse.Namespace, message: str) -> None:
    if args.json:
        emit_json(member_json(member))
    say(message)


def run_add(args: argparse.Namespace) -> int:
    """Add a member."""
    from partage.services.members import MemberInput, add_member
    from partage.services.workspace import organisation_settings

    changes = _changes(args)
    changes["name"] = args.name
    with open_database(args) as db:
        if "language" not in changes:
            changes["language"] = organisation_settings(db).language
        member = add_member(db, MemberInput(**changes))
    message = QCoreApplication.translate("cli", "Added the member “{name}” (id {id}).")
    _report(member, args, message.format(name=member.name, id=member.id))
    return 0


def run_list(args: argparse.Namespace) -> int:
    """List every member, archived ones included."""
    from partage.i18n import format_date, format_weight
    from partage.services.members import list_members

    with open_database(args) as db:
        members = list_members(db)
    if args.json:
        emit_json([member_json(m) for m in members])
        return 0
    if not members:
        say(QCoreApplication.translate("cli", "No members yet."))
        return 0
    loc = locale()
    archived = QCoreApplication.translate("cli", "{name} (archived)")
    headers = [
        QCoreApplication.translate("cli", "ID"),
        QCoreApplication.translate("cli", "Name"),
        QCoreApplication.translate("cli", "Kind"),
        QCoreApplication.translate("cli", "E-mail"),
        QCoreApplication.translate("cli", "Language"),
        QCoreApplication.translate("cli", "Weight"),
        QCoreApplication.translate("cli", "Joined"),
        QCoreApplication.translate("cli", "Left"),
    ]
    rows = [
        [
            str(m.id),
            archived.format(name=m.name) if m.archived else m.name,
            kind_label(m.kind),
            m.email,
            m.language,
            format_weight(m.weight_milli, loc),
            format_date(m.joined, loc),
            format_date(m.left, loc),
        ]
        for m in members
    ]
    print_table(headers, rows, right={0, 5})
    return 0


def run_edit(args: argparse.Namespace) -> int:
    """Change the given fields of a member, refusing to overwrite a newer version."""
    from partage.services.members import find_member, update_member

    changes = _changes(args)
    if not changes:
        raise nothing_to_change()
    with open_database(args) as db:
        current = find_member(db, args.member)
        before = current.as_input()
        wanted = replace(before, **changes)
        if wanted == before:
            member = current
            message = unchanged_message(current.name)
        else:
            member = update_member(db, current.id, wanted, expected_version=current.version)
            message = QCoreApplication.translate(
                "cli", "Saved the member “{name}” (id {id})."
            ).format(name=member.name, id=member.id)
    _report(member, args, message)
    return 0


def run_remove(args: argparse.Namespace) -> int:
    """Delete a member nothing refers to."""
    from partage.services.members import find_member, remove_member

    with open_database(args) as db:
        member = find_member(db, args.member)
        remove_member(db, member.id)
    say(
        QCoreApplication.translate("cli", "Removed the member “{name}” (id {id}).").format(
            name=member.name, id=member.id
        )
    )
    return 0
