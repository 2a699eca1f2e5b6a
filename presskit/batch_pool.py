"""The batch export's worker processes: one job at a time each, a dead worker replaced.

    pool = WorkerPool(ctx, 4, work, initializer, initargs)
    for job, result in pool.run(jobs, stopped):    # as they finish, in any order
        ...                                          # result is a Died when its worker died

Each worker runs ``initializer(*initargs)`` once, then ``work(job)`` for every job it is
sent, on a pipe of its own. The caller waits on the pipes and on the processes' sentinels
together, so a worker that dies (killed, out of memory, a crash in a C library) is noticed
at once: its job comes back as a ``Died`` naming the cause, a new worker takes its place,
and the other jobs go on. ``multiprocessing.Pool`` would wait for that job's result
forever. Leaving ``run`` (the jobs done, *stopped* answering True, Ctrl+C) terminates the
workers and waits for them.
"""

from __future__ import annotations

import contextlib
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

J = TypeVar("J")
R = TypeVar("R")
POLL_SECONDS = 0.05


@dataclass(frozen=True)
class Died:
    """The worker exporting this job ended before it answered."""

    exitcode: int | None

    @property
    def reason(self) -> str:
        code = self.exitcode
        if code is not None and code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = f"signal {-code}"
            hint = " (out of memory?)" if -code == signal.SIGKILL else ""
            return f"its worker process was killed by {name}{hint}"
        return f"its worker process ended (exit status {code})"


def _worker_main(conn: Connection, work: Callable[[Any], Any],
                 initializer: Callable[..., None], initargs: tuple[Any, ...]) -> None:
    initializer(*initargs)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        conn.send(work(job))


class _Worker:
    def __init__(self, ctx: Any, work: Callable[[Any], Any], initializer: Callable[..., None],
                 initargs: tuple[Any, ...]):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, work, initializer, initargs),
                                   daemon=True)
        self.process.start()
        child.close()
        self.job: Any = None
        self.busy = False

    def send(self, job: Any) -> None:
        self.job, self.busy = job, True
        with contextlib.suppress(OSError):  # it died: its sentinel says so on the next wait
            self.conn.send(job)

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.terminate()
        self.process.join()
        self.conn.close()


class WorkerPool(Generic[J, R]):
    def __init__(self, ctx: Any, size: int, work: Callable[[J], R],
                 initializer: Callable[..., None], initargs: tuple[Any, ...] = ()):
        self.ctx, self.size, self.work = ctx, max(1, size), work
        self.initializer, self.initargs = initializer, initargs
        self.pids: list[int] = []  # every worker started, for callers that check they exit

    def _start(self) -> _Worker:
        worker = _Worker(self.ctx, self.work, self.initializer, self.initargs)
        if worker.process.pid is not None:
            self.pids.append(worker.process.pid)
        return worker

    def run(self, jobs: Iterable[J], stopped: Callable[[], bool]) -> Iterator[tuple[J, R | Died]]:
        pending = deque(jobs)
        workers = [self._start() for _ in range(min(self.size, len(pending)))]
        try:
            while pending or any(w.busy for w in workers):
                if stopped():
                    return
                for w in workers:
                    if not w.busy and pending:
                        w.send(pending.popleft())
                ready = wait([w.conn for w in workers if w.busy]
                             + [w.process.sentinel for w in workers if w.busy],
                             timeout=POLL_SECONDS)
                for w in list(workers):
                    if not w.busy or (w.conn not in ready and w.process.sentinel not in ready):
                        continue
                    job = w.job
                    try:
                        result: R | Died = w.conn.recv()
                    except (EOFError, OSError):
                        w.process.join()
                        result = Died(w.process.exitcode)
                        w.stop()
                        workers.remove(w)
                        if pending:
                            workers.append(self._start())
                    else:
                        w.busy, w.job = False, None
                        if pending:  # before the caller handles the result: no idle worker
                            w.send(pending.popleft())
                    yield job, result
        finally:
            for w in workers:
                w.stop()
