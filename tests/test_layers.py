"""The layers of ARCHITECTURE.md, checked on the source: a broken rule fails here.

Every ``import`` of every module under ``src/partage`` is read, those inside functions
too (a lazy import is still a dependency), but not those under ``if TYPE_CHECKING:``
(annotations only, never run).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SOURCE / "partage"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SOURCE).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    return "TYPE_CHECKING" in ast.unparse(test)


def imports(path: Path, text: str | None = None) -> Iterator[tuple[str, int]]:
    """(imported module, line) for each import run by the module at *path* (whose source
    is *text* when given)."""
    name = module_name(path)
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    known = modules()

    def visit(node: ast.AST) -> Iterator[tuple[str, int]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child.test):
                for other in child.orelse:
                    yield from visit(other)
                continue
            if isinstance(child, ast.Import):
                for alias in child.names:
                    yield alias.name, child.lineno
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package[: len(package) - child.level + 1]
                    target = ".".join([*base, child.module] if child.module else base)
                else:
                    target = child.module or ""
                submodules = [f"{target}.{a.name}" for a in child.names]
                if all(sub in known for sub in submodules):
                    # ``from partage.storage import backup``: the submodules, not the
                    # package's own code.
                    for sub in submodules:
                        yield sub, child.lineno
                else:
                    yield target, child.lineno
            yield from visit(child)

    source = path.read_text(encoding="utf-8") if text is None else text
    yield from visit(ast.parse(source))


def layer(name: str) -> str:
    """The layer of a module of Partage: ``ui``, ``cli``, ``services``… or its own name
    for a top-level module (``partage.i18n`` → ``i18n``)."""
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else ""


def _within(target: str, prefixes: tuple[str, ...]) -> bool:
    return any(target == p or target.startswith(p + ".") for p in prefixes)


# (layers the rule binds, what they must not import, why)
RULES = [
    (
        ("ui", "cli", "app"),
        ("partage.models", "partage.storage", "sqlalchemy"),
        "the interfaces reach the data through the services only",
    ),
    (
        ("services", "storage", "models", "reports"),
        ("PySide6", "shiboken6"),
        "below the interfaces, nothing imports Qt (translation and locale formats go "
        "through partage.i18n)",
    ),
    (
        ("storage", "models"),
        ("partage.services", "partage.reports", "partage.ui", "partage.cli"),
        "storage and models know nothing above them",
    ),
    (
        ("services",),
        ("partage.reports", "partage.ui", "partage.cli"),
        "services have documents drawn through partage.rendering, never by importing reports",
    ),
    (
        ("reports",),
        ("partage.ui", "partage.cli", "partage.storage"),
        "reports draw plain data",
    ),
]


def broken_rules() -> list[str]:
    found = []
    for name, path in modules().items():
        own = layer(name)
        for bound, forbidden, why in RULES:
            if own not in bound:
                continue
            for target, line in imports(path):
                if _within(target, forbidden):
                    relative = path.relative_to(SOURCE.parent)
                    found.append(f"{relative}:{line} imports {target}: {why}")
    return found


def test_every_layer_keeps_to_its_rules() -> None:
    assert broken_rules() == []


def import_graph() -> dict[str, set[str]]:
    known = modules()
    return {
        name: {target for target, _ in imports(path) if target in known and target != name}
        for name, path in known.items()
    }


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def strong(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph[node]):
            if other not in index:
                strong(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            strong(node)
    return found


def test_no_module_imports_itself_back_through_others() -> None:
    assert cycles(import_graph()) == []


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        ({"a": {"b"}, "b": {"a"}, "c": set()}, [["a", "b"]]),
        ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
    ],
)
def test_the_cycle_finder_finds_cycles(
    graph: dict[str, set[str]], expected: list[list[str]]
) -> None:
    assert cycles(graph) == expected


def test_a_lazy_import_and_a_relative_one_count_but_not_annotations() -> None:
    # A rule that cannot fail checks nothing: an import inside a function counts.
    text = (
        "from typing import TYPE_CHECKING\n"
        "from . import ledger\n"
        "if TYPE_CHECKING:\n"
        "    from partage.ui.tables import Table\n"
        "def f():\n"
        "    from partage.reports.statement import document\n"
    )
    found = list(imports(PACKAGE / "services" / "example.py", text))
    assert ("partage.reports.statement", 6) in found
    assert ("partage.services.ledger", 2) in found
    assert not any(target.startswith("partage.ui") for target, _ in found)
