"""Presskit's Qt editor, installed as the package presskit_ui.

Importing the package applies the PySide6 6.12 / Python 3.11 reference-count
work-around (``presskit_ui.workarounds``, ``QT_REFCOUNT``) before any Qt call can run.
"""

from presskit_ui import workarounds as _workarounds

_workarounds.protect_singletons()
