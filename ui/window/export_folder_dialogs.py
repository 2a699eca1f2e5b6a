"""The dialogs of File ▸ Export Folder…: what to export, progress, and the summary.

    request = ExportFolderDialog.ask(parent, start_folder)    # None when cancelled
    BatchSummaryDialog.show_summary(parent, result, outdir)

Every file name and error message is shown as plain text. The batch itself runs in
``presskit.batch`` (``export_folder.py`` connects the two).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication as QCA
from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from presskit.batch import KIT_FORMATS, BatchResult, Progress, expand_inputs, is_kit

DEFAULT_FORMATS = ("pdf",)


def format_label(fmt: str) -> str:
    """The name of a format as the dialog offers it."""
    labels = {
        "pdf": QCA.translate("ExportFolder", "&PDF"),
        "docx": QCA.translate("ExportFolder", "&Word document (DOCX)"),
        "txt": QCA.translate("ExportFolder", "Plain &text"),
        "eml": QCA.translate("ExportFolder", "E&mail with the PDF attached (.eml)"),
        "html": QCA.translate("ExportFolder", "&HTML page (kits: a newsroom folder)"),
        "zip": QCA.translate("ExportFolder", "&ZIP for journalists (kits only)"),
    }
    return labels[fmt]


def duration_text(seconds: float) -> str:
    """"About 12 s left", "About 3 min left"."""
    if seconds < 60:
        return QCA.translate("ExportFolder", "About {n} s left").format(n=max(1, round(seconds)))
    return QCA.translate("ExportFolder", "About {n} min left").format(n=round(seconds / 60))


def count_inputs(folder: Path) -> tuple[int, int]:
    """(drafts, kits) directly inside *folder*."""
    if not folder.is_dir():
        return 0, 0
    inputs, _problems = expand_inputs([folder])
    kits = sum(1 for p in inputs if is_kit(p))
    return len(inputs) - kits, kits


@dataclass(frozen=True)
class FolderExportRequest:
    """What the user asked for: every draft and kit of *source* into *outdir*."""

    source: Path
    outdir: Path
    formats: tuple[str, ...]


class FolderDialogs:
    """Qt's folder picker (a classmethod tests replace)."""

    @classmethod
    def pick(cls, parent: QWidget | None, title: str, start: Path) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, title, str(start))
        return Path(name) if name else None


