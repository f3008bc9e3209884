"""PySide6.QtGui, as PyInstaller's own hook, but only the Qt plugins Partage uses.

Filtering here, before PyInstaller follows the plugins' library links, keeps out the
libraries only a dropped plugin needs (see ``qt_selection.py``).
"""

from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies
from qt_selection import keep  # installer/, put on sys.path by partage.spec

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, folder) for source, folder in binaries
            if keep(f"{folder}/{Path(source).name}")]
