"""Work-arounds for bugs in the Qt bindings. Imported before the editor uses PySide6.

PySide6 6.12.0 ships ``cp310-abi3`` wheels whose void methods return ``None``
without taking a reference (fine on Python 3.12+, where ``None`` is immortal).
On Python 3.10/3.11 every call such as ``QTimer.stop()`` therefore drops one
reference to ``None``, and after a few thousand calls the interpreter aborts
with "Fatal Python error: none_dealloc". Until the bindings are fixed, we give
``None`` (and the two booleans, for safety) a reference count so large that it
can never reach zero, which is what Python 3.12 does by design.
"""

from __future__ import annotations

import sys

_done = False
_HEADROOM = 1 << 48


def protect_singletons() -> bool:
    """Make None/True/False effectively immortal on CPython < 3.12; returns True if applied."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if hasattr(sys, "gettotalrefcount"):  # debug build: a different object header layout
        return False
    import ctypes

    for obj in (None, True, False):
        # ob_refcnt is the first field of every CPython object, at the object's address.
        ctypes.c_ssize_t.from_address(id(obj)).value += _HEADROOM
    _done = True
    return True


protect_singletons()
