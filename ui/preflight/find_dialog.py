"""Edit ▸ Find… (Ctrl+F), Replace… (Ctrl+H), Find Next (F3) and Find Previous (Shift+F3).

The search runs over every text field of the release in the form's order (the body as the
editor shows it, quotes, contacts, the About text, the letterhead), with *match case* and
*whole word*; the logic is ``presskit.preflight.find_replace``. A match is shown by focusing
its field and selecting it. Replace and Replace All build a new release and apply it
through the window (``apply_release``): one undo step, however many fields changed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from presskit.preflight.find_replace import (
    Match,
    Query,
    find_all,
    next_match,
    release_texts,
    replace_in_release,
)
from presskit_ui.preflight.body_replace import replace_in_body
from presskit_ui.window.api import EditorWindow


def _keys(standard: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    return QKeySequence.keyBindings(standard) or [QKeySequence(fallback)]


class FindController(QObject):
    """Finding and replacing in one window's release (what the dialog's buttons call)."""

    searched = Signal(int, int)  # after a search: matches, and which is shown (from 1; 0: none)
    replaced = Signal(int)  # how many were replaced

    def __init__(self, window: EditorWindow):
        super().__init__(window.widget())
        self.window = window
        self.current: Match | None = None

    # -- what is searched -----------------------------------------------------------------
    def texts(self) -> list[tuple[str, str]]:
        """(field, text) in the form's order; the body as its editor shows it."""
        release = self.window.current_release()
        texts = release_texts(release)
        body = self.window.field_widget("body")
        shown = body.document().toPlainText() if isinstance(body, QTextEdit) else release.body
        at = next((i + 1 for i, (f, _) in enumerate(texts) if f == "subtitle"), len(texts))
        texts.insert(at, ("body", shown))
        return texts

    def matches(self, query: Query) -> list[Match]:
        return find_all(self.texts(), query)

    # -- finding --------------------------------------------------------------------------
    def find(self, query: Query, *, backwards: bool = False) -> Match | None:
        texts = self.texts()
        matches = find_all(texts, query)
        field, position = self._caret(backwards)
        found = next_match(matches, [f for f, _ in texts], field, position, backwards=backwards)
        self.current = found
        if found is not None:
            self.show_match(found)
        self.searched.emit(len(matches), matches.index(found) + 1 if found is not None else 0)
        return found

    def _caret(self, backwards: bool) -> tuple[str | None, int]:
        """Where the search starts: the selection in the focused field, else after the last
        match shown, else the top of the form."""
        focus = QApplication.focusWidget()
        last = self.current
        if focus is not None and last is not None and self.window.field_widget(last.field) is focus:
            field: str | None = last.field
        else:
            field = self._field_of(focus)
        if field is None:
            if last is None:
                return None, 0
            return last.field, last.start if backwards else last.end
        start, end = _selection(self.window.field_widget(field))
        if start is None or end is None:
            return (field, last.start if backwards else last.end) if last is not None and \
                last.field == field else (field, 0)
        return field, start if backwards else end

    def _field_of(self, widget: QWidget | None) -> str | None:
        if widget is None:
            return None
        for field, _text in self.texts():
            if self.window.field_widget(field) is widget:
                return field
        return None

    def show_match(self, match: Match) -> None:
        """Focus the field of *match* and select the matched text."""
        self.window.focus_field(match.field)
        select_range(self.window.field_widget(match.field), match.start, match.end)

    # -- replacing ------------------------------------------------------------------------
    def replace(self, query: Query, replacement: str) -> Match | None:
        """Replace the match shown (if it is still there), then show the next one."""
        match = self.current
        if match is None or match not in self.matches(query):
            return self.find(query)
        release = self.window.current_release()
        if match.field == "body":
            index = [m for m in self.matches(query) if m.field == "body"].index(match)
            release.body, count = replace_in_body(release.body, query, replacement, only=index)
        else:
            release, count = replace_in_release(release, query, replacement, only=match)
        if count:
            self.window.apply_release(release)
            self.replaced.emit(count)
            self.current = Match(match.field, match.start, match.start + len(replacement))
            self.show_match(Match(match.field, self.current.end, self.current.end))
        return self.find(query)

    def replace_all(self, query: Query, replacement: str) -> int:
        """Replace every match in every field, as one undo step; the count."""
        release = self.window.current_release()
        new, count = replace_in_release(release, query, replacement)
        new.body, in_body = replace_in_body(release.body, query, replacement)
        count += in_body
        if count:
            self.window.apply_release(new)
        self.current = None
        self.replaced.emit(count)
        return count


