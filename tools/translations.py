"""Keep the translation catalogs in step with the code.

    python tools/translations.py update    # extract strings into the .ts catalogs
    python tools/translations.py missing   # list French strings still to translate
    python tools/translations.py release   # compile the .ts catalogs to .qm

English is the source language: its catalog gets each source text as its translation
(plural forms spelled out), so both languages ship complete, compiled catalogs.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "partage"
CATALOGS = SOURCES / "resources" / "translations"
LANGUAGES = {"fr": "fr_CA", "en": "en_CA"}


def tool(name: str) -> str:
    """The path of a Qt Linguist tool shipped with PySide6."""
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if not found:
        sys.exit(f"pyside6-{name} not found; install PySide6")
    return found


def python_sources() -> list[str]:
    return sorted(
        str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py") if "migrations" not in p.parts
    )


def extract(target: Path, language: str) -> None:
    """Run lupdate over the sources into *target* (existing translations are kept)."""
    subprocess.run(
        [tool("lupdate"), "-no-obsolete", "-locations", "none", *python_sources(),
         "-source-language", "en", "-target-language", LANGUAGES[language], "-ts", str(target)],
        cwd=ROOT, check=True, capture_output=True,
    )


def english_plural(source: str, count_is_one: bool) -> str:
    """'%n member(s)' becomes '%n member' or '%n members'."""
    return re.sub(r"\((s|es)\)", "" if count_is_one else r"\1", source)


def fill_english(path: Path) -> None:
    """Give every English message its source text as translation."""
    tree = ET.parse(path)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            for one in (True, False):
                ET.SubElement(translation, "numerusform").text = english_plural(source, one)
        else:
            translation.text = source
    write(tree, path)


def write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def unfinished(path: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    missing = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else (
                [f.text for f in translation.iter("numerusform")] or [translation.text]
            )
            done = (
                translation is not None
                and translation.get("type") not in ("unfinished", "vanished", "obsolete")
                and forms and all(f and f.strip() for f in forms)
            )
            if not done:
                missing.append((name, message.findtext("source") or ""))
    return missing


def release() -> None:
    for language in LANGUAGES:
        ts = CATALOGS / f"partage_{language}.ts"
        subprocess.run(
            [tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )


def main() -> None:
    command = sys.argv[1] if len(sys.argv) > 1 else "update"
    CATALOGS.mkdir(parents=True, exist_ok=True)
    if command == "update":
        for language in LANGUAGES:
            extract(CATALOGS / f"partage_{language}.ts", language)
        fill_english(CATALOGS / "partage_en.ts")
        print(f"{len(unfinished(CATALOGS / 'partage_fr.ts'))} French strings to translate")
    elif command == "missing":
        for context, source in unfinished(CATALOGS / "partage_fr.ts"):
            print(f"[{context}] {source}")
    elif command == "release":
        release()
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
