"""Which of Qt's files the bundle carries: the plugins Partage uses, two languages.

PyInstaller collects every plugin of every kind a Qt module can use (Wayland, VNC, the
virtual keyboard that pulls in Qt Quick, the GTK theme that pulls in the build machine's
GTK…). ``hooks/hook-PySide6.QtGui.py`` keeps only what :func:`keep` accepts before
PyInstaller follows the plugins' library links, so the libraries only a dropped plugin
needs are never collected; ``partage.spec`` applies the same rule to the rest.
"""

from __future__ import annotations

import sys

if sys.platform == "win32":
    _PLATFORMS = {"qwindows", "qoffscreen"}
elif sys.platform == "darwin":
    _PLATFORMS = {"libqcocoa", "libqoffscreen"}
else:
    _PLATFORMS = {"libqxcb", "libqoffscreen"}

# Plugin folders kept, with the plugins kept in each (None: all of them). A folder not
# listed is dropped. `offscreen` lets the bundle start without a screen (smoke test, CI).
KEEP_PLUGINS: dict[str, set[str] | None] = {
    "platforms": _PLATFORMS,
    # Native file dialogs through the desktop portal. Not the GTK theme: its plugin would
    # carry the build machine's GTK, or clash with the user's.
    "platformthemes": {"libqxdgdesktopportal"},
    # Accents and dead keys (French!) on Linux.
    "platforminputcontexts": {"libcomposeplatforminputcontextplugin",
                              "libibusplatforminputcontextplugin"},
    "xcbglintegrations": None,
    "styles": None,           # the Windows 11 style
    "iconengines": None,      # SVG icons
    # Asset photos and receipts: PNG and BMP are built in; SVG and ICO for icons.
    "imageformats": {f"{prefix}{name}" for prefix in ("", "lib")
                     for name in ("qjpeg", "qgif", "qwebp", "qsvg", "qico")},
    "printsupport": None,     # printing statements (CUPS on Linux)
    "accessiblebridge": None,
}
# Files nothing of Partage's needs: software OpenGL for Qt Quick (20 MB on Windows), and,
# in case another hook brings them, the Qt Quick/QML and Wayland libraries.
DROP_FILES = ("opengl32sw.dll",)
DROP_QT_LIBRARIES = ("Qt6Quick", "Qt6Qml", "Qt6VirtualKeyboard", "Qt6Wayland",
                     "Qt6WlShell", "Qt6EglFsKms", "Qt6VncSupport")
LANGUAGES = ("fr", "en")


def keep(destination: str) -> bool:
    """Whether the bundle keeps the file it would put at *destination* (relative path)."""
    path = destination.replace("\\", "/")
    name = path.rsplit("/", 1)[-1]
    stem = name.split(".", 1)[0]
    if "/Qt/plugins/" in path or path.startswith("Qt/plugins/"):
        parts = path.split("/plugins/", 1)[1].split("/")
        folder = parts[0]
        if folder not in KEEP_PLUGINS:
            return False
        kept = KEEP_PLUGINS[folder]
        # A folder's own subfolders (platforms/darwin on macOS) go with the folder.
        return kept is None or len(parts) > 2 or stem in kept
    if name in DROP_FILES:
        return False
    for library in DROP_QT_LIBRARIES:
        # libQt6Quick.so.6 (Linux), Qt6Quick.dll (Windows), QtQuick.framework (macOS)
        if library in name or f"/{library.replace('Qt6', 'Qt')}" in path:
            return False
    if "/Qt/translations/" in path:  # Qt's own catalogs
        return stem.endswith(tuple(f"_{language}" for language in LANGUAGES))
    return True
