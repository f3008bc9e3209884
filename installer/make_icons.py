"""Render the application icon for the installers from ``resources/icons/partage.svg``.

``python installer/make_icons.py [OUT_DIR]`` writes, into ``build/icons`` by default:

- ``png/partage-<size>.png`` — the SVG drawn by Qt at each size (sharp, not scaled down);
- ``partage.ico`` — Windows: 16 to 256 pixels, one PNG drawn at each size;
- ``partage.icns`` — macOS: 16 to 1024 pixels.

The icons are generated, not kept in the repository: the SVG stays the one source. Qt
draws, Pillow (a dependency of reportlab, so always present) packs the ``.ico`` and
``.icns`` files, on any platform.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "src" / "partage" / "resources" / "icons" / "partage.svg"
DEFAULT_OUT = ROOT / "build" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render_pngs(svg: Path, sizes: set[int]) -> dict[int, bytes]:
    """The SVG drawn by Qt on a transparent square of each size, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    pngs: dict[int, bytes] = {}
    for size in sorted(sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        pngs[size] = bytes(data.data())
    del _app
    return pngs


def write_icons(out_dir: Path, svg: Path = SVG) -> dict[str, Path]:
    """Write the PNGs, the ``.ico`` and the ``.icns`` into *out_dir*; return their paths."""
    from PIL import Image

    pngs = render_pngs(svg, set(ICO_SIZES) | set(ICNS_SIZES))
    png_dir = out_dir / "png"
    png_dir.mkdir(parents=True, exist_ok=True)
    for size, data in pngs.items():
        (png_dir / f"partage-{size}.png").write_bytes(data)
    images = {size: Image.open(io.BytesIO(data)) for size, data in pngs.items()}

    ico = out_dir / "partage.ico"
    largest = images[max(ICO_SIZES)]
    largest.save(
        ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    icns = out_dir / "partage.icns"
    images[max(ICNS_SIZES)].save(
        icns, format="ICNS",
        append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)],
    )
    return {"ico": ico, "icns": icns, "png": png_dir / "partage-256.png"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", nargs="?", type=Path, default=DEFAULT_OUT)
    arguments = parser.parse_args()
    for kind, path in write_icons(arguments.out_dir).items():
        print(f"{kind}: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
