"""Build Partage's self-contained bundle for this platform, and check that it works.

    python installer/build.py              # dist/partage-<platform>/ (and dist/Partage.app)
    python installer/build.py --smoke      # … then start the frozen programs and check them
    python installer/build.py --package    # … then the installer: .tar.gz, setup .exe or .dmg

The bundle is one folder with two programs sharing one copy of Python and Qt: the
windowed ``partage`` and the console ``partage-cli``. The smoke test runs them from a
fresh folder, as a person would: the CLI makes a demo database, checks it and writes a
French statement PDF (reportlab and the translation catalogs are in the bundle); the
window opens offscreen on that database and reports ``partage-shown`` then
``partage-ready`` (``PARTAGE_STARTUP_PROBE=1``, see ``partage.app``) and quits.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import names  # noqa: E402  (installer/names.py, beside this file)

ROOT = names.ROOT
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
ICONS = ROOT / "build" / "icons"
SPEC = ROOT / "installer" / "partage.spec"
STATEMENT_TITLE_FR = "RELEVÉ ET FACTURE"  # the French statement's heading
SMOKE_TIMEOUT = 120  # seconds per frozen command; a cold start on a busy machine is slow
UNREACHABLE_SERVER = "postgresql+psycopg://partage@127.0.0.1:1/partage"  # port 1: refused


class SmokeFailure(Exception):
    """The frozen bundle did not do what it should."""


def relative(path: Path) -> str:
    """*path* relative to the repository when it is inside it (for messages)."""
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


def folder_size(folder: Path) -> int:
    """The bytes of every file below *folder* (links not followed)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(clean: bool) -> Path:
    """Run PyInstaller on the spec; return the bundle folder."""
    subprocess.run([sys.executable, str(ROOT / "installer" / "make_icons.py"), str(ICONS)],
                   check=True, cwd=ROOT)
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    if clean:
        command.insert(3, "--clean")
    subprocess.run(command, check=True, cwd=ROOT)
    return DIST / names.bundle_name()


def frozen_environment(home: Path) -> dict[str, str]:
    """The environment of a person starting the bundle: no Python settings, no screen."""
    environment = {k: v for k, v in os.environ.items()
                   if not k.startswith(("PYTHON", "PARTAGE_", "QT_"))}
    environment["PARTAGE_HOME"] = str(home)  # keep preferences and backups out of ~
    environment["QT_QPA_PLATFORM"] = "offscreen"
    return environment


def run_frozen(program: Path, arguments: Sequence[str], environment: dict[str, str],
               cwd: Path, expect: int = 0) -> subprocess.CompletedProcess[str]:
    """Run one frozen program; fail with its output when it does not exit with *expect*."""
    shown = " ".join([program.name, *arguments])
    started = time.monotonic()
    try:
        result = subprocess.run([str(program), *arguments], env=environment, cwd=cwd,
                                capture_output=True, text=True, encoding="utf-8",
                                errors="replace", timeout=SMOKE_TIMEOUT)
    except subprocess.TimeoutExpired as timeout:
        raise SmokeFailure(f"{shown}: still running after {SMOKE_TIMEOUT} s\n"
                           f"{timeout.stdout or ''}{timeout.stderr or ''}") from None
    print(f"  {shown}  -> exit {result.returncode} in {time.monotonic() - started:.1f} s")
    if result.returncode != expect:
        raise SmokeFailure(f"{shown}: exit code {result.returncode}, not {expect}\n"
                           f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}")
    return result


def migration_head() -> str:
    """The newest migration script's revision (scripts are numbered in order)."""
    versions = ROOT / "src" / "partage" / "storage" / "migrations" / "versions"
    return sorted(p.stem for p in versions.glob("*.py"))[-1]


def programs_folder(bundle: Path) -> Path:
    """Where the two programs are: in the .app on macOS (what ships), else the bundle."""
    app = DIST / f"{names.APP_NAME}.app"
    return app / "Contents" / "MacOS" if sys.platform == "darwin" else bundle


def smoke(bundle: Path) -> None:
    """Start the frozen CLI and GUI as a person would; raise SmokeFailure if one fails."""
    programs = programs_folder(bundle)
    gui = programs / names.executable(names.GUI_EXECUTABLE)
    cli = programs / names.executable(names.CLI_EXECUTABLE)
    for program in (gui, cli):
        if not program.is_file():
            raise SmokeFailure(f"{relative(program)} is missing")
    with tempfile.TemporaryDirectory(prefix="partage-smoke-") as scratch:
        folder = Path(scratch)
        environment = frozen_environment(folder / "home")
        database = smoke_command_line(cli, folder, environment)
        smoke_window(gui, database, folder, environment)
    written = list(bundle.rglob("__pycache__")) + list(programs.parent.rglob("__pycache__"))
    if written:  # a signed .app or a Program Files folder must stay as installed
        raise SmokeFailure(f"the bundle wrote into itself: {relative(written[0])}")


