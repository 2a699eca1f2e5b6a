"""The body: a rich-text editor stored as Markdown, with a small formatting toolbar.

Bold (Ctrl+B), italic (Ctrl+I), link (Ctrl+K), bullet list, numbered list and
subheading. Pasting from Word or a web page keeps only those features; plain text
stays plain. The Markdown is computed once per document revision, so asking for it
on every preview refresh is cheap.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeyEvent,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import QInputDialog, QTextEdit, QToolBar, QVBoxLayout, QWidget

from presskit.markdown_text import ListRef, Span, TextBlock
from presskit_ui.form.common import ContentEdits
from presskit_ui.form.richtext import (
    VERBATIM,
    block_format,
    char_format,
    document_to_markdown,
    list_format,
    markdown_to_document,
    paste_html,
)


def normalise_href(text: str) -> str:
    """What the user typed in the link box, as a link target."""
    href = text.strip()
    if not href:
        return ""
    lower = href.lower()
    if lower.startswith(("http://", "https://", "mailto:")):
        return href
    if "@" in href and "/" not in href and " " not in href:
        return "mailto:" + href
    if "://" not in href:
        return "https://" + href
    return href


class RichTextEdit(QTextEdit):
    """QTextEdit that pastes only allowed formatting, indents lists with Tab and leaves a
    subheading with Enter."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)
        self.setAutoFormatting(QTextEdit.AutoFormattingFlag.AutoNone)

    # -- paste --------------------------------------------------------------------------
    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # Qt API name
        return source.hasHtml() or source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:  # Qt API name
        if source.hasHtml():
            cursor = self.textCursor()
            paste_html(cursor, source.html())
            self.setTextCursor(cursor)
        elif source.hasText():
            self.insert_plain(source.text())

    def insert_plain(self, text: str) -> None:
        cursor = self.textCursor()
        cursor.insertText(text.replace("\r\n", "\n").replace("\r", "\n"))
        self.setTextCursor(cursor)

    # -- keys ---------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:  # Qt API name
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) \
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier \
                and self.textCursor().currentList() is not None:
            back = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.change_list_level(-1 if back else 1)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt API name
        cursor = self.textCursor()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier \
                and cursor.blockFormat().headingLevel() > 0 and cursor.atBlockEnd():
            cursor.insertBlock(block_format(None), char_format(None))
            self.setTextCursor(cursor)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier \
                and self._leaves_verbatim(cursor):
            # Enter on an empty last line of a table or code: back to a paragraph.
            cursor.setBlockFormat(block_format(None))
            cursor.setCharFormat(char_format(None))
            self.setTextCursor(cursor)
            return
        super().keyPressEvent(event)

    @staticmethod
    def _leaves_verbatim(cursor: QTextCursor) -> bool:
        block = cursor.block()
        fmt = block.blockFormat()
        if not fmt.hasProperty(VERBATIM) or block.length() > 1:
            return False
        after = block.next()
        return not (after.isValid() and after.blockFormat().hasProperty(VERBATIM)
                    and after.blockFormat().intProperty(VERBATIM) == fmt.intProperty(VERBATIM))

    def change_list_level(self, step: int) -> None:
        """Indent (+1) or outdent (-1) the current list item, joining a list at that level."""
        cursor = self.textCursor()
        current = cursor.currentList()
        if current is None:
            return
        block = cursor.block()
        fmt = current.format()
        target = fmt.indent() + step
        cursor.beginEditBlock()
        try:
            current.remove(block)
            bf = cursor.blockFormat()
            bf.setIndent(0)
            cursor.setBlockFormat(bf)
            if target <= 0:
                return
            prev = block.previous()
            while prev.isValid():
                lst = prev.textList()
                if lst is None:
                    break
                if lst.format().indent() == target:
                    lst.add(block)
                    return
                if lst.format().indent() < target:
                    break
                prev = prev.previous()
            ordered = fmt.style() == QTextListFormat.Style.ListDecimal
            cursor.createList(list_format(ListRef(0, ordered), target - 1))
        finally:
            cursor.endEditBlock()


