"""Help ▸ User Guide, Markdown Cheat Sheet, Keyboard Shortcuts and About Presskit.

The guide and the cheat sheet are Markdown files shipped with Presskit (``presskit.userguide``),
shown offline in a QTextBrowser in the interface language. The shortcut list is read from
the window's own actions, so it always matches the menus.
"""

from __future__ import annotations

import html
import platform
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from presskit import userguide

if TYPE_CHECKING:
    from presskit_ui.window.api import EditorWindow


def ui_language() -> str:
    """The interface language in use ("fr" once the French catalog is installed)."""
    return QLocale().name().split("_")[0] or "en"


class HelpWindow(QDialog):
    """A non-modal window showing one help topic; follows the interface language."""

    def __init__(self, parent: QWidget | None, topic: str):
        super().__init__(parent)
        self.topic = topic
        self.setObjectName(f"help_{topic}")
        self.setModal(False)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(self.buttons)
        self.resize(720, 640)
        self.retranslate()

    def retranslate(self) -> None:
        text = userguide.read_topic(self.topic, ui_language())
        self.browser.setMarkdown(text)
        self.setWindowTitle(userguide.title_of(text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "browser"):
            self.retranslate()
        super().changeEvent(event)


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(what it does, keys) for every action with a shortcut, menu '&' and '…' removed."""
    rows: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for act in actions:
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                         for k in act.shortcuts() if not k.isEmpty())
        name = (act.toolTip() if act.text() in ("", act.iconText()) and act.toolTip()
                else act.text())
        name = name.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()
        name = name.split(" (")[0] if "(" in name and act.toolTip() == name else name
        row = (name, keys)
        if keys and name and row not in seen:
            seen.add(row)
            rows.append(row)
    return rows


class ShortcutsWindow(QDialog):
    """Help ▸ Keyboard Shortcuts: the window's and the body editor's shortcuts, as a table."""

    def __init__(self, parent: QWidget, actions: list[QAction]):
        super().__init__(parent)
        self.setObjectName("helpShortcuts")
        self.setModal(False)
        self.actions_ = actions
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("shortcutsBrowser")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(self.buttons)
        self.resize(520, 620)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = "".join(f"<tr><td>{html.escape(name)}</td><td><b>{html.escape(keys)}</b></td></tr>"
                       for name, keys in shortcut_rows(self.actions_))
        self.browser.setHtml(f"<table cellspacing='0' cellpadding='4'>{rows}</table>")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "browser"):
            # The actions retranslate on the same event; read them once they have.
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self.retranslate)
        super().changeEvent(event)


def versions() -> list[tuple[str, str]]:
    """(component, version) for Help ▸ About: Presskit, Qt, PySide6, reportlab and Python."""
    import PySide6
    import reportlab
    from PySide6.QtCore import qVersion

    from presskit import __version__

    return [("Presskit", __version__), ("Qt", qVersion()), ("PySide6", PySide6.__version__),
            ("reportlab", reportlab.Version),
            ("Python", f"{platform.python_version()} ({sys.implementation.name})")]


class AboutDialog(QDialog):
    """Help ▸ About Presskit: what it is, and the versions a bug report needs."""

    def __init__(self, parent: QWidget | None):
        super().__init__(parent)
        self.setObjectName("aboutPresskit")
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.blurb = QLabel(self)
        self.blurb.setWordWrap(True)
        self.table = QLabel(self)
        self.table.setObjectName("aboutVersions")
        self.table.setTextFormat(Qt.TextFormat.RichText)
        self.table.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.title, self.blurb, self.table, self.buttons):
            layout.addWidget(w)
        self.retranslate()

    def retranslate(self) -> None:
        from presskit import __version__

        self.setWindowTitle(self.tr("About Presskit"))
        self.title.setText(f"Presskit {__version__}")
        self.blurb.setText(self.tr("An offline editor for press releases: one draft, "
                                   "a letterhead PDF, a Word document and email text."))
        rows = "".join(f"<tr><td>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>"
                       for k, v in versions())
        self.table.setText(f"<table cellpadding='2'>{rows}</table>")

    def versions_text(self) -> str:
        return "\n".join(f"{k} {v}" for k, v in versions())

    @classmethod
    def show_about(cls, parent: QWidget | None) -> None:
        dlg = cls(parent)
        try:
            dlg.exec()
        finally:
            dlg.deleteLater()


class HelpFeature(QObject):
    """Help ▸ User Guide (F1), Markdown Cheat Sheet, Keyboard Shortcuts, through the window
    API; the windows it opens are non-modal and follow the interface language."""

    def __init__(self, window: EditorWindow):
        super().__init__(window.widget())
        self.window = window
        host = window.widget()
        self.guide = QAction(host)
        self.guide.setObjectName("action_help_guide")
        self.guide.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)
                                or [QKeySequence("F1")])
        self.markdown = QAction(host)
        self.markdown.setObjectName("action_help_markdown")
        self.shortcuts = QAction(host)
        self.shortcuts.setObjectName("action_help_shortcuts")
        self.guide.triggered.connect(lambda: self.show_topic("guide"))
        self.markdown.triggered.connect(lambda: self.show_topic("markdown"))
        self.shortcuts.triggered.connect(self.show_shortcuts)
        for act in (self.guide, self.markdown, self.shortcuts):
            window.add_menu_action("help", act)
        self.open_windows: dict[str, QDialog] = {}
        self.retranslate()
        host.installEventFilter(self)

    def retranslate(self) -> None:
        self.guide.setText(self.tr("Presskit &User Guide"))
        self.markdown.setText(self.tr("&Markdown Cheat Sheet"))
        self.shortcuts.setText(self.tr("&Keyboard Shortcuts"))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and obj is self.window.widget():
            self.retranslate()
        return False

    def show_topic(self, topic: str) -> QDialog:
        win = self.open_windows.get(topic)
        if win is None:
            win = HelpWindow(self.window.widget(), topic)
            self.open_windows[topic] = win
        win.show()
        win.raise_()
        return win

    def show_shortcuts(self) -> QDialog:
        win = self.open_windows.get("shortcuts")
        if win is None:
            actions = self.window.widget().findChildren(QAction)
            win = ShortcutsWindow(self.window.widget(), actions)
            self.open_windows["shortcuts"] = win
        win.show()
        win.raise_()
        return win


def install(window: EditorWindow) -> HelpFeature:
    return HelpFeature(window)
