"""A cost's receipt: attach a PDF or an image, open it in the system's viewer, remove it."""

from __future__ import annotations

import atexit
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from partage.errors import QT_TRANSLATE_NOOP, PartageError, ValidationError
from partage.services.costs import RECEIPT_LIMIT_BYTES, RECEIPT_TYPES, get_receipt
from partage.services.files import read_named_file
from partage.services.workspace import Database
from partage.ui.errors import show_error

SUFFIX_TYPES = {
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".webp": "image/webp",
}
TYPE_SUFFIXES = {
    "application/pdf": ".pdf",
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/webp": ".webp",
}
_MAGIC = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
)
_UNSAFE = re.compile(r"[^\w.\- ]+")

# Opened receipts are written here; the viewer reads them after Partage hands them over,
# so they stay until Partage quits.
_open_folder: Path | None = None
# The system's viewer; tests replace it to see what would be opened.
open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl


def receipt_type(path: Path, head: bytes) -> str:
    """The media type of a receipt file, from its first bytes or else its suffix; ``""``
    when it is none of ``RECEIPT_TYPES``."""
    for magic, media_type in _MAGIC:
        if head.startswith(magic):
            return media_type
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return SUFFIX_TYPES.get(path.suffix.lower(), "")


def read_receipt(path: Path) -> tuple[bytes, str]:
    """The bytes and media type of the receipt in *path*.

    Raises:
        ValidationError: (field ``receipt``) unreadable, too large, or not a PDF or image.
    """
    try:
        size = path.stat().st_size
    except OSError:
        raise ValidationError(
            "receipt",
            QT_TRANSLATE_NOOP("errors", "“{file}” cannot be read."),
            file=path.name,
        ) from None
    if size > RECEIPT_LIMIT_BYTES:
        raise ValidationError(
            "receipt",
            QT_TRANSLATE_NOOP(
                "errors", "The receipt is too large ({size} kB; {limit} kB at most)."
            ),
            size=size // 1024,
            limit=RECEIPT_LIMIT_BYTES // 1024,
        )
    try:
        # At most the limit and one byte: a device, a pipe or a file that grew since is
        # refused at once instead of being read whole on the GUI thread.
        data = read_named_file(path, limit=RECEIPT_LIMIT_BYTES)
    except PartageError as error:
        raise ValidationError("receipt", error.message, **error.params) from None
    media_type = receipt_type(path, data[:16])
    if media_type not in RECEIPT_TYPES:
        raise ValidationError(
            "receipt",
            QT_TRANSLATE_NOOP("errors", "The receipt must be a PDF, PNG, JPEG or WebP file."),
        )
    return data, media_type


def _folder() -> Path:
    global _open_folder
    if _open_folder is None:
        _open_folder = Path(tempfile.mkdtemp(prefix="partage-receipts-"))
        atexit.register(shutil.rmtree, _open_folder, True)
    return _open_folder


def write_for_viewer(data: bytes, name: str, media_type: str) -> Path:
    """Write a receipt to a file of its own in a temporary folder; return its path."""
    stem = _UNSAFE.sub("_", Path(name).stem).strip() or "receipt"
    suffix = TYPE_SUFFIXES.get(media_type, Path(name).suffix or ".bin")
    folder = Path(tempfile.mkdtemp(dir=_folder()))  # one folder each: names never clash
    path = folder / f"{stem}{suffix}"
    path.write_bytes(data)
    return path


def show_receipt(parent: QWidget | None, data: bytes, name: str, media_type: str) -> Path:
    """Open a receipt in the system's viewer; return the file written for it."""
    path = write_for_viewer(data, name, media_type)
    if not open_url(QUrl.fromLocalFile(str(path))):
        show_error(
            parent,
            PartageError(
                QT_TRANSLATE_NOOP("errors", "No application could open “{file}”."),
                file=str(path),
            ),
        )
    return path


def open_receipt(parent: QWidget | None, db: Database, cost_id: int) -> Path | None:
    """Open the stored receipt of a cost; return the file written, or None."""
    try:
        stored = get_receipt(db, cost_id)
    except PartageError as error:
        show_error(parent, error)
        return None
    if stored is None:
        return None
    data, media_type, name = stored
    return show_receipt(parent, data, name, media_type)


