"""The interface talks to services only: no SQLAlchemy, models or storage in ui/ or app.py."""

from __future__ import annotations

import ast
from pathlib import Path

import partage

FORBIDDEN = ("sqlalchemy", "partage.models", "partage.storage")
PACKAGE = Path(partage.__file__).parent


def gui_modules() -> list[Path]:
    return sorted((PACKAGE / "ui").rglob("*.py")) + [PACKAGE / "app.py"]


def imported_modules(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names.extend(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def is_forbidden(name: str) -> bool:
    return any(name == f or name.startswith(f + ".") for f in FORBIDDEN)


def test_the_scan_sees_the_gui_modules() -> None:
    names = {path.name for path in gui_modules()}
    assert {"app.py", "main_window.py", "members.py", "assets.py", "worker.py"} <= names


def test_the_scan_would_catch_a_forbidden_import(tmp_path: Path) -> None:
    module = tmp_path / "leaky.py"
    module.write_text(
        "import sqlalchemy.orm\nfrom partage import storage\n"
        "from partage.services.workspace import Database\n",
        encoding="utf-8",
    )
    forbidden = [name for name in imported_modules(module) if is_forbidden(name)]
    assert forbidden == ["sqlalchemy.orm", "partage.storage"]


def test_gui_imports_only_services_and_shared_modules() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): bad
        for path in gui_modules()
        if (bad := [name for name in imported_modules(path) if is_forbidden(name)])
    }
    assert offenders == {}
