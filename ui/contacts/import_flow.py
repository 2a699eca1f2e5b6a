"""Importing contact files: the CSV mapping step with its preview, and the import itself.

    mapping, ok = CsvMappingDialog.ask(parent, table)   # nothing is saved here
    ImportJob(book, runner, parent).start(items=..., path=...)
    merged = show_report(parent, book, report, title)   # and review possible duplicates

The import runs on the runner's worker thread with its own ``ContactBook``
connection (searches in the window are not blocked), in one transaction. A
``QProgressDialog`` shows the progress; Cancel sets an event the core checks
between records, and the transaction is rolled back: nothing is saved.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QProgressDialog,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from presskit.contacts.csvio import TARGETS, CsvTable
from presskit.contacts.db import ContactBook
from presskit.contacts.model import BookContact, ImportItem, ImportReport
from presskit_ui.contacts.maintenance_dialogs import MergeDialog
from presskit_ui.contacts.messages import ContactDialogs
from presskit_ui.runner import Failure, Runner
from presskit_ui.widgets import plain_label

PREVIEW_ROWS = 10
PREVIEW_COLUMNS = ("name", "organization", "role", "phones", "emails")


def target_labels() -> dict[str, str]:
    """The names of ``presskit.contacts.csvio.TARGETS`` in the interface language.

    Written out (the core is Qt-free) so that lupdate extracts them; a test checks that
    the keys follow TARGETS."""
    return {
        "": QCoreApplication.translate("CsvMappingDialog", "(ignore)"),
        "display_name": QCoreApplication.translate("CsvMappingDialog", "Display name"),
        "given_name": QCoreApplication.translate("CsvMappingDialog", "Given name"),
        "middle_name": QCoreApplication.translate("CsvMappingDialog", "Middle name"),
        "family_name": QCoreApplication.translate("CsvMappingDialog", "Family name"),
        "role": QCoreApplication.translate("CsvMappingDialog", "Role / job title"),
        "organization": QCoreApplication.translate("CsvMappingDialog", "Organization"),
        "phone:work": QCoreApplication.translate("CsvMappingDialog", "Work phone"),
        "phone:mobile": QCoreApplication.translate("CsvMappingDialog", "Mobile phone"),
        "phone:out-of-hours": QCoreApplication.translate("CsvMappingDialog", "Out-of-hours phone"),
        "phone:other": QCoreApplication.translate("CsvMappingDialog", "Other phone"),
        "phone:auto": QCoreApplication.translate("CsvMappingDialog", "Phone (kind from its type column)"),
        "email": QCoreApplication.translate("CsvMappingDialog", "Email"),
        "languages": QCoreApplication.translate("CsvMappingDialog", "Languages"),
        "country": QCoreApplication.translate("CsvMappingDialog", "Country"),
        "address": QCoreApplication.translate("CsvMappingDialog", "Address (kept in the notes)"),
        "notes": QCoreApplication.translate("CsvMappingDialog", "Notes"),
        "last_verified": QCoreApplication.translate("CsvMappingDialog", "Last verified"),
        "lists": QCoreApplication.translate("CsvMappingDialog", "Lists"),
        "id": QCoreApplication.translate("CsvMappingDialog", "Presskit id"),
    }


class CsvMappingDialog(QDialog):
    """One combo per CSV column (the detected target chosen) and the first rows as contacts."""

    def __init__(self, parent: QWidget | None, table: CsvTable):
        super().__init__(parent)
        self.table = table
        self.setObjectName("csvMappingDialog")
        self.setWindowTitle(self.tr("Import {source}").format(source=table.source))
        intro = plain_label(self.tr(
            "{rows} rows in “{source}”. Choose what each column holds; the preview shows "
            "how the first rows will be imported. Nothing is saved until you click Import.")
            .format(rows=len(table.rows), source=table.source), self, wrap=True)
        grid_widget = QWidget(self)
        grid = QGridLayout(grid_widget)
        grid.addWidget(plain_label(self.tr("Column"), grid_widget, wrap=True), 0, 0)
        grid.addWidget(plain_label(self.tr("Example"), grid_widget, wrap=True), 0, 1)
        grid.addWidget(plain_label(self.tr("Import as"), grid_widget, wrap=True), 0, 2)
        self.combos: list[QComboBox] = []
        first = table.rows[0] if table.rows else []
        for col, header in enumerate(table.headers):
            # A buddy label reads "&" as a mnemonic: "&&" shows a header's "&" as typed.
            name = plain_label((header or self.tr("(column {n})").format(n=col + 1))
                               .replace("&", "&&"), grid_widget, wrap=True)
            example = first[col] if col < len(first) else ""
            sample = plain_label(" ".join(example.split())[:40], grid_widget, wrap=False)
            sample.setEnabled(False)
            combo = QComboBox(grid_widget)
            labels = target_labels()
            for key, label in TARGETS.items():
                combo.addItem(labels.get(key, label), key)
            combo.setCurrentIndex(max(0, combo.findData(table.mapping[col])))
            combo.setAccessibleName(self.tr("Import column “{name}” as").format(name=header))
            combo.currentIndexChanged.connect(lambda _i: self.update_preview())
            name.setBuddy(combo)
            grid.addWidget(name, col + 1, 0)
            grid.addWidget(sample, col + 1, 1)
            grid.addWidget(combo, col + 1, 2)
            self.combos.append(combo)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_widget)
        scroll.setMinimumHeight(min(320, 40 + 34 * len(table.headers)))

        self.preview_label = plain_label("", self, wrap=True)
        self.preview = QTableWidget(0, len(PREVIEW_COLUMNS), self)
        self.preview.setObjectName("csvPreview")
        self.preview.setAccessibleName(self.tr("Preview of the first rows"))
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Organization"), self.tr("Role"), self.tr("Phones"),
             self.tr("Emails")])
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().setVisible(False)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.preview_label.setBuddy(self.preview)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(self.tr("&Import"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.resize(760, 640)
        self.update_preview()

    def mapping(self) -> list[str]:
        return [str(c.currentData()) for c in self.combos]

    def preview_contacts(self) -> list[BookContact]:
        return self.table.preview(PREVIEW_ROWS, self.mapping())

    def update_preview(self) -> None:
        contacts = self.preview_contacts()
        self.preview.setRowCount(len(contacts))
        for row, c in enumerate(contacts):
            values = (c.name(), c.organization, c.role,
                      ", ".join(p.number for p in c.phones), ", ".join(c.emails))
            for col, value in enumerate(values):
                self.preview.setItem(row, col, QTableWidgetItem(" ".join(value.split())))
        self.preview.resizeRowsToContents()
        shown = min(PREVIEW_ROWS, len(self.table.rows))
        self.preview_label.setText(
            self.tr("&Preview of the first {n} rows ({m} with a name, phone or email):")
            .format(n=shown, m=len(contacts)))
        useful = any(self.mapping())
        self.import_button.setEnabled(useful)

    @classmethod
    def ask(cls, parent: QWidget | None, table: CsvTable) -> tuple[list[str], bool]:
        dlg = cls(parent, table)
        accepted = dlg.exec() == QDialog.DialogCode.Accepted
        return dlg.mapping(), accepted


# -- the import job ---------------------------------------------------------------------------

def _read_items(path: Path) -> list[ImportItem]:
    from presskit.contacts.files import read_contact_file

    return read_contact_file(path)


class ImportJob(QObject):
    """One import on a worker thread, with a progress dialog that can cancel it.

    ``progressed(done, total)`` and ``finished(ImportReport)`` are emitted on the
    GUI thread; ``failed(str)`` when the file could not be read or the book was busy.
    """

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)

    KEY = "contacts-import"

    def __init__(self, book: ContactBook, runner: Runner, parent: QWidget):
        super().__init__(parent)
        self.book = book
        self.runner = runner
        self.parent_widget = parent
        self.cancel_event = threading.Event()
        self.dialog: QProgressDialog | None = None
        self.report: ImportReport | None = None
        self.updates = 0

    def start(self, *, items: list[ImportItem] | None = None, path: Path | None = None,
              label: str = "") -> None:
        """Import *items* (rows already mapped), or the file at *path*: one of the two."""
        source = items if items is not None else path
        if source is None:
            raise ValueError("ImportJob.start needs items or a path")
        dlg = QProgressDialog(self.parent_widget)
        dlg.setObjectName("importProgress")
        dlg.setWindowTitle(self.tr("Importing Contacts"))
        dlg.setLabel(plain_label(label or self.tr("Reading the file…"), dlg, wrap=True))
        dlg.setCancelButtonText(self.tr("Cancel"))
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(0)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        dlg.setRange(0, 0)
        dlg.canceled.connect(self.cancel)
        dlg.show()
        self.dialog = dlg
        book_path, region, cancel = self.book.path, self.book.default_region, self.cancel_event

        def work(progress: Callable[[str], None]) -> ImportReport:
            records = source if isinstance(source, list) else _read_items(source)
            if cancel.is_set():
                return ImportReport(total=len(records), cancelled=True)
            # A connection of its own: the window keeps searching while this one writes.
            worker_book = ContactBook(book_path, default_region=region)
            try:
                def report_progress(done: int, total: int) -> bool:
                    progress(f"{done}/{total}")
                    return not cancel.is_set()

                return worker_book.import_items(records, progress=report_progress,
                                                cancel=cancel)
            finally:
                worker_book.close()

        self.runner.submit(work, key=self.KEY, on_success=self._done,
                           on_failure=self._failed, on_progress=self._progress)

    def cancel(self) -> None:
        self.cancel_event.set()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Cancelling: nothing will be saved…"))

    def is_running(self) -> bool:
        return self.runner.is_busy(self.KEY)

    def _progress(self, text: str) -> None:
        done, _, total = text.partition("/")
        d, t = int(done), int(total)
        self.updates += 1
        if self.dialog is not None and not self.cancel_event.is_set():
            if self.dialog.maximum() != t:
                self.dialog.setRange(0, t)
                self.dialog.setLabelText(self.tr("Importing {n} records…").format(n=t))
            self.dialog.setValue(d)
        self.progressed.emit(d, t)

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _done(self, report: ImportReport) -> None:
        self._close_dialog()
        self.report = report
        self.finished.emit(report)

    def _failed(self, failure: Failure) -> None:
        self._close_dialog()
        self.failed.emit(str(failure.error) or type(failure.error).__name__)


def report_text(report: ImportReport) -> str:
    """The one-line summary: "N imported, M merged (same person), K possible duplicates
    kept separate, S skipped (why)"."""
    if report.cancelled:
        return QCoreApplication.translate("ImportJob", "Import cancelled: nothing was saved.")
    return str(report)


