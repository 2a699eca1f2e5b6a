"""One small runner for background work: success/failure callbacks, stale results dropped.

    runner.submit(fn, key="preview", on_success=show, on_failure=explain)

``fn(progress)`` runs on a worker thread of the runner's own pool and must not
touch widgets; ``progress(str)`` may be called from it. Callbacks run on the GUI
thread. Jobs sharing a *key* are coalesced: while one runs, only the newest
waiting job is kept, and a result is delivered only if no newer job with that
key was submitted meanwhile (a generation counter).

Cancellation is cooperative: ``progress.cancelled()`` turns True as soon as the job is
stale (a newer job with its key was submitted, ``cancel(key)`` or ``shutdown()`` was
called). A long job asks it now and then and stops early, by returning or raising; the
stale result or failure is dropped either way, and the newer job starts sooner.
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

Progress = Callable[[str], None]  # a progress message, from the worker thread


@dataclass
class Failure:
    """What a failed job raised, with its formatted traceback for the details box."""

    error: BaseException
    details: str


@dataclass
class Job:
    fn: Callable[[Reporter], Any]
    key: str | None
    generation: int
    on_success: Callable[[Any], None] | None = None
    on_failure: Callable[[Failure], None] | None = None
    on_progress: Callable[[str], None] | None = None
    submitted: float = field(default_factory=time.perf_counter)
    stale: threading.Event = field(default_factory=threading.Event)


class Reporter:
    """What a job's function is given: call it with a progress message, and ask
    ``cancelled()`` between steps of a long job (safe from the worker thread)."""

    def __init__(self, emit: Progress, stale: threading.Event):
        self._emit = emit
        self._stale = stale

    def __call__(self, text: str) -> None:
        self._emit(text)

    def cancelled(self) -> bool:
        return self._stale.is_set()


class _Bridge(QObject):
    """Lives on the GUI thread; workers emit through it (queued to the GUI thread)."""

    finished = Signal(object, object, object)  # job, result, Failure | None
    progressed = Signal(object, str)


class _Task(QRunnable):
    def __init__(self, job: Job, bridge: _Bridge):
        super().__init__()
        self.job = job
        self.bridge = bridge
        self.setAutoDelete(True)

    def run(self) -> None:  # worker thread
        job = self.job
        try:
            result = job.fn(Reporter(lambda text: self.bridge.progressed.emit(job, text),
                                     job.stale))
        except BaseException as exc:
            self.bridge.finished.emit(job, None, Failure(exc, traceback.format_exc()))
        else:
            self.bridge.finished.emit(job, result, None)


class Runner(QObject):
    """Runs jobs off the GUI thread; see the module docstring."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 2):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._bridge = _Bridge(self)
        self._bridge.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._bridge.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self._generation: dict[str | None, int] = {}
        self._running: dict[str, Job] = {}
        self._waiting: dict[str, Job] = {}
        self._closed = False
        self.unhandled: Callable[[Failure], None] | None = None

    # -- public ----------------------------------------------------------------------------
    def submit(self, fn: Callable[[Reporter], Any], *, key: str | None = None,
               on_success: Callable[[Any], None] | None = None,
               on_failure: Callable[[Failure], None] | None = None,
               on_progress: Callable[[str], None] | None = None) -> Job | None:
        if self._closed:
            return None
        gen = self._generation.get(key, 0) + 1
        self._generation[key] = gen
        job = Job(fn, key, gen, on_success, on_failure, on_progress)
        if key is not None and key in self._running:
            self._running[key].stale.set()  # let it stop early: its result would be dropped
            self._waiting[key] = job  # replaces any older waiting job: it is already stale
            return job
        self._start(job)
        return job

    def is_busy(self, key: str) -> bool:
        return key in self._running or key in self._waiting

    def is_current(self, job: Job) -> bool:
        return self._generation.get(job.key, 0) == job.generation

    def cancel(self, key: str) -> None:
        """Forget the waiting job, ask the running one to stop, drop its result."""
        self._waiting.pop(key, None)
        self._generation[key] = self._generation.get(key, 0) + 1
        running = self._running.get(key)
        if running is not None:
            running.stale.set()

    def wait(self, msecs: int = -1) -> bool:
        return bool(self._pool.waitForDone(msecs))

    def shutdown(self, msecs: int = 30000) -> bool:
        """Stop accepting work, drop pending results and wait for the workers."""
        self._closed = True
        self._waiting.clear()
        for key in list(self._generation):
            self._generation[key] += 1
        for job in self._running.values():
            job.stale.set()
        return self.wait(msecs)

    # -- internals -------------------------------------------------------------------------
    def _start(self, job: Job) -> None:
        if job.key is not None:
            self._running[job.key] = job
        self._pool.start(_Task(job, self._bridge))

    @Slot(object, str)
    def _progressed(self, job: Job, text: str) -> None:
        if job.on_progress is not None and self.is_current(job) and not self._closed:
            job.on_progress(text)

    @Slot(object, object, object)
    def _finished(self, job: Job, result: Any, failure: Failure | None) -> None:
        if job.key is not None and self._running.get(job.key) is job:
            del self._running[job.key]
            nxt = self._waiting.pop(job.key, None)
            if nxt is not None and not self._closed:
                self._start(nxt)
        if self._closed or not self.is_current(job):
            return  # stale: a newer job with the same key supersedes it
        if failure is None:
            if job.on_success is not None:
                job.on_success(result)
        elif job.on_failure is not None:
            job.on_failure(failure)
        elif self.unhandled is not None:
            self.unhandled(failure)
