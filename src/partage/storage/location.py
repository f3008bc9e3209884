"""Is a file on a local disk or on a network drive?"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

NETWORK_FS_TYPES = frozenset(
    {
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "nfs",
        "nfs4",
        "afpfs",
        "webdav",
        "davfs",
        "fuse.smbnetfs",
        "fuse.sshfs",
        "fuse.davfs2",
        "fuse.rclone",
        "9p",
        "ncpfs",
        "fuse.gvfsd-fuse",
        "ceph",
        "glusterfs",
        "fuse.glusterfs",
    }
)


def parse_mountinfo(text: str) -> list[tuple[str, str]]:
    """(mount point, file system type) pairs from Linux's /proc/self/mountinfo."""
    mounts = []
    for line in text.splitlines():
        left, sep, right = line.partition(" - ")
        if not sep:
            continue
        fields = left.split()
        if len(fields) < 5 or not right.split():
            continue
        point = fields[4].replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")
        mounts.append((point, right.split()[0]))
    return mounts


def parse_bsd_mount(text: str) -> list[tuple[str, str]]:
    """(mount point, file system type) pairs from macOS's ``mount`` output."""
    mounts = []
    for line in text.splitlines():
        _, sep, rest = line.partition(" on ")
        point, sep2, options = rest.rpartition(" (")
        if sep and sep2:
            mounts.append((point, options.split(",")[0].strip()))
    return mounts


def filesystem_type(path: Path, mounts: list[tuple[str, str]]) -> str | None:
    """The type of the file system holding *path*: the longest matching mount point."""
    target = str(path)
    best: tuple[int, str] | None = None
    for point, fstype in mounts:
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > best[0]):
            best = (len(point), fstype)
    return None if best is None else best[1]


def _windows_is_remote(path: Path) -> bool:
    text = str(path)
    if text.startswith("\\\\"):
        return True
    import ctypes

    drive = os.path.splitdrive(text)[0] + "\\"
    drive_remote = 4
    return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == drive_remote)  # type: ignore[attr-defined]


def is_network_path(path: Path) -> bool:
    """True when *path* lives on a network file system (SMB, NFS, AFP, WebDAV...)."""
    path = path.absolute()
    try:
        if sys.platform == "win32":
            return _windows_is_remote(path)
        if sys.platform == "darwin":
            output = subprocess.run(
                ["/sbin/mount"], capture_output=True, text=True, timeout=2, check=False
            ).stdout
            mounts = parse_bsd_mount(output)
        else:
            mounts = parse_mountinfo(Path("/proc/self/mountinfo").read_text(encoding="utf-8"))
    except (OSError, subprocess.SubprocessError):
        return False
    fstype = filesystem_type(path, mounts)
    return fstype is not None and fstype.lower() in NETWORK_FS_TYPES
