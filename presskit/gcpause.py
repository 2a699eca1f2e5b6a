"""Pausing Python's cycle collector while a release is composed or laid out.

Laying out a release allocates hundreds of thousands of small objects (fragments, words,
lines, flowables), nearly all of them freed by reference counting as soon as they are
done with. The cycle collector, triggered by allocation counts, meanwhile walks the
growing heap again and again: about a tenth of the time of a 100-page PDF. ``paused()``
switches it off for the duration of such a step and back on afterwards, so any cycles
left behind are collected as usual. Pauses may nest and overlap across threads (the
editor renders its preview on a worker thread): the collector comes back on when the last
pause ends, and only if it was on when the first began.

A process-wide work-around: documented in ``presskit.workarounds`` (``GC_PAUSE``), and
switched off with ``PRESSKIT_NO_GC_PAUSE=1``.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

from presskit.workarounds import GC_PAUSE

_lock = threading.Lock()
_depth = 0
_restore = False


@contextlib.contextmanager
def paused() -> Iterator[None]:
    global _depth, _restore
    if not GC_PAUSE.enabled():
        yield
        return
    with _lock:
        if _depth == 0:
            _restore = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _restore:
                gc.enable()
