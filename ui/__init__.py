"""Presskit's Qt editor, installed as the package presskit_ui.

Importing the package applies the PySide6 6.12 / Python 3.11 reference-count
work-around (see ``qt_compat``) before any Qt call can run.
"""

from presskit_ui import qt_compat as _qt_compat  # noqa: F401  (side effect: protect None)