class ExportFolderDialog(QDialog):
    """The folder of drafts, the folder to export into, and the formats."""

    def __init__(self, parent: QWidget | None, start: Path,
                 formats: tuple[str, ...] = DEFAULT_FORMATS):
        super().__init__(parent)
        self.setObjectName("exportFolderDialog")
        self._outdir_edited = False
        self.source = QLineEdit(self)
        self.source.setObjectName("exportFolderSource")
        self.browse_source = QPushButton(self)
        self.outdir = QLineEdit(self)
        self.outdir.setObjectName("exportFolderOutdir")
        self.browse_outdir = QPushButton(self)
        self.found = QLabel(self)
        self.found.setObjectName("exportFolderFound")
        self.found.setTextFormat(Qt.TextFormat.PlainText)
        self.group = QGroupBox(self)
        self.checks: dict[str, QCheckBox] = {}
        group_layout = QVBoxLayout(self.group)
        for fmt in KIT_FORMATS:
            box = QCheckBox(self.group)
            box.setObjectName(f"exportFolder_{fmt}")
            box.setChecked(fmt in formats)
            box.toggled.connect(self._validate)
            group_layout.addWidget(box)
            self.checks[fmt] = box
        self.problem = QLabel(self)
        self.problem.setObjectName("exportFolderProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        self.source_label = QLabel(self)
        self.outdir_label = QLabel(self)
        form.addRow(self.source_label, self._row(self.source, self.browse_source))
        form.addRow("", self.found)
        form.addRow(self.outdir_label, self._row(self.outdir, self.browse_outdir))
        self.source_label.setBuddy(self.source)
        self.outdir_label.setBuddy(self.outdir)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.group)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.browse_source.clicked.connect(self._pick_source)
        self.browse_outdir.clicked.connect(self._pick_outdir)
        self.source.textChanged.connect(self._source_changed)
        self.outdir.textEdited.connect(self._outdir_typed)
        self.outdir.textChanged.connect(self._validate)
        self.retranslate()
        self.source.setText(str(start))
        self.setMinimumWidth(560)

    def _row(self, edit: QLineEdit, button: QPushButton) -> QWidget:
        row = QWidget(self)
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(edit, 1)
        lay.addWidget(button)
        return row

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export Folder"))
        self.source_label.setText(self.tr("&Drafts in:"))
        self.outdir_label.setText(self.tr("Export t&o:"))
        self.browse_source.setText(self.tr("&Browse…"))
        self.browse_outdir.setText(self.tr("B&rowse…"))
        self.browse_source.setAccessibleName(self.tr("Choose the folder of drafts"))
        self.browse_outdir.setAccessibleName(self.tr("Choose the folder to export into"))
        self.group.setTitle(self.tr("Formats"))
        for fmt, box in self.checks.items():
            box.setText(format_label(fmt))
        self.export_button.setText(self.tr("&Export"))
        self._validate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "checks"):
            self.retranslate()
        super().changeEvent(event)

    # -- state -----------------------------------------------------------------------------
    def formats(self) -> tuple[str, ...]:
        return tuple(fmt for fmt, box in self.checks.items() if box.isChecked())

    def request(self) -> FolderExportRequest | None:
        source = Path(self.source.text().strip()).expanduser()
        outdir_text = self.outdir.text().strip()
        if not self.source.text().strip() or not source.is_dir() or not outdir_text \
                or not self.formats():
            return None
        return FolderExportRequest(source, Path(outdir_text).expanduser(), self.formats())

    def _source_changed(self, text: str) -> None:
        if not self._outdir_edited and text.strip():
            self.outdir.setText(str(Path(text.strip()).expanduser() / "export"))
        self._validate()

    def _outdir_typed(self, _text: str) -> None:
        self._outdir_edited = True

    def _validate(self) -> None:
        if not hasattr(self, "export_button"):
            return
        text = self.source.text().strip()
        source = Path(text).expanduser()
        problem = ""
        drafts = kits = 0
        if not text:
            problem = self.tr("Choose the folder that holds the drafts.")
        elif not source.is_dir():
            problem = self.tr("“{folder}” is not a folder.").format(folder=text)
        else:
            drafts, kits = count_inputs(source)
            if not drafts and not kits:
                problem = self.tr("This folder holds no drafts (.presskit) or press kits "
                                  "(.presskit-kit).")
        if not problem and not self.outdir.text().strip():
            problem = self.tr("Choose the folder to export into.")
        if not problem and not self.formats():
            problem = self.tr("Choose at least one format.")
        if drafts or kits:
            self.found.setText(self.tr("Found: {drafts} draft(s), {kits} press kit(s)").format(
                drafts=drafts, kits=kits))
        else:
            self.found.setText("")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.export_button.setEnabled(not problem)

    def _pick_source(self) -> None:
        start = Path(self.source.text().strip() or Path.home())
        folder = FolderDialogs.pick(self, self.tr("Folder of Drafts"), start)
        if folder is not None:
            self.source.setText(str(folder))

    def _pick_outdir(self) -> None:
        start = Path(self.outdir.text().strip() or self.source.text().strip() or Path.home())
        folder = FolderDialogs.pick(self, self.tr("Export To"), start)
        if folder is not None:
            self._outdir_edited = True
            self.outdir.setText(str(folder))

    @classmethod
    def ask(cls, parent: QWidget | None, start: Path,
            formats: tuple[str, ...] = DEFAULT_FORMATS) -> FolderExportRequest | None:
        dlg = cls(parent, start, formats)
        try:
            return dlg.request() if dlg.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dlg.deleteLater()


