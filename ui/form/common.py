"""Small pieces shared by the form's sections: collapsible sections, text widgets that give
back exactly what they were given (non-breaking spaces included) and helpers that keep user
text from ever being read as HTML. Field messages and plain labels, shared with the dialogs,
live in presskit_ui.widgets."""

from __future__ import annotations

import html

from PySide6.QtCore import QMimeData, QObject, QRect, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QResizeEvent, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


def rich_escape(text: str) -> str:
    """User text for a place that may read rich text (tool tips): escaped, kept literal."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def plain_text(edit: QPlainTextEdit) -> str:
    """The text of a plain-text editor with U+00A0 kept (``toPlainText`` turns it into a space)."""
    return edit.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")


def stacked(*parts: QWidget | QLayout) -> QVBoxLayout:
    """A field with its message(s) under it, as one form row: a hidden message takes no space."""
    box = QVBoxLayout()
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(2)
    for part in parts:
        if isinstance(part, QLayout):
            box.addLayout(part)
        else:
            box.addWidget(part)
    return box


class Section(QWidget):
    """A titled, collapsible group of fields; the header is a keyboard-reachable toggle."""

    def __init__(self, title: str, parent: QWidget | None = None, *, expanded: bool = True):
        super().__init__(parent)
        self.header = QToolButton(self)
        self.header.setText(title)
        self.header.setCheckable(True)
        self.header.setChecked(expanded)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setAutoRaise(True)
        self.header.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        font = QFont(self.header.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.header.setFont(font)
        self.header.setAccessibleName(title)
        self.header.setAccessibleDescription(self.tr("Shows or hides this group of fields"))
        self.header.toggled.connect(self.set_expanded)
        self.body = QFrame(self)
        self.body.setObjectName("sectionBody")
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addWidget(line)
        layout.addWidget(self.body)
        self.set_expanded(expanded)

    def set_expanded(self, expanded: bool) -> None:
        self.header.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        if self.header.isChecked() != expanded:
            self.header.setChecked(expanded)
        self.body.setVisible(expanded)

    def is_expanded(self) -> bool:
        return self.header.isChecked()


class ContentEdits(QObject):
    """The real changes of a document's content: its text or its formats (bold, a list).

    ``QTextDocument.contentsChanged`` (and so ``textChanged``) also fires when a
    ``QSyntaxHighlighter`` redraws its formats — the spelling underlines do on every
    paragraph they check — and nothing was edited then. Only ``contentsChange`` with
    characters removed or added (a format change counts its characters as both) is an
    edit. ``changed`` comes once the document is up to date (on ``contentsChanged``);
    ``revision`` counts the edits, and is what a cache of the document's text may key on.
    """

    changed = Signal()

    def __init__(self, document: QTextDocument):
        super().__init__(document)
        self.revision = 0
        self._pending = False
        document.contentsChange.connect(self._on_change)
        document.contentsChanged.connect(self._on_changed)

    def _on_change(self, _position: int, removed: int, added: int) -> None:
        if removed or added:
            self.revision += 1
            self._pending = True

    def _on_changed(self) -> None:
        if self._pending:
            self._pending = False
            self.changed.emit()


class ExactLineEdit(QLineEdit):
    """A line edit whose ``value()`` is exactly what ``set_value`` gave until the user edits."""

    userEdited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._loaded: str | None = None
        self.textEdited.connect(self._on_edited)

    def _on_edited(self, _text: str) -> None:
        self._loaded = None
        self.userEdited.emit()

    def set_value(self, value: str) -> None:
        if self.value() != value:
            pos = self.cursorPosition()
            self.setText(value)
            self.setCursorPosition(min(pos, len(value)))  # an undo keeps the caret in place
        self._loaded = value

    def value(self) -> str:
        return self._loaded if self._loaded is not None else self.text()


class ExactPlainTextEdit(QPlainTextEdit):
    """A plain-text editor that keeps U+00A0 / U+202F and gives back what it was given.

    It grows with its text between *lines* and *max_lines* lines, so the form scrolls
    as one column instead of many small boxes scrolling inside it.
    """

    userEdited = Signal()

    def __init__(self, parent: QWidget | None = None, *, lines: int = 4, max_lines: int = 14):
        super().__init__(parent)
        self._loaded: str | None = None
        self._setting = False
        self.min_lines, self.max_lines = lines, max(lines, max_lines)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.edits = ContentEdits(self.document())
        self.edits.changed.connect(self._on_changed)  # not textChanged: underlines redrawn
        self.textChanged.connect(self._fit_height)
        self._fit_height()

    def _fit_height(self) -> None:
        metrics = self.fontMetrics()
        width = max(40, self.viewport().width() - int(self.document().documentMargin() * 2) - 4)
        text = self.toPlainText() or " "
        rect = metrics.boundingRect(QRect(0, 0, width, 100_000),
                                    int(Qt.TextFlag.TextWordWrap), text + ("x" if text.endswith("\n") else ""))
        lines = max(self.min_lines, min(self.max_lines, -(-rect.height() // metrics.lineSpacing())))
        margins = self.contentsMargins()
        height = (metrics.lineSpacing() * lines + int(self.document().documentMargin() * 2)
                  + margins.top() + margins.bottom() + 2)
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt API name
        super().resizeEvent(event)
        self._fit_height()

    def _on_changed(self) -> None:
        if self._setting:
            return
        self._loaded = None
        self.userEdited.emit()

    def set_value(self, value: str) -> None:
        if self.value() != value:
            pos = self.textCursor().position()
            self._setting = True
            try:
                self.setPlainText(value)
            finally:
                self._setting = False
            cursor = self.textCursor()
            cursor.setPosition(min(pos, self.document().characterCount() - 1))
            self.setTextCursor(cursor)  # an undo keeps the caret in place
        self._loaded = value

    def value(self) -> str:
        return self._loaded if self._loaded is not None else plain_text(self)


class HeadlineEdit(ExactPlainTextEdit):
    """One wrapped line of text (a headline): Enter does not add a line break; pasted
    line breaks become spaces; Tab moves on."""

    def __init__(self, parent: QWidget | None = None, *, lines: int = 2):
        super().__init__(parent, lines=lines, max_lines=4)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt API name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # Qt API name
        if source.hasText():
            text = " ".join(part.strip() for part in source.text().splitlines() if part.strip())
            self.textCursor().insertText(text)
            return
        super().insertFromMimeData(source)