class BodyEditor(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = RichTextEdit(self)
        self.editor.setAccessibleName(self.tr("Body text"))
        self.editor.setMinimumHeight(340)
        self.toolbar = QToolBar(self)
        self.toolbar.setAccessibleName(self.tr("Body formatting"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions_by_name: dict[str, QAction] = {}
        self._add("bold", self.tr("Bold"), "B", QKeySequence(QKeySequence.StandardKey.Bold),
                  self._toggle_bold, checkable=True)
        self._add("italic", self.tr("Italic"), "I", QKeySequence(QKeySequence.StandardKey.Italic),
                  self._toggle_italic, checkable=True)
        self._add("link", self.tr("Link…"), self.tr("Link"), QKeySequence("Ctrl+K"), self.edit_link)
        self.toolbar.addSeparator()
        self._add("bullets", self.tr("Bullet list"), "•", QKeySequence("Ctrl+Shift+8"),
                  lambda: self.toggle_list(ordered=False), checkable=True)
        self._add("numbers", self.tr("Numbered list"), "1.", QKeySequence("Ctrl+Shift+7"),
                  lambda: self.toggle_list(ordered=True), checkable=True)
        self._add("subheading", self.tr("Subheading"), self.tr("Subheading"),
                  QKeySequence("Ctrl+Alt+2"), self.toggle_subheading, checkable=True)
        self._add("paste_plain", self.tr("Paste as plain text"), "", QKeySequence("Ctrl+Shift+V"),
                  self.paste_plain, toolbar=False)
        for name in ("bold", "italic"):
            font = QFont(self.toolbar.font())
            font.setBold(name == "bold")
            font.setItalic(name == "italic")
            button = self.toolbar.widgetForAction(self.actions_by_name[name])
            if button is not None:
                button.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.editor)
        self._cache: tuple[int, str] | None = None
        self._setting = False
        # Only real edits, not the spelling underlines redrawn (see ContentEdits).
        self.edits = ContentEdits(self.editor.document())
        self.edits.changed.connect(self._on_changed)
        self.editor.cursorPositionChanged.connect(self._update_actions)
        self.editor.currentCharFormatChanged.connect(lambda _f: self._update_actions())
        self.set_markdown("")

    def _add(self, name: str, tip: str, text: str, keys: QKeySequence, slot: object, *,
             checkable: bool = False, toolbar: bool = True) -> QAction:
        action = QAction(text or tip, self)
        action.setToolTip(f"{tip} ({keys.toString(QKeySequence.SequenceFormat.NativeText)})")
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.editor.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(tip)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the text, not the buttons
        self.actions_by_name[name] = action
        return action

    # -- Markdown -----------------------------------------------------------------------
    def _on_changed(self) -> None:
        if not self._setting:
            self.edited.emit()

    def markdown(self) -> str:
        if self._cache is not None and self._cache[0] == self.edits.revision:
            return self._cache[1]
        text = document_to_markdown(self.editor.document())
        self._cache = (self.edits.revision, text)
        return text

    def set_markdown(self, text: str) -> None:
        """Load Markdown (no ``edited``); ``markdown()`` gives back exactly *text* until edited."""
        if self._cache is not None and self._cache[0] == self.edits.revision and self._cache[1] == text:
            return
        pos = self.editor.textCursor().position()
        scroll = self.editor.verticalScrollBar().value()
        self._setting = True
        try:
            doc = self.editor.document()
            markdown_to_document(text, doc)
            doc.clearUndoRedoStacks()
            # An undo (the window reloads the release) keeps the caret and the view in place.
            cursor = self.editor.textCursor()
            cursor.setPosition(min(pos, doc.characterCount() - 1))
            self.editor.setTextCursor(cursor)
            self.editor.verticalScrollBar().setValue(scroll)
        finally:
            self._setting = False
        self._cache = (self.edits.revision, text)

    # -- formatting ---------------------------------------------------------------------
    def _merge(self, fmt: QTextCharFormat) -> None:
        self.editor.mergeCurrentCharFormat(fmt)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _toggle_bold(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
        self._merge(fmt)

    def _toggle_italic(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(on)
        self._merge(fmt)

    def current_href(self) -> str:
        fmt = self.editor.textCursor().charFormat()
        return fmt.anchorHref() if fmt.isAnchor() else ""

    def edit_link(self) -> None:
        current = self.current_href()
        text, ok = QInputDialog.getText(
            self, self.tr("Link"), self.tr("Web address or email (empty removes the link):"),
            text=current)
        if ok:
            self.set_link(normalise_href(text))

    def set_link(self, href: str) -> None:
        """Link the selection (or the link under the cursor) to *href*; "" removes it."""
        cursor = self.editor.textCursor()
        if not cursor.hasSelection():
            fmt = cursor.charFormat()
            if fmt.isAnchor():
                self._select_anchor(cursor, fmt.anchorHref())
            elif href:
                cursor.insertText(href, char_format(Span(href, href=href)))
                cursor.setCharFormat(char_format(None))
                self.editor.setTextCursor(cursor)
                return
        if not cursor.hasSelection():
            return
        fmt = QTextCharFormat()
        if href:
            link = char_format(Span("", href=href))
            fmt.merge(link)
        else:
            fmt.setAnchor(False)
            fmt.setAnchorHref("")
            fmt.setFontUnderline(False)
            fmt.clearProperty(QTextFormat.Property.TextUnderlineColor)
            fmt.clearProperty(QTextFormat.Property.TextToolTip)
        cursor.mergeCharFormat(fmt)
        if not href:
            # mergeCharFormat cannot drop properties: clear them fragment by fragment.
            self._clear_link(cursor)
        self.editor.setTextCursor(cursor)

    def _clear_link(self, cursor: QTextCursor) -> None:
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        c = QTextCursor(self.editor.document())
        pos = start
        while pos < end:
            c.setPosition(pos)
            c.setPosition(pos + 1, QTextCursor.MoveMode.KeepAnchor)
            fmt = c.charFormat()
            for prop in (QTextFormat.Property.AnchorHref, QTextFormat.Property.IsAnchor,
                         QTextFormat.Property.TextUnderlineColor,
                         QTextFormat.Property.TextUnderlineStyle, QTextFormat.Property.TextToolTip):
                fmt.clearProperty(prop)
            c.setCharFormat(fmt)
            pos += 1

    @staticmethod
    def _select_anchor(cursor: QTextCursor, href: str) -> None:
        block = cursor.block()
        pos = cursor.position()
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            it += 1
            fmt = frag.charFormat()
            if fmt.isAnchor() and fmt.anchorHref() == href and \
                    frag.position() <= pos <= frag.position() + frag.length():
                cursor.setPosition(frag.position())
                cursor.setPosition(frag.position() + frag.length(), QTextCursor.MoveMode.KeepAnchor)
                return

    def toggle_list(self, *, ordered: bool) -> None:
        cursor = self.editor.textCursor()
        current = cursor.currentList()
        style = QTextListFormat.Style.ListDecimal if ordered else QTextListFormat.Style.ListDisc
        cursor.beginEditBlock()
        try:
            if current is not None:
                is_ordered = current.format().style() == QTextListFormat.Style.ListDecimal
                if is_ordered == ordered:
                    self._remove_from_lists(cursor)
                else:
                    fmt = current.format()
                    fmt.setStyle(style)
                    current.setFormat(fmt)
            else:
                bf = cursor.blockFormat()
                if bf.headingLevel():
                    self._set_heading(cursor, 0)
                cursor.createList(list_format(ListRef(0, ordered), 0))
        finally:
            cursor.endEditBlock()
        self._update_actions()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _remove_from_lists(self, cursor: QTextCursor) -> None:
        doc = self.editor.document()
        block = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        while block.isValid():
            lst = block.textList()
            if lst is not None:
                lst.remove(block)
                c = QTextCursor(block)
                bf = c.blockFormat()
                bf.setIndent(0)
                c.setBlockFormat(bf)
            if block == last:
                break
            block = block.next()

    def toggle_subheading(self) -> None:
        cursor = self.editor.textCursor()
        level = 0 if cursor.blockFormat().headingLevel() else 2
        cursor.beginEditBlock()
        try:
            if level and cursor.currentList() is not None:
                self._remove_from_lists(cursor)
            self._set_heading(cursor, level)
        finally:
            cursor.endEditBlock()
        self._update_actions()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_heading(self, cursor: QTextCursor, level: int) -> None:
        doc = self.editor.document()
        block = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        while block.isValid():
            c = QTextCursor(block)
            c.setBlockFormat(block_format(TextBlock(heading=level)) if level else block_format(None))
            c.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
            fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, 1 if level else 0)
            c.mergeCharFormat(fmt)
            c.clearSelection()
            c.setCharFormat(char_format(None, level))
            if block == last:
                break
            block = block.next()
        self.editor.setCurrentCharFormat(char_format(None, level))

    def paste_plain(self) -> None:
        from PySide6.QtWidgets import QApplication

        text = QApplication.clipboard().text()
        if text:
            self.editor.insert_plain(text)

    def _update_actions(self) -> None:
        cursor = self.editor.textCursor()
        fmt = self.editor.currentCharFormat()
        heading = cursor.blockFormat().headingLevel() > 0
        lst = cursor.currentList()
        ordered = lst is not None and lst.format().style() == QTextListFormat.Style.ListDecimal
        states = {"bold": fmt.fontWeight() >= QFont.Weight.DemiBold and not heading,
                  "italic": fmt.fontItalic(), "bullets": lst is not None and not ordered,
                  "numbers": ordered, "subheading": heading}
        for name, on in states.items():
            action = self.actions_by_name[name]
            if action.isChecked() != on:
                action.blockSignals(True)
                action.setChecked(on)
                action.blockSignals(False)
