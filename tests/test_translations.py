"""Both languages ship complete: every visible string has a French translation."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import translations  # noqa: E402

PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")


def messages(path: Path) -> dict[tuple[str, str], list[str]]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else (
                [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            )
            found[(name, message.findtext("source") or "")] = forms
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> set[tuple[str, str]]:
    """Every translatable string in the code as it is now, extracted afresh."""
    target = tmp_path_factory.mktemp("ts") / "fresh.ts"
    translations.extract(target, "fr")
    return set(messages(target))


def test_the_code_has_translatable_strings(extracted):
    contexts = {context for context, _ in extracted}
    assert {"errors", "cli"} <= contexts
    assert len(extracted) > 100


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_visible_string_is_translated(extracted, language):
    catalog = messages(translations.CATALOGS / f"partage_{language}.ts")
    unfinished = set(translations.unfinished(translations.CATALOGS / f"partage_{language}.ts"))
    missing = sorted(key for key in extracted if key not in catalog or key in unfinished)
    assert missing == [], f"{len(missing)} strings without a {language} translation: {missing[:10]}"


def test_french_translations_keep_every_placeholder():
    wrong = []
    for (context, source), forms in messages(translations.CATALOGS / "partage_fr.ts").items():
        wanted = sorted(set(PLACEHOLDER.findall(source)) - {"%n"})
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form)) - {"%n"}) != wanted:
                wrong.append((context, source, form))
    assert wrong == []


def test_compiled_catalogs_match_their_sources(tmp_path):
    for language in translations.LANGUAGES:
        source = translations.CATALOGS / f"partage_{language}.ts"
        fresh = tmp_path / f"{language}.qm"
        subprocess.run(
            [translations.tool("lrelease"), "-silent", str(source), "-qm", str(fresh)], check=True
        )
        shipped = source.with_suffix(".qm")
        assert shipped.exists(), f"{shipped.name} is not compiled"
        assert shipped.read_bytes() == fresh.read_bytes(), f"{shipped.name} is out of date"


def test_the_french_catalog_translates_errors_and_formats_quebec_style(qapp):
    from PySide6.QtCore import QCoreApplication

    from partage import i18n

    try:
        i18n.install_translations("fr")
        assert QCoreApplication.translate("errors", "A name is required.") != "A name is required."
        locale = i18n.locale_for("fr")
        assert i18n.format_money(123456, locale) == "1\u00a0234,56\u00a0$"
        assert i18n.format_money(-5, locale) == "-0,05\u00a0$"
        assert i18n.format_money(123456, i18n.locale_for("en")) == "$1,234.56"
    finally:
        i18n.install_translations("en")
