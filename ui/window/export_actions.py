"""File ▸ Export and the toolbar's export buttons, plus "Copy as email text".

The formats offered are those in ``presskit.export.RENDERERS`` at the time the
menu opens, so renderers registered by other modules appear without changes
here. Exports run on the runner's worker thread with a progress bar in the
status bar; a failure explains itself and writes nothing (``export`` renders
everything before the first write, and every write is atomic).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from presskit.errors import PresskitError
from presskit_ui.runner import Failure
from presskit_ui.widgets import ConfirmDialog, ErrorDialog, InfoDialog
from presskit_ui.window.dialogs import FileDialogs
from presskit_ui.window.export_notice import ExportNotice

if TYPE_CHECKING:
    from presskit.export import ExportResult
    from presskit.model import Release
    from presskit_ui.window.main_window import MainWindow

ALL = "all"


def available_formats() -> list[str]:
    from presskit.export import FORMAT_ORDER, RENDERERS

    return [f for f in FORMAT_ORDER if f in RENDERERS]


def text_renderer_available() -> bool:
    try:
        return importlib.util.find_spec("presskit.renderers.text") is not None
    except (ImportError, ValueError):
        return False


class ExportController(QObject):
    finished = Signal(object)  # ExportResult
    failed = Signal(str)
    copied = Signal(str)

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        self.menu = window.menus.menu("export")
        self.menu.aboutToShow.connect(self.refresh)
        self.busy = False
        self.refresh()
        copy = window.menus.actions["copy_email"]
        copy.triggered.connect(self.copy_email_text)
        copy.setEnabled(text_renderer_available())
        self.show_folder_after = True  # tests switch the notice off
        self.notice = ExportNotice(window)
        window.statusBar().insertWidget(0, self.notice)

    # -- actions ---------------------------------------------------------------------------
    def _names(self) -> dict[str, str]:
        return {
            "pdf": self.tr("&PDF…"), "docx": self.tr("&Word Document (DOCX)…"),
            "txt": self.tr("Plain &Text…"), "eml": self.tr("&Email (.eml)…"),
            "html": self.tr("&HTML Page (accessible)…"),
            ALL: self.tr("&All Formats…"),
        }

    def refresh(self) -> None:
        """(Re)build the Export menu and toolbar buttons from the registered renderers."""
        formats = available_formats()
        wanted = [*formats, ALL] if len(formats) > 1 else formats
        if list(self.actions) != wanted:
            toolbar = self.window.menus.toolbar
            for act in self.actions.values():
                self.menu.removeAction(act)
                toolbar.removeAction(act)
            self.actions = {}
            for fmt in wanted:
                act = QAction(self.window)
                act.setObjectName(f"action_export_{fmt}")
                act.setData(fmt)
                act.triggered.connect(lambda _=False, f=fmt: self.export(f))
                if fmt == "pdf":
                    act.setShortcut(QKeySequence("Ctrl+E"))
                elif fmt == ALL:
                    act.setShortcut(QKeySequence("Ctrl+Shift+E"))
                    self.menu.addSeparator()
                self.menu.addAction(act)
                self.actions[fmt] = act
            for fmt in ("pdf", ALL):
                if fmt in self.actions:
                    toolbar.insertAction(self.window.menus.export_anchor, self.actions[fmt])
        self.retranslate()
        self._set_enabled(not self.busy)

    def retranslate(self) -> None:
        names = self._names()
        for fmt, act in self.actions.items():
            act.setText(names.get(fmt, fmt.upper() + "…"))
        if "pdf" in self.actions:
            self.actions["pdf"].setIconText(self.tr("Export PDF"))
            self.actions["pdf"].setToolTip(self.tr("Export the letterhead PDF"))
        if ALL in self.actions:
            self.actions[ALL].setIconText(self.tr("Export All"))
            self.actions[ALL].setToolTip(self.tr("Export every format into one folder"))

    def _set_enabled(self, enabled: bool) -> None:
        for act in self.actions.values():
            act.setEnabled(enabled)

    # -- exporting -------------------------------------------------------------------------
    def export(self, fmt: str, target: Path | None = None) -> bool:
        """Ask where (unless *target* is given) and export in the background."""
        from presskit.export import EXTENSIONS, default_path, default_stem

        if self.busy:
            return False
        release = self.window.current_release()
        # Features' checks (preflight) see the release being exported; a *target* given by the
        # caller (a test, a feature) means the caller has decided already.
        if target is None and not all(check(release) for check in self.window.export_checks):
            return False
        draft_path = self.window.session.path or self.window.session.suggested_path
        base = draft_path if draft_path else self.window.default_folder() / "x.presskit"
        if fmt == ALL:
            folder = target or FileDialogs.export_folder(self.window, base.parent)
            if folder is None:
                return False
            stem = default_stem(release)
            targets = {f: folder / (stem + EXTENSIONS[f]) for f in available_formats()}
            existing = [p.name for p in targets.values() if p.exists()]
            if existing and target is None and not ConfirmDialog.ask(
                    self.window, self.tr("Replace files?"),
                    self.tr("Some files already exist in “{folder}”:").format(folder=folder.name),
                    "\n".join(existing), self.tr("Replace")):
                return False
        else:
            suggested = default_path(release, base, fmt)
            path = target or FileDialogs.export_file(
                self.window, self._names()[fmt].replace("&", "").rstrip("…"), suggested, EXTENSIONS[fmt])
            if path is None:
                return False
            if not path.suffix:
                path = path.with_suffix(EXTENSIONS[fmt])
            targets = {fmt: path}
        draft_abs = self.window.session.path.resolve() if self.window.session.path else None
        for path in targets.values():
            if draft_abs is not None and path.resolve() == draft_abs:
                self._fail(self.tr("Refusing to overwrite the draft itself with an export."))
                return False
        return self._run(release, targets)

    def _run(self, release: Release, targets: dict[str, Path]) -> bool:
        from presskit.export import export

        self.busy = True
        self._set_enabled(False)
        reference = str(getattr(release, "reference", "") or "")
        steps = len(targets)
        done = [0]
        status = self.window.status
        status.set_busy(self.tr("Exporting…"), steps, 0)
        home = self.window.ctx.prefs.home_country  # read here, on the GUI thread

        def work(progress):  # worker thread
            return export(release, targets, progress=progress, home_country=home)

        def on_progress(fmt: str) -> None:
            status.set_busy(self.tr("Exporting {format}…").format(format=fmt.upper()), steps, done[0])
            done[0] += 1

        self.window.runner.submit(work, on_success=lambda result: self._done(result, reference),
                                  on_failure=self._failed, on_progress=on_progress)
        return True

    def _finish(self) -> None:
        self.busy = False
        self._set_enabled(True)
        self.window.status.set_busy(None)

    def _done(self, result: ExportResult, reference: str) -> None:
        self._finish()
        self.window.remember_reference(reference)
        written = list(result.written.values())
        self.window.status.show_message(self.tr("Exported: {files}").format(
            files=", ".join(p.name for p in written)))
        self.finished.emit(result)
        if self.show_folder_after and written:
            self.notice.show_written(written, [str(w) for w in result.warnings])

    def _failed(self, failure: Failure) -> None:
        self._finish()
        if isinstance(failure.error, PresskitError):
            self._fail(str(failure.error))
        else:
            self.failed.emit(str(failure.error))
            ErrorDialog.show_error(self.window, self.tr("Export failed"),
                                   self.tr("The export failed; no file was changed."), failure.details)

    def _fail(self, message: str) -> None:
        self.failed.emit(message)
        InfoDialog.show(self.window, self.tr("Export failed"),
                        self.tr("The export failed; no file was changed."), message, warning=True)

    # -- clipboard -------------------------------------------------------------------------
    def copy_email_text(self) -> None:
        if not text_renderer_available():
            return
        release = self.window.current_release()
        home = self.window.ctx.prefs.home_country

        def work(_progress):  # worker thread
            from presskit.compose import compose
            from presskit.renderers.text import render_text

            out = render_text(compose(release, home_country=home))
            for attr in ("text", "data"):
                out = getattr(out, attr, out)
            return out.decode("utf-8") if isinstance(out, bytes) else str(out)

        def done(text: str) -> None:
            QGuiApplication.clipboard().setText(text)
            self.window.status.show_message(self.tr("The release is on the clipboard as email text."))
            self.copied.emit(text)

        def failed(failure: Failure) -> None:
            ErrorDialog.show_error(self.window, self.tr("Copy failed"),
                                   str(failure.error), failure.details)

        self.window.runner.submit(work, key="copy_email", on_success=done, on_failure=failed)
