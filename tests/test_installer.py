"""The installer recipes agree with the package, without building anything.

Building and starting the frozen bundle is ``python installer/build.py --smoke`` (CI runs
it after the tests); these checks are the cheap part: every file the package reads at
run time is in the bundle where the package looks for it, the Windows installer names
the programs the spec builds, the versions agree, the Qt plugins Partage needs are kept.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLibraryInfo

import partage
from partage.i18n import LANGUAGES, translations_dir
from partage.storage.schema import MIGRATIONS_DIR, SCHEMA_REVISIONS
from partage.ui.icons import icons_dir

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
PACKAGE_PARENT = Path(partage.__file__).resolve().parent.parent


def load(name: str) -> ModuleType:
    """One of installer/'s scripts, imported from its file (installer/ is no package)."""
    key = f"partage_installer_{name}"
    if key in sys.modules:
        return sys.modules[key]
    spec = importlib.util.spec_from_file_location(key, INSTALLER / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[key] = module
    spec.loader.exec_module(module)
    return module


def in_bundle(folder: Path) -> str:
    """Where *folder* of the package lands in the bundle (relative to its root)."""
    return folder.resolve().relative_to(PACKAGE_PARENT).as_posix()


def test_bundle_carries_every_file_the_package_reads_where_it_reads_it() -> None:
    names = load("names")
    data = names.package_data()
    by_folder: dict[str, set[str]] = {}
    for source, folder in data:
        assert source.is_file(), source
        by_folder.setdefault(folder, set()).add(source.name)

    assert "partage.svg" in by_folder[in_bundle(icons_dir())]
    assert by_folder[in_bundle(translations_dir())] >= {
        f"partage_{language}.qm" for language in LANGUAGES
    }
    migrations = by_folder[in_bundle(MIGRATIONS_DIR)]
    assert {"env.py", "script.py.mako"} <= migrations
    scripts = by_folder[in_bundle(MIGRATIONS_DIR / "versions")]
    assert sorted(Path(name).stem for name in scripts) == list(SCHEMA_REVISIONS)
    spec = (INSTALLER / "partage.spec").read_text(encoding="utf-8")
    assert "names.package_data()" in spec  # the spec collects exactly this list


def test_versions_agree() -> None:
    names = load("names")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert names.version() == partage.__version__ == project["version"]
    iss = (INSTALLER / "windows" / "partage.iss").read_text(encoding="utf-8")
    # Without a version on the command line, the installer reads partage.exe's, which
    # the spec writes from the package's.
    assert 'GetStringFileInfo(AddBackslash(BundleDir) + AppExe, "ProductVersion")' in iss
    assert 'StringStruct("ProductVersion", VERSION)' in (
        INSTALLER / "partage.spec").read_text(encoding="utf-8")


def test_frozen_programs_start_where_the_installed_commands_do() -> None:
    names = load("names")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    entry_points = {
        names.GUI_EXECUTABLE: (project["gui-scripts"], "partage_gui.py"),
        names.CLI_EXECUTABLE: (project["scripts"], "partage_cli.py"),
    }
    for program, (scripts, launcher) in entry_points.items():
        module, function = scripts[program].split(":")
        text = (INSTALLER / "launchers" / launcher).read_text(encoding="utf-8")
        assert f"from {module} import {function}" in text, launcher
        assert f'"{launcher}"' in (INSTALLER / "partage.spec").read_text(encoding="utf-8")


def test_windows_installer_installs_the_programs_the_spec_builds() -> None:
    names = load("names")
    iss = (INSTALLER / "windows" / "partage.iss").read_text(encoding="utf-8")
    defines = dict(re.findall(r'^#define (\w+) "([^"]*)"', iss, re.MULTILINE))
    assert defines["AppExe"] == f"{names.GUI_EXECUTABLE}.exe"
    bundle = names.bundle_name(names.platform_tag("win32", "AMD64"))
    assert f'"..\\..\\dist\\{bundle}"' in iss  # the folder build.py makes on Windows
    assert "PrivilegesRequired=lowest" in iss  # per user, no administrator
    assert f'Subkey: "Software\\Classes\\.{names.DOCUMENT_EXTENSION}"' in iss
    assert 'ValueData: """{app}\\{#AppExe}"" ""%1"""' in iss  # opens the file it is given
    assert re.search(r'^Name: "english"; MessagesFile: "compiler:Default.isl"$', iss, re.M)
    assert re.search(r'^Name: "french"; MessagesFile: "compiler:Languages\\French.isl"$',
                     iss, re.M)
    assert "{autoprograms}" in iss  # the Start-menu entry


def test_macos_app_declares_partage_documents() -> None:
    spec = (INSTALLER / "partage.spec").read_text(encoding="utf-8")
    for key in ("CFBundleDocumentTypes", "CFBundleTypeExtensions", "NSHighResolutionCapable",
                "bundle_identifier=names.BUNDLE_IDENTIFIER"):
        assert key in spec
    script = INSTALLER / "macos" / "make_dmg.sh"
    assert script.stat().st_mode & 0o111  # executable
    assert "hdiutil create" in script.read_text(encoding="utf-8")


def test_qt_files_partage_needs_are_kept_and_the_rest_dropped() -> None:
    keep = load("qt_selection").keep
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    native = {"win32": "qwindows", "darwin": "qcocoa"}.get(sys.platform, "qxcb")
    needed = {"platforms": ["qoffscreen", native], "iconengines": ["qsvgicon"],
              "imageformats": ["qjpeg", "qwebp", "qgif", "qsvg"]}
    for folder, stems in needed.items():
        for stem in stems:
            found = [p for p in (plugins / folder).iterdir() if stem in p.name]
            assert found, f"PySide6 has no {folder}/{stem}"
            assert all(keep(f"PySide6/Qt/plugins/{folder}/{p.name}") for p in found)
    assert any(keep(f"PySide6/Qt/plugins/printsupport/{p.name}")
               for p in (plugins / "printsupport").iterdir())

    dropped = ["PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
               "PySide6/Qt/plugins/platforms/libqvnc.so",
               "PySide6/Qt/plugins/tls/libqopensslbackend.so",
               "PySide6/Qt/lib/libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Qml.so.6",
               "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick",
               "PySide6/opengl32sw.dll", "PySide6/Qt/translations/qtbase_de.qm"]
    assert not [path for path in dropped if keep(path)]
    for path in ("PySide6/Qt/lib/libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Charts.so.6",
                 "PySide6/Qt/lib/libQt6Network.so.6",  # QtPdf links it
                 "PySide6/Qt/translations/qtbase_fr.qm"):
        assert keep(path), path


@pytest.mark.usefixtures("qapp")  # Qt draws the SVG; the application must be a QApplication
def test_icons_are_drawn_from_the_svg(tmp_path: Path) -> None:
    from PIL import Image

    make_icons = load("make_icons")
    written = make_icons.write_icons(tmp_path)
    with Image.open(written["ico"]) as ico:
        assert ico.format == "ICO"
        assert set(ico.ico.sizes()) == {(s, s) for s in make_icons.ICO_SIZES}
    with Image.open(written["icns"]) as icns:
        assert icns.format == "ICNS"
        assert icns.size == (1024, 1024)
    with Image.open(written["png"]) as png:
        assert png.size == (256, 256)
        assert png.getpixel((128, 128))[3] == 255  # drawn, not blank
        assert png.getpixel((0, 0))[3] == 0  # rounded corner: transparent
