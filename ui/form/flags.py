"""Fields a draft had to leave empty when it was opened anyway, flagged where they are.

When a draft has a field whose value cannot be used (an impossible date such as
2018-02-30), the editor may open it with that field empty
(``presskit.draft.load_lenient``). ``FieldFlags`` shows the reason in a
``FieldMessage`` under the field and lists it among the form's problems, until the
field is given a value again.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, cast

from PySide6.QtWidgets import QBoxLayout, QFormLayout, QLayout, QWidget

from presskit.model import Release
from presskit_ui.widgets import FieldMessage

_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")
_GONE = object()


def value_at(release: Release, field: str) -> Any:
    """The value of *field* ("date", "contacts[0].phone") in *release*, or ``_GONE``."""
    node: Any = release
    for m in _STEP.finditer(field):
        if m.group(2) is not None:
            index = int(m.group(2))
            node = node[index] if isinstance(node, list) and index < len(node) else _GONE
        else:
            node = getattr(node, m.group(1), _GONE)
        if node is _GONE:
            break
    return node


def is_empty(value: Any) -> bool:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return all(is_empty(v) for v in dataclasses.asdict(value).values())
    return not value


def _path_to(layout: QLayout, widget: QWidget) -> list[tuple[QLayout, int]] | None:
    """The layouts from *layout* down to the one holding *widget*, with the item index in each."""
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is None:
            continue
        if item.widget() is widget:
            return [(layout, i)]
        inner = item.layout()
        if inner is not None:
            below = _path_to(inner, widget)
            if below is not None:
                return [(layout, i), *below]
    return None


def _insert_below(widget: QWidget, message: QWidget) -> bool:
    """Put *message* under *widget*'s row: in the nearest column layout around it."""
    child: QWidget | None = widget
    while child is not None:
        parent = child.parentWidget()
        layout = parent.layout() if parent is not None else None
        path = _path_to(layout, child) if layout is not None else None
        for lay, index in reversed(path or []):
            if isinstance(lay, QBoxLayout) and lay.direction() in (
                    QBoxLayout.Direction.TopToBottom, QBoxLayout.Direction.BottomToTop):
                message.setParent(parent)
                lay.insertWidget(index + 1, message)
                return True
            if isinstance(lay, QFormLayout):
                # The stubs type the (row, role) pair getItemPosition returns as object.
                row, _role = cast(tuple[int, QFormLayout.ItemRole], lay.getItemPosition(index))
                message.setParent(parent)
                lay.insertRow(row + 1, "", message)
                return True
        child = parent
    return False


class FieldFlags:
    """The flagged fields of one form: field name -> message (and its label, if placed)."""

    def __init__(self) -> None:
        self._flags: dict[str, tuple[str, FieldMessage | None]] = {}

    def __bool__(self) -> bool:
        return bool(self._flags)

    def flag(self, field: str, message: str, widget: QWidget | None) -> bool:
        """Flag *field*; the message goes under *widget* when there is one. True if shown there."""
        self.clear(field)
        label: FieldMessage | None = None
        if widget is not None:
            label = FieldMessage(widget)
            if _insert_below(widget, label):
                label.show_message(message)
            else:
                label.deleteLater()
                label = None
        self._flags[field] = (message, label)
        return label is not None

    def clear(self, field: str) -> None:
        _message, label = self._flags.pop(field, ("", None))
        if label is not None:
            label.clear_message()
            label.deleteLater()

    def problems(self, release: Release) -> list[tuple[str, str]]:
        """(field, message) of the flags whose field is still empty; the others are cleared."""
        out: list[tuple[str, str]] = []
        for field, (message, _label) in list(self._flags.items()):
            value = value_at(release, field)
            if value is _GONE or not is_empty(value):
                self.clear(field)
            else:
                out.append((field, message))
        return out
