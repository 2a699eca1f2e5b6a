"""Autosaves written off the GUI thread: the window hands over the text, a thread writes it.

Writing an autosave is two atomic writes with an fsync each, which can take tens of
milliseconds on a slow disk; the GUI thread only copies a reference to the text. One
thread per window writes the newest text handed over (an older one still waiting is
dropped, never written after a newer one). ``wait`` lets the crash handler and a clean
close finish what was handed over.
"""

from __future__ import annotations

import contextlib
import os
import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal, SignalInstance

from presskit.draft_safety import Autosaver


@dataclass(frozen=True)
class _Job:
    text: str
    original: str | os.PathLike[str] | None
    title: str


class AutosaveWriter(QObject):
    """Writes a window's autosaves on a thread of its own; ``failed`` carries the error text."""

    failed = Signal(str)
    written = Signal()

    def __init__(self, autosaver: Autosaver, parent: QObject | None = None):
        super().__init__(parent)
        self.autosaver = autosaver
        self._cond = threading.Condition()
        self._pending: _Job | None = None
        self._busy = False
        self._closed = False
        self._thread = threading.Thread(target=self._loop, name="presskit-autosave", daemon=True)
        self._thread.start()

    def submit(self, text: str, original: str | os.PathLike[str] | None, title: str) -> None:
        """Queue *text* for writing (replacing any text still waiting); returns at once."""
        with self._cond:
            if self._closed:
                return
            self._pending = _Job(text, original, title)
            self._cond.notify_all()

    def wait(self, timeout: float = 5.0) -> bool:
        """Block until everything handed over is written; False on timeout."""
        with self._cond:
            return self._cond.wait_for(lambda: self._pending is None and not self._busy, timeout)

    def close(self, timeout: float = 5.0) -> None:
        """Finish what was handed over, then stop the thread (before the autosave is removed)."""
        self.wait(timeout)
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        self._thread.join(timeout)

    def _loop(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._pending is not None or self._closed)
                if self._pending is None:
                    return
                job, self._pending, self._busy = self._pending, None, True
            try:
                self.autosaver.write(job.text, job.original, job.title)
            except Exception as exc:  # reported in the status bar by the window
                self._emit(self.failed, str(exc) or type(exc).__name__)
            else:
                self._emit(self.written)
            finally:
                with self._cond:
                    self._busy = False
                    self._cond.notify_all()

    def _emit(self, signal: SignalInstance, *args: object) -> None:
        # A bound Signal, queued to the GUI thread; RuntimeError: the window is already gone.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)
