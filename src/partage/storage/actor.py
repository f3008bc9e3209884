"""Who is writing: the OS user, the name they chose to show, and their machine."""

from __future__ import annotations

import getpass
import socket
from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    """The person and machine behind every write, recorded in the audit log."""

    os_user: str
    display_name: str
    machine: str

    @classmethod
    def current(cls, display_name: str | None = None) -> Actor:
        """The actor for this process: the logged-in user on this computer."""
        try:
            user = getpass.getuser()
        except (KeyError, OSError):  # no login name (some containers and services)
            user = "unknown"
        return cls(os_user=user, display_name=display_name or user, machine=socket.gethostname())
