"""Retranslating open windows in place when the interface language changes.

Most of the editor builds its labels once, with ``tr()``, when a widget is created. To
switch language without reopening anything, every translation request goes through
:class:`TranslationRecorder` (installed first, so Qt asks it first): it answers from the
real catalogs and remembers which (context, source) gave which text. On a language
change, :func:`retranslate_widgets` walks every widget and action, and each text that is a
remembered translation (in any language seen so far) is replaced by the same message in
the new language. Texts built by formatting (counts, names) are left to their own widgets,
which refresh them on their next update or on ``QEvent.LanguageChange``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

Message = tuple[str, str, str | None, int]


class TranslationRecorder(QTranslator):
    """Answers from *catalogs* (the installed translators), remembering every message."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.catalogs: list[QTranslator] = []
        self.messages: set[Message] = set()
        self.by_text: dict[str, Message] = {}

    def isEmpty(self) -> bool:
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        text = self.lookup(context, source, disambiguation, n)
        message = (context, source, disambiguation, n)
        if message not in self.messages:
            self.messages.add(message)
            self.by_text.setdefault(source, message)
            self.by_text.setdefault(text, message)
        return text

    def lookup(self, context: str, source: str, disambiguation: str | None = None,
               n: int = -1) -> str:
        for catalog in self.catalogs:  # ours first: its few overrides of Qt's wording win
            found = catalog.translate(context, source, disambiguation, n)
            if found:
                return found
        return source

    def relearn(self) -> None:
        """After the catalogs changed: the remembered messages' texts in the new language."""
        for message in self.messages:
            self.by_text.setdefault(self.lookup(*message), message)

    def translated(self, text: str) -> str | None:
        """*text* in the current language, when it is a remembered message; else None."""
        message = self.by_text.get(text)
        if message is None:
            return None
        return self.lookup(*message)


def _text_slots(widget: QWidget) -> Iterable[tuple[Callable[[], str], Callable[[str], None]]]:
    yield widget.toolTip, widget.setToolTip
    yield widget.accessibleName, widget.setAccessibleName
    if widget.isWindow():
        yield widget.windowTitle, widget.setWindowTitle
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield widget.text, widget.setText
    if isinstance(widget, QGroupBox):
        yield widget.title, widget.setTitle
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        yield widget.placeholderText, widget.setPlaceholderText
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield functools.partial(widget.itemText, i), functools.partial(widget.setItemText, i)
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield functools.partial(widget.tabText, i), functools.partial(widget.setTabText, i)


def _action_slots(action: QAction) -> Iterable[tuple[Callable[[], str], Callable[[str], None]]]:
    yield action.text, action.setText
    yield action.toolTip, action.setToolTip
    yield action.statusTip, action.setStatusTip
    yield action.iconText, action.setIconText


def retranslate_widgets(recorder: TranslationRecorder,
                        widgets: Iterable[QWidget] | None = None) -> int:
    """Replace every remembered translation shown by *widgets* (default: all); returns how
    many texts changed."""
    recorder.relearn()
    changed = 0
    seen_actions: set[int] = set()
    for widget in list(QApplication.allWidgets() if widgets is None else widgets):
        slots = list(_text_slots(widget))
        for action in widget.actions():
            if id(action) not in seen_actions:
                seen_actions.add(id(action))
                slots.extend(_action_slots(action))
        for get, put in slots:
            try:
                current = get()
            except RuntimeError:  # a widget deleted meanwhile
                continue
            if not current:
                continue
            new = recorder.translated(current)
            if new is not None and new != current:
                put(new)
                changed += 1
    return changed


def install_recorder(app: QCoreApplication) -> TranslationRecorder:
    recorder = TranslationRecorder(app)
    app.installTranslator(recorder)
    return recorder
