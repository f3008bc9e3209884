"""What the installers share: version, executables, bundle folder, identifiers, data files.

Read by ``partage.spec``, ``build.py`` and ``tests/test_installer.py``, so that the bundle,
the installers and the package never disagree. The version is read from ``src/partage/__init__.py``
without importing the package (importing it would not need Qt today, but the spec should
not depend on that).
"""

from __future__ import annotations

import platform
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = ROOT / "src" / "partage"

APP_NAME = "Partage"
GUI_EXECUTABLE = "partage"          # windowed: partage.exe on Windows
CLI_EXECUTABLE = "partage-cli"      # console: partage-cli.exe on Windows
BUNDLE_IDENTIFIER = "org.partage.Partage"
DOCUMENT_EXTENSION = "partage"


def version() -> str:
    """The package's ``__version__``, e.g. ``0.1.0``."""
    text = (PACKAGE_DIR / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise RuntimeError("no __version__ in src/partage/__init__.py")
    return match.group(1)


def platform_tag(system: str | None = None, machine: str | None = None) -> str:
    """The platform's tag in file names: ``linux-x86_64``, ``windows-x64``, ``macos-arm64``…

    Args:
        system: as ``sys.platform`` (default: this machine's).
        machine: as ``platform.machine()`` (default: this machine's).
    """
    system = system or sys.platform
    machine = (machine or platform.machine()).lower()
    machine = {"amd64": "x64", "x86_64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    if system == "win32":
        return f"windows-{machine.replace('x86_64', 'x64')}"
    if system == "darwin":
        return f"macos-{machine}"
    return f"{system.rstrip('0123456789')}-{machine}"


def bundle_name(tag: str | None = None) -> str:
    """The one-folder bundle's folder under ``dist/``, e.g. ``partage-linux-x86_64``."""
    return f"{GUI_EXECUTABLE}-{tag or platform_tag()}"


def executable(name: str) -> str:
    """*name* with the platform's executable suffix."""
    return f"{name}.exe" if sys.platform == "win32" else name


def package_data() -> list[tuple[Path, str]]:
    """The files the package reads at run time, each with its folder in the bundle.

    ``importlib.resources`` finds the icons and catalogs below the bundle's ``partage/``
    folder; ``storage/schema.py`` finds the Alembic scripts next to itself
    (``MIGRATIONS_DIR``), and Alembic loads them from source files, not as imports.
    """
    migrations = PACKAGE_DIR / "storage" / "migrations"
    folders = {
        "partage/resources/icons": sorted((PACKAGE_DIR / "resources" / "icons").glob("*.svg")),
        "partage/resources/translations": sorted(
            (PACKAGE_DIR / "resources" / "translations").glob("*.qm")
        ),
        "partage/storage/migrations": [migrations / "env.py", migrations / "script.py.mako"],
        "partage/storage/migrations/versions": sorted((migrations / "versions").glob("*.py")),
    }
    return [(path, folder) for folder, paths in folders.items() for path in paths]
