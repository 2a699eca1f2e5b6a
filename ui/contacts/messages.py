"""Small questions and messages of the contact book, as classmethods tests can monkeypatch.

    if ContactDialogs.confirm(parent, title, text, informative, ok_text): ...
    if ContactDialogs.offer(parent, title, text, informative, ok_text): ...   # or Close
    name, ok = ContactDialogs.ask_text(parent, title, label, text)

Every message is plain text: names and file names a user typed are never read as HTML.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from presskit_ui.widgets import ConfirmDialog, message_box, plain_label


class TextDialog(QDialog):
    """One line of text with a label (a plain-text QInputDialog)."""

    def __init__(self, parent: QWidget | None, title: str, label: str, text: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.label = plain_label(label, self, wrap=True)
        self.edit = QLineEdit(text, self)
        self.edit.setAccessibleName(label.replace("&", ""))
        self.edit.selectAll()
        self.label.setBuddy(self.edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.edit.textChanged.connect(lambda s: self.ok_button.setEnabled(bool(s.strip())))
        self.ok_button.setEnabled(bool(text.strip()))
        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)
        self.resize(max(self.sizeHint().width(), 360), self.sizeHint().height())


class ContactDialogs:
    @classmethod
    def info(cls, parent: QWidget | None, title: str, text: str, informative: str = "") -> None:
        message_box(parent, QMessageBox.Icon.Information, title, text, informative).exec()

    @classmethod
    def warn(cls, parent: QWidget | None, title: str, text: str, informative: str = "") -> None:
        message_box(parent, QMessageBox.Icon.Warning, title, text, informative).exec()

    @classmethod
    def error(cls, parent: QWidget | None, title: str, text: str, informative: str = "") -> None:
        message_box(parent, QMessageBox.Icon.Critical, title, text, informative).exec()

    @classmethod
    def confirm(cls, parent: QWidget | None, title: str, text: str, informative: str,
                ok_text: str) -> bool:
        return ConfirmDialog.ask(parent, title, text, informative, ok_text)

    @classmethod
    def offer(cls, parent: QWidget | None, title: str, text: str, informative: str,
              ok_text: str) -> bool:
        """An information with one thing to do now (*ok_text*) or a Close button."""
        box = message_box(parent, QMessageBox.Icon.Information, title, text, informative)
        ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
        close = box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(ok)
        box.setEscapeButton(close)
        box.exec()
        return box.clickedButton() is ok

    @classmethod
    def ask_text(cls, parent: QWidget | None, title: str, label: str,
                 text: str = "") -> tuple[str, bool]:
        dlg = TextDialog(parent, title, label, text)
        accepted = dlg.exec() == QDialog.DialogCode.Accepted
        return dlg.edit.text().strip(), accepted

    @classmethod
    def open_import_file(cls, parent: QWidget | None, folder: Path) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("ContactDialogs", "Import Contacts"), str(folder),
            QCoreApplication.translate("ContactDialogs", "Contact files (*.vcf *.vcard *.csv *.tsv *.txt);;vCard (*.vcf *.vcard);;"
               "CSV (*.csv *.tsv *.txt)"))
        return Path(name) if name else None

    @classmethod
    def export_file(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        name, chosen = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("ContactDialogs", "Export Contacts"), str(suggested),
            QCoreApplication.translate("ContactDialogs", "vCard (*.vcf);;CSV for Excel (*.csv)"))
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".vcf", ".vcard", ".csv"):
            path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".vcf")
        return path
