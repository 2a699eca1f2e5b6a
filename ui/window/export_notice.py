"""The quiet notice after an export: what was written, with Open and Show in Folder.

It sits in the status bar, takes no focus and blocks nothing (issue 14 §3: a modal box
after every export was in the way). Open hands the file to the system viewer and Show in
Folder opens its folder, both through QDesktopServices; the notice hides itself after a
while or with its close button.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from presskit_ui.widgets import plain_tooltip

HIDE_AFTER_MS = 30_000


class ExportNotice(QFrame):
    """Non-modal: ``show_written(paths, warnings)``; ``open_file`` / ``show_folder``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exportNotice")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.written: list[Path] = []
        self.warnings: list[str] = []
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("exportNoticeOpen")
        self.folder_button = QPushButton(self)
        self.folder_button.setObjectName("exportNoticeFolder")
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("exportNoticeClose")
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        for b in (self.open_button, self.folder_button, self.close_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.show_folder)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.open_button)
        layout.addWidget(self.folder_button)
        layout.addWidget(self.close_button)
        self._timer = QTimer(self, singleShot=True, interval=HIDE_AFTER_MS)
        self._timer.timeout.connect(self.hide)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the exported file in the system viewer"))
        self.folder_button.setText(self.tr("Show in Folder"))
        self.close_button.setToolTip(self.tr("Close this notice"))
        self._update_text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_timer"):
            self.retranslate()
        super().changeEvent(event)

    def show_written(self, written: list[Path], warnings: list[str]) -> None:
        self.written = list(written)
        self.warnings = list(warnings)
        self._update_text()
        self.open_button.setVisible(len(self.written) == 1)
        self.show()
        self._timer.start()

    def _update_text(self) -> None:
        if not self.written:
            self.label.clear()
            return
        if len(self.written) == 1:
            text = self.tr("Exported “{name}”.").format(name=self.written[0].name)
        else:
            text = self.tr("Exported {n} files.").format(n=len(self.written))
        if self.warnings:
            text += " " + self.tr("Warnings: {n} (see the status bar).").format(n=len(self.warnings))
        self.label.setText(text)
        self.label.setToolTip(plain_tooltip("\n".join([*map(str, self.written), *self.warnings[:20]])))

    def open_file(self) -> bool:
        return bool(self.written) and QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(self.written[0])))

    def show_folder(self) -> bool:
        return bool(self.written) and QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(self.written[0].parent)))
