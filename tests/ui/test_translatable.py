"""Every visible string can be extracted by lupdate: translation calls take literal text.

``pyside6-lupdate`` only sees ``tr("…")`` and ``translate("Context", "…")`` written with
string literals; a helper such as ``_tr(text)`` hides its strings from the catalogs, and
they then stay English in French. A variable text is allowed only where the module marks
its texts with ``QT_TRANSLATE_NOOP`` in the same context (tables of labels).
"""

from __future__ import annotations

import ast
from pathlib import Path

import partage

PACKAGE = Path(partage.__file__).parent
TRANSLATING = {"tr", "translate"}  # self.tr(), QCoreApplication.translate(), translate()


def gui_modules() -> list[Path]:
    return sorted((PACKAGE / "ui").rglob("*.py")) + [PACKAGE / "app.py"]


def is_literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def translation_call(call: ast.Call) -> str | None:
    """``tr`` or ``translate`` when *call* is one (not ``QPainter.translate``), else None."""
    func = call.func
    if isinstance(func, ast.Name) and func.id in TRANSLATING:
        return func.id
    if isinstance(func, ast.Attribute) and func.attr == "tr":
        return "tr"
    owner = getattr(func, "value", None)
    if (isinstance(func, ast.Attribute) and func.attr == "translate"
            and isinstance(owner, ast.Name) and owner.id == "QCoreApplication"):
        return "translate"
    return None


def dynamic_translations(path: Path) -> list[str]:
    """``file:line function`` of each translation call whose text is not a literal."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    marked = {
        call.args[0].value
        for call in ast.walk(tree)
        if isinstance(call, ast.Call) and getattr(call.func, "id", "") == "QT_TRANSLATE_NOOP"
        and call.args and is_literal(call.args[0])
    }
    found = []
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for call in ast.walk(function):
            if not isinstance(call, ast.Call):
                continue
            name = translation_call(call)
            if name is None:
                continue
            text_args = call.args[:1] if name == "tr" else call.args[:2]
            context = getattr(text_args[0], "value", None) if text_args else None
            if name == "translate" and len(text_args) == 2 and context in marked:
                continue  # translates a text marked with QT_TRANSLATE_NOOP
            if not text_args or not all(is_literal(arg) for arg in text_args):
                found.append(f"{path.name}:{call.lineno} {function.name}")
    return found


def test_the_scan_finds_a_hidden_string(tmp_path: Path) -> None:
    module = tmp_path / "hidden.py"
    module.write_text(
        "LABELS = {'a': QT_TRANSLATE_NOOP('Labels', 'A')}\n"
        "def _tr(text):\n    return QCoreApplication.translate('Ctx', text)\n"
        "def label(code):\n    return QCoreApplication.translate('Labels', LABELS[code])\n"
        "def fine(self, painter):\n    painter.translate(3, 4)\n    return self.tr('Shown')\n",
        encoding="utf-8",
    )
    assert [entry.split(" ")[1] for entry in dynamic_translations(module)] == ["_tr"]


def test_every_translation_call_has_literal_text() -> None:
    offenders = [entry for path in gui_modules() for entry in dynamic_translations(path)]
    assert offenders == []