class BatchProgressDialog(QDialog):
    """Done/total, the file being exported, the time left; Cancel (or Escape) stops."""

    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None, total: int = 0):
        super().__init__(parent)
        self.setObjectName("exportFolderProgress")
        self.setModal(False)
        self.status = QLabel(self)
        self.status.setObjectName("exportFolderStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.current = QLabel(self)
        self.current.setObjectName("exportFolderCurrent")
        self.current.setTextFormat(Qt.TextFormat.PlainText)
        self.left = QLabel(self)
        self.left.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.request_cancel)
        layout = QVBoxLayout(self)
        for w in (self.status, self.bar, self.current, self.left, self.buttons):
            layout.addWidget(w)
        self.setMinimumWidth(460)
        self.stopping = False
        self.progress: Progress | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Exporting Folder"))
        self.bar.setAccessibleName(self.tr("Export progress"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "bar"):
            self.retranslate()
        super().changeEvent(event)

    def update_progress(self, p: Progress) -> None:
        self.progress = p
        self._show()

    def _show(self) -> None:
        p = self.progress
        if self.stopping:
            self.status.setText(self.tr("Stopping…"))
        elif p is None:
            self.status.setText(self.tr("Starting…"))
        else:
            self.status.setText(self.tr("Exported {done} of {total}").format(done=p.done,
                                                                              total=p.total))
        if p is None:
            self.current.setText("")
            self.left.setText("")
            return
        self.bar.setRange(0, max(1, p.total))
        self.bar.setValue(p.done)
        self.current.setText(p.current.name if p.current is not None else "")
        left = p.seconds_left
        self.left.setText(duration_text(left) if left and p.done < p.total else "")

    def request_cancel(self) -> None:
        if not self.stopping:
            self.stopping = True
            self.buttons.setEnabled(False)
            self._show()
            self.cancelRequested.emit()

    def reject(self) -> None:  # Escape and the title bar's close stop the batch too
        self.request_cancel()


class BatchSummaryDialog(QDialog):
    """What the batch did: counts, renamed files, every error; Open Folder."""

    def __init__(self, parent: QWidget | None, result: BatchResult, outdir: Path):
        super().__init__(parent)
        self.setObjectName("exportFolderSummary")
        self.result_ = result
        self.outdir = outdir
        self.headline = QLabel(self)
        self.headline.setObjectName("exportFolderHeadline")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.details = QLabel(self)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.errors_label = QLabel(self)
        self.errors = QListWidget(self)
        self.errors.setObjectName("exportFolderErrors")
        self.errors.setWordWrap(True)
        self.errors_label.setBuddy(self.errors)
        for line in self.error_lines():
            self.errors.addItem(line)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = QPushButton(self)
        self.open_button.setEnabled(bool(result.exported))
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self.open_folder)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.headline, self.details, self.errors_label, self.errors, self.buttons):
            layout.addWidget(w)
        has_errors = bool(self.errors.count())
        self.errors_label.setVisible(has_errors)
        self.errors.setVisible(has_errors)
        self.setMinimumWidth(560)
        self.retranslate()

    def error_lines(self) -> list[str]:
        r = self.result_
        return [*r.problems, *(o.error for o in r.failed)]

    def retranslate(self) -> None:
        r = self.result_
        self.setWindowTitle(self.tr("Export Folder"))
        self.headline.setText(self.tr("Exported: {done}   Failed: {failed}").format(
            done=len(r.exported), failed=len(r.failed) + len(r.problems)))
        lines = []
        if r.cancelled or r.interrupted:
            lines.append(self.tr("Cancelled: {n} not exported.").format(n=r.not_done))
        if r.renamed:
            lines.append(self.tr("{n} renamed with -2, -3…: their name was already used in "
                                 "this export.").format(n=len(r.renamed)))
            lines.extend(f"{o.source.name} → {o.name}" for o in r.renamed)
        lines.append(self.tr("Folder: {folder}").format(folder=self.outdir))
        self.details.setText("\n".join(lines))
        self.errors_label.setText(self.tr("&Errors (these files were not exported):"))
        self.open_button.setText(self.tr("&Open Folder"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "open_button"):
            self.retranslate()
        super().changeEvent(event)

    def open_folder(self) -> bool:
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.outdir))))

    @classmethod
    def show_summary(cls, parent: QWidget | None, result: BatchResult, outdir: Path) -> None:
        dlg = cls(parent, result, outdir)
        try:
            dlg.exec()
        finally:
            dlg.deleteLater()
