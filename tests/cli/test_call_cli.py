"""``call_cli`` runs a command in the test's process as a new process would, and leaves
nothing behind for the next test: otherwise the in-process tests could pass or fail by
the order they run in."""

from __future__ import annotations

import argparse
import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from partage import i18n, paths
from tests.cli.conftest import call_cli, cli_environment
from tests.cli.test_translation import needs_french_catalog


def process_state() -> dict[str, object]:
    logger = logging.getLogger("partage")
    return {
        "argparse": (argparse._, argparse.ngettext),  # type: ignore[attr-defined]
        "language": i18n.current_language(),
        "translators": list(i18n._installed),
        "locale": QLocale().name(),
        "translated": QCoreApplication.translate("cli", "add a member"),
        "log handlers": list(logger.handlers),
        "log level": logger.level,
        "backups": (paths._backup_folder, paths._backup_keep),
        "environment": dict(os.environ),
        "system language": i18n.system_language(),
    }


@needs_french_catalog
def test_a_french_command_leaves_the_process_as_it_found_it(
    workspace: Path, partage_home: Path
) -> None:
    before = process_state()

    result = call_cli("member", "add", "Zoé", "--lang", "fr", "--db", workspace)

    assert result.code == 0
    assert "Zoé" in result.stderr and "Added the member" not in result.stderr
    assert (partage_home / "logs" / "partage.log").is_file()
    assert process_state() == before


@needs_french_catalog
def test_the_environment_given_is_the_commands_own(workspace: Path, tmp_path: Path) -> None:
    french_system = cli_environment(
        LC_ALL="fr_CA.UTF-8", LANG="fr_CA.UTF-8", PARTAGE_DB=str(workspace)
    )

    french = call_cli("member", "list", env=french_system)
    english = call_cli("member", "list", env=cli_environment(PARTAGE_DB=str(workspace)))
    nowhere = call_cli("member", "list")

    assert french.code == english.code == 0
    assert french.stderr != english.stderr and "No members yet." in english.stderr
    assert nowhere.code == 2 and "PARTAGE_DB" in nowhere.stderr
    assert "PARTAGE_DB" not in os.environ
