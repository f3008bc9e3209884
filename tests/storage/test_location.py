"""Telling a network drive from a local disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from partage.storage.location import (
    filesystem_type,
    is_network_path,
    parse_bsd_mount,
    parse_mountinfo,
)

pytestmark = pytest.mark.sqlite_only("network drives, found from a file's path")

MOUNTINFO = """\
22 1 252:1 / / rw,relatime shared:1 - ext4 /dev/vda1 rw
40 22 0:35 / /mnt/coop\\040share rw,relatime shared:20 - cifs //nas/coop rw,vers=3.1.1
41 22 0:36 / /home/anne/smb rw,nosuid,nodev - fuse.smbnetfs smbnetfs rw,user_id=0
"""

BSD_MOUNT = """\
/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
//anne@nas.local/Coop on /Volumes/Coop (smbfs, nodev, nosuid, mounted by anne)
"""


def test_mountinfo_is_parsed_with_escaped_spaces():
    mounts = parse_mountinfo(MOUNTINFO)
    assert ("/mnt/coop share", "cifs") in mounts
    assert filesystem_type(Path("/mnt/coop share/group.partage"), mounts) == "cifs"
    assert filesystem_type(Path("/home/anne/smb/x/group.partage"), mounts) == "fuse.smbnetfs"
    assert filesystem_type(Path("/home/anne/group.partage"), mounts) == "ext4"


def test_macos_mount_output_is_parsed():
    mounts = parse_bsd_mount(BSD_MOUNT)
    assert filesystem_type(Path("/Volumes/Coop/group.partage"), mounts) == "smbfs"
    assert filesystem_type(Path("/Users/anne/group.partage"), mounts) == "apfs"


def test_a_temporary_folder_is_local(tmp_path):
    assert not is_network_path(tmp_path / "group.partage")
