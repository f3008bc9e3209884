"""Running ``partage-cli`` on a real file: in the test's own process, or as a real process.

Most tests call the command through ``partage.cli.main`` in this process (``call_cli``):
the same parser, handlers, messages and exit codes, without a Python and Qt start-up for
each command. What only a real process shows (its exit status as the shell sees it, the
encoding of a real console, the system's language, the console script itself) is tested
through ``run_cli`` and ``run_cli_script``.
"""

from __future__ import annotations

import io
import json
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ON_SERVER, content_digest


@dataclass(frozen=True)
class CliResult:
    """What one run of the command printed and returned."""

    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        """stdout parsed as the one JSON document it must be (trailing newline allowed)."""
        return json.loads(self.stdout)


def cli_environment(**overrides: str | None) -> dict[str, str]:
    """This process's environment (PARTAGE_HOME included), without PARTAGE_DB, in English
    unless *overrides* say otherwise; an override of None removes the variable."""
    env = {k: v for k, v in os.environ.items() if k not in ("PARTAGE_DB", "LANGUAGE")}
    env["LC_ALL"] = "en_CA.UTF-8"
    env["LANG"] = "en_CA.UTF-8"
    for key, value in overrides.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def run_cli(*args: str | Path, env: dict[str, str] | None = None) -> CliResult:
    """Run ``python -m partage.cli ARGS`` in a new process; its exit status and output.

    Fails the test if a traceback reaches stderr: no error a person can fix may show one.
    """
    return _run_process([sys.executable, "-m", "partage.cli"], args, env)


def console_script() -> Path:
    """The ``partage-cli`` program installed beside this Python."""
    name = "partage-cli.exe" if sys.platform == "win32" else "partage-cli"
    return Path(sys.executable).with_name(name)


def run_cli_script(*args: str | Path, env: dict[str, str] | None = None) -> CliResult:
    """Run the installed ``partage-cli ARGS`` program; its exit status and output."""
    return _run_process([str(console_script())], args, env)


