"""Every process-wide work-around of the core, documented in one place, each switchable off.

A work-around changes how the whole Python process behaves, not only Presskit's own
objects, so each is listed here with what justifies it, and each can be turned off with
one environment variable, ``PRESSKIT_NO_<NAME>=1``, to check whether it still matters
(tests/presskit/test_workarounds.py exports the same release with all of them off and
compares the bytes: they change speed, never output). The Qt editor's own work-arounds
are in ``presskit_ui.workarounds``.

``GC_PAUSE`` (``presskit.gcpause.paused``)
    Python's cycle collector is paused while a release is composed or laid out. Layout
    allocates hundreds of thousands of short-lived objects, nearly all freed by reference
    counting; the collector, triggered by allocation counts, meanwhile walks the growing
    heap again and again. Measured when the pause was introduced: about a tenth of the
    time of a 100-page PDF. The collector comes back when the last pause ends.

``DEFERRED_IMPORTS`` (``presskit.deferred.defer``)
    reportlab imports HarfBuzz (``uharfbuzz``: 8-9 ms to load its shared library) and
    Pillow (``PIL.Image``: 8 ms with its EXIF tables) at start-up, though a Latin-script
    release with cached logos needs neither. The command line puts stand-ins in
    ``sys.modules`` that import the real module when first used: 16-17 ms of a cold
    ``presskit export`` (tests/presskit/test_startup_caches.py checks neither loads).
    ``importlib.util.LazyLoader`` cannot do this on Python 3.11 (``import`` reads the
    stand-in's ``__spec__``, which makes LazyLoader load the module).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

PREFIX = "PRESSKIT_NO_"


@dataclass(frozen=True)
class Workaround:
    name: str  # PRESSKIT_NO_<name>=1 switches it off
    where: str  # the module that applies it
    why: str  # the upstream bug or the measurement that justifies it

    @property
    def variable(self) -> str:
        return PREFIX + self.name

    def enabled(self) -> bool:
        """Applied unless its variable is set to anything but "" or "0"."""
        return os.environ.get(self.variable, "").strip() in ("", "0")


GC_PAUSE = Workaround(
    "GC_PAUSE", "presskit.gcpause",
    "the cycle collector re-walks the layout's heap: ~10 % of a 100-page PDF")
DEFERRED_IMPORTS = Workaround(
    "DEFERRED_IMPORTS", "presskit.deferred",
    "reportlab imports uharfbuzz and PIL.Image at start-up: 16-17 ms of a cold export")

CORE: tuple[Workaround, ...] = (GC_PAUSE, DEFERRED_IMPORTS)
