"""Partage's own icons, from the SVG files in ``resources/icons``.

The icons are drawn with ``currentColor`` strokes on a 24×24 grid; ``icon`` paints them
in the palette's text colour when they are drawn (greyed when disabled), so they read as
well in a dark theme as in a light one.
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer

SECTION_ICONS = ("dashboard", "calendar", "assets", "members", "costs", "upkeep", "split",
                 "balances", "statements")
ACTION_ICONS = ("new", "open", "save", "import", "export", "print", "add", "edit", "delete",
                "refresh", "help", "backup", "settings", "close")


def icons_dir() -> Path:
    """The folder of the SVG icons shipped with Partage."""
    return Path(str(resources.files("partage") / "resources" / "icons"))


@cache
def _svg_text(name: str) -> str:
    return (icons_dir() / f"{name}.svg").read_text(encoding="utf-8")


def icon_names() -> list[str]:
    """Every icon shipped, by name (the file name without ``.svg``)."""
    return sorted(path.stem for path in icons_dir().glob("*.svg"))


def text_colour() -> QColor:
    """The colour icons are drawn in: the palette's window text colour."""
    return QGuiApplication.palette().color(QPalette.ColorRole.WindowText)


def render(name: str, size: int, colour: QColor | None = None) -> QPixmap:
    """The icon *name* painted at *size* × *size* pixels in *colour* (the text colour).

    Raises:
        FileNotFoundError: no icon has that name.
    """
    colour = colour or text_colour()
    svg = _svg_text(name).replace("currentColor", colour.name())
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


class ThemedIconEngine(QIconEngine):
    """Paints an SVG icon on demand, in the palette's colours at the moment it is drawn.

    So a change of theme recolours every icon already shown, and no size is painted
    before it is needed (the window's first paint stays quick).
    """

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def _colour(self, mode: QIcon.Mode) -> QColor:
        palette = QGuiApplication.palette()
        if mode == QIcon.Mode.Disabled:
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        if mode == QIcon.Mode.Selected:
            return palette.color(QPalette.ColorRole.HighlightedText)
        return palette.color(QPalette.ColorRole.WindowText)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return _cached(self.name, max(1, min(size.width(), size.height())),
                       self._colour(mode).name())

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        side = max(1, round(min(size.width(), size.height()) * scale))
        pixmap = QPixmap(_cached(self.name, side, self._colour(mode).name()))
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        side = max(1, round(min(rect.width(), rect.height()) * ratio))
        pixmap = QPixmap(_cached(self.name, side, self._colour(mode).name()))
        pixmap.setDevicePixelRatio(ratio)
        painter.drawPixmap(rect.topLeft(), pixmap)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        return ThemedIconEngine(self.name)

    def iconName(self) -> str:
        return self.name


@lru_cache(maxsize=512)
def _cached(name: str, side: int, colour: str) -> QPixmap:
    return render(name, side, QColor(colour))


def icon(name: str) -> QIcon:
    """The icon ``name.svg``, drawn in the palette's text colour at any size.

    Raises:
        FileNotFoundError: no icon has that name (a mistake in the program).
    """
    path = icons_dir() / f"{name}.svg"
    if name == "partage":  # the application's own colours, never recoloured
        return QIcon(str(path))
    if not path.is_file():
        raise FileNotFoundError(path)
    return QIcon(ThemedIconEngine(name))


def app_icon() -> QIcon:
    """The application's icon: two overlapping rings."""
    return icon("partage")


def icon_size(widget_font_height: int) -> QSize:
    """A square icon size that suits text *widget_font_height* pixels high."""
    side = max(16, round(widget_font_height * 1.25))
    return QSize(side, side)
