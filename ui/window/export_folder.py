"""File ▸ Export Folder…: every draft and kit of a folder, in the background, cancellable.

A window feature (``install``), added through the window API. It runs the same engine as
``presskit export FOLDER --outdir DIR`` (``presskit.batch.BatchExport``: worker processes,
names from each reference and title, ``-2`` on collisions, no partial files) on the
window's runner, shows its progress in a dialog whose Cancel stops the workers, and ends
with a summary that lists every error. Closing the window cancels a running batch.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from presskit.batch import BatchExport, BatchResult, Progress
from presskit_ui.runner import Failure, Reporter
from presskit_ui.widgets import ErrorDialog
from presskit_ui.window.export_folder_dialogs import (
    DEFAULT_FORMATS,
    BatchProgressDialog,
    BatchSummaryDialog,
    ExportFolderDialog,
    FolderExportRequest,
)

if TYPE_CHECKING:
    from presskit_ui.window.api import EditorWindow

RUNNER_KEY = "export_folder"


class _Bridge(QObject):
    """Carries the engine's progress from the runner's thread to the GUI thread (queued)."""

    progressed = Signal(object)  # Progress


class ExportFolderFeature(QObject):
    finished = Signal(object)  # BatchResult, after the summary was shown

    def __init__(self, window: EditorWindow):
        super().__init__(window.widget())
        self.setObjectName("exportFolderFeature")
        self.window = window
        host = window.widget()
        self.action = QAction(host)
        self.action.setObjectName("action_export_folder")
        self.action.triggered.connect(self.choose_and_export)
        window.add_menu_action("file", self.action)
        _place_after_export_menu(self.action)
        self.bridge = _Bridge(self)
        self.progress_dialog: BatchProgressDialog | None = None
        self.cancel_event: threading.Event | None = None
        self.last_folder: Path | None = None
        self.last_formats: tuple[str, ...] = DEFAULT_FORMATS
        self.running: FolderExportRequest | None = None
        window.closed.connect(self.cancel)
        self.retranslate()
        host.installEventFilter(self)

    def retranslate(self) -> None:
        self.action.setText(self.tr("Export &Folder…"))
        self.action.setToolTip(self.tr("Export every draft and press kit of a folder"))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and obj is self.window.widget():
            self.retranslate()
        return False

    @property
    def busy(self) -> bool:
        return self.running is not None

    # -- running ---------------------------------------------------------------------------
    def choose_and_export(self) -> bool:
        if self.busy:
            if self.progress_dialog is not None:
                self.progress_dialog.raise_()
            return False
        start = self.last_folder or Path.home()
        request = ExportFolderDialog.ask(self.window.widget(), start, self.last_formats)
        if request is None:
            return False
        return self.start(request)

    def start(self, request: FolderExportRequest, *, jobs: int | None = None) -> bool:
        """Run the batch in the background; False while another batch of this window runs."""
        if self.busy:
            return False
        self.running = request
        self.last_folder, self.last_formats = request.source, request.formats
        self.action.setEnabled(False)
        cancel = self.cancel_event = threading.Event()
        dialog = self.progress_dialog = BatchProgressDialog(self.window.widget())
        dialog.cancelRequested.connect(cancel.set)
        self.bridge.progressed.connect(dialog.update_progress)
        dialog.show()
        home = self.window.ctx.prefs.home_country  # read here, on the GUI thread
        emit = self.bridge.progressed.emit

        def work(reporter: Reporter) -> BatchResult:  # the runner's thread
            # The runner asks its jobs to stop when the window shuts down (before `closed`).
            engine = BatchExport([request.source], request.outdir, request.formats, jobs=jobs,
                                 cancel=cancel, on_progress=emit, home_country=home,
                                 should_stop=reporter.cancelled)
            return engine.run()

        job = self.window.runner.submit(work, key=RUNNER_KEY, on_success=self._done,
                                        on_failure=self._failed)
        if job is None:  # the window is closing
            self._finish()
            return False
        return True

    def cancel(self) -> None:
        if self.cancel_event is not None:
            self.cancel_event.set()

    def _finish(self) -> FolderExportRequest | None:
        request = self.running
        self.running = None
        self.cancel_event = None
        self.action.setEnabled(True)
        if self.progress_dialog is not None:
            self.bridge.progressed.disconnect(self.progress_dialog.update_progress)
            self.progress_dialog.hide()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        return request

    def _done(self, result: BatchResult) -> None:
        request = self._finish()
        if request is None:
            return
        self.window.show_status(self.tr("Export Folder: {done} exported, {failed} failed").format(
            done=len(result.exported), failed=len(result.failed) + len(result.problems)))
        BatchSummaryDialog.show_summary(self.window.widget(), result, request.outdir)
        self.finished.emit(result)

    def _failed(self, failure: Failure) -> None:
        """The output folder could not be made (nothing was exported), or a bug."""
        from presskit.errors import PresskitError

        self._finish()
        error = failure.error
        details = str(error) if isinstance(error, PresskitError) else failure.details
        ErrorDialog.show_error(self.window.widget(), self.tr("Export Folder"),
                               self.tr("The folder could not be exported."), details)


def _place_after_export_menu(action: QAction) -> None:
    """Move *action* (added at the end of File) right below the File ▸ Export submenu."""
    for menu in action.associatedObjects():
        if not isinstance(menu, QMenu):
            continue
        entries = menu.actions()
        for i, entry in enumerate(entries):
            sub = entry.menu()
            if isinstance(sub, QMenu) and sub.objectName() == "exportMenu" \
                    and i + 1 < len(entries):
                menu.removeAction(action)
                menu.insertAction(entries[i + 1], action)
                return


def install(window: EditorWindow) -> ExportFolderFeature:
    """Add File ▸ Export Folder… to *window* (once: a second call returns the first)."""
    existing = window.widget().findChild(ExportFolderFeature, "exportFolderFeature")
    return existing if existing is not None else ExportFolderFeature(window)


__all__ = ["ExportFolderFeature", "Progress", "install"]
