"""Batch export: many drafts and kits into one folder, on every core.

    result = BatchExport(inputs, outdir, ("pdf", "docx"), jobs=4).run()

The command line (``presskit export INPUT... --outdir DIR``) and the editor (File ▸ Export
Folder…) both run this engine. It never imports Qt.

* **Inputs.** A folder stands for the drafts (``*.presskit``) and kits (``*.presskit-kit``)
  directly inside it, sorted by name; other paths are taken as they are given.
* **Workers.** A pool of worker processes (default: one per core), started through the
  ``forkserver`` method (``spawn`` where there is none), never by forking the caller, which
  may be the editor's Qt process. The fork server imports the whole export stack once
  (compose, every renderer, reportlab, python-docx), and each worker forked from it
  exports many releases. Workers ignore Ctrl+C: the caller stops them. As with any
  ``multiprocessing`` program, each worker imports the caller's main script again (as
  ``__mp_main__``), so a script that runs a batch guards its entry point with
  ``if __name__ == "__main__":`` (the ``presskit`` commands do).
* **Names.** Each input is named as a single export names it (``default_stem``: reference
  plus a slug of the title). Two inputs that would get the same name never overwrite each
  other: in input order, the second gets ``-2``, the third ``-3`` (``NamePlanner``), so the
  names do not depend on which worker finishes first. The outcome records the rename.
* **No partial files.** A worker writes its files (atomically) into a hidden staging
  folder inside the output folder; the caller, taking results in input order, renames
  them into place. Cancelled (``cancel`` event), interrupted (Ctrl+C) or failed, the batch
  leaves in the output folder only whole files of releases it finished, and removes the
  staging folder.
* **Failures are isolated.** A bad input gives an outcome with its one-line error
  (``FILE: field: …``); the others are still exported. A worker that dies fails only the
  input it held, and another takes its place (``presskit.batch_pool``).
* **Determinism.** Every release is exported by the same code whichever worker takes it,
  so the bytes do not depend on the number of workers (given ``SOURCE_DATE_EPOCH``).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import multiprocessing.context

DRAFT_SUFFIX = ".presskit"
KIT_SUFFIX = ".presskit-kit"
# Formats of a draft, and of a kit (its PDF, journalists' ZIP and newsroom folder; the
# DOCX, text and email are its release's).
DRAFT_FORMATS = ("pdf", "docx", "txt", "eml", "html")
KIT_FORMATS = ("pdf", "docx", "txt", "eml", "html", "zip")
STAGING_PREFIX = ".presskit-batch-"
# What the fork server imports once, so every worker forked from it starts warm.
PRELOAD = ("presskit.batch", "presskit.batch_preload")
# What a worker imports when it starts, by format, beyond what the fork server preloaded.
WARM_UP = {"docx": ("presskit.renderers.docx",), "zip": ("presskit.kit.outputs",),
           "html": ("presskit.kit.outputs",)}


def is_kit(path: Path) -> bool:
    return path.suffix.lower() == KIT_SUFFIX


def is_batch_input(path: Path) -> bool:
    """A file a folder input contributes: a draft or a kit (not a backup, not hidden)."""
    name = path.name
    return (not name.startswith(".") and path.suffix.lower() in (DRAFT_SUFFIX, KIT_SUFFIX)
            and path.is_file())


def expand_inputs(paths: Iterable[Path]) -> tuple[list[Path], list[str]]:
    """(the inputs to export, in order; one error line per folder that gave nothing).

    A folder gives the drafts and kits directly inside it, sorted by name; any other path
    is kept as given (a missing or unreadable one fails when its worker reads it).
    """
    inputs: list[Path] = []
    problems: list[str] = []
    for path in paths:
        if not path.is_dir():
            inputs.append(path)
            continue
        try:
            found = sorted((p for p in path.iterdir() if is_batch_input(p)), key=lambda p: p.name)
        except OSError as exc:
            problems.append(f"{path}: cannot list the folder ({exc.strerror or exc})")
            continue
        if not found:
            problems.append(f"{path}: no drafts (.presskit) or kits (.presskit-kit) in this "
                            "folder")
        inputs.extend(found)
    return inputs, problems


class NamePlanner:
    """Output names within one batch: the natural stem, else the first free ``-2``, ``-3``…

    Claims must be made in input order for the names to be deterministic. Names are
    compared case-insensitively, as some file systems do.
    """

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def claim(self, stem: str) -> str:
        name = stem
        n = 1
        while name.casefold() in self._taken:
            n += 1
            name = f"{stem}-{n}"
        self._taken.add(name.casefold())
        return name


@dataclass(frozen=True)
class Job:
    """What a worker is asked to do: export one input into its own staging folder."""

    index: int
    source: Path
    formats: tuple[str, ...]
    staging: Path
    home_country: str | None = None


@dataclass
class Outcome:
    """One input's result. ``written`` maps each format to its file (or folder) in the
    output folder; ``error`` is the whole one-line message when it failed."""

    index: int
    source: Path
    stem: str = ""
    name: str = ""  # the stem used: ``stem`` or, after a collision, ``stem-2``…
    written: dict[str, Path] = field(default_factory=dict)
    staged: dict[str, Path] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    pages: int | None = None
    error: str = ""
    worker: int = 0  # the pid of the worker process that exported it

    @property
    def ok(self) -> bool:
        return not self.error

    @property
    def renamed(self) -> bool:
        return self.ok and self.name != self.stem


@dataclass(frozen=True)
class Progress:
    """Where the batch is: ``done`` of ``total`` inputs, ``current`` the one waited for."""

    done: int
    total: int
    failed: int
    current: Path | None
    elapsed: float
    since_first: float | None = None  # seconds since the first input was done

    @property
    def seconds_left(self) -> float | None:
        """From the pace since the first input was done (the start-up is paid once), else
        from the whole elapsed time; None before anything is done."""
        if not self.done or self.done >= self.total:
            return None if not self.done else 0.0
        if self.done >= 2 and self.since_first is not None:
            return self.since_first / (self.done - 1) * (self.total - self.done)
        return self.elapsed / self.done * (self.total - self.done)


@dataclass
class BatchResult:
    outcomes: list[Outcome]
    total: int
    problems: list[str] = field(default_factory=list)  # folders that gave nothing
    cancelled: bool = False
    interrupted: bool = False
    seconds: float = 0.0

    @property
    def exported(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.ok]

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.ok]

    @property
    def renamed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.renamed]

    @property
    def not_done(self) -> int:
        return self.total - len(self.outcomes)

    @property
    def any_failed(self) -> bool:
        return bool(self.failed or self.problems)

    def summary(self) -> str:
        """``60 exported, 1 failed`` (+ ``, 2 renamed``; + ``, 7 not exported`` if stopped)."""
        parts = [f"{len(self.exported)} exported", f"{len(self.failed) + len(self.problems)} failed"]
        if self.renamed:
            parts.append(f"{len(self.renamed)} renamed (name already used in this batch)")
        if self.not_done:
            parts.append(f"{self.not_done} not exported")
        return ", ".join(parts)


def default_jobs() -> int:
    return max(1, os.cpu_count() or 1)


def mp_context() -> multiprocessing.context.BaseContext:
    """``forkserver`` (workers forked from a clean server that preloaded the stack), else
    ``spawn``; never ``fork``, which would copy the editor's Qt process."""
    import multiprocessing  # here, not at import: the editor loads this module at start-up

    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(list(PRELOAD))
        return ctx
    return multiprocessing.get_context("spawn")


