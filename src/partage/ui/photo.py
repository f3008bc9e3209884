"""An asset's photo: read an image file, scale it down, and encode it under the size limit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QImageWriter, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from partage.errors import QT_TRANSLATE_NOOP, ValidationError
from partage.services.assets import PHOTO_LIMIT_BYTES

MAX_SIDE = 1024
_JPEG_QUALITIES = (90, 80, 70, 60, 50, 40)


def _encode(image: QImage, fmt: str, quality: int = -1) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(fmt.encode("ascii")))
    writer.setQuality(quality)
    if not writer.write(image):
        raise OSError(writer.errorString())
    buffer.close()
    return bytes(data.data())


def prepare_photo(path: Path, limit: int = PHOTO_LIMIT_BYTES) -> tuple[bytes, str]:
    """The image in *path*, at most ``MAX_SIDE`` pixels wide and high, as PNG or JPEG bytes.

    Images with transparency stay PNG when they fit in *limit*; the others become JPEG,
    at the best quality that fits.

    Returns:
        The bytes and their media type.

    Raises:
        ValidationError: (field ``photo``) not an image Qt can read, or too large even
            at low quality.
    """
    image = QImage(str(path))
    if image.isNull():
        raise ValidationError(
            "photo",
            QT_TRANSLATE_NOOP("errors", "“{file}” is not an image Partage can read."),
            file=path.name,
        )
    if image.width() > MAX_SIDE or image.height() > MAX_SIDE:
        image = image.scaled(
            MAX_SIDE, MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    if image.hasAlphaChannel():
        data = _encode(image, "PNG")
        if len(data) <= limit:
            return data, "image/png"
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(Qt.GlobalColor.white)
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        image = flat
    for quality in _JPEG_QUALITIES:
        data = _encode(image, "JPEG", quality)
        if len(data) <= limit:
            return data, "image/jpeg"
    raise ValidationError(
        "photo",
        QT_TRANSLATE_NOOP("errors", "“{file}” is too large to store, even compressed."),
        file=path.name,
    )


class PhotoField(QWidget):
    """A preview of the photo with Choose… and Remove buttons.

    Attributes:
        photo: the photo's bytes, or None.
        photo_type: its media type.
        changed: True once the person chose or removed a photo.

    Signals:
        failed(error): the chosen file could not be used (a ``ValidationError``).
    """

    failed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photo: bytes | None = None
        self.photo_type = ""
        self.changed = False
        side = self.fontMetrics().height() * 10  # follows the font, so HiDPI scales it
        self.preview = QLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFixedSize(QSize(side, side))
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.preview.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.preview.setAccessibleName(self.tr("Photo preview"))
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose a photo"))
        self.remove_button = QPushButton(self.tr("Remo&ve"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the photo"))
        for button in (self.choose_button, self.remove_button):
            button.setAutoDefault(False)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove)
        self._refresh()

    def set_photo(self, photo: bytes | None, photo_type: str) -> None:
        """Show the stored photo (not counted as a change)."""
        self.photo, self.photo_type = photo, photo_type if photo else ""
        self.changed = False
        self._refresh()

    def choose(self) -> None:
        """Ask for an image file and use it; a bad file is reported by ``failed``."""
        filters = ";;".join((
            QCoreApplication.translate(
                "FileDialogs", "Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)"
            ),
            QCoreApplication.translate("FileDialogs", "All files (*)"),
        ))
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a photo"), "", filters)
        if not name:
            return
        try:
            self.load_file(Path(name))
        except ValidationError as error:
            self.failed.emit(error)

    def load_file(self, path: Path) -> None:
        """Use the image in *path*, scaled down and compressed to fit."""
        self.photo, self.photo_type = prepare_photo(path)
        self.changed = True
        self._refresh()

    def remove(self) -> None:
        """Clear the photo."""
        self.photo, self.photo_type = None, ""
        self.changed = True
        self._refresh()

    def _refresh(self) -> None:
        self.remove_button.setEnabled(self.photo is not None)
        if self.photo is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No photo"))
            return
        pixmap = QPixmap()
        if not pixmap.loadFromData(self.photo):
            self.preview.setText(self.tr("Photo cannot be shown"))
            return
        ratio = self.devicePixelRatioF()
        size = self.preview.contentsRect().size() * ratio
        scaled = pixmap.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        scaled.setDevicePixelRatio(ratio)
        self.preview.setPixmap(scaled)
