"""Partage's own icons, from the SVG files in ``resources/icons``."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtGui import QIcon


def icons_dir() -> Path:
    """The folder of the SVG icons shipped with Partage."""
    return Path(str(resources.files("partage") / "resources" / "icons"))


def icon(name: str) -> QIcon:
    """The icon ``name.svg`` (scaled by Qt to any size, sharp on HiDPI screens)."""
    return QIcon(str(icons_dir() / f"{name}.svg"))


def app_icon() -> QIcon:
    """The application's icon: two overlapping rings."""
    return icon("partage")
