"""The "Headline" section: title and subtitle, with their length as newswires see it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from presskit.model import Release
from presskit_ui.form import validation
from presskit_ui.form.common import HeadlineEdit
from presskit_ui.widgets import FieldMessage


class HeadlineSection(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title = HeadlineEdit(self, lines=2)
        self.title.setAccessibleName(self.tr("Headline"))
        self.title.setPlaceholderText(self.tr("What happened, in one line"))
        self.title_msg = FieldMessage(self.title, self)
        self.title_count = FieldMessage(None, self)
        self.subtitle = HeadlineEdit(self, lines=2)
        self.subtitle.setAccessibleName(self.tr("Subheadline"))
        self.subtitle.setPlaceholderText(self.tr("Optional: the key figure or the context"))
        self.subtitle_count = FieldMessage(None, self)
        label = QLabel(self.tr("Headl&ine"), self)
        label.setBuddy(self.title)
        form.addRow(label, self.title)
        form.addRow(self.title_msg)
        form.addRow(self.title_count)
        label = QLabel(self.tr("&Subheadline"), self)
        label.setBuddy(self.subtitle)
        form.addRow(label, self.subtitle)
        form.addRow(self.subtitle_count)
        self._show_empty = False  # "needs a headline" waits until there is something to head
        self.title.userEdited.connect(self._on_edit)
        self.subtitle.userEdited.connect(self._on_edit)

    def set_release(self, r: Release) -> None:
        self.title.set_value(r.title)
        self.subtitle.set_value(r.subtitle)
        self._show_empty = bool(r.title.strip() or r.subtitle.strip() or r.body.strip())
        self.validate()

    def fill(self, r: Release) -> None:
        r.title = self.title.value()
        r.subtitle = self.subtitle.value()

    def _on_edit(self) -> None:
        self._show_empty = True
        self.validate()
        self.edited.emit()

    def _show_count(self, label: FieldMessage, text: str, limit: int, *, title: bool) -> None:
        if not text.strip():
            label.clear_message()
            return
        message, long = validation.length_hint(text, limit, title=title)
        label.show_message(message, tone="hint" if long else "info")

    def problems(self) -> list[tuple[str, str]]:
        msg = validation.title_problem(self.title.value())
        return [("title", msg)] if msg else []

    def validate(self) -> list[tuple[str, str]]:
        problems = self.problems()
        self.title_msg.show_message(dict(problems).get("title", "") if self._show_empty else "")
        self._show_count(self.title_count, self.title.value(), validation.TITLE_LIMIT, title=True)
        self._show_count(self.subtitle_count, self.subtitle.value(), validation.SUBTITLE_LIMIT,
                         title=False)
        self.title.setAccessibleDescription(
            "\n".join(t for t in (self.title_msg.text(), self.title_count.text()) if t))
        return problems

    def widget_for(self, field: str) -> QWidget | None:
        return {"title": self.title, "subtitle": self.subtitle}.get(field)
