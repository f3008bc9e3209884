"""Messages, help and argparse's own words follow ``--lang`` and the system's language."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import partage.i18n
from partage.i18n import translations_dir
from tests.cli.conftest import CliResult, call_cli, cli_environment, run_cli

FRENCH_CATALOG = translations_dir() / "partage_fr.qm"
needs_french_catalog = pytest.mark.skipif(
    not FRENCH_CATALOG.exists(), reason="the French catalog is not compiled yet"
)

TEST_CATALOG = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context><name>errors</name>
  <message><source>There is no database at {path}.</source>
    <translation>TEST-FR Aucune base de données à {path}.</translation></message>
</context>
<context><name>cli</name>
  <message><source>add a member</source>
    <translation>TEST-FR ajouter un membre</translation></message>
</context>
<context><name>argparse</name>
  <message><source>usage: </source>
    <translation>TEST-FR utilisation : </translation></message>
  <message><source>show this help message and exit</source>
    <translation>TEST-FR afficher cette aide</translation></message>
  <message><source>the following arguments are required: %s</source>
    <translation>TEST-FR arguments obligatoires : %s</translation></message>
</context>
</TS>
"""


@pytest.fixture
def test_catalog(tmp_path: Path) -> Path:
    """A folder holding a tiny compiled French catalog, made with lrelease."""
    lrelease = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if lrelease is None:
        pytest.skip("no lrelease to compile a test catalog")
    source = tmp_path / "partage_fr.ts"
    source.write_text(TEST_CATALOG, encoding="utf-8")
    subprocess.run(
        [lrelease, str(source), "-qm", str(tmp_path / "partage_fr.qm")],
        check=True,
        capture_output=True,
    )
    return tmp_path


def run_with_catalog(folder: Path, *args: str) -> CliResult:
    """Run the command, in this process, with Partage's catalogs read from *folder*."""
    shipped = partage.i18n.translations_dir
    partage.i18n.translations_dir = lambda: folder
    try:
        return call_cli(*args)
    finally:
        partage.i18n.translations_dir = shipped


def test_errors_are_translated_with_lang(test_catalog: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.partage"

    french = run_with_catalog(test_catalog, "member", "list", "--lang", "fr", "--db", str(missing))
    english = run_with_catalog(test_catalog, "member", "list", "--lang", "en", "--db", str(missing))

    assert french.code == english.code == 4
    assert f"TEST-FR Aucune base de données à {missing}." in french.stderr
    assert "There is no database" in english.stderr and "TEST-FR" not in english.stderr


def test_help_and_argparse_words_are_translated(test_catalog: Path) -> None:
    result = run_with_catalog(test_catalog, "--lang", "fr", "member", "add", "--help")

    assert result.code == 0
    assert "TEST-FR utilisation : " in result.stdout
    assert "TEST-FR afficher cette aide" in result.stdout
    assert "TEST-FR ajouter un membre" in result.stdout


def test_argparse_errors_are_translated(test_catalog: Path) -> None:
    result = run_with_catalog(test_catalog, "member", "add", "--lang=fr")

    assert result.code == 2
    assert "TEST-FR arguments obligatoires : NAME" in result.stderr


@needs_french_catalog
def test_french_messages_with_lang_fr(tmp_path: Path) -> None:
    result = call_cli("member", "list", "--lang", "fr", "--db", tmp_path / "missing.partage")

    assert result.code == 4
    assert "base de données" in result.stderr
    assert "There is no database" not in result.stderr


@needs_french_catalog
def test_french_by_default_on_a_french_system(tmp_path: Path) -> None:
    # A real process: Qt reads the system's language from its environment at start-up.
    env = cli_environment(LC_ALL="fr_CA.UTF-8", LANG="fr_CA.UTF-8")

    result = run_cli("member", "list", "--db", tmp_path / "missing.partage", env=env)

    assert result.code == 4
    assert "base de données" in result.stderr


def test_english_by_default_on_an_english_system(tmp_path: Path) -> None:
    # A real process, as above.
    result = run_cli("member", "list", "--db", tmp_path / "missing.partage")

    assert "There is no database" in result.stderr


def test_french_amounts_in_tables(workspace: Path) -> None:
    from tests.cli.conftest import add_members

    add_members(workspace, "Alice")
    call_cli(
        "asset", "add", "Van", "--kind", "vehicle", "--purchase-price", "1234.5",
        "--owner", "Alice=1,5", "--db", workspace,
    )  # fmt: skip

    result = call_cli("asset", "list", "--lang", "fr", "--db", workspace)

    row = next(line for line in result.stdout.splitlines() if "Van" in line)
    spaced = row.replace("\u00a0", " ").replace("\u202f", " ")  # the locale's own spaces
    assert "1 234,50 $" in spaced
    assert "Alice (1,5)" in row
