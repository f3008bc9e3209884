"""``member add | list | edit | remove`` through the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import (
    add_asset,
    add_members,
    call_cli,
    cli_environment,
    file_digest,
    run_cli,
)


def _members(db: Path) -> list[dict]:
    result = call_cli("member", "list", "--json", "--db", db)
    assert result.code == 0, result.stderr
    return result.json()


def test_added_members_come_back_in_the_list_with_their_fields(workspace: Path) -> None:
    added = call_cli(
        "member", "add", "Élise Roy", "--db", workspace,
        "--email", "elise@example.ca", "--phone", "514-555-0101",
        "--address", "4120, rue Saint-Denis", "--language", "fr", "--weight", "1,5",
        "--joined", "2026-01-15", "--left", "2026-12-31", "--kind", "household", "--json",
    )  # fmt: skip
    assert added.code == 0, added.stderr
    assert "Élise Roy" in added.stderr
    second = call_cli("member", "add", "Bob Martin", "--db", workspace, "--weight", "2")
    assert second.code == 0, second.stderr
    assert second.stdout == ""  # without --json, only a message on stderr

    members = _members(workspace)

    by_name = {m["name"]: m for m in members}
    assert set(by_name) == {"Élise Roy", "Bob Martin"}
    elise = by_name["Élise Roy"]
    assert elise["id"] == added.json()["id"]
    assert elise["email"] == "elise@example.ca"
    assert elise["phone"] == "514-555-0101"
    assert elise["language"] == "fr"
    assert elise["kind"] == "household"
    assert elise["weight"] == 1.5 and elise["weight_milli"] == 1500
    assert elise["joined"] == "2026-01-15"
    assert elise["left"] == "2026-12-31"
    bob = by_name["Bob Martin"]
    assert bob["weight"] == 2 and isinstance(bob["weight"], int)
    assert bob["joined"] is None and bob["left"] is None
    assert bob["language"] == "en"  # the database's language when none is given
    assert len({m["id"] for m in members}) == 2


def test_member_list_prints_a_readable_table(workspace: Path) -> None:
    call_cli("member", "add", "Élise Roy", "--db", workspace, "--weight", "1.5")

    result = call_cli("member", "list", "--db", workspace)

    assert result.code == 0
    lines = result.stdout.splitlines()
    assert "Name" in lines[0] and "Weight" in lines[0]
    assert any("Élise Roy" in line and "1.5" in line for line in lines[2:])


def test_empty_member_list_in_json_is_an_empty_array(workspace: Path) -> None:
    assert _members(workspace) == []


def test_edit_changes_only_the_options_given(workspace: Path) -> None:
    call_cli(
        "member", "add", "Élise Roy", "--db", workspace, "--email", "elise@example.ca",
        "--phone", "514-555-0101", "--weight", "1.5", "--joined", "2026-01-15",
    )  # fmt: skip
    before = _members(workspace)[0]

    result = call_cli("member", "edit", "ÉLISE ROY", "--db", workspace, "--phone", "438-555-0199")

    assert result.code == 0, result.stderr
    after = _members(workspace)[0]
    assert after["phone"] == "438-555-0199"
    assert after["version"] == before["version"] + 1
    unchanged = {k: v for k, v in before.items() if k not in ("phone", "version")}
    assert {k: after[k] for k in unchanged} == unchanged


def test_edit_renames_and_clears_a_date_by_id(workspace: Path) -> None:
    call_cli("member", "add", "Bob", "--db", workspace, "--joined", "2026-01-15")
    member_id = _members(workspace)[0]["id"]

    result = call_cli(
        "member", "edit", str(member_id), "--db", workspace, "--name", "Robert", "--joined", ""
    )

    assert result.code == 0, result.stderr
    (member,) = _members(workspace)
    assert member["name"] == "Robert" and member["joined"] is None


def test_edit_without_any_option_is_a_usage_error(workspace: Path) -> None:
    add_members(workspace, "Bob")

    result = call_cli("member", "edit", "Bob", "--db", workspace)

    assert result.code == 2
    assert "Nothing to change" in result.stderr


def test_remove_deletes_a_member_without_history(workspace: Path) -> None:
    add_members(workspace, "Bob")

    result = call_cli("member", "remove", "bob", "--db", workspace)

    assert result.code == 0, result.stderr
    assert _members(workspace) == []


def test_removing_an_owner_is_refused_and_the_member_stays(workspace: Path) -> None:
    ids = add_members(workspace, "Alice")
    add_asset(workspace, "Van", {ids["Alice"]: 1000})

    result = call_cli("member", "remove", "Alice", "--db", workspace)

    assert result.code == 3
    assert "Alice" in result.stderr and "cannot be removed" in result.stderr
    assert [m["name"] for m in _members(workspace)] == ["Alice"]


def test_a_second_member_with_the_same_name_is_refused(workspace: Path) -> None:
    add_members(workspace, "Élise Roy")

    result = call_cli("member", "add", "ÉLISE ROY", "--db", workspace)

    assert result.code == 3
    assert "already a member" in result.stderr
    assert len(_members(workspace)) == 1


@pytest.mark.parametrize("command", ["edit", "remove"])
def test_unknown_member_is_a_usage_error(workspace: Path, command: str) -> None:
    add_members(workspace, "Alice")
    extra = ["--phone", "1"] if command == "edit" else []

    result = call_cli("member", command, "Nobody", "--db", workspace, *extra)

    assert result.code == 2
    assert "Nobody" in result.stderr


@pytest.mark.parametrize("text", ["2026-02-30", "31/03/2026"])
@pytest.mark.parametrize("option", ["--joined", "--left"])
def test_bad_date_is_refused_and_the_file_is_untouched(
    workspace: Path, text: str, option: str
) -> None:
    add_members(workspace, "Alice")
    before = file_digest(workspace)

    added = call_cli("member", "add", "Bob", "--db", workspace, option, text)
    edited = call_cli("member", "edit", "Alice", "--db", workspace, option, text)

    for result in (added, edited):
        assert result.code == 2
        assert text in result.stderr and "YYYY-MM-DD" in result.stderr
        assert result.stdout == ""
    assert file_digest(workspace) == before


@pytest.mark.parametrize("text", ["abc", "0", "-1", "1,2345"])
def test_bad_weight_is_refused_and_the_file_is_untouched(workspace: Path, text: str) -> None:
    before = file_digest(workspace)

    result = call_cli("member", "add", "Bob", "--db", workspace, "--weight", text)

    assert result.code == 2
    assert "is not a weight" in result.stderr
    assert file_digest(workspace) == before


def test_invalid_email_is_refused_by_validation(workspace: Path) -> None:
    # A real process: a refusal by a rule is its exit status 3.
    result = run_cli("member", "add", "Bob", "--db", workspace, "--email", "not-an-address")

    assert result.code == 3
    assert "not-an-address" in result.stderr
    assert _members(workspace) == []


def test_database_can_come_from_the_environment(workspace: Path) -> None:
    env = cli_environment(PARTAGE_DB=str(workspace))

    added = call_cli("member", "add", "Alice", env=env)
    listed = call_cli("member", "list", "--json", env=env)

    assert added.code == 0, added.stderr
    assert [m["name"] for m in listed.json()] == ["Alice"]


def test_db_option_works_before_and_after_the_subcommand(workspace: Path) -> None:
    assert call_cli("--db", workspace, "member", "add", "Alice").code == 0
    assert call_cli("member", "--db", workspace, "add", "Bob").code == 0
    assert call_cli("member", "add", "Carol", "--db", workspace).code == 0

    assert {m["name"] for m in _members(workspace)} == {"Alice", "Bob", "Carol"}


def test_db_option_wins_over_the_environment(workspace: Path, tmp_path: Path) -> None:
    env = cli_environment(PARTAGE_DB=str(tmp_path / "elsewhere.partage"))

    result = call_cli("member", "list", "--json", "--db", workspace, env=env)

    assert result.code == 0, result.stderr
    assert result.json() == []
