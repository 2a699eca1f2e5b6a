"""Developer hooks for the benchmark and the README screenshot (``PRESSKIT_DEVHOOKS=1``).

* ``PRESSKIT_FIRST_PAINT=1`` prints ``PRESSKIT_FIRST_PAINT <epoch seconds>`` when an
  editor window is first painted; with ``PRESSKIT_EXIT_AFTER_PAINT=1`` it then quits.
* ``PRESSKIT_SCREENSHOT=out.png`` saves the window once the preview is painted;
  ``PRESSKIT_SCREENSHOT_TYPING=out2.png`` then types into the title and saves
  another one while typing; then the editor quits without touching the draft.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

_keep: list[Any] = []


class _FirstPaint(QObject):
    def __init__(self, app: QApplication, manager: Any):
        super().__init__(app)
        self.app = app
        self.manager = manager

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) \
                and obj.window() in self.manager.windows:
            print(f"PRESSKIT_FIRST_PAINT {time.time():.6f}", flush=True)
            self.app.removeEventFilter(self)
            if os.environ.get("PRESSKIT_EXIT_AFTER_PAINT"):
                QTimer.singleShot(0, lambda: _quit(self.manager))
        return False


def _quit(manager: Any) -> None:
    for w in list(manager.windows):
        w.shutdown()
        w.close()
    QApplication.quit()


def install(app: QApplication, manager: Any) -> None:
    if os.environ.get("PRESSKIT_FIRST_PAINT"):
        hook = _FirstPaint(app, manager)
        app.installEventFilter(hook)
        _keep.append(hook)
    shot = os.environ.get("PRESSKIT_SCREENSHOT")
    if shot:
        QTimer.singleShot(0, lambda: _screenshot(manager, shot))


def _type_char(widget: QWidget, ch: str) -> None:
    """One real key press and release (QTest.keyClicks aborts on non-ASCII characters)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeyEvent

    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _to_end(widget: QWidget | None) -> None:
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

    if isinstance(widget, QLineEdit):
        widget.end(False)
    elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
        widget.moveCursor(QTextCursor.MoveOperation.End)


def _screenshot(manager: Any, path: str) -> None:
    if not manager.windows:
        QTimer.singleShot(50, lambda: _screenshot(manager, path))
        return
    window = manager.windows[0]
    window.raise_()
    window.activateWindow()
    typing_path = os.environ.get("PRESSKIT_SCREENSHOT_TYPING", "")

    def grab_first(_result: object = None) -> None:
        window.preview.painted.disconnect(grab_first)
        QTimer.singleShot(700, shoot)

    def shoot() -> None:
        window.grab().save(path)
        print(f"saved {path}", file=sys.stderr)
        if typing_path:
            QTimer.singleShot(100, start_typing)
        else:
            _quit(manager)

    def start_typing() -> None:
        window.focus_field("title")
        widget = QApplication.focusWidget()
        if widget is None:  # the window lost the focus: nothing to type into
            _quit(manager)
            return
        _to_end(widget)
        text = " — mise à jour"
        step = [0]

        def type_one() -> None:
            if step[0] < len(text):
                _type_char(widget, text[step[0]])
                step[0] += 1
                QTimer.singleShot(60, type_one)
            else:
                window.preview.painted.connect(after_render)

        def after_render(_result: object = None) -> None:
            window.preview.painted.disconnect(after_render)
            for ch in " 2027":
                _type_char(widget, ch)
            QTimer.singleShot(60, finish)

        def finish() -> None:
            window.grab().save(typing_path)
            print(f"saved {typing_path}", file=sys.stderr)
            _quit(manager)

        type_one()

    window.preview.painted.connect(grab_first)
