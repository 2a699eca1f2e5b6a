"""The status bar: page count, word count, and the warnings/problems that jump to their field.

Each warning from compose/render (missing glyphs, cleaned characters) and each
problem the form reports is a menu entry; choosing it emits ``fieldRequested``
with the draft field path (e.g. ``contacts[0].email``), which the window passes
to ``form.focus_field``. All texts are plain: a ``<b>`` typed by the user shows
as ``<b>``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMenu, QProgressBar, QStatusBar, QToolButton, QWidget

from presskit.textclean import Warning
from presskit_ui.widgets import plain_label
from presskit_ui.window.field_names import field_label


def action_text(text: str) -> str:
    """Menu/action text shown literally: '&' is not a mnemonic, tab is not a shortcut column."""
    return text.replace("&", "&&").replace("\t", " ").replace("\n", " ")


class _IssueButton(QToolButton):
    """A flat status-bar button listing issues; each menu entry jumps to its field."""

    def __init__(self, parent: QWidget, name: str):
        super().__init__(parent)
        self.setObjectName(name)
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.hide()
        self.items: list[tuple[str, str]] = []


class StatusPanel(QObject):
    fieldRequested = Signal(str)

    def __init__(self, bar: QStatusBar):
        super().__init__(bar)
        self.bar = bar
        self.warnings_button = _IssueButton(bar, "warningsButton")
        self.problems_button = _IssueButton(bar, "problemsButton")
        self.progress = QProgressBar(bar)
        self.progress.setObjectName("exportProgress")
        self.progress.setMaximumWidth(140)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.pages = plain_label("", bar, name="pagesLabel")
        self.words = plain_label("", bar, name="wordsLabel")
        self.message = plain_label("", bar, name="messageLabel")
        bar.addWidget(self.message, 1)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.problems_button)
        bar.addPermanentWidget(self.warnings_button)
        bar.addPermanentWidget(self.words)
        bar.addPermanentWidget(self.pages)
        self._pages = self._words = -1
        self._warnings: list[tuple[str, str]] = []
        self._problems: list[tuple[str, str]] = []
        self.retranslate()

    # -- updates ---------------------------------------------------------------------------
    def set_counts(self, pages: int, words: int) -> None:
        self._pages, self._words = pages, words
        self._show_counts()

    def set_warnings(self, warnings: Sequence[Warning]) -> None:
        self._warnings = [(w.field, w.message) for w in warnings]
        self._fill(self.warnings_button, self._warnings, warning=True)

    def set_problems(self, problems: Sequence[tuple[str, str]]) -> None:
        self._problems = [(str(f), str(m)) for f, m in problems]
        self._fill(self.problems_button, self._problems, warning=False)

    def show_message(self, text: str, msecs: int = 6000) -> None:
        """A transient plain-text message (QStatusBar.showMessage is plain text too)."""
        self.bar.showMessage(text, msecs)

    def set_busy(self, text: str | None, steps: int = 0, done: int = 0) -> None:
        if text is None:
            self.progress.hide()
            self.message.clear()
            return
        self.message.setText(text)
        self.progress.setRange(0, steps)
        self.progress.setValue(done)
        self.progress.show()

    # -- internals -------------------------------------------------------------------------
    def _fill(self, button: _IssueButton, items: list[tuple[str, str]], *, warning: bool) -> None:
        button.items = items
        menu = button.menu()
        menu.clear()
        colon = self.tr(": ")  # French sets a no-break space before the colon
        for field, message in items:
            text = field_label(field) + colon + message if field else message
            act = menu.addAction(action_text(text))
            act.setData(field)
            act.setEnabled(bool(field))
            act.triggered.connect(lambda _=False, f=field: self.fieldRequested.emit(f))
        if warning:
            label = self.tr("⚠ 1 warning") if len(items) == 1 else \
                self.tr("⚠ {n} warnings").format(n=len(items))
        else:
            label = self.tr("1 problem") if len(items) == 1 else \
                self.tr("{n} problems").format(n=len(items))
        button.setText(action_text(label))
        button.setAccessibleName(label)
        button.setToolTip(self.tr("Click to go to the field concerned"))
        button.setVisible(bool(items))

    def _show_counts(self) -> None:
        if self._pages >= 0:
            self.pages.setText(self.tr("1 page") if self._pages == 1 else
                               self.tr("{n} pages").format(n=self._pages))
        if self._words >= 0:
            self.words.setText(self.tr("1 word") if self._words == 1 else
                               self.tr("{n} words").format(n=self._words))

    def retranslate(self) -> None:
        self._show_counts()
        self._fill(self.warnings_button, self._warnings, warning=True)
        self._fill(self.problems_button, self._problems, warning=False)
        self.pages.setAccessibleName(self.tr("Page count"))
        self.words.setAccessibleName(self.tr("Word count"))
