"""Who is writing: the OS user, the name they chose to show, and their machine."""

from __future__ import annotations

import os
import socket
import sys
from dataclasses import dataclass

UNKNOWN_USER = "unknown"


def account_name() -> str:
    """The name of the account this process runs as, from the system itself.

    Not from ``$USER`` or ``$LOGNAME`` (which ``getpass.getuser`` reads first): anyone can
    set those to any name, and the history would then show it.
    """
    try:
        if sys.platform == "win32":
            return _windows_account_name()
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name or UNKNOWN_USER
    except (KeyError, OSError, ImportError):  # an id without a name (some containers)
        return UNKNOWN_USER


def _windows_account_name() -> str:
    import ctypes
    from ctypes import wintypes

    size = wintypes.DWORD(257)
    buffer = ctypes.create_unicode_buffer(size.value)
    advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)  # type: ignore[attr-defined]
    if not advapi32.GetUserNameW(buffer, ctypes.byref(size)):
        raise OSError(ctypes.get_last_error(), "GetUserNameW failed")  # type: ignore[attr-defined]
    return buffer.value or UNKNOWN_USER


@dataclass(frozen=True)
class Actor:
    """The person and machine behind every write, recorded in the audit log."""

    os_user: str
    display_name: str
    machine: str

    @classmethod
    def current(cls, display_name: str | None = None) -> Actor:
        """The actor for this process: the account it runs as on this computer."""
        user = account_name()
        return cls(os_user=user, display_name=display_name or user, machine=socket.gethostname())
