"""Modules that reportlab imports at start-up but a typical export never uses.

reportlab imports HarfBuzz (``uharfbuzz``, 8–9 ms to load its shared library) and Pillow
(``PIL.Image``, 8 ms with its EXIF tables) as soon as it is imported. HarfBuzz is only
needed to shape Arabic, Hebrew or Indic text; Pillow only to decode a logo the cache has
not seen yet. ``defer()`` puts a stand-in for each in ``sys.modules``: the real module is
imported the first time one of its attributes is read, and from then on the stand-in
forwards to it. The command line calls this before importing reportlab; a one-shot export
of a Latin-script release then never loads either library.

``importlib.util.LazyLoader`` cannot do this on Python 3.11: a plain ``import uharfbuzz``
reads ``__spec__`` of the module found in ``sys.modules``, which makes LazyLoader load it.

A process-wide work-around: documented in ``presskit.workarounds`` (``DEFERRED_IMPORTS``),
and switched off with ``PRESSKIT_NO_DEFERRED_IMPORTS=1``.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types
from typing import Any

from presskit.workarounds import DEFERRED_IMPORTS

DEFAULT = ("uharfbuzz", "PIL.Image")
_lock = threading.RLock()


class _Deferred(types.ModuleType):
    """Stands in for a module until one of its attributes is read."""

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._load(), attr)

    def _load(self) -> types.ModuleType:
        name = self.__name__
        with _lock:
            real = sys.modules.get(name)
            if real is None or real is self:
                sys.modules.pop(name, None)
                try:
                    real = importlib.import_module(name)
                except BaseException:
                    sys.modules.setdefault(name, self)
                    raise
            # Later reads through this stand-in (held by modules that imported it) are direct.
            for key, value in vars(real).items():
                if key not in ("__class__", "__dict__"):
                    self.__dict__[key] = value
            return real


def defer(names: tuple[str, ...] = DEFAULT) -> list[str]:
    """Install stand-ins for *names* not imported yet; returns the names deferred."""
    done: list[str] = []
    if not DEFERRED_IMPORTS.enabled():
        return done
    with _lock:
        for name in names:
            if name in sys.modules:
                continue
            try:
                spec = importlib.util.find_spec(name)
            except (ImportError, ValueError):
                continue
            if spec is None:
                continue
            stand_in = _Deferred(name)
            stand_in.__spec__ = spec
            stand_in.__file__ = spec.origin
            sys.modules[name] = stand_in
            parent, _, child = name.rpartition(".")
            if parent and parent in sys.modules:
                setattr(sys.modules[parent], child, stand_in)
            done.append(name)
    return done


def is_loaded(name: str) -> bool:
    """Whether *name* has really been imported (not merely deferred)."""
    module = sys.modules.get(name)
    return module is not None and not isinstance(module, _Deferred)