def smoke_command_line(cli: Path, folder: Path, environment: dict[str, str]) -> Path:
    """Version, demo, check and French statements with the frozen CLI; the demo's path."""
    version = run_frozen(cli, ["--version"], environment, folder).stdout.strip()
    if version != f"{names.CLI_EXECUTABLE} {names.version()}":
        raise SmokeFailure(f"partage-cli --version printed {version!r}, "
                           f"not the package's {names.version()}")
    print(f"    {version}")

    database = folder / "demo.partage"
    run_frozen(cli, ["--lang", "en", "demo", str(database)], environment, folder)
    connection = sqlite3.connect(database)
    try:  # the bundled migration scripts ran, up to the newest
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        connection.close()
    if revision != migration_head():
        raise SmokeFailure(f"the demo database is at {revision}, not {migration_head()}")
    print(f"    schema {revision}")

    check = run_frozen(cli, ["--lang", "en", "--db", str(database), "check"],
                       environment, folder)
    print(f"    {check.stdout.strip() or check.stderr.strip()}")

    today = dt.date.today()
    out = folder / "statements"
    run_frozen(cli, ["--lang", "fr", "--db", str(database), "statements",
                     "--from", (today - dt.timedelta(days=365)).isoformat(),
                     "--to", today.isoformat(), "--out", str(out), "--language", "fr"],
               environment, folder)
    pdfs = sorted(out.glob("*.pdf"))
    if not pdfs or not pdfs[0].read_bytes().startswith(b"%PDF"):
        raise SmokeFailure("partage-cli statements wrote no PDF")
    checked = check_statement_text(pdfs[0])
    print(f"    {len(pdfs)} statements; {pdfs[0].name} "
          + (f"says {STATEMENT_TITLE_FR}" if checked else "(text not checked: no pdftotext)"))

    if importlib.util.find_spec("psycopg") is not None:
        # The driver is in the bundle: an unreachable server is a database problem (4),
        # not a missing module (1, a bug).
        refused = run_frozen(cli, ["--lang", "en", "--db", UNREACHABLE_SERVER, "check"],
                             environment, folder, expect=4)
        print(f"    {refused.stderr.strip()}")
    return database


def smoke_window(gui: Path, database: Path, folder: Path, environment: dict[str, str]) -> None:
    """The frozen window opens the demo offscreen, in French, and quits once ready."""
    window = run_frozen(gui, ["--lang", "fr", str(database)],
                        {**environment, "PARTAGE_STARTUP_PROBE": "1"}, folder)
    moments = [line.split()[0] for line in window.stdout.splitlines() if line.strip()]
    if moments[:2] == ["partage-shown", "partage-ready"]:
        print("    " + "  ".join(window.stdout.split()))
    elif sys.platform == "win32" and not moments:
        # A windowed program on Windows has no standard output; exiting 0 on its own
        # proves it became ready (the probe quits only then).
        print("    (no output from the windowed program; it quit once ready)")
    else:
        raise SmokeFailure(f"partage printed {window.stdout!r}, "
                           "not partage-shown then partage-ready")


def check_statement_text(pdf: Path) -> bool:
    """Whether the French heading is in the PDF's text (False: pdftotext is missing).

    Raises:
        SmokeFailure: the text lacks the heading (reportlab or the catalogs are missing).
    """
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        return False
    text = subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, check=True,
                          text=True, encoding="utf-8").stdout
    if STATEMENT_TITLE_FR not in text:
        raise SmokeFailure(f"{pdf.name} does not say {STATEMENT_TITLE_FR!r}:\n{text[:500]}")
    return True


def package(bundle: Path) -> Path:
    """The installer for this platform, next to the bundle in dist/."""
    stem = f"{names.GUI_EXECUTABLE}-{names.version()}-{names.platform_tag()}"
    if sys.platform == "win32":
        iscc = shutil.which("ISCC") or shutil.which("iscc")
        default = Path(os.environ.get("PROGRAMFILES(X86)", "C:/Program Files (x86)"))
        iscc = iscc or str(default / "Inno Setup 6" / "ISCC.exe")
        subprocess.run([iscc, f"/DAppVersion={names.version()}", f"/DBundleDir={bundle}",
                        f"/DIconFile={ICONS / 'partage.ico'}", f"/DOutputDir={DIST}",
                        f"/DOutputName={stem}-setup",
                        str(ROOT / "installer" / "windows" / "partage.iss")], check=True)
        return DIST / f"{stem}-setup.exe"
    if sys.platform == "darwin":
        dmg = DIST / f"{stem}.dmg"
        subprocess.run(["bash", str(ROOT / "installer" / "macos" / "make_dmg.sh"),
                        str(DIST / f"{names.APP_NAME}.app"), str(dmg)], check=True)
        return dmg
    archive = DIST / f"{stem}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=stem)
    return archive


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Partage bundle for this platform.")
    parser.add_argument("--smoke", action="store_true",
                        help="start the frozen programs and check what they do")
    parser.add_argument("--package", action="store_true",
                        help="make the installer: .tar.gz (Linux), setup .exe (Inno Setup), "
                             ".dmg (macOS)")
    parser.add_argument("--no-build", action="store_true",
                        help="use the bundle already in dist/")
    parser.add_argument("--clean", action="store_true", help="rebuild from scratch")
    arguments = parser.parse_args(argv)

    started = time.monotonic()
    if arguments.no_build:
        bundle = DIST / names.bundle_name()
    else:
        bundle = build(arguments.clean)
        print(f"built {relative(bundle)} in {time.monotonic() - started:.0f} s")
    if not bundle.is_dir():
        print(f"no bundle at {relative(bundle)}", file=sys.stderr)
        return 1
    print(f"bundle {relative(bundle)}: {folder_size(bundle) / 1e6:.0f} MB")
    if arguments.smoke:
        print("smoke test")
        smoke_started = time.monotonic()
        try:
            smoke(bundle)
        except SmokeFailure as failure:
            print(f"SMOKE TEST FAILED: {failure}", file=sys.stderr)
            return 1
        print(f"smoke test passed in {time.monotonic() - smoke_started:.0f} s")
    if arguments.package:
        made = package(bundle)
        print(f"installer {relative(made)}: {made.stat().st_size / 1e6:.0f} MB")
    print(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