class ReceiptField(QWidget):
    """The receipt in a cost form: its name and size, Attach…, Open and Remove.

    Attributes:
        data: the receipt attached in this form, or None (see ``stored``).
        name: its file name.
        media_type: its media type.
        changed: True once the person attached or removed a receipt.

    Signals:
        failed(error): the chosen file could not be used (a ``ValidationError``).
    """

    failed = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.cost_id: int | None = None
        self.stored = False  # the saved cost has a receipt (not read until opened)
        self.data: bytes | None = None
        self.name = ""
        self.media_type = ""
        self.changed = False
        self.last_opened: Path | None = None
        self.label = QLabel(self)
        self.label.setAccessibleName(self.tr("Receipt"))
        self.attach_button = QPushButton(self.tr("Attac&h…"), self)
        self.attach_button.setAccessibleName(self.tr("Attach a receipt"))
        self.open_button = QPushButton(self.tr("Op&en"), self)
        self.open_button.setAccessibleName(self.tr("Open the receipt"))
        self.remove_button = QPushButton(self.tr("Remo&ve"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the receipt"))
        for button in (self.attach_button, self.open_button, self.remove_button):
            button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.attach_button)
        layout.addWidget(self.open_button)
        layout.addWidget(self.remove_button)
        self.setFocusProxy(self.attach_button)
        self.attach_button.clicked.connect(self.choose)
        self.open_button.clicked.connect(self.open)
        self.remove_button.clicked.connect(self.remove)
        self._refresh()

    def set_stored(self, cost_id: int, name: str) -> None:
        """Show the receipt saved with cost *cost_id* (not counted as a change)."""
        self.cost_id = cost_id
        self.stored = True
        self.name = name
        self.data = None
        self.changed = False
        self._refresh()

    def set_none(self) -> None:
        """Show no receipt (not counted as a change)."""
        self.cost_id = None
        self.stored = False
        self.name = ""
        self.data = None
        self.changed = False
        self._refresh()

    @property
    def has_receipt(self) -> bool:
        """True when the form holds a receipt (attached now or stored)."""
        return self.data is not None if self.changed else self.stored

    def choose(self) -> None:
        """Ask for a PDF or image file and attach it; a bad file is reported by ``failed``."""
        filters = ";;".join((
            QCoreApplication.translate(
                "FileDialogs", "Receipts (*.pdf *.png *.jpg *.jpeg *.webp)"
            ),
            QCoreApplication.translate("FileDialogs", "All files (*)"),
        ))
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a receipt"), "", filters)
        if name:
            self.attach_file(Path(name))

    def attach_file(self, path: Path) -> bool:
        """Attach the receipt in *path*; False (and ``failed``) when it cannot be used."""
        try:
            data, media_type = read_receipt(path)
        except ValidationError as error:
            self.failed.emit(error)
            return False
        self.data, self.media_type, self.name = data, media_type, path.name
        self.changed = True
        self._refresh()
        return True

    def remove(self) -> None:
        """Take the receipt off the cost (saved with the form)."""
        self.data, self.media_type, self.name = None, "", ""
        self.changed = True
        self._refresh()

    def open(self) -> None:
        """Show the receipt in the system's viewer."""
        if self.changed and self.data is not None:
            self.last_opened = show_receipt(self, self.data, self.name, self.media_type)
        elif not self.changed and self.stored and self.cost_id is not None:
            self.last_opened = open_receipt(self, self.db, self.cost_id)

    def _refresh(self) -> None:
        has = self.has_receipt
        if not has:
            self.label.setText(self.tr("No receipt"))
        elif self.changed and self.data is not None:
            self.label.setText(
                self.tr("{name} ({size} kB)").format(
                    name=self.name, size=max(1, round(len(self.data) / 1024))
                )
            )
        else:
            self.label.setText(self.name or self.tr("Receipt attached"))
        self.label.setToolTip(self.label.text())
        self.open_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.attach_button.setText(self.tr("Re&place…") if has else self.tr("Attac&h…"))
