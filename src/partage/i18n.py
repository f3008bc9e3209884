"""Languages, translation catalogs and locale formatting, shared by the GUI and the CLI.

Every visible string goes through ``QCoreApplication.translate``; the catalogs live in
``resources/translations`` (``partage_fr.ts`` and ``partage_en.ts``, compiled to ``.qm``).
Money is formatted from integer cents with the locale's separators, never through float.
"""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from partage.errors import PartageError

LANGUAGES = ("fr", "en")
_installed: list[QTranslator] = []
_current_language = "en"


def translations_dir() -> Path:
    """The folder of the compiled catalogs shipped with Partage."""
    return Path(str(resources.files("partage") / "resources" / "translations"))


def system_language() -> str:
    """``fr`` when the system's language is French, else ``en``."""
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def resolve_language(choice: str | None) -> str:
    """*choice* when it is ``fr`` or ``en``; otherwise the system's language."""
    return choice if choice in LANGUAGES else system_language()


def install_translations(language: str) -> str:
    """Load Partage's catalog and Qt's own for *language*; replace any loaded before.

    Returns the language now in use.
    """
    global _current_language
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    own = QTranslator()
    if own.load(f"partage_{language}", str(translations_dir())):
        QCoreApplication.installTranslator(own)
        _installed.append(own)
    qt = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and qt.load(f"qtbase_{language}", qt_dir):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(locale_for(language))
    _current_language = language
    return language


class Translator(Protocol):
    """Anything that translates like ``QCoreApplication.translate``."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str: ...


class _ApplicationLanguage:
    """The catalogs installed in the application (the window's language)."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return QCoreApplication.translate(context, source, disambiguation, n)


APPLICATION: Translator = _ApplicationLanguage()


class DocumentLanguage:
    """Partage's catalog for one language, used without installing it.

    Documents are written in each member's language while the application keeps its
    own: a batch of statements in French and English never touches the window's texts.
    """

    _cache: dict[str, DocumentLanguage] = {}

    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGES else "en"
        self.locale = locale_for(self.language)
        self._translator = QTranslator()
        self._translator.load(f"partage_{self.language}", str(translations_dir()))

    @classmethod
    def get(cls, language: str) -> DocumentLanguage:
        """The (cached) catalog for *language*."""
        found = cls._cache.get(language)
        if found is None:
            found = cls._cache[language] = cls(language)
        return found

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """*source* in this language (the source itself when the catalog lacks it)."""
        text = self._translator.translate(context, source, disambiguation, n) or source
        return text.replace("%n", self.locale.toString(n)) if n >= 0 else text


def current_language() -> str:
    """The language installed last."""
    return _current_language


def translate(context: str, text: str, n: int = -1) -> str:
    """Shorthand for ``QCoreApplication.translate``."""
    return QCoreApplication.translate(context, text, None, n)


def error_text(error: PartageError) -> str:
    """The translated message of *error*, its parameters filled in."""
    message = QCoreApplication.translate("errors", error.message)
    try:
        return message.format(**error.params)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return error.message.format(**error.params)


def locale_for(language: str) -> QLocale:
    """Québec formats: French (Canada) or English (Canada)."""
    if language == "fr":
        return QLocale(QLocale.Language.French, QLocale.Country.Canada)
    return QLocale(QLocale.Language.English, QLocale.Country.Canada)


def format_money(cents: int, locale: QLocale | None = None, currency: str = "CAD") -> str:
    """``1 234,56 $`` in fr_CA, ``$1,234.56`` in en_CA, from integer cents."""
    locale = locale or QLocale()
    whole, fraction = divmod(abs(cents), 100)
    number = f"{locale.toString(whole)}{locale.decimalPoint()}{fraction:02d}"
    symbol = "$" if currency in ("CAD", "USD") else currency
    # The locale's own pattern says where the symbol goes and with which space.
    pattern = locale.toCurrencyString(7, symbol)
    text = pattern.replace("7", number, 1)
    return f"{locale.negativeSign()}{text}" if cents < 0 else text


def format_date(value: dt.date | None, locale: QLocale | None = None) -> str:
    """The date in the locale's short format (``2026-03-31`` in Québec), or ``""``."""
    if value is None:
        return ""
    locale = locale or QLocale()
    return locale.toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def format_weight(milli: int, locale: QLocale | None = None) -> str:
    """A share weight from thousandths: ``1,5`` in French, ``1.5`` in English."""
    locale = locale or QLocale()
    whole, fraction = divmod(milli, 1000)
    text = locale.toString(whole)
    if fraction:
        text += locale.decimalPoint() + f"{fraction:03d}".rstrip("0")
    return text
