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
import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QSyntaxHighlighter,
    QTextBlockUserData,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit

from presskit.model import Release
from presskit.preflight.spelling import Speller, release_names
from presskit_ui.window.api import EditorWindow

TextEdit = QPlainTextEdit | QTextEdit
UNDERLINE = QColor("#d0021b")
SLICE_SECONDS = 0.006  # GUI time per slice of a whole-document rehighlight


def prose_fields(release: Release) -> list[str]:
    """The fields underlined as you type, by draft path."""
    return ["title", "subtitle", "body",
            *(f"quotes[{i}].text" for i in range(len(release.quotes))), "boilerplate"]


Found = list[tuple[int, int, str]]


class _Checked(QTextBlockUserData):
    """A paragraph's text and its misspellings when last underlined (and for which
    speller and names: ``generation``)."""

    def __init__(self, text: str, found: Found, generation: int):
        super().__init__()
        self.text, self.found, self.generation = text, found, generation


def recheck(old: str, found: Found, new: str, check: Callable[[str], Found]) -> Found:
    """The misspellings of *new*, knowing those of *old*: only the words around the edit
    are checked again (from the space before the first changed character to the space
    after the last), the others are kept, shifted by the edit's length."""
    limit = min(len(old), len(new))
    prefix = 0
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    start = prefix
    while start > 0 and not new[start - 1].isspace():
        start -= 1
    end = len(new) - suffix
    while end < len(new) and not new[end].isspace():
        end += 1
    old_end = end + len(old) - len(new)
    delta = len(new) - len(old)
    kept_before = [f for f in found if f[1] <= start]
    kept_after = [(a + delta, b + delta, w) for a, b, w in found if a >= old_end]
    middle = [(a + start, b + start, w) for a, b, w in check(new[start:end])]
    return kept_before + middle + kept_after


class SpellingHighlighter(QSyntaxHighlighter):
    """Underlines the unknown words of each paragraph of one document.

    Typing changes one paragraph; its previous text and misspellings are kept with the
    paragraph (``QTextBlockUserData``), so a keystroke checks the word being typed, not
    the whole paragraph again."""

    def __init__(self, document: QTextDocument, support: SpellingSupport):
        super().__init__(document)
        self.support = support

    def highlightBlock(self, text: str) -> None:  # Qt API name
        support = self.support
        speller = support.speller
        if speller is None or not text:
            return
        names = support.names

        def check(part: str) -> Found:
            return speller.misspellings(part, ignore=names)

        data = self.currentBlockUserData()
        if isinstance(data, _Checked) and data.generation == support.generation:
            found = data.found if data.text == text else recheck(data.text, data.found, text, check)
        else:
            found = check(text)
        self.setCurrentBlockUserData(_Checked(text, found, support.generation))
        fmt = support.underline
        for start, end, _word in found:
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
        self.generation = 0  # bumped when the speller, the names or the dictionary change
        self.shared: Speller | None = None  # the engine's, for the same language
        # (locale, word) -> suggestions, looked up on the worker after each check
        self.suggestions: dict[tuple[str, str], tuple[str, ...]] = {}
        self.names: frozenset[str] = frozenset()
        self.underline = QTextCharFormat()
        self.underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.underline.setUnderlineColor(UNDERLINE)
        self.highlighters: list[SpellingHighlighter] = []
        self._edits: list[TextEdit] = []
        self._queue: list[tuple[SpellingHighlighter, int]] = []  # (highlighter, next block)
        self._only: frozenset[str] | None = None  # rehighlight only blocks with these words
        self._slice = QTimer(self, singleShot=True, interval=0)
        self._slice.timeout.connect(self._rehighlight_slice)

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
    def update(self, release: Release, speller: Speller | None, *,
               names: frozenset[str] | None = None, shared: Speller | None = None) -> None:
        """The release as last checked, the GUI thread's speller of its language, the
        release's *names* (default: ``release_names``) and the engine's speller (*shared*),
        told too when the user adds or ignores a word."""
        self.shared = shared
        self.attach_fields(release)
        if names is None:
            names = release_names(release)
        if speller is not self.speller:
            self.speller, self.names = speller, names
            self.rehighlight()
        elif names != self.names:
            changed = names ^ self.names  # a contact or speaker renamed: only their words
            self.names = names
            self.rehighlight(changed)

    def rehighlight(self, words: frozenset[str] | None = None) -> None:
        """Underline again (a new speller, or *words* — casefolded — newly known or no
        longer names), a few paragraphs at a time: a 20-page body in one go would stall
        typing for a tenth of a second. With *words*, only the paragraphs holding them."""
        self.highlighters = [h for h in self.highlighters if _alive(h)]
        if words is not None and not words:
            return
        self.generation += 1
        if self._queue:  # a pass is under way: widen it (a whole pass covers everything)
            words = None if words is None or self._only is None else self._only | words
        self._only = words
        self._queue = [(h, 0) for h in self.highlighters]
        self._slice.start()

    def _rehighlight_slice(self) -> None:
        deadline = time.perf_counter() + SLICE_SECONDS
        while self._queue:
            highlighter, number = self._queue[0]
            document = highlighter.document() if _alive(highlighter) else None
            block = document.findBlockByNumber(number) if document is not None else None
            if block is None or not block.isValid():
                self._queue.pop(0)
                continue
            self._queue[0] = (highlighter, number + 1)
            if self._only is not None:
                text = block.text().casefold()
                if not any(word in text for word in self._only):
                    continue
            highlighter.rehighlightBlock(block)
            if time.perf_counter() >= deadline:
                self._slice.start()  # the rest after the pending events (keys, paints)
                return

    def pending(self) -> bool:
        """True while a rehighlight is still going through the documents."""
        return bool(self._queue)

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
        suggestions = self.suggestions.get((self.speller.locale, found.word))
        if suggestions is None:  # not looked up in the background yet: ask now
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

    def _both(self) -> list[Speller]:
        return [s for s in (self.speller, self.shared) if s is not None]

    def add_to_dictionary(self, word: str) -> None:
        """Add *word* to the personal dictionary (a file per language in the data folder)."""
        for speller in self._both():
            speller.add_to_personal(word)
        self.rehighlight(frozenset({word.casefold()}))
        self.changed.emit()

    def ignore(self, word: str) -> None:
        """Accept *word* until Presskit quits."""
        for speller in self._both():
            speller.ignore(word)
        self.rehighlight(frozenset({word.casefold()}))
        self.changed.emit()


def _alive(obj: QObject) -> bool:
    return bool(shiboken6.isValid(obj))


__all__ = ["SpellingHighlighter", "SpellingSupport", "WordAt", "prose_fields"]

