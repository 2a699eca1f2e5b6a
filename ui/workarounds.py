"""Every process-wide work-around of the Qt editor, documented in one place, each switchable off.

As in ``presskit.workarounds`` (the core's), each can be turned off with one environment
variable, ``PRESSKIT_NO_<NAME>=1``, and none changes what an export writes
(tests/presskit/test_workarounds.py compares the bytes with all of them off).

``QT_REFCOUNT`` (``protect_singletons``; applied when ``presskit_ui`` is imported)
    PySide6 6.12.0 ships ``cp310-abi3`` wheels whose void methods return ``None`` without
    taking a reference. That is harmless on Python 3.12+, where ``None`` is immortal, but
    on 3.10/3.11 every call such as ``QTimer.stop()`` drops one reference to ``None``, and
    after a few thousand calls the interpreter aborts with "Fatal Python error:
    none_dealloc". No upstream report was found. Re-checked against the pinned PySide6
    6.12.0 on Python 3.11: still needed (each of ``QTimer.stop``, ``QTimer.start``,
    ``QTimer.setInterval`` and ``QObject.setObjectName`` drops exactly one reference per
    call; tests/presskit_ui/test_workarounds.py reproduces it and fails once the bindings
    are fixed, so the work-around can go). The fix gives ``None``, ``True`` and ``False``
    a reference count so large it never reaches zero, which is what 3.12 does by design.

``SWITCH_INTERVAL`` (``apply_switch_interval``; called by ``create_application``)
    The preview renders on a worker thread that holds the GIL while reportlab works; with
    Python's default 5 ms switch interval the GUI thread waits longer for its turn, felt
    as lag while typing. Measured with one busy worker thread on this project's 2-core
    machine: the GUI thread's wake-up delay is p50 10 ms / p95 22 ms at 5 ms, and
    p50 1.2 ms / p95 6.8 ms at 1 ms. It is set to 1 ms.

``HEAP_FREEZE`` (``freeze_heap``; called once the first preview is painted)
    Qt, reportlab, the fonts and the form make a large heap of long-lived objects, and
    each full (generation 2) collection walked all of it: 20-40 ms with the GIL held, a
    stall while typing. After one collection, ``gc.freeze()`` parks those objects in the
    permanent generation, so later collections only see new objects.
"""

from __future__ import annotations

import gc
import sys

from presskit.workarounds import Workaround

QT_REFCOUNT = Workaround(
    "QT_REFCOUNT", "presskit_ui.workarounds",
    "PySide6 6.12.0 abi3 wheels drop a reference to None per void call on Python < 3.12")
SWITCH_INTERVAL = Workaround(
    "SWITCH_INTERVAL", "presskit_ui.workarounds",
    "GUI wake-up delay behind a rendering worker: p95 22 ms at 5 ms, 6.8 ms at 1 ms")
HEAP_FREEZE = Workaround(
    "HEAP_FREEZE", "presskit_ui.workarounds",
    "full collections walked the long-lived heap: 20-40 ms stalls while typing")

UI: tuple[Workaround, ...] = (QT_REFCOUNT, SWITCH_INTERVAL, HEAP_FREEZE)

SWITCH_INTERVAL_SECONDS = 0.001
_HEADROOM = 1 << 48
_protected = False


def protect_singletons() -> bool:
    """Make None/True/False effectively immortal on CPython < 3.12; True if applied now."""
    global _protected
    if _protected or not QT_REFCOUNT.enabled():
        return False
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if hasattr(sys, "gettotalrefcount"):  # debug build: a different object header layout
        return False
    import ctypes

    for obj in (None, True, False):
        # ob_refcnt is the first field of every CPython object, at the object's address.
        ctypes.c_ssize_t.from_address(id(obj)).value += _HEADROOM
    _protected = True
    return True


def apply_switch_interval() -> None:
    if SWITCH_INTERVAL.enabled():
        sys.setswitchinterval(SWITCH_INTERVAL_SECONDS)


def freeze_heap() -> bool:
    """Collect once, then move every object alive now out of the collector's way."""
    if not HEAP_FREEZE.enabled():
        return False
    gc.collect()
    gc.freeze()
    return True
