"""Is a file inside a cloud-sync folder (OneDrive, Dropbox, Google Drive, iCloud Drive)?

Those services copy whole files between computers behind SQLite's back: two computers
using the file at once, or one working offline, end with one copy overwriting the other
(or a "conflicted copy"), and a copy taken in the middle of a write can be damaged. A
database there must not be shared live. The folders are recognised from their paths:
the well-known roots each service uses on each platform, the roots the services
announce (environment variables, Dropbox's ``info.json``) and the folder names they
create. A false alarm only costs a question; a miss costs data, so the rules lean
towards warning.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

ONEDRIVE = "OneDrive"
DROPBOX = "Dropbox"
GOOGLE_DRIVE = "Google Drive"
ICLOUD = "iCloud Drive"

# Windows announces OneDrive's folders in these environment variables.
ONEDRIVE_VARIABLES = ("OneDrive", "OneDriveConsumer", "OneDriveCommercial")
# Google Drive for desktop names its root "My Drive", in the person's language.
MY_DRIVE_NAMES = frozenset({"my drive", "mon drive", "mi unidad", "meine ablage"})
SHARED_DRIVE_NAMES = frozenset({"shared drives", "drive partagés", "drives partagés"})


@dataclass(frozen=True)
class CloudFolder:
    """The cloud-sync folder that holds a file.

    Attributes:
        service: the service's name (a brand, never translated).
        root: the synced folder the file is in.
    """

    service: str
    root: PurePath


def _service_of_name(name: str, parent: str | None, platform: str) -> str | None:
    """The service whose folder is named *name* (its parent named *parent*), if any."""
    lowered = name.casefold()
    if lowered == "onedrive" or lowered.startswith(("onedrive - ", "onedrive-")):
        return ONEDRIVE
    if lowered == "dropbox" or lowered.startswith(("dropbox (", "dropbox-")):
        return DROPBOX
    if lowered in ("google drive", "googledrive") or lowered.startswith("googledrive-"):
        return GOOGLE_DRIVE
    if lowered in ("icloud drive", "iclouddrive", "mobile documents", "com~apple~clouddocs"):
        return ICLOUD
    if lowered in MY_DRIVE_NAMES | SHARED_DRIVE_NAMES:
        # "G:\My Drive" on Windows (Google Drive mounts a drive letter of its own); an
        # ordinary folder called "My Drive" elsewhere is not taken for it.
        at_drive_root = platform == "win32" and parent is not None and parent.endswith(":\\")
        if at_drive_root:
            return GOOGLE_DRIVE
    return None


def _inside(path: PurePath, root: PurePath) -> bool:
    if isinstance(path, PureWindowsPath):
        lowered_path = PureWindowsPath(str(path).casefold())
        lowered_root = PureWindowsPath(str(root).casefold())
        return lowered_path == lowered_root or lowered_root in lowered_path.parents
    return path == root or root in path.parents


def announced_roots(
    platform: str, home: PurePath, environ: Mapping[str, str]
) -> list[CloudFolder]:
    """The synced folders the services themselves announce on this computer."""
    pure: type[PurePath] = PureWindowsPath if platform == "win32" else PurePosixPath
    roots = [
        CloudFolder(ONEDRIVE, pure(environ[name]))
        for name in ONEDRIVE_VARIABLES
        if environ.get(name)
    ]
    if platform == "win32":
        info_files = [
            pure(environ[name]) / "Dropbox" / "info.json"
            for name in ("APPDATA", "LOCALAPPDATA")
            if environ.get(name)
        ]
    else:
        info_files = [home / ".dropbox" / "info.json"]
    for info in info_files:
        try:
            accounts = json.loads(Path(str(info)).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(accounts, dict):
            for account in accounts.values():
                folder = account.get("path") if isinstance(account, dict) else None
                if isinstance(folder, str) and folder:
                    roots.append(CloudFolder(DROPBOX, pure(folder)))
    if platform == "darwin":
        roots.append(CloudFolder(ICLOUD, home / "Library" / "Mobile Documents"))
        # With "Desktop & Documents" on, iCloud Drive syncs these two folders as well.
        icloud_documents = home / "Library" / "Mobile Documents" / "com~apple~CloudDocs"
        if Path(str(icloud_documents / "Documents")).is_dir():
            roots += [CloudFolder(ICLOUD, home / name) for name in ("Desktop", "Documents")]
    return roots


def _cloud_storage_service(name: str) -> str | None:
    """macOS File Provider folders: ~/Library/CloudStorage/OneDrive-Personal and the like."""
    lowered = name.casefold()
    for prefix, service in (("onedrive", ONEDRIVE), ("dropbox", DROPBOX),
                            ("googledrive", GOOGLE_DRIVE), ("icloud", ICLOUD)):
        if lowered.startswith(prefix):
            return service
    return None


def cloud_folder(
    path: PurePath | str,
    *,
    platform: str = sys.platform,
    home: PurePath | None = None,
    environ: Mapping[str, str] | None = None,
) -> CloudFolder | None:
    """The cloud-sync folder holding *path* (an absolute path), or None.

    *platform*, *home* and *environ* default to this computer's; tests pass others.
    """
    pure: type[PurePath] = PureWindowsPath if platform == "win32" else PurePosixPath
    target = pure(str(path))
    home = pure(str(home)) if home is not None else pure(str(Path.home()))
    environ = os.environ if environ is None else environ
    for announced in announced_roots(platform, home, environ):
        if _inside(target, announced.root):
            return announced
    cloud_storage = home / "Library" / "CloudStorage"
    if platform == "darwin" and _inside(target, cloud_storage) and target != cloud_storage:
        name = target.relative_to(cloud_storage).parts[0]
        service = _cloud_storage_service(name)
        if service is not None:
            return CloudFolder(service, cloud_storage / name)
    parts = target.parts
    for index, name in enumerate(parts[:-1] if len(parts) > 1 else parts):
        parent = parts[index - 1] if index > 0 else None
        service = _service_of_name(name, parent, platform)
        if service is not None:
            return CloudFolder(service, pure(*parts[: index + 1]))
    return None


def cloud_folder_of_file(path: Path) -> CloudFolder | None:
    """``cloud_folder`` for a file on this computer, following symbolic links too."""
    found = cloud_folder(path.absolute())
    if found is None:
        try:
            resolved = path.resolve()
        except OSError:
            return None
        if resolved != path.absolute():
            found = cloud_folder(resolved)
    return found