class BatchExport:
    """One batch: see the module docstring. ``run()`` may be called from any thread.

    *on_outcome* is called with each input's outcome and *on_progress* with the progress,
    in input order, on the thread that runs the batch; *on_problem* first, with the line of
    each folder input that holds nothing to export. Setting *cancel*, or *should_stop*
    answering True (asked every 50 ms), stops the batch (the workers are terminated; whole
    files of the releases already placed stay).
    """

    def __init__(self, inputs: Sequence[Path], outdir: Path, formats: Sequence[str], *,
                 jobs: int | None = None, cancel: threading.Event | None = None,
                 on_outcome: Callable[[Outcome], None] | None = None,
                 on_progress: Callable[[Progress], None] | None = None,
                 home_country: str | None = None,
                 should_stop: Callable[[], bool] | None = None,
                 on_problem: Callable[[str], None] | None = None):
        self.inputs = list(inputs)
        self.outdir = outdir
        self.formats = tuple(formats) or ("pdf",)
        self.jobs = jobs if jobs and jobs > 0 else default_jobs()
        self.cancel = cancel or threading.Event()
        self.on_outcome = on_outcome
        self.on_progress = on_progress
        self.home_country = home_country
        self.should_stop = should_stop
        self.on_problem = on_problem
        self._first_done = 0.0

    def run(self) -> BatchResult:
        """Export every input; raises ``ExportError`` only when the output folder cannot be
        made (nothing was exported). Ctrl+C ends the batch with ``interrupted`` set."""
        started = time.perf_counter()
        sources, problems = expand_inputs(self.inputs)
        result = BatchResult([], len(sources), problems)
        if self.on_problem is not None:
            for problem in problems:
                self.on_problem(problem)
        staging = self._make_staging()
        try:
            self._run(sources, staging, result, started)
        except KeyboardInterrupt:
            result.interrupted = True
        finally:
            shutil.rmtree(staging, ignore_errors=True)
            result.seconds = time.perf_counter() - started
        return result

    # -- internals -------------------------------------------------------------------------
    def _make_staging(self) -> Path:
        from presskit.errors import ExportError

        try:
            self.outdir.mkdir(parents=True, exist_ok=True)
            return Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=self.outdir))
        except FileExistsError:
            raise ExportError("is not a folder", path=str(self.outdir)) from None
        except OSError as exc:
            raise ExportError(f"cannot create the output folder ({exc.strerror or exc})",
                              path=str(self.outdir)) from None

    def _run(self, sources: list[Path], staging: Path, result: BatchResult,
             started: float) -> None:
        from presskit.batch_pool import Died, WorkerPool

        if not sources:
            return
        jobs = [Job(i, src, self.formats, staging / str(i), self.home_country)
                for i, src in enumerate(sources)]
        planner = NamePlanner()
        warm = sorted({m for fmt in self.formats for m in WARM_UP.get(fmt, ())})
        pool: WorkerPool[Job, Outcome] = WorkerPool(
            mp_context(), min(self.jobs, len(jobs)), _work, _init_worker,
            (dict(os.environ), tuple(warm)))
        done: dict[int, Outcome] = {}
        self._report(result, jobs[0].source, started)
        for job, answer in pool.run(jobs, self._stopped):
            if isinstance(answer, Died):
                answer = Outcome(job.index, job.source,
                                 error=f"{job.source}: the export stopped: {answer.reason}")
            done[job.index] = answer
            # Placed and reported in input order, whichever worker finished first; none
            # once cancelled, even if it is done.
            while len(result.outcomes) in done and not self.cancel.is_set():
                outcome = done.pop(len(result.outcomes))
                self._place(outcome, planner)
                result.outcomes.append(outcome)
                if self.on_outcome is not None:
                    self.on_outcome(outcome)
                nxt = len(result.outcomes)
                self._report(result, jobs[nxt].source if nxt < len(jobs) else None, started)
        if len(result.outcomes) < len(jobs):
            result.cancelled = True

    def _stopped(self) -> bool:
        if self.should_stop is not None and self.should_stop():
            self.cancel.set()
        return self.cancel.is_set()

    def _report(self, result: BatchResult, current: Path | None, started: float) -> None:
        now = time.perf_counter()
        if len(result.outcomes) == 1:
            self._first_done = now
        if self.on_progress is not None:
            first = self._first_done if result.outcomes else None
            self.on_progress(Progress(len(result.outcomes), result.total, len(result.failed),
                                      current, now - started,
                                      None if first is None else now - first))

    def _place(self, outcome: Outcome, planner: NamePlanner) -> None:
        """Give the outcome its name in this batch and move its staged files into place."""
        if not outcome.ok:
            return
        outcome.name = planner.claim(outcome.stem)
        finals = {fmt: self.outdir / (outcome.name + staged.name[len(outcome.stem):])
                  for fmt, staged in outcome.staged.items()}
        try:
            _move_into_place(outcome.staged, finals)
        except OSError as exc:
            where = exc.filename or self.outdir
            outcome.error = f"{where}: {_os_problem(exc)}"
            return
        outcome.written = finals


