"""Spelling as you type: misspelled words underlined in red, fixed from the context menu.

One :class:`SpellingSupport` per window (a QObject child of the window named
``preflightSpelling``) holds the release language's speller (loaded off the GUI thread by
the live preflight) and the release's names, which are never misspellings. It attaches a
:class:`SpellingHighlighter` to each prose field's document: the headline, subheadline,
body, quotes and About text, and whatever a feature attaches (kit documents)::

    from presskit_ui.preflight.spelling_ui import SpellingSupport

    support = SpellingSupport.of(window)   # None before the preflight feature is installed
    if support is not None:
        support.attach(text_edit)          # a QTextEdit or QPlainTextEdit

``QSyntaxHighlighter`` re-highlights only the paragraph being edited (no state carries
from one block to the next), so typing costs one paragraph's check per keystroke. The
context menu puts the suggestions, "Add to Dictionary" and "Ignore" above Qt's standard
entries; a suggestion replaces the word as an ordinary edit (undoable like typing).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

import presskit_ui.qt_compat  # noqa: F401 - first: PySide6 6.12 refcount work-around
from presskit_ui.window.api import EditorWindow
from PySide6.QtCore import QEvent, QObject, QPoint, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit

from presskit.model import Release
from presskit.preflight.spelling import Speller, release_names

TextEdit = QPlainTextEdit | QTextEdit
UNDERLINE = QColor("#d0021b")


def prose_fields(release: Release) -> list[str]:
    """The fields underlined as you type, by draft path."""
    return ["title", "subtitle", "body",
            *(f"quotes[{i}].text" for i in range(len(release.quotes))), "boilerplate"]


class SpellingHighlighter(QSyntaxHighlighter):
    """Underlines the unknown words of each paragraph of one document."""

    def __init__(self, document: QTextDocument, support: SpellingSupport):
        super().__init__(document)
        self.support = support

    def highlightBlock(self, text: str) -> None:  # Qt API name
        speller = self.support.speller
        if speller is None or not text:
            return
        fmt = self.support.underline
        for start, end, _word in speller.misspellings(text, ignore=self.support.names):
            self.setFormat(start, end - start, fmt)


@dataclass(frozen=True)
class WordAt:
    """The misspelled word under the mouse: its place in the document and the word."""

    start: int
    end: int
    word: str


class SpellingSupport(QObject):
    """The spelling state of one window and the highlighters of its fields."""

    changed = Signal()  # the personal dictionary or the session's ignores changed

    def __init__(self, window: EditorWindow):
        super().__init__(window.widget())
        self.setObjectName("preflightSpelling")
        self.window = window
        self.speller: Speller | None = None
        self.names: frozenset[str] = frozenset()
        self.underline = QTextCharFormat()
        self.underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.underline.setUnderlineColor(UNDERLINE)
        self.highlighters: list[SpellingHighlighter] = []
        self._edits: list[TextEdit] = []

    @staticmethod
    def of(window: EditorWindow) -> SpellingSupport | None:
        """The window's spelling support (for a feature attaching its own text fields)."""
        return window.widget().findChild(SpellingSupport, "preflightSpelling")

    # -- attaching ------------------------------------------------------------------------
    def attach(self, edit: TextEdit) -> SpellingHighlighter:
        """Underline misspellings in *edit*; its context menu offers the corrections."""
        document = edit.document()
        found = document.findChild(SpellingHighlighter)
        if found is not None:
            return found
        highlighter = SpellingHighlighter(document, self)
        self.highlighters.append(highlighter)
        if edit not in self._edits:
            self._edits.append(edit)
            edit.viewport().installEventFilter(self)
            edit.installEventFilter(self)
            edit.destroyed.connect(lambda _o=None, e=edit: self._forget(e))
        return highlighter

    def attach_fields(self, release: Release) -> None:
        for field in prose_fields(release):
            widget = self.window.field_widget(field)
            if isinstance(widget, (QPlainTextEdit, QTextEdit)):
                self.attach(widget)

    def _forget(self, edit: TextEdit) -> None:
        with contextlib.suppress(ValueError):
            self._edits.remove(edit)
        self.highlighters = [h for h in self.highlighters if _alive(h)]

    # -- the speller and the names --------------------------------------------------------
    def update(self, release: Release, speller: Speller | None) -> None:
        """The release as last checked and the speller of its language."""
        self.attach_fields(release)
        names = release_names(release)
        if speller is not self.speller or names != self.names:
            self.speller = speller
            self.names = names
            self.rehighlight()

    def rehighlight(self) -> None:
        self.highlighters = [h for h in self.highlighters if _alive(h)]
        for h in self.highlighters:
            h.rehighlight()

    # -- the context menu -----------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # Qt API name
        if event.type() != QEvent.Type.ContextMenu or not isinstance(event, QContextMenuEvent):
            return False
        edit = self._edit_of(obj)
        if edit is None:
            return False
        pos = event.pos() if obj is edit.viewport() else edit.viewport().mapFrom(edit, event.pos())
        menu = self.context_menu(edit, pos)
        menu.exec(event.globalPos())
        menu.deleteLater()
        return True

    def _edit_of(self, obj: QObject) -> TextEdit | None:
        for edit in self._edits:
            if _alive(edit) and (obj is edit or obj is edit.viewport()):
                return edit
        return None

    def word_at(self, edit: TextEdit, pos: QPoint) -> WordAt | None:
        """The misspelled word at *pos* (viewport coordinates) of *edit*, if any."""
        if self.speller is None:
            return None
        cursor = edit.cursorForPosition(pos)
        block = cursor.block()
        offset = cursor.positionInBlock()
        for start, end, word in self.speller.misspellings(block.text(), ignore=self.names):
            if start <= offset <= end:
                return WordAt(block.position() + start, block.position() + end, word)
        return None

    def context_menu(self, edit: TextEdit, pos: QPoint) -> QMenu:
        """Qt's standard menu of *edit*, with the corrections of the word at *pos* on top."""
        menu = edit.createStandardContextMenu()
        menu.setParent(edit, menu.windowFlags())
        found = self.word_at(edit, pos)
        if found is None or self.speller is None:
            return menu
        ours: list[QAction] = []
        suggestions = self.speller.suggest(found.word, 5)
        for suggestion in suggestions:
            act = QAction(suggestion, menu)
            act.setObjectName("spellingSuggestion")
            act.triggered.connect(lambda _=False, s=suggestion: self.correct(edit, found, s))
            ours.append(act)
        if not suggestions:
            none = QAction(self.tr("(No suggestions)"), menu)
            none.setEnabled(False)
            ours.append(none)
        add = QAction(self.tr("Add to Dictionary"), menu)
        add.setObjectName("spellingAdd")
        add.triggered.connect(lambda: self.add_to_dictionary(found.word))
        ignore = QAction(self.tr("Ignore"), menu)
        ignore.setObjectName("spellingIgnore")
        ignore.triggered.connect(lambda: self.ignore(found.word))
        separator = QAction(menu)
        separator.setSeparator(True)
        ours += [add, ignore, separator]
        first = menu.actions()[0] if menu.actions() else None
        if first is None:
            menu.addActions(ours)
        else:
            menu.insertActions(first, ours)
        return menu

    def correct(self, edit: TextEdit, found: WordAt, replacement: str) -> None:
        """Replace the misspelled word by *replacement*, as the user typing it would."""
        cursor = QTextCursor(edit.document())
        cursor.setPosition(found.start)
        cursor.setPosition(found.end, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() != found.word:
            return  # the text changed under the menu
        cursor.insertText(replacement)
        edit.setTextCursor(cursor)

    def add_to_dictionary(self, word: str) -> None:
        if self.speller is not None:
            self.speller.add_to_personal(word)
            self.rehighlight()
            self.changed.emit()

    def ignore(self, word: str) -> None:
        if self.speller is not None:
            self.speller.ignore(word)
            self.rehighlight()
            self.changed.emit()


def _alive(obj: QObject) -> bool:
    try:
        import shiboken6

        return bool(shiboken6.isValid(obj))
    except ImportError:  # pragma: no cover
        return True


__all__ = ["SpellingHighlighter", "SpellingSupport", "WordAt", "prose_fields"]

