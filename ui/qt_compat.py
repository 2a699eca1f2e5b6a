"""Kept so that ``import presskit_ui.qt_compat`` lines in older modules stay harmless.

The PySide6 6.12 reference-count work-around it used to hold lives in
``presskit_ui.workarounds`` (``QT_REFCOUNT``, documented there with the others) and is
applied when the ``presskit_ui`` package is imported, before any of its modules runs; new
code needs no import.
"""

from __future__ import annotations

from presskit_ui.workarounds import protect_singletons

protect_singletons()
