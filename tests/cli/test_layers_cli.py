"""How the modules of ``partage.cli`` import one another, read from their source.

``parser`` assembles the command modules; the command modules build their subcommands
with ``options`` and print through ``common``; those two import nothing of the CLI. So
the imports inside the CLI never go round in a circle, and a command module can be read,
tested and moved without the others.
"""

from __future__ import annotations

import ast
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import pytest

import partage.cli

PACKAGE = "partage.cli"
SOURCES = Path(partage.cli.__file__).parent
SHARED = {"options", "common"}


def cli_imports(folder: Path, name: str) -> set[str]:
    """The modules of the CLI in *folder* that module *name* imports, at its top or
    inside a function.

    Importing ``partage.cli.x`` also runs the package's ``__init__``; that is the package
    starting, not one module using another, so it is not counted.
    """
    modules = {path.stem for path in folder.glob("*.py")}
    tree = ast.parse((folder / f"{name}.py").read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0 and node.module, f"{name}: a relative import"
            # ``from partage.cli import x``: x is a module of the CLI, or a name of __init__.
            targets = [
                f"{PACKAGE}.{alias.name}"
                if node.module == PACKAGE and alias.name in modules
                else node.module
                for alias in node.names
            ]
        else:
            continue
        for target in targets:
            if target == PACKAGE:
                found.add("__init__")
            elif target.startswith(PACKAGE + "."):
                found.add(target.removeprefix(PACKAGE + ".").split(".")[0])
    found.discard(name)
    return found


def import_graph(folder: Path = SOURCES) -> dict[str, set[str]]:
    """Each module of the CLI in *folder*, and the modules of the CLI it imports."""
    return {path.stem: cli_imports(folder, path.stem) for path in sorted(folder.glob("*.py"))}


def cycle_in(graph: dict[str, set[str]]) -> list[str] | None:
    """One circle of imports in *graph*, or None."""
    try:
        TopologicalSorter(graph).prepare()
    except CycleError as error:
        return list(error.args[1])
    return None


def test_the_imports_inside_the_cli_never_go_round_in_a_circle() -> None:
    graph = import_graph()

    assert {"__init__", "parser", "options", "common"} <= set(graph)
    assert cycle_in(graph) is None, " -> ".join(cycle_in(graph) or [])


def test_command_modules_use_only_the_shared_modules_and_parser_assembles_them() -> None:
    graph = import_graph()
    commands = {name for name in graph if name.endswith("_commands")}

    assert len(commands) >= 10, "the command modules are found"
    for name in sorted(commands):
        assert graph[name] <= SHARED, f"{name} imports {sorted(graph[name] - SHARED)}"
    for name in sorted(SHARED):
        assert graph[name] == set(), f"{name} imports {sorted(graph[name])}"
    assert commands <= graph["parser"]
    assert "parser" not in set().union(*(graph[name] for name in commands | SHARED))


def test_the_check_sees_imports_inside_functions_and_finds_a_circle(tmp_path: Path) -> None:
    # A check blind to ``from partage.cli.x import y`` inside a function would pass
    # whatever the code does: the old cycle went through such an import.
    sources = {
        "__init__": "def main():\n    from partage.cli.parser import build_parser\n",
        "parser": "from partage.cli import member_commands, options\n",
        "options": "",
        "common": "",
        "member_commands": (
            "from partage.cli.common import say\n"
            "def run():\n    from partage.cli.parser import LANGUAGES\n"
        ),
    }
    for name, text in sources.items():
        (tmp_path / f"{name}.py").write_text(text, encoding="utf-8")

    graph = import_graph(tmp_path)

    assert graph["__init__"] == {"parser"}
    assert graph["parser"] == {"member_commands", "options"}
    assert graph["member_commands"] == {"common", "parser"}
    assert cycle_in(graph) is not None
    with pytest.raises(AssertionError):
        assert graph["member_commands"] <= SHARED
