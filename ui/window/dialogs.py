"""The editor's dialogs, each a classmethod returning the user's answer in one line.

    choice = UnsavedChangesDialog.ask(parent, "communique.presskit")

Tests monkeypatch these classmethods. Every text a user typed (names, titles,
file names, error messages quoting them) is shown as plain text, never as HTML.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication as QCA
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from presskit.draft import FieldProblem
from presskit.draft_safety import AutosaveEntry
from presskit.newrelease import RELEASE_LANGUAGES, language_name
from presskit.preferences import Preferences
from presskit_ui.widgets import CountryCombo, InfoDialog, clicked_role, message_box, plain_tooltip
from presskit_ui.window.field_names import problem_message


class UnsavedChangesDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> str:
        """Returns ``"save"``, ``"discard"`` or ``"cancel"``."""
        box = message_box(parent, QMessageBox.Icon.Warning, QCA.translate("Dialogs", "Unsaved changes"),
                          QCA.translate("Dialogs", "Save the changes to “{name}” before closing?").format(name=name),
                          QCA.translate("Dialogs", "If you don't save, your changes will be lost."))
        save = box.addButton(QMessageBox.StandardButton.Save)
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        return clicked_role(box, {save: "save", discard: "discard", cancel: "cancel"}, "cancel")


class DamagedDraftDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, path: Path, reason: str, backup: Path | None,
            newer: bool = False) -> bool:
        """Explain why *path* cannot be opened; returns True to open the backup instead."""
        if newer:
            text = QCA.translate("Dialogs", "“{name}” was saved by a newer version of Presskit.").format(name=path.name)
            info = QCA.translate("Dialogs", "Update Presskit to open it. The file has not been changed.")
        else:
            text = QCA.translate("Dialogs", "“{name}” is damaged and cannot be opened.").format(name=path.name)
            info = QCA.translate("Dialogs", "The file has not been changed.")
        if backup is not None:
            info += "\n\n" + QCA.translate(
                "Dialogs", "A backup of the previous version exists: “{name}”. Open it as a new, "
                "untitled copy?").format(name=backup.name)
        box = message_box(parent, QMessageBox.Icon.Warning, QCA.translate("Dialogs", "Cannot open draft"),
                          text, info)
        box.setDetailedText(reason)
        opened = None
        if backup is not None:
            opened = box.addButton(QCA.translate("Dialogs", "Open Backup"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(opened)
        else:
            box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()
        return opened is not None and box.clickedButton() is opened


class UnusableFieldsDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, path: Path, problems: list[FieldProblem],
            backup: Path | None) -> str:
        """Some fields of *path* cannot be used: ``"open"`` it anyway with them left empty,
        open the ``"backup"`` instead (when there is one) or ``"cancel"``."""
        if len(problems) == 1:
            text = QCA.translate("Dialogs", "One field of “{name}” cannot be used.").format(name=path.name)
        else:
            text = QCA.translate("Dialogs", "{n} fields of “{name}” cannot be used.").format(
                n=len(problems), name=path.name)
        info = QCA.translate("Dialogs", "Open it anyway with those fields left empty and marked? "
                             "The file is not changed until you save it.")
        info += "\n\n" + "\n".join(problem_message(p) for p in problems)
        box = message_box(parent, QMessageBox.Icon.Warning,
                          QCA.translate("Dialogs", "Draft with unusable fields"), text, info)
        opened = box.addButton(QCA.translate("Dialogs", "Open Anyway"), QMessageBox.ButtonRole.AcceptRole)
        mapping: dict[QAbstractButton, str] = {opened: "open"}
        if backup is not None:
            bak = box.addButton(QCA.translate("Dialogs", "Open Backup"), QMessageBox.ButtonRole.ActionRole)
            mapping[bak] = "backup"
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        mapping[cancel] = "cancel"
        box.setDefaultButton(opened)
        box.setEscapeButton(cancel)
        return clicked_role(box, mapping, "cancel")


class AlreadyOpenDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, path: Path, same_process: bool) -> str:
        """A draft is open elsewhere: ``"switch"`` (same process), ``"open"`` or ``"cancel"``."""
        if same_process:
            text = QCA.translate("Dialogs", "“{name}” is already open in another window.").format(name=path.name)
            info = QCA.translate("Dialogs", "Editing it in two windows would let one overwrite the other's changes.")
        else:
            text = QCA.translate("Dialogs", "“{name}” is already open in another Presskit.").format(name=path.name)
            info = QCA.translate("Dialogs", "If both save, one will overwrite the other's changes. "
                                 "Open it here only if the other Presskit is not using it.")
        box = message_box(parent, QMessageBox.Icon.Warning, QCA.translate("Dialogs", "Draft already open"),
                          text, info)
        switch = None
        if same_process:
            switch = box.addButton(QCA.translate("Dialogs", "Show That Window"), QMessageBox.ButtonRole.AcceptRole)
            mapping: dict[QAbstractButton, str] = {switch: "switch"}
        else:
            anyway = box.addButton(QCA.translate("Dialogs", "Open Anyway"), QMessageBox.ButtonRole.DestructiveRole)
            mapping = {anyway: "open"}
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(switch or cancel)
        mapping[cancel] = "cancel"
        return clicked_role(box, mapping, "cancel")


class RecoveryDialog(QDialog):
    """Offers the autosaves left by a crashed or killed editor."""

    def __init__(self, parent: QWidget | None, entries: list[AutosaveEntry]):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover Unsaved Work"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Presskit was not closed properly. Your work from the last "
                               "session was saved automatically. Tick what to recover:"), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Autosaved releases"))
        for entry in entries:
            when = dt.datetime.fromtimestamp(entry.saved_at).strftime("%Y-%m-%d %H:%M")
            name = Path(entry.original).name if entry.original else self.tr("Never saved")
            title = entry.title or self.tr("(no title)")
            item = QListWidgetItem(f"{title}\n{name} · {when}")
            item.setToolTip(plain_tooltip(entry.original or ""))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, entry.ident)
            self.list.addItem(item)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(self)
        self.recover = buttons.addButton(self.tr("&Recover"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.discard = buttons.addButton(self.tr("&Discard All"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.later = buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.choice = "later"
        self.recover.clicked.connect(lambda: self._done("recover"))
        self.discard.clicked.connect(lambda: self._done("discard"))
        self.later.clicked.connect(lambda: self._done("later"))
        layout.addWidget(buttons)
        self.entries = entries

    def _done(self, choice: str) -> None:
        self.choice = choice
        self.accept() if choice != "later" else self.reject()

    def checked(self) -> list[AutosaveEntry]:
        ids = {self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
               if self.list.item(i).checkState() == Qt.CheckState.Checked}
        return [e for e in self.entries if e.ident in ids]

    @classmethod
    def ask(cls, parent: QWidget | None, entries: list[AutosaveEntry]
            ) -> tuple[list[AutosaveEntry], list[AutosaveEntry]]:
        """Returns (to recover, to discard); entries in neither are kept for next time."""
        dlg = cls(parent, entries)
        dlg.exec()
        choice, checked = dlg.choice, dlg.checked()
        dlg.deleteLater()
        if choice == "recover":
            return checked, [e for e in entries if e not in checked]
        if choice == "discard":
            return [], list(entries)
        return [], []


UI_LANGUAGES = (("", "System default"), ("en", "English"), ("fr", "Français"))


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None, prefs: Preferences):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout()
        self.ui_language = QComboBox(self)
        for code, name in UI_LANGUAGES:
            self.ui_language.addItem(self.tr("System default") if not code else name, code)
        self.ui_language.setCurrentIndex(max(0, self.ui_language.findData(prefs.get("ui_language"))))
        self.ui_language.setAccessibleName(self.tr("Interface language"))
        form.addRow(self.tr("&Interface language:"), self.ui_language)
        self.autosave = QSpinBox(self)
        self.autosave.setRange(5, 600)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setValue(int(prefs.autosave_seconds))
        self.autosave.setAccessibleName(self.tr("Autosave interval in seconds"))
        self.autosave.setToolTip(self.tr("Work is autosaved 2 seconds after you stop typing, and "
                                         "at least this often while you type without a pause"))
        form.addRow(self.tr("&Autosave every:"), self.autosave)
        self.release_language = QComboBox(self)
        self.release_language.addItem(self.tr("Automatic: the profile’s, else the last release’s"),
                                      "")
        chosen = str(prefs.get("default_language") or "")
        for code in (*RELEASE_LANGUAGES, *([chosen] if chosen not in RELEASE_LANGUAGES else [])):
            if code:
                self.release_language.addItem(language_name(code, code), code)
        self.release_language.setCurrentIndex(max(0, self.release_language.findData(chosen)))
        self.release_language.setAccessibleName(self.tr("Default language of new releases"))
        form.addRow(self.tr("&New releases in:"), self.release_language)
        from presskit.phones import system_country

        system = system_country()
        self.home_country = CountryCombo(
            self.tr("System locale ({country})").format(country=system) if system
            else self.tr("None: numbers without +CC print as typed"), self)
        self.home_country.set_code(str(prefs.get("home_country") or ""))
        self.home_country.setAccessibleName(self.tr("Home country of phone numbers"))
        self.home_country.setToolTip(self.tr("Phone numbers typed without +CC, for contacts with "
                                             "no country of their own, belong to this country"))
        form.addRow(self.tr("&Home country:"), self.home_country)
        note = QLabel(self.tr("The interface language does not change the language a release "
                              "is written in."), self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def edit(cls, parent: QWidget | None, prefs: Preferences) -> bool:
        """Edit and persist the preferences; returns True if anything was saved."""
        dlg = cls(parent, prefs)
        accepted = dlg.exec() == QDialog.DialogCode.Accepted
        if accepted:
            prefs.set("ui_language", dlg.ui_language.currentData() or "")
            prefs.set("autosave_seconds", int(dlg.autosave.value()))
            prefs.set("home_country", dlg.home_country.code())
            prefs.set("default_language", str(dlg.release_language.currentData() or ""))
            try:
                prefs.save()
            except OSError as exc:
                InfoDialog.show(parent, QCA.translate("PreferencesDialog", "Preferences"),
                                QCA.translate("PreferencesDialog", "The preferences could not be saved."),
                                exc.strerror or str(exc), warning=True)
        dlg.deleteLater()
        return accepted


class FileDialogs:
    """Qt's own file dialogs (translated by the qtbase catalog)."""

    @classmethod
    def open_drafts(cls, parent: QWidget | None, folder: Path) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            parent, QCA.translate("Dialogs", "Open Draft"), str(folder),
            QCA.translate("Dialogs", "Presskit drafts and kits (*.presskit *.presskit-kit);;"
                                     "Backups (*.presskit.bak *.presskit-kit.bak);;All files (*)"))
        return [Path(n) for n in names]

    @classmethod
    def save_draft(cls, parent: QWidget | None, suggested: Path,
                   file_filter: str | None = None) -> Path | None:
        """*file_filter*: another kind's (a press kit's) instead of the drafts'."""
        name, _ = QFileDialog.getSaveFileName(
            parent, QCA.translate("Dialogs", "Save Draft As"), str(suggested),
            file_filter or QCA.translate("Dialogs", "Presskit drafts (*.presskit)"))
        return Path(name) if name else None

    @classmethod
    def export_file(cls, parent: QWidget | None, fmt_name: str, suggested: Path, pattern: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent, QCA.translate("Dialogs", "Export as {format}").format(format=fmt_name),
            str(suggested), f"{fmt_name} (*{pattern})")
        return Path(name) if name else None

    @classmethod
    def export_folder(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        name = QFileDialog.getExistingDirectory(
            parent, QCA.translate("Dialogs", "Export All Formats to Folder"), str(suggested))
        return Path(name) if name else None
