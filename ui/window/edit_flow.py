"""From the form's edits to undo steps and autosaves: the editor window's editing timers.

The form says *that* something was edited. :class:`EditFlow` waits for a pause
(``MainWindow.debounce_ms``) before it brings the session up to date with the form and
shows the change (preview, title, problems, ``releaseChanged``), takes the undo snapshot
once typing settles (``EditorSession.settle``), moves through the history on Undo / Redo,
and hands the autosave to the writer thread 2 s after an edit (sooner in long typing).
What is modified, what is an undo step and when to autosave is decided by the Qt-free
``EditorSession``; this object only runs its timers. Each window owns one (``window.edits``)
and forwards its menu actions and its API (``undo``, ``redo``, ``flush``, ``apply_release``,
``autosave_now``) to it.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from presskit.model import Release
from presskit.session import EditorSession

if TYPE_CHECKING:
    from presskit_ui.window.main_window import MainWindow


class UndoKeys(QObject):
    """Lets Ctrl+Z / Ctrl+Shift+Z reach the window's history instead of one field's own undo."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # Qt API name
        # Returning True leaves the override unaccepted: the shortcut map triggers our actions.
        return event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and (
            event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo))


class EditFlow(QObject):
    """The debounce, undo-snapshot and autosave timers of one window."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.debounce = QTimer(self, singleShot=True, interval=window.debounce_ms)
        self.debounce.timeout.connect(self.settle)
        self.snapshot_timer = QTimer(self, singleShot=True, interval=int(EditorSession.settle * 1000))
        self.snapshot_timer.timeout.connect(self.take_snapshot)
        self.autosave_timer = QTimer(self, singleShot=True)
        self.autosave_timer.timeout.connect(self.autosave_tick)
        self.undo_keys = UndoKeys(self)
        window.autosave_writer.failed.connect(self.autosave_failed)
        window.form.edited.connect(self.edited)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    @property
    def session(self) -> EditorSession:
        return self.window.session  # a pristine window may be given another draft

    # -- typing ----------------------------------------------------------------------------
    def edited(self) -> None:
        """The form says the user edited a field."""
        if self.window._loading:
            return
        self.session.note_edit()
        self.debounce.start()
        if self.session.snapshot_due():
            self.take_snapshot()
        else:
            self.snapshot_timer.start()
        self.schedule_autosave()
        self.window.setWindowModified(True)

    def settle(self) -> None:
        """Debounce over: snapshot the form once, update the preview and the title."""
        release = self.window.form.release()
        self.session.update(release)
        self.window._after_change(release)

    def flush(self) -> None:
        """Bring the session up to date with the form now (before save, close, undo)."""
        if self.debounce.isActive():
            self.debounce.stop()
            self.settle()

    # -- the history -----------------------------------------------------------------------
    def take_snapshot(self) -> None:
        self.snapshot_timer.stop()
        self.flush()
        self.session.take_snapshot()
        self.update_undo_actions()

    def flush_snapshot(self) -> None:
        self.flush()
        if self.session.snapshot_pending:
            self.take_snapshot()

    def undo(self) -> None:
        self.flush_snapshot()
        self._apply_step(self.session.undo())

    def redo(self) -> None:
        self.flush_snapshot()
        self._apply_step(self.session.redo())

    def _apply_step(self, release: Release | None) -> None:
        if release is None:
            return
        self.window._set_form_release(release)
        self.window._after_change(release)
        self.update_undo_actions()
        self.schedule_autosave()

    def apply_release(self, release: Release) -> None:
        """Replace the whole release (e.g. a letterhead profile applied); one undo step."""
        self.flush_snapshot()
        self.window._set_form_release(release)
        self.session.update(release)
        self.session.note_edit()
        self.session.take_snapshot()
        self.window._after_change(release)
        self.schedule_autosave()

    def update_undo_actions(self) -> None:
        a = self.window.menus.actions
        pending = self.session.snapshot_pending
        a["undo"].setEnabled(self.session.history.can_undo or pending)
        a["redo"].setEnabled(self.session.history.can_redo and not pending)
        a["revert"].setEnabled(self.session.path is not None and self.session.dirty)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and shiboken6.isValid(new) and not self.window._closed \
                and new.window() is self.window:
            new.installEventFilter(self.undo_keys)

    # -- autosave --------------------------------------------------------------------------
    def schedule_autosave(self) -> None:
        """(Re)start the autosave timer: 2 s after this edit, or sooner when long typing has
        reached the autosave interval (``EditorSession.autosave_seconds_left``)."""
        left = self.session.autosave_seconds_left()
        if left is not None and not self.window._closed:
            self.autosave_timer.start(int(left * 1000))

    def autosave_tick(self) -> None:
        self.flush()
        if self.session.autosave_due():
            self.autosave_now(wait=False)
        elif self.session.needs_autosave:
            self.schedule_autosave()
        else:
            self.session.mark_autosaved(self.session.autosaved_text)

    def autosave_now(self, wait: bool = True) -> bool:
        """Write the autosave (also called by the crash handler). Never raises.

        The writing happens on the autosave thread; with *wait* this returns once it is on
        disk. The GUI thread only hands the current text over.
        """
        window = self.window
        try:
            with contextlib.suppress(Exception):
                if not window._closed:
                    if wait:
                        self.session.update(window.form.release())
                    else:
                        self.flush()
            if not self.session.dirty:
                return False
            window.autosave_writer.submit(self.session.text,
                                          self.session.path or self.session.suggested_path,
                                          window.display_name())
            self.session.mark_autosaved()
            return window.autosave_writer.wait() if wait else True
        except Exception as exc:
            self.autosave_failed(str(exc))
            return False

    def autosave_failed(self, error: str) -> None:
        self.session.autosaved_text = None  # not on disk: the next tick tries again
        self.window.status.show_message(  # the window's message, as before the split
            QCoreApplication.translate("MainWindow", "Autosave failed: {error}").format(error=error))

    # -- closing ---------------------------------------------------------------------------
    def stop(self) -> None:
        """The window closes: no timer fires any more, focus changes are not heard."""
        for timer in (self.debounce, self.snapshot_timer, self.autosave_timer):
            timer.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            with contextlib.suppress(RuntimeError, TypeError):
                app.focusChanged.disconnect(self._focus_changed)
