"""Keep None, True and False alive under PySide6 wheels that drop references to them.

The PySide6 6.12 wheels (stable ABI) return ``None`` from every void method, and ``True``
or ``False`` from ``Signal.emit``, without taking a new reference, as if they were
immortal objects. They are immortal from CPython 3.12 on; on 3.11 each such call lowers
their reference count by one, and after some thousands of calls the interpreter aborts
with "Fatal Python error: none_dealloc" (or bool_dealloc), in the middle of a session or
when it exits. Raising their counts by a huge margin gives them 3.12's behaviour.
"""

from __future__ import annotations

import ctypes
import sys

MARGIN = 1 << 40  # more calls than a process can make


def protect_singletons() -> bool:
    """On CPython before 3.12, make None, True and False as good as immortal (once).

    Returns:
        True when their counts were raised by this call.
    """
    global _protected
    if _protected or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(singleton)).value += MARGIN
    _protected = True
    return True


_protected = False