def _run_process(
    program: list[str], args: tuple[str | Path, ...], env: dict[str, str] | None
) -> CliResult:
    process = subprocess.run(
        [*program, *map(str, args)],
        capture_output=True,
        env=env if env is not None else cli_environment(),
        timeout=120,
        check=False,
    )
    result = CliResult(
        process.returncode, process.stdout.decode("utf-8"), process.stderr.decode("utf-8")
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def call_cli(*args: str | Path, env: dict[str, str] | None = None) -> CliResult:
    """``partage-cli ARGS`` run in this process through ``partage.cli.main``: its exit
    code and what it wrote on stdout and stderr.

    The command starts as a new process would (the environment of *env*, by default
    ``cli_environment()``; the system's language read from it; no translation, log file
    or preference left by an earlier command) and leaves this process as it found it.
    Fails the test if a traceback reaches stderr, as ``run_cli`` does.
    """
    from PySide6.QtCore import QCoreApplication

    import partage.cli

    assert QCoreApplication.instance() is not None, "the qapp fixture starts Qt first"
    environment = cli_environment() if env is None else env
    # A process whose output goes to a pipe wraps its help at 80 columns unless told.
    environment = {"COLUMNS": "80", **environment}
    stdout, stderr = _console(), _console()
    with ExitStack() as stack:
        stack.enter_context(_environment(environment))
        stack.enter_context(_fresh_process_state(environment))
        stack.enter_context(_streams(stdout, stderr))
        code = partage.cli.main([str(arg) for arg in args])
    result = CliResult(code, _written(stdout), _written(stderr))
    assert "Traceback" not in result.stderr, result.stderr
    return result


def _console() -> io.TextIOWrapper:
    # A UTF-8 text stream over bytes, as a console's: emit_json writes to its buffer.
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8")


def _written(stream: io.TextIOWrapper) -> str:
    stream.flush()
    buffer = stream.buffer
    assert isinstance(buffer, io.BytesIO)
    return buffer.getvalue().decode("utf-8")


@contextmanager
def _streams(stdout: io.TextIOWrapper, stderr: io.TextIOWrapper) -> Iterator[None]:
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = stdout, stderr
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


@contextmanager
def _environment(env: dict[str, str]) -> Iterator[None]:
    """``os.environ`` as *env* for the block, then as it was."""
    saved = dict(os.environ)
    for key in set(saved) - set(env):
        del os.environ[key]
    os.environ.update(env)
    try:
        yield
    finally:
        for key in set(os.environ) - set(saved):
            del os.environ[key]
        os.environ.update(saved)


def _language_of(env: dict[str, str]) -> str:
    """The system language a new process would find in *env* (LC_ALL, LC_MESSAGES, LANG)."""
    from PySide6.QtCore import QLocale

    name = next((env[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(k)), "C")
    return "fr" if QLocale(name.split(".")[0]).language() == QLocale.Language.French else "en"


@contextmanager
def _fresh_process_state(env: dict[str, str]) -> Iterator[None]:
    """What ``partage.cli.main`` sets up for its process, undone afterwards: argparse's
    translated words, the log file, the translators and default locale, the backup
    choices read from the preferences, the document renderer and cached catalogs."""
    import argparse

    from PySide6.QtCore import QCoreApplication, QLocale

    from partage import i18n, paths, rendering

    logger = logging.getLogger("partage")
    saved_handlers, saved_level = list(logger.handlers), logger.level
    saved_argparse = getattr(argparse, "_"), argparse.ngettext  # noqa: B009
    saved_translators = list(i18n._installed)
    saved_language, saved_locale = i18n._current_language, QLocale()
    saved_backups = paths._backup_folder, paths._backup_keep
    saved_renderer = rendering._installed
    saved_catalogs = dict(i18n.DocumentLanguage._cache)
    saved_system_language = i18n.system_language
    # A new process has no log handler yet: the log goes to this test's PARTAGE_HOME.
    logger.handlers.clear()
    i18n.system_language = lambda: _language_of(env)  # Qt reads the system's once
    try:
        yield
    finally:
        i18n.system_language = saved_system_language
        for handler in logger.handlers:
            handler.close()
        logger.handlers[:] = saved_handlers
        logger.setLevel(saved_level)
        setattr(argparse, "_", saved_argparse[0])  # noqa: B010
        setattr(argparse, "ngettext", saved_argparse[1])  # noqa: B010
        for translator in i18n._installed:
            QCoreApplication.removeTranslator(translator)
        for translator in saved_translators:
            QCoreApplication.installTranslator(translator)
        i18n._installed[:] = saved_translators
        i18n._current_language = saved_language
        QLocale.setDefault(saved_locale)
        paths._backup_folder, paths._backup_keep = saved_backups
        rendering._installed = saved_renderer
        i18n.DocumentLanguage._cache.clear()
        i18n.DocumentLanguage._cache.update(saved_catalogs)


def file_digest(path: Path | str) -> str:
    """The SHA-256 of the file's bytes (of every row, on a server), to prove a command
    left the database exactly as it was."""
    return content_digest(path)


@pytest.fixture(autouse=True)
def qt_application(qapp: Any) -> Any:
    """Qt's application object, which ``call_cli`` needs for its translators; created
    by pytest-qt (a QApplication), so that GUI tests later in the session can use it."""
    return qapp


@pytest.fixture
def cli() -> Callable[..., CliResult]:
    """``cli("member", "list", "--db", path)`` runs the command in this process."""
    return call_cli


@pytest.fixture
def workspace(db_path: Path) -> Path:
    """An empty English database (made in this process: ``init`` has tests of its own)."""
    from partage.services.workspace import OrganisationSettings, create_workspace

    create_workspace(db_path, OrganisationSettings(name="Coop test", language="en")).close()
    return db_path


def add_members(path: Path, *names: str) -> dict[str, int]:
    """Add members directly through the service, to set a scene quickly; name to id."""
    from partage.services.members import MemberInput, add_member
    from partage.services.workspace import BackupPolicy, open_workspace

    db = open_workspace(path, backup=BackupPolicy(enabled=False))
    try:
        return {name: add_member(db, MemberInput(name=name)).id for name in names}
    finally:
        db.close()


def add_asset(path: Path, name: str, owners: dict[int, int] | None = None) -> int:
    """Add an asset directly through the service, owners as member id to thousandths."""
    from partage.services.assets import AssetInput, Ownership, add_asset
    from partage.services.workspace import BackupPolicy, open_workspace

    shares = tuple(Ownership(m, w) for m, w in (owners or {}).items())
    db = open_workspace(path, backup=BackupPolicy(enabled=False))
    try:
        return add_asset(db, AssetInput(name=name, kind="vehicle", owners=shares)).id
    finally:
        db.close()


@pytest.fixture(scope="session")
def large_demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite file holding the large demo co-op, made once per test process (the demo
    takes many seconds to write); tests get copies of it."""
    from partage.services.demo import create_demo

    folder = tmp_path_factory.mktemp("large-demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PARTAGE_HOME", str(folder / "home"))  # not the user's own folders
        create_demo(folder / "demo.partage", size="large").close()
    return folder / "demo.partage"


@pytest.fixture
def demo_path(new_database: Callable[[str], Path | str], request: pytest.FixtureRequest) -> Any:
    """A database holding the large demo co-op (enough rows to span many pages): a copy of
    ``large_demo_file``, or on PostgreSQL a server database filled for the test."""
    target = new_database("demo.partage")
    if ON_SERVER:
        from partage.services.demo import create_demo

        create_demo(target, size="large").close()
    else:
        shutil.copyfile(request.getfixturevalue("large_demo_file"), target)
    return target
