"""``presskit export INPUT... --outdir DIR [--pdf] [--docx] … [-j N]``: the batch on the terminal.

Errors go to stderr as they come, one line each (``presskit: error: FILE: …``), in input
order; on a terminal a progress bar on stderr shows done/total, the file being exported
and the time left; the summary (``60 exported, 1 failed``) goes to standard output. Exit
status 2 if any input failed, 130 after Ctrl+C, else 0.
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import signal
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from presskit.batch import KIT_FORMATS, BatchExport, BatchResult, Outcome, Progress

PROG = "presskit"
EXIT_OK = 0
EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130
_BAR_WIDTH = 24
_REDRAW_SECONDS = 0.1


def formats_from_args(args: argparse.Namespace, outdir_default: str) -> tuple[str, ...]:
    """The formats asked for (PDF when none). Raises ValueError with the whole message when
    a format option was given a file name: in a batch every name comes from its input."""
    with_value = [f"--{fmt}" for fmt in KIT_FORMATS
                  if getattr(args, fmt, None) not in (None, outdir_default)]
    if with_value:
        raise ValueError(f"{', '.join(with_value)}: a batch names every file from its "
                         "reference and title; give the option without a file name")
    if getattr(args, "all", False):
        return KIT_FORMATS
    chosen = tuple(fmt for fmt in KIT_FORMATS if getattr(args, fmt, None) is not None)
    return chosen or ("pdf",)


def format_duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    minutes, secs = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def bar_line(p: Progress, width: int) -> str:
    """``[#########---------] 23/60  CP028-2026-title.presskit  0:12 left``, fitted to *width*."""
    filled = _BAR_WIDTH * p.done // p.total if p.total else _BAR_WIDTH
    left = p.seconds_left
    eta = f"  {format_duration(left)} left" if left is not None and p.done < p.total else ""
    head = f"[{'#' * filled}{'-' * (_BAR_WIDTH - filled)}] {p.done}/{p.total}"
    name = p.current.name if p.current is not None else ""
    room = width - 1 - len(head) - len(eta) - 2
    if room < 8:
        name = ""
    elif len(name) > room:
        name = name[:room - 1] + "…"
    return f"{head}  {name}{eta}" if name else f"{head}{eta}"


class ProgressBar:
    """One line on a terminal, redrawn at most every 0.1 s; lines printed through ``line``
    appear above it."""

    def __init__(self, stream: TextIO):
        self.stream = stream
        self.shown = False
        self._last = 0.0
        self._progress: Progress | None = None

    def update(self, p: Progress) -> None:
        self._progress = p
        now = time.monotonic()
        if p.done < p.total and now - self._last < _REDRAW_SECONDS and self.shown:
            return
        self._last = now
        self._draw()

    def _draw(self) -> None:
        if self._progress is None:
            return
        width = shutil.get_terminal_size((80, 24)).columns
        self.stream.write("\r\x1b[K" + bar_line(self._progress, width))
        self.stream.flush()
        self.shown = True

    def line(self, text: str) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
        self.stream.write(text + "\n")
        if self.shown:
            self._draw()
        self.stream.flush()

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False


class _Reporter:
    """Prints each outcome's errors, warnings and renames as it comes."""

    def __init__(self, quiet: bool, bar: ProgressBar | None, err: TextIO):
        self.quiet = quiet
        self.bar = bar
        self.err = err

    def say(self, text: str) -> None:
        if self.bar is not None:
            self.bar.line(text)
        else:
            print(text, file=self.err)

    def outcome(self, o: Outcome) -> None:
        if not o.ok:
            self.say(f"{PROG}: error: {o.error}")
            return
        for w in o.warnings:
            self.say(f"{PROG}: warning: {o.source}: {w}")
        if o.renamed and not self.quiet:
            kinds = ", ".join(p.name[len(o.name):] or "/" for p in o.written.values())
            self.say(f"{PROG}: note: {o.source}: written as {o.name} ({kinds}): the name "
                     f"{o.stem} is taken by an earlier input of this batch")


def _home_country() -> str | None:
    from presskit.cli import home_country_setting as home

    return home()


def run(args: argparse.Namespace) -> int:
    from presskit.cli import OUTDIR_DEFAULT
    from presskit.errors import PresskitError

    inputs: list[Path] = list(args.inputs)
    if args.outdir is None:
        several = "several inputs" if len(inputs) > 1 else f"{inputs[0]}: a folder"
        print(f"{PROG}: error: {several} need --outdir DIR (the folder to export into)",
              file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        formats = formats_from_args(args, OUTDIR_DEFAULT)
    except ValueError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.jobs is not None and args.jobs < 1:
        print(f"{PROG}: error: -j {args.jobs}: the number of workers must be at least 1",
              file=sys.stderr)
        return EXIT_BAD_INPUT
    err = sys.stderr
    bar = ProgressBar(err) if err is not None and err.isatty() else None
    reporter = _Reporter(bool(args.quiet), bar, err)
    cancel = threading.Event()
    engine = BatchExport(inputs, args.outdir, formats, jobs=args.jobs, cancel=cancel,
                         on_outcome=reporter.outcome,
                         on_problem=lambda line: reporter.say(f"{PROG}: error: {line}"),
                         on_progress=bar.update if bar is not None else None,
                         home_country=_home_country())
    try:
        with _ctrl_c_cancels(cancel) as interrupted:
            result = engine.run()
        result.interrupted = result.interrupted or interrupted.is_set()
    except PresskitError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        if bar is not None:
            bar.clear()
    return _finish(result, bool(args.quiet))


@contextlib.contextmanager
def _ctrl_c_cancels(cancel: threading.Event) -> Iterator[threading.Event]:
    """Ctrl+C cancels the batch between two inputs, so an input's files are placed all or
    none; a second Ctrl+C interrupts at once (KeyboardInterrupt)."""
    pressed = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield pressed
        return

    def on_sigint(_signum: int, _frame: object) -> None:
        if pressed.is_set():
            raise KeyboardInterrupt
        pressed.set()
        cancel.set()

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        yield pressed
    finally:
        signal.signal(signal.SIGINT, previous)


def _finish(result: BatchResult, quiet: bool) -> int:
    if result.interrupted:
        print(f"{PROG}: interrupted: {result.summary()}", file=sys.stderr)
        return EXIT_INTERRUPTED
    if not quiet:
        print(result.summary())
    return EXIT_BAD_INPUT if result.any_failed else EXIT_OK
