"""The "Quotes" section: a list of quotes (text, speaker, role); add, remove, reorder."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from presskit.model import Quote
from presskit_ui.form.common import ExactLineEdit, ExactPlainTextEdit
from presskit_ui.widgets import plain_label


class QuoteRow(QFrame):
    """One quote; ``extra`` keeps the draft keys the form does not show."""

    edited = Signal()
    moveRequested = Signal(object, int)  # row, -1 / +1
    removeRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.extra: dict = {}
        self.heading = plain_label("", self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.up = self._button("↑", self.tr("Move this quote up"), lambda: self.moveRequested.emit(self, -1))
        self.down = self._button("↓", self.tr("Move this quote down"), lambda: self.moveRequested.emit(self, 1))
        self.remove = self._button("✕", self.tr("Remove this quote"), lambda: self.removeRequested.emit(self))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.heading, 1)
        top.addWidget(self.up)
        top.addWidget(self.down)
        top.addWidget(self.remove)
        self.text = ExactPlainTextEdit(self, lines=3)
        self.speaker = ExactLineEdit(self)
        self.role = ExactLineEdit(self)
        self.speaker.setPlaceholderText(self.tr("e.g. Dr Claire Dumoulin"))
        self.role.setPlaceholderText(self.tr("e.g. Scientific director"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = [QLabel(self), QLabel(self), QLabel(self)]
        for label, widget in zip(self.labels, (self.text, self.speaker, self.role), strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addLayout(top)
        layout.addLayout(form)
        self.text.userEdited.connect(self.edited)
        self.speaker.userEdited.connect(self.edited)
        self.role.userEdited.connect(self.edited)

    def _button(self, text: str, name: str, slot: object) -> QToolButton:
        b = QToolButton(self)
        b.setText(text)
        b.setToolTip(name)
        b.setAccessibleName(name)
        b.clicked.connect(slot)
        return b

    def set_number(self, n: int, count: int) -> None:
        self.heading.setText(self.tr("Quote {n}").format(n=n))
        self.labels[0].setText(self.tr("Quote"))
        self.labels[1].setText(self.tr("Speaker"))
        self.labels[2].setText(self.tr("Role"))
        self.text.setAccessibleName(self.tr("Quote {n}: text").format(n=n))
        self.speaker.setAccessibleName(self.tr("Quote {n}: speaker").format(n=n))
        self.role.setAccessibleName(self.tr("Quote {n}: speaker's role").format(n=n))
        self.up.setEnabled(n > 1)
        self.down.setEnabled(n < count)

    def set_quote(self, q: Quote) -> None:
        self.text.set_value(q.text)
        self.speaker.set_value(q.speaker)
        self.role.set_value(q.role)
        self.extra = copy.deepcopy(q.extra)

    def quote(self) -> Quote:
        return Quote(text=self.text.value(), speaker=self.speaker.value(), role=self.role.value(),
                     extra=copy.deepcopy(self.extra))


class QuotesEditor(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[QuoteRow] = []
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.empty = plain_label(self.tr("No quotes yet."), self)
        self.empty.setEnabled(False)
        self.add_button = QPushButton(self.tr("Add &quote"), self)
        self.add_button.setAccessibleName(self.tr("Add a quote"))
        self.add_button.clicked.connect(self.add_quote)
        bottom = QHBoxLayout()
        bottom.addWidget(self.empty, 1)
        bottom.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows_layout)
        layout.addLayout(bottom)

    def set_quotes(self, quotes: list[Quote]) -> None:
        while len(self.rows) > len(quotes):
            self._drop(self.rows[-1])
        while len(self.rows) < len(quotes):
            self._append()
        for row, q in zip(self.rows, quotes, strict=True):
            row.set_quote(q)
        self._renumber()

    def quotes(self) -> list[Quote]:
        return [row.quote() for row in self.rows]

    def add_quote(self) -> None:
        row = self._append()
        self._renumber()
        row.text.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edited.emit()

    def _append(self) -> QuoteRow:
        row = QuoteRow(self)
        row.edited.connect(self.edited)
        row.moveRequested.connect(self._move)
        row.removeRequested.connect(self._remove)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        row.show()  # at once, not on the next event-loop turn: focus_field may scroll to it
        return row

    def _drop(self, row: QuoteRow) -> None:
        self.rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _remove(self, row: QuoteRow) -> None:
        index = self.rows.index(row)
        self._drop(row)
        self._renumber()
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)].text.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edited.emit()

    def _move(self, row: QuoteRow, step: int) -> None:
        index = self.rows.index(row)
        target = index + step
        if not 0 <= target < len(self.rows):
            return
        self.rows.insert(target, self.rows.pop(index))
        self.rows_layout.removeWidget(row)
        self.rows_layout.insertWidget(target, row)
        self._renumber()
        (row.up if step < 0 and row.up.isEnabled() else row.down if row.down.isEnabled()
         else row.text).setFocus(Qt.FocusReason.OtherFocusReason)
        self.edited.emit()

    def _renumber(self) -> None:
        for i, row in enumerate(self.rows):
            row.set_number(i + 1, len(self.rows))
        # Keyboard order follows the visual order after a move.
        previous: QWidget | None = None
        for row in self.rows:
            for w in (row.text, row.speaker, row.role, row.up, row.down, row.remove):
                if previous is not None:
                    QWidget.setTabOrder(previous, w)
                previous = w
        if previous is not None:
            QWidget.setTabOrder(previous, self.add_button)
        self.empty.setVisible(not self.rows)

    def widget_for(self, index: int, part: str) -> QWidget | None:
        if not 0 <= index < len(self.rows):
            return None
        row = self.rows[index]
        return {"text": row.text, "speaker": row.speaker, "role": row.role, "": row.text}.get(part)
