"""A real SMB share for the tests: Samba serving a temporary folder on 127.0.0.1, mounted
through the FUSE SMB client smbnetfs.

Everything lives in one temporary folder: smbd's configuration and state, the shared
folder, the mount point and a HOME holding smbnetfs's configuration. smbd listens on a
free port of 127.0.0.1 only; smbnetfs reaches it through a path naming that port
(``MOUNT/127.0.0.1:PORT/share``). ``stop`` unmounts and stops smbd.

Needs root (smbd) and FUSE (/dev/fuse, fusermount3): Debian's samba, smbnetfs, fuse3.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

TOOLS = ("smbd", "smbnetfs", "fusermount3")
SHARE = "share"


def missing_tools() -> list[str]:
    """What this machine lacks to serve and mount a share ([] when nothing)."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if not Path("/dev/fuse").exists():
        missing.append("/dev/fuse")
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        missing.append("root (for smbd)")
    return missing


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait(condition: object, what: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return
        time.sleep(0.1)
    raise RuntimeError(f"the SMB share did not come up: {what}")


def _port_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


SMB_CONF = """\
[global]
  netbios name = PARTAGETEST
  workgroup = WORKGROUP
  server role = standalone server
  interfaces = 127.0.0.1
  bind interfaces only = yes
  smb ports = {port}
  disable netbios = yes
  map to guest = Bad User
  guest account = {user}
  private dir = {root}/private
  lock directory = {root}/lock
  state directory = {root}/state
  cache directory = {root}/cache
  pid directory = {root}/pid
  ncalrpc dir = {root}/lock/ncalrpc
  log file = {root}/log/smbd.log
  load printers = no
  printing = bsd
  printcap name = /dev/null
  disable spoolss = yes

[{share}]
  path = {served}
  read only = no
  guest ok = yes
  force user = {user}
"""


@dataclass
class SmbShare:
    """A running share. ``folder`` is the shared folder as a client sees it, through SMB;
    ``served`` is the same folder on the server's side (the local disk)."""

    root: Path
    port: int
    served: Path
    mount: Path
    smbd: subprocess.Popen[bytes]

    @property
    def folder(self) -> Path:
        return self.mount / f"127.0.0.1:{self.port}" / SHARE

    @classmethod
    def start(cls, root: Path) -> SmbShare:
        """Serve ``root/served`` and mount it at ``root/mnt``."""
        for name in ("private", "lock", "state", "cache", "pid", "log", "served", "mnt"):
            (root / name).mkdir(parents=True, exist_ok=True)
        port = _free_port()
        user = pwd.getpwuid(os.getuid()).pw_name
        conf = root / "smb.conf"
        served = root / "served"
        conf.write_text(
            SMB_CONF.format(port=port, user=user, root=root, share=SHARE, served=served),
            encoding="utf-8",
        )
        with (root / "log" / "smbd.out").open("ab") as out:
            # A session of its own: when smbd stops it signals its whole process group,
            # which must not be the test run's.
            smbd = subprocess.Popen(
                ["smbd", "--foreground", "--no-process-group", "--debug-stdout", "-s", str(conf)],
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        share = cls(root, port, served, root / "mnt", smbd)
        try:
            _wait(lambda: _port_open(port), f"smbd does not listen on port {port}")
            share._mount()
            _wait(share.folder.is_dir, f"{share.folder} cannot be listed")
        except BaseException:
            share.stop()
            raise
        return share

    def _mount(self) -> None:
        home = self.root / "home"
        (home / ".smb").mkdir(parents=True, exist_ok=True)
        (home / ".smb" / "smb.conf").write_text(
            "[global]\n  workgroup = WORKGROUP\n  client min protocol = SMB2\n",
            encoding="utf-8",
        )
        config = home / ".smb" / "smbnetfs.conf"
        config.write_text('auth "guest" ""\n', encoding="utf-8")
        config.chmod(0o600)  # smbnetfs ignores credentials in a file others can read
        subprocess.run(
            [
                "smbnetfs",
                str(self.mount),
                "-o",
                f"config={config},log_file={self.root / 'log' / 'smbnetfs.log'}",
            ],
            env={**os.environ, "HOME": str(home)},
            check=True,
            timeout=30,
            capture_output=True,
        )

    def stop(self) -> None:
        """Unmount, then stop smbd (and so its children, once their clients are gone)."""
        mounted = any(
            line.split()[1] == str(self.mount)
            for line in Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
            if len(line.split()) > 2
        )
        if mounted:
            result = subprocess.run(
                ["fusermount3", "-u", str(self.mount)], capture_output=True, check=False
            )
            if result.returncode != 0:
                subprocess.run(["fusermount3", "-uz", str(self.mount)], check=False)
        if self.smbd.poll() is None:
            self.smbd.terminate()
            try:
                self.smbd.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.smbd.kill()
                self.smbd.wait()
