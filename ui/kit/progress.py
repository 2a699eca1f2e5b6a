"""A progress dialog for one background job of the kit, whose Cancel cancels the job.

Window-modal, shown only when the job lasts (``minimumDuration``); the job reports
``(done, total)`` and is asked ``cancelled()`` between its steps (``presskit_ui.runner``),
so Cancel stops it at the next step and its result is dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as QCA
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog

from presskit_ui.window.api import EditorWindow

SHOW_AFTER_MS = 400


class JobProgress(QObject):
    """The dialog for the runner job *key* of *window*."""

    cancelled = Signal()  # the user pressed Cancel (the job was told to stop)

    def __init__(self, window: EditorWindow, key: str, title: str, label: str):
        super().__init__(window.widget())
        self.window = window
        self.key = key
        self.dialog: QProgressDialog | None = QProgressDialog(window.widget())
        self.dialog.setWindowTitle(title)
        self.dialog.setLabelText(label)
        self.dialog.setCancelButtonText(QCA.translate("KitExports", "Cancel"))
        self.dialog.setRange(0, 0)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.canceled.connect(self.cancel)

    def step(self, done: int, total: int) -> None:
        if self.dialog is not None and total > 0:
            self.dialog.setRange(0, total)
            self.dialog.setValue(min(done, total))

    def cancel(self) -> None:
        self.window.runner.cancel(self.key)
        self.close()
        self.cancelled.emit()

    def close(self) -> None:
        if self.dialog is not None:
            dlg, self.dialog = self.dialog, None
            dlg.canceled.disconnect(self.cancel)
            dlg.reset()
            dlg.deleteLater()

    @property
    def active(self) -> bool:
        return self.dialog is not None