def _os_problem(exc: OSError) -> str:
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return exc.strerror or str(exc)


def _move_into_place(staged: dict[str, Path], finals: dict[str, Path]) -> None:
    """Rename each staged file over its final name, once every final name is known to be
    replaceable (a read-only file, a FIFO or a folder in the way refuses the whole input)."""
    from presskit.atomic import check_replaceable, real_target

    targets = {}
    for fmt, final in finals.items():
        if staged[fmt].is_dir():
            targets[fmt] = final
            if final.exists() and not final.is_dir():
                raise NotADirectoryError(20, "is not a folder", str(final))
            for path in staged[fmt].rglob("*"):
                if path.is_file():
                    check_replaceable(real_target(final / path.relative_to(staged[fmt])))
            continue
        target = real_target(final)
        try:
            check_replaceable(target)
        except OSError as exc:
            exc.filename = str(final)
            raise
        targets[fmt] = target
    for fmt, target in targets.items():
        source = staged[fmt]
        if source.is_dir():
            _replace_folder(source, target)
            continue
        with contextlib.suppress(OSError):
            if target.exists():
                os.chmod(source, target.stat().st_mode & 0o7777)
        try:
            os.replace(source, target)
        except OSError as exc:
            if exc.errno != 18:  # EXDEV: a symlink to another file system
                exc.filename = str(finals[fmt])
                raise
            from presskit.atomic import write_bytes

            write_bytes(target, source.read_bytes())


