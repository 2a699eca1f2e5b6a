"""Keeping the book tidy: deciding about possible duplicates, restoring a backup.

    merged, _ = MergeDialog.run(parent, book)          # number of merges made
    merged, _ = MergeDialog.run(parent, book, focus)   # pairs with these contacts first
    path, ok = RestoreDialog.choose(parent, backups)   # the backup to restore
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from presskit.contacts.db import ContactBook
from presskit.contacts.errors import ContactBookError
from presskit.contacts.model import BookContact, DuplicatePair
from presskit_ui.contacts.messages import ContactDialogs
from presskit_ui.widgets import plain_label


def describe(c: BookContact) -> str:
    """"Name — Organization — email, phone" on one line (plain text)."""
    parts = [c.name(), c.organization, ", ".join(c.emails), ", ".join(p.number for p in c.phones)]
    return " — ".join(" ".join(p.split()) for p in parts if p.strip())


class MergeDialog(QDialog):
    """Pairs that look alike (same email, phone or name): merge into either, or keep apart.

    Nothing is merged without a person deciding: colleagues share switchboards and
    newsroom addresses. "Keep Separate" records that the two are different people,
    and the pair is not suggested again.
    """

    merged = Signal(str)  # id of the contact kept
    kept_apart = Signal(str, str)  # ids of two contacts that are different people

    def __init__(self, parent: QWidget | None, book: ContactBook,
                 focus_ids: Iterable[str] = ()):
        super().__init__(parent)
        self.book = book
        self.focus_ids = set(focus_ids)
        self.count = 0
        self.kept = 0
        self.pairs: list[DuplicatePair] = []
        self.texts: list[tuple[str, str]] = []
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge Duplicates"))
        self.intro = plain_label("", self, wrap=True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("duplicatePairs")
        self.table.setAccessibleName(self.tr("Suggested duplicates"))
        self.table.setHorizontalHeaderLabels([self.tr("First contact"), self.tr("Second contact"),
                                              self.tr("Why")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.intro.setBuddy(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.keep_first = QPushButton(self.tr("Merge into &First"), self)
        self.keep_first.setToolTip(self.tr("Keep the first contact, completed with the second"))
        self.keep_second = QPushButton(self.tr("Merge into &Second"), self)
        self.keep_second.setToolTip(self.tr("Keep the second contact, completed with the first"))
        self.keep_both = QPushButton(self.tr("&Keep Separate"), self)
        self.keep_both.setToolTip(self.tr("They are different people: keep both and stop "
                                          "suggesting this pair"))
        for b in (self.keep_first, self.keep_second, self.keep_both):
            b.setAccessibleName(b.toolTip())
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        self.keep_first.clicked.connect(lambda: self.merge_current(keep_first=True))
        self.keep_second.clicked.connect(lambda: self.merge_current(keep_first=False))
        self.keep_both.clicked.connect(self.keep_current_apart)
        buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(860, 420)
        self.refresh()

    def refresh(self) -> None:
        pairs = self.book.duplicate_pairs()
        ids = list(dict.fromkeys(i for p in pairs for i in (p.first_id, p.second_id)))
        found = {c.id: c for c in self.book.get_many(ids)}
        pairs = [p for p in pairs if p.first_id in found and p.second_id in found]
        # The pairs of the contacts just imported first, in their order.
        self.pairs = sorted(pairs, key=lambda p: not ({p.first_id, p.second_id}
                                                      & self.focus_ids))
        self.texts = [(describe(found[p.first_id]), describe(found[p.second_id]))
                      for p in self.pairs]
        self.table.setRowCount(len(self.pairs))
        for row, (p, (first, second)) in enumerate(zip(self.pairs, self.texts, strict=True)):
            for col, text in enumerate((first, second, p.reason)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        self.intro.setText(
            self.tr("These contacts look alike: they share an email address, a phone number "
                    "or their name. Colleagues often share a switchboard or a newsroom "
                    "address, so merge two contacts only when they are the same person. "
                    "Merging keeps one, adds the other's phones, emails and lists to it, and "
                    "deletes the other.")
            if self.pairs else self.tr("No possible duplicates: no two contacts share an "
                                       "email address, a phone number or a name, apart from "
                                       "those kept separate."))
        if self.pairs:
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ok = self.table.currentRow() >= 0 and bool(self.pairs)
        for button in (self.keep_first, self.keep_second, self.keep_both):
            button.setEnabled(ok)

    def merge_current(self, keep_first: bool) -> bool:
        row = self.table.currentRow()
        if not 0 <= row < len(self.pairs):
            return False
        pair = self.pairs[row]
        keep, other = ((pair.first_id, pair.second_id) if keep_first
                       else (pair.second_id, pair.first_id))
        first, second = self.texts[row]
        kept, gone = (first, second) if keep_first else (second, first)
        if not ContactDialogs.confirm(
                self, self.tr("Merge Duplicates"),
                self.tr("Merge “{gone}” into “{kept}”?").format(gone=gone, kept=kept),
                self.tr("“{gone}” will be deleted; its phones, emails and lists go to the "
                        "contact kept. A backup is made every day.").format(gone=gone),
                self.tr("Merge")):
            return False
        try:
            self.book.merge(keep, other)
        except ContactBookError as exc:
            ContactDialogs.error(self, self.tr("Merge Duplicates"),
                                 self.tr("The contacts could not be merged."), str(exc))
            return False
        self.count += 1
        self.merged.emit(keep)
        self.refresh()
        return True

    def keep_current_apart(self) -> bool:
        """The selected pair are different people: remember it, stop suggesting them."""
        row = self.table.currentRow()
        if not 0 <= row < len(self.pairs):
            return False
        pair = self.pairs[row]
        try:
            self.book.keep_apart(pair.first_id, pair.second_id)
        except ContactBookError as exc:
            ContactDialogs.error(self, self.tr("Merge Duplicates"),
                                 self.tr("The decision could not be saved."), str(exc))
            return False
        self.kept += 1
        self.kept_apart.emit(pair.first_id, pair.second_id)
        self.refresh()
        self.table.selectRow(min(row, len(self.pairs) - 1))
        return True

    @classmethod
    def run(cls, parent: QWidget | None, book: ContactBook,
            focus_ids: Iterable[str] = ()) -> tuple[int, bool]:
        """Let a person decide about each pair; returns the number of merges made."""
        dlg = cls(parent, book, focus_ids)
        dlg.exec()
        return dlg.count, dlg.count > 0


def backup_label(path: Path) -> str:
    name = path.name
    try:
        stamp = dt.datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        size = path.stat().st_size
    except OSError:
        return name
    kind = ""
    if "before-restore" in name:
        kind = " — " + QCoreApplication.translate("RestoreDialog", "before a restore")
    elif "before-upgrade" in name:
        kind = " — " + QCoreApplication.translate("RestoreDialog", "before an upgrade")
    return f"{stamp}{kind} ({max(1, size // 1024)} KB) — {name}"


class RestoreDialog(QDialog):
    def __init__(self, parent: QWidget | None, backups: list[Path]):
        super().__init__(parent)
        self.backups = backups
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore Contact Book"))
        intro = plain_label(self.tr(
            "Choose a backup to go back to. The contact book as it is now is saved first, "
            "so a restore can itself be undone.") if backups else
            self.tr("There is no backup yet. A backup is made the first time the book is "
                    "opened each day."), self, wrap=True)
        self.list = QListWidget(self)
        self.list.setObjectName("backups")
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        for path in backups:
            item = QListWidgetItem(backup_label(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.list.addItem(item)
        if backups:
            self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = buttons.addButton(self.tr("&Restore"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(bool(backups))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    @classmethod
    def choose(cls, parent: QWidget | None, backups: list[Path]) -> tuple[Path | None, bool]:
        dlg = cls(parent, backups)
        accepted = dlg.exec() == QDialog.DialogCode.Accepted
        return dlg.chosen(), accepted and dlg.chosen() is not None
