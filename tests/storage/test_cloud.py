"""Cloud-sync folders are recognised from their paths, on each platform."""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from partage.storage.cloud import (
    DROPBOX,
    GOOGLE_DRIVE,
    ICLOUD,
    ONEDRIVE,
    cloud_folder,
    cloud_folder_of_file,
)

pytestmark = pytest.mark.sqlite_only("cloud-sync folders, found from a file's path")

WINDOWS_HOME = PureWindowsPath(r"C:\Users\genevieve")
WINDOWS_ENV = {
    "OneDrive": r"C:\Users\genevieve\OneDrive - Coop du Plateau",
    "OneDriveConsumer": r"C:\Users\genevieve\OneDrive",
    "APPDATA": r"C:\Users\genevieve\AppData\Roaming",
}


@pytest.mark.parametrize(
    ("path", "service", "root"),
    [
        (r"C:\Users\genevieve\OneDrive - Coop du Plateau\Partage\coop.partage", ONEDRIVE,
         r"C:\Users\genevieve\OneDrive - Coop du Plateau"),
        (r"c:\users\GENEVIEVE\onedrive\coop.partage", ONEDRIVE, r"C:\Users\genevieve\OneDrive"),
        (r"D:\Sync\OneDrive - Contoso\coop.partage", ONEDRIVE, r"D:\Sync\OneDrive - Contoso"),
        (r"C:\Users\genevieve\Dropbox\Coop\coop.partage", DROPBOX, r"C:\Users\genevieve\Dropbox"),
        (r"E:\Dropbox (Coop du Plateau)\coop.partage", DROPBOX, r"E:\Dropbox (Coop du Plateau)"),
        (r"G:\My Drive\Coop\coop.partage", GOOGLE_DRIVE, r"G:\My Drive"),
        (r"G:\Mon Drive\coop.partage", GOOGLE_DRIVE, r"G:\Mon Drive"),
        (r"G:\Shared drives\Coop\coop.partage", GOOGLE_DRIVE, r"G:\Shared drives"),
        (r"C:\Users\genevieve\Google Drive\coop.partage", GOOGLE_DRIVE,
         r"C:\Users\genevieve\Google Drive"),
        (r"C:\Users\genevieve\iCloudDrive\coop.partage", ICLOUD,
         r"C:\Users\genevieve\iCloudDrive"),
    ],
)
def test_windows_cloud_folders(path: str, service: str, root: str) -> None:
    found = cloud_folder(path, platform="win32", home=WINDOWS_HOME, environ=WINDOWS_ENV)
    assert found is not None
    assert (found.service, str(found.root).casefold()) == (service, root.casefold())


@pytest.mark.parametrize(
    "path",
    [
        r"C:\Users\genevieve\Documents\coop.partage",
        r"\\nas\partage\coop.partage",
        r"S:\Coop\coop.partage",
        r"C:\Users\genevieve\Documents\My Drive\coop.partage",  # not Google's root
        r"C:\Users\genevieve\Documents\OneDrive.partage",  # only the file is so named
    ],
)
def test_windows_ordinary_folders(path: str) -> None:
    assert cloud_folder(path, platform="win32", home=WINDOWS_HOME, environ=WINDOWS_ENV) is None


MAC_HOME = PurePosixPath("/Users/marc")


@pytest.mark.parametrize(
    ("path", "service", "root"),
    [
        ("/Users/marc/Library/CloudStorage/OneDrive-Personal/coop.partage", ONEDRIVE,
         "/Users/marc/Library/CloudStorage/OneDrive-Personal"),
        ("/Users/marc/Library/CloudStorage/Dropbox/Coop/coop.partage", DROPBOX,
         "/Users/marc/Library/CloudStorage/Dropbox"),
        ("/Users/marc/Library/CloudStorage/GoogleDrive-marc@example.org/My Drive/c.partage",
         GOOGLE_DRIVE, "/Users/marc/Library/CloudStorage/GoogleDrive-marc@example.org"),
        ("/Users/marc/Library/Mobile Documents/com~apple~CloudDocs/coop.partage", ICLOUD,
         "/Users/marc/Library/Mobile Documents"),
        ("/Users/marc/Dropbox/coop.partage", DROPBOX, "/Users/marc/Dropbox"),
    ],
)
def test_macos_cloud_folders(path: str, service: str, root: str) -> None:
    found = cloud_folder(path, platform="darwin", home=MAC_HOME, environ={})
    assert found is not None and (found.service, str(found.root)) == (service, root)


def test_macos_documents_synced_by_icloud(tmp_path: Path) -> None:
    home = tmp_path / "marc"
    document = home / "Documents" / "coop.partage"
    assert cloud_folder(document, platform="darwin", home=home, environ={}) is None
    (home / "Library" / "Mobile Documents" / "com~apple~CloudDocs" / "Documents").mkdir(
        parents=True
    )
    found = cloud_folder(document, platform="darwin", home=home, environ={})
    assert found is not None and found.service == ICLOUD


@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("/home/marc/Dropbox/coop.partage", DROPBOX),
        ("/home/marc/OneDrive/Coop/coop.partage", ONEDRIVE),
        ("/home/marc/Google Drive/coop.partage", GOOGLE_DRIVE),
        ("/home/marc/Documents/coop.partage", None),
        ("/mnt/nas/partage/coop.partage", None),
    ],
)
def test_linux_folders(path: str, service: str | None) -> None:
    found = cloud_folder(path, platform="linux", home=PurePosixPath("/home/marc"), environ={})
    assert (found.service if found else None) == service


def test_a_dropbox_folder_with_a_name_of_its_own_is_found_from_its_info_file(
    tmp_path: Path,
) -> None:
    home = tmp_path / "marc"
    (home / ".dropbox").mkdir(parents=True)
    (home / ".dropbox" / "info.json").write_text(
        json.dumps({"business": {"path": str(tmp_path / "Coop Files"), "host": 1}}),
        encoding="utf-8",
    )
    found = cloud_folder(tmp_path / "Coop Files" / "coop.partage", platform="linux",
                         home=home, environ={})
    assert found is not None and found.service == DROPBOX
    assert found.root == PurePosixPath(tmp_path / "Coop Files")


def test_a_link_into_a_cloud_folder_is_followed(tmp_path: Path) -> None:
    synced = tmp_path / "Dropbox"
    synced.mkdir()
    (synced / "coop.partage").write_bytes(b"")
    link = tmp_path / "coop.partage"
    link.symlink_to(synced / "coop.partage")
    found = cloud_folder_of_file(link)
    assert found is not None and found.service == DROPBOX
