"""Kit fields for the window's ``focus_field``: a Preflight finding on ``items[2].alt`` shows
the Kit dock, selects the third item and focuses its alt text (``items[2]`` alone: the item
in the list). Registered with ``window.add_field_focuser("items[", …)``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from presskit_ui.kit.feature import KitFeature

PREFIX = "items["
ITEM_FIELD = re.compile(r"items\[(\d+)\](?:\.(\w+))?\Z")


class KitFieldFocus:
    """``focus(field)`` for the kit's item fields, as a :data:`~presskit_ui.window.api.FieldFocuser`."""

    def __init__(self, feature: KitFeature):
        self.feature = feature

    def __call__(self, field: str) -> bool:
        return self.focus(field)

    def focus(self, field: str) -> bool:
        """Show the Kit dock, select the item of *field* and focus its widget; False when
        the kit has no such item."""
        m = ITEM_FIELD.match(field)
        feature = self.feature
        if m is None or not 0 <= int(m.group(1)) < len(feature.editing.items):
            return False
        feature.flush_edits()
        feature.dock.show()
        feature.dock.raise_()
        panel = feature.panel
        panel.select(int(m.group(1)))
        widget: QWidget | None = panel.editor_widget(m.group(2)) if m.group(2) else None
        (widget or panel.list).setFocus(Qt.FocusReason.OtherFocusReason)
        return True
