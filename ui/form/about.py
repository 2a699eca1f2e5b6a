"""The "About" section: the boilerplate paragraph about the organisation (Markdown allowed)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from presskit.model import Release
from presskit_ui.form.common import ExactPlainTextEdit
from presskit_ui.widgets import FieldMessage


def word_count(text: str) -> int:
    return len(text.split())


class AboutSection(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.boilerplate = ExactPlainTextEdit(self, lines=4, max_lines=16)
        self.boilerplate.setAccessibleName(self.tr("About the organisation (boilerplate)"))
        self.boilerplate.setPlaceholderText(
            self.tr("Who you are in 60 to 100 words; printed under “About …”"))
        self.count = FieldMessage(None, self)
        label = QLabel(self.tr("&About the organisation"), self)
        label.setBuddy(self.boilerplate)
        form.addRow(label, self.boilerplate)
        form.addRow(self.count)
        self.boilerplate.userEdited.connect(self._on_edit)

    def set_release(self, r: Release) -> None:
        self.boilerplate.set_value(r.boilerplate)
        self._update_count()

    def fill(self, r: Release) -> None:
        r.boilerplate = self.boilerplate.value()

    def _on_edit(self) -> None:
        self._update_count()
        self.edited.emit()

    def _update_count(self) -> None:
        n = word_count(self.boilerplate.value())
        if not n:
            self.count.clear_message()
            return
        text = self.tr("1 word") if n == 1 else self.tr("{n} words").format(n=n)
        if n > 100:
            self.count.show_message(self.tr("{count} — boilerplates are usually 60 to 100 words")
                                    .format(count=text), tone="hint")
        else:
            self.count.show_message(text, tone="info")

    def widget_for(self, field: str) -> QWidget | None:
        return self.boilerplate if field == "boilerplate" else None