def _first(lines: list[str], n: int = 5) -> str:
    more = len(lines) - n
    tail = ["\n" + QCoreApplication.translate("ImportJob", "… and {n} more").format(n=more)
            ] if more > 0 else []
    return "\n".join(lines[:n]) + "".join(tail)


def report_details(report: ImportReport) -> str:
    """The possible duplicates kept separate, then the warnings (five of each at most)."""
    parts = []
    if report.possible and not report.cancelled:
        parts.append(QCoreApplication.translate(
            "ImportJob", "Kept separate, for you to compare:") + "\n"
            + _first([str(p) for p in report.possible]))
    if report.warnings:
        parts.append(_first(list(report.warnings)))
    return "\n\n".join(parts)


def show_report(parent: QWidget, book: ContactBook, report: ImportReport, title: str) -> int:
    """Tell what an import did; when it kept possible duplicates, offer to review them now.

    Returns the number of merges made in that review (0 when none was made).
    """
    text, details = report_text(report), report_details(report)
    if not report.possible or report.cancelled:
        ContactDialogs.info(parent, title, text, details)
        return 0
    if not ContactDialogs.offer(parent, title, text, details, QCoreApplication.translate(
            "ImportJob", "&Review Possible Duplicates…")):
        return 0
    merged, _ = MergeDialog.run(parent, book, {p.contact_id for p in report.possible})
    return merged