def _selection(widget: QWidget | None) -> tuple[int | None, int | None]:
    if isinstance(widget, QLineEdit):
        if widget.hasSelectedText():
            return widget.selectionStart(), widget.selectionEnd()
        return widget.cursorPosition(), widget.cursorPosition()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        cursor = widget.textCursor()
        return cursor.selectionStart(), cursor.selectionEnd()
    return None, None


def select_range(widget: QWidget | None, start: int, end: int) -> None:
    """Select *start*..*end* of the text in *widget* (a line or text edit) and show it."""
    if isinstance(widget, QLineEdit):
        widget.setSelection(start, end - start)
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        cursor = widget.textCursor()
        last = max(0, widget.document().characterCount() - 1)
        cursor.setPosition(min(start, last))
        cursor.setPosition(min(end, last), QTextCursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
        widget.ensureCursorVisible()


class FindDialog(QDialog):
    """The non-modal Find and Replace window of one editor window."""

    def __init__(self, controller: FindController, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("findDialog")
        self.controller = controller
        self._build_fields()
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addWidget(self.status)
        layout.addLayout(self.buttons)
        self.find_text.textChanged.connect(self._update_count)
        self.match_case.toggled.connect(self._update_count)
        self.whole_word.toggled.connect(self._update_count)
        self.find_text.returnPressed.connect(self.find_next)
        controller.searched.connect(self._show_count)
        controller.replaced.connect(self._show_replaced)
        self.retranslate()

    def _build_fields(self) -> None:
        self.find_text = QLineEdit(self)
        self.find_text.setObjectName("findText")
        self.find_text.setClearButtonEnabled(True)
        self.replace_text = QLineEdit(self)
        self.replace_text.setObjectName("replaceText")
        self.find_label = QLabel(self)
        self.find_label.setBuddy(self.find_text)
        self.replace_label = QLabel(self)
        self.replace_label.setBuddy(self.replace_text)
        self.match_case = QCheckBox(self)
        self.match_case.setObjectName("matchCase")
        self.whole_word = QCheckBox(self)
        self.whole_word.setObjectName("wholeWord")
        options = QHBoxLayout()
        options.addWidget(self.match_case)
        options.addWidget(self.whole_word)
        options.addStretch(1)
        self.grid = QGridLayout()
        self.grid.addWidget(self.find_label, 0, 0)
        self.grid.addWidget(self.find_text, 0, 1)
        self.grid.addWidget(self.replace_label, 1, 0)
        self.grid.addWidget(self.replace_text, 1, 1)
        self.grid.addLayout(options, 2, 1)
        self.status = QLabel(self)
        self.status.setObjectName("findStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)

    def _build_buttons(self) -> None:
        self.previous_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.next_button.setDefault(True)
        self.replace_button = QPushButton(self)
        self.replace_all_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.close)
        self.buttons = QHBoxLayout()
        for button in (self.previous_button, self.next_button, self.replace_button,
                       self.replace_all_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.close_button)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Find and Replace"))
        self.find_label.setText(self.tr("Fi&nd:"))
        self.replace_label.setText(self.tr("Replace &with:"))
        self.match_case.setText(self.tr("Match &case"))
        self.whole_word.setText(self.tr("&Whole words only"))
        self.previous_button.setText(self.tr("&Previous"))
        self.next_button.setText(self.tr("&Next"))
        self.replace_button.setText(self.tr("&Replace"))
        self.replace_all_button.setText(self.tr("Replace &All"))
        self.close_button.setText(self.tr("Close"))
        self.find_text.setAccessibleName(self.tr("Text to find"))
        self.replace_text.setAccessibleName(self.tr("Replacement text"))
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # Qt API name
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "close_button"):
            self.retranslate()
        super().changeEvent(event)

    def query(self) -> Query:
        return Query(self.find_text.text(), match_case=self.match_case.isChecked(),
                     whole_word=self.whole_word.isChecked())

    def open_for(self, *, replace: bool) -> None:
        """Show the window, the replace row only for Replace…; the find text selected."""
        for widget in (self.replace_label, self.replace_text, self.replace_button,
                       self.replace_all_button):
            widget.setVisible(replace)
        focus = QApplication.focusWidget()
        selected = _selected_text(focus)
        if selected and "\n" not in selected and "\u2029" not in selected:
            self.find_text.setText(selected)
        self.show()
        self.raise_()
        self.activateWindow()
        self.find_text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_text.selectAll()

    # -- buttons --------------------------------------------------------------------------
    def find_next(self) -> Match | None:
        return self.controller.find(self.query())

    def find_previous(self) -> Match | None:
        return self.controller.find(self.query(), backwards=True)

    def replace_one(self) -> Match | None:
        return self.controller.replace(self.query(), self.replace_text.text())

    def replace_all(self) -> int:
        return self.controller.replace_all(self.query(), self.replace_text.text())

    # -- the status line ------------------------------------------------------------------
    def _update_count(self) -> None:
        if not self.find_text.text():
            self.status.setText("")
            return
        self._show_count(len(self.controller.matches(self.query())))

    def _show_count(self, count: int, shown: int = 0) -> None:
        if count == 0:
            self.status.setText(self.tr("Not found in this release."))
        elif shown:
            self.status.setText(self.tr("Match {i} of {n}").format(i=shown, n=count))
        elif count == 1:
            self.status.setText(self.tr("1 match"))
        else:
            self.status.setText(self.tr("{n} matches").format(n=count))

    def _show_replaced(self, count: int) -> None:
        if count == 0:
            self.status.setText(self.tr("Nothing to replace."))
        elif count == 1:
            self.status.setText(self.tr("Replaced 1 occurrence."))
        else:
            self.status.setText(self.tr("Replaced {n} occurrences.").format(n=count))


def _selected_text(widget: QWidget | None) -> str:
    if isinstance(widget, QLineEdit):
        return widget.selectedText()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.textCursor().selectedText()
    return ""


class FindFeature(QObject):
    """The Edit menu's find entries and the Find and Replace window of one editor window."""

    def __init__(self, window: EditorWindow):
        super().__init__(window.widget())
        self.window = window
        host = window.widget()
        self.controller = FindController(window)
        self.dialog: FindDialog | None = None
        SK = QKeySequence.StandardKey
        self.find_action = self._action("action_find", _keys(SK.Find, "Ctrl+F"))
        self.replace_action = self._action("action_replace", _keys(SK.Replace, "Ctrl+H"))
        self.next_action = self._action("action_find_next", _keys(SK.FindNext, "F3"))
        self.previous_action = self._action("action_find_previous",
                                            _keys(SK.FindPrevious, "Shift+F3"))
        self.find_action.triggered.connect(lambda: self.show_dialog(replace=False))
        self.replace_action.triggered.connect(lambda: self.show_dialog(replace=True))
        self.next_action.triggered.connect(lambda: self.again(backwards=False))
        self.previous_action.triggered.connect(lambda: self.again(backwards=True))
        separator = QAction(host)
        separator.setSeparator(True)
        window.add_menu_action("edit", separator)
        for act in (self.find_action, self.replace_action, self.next_action,
                    self.previous_action):
            window.add_menu_action("edit", act)
        self.retranslate()
        host.installEventFilter(self)

    def _action(self, name: str, keys: list[QKeySequence]) -> QAction:
        act = QAction(self.window.widget())
        act.setObjectName(name)
        act.setShortcuts(keys)
        return act

    def retranslate(self) -> None:
        self.find_action.setText(self.tr("&Find…"))
        self.replace_action.setText(self.tr("R&eplace…"))
        self.next_action.setText(self.tr("Find Ne&xt"))
        self.previous_action.setText(self.tr("Find Pre&vious"))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and obj is self.window.widget():
            self.retranslate()
        return False

    def show_dialog(self, *, replace: bool) -> FindDialog:
        if self.dialog is None:
            self.dialog = FindDialog(self.controller, self.window.widget())
        self.dialog.open_for(replace=replace)
        return self.dialog

    def again(self, *, backwards: bool) -> Match | None:
        """F3 / Shift+F3: the next or previous match of the last search (or open Find…)."""
        if self.dialog is None or not self.dialog.find_text.text():
            self.show_dialog(replace=False)
            return None
        return self.controller.find(self.dialog.query(), backwards=backwards)