def _replace_folder(source: Path, target: Path) -> None:
    """Put the staged folder's files into *target* (made if missing), file by file, as
    ``presskit export KIT --html DIR`` writes into DIR: other files there are left alone."""
    if not target.exists():
        os.replace(source, target)
        return
    for path in sorted(source.rglob("*")):
        dest = target / path.relative_to(source)
        if path.is_dir():
            dest.mkdir(exist_ok=True)
        else:
            os.replace(path, dest)


# -- the worker side ---------------------------------------------------------------------------
def _init_worker(environ: dict[str, str], warm: tuple[str, ...] = ()) -> None:
    """In each worker: the caller's environment (data folder, SOURCE_DATE_EPOCH, locale),
    Ctrl+C left to the caller, the fonts registered and the *warm* modules imported once
    (a failure is left for the export that needs them to report)."""
    import importlib
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.environ.clear()
    os.environ.update(environ)
    with contextlib.suppress(Exception):
        from presskit.renderers.fonts import bundled

        bundled()
    for name in warm:
        with contextlib.suppress(Exception):
            importlib.import_module(name)


def _work(job: Job) -> Outcome:
    """Export one input into ``job.staging``; never raises (the error is in the outcome)."""
    from presskit.errors import PresskitError

    outcome = Outcome(job.index, job.source, worker=os.getpid())
    try:
        job.staging.mkdir(parents=True, exist_ok=True)
        if is_kit(job.source):
            _work_kit(job, outcome)
        else:
            _work_draft(job, outcome)
    except PresskitError as exc:
        outcome.error = str(exc).replace(str(job.staging), str(job.staging.parent.parent))
    except MemoryError:
        outcome.error = f"{job.source}: out of memory"
    except Exception as exc:
        outcome.error = (f"{job.source}: internal error: {type(exc).__name__}: {exc} "
                         "(please report this, with the draft if you can)")
    if outcome.error:
        outcome.staged.clear()
    return outcome


def _work_draft(job: Job, outcome: Outcome) -> None:
    from presskit import draft
    from presskit.export import EXTENSIONS, default_stem, export

    formats = [f for f in job.formats if f in DRAFT_FORMATS]
    if not formats:
        outcome.error = (f"{job.source}: --{' --'.join(job.formats)} is for a press kit "
                         f"({KIT_SUFFIX}), not a draft")
        return
    release = draft.load(job.source)
    outcome.stem = default_stem(release)
    targets = {fmt: job.staging / (outcome.stem + EXTENSIONS[fmt]) for fmt in formats}
    result = export(release, dict(targets), home_country=job.home_country)
    outcome.staged = dict(targets)
    outcome.pages = result.pages
    outcome.warnings = [str(w) for w in result.warnings]


def _work_kit(job: Job, outcome: Outcome) -> None:
    """A kit: its PDF, the journalists' ZIP and the newsroom folder ``STEM/`` through the kit
    outputs; the DOCX, text and email are its release's."""
    from presskit.export import EXTENSIONS, Target, default_stem, export
    from presskit.kit.container import load_kit
    from presskit.kit.outputs import export_kit

    kit = load_kit(job.source)
    outcome.stem = stem = default_stem(kit.release)
    staged: dict[str, Path] = {}
    kit_parts = {fmt: job.staging / (stem + (".zip" if fmt == "zip" else ".pdf" if fmt == "pdf"
                                             else "")) for fmt in ("pdf", "zip", "html")
                 if fmt in job.formats}
    if kit_parts:
        result = export_kit(kit, pdf=kit_parts.get("pdf"), zip=kit_parts.get("zip"),
                            html_dir=kit_parts.get("html"), home_country=job.home_country)
        staged.update(result.written)
        outcome.pages = result.pages
        outcome.warnings += [str(w) for w in result.warnings]
    release_parts: dict[str, Path] = {fmt: job.staging / (stem + EXTENSIONS[fmt])
                                      for fmt in ("docx", "txt", "eml") if fmt in job.formats}
    if release_parts:
        targets: dict[str, Target] = dict(release_parts)
        done = export(kit.release, targets, home_country=job.home_country)
        staged.update(release_parts)
        outcome.warnings += [str(w) for w in done.warnings if str(w) not in outcome.warnings]
    outcome.staged = {fmt: staged[fmt] for fmt in KIT_FORMATS if fmt in staged}
