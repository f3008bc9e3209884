"""Translated words for the codes stored in the database (kinds, statuses, meters...).

The interface never shows a raw code such as ``in_repair``; it shows these labels, and
combo boxes carry the code as item data.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox

from partage.errors import QT_TRANSLATE_NOOP

MEMBER_KINDS = {
    "person": QT_TRANSLATE_NOOP("Labels", "Person"),
    "household": QT_TRANSLATE_NOOP("Labels", "Household"),
    "organisation": QT_TRANSLATE_NOOP("Labels", "Organisation"),
}
ASSET_KINDS = {
    "equipment": QT_TRANSLATE_NOOP("Labels", "Equipment"),
    "space": QT_TRANSLATE_NOOP("Labels", "Space"),
    "vehicle": QT_TRANSLATE_NOOP("Labels", "Vehicle"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
ASSET_STATUSES = {
    "active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "in_repair": QT_TRANSLATE_NOOP("Labels", "In repair"),
    "retired": QT_TRANSLATE_NOOP("Labels", "Retired"),
}
METERS = {
    "none": QT_TRANSLATE_NOOP("Labels", "No meter"),
    "km": QT_TRANSLATE_NOOP("Labels", "Kilometres"),
    "hours": QT_TRANSLATE_NOOP("Labels", "Hours"),
}
LANGUAGES = {
    "fr": QT_TRANSLATE_NOOP("Labels", "French"),
    "en": QT_TRANSLATE_NOOP("Labels", "English"),
}
SPLIT_RULES = {
    "equal": QT_TRANSLATE_NOOP("Labels", "Equal parts"),
    "shares": QT_TRANSLATE_NOOP("Labels", "By ownership shares"),
    "usage": QT_TRANSLATE_NOOP("Labels", "By usage"),
}


def label(table: dict[str, str], code: str) -> str:
    """The translated word for *code* in *table*; the code itself if it is unknown."""
    source = table.get(code)
    return QCoreApplication.translate("Labels", source) if source else code


def fill_combo(combo: QComboBox, table: dict[str, str], current: str | None = None) -> None:
    """Fill *combo* with the labels of *table* (codes as item data) and select *current*."""
    combo.clear()
    for code in table:
        combo.addItem(label(table, code), code)
    if current is not None:
        select_code(combo, current)


def select_code(combo: QComboBox, code: str) -> None:
    """Select the item whose data is *code*, if there is one."""
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)


def combo_code(combo: QComboBox) -> str:
    """The code carried by the selected item."""
    return str(combo.currentData())


# Meter readings in the Upkeep section and its dialogs.
METER_UNITS = {
    "km": QT_TRANSLATE_NOOP("Upkeep", "{value} km"),
    "hours": QT_TRANSLATE_NOOP("Upkeep", "{value} h"),
}


def meter_text(value: int | None, meter: str) -> str:
    """A meter reading with its unit ("12 500 km"), or ``""``."""
    if value is None:
        return ""
    number = QLocale().toString(value)
    source = METER_UNITS.get(meter)
    return QCoreApplication.translate("Upkeep", source).format(value=number) if source else number
