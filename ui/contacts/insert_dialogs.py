"""Putting book contacts into a release, and release contacts into the book.

    contacts, ok = InsertListDialog.pick(parent, book, "fr_FR")      # a list, in order
    contacts, ok = InsertContactDialog.pick(parent, book, "fr_FR")   # searched, multi-select
    name, ok = SaveListDialog.ask(parent, book, n)                   # name for a new/old list
    indexes, ok = BookUpdateDialog.ask(parent, outdated)             # copies to refresh

The returned ``presskit.model.Contact`` objects are copies made with the core's
``to_release_contact`` for the release language, linked to their entries with
``book_id`` / ``book_updated``, so the draft stays self-contained. Contacts not
verified for 12 months are marked in the dialogs, and :class:`StaleWarning`
warns once they are inserted.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from presskit.contacts.db import ContactBook
from presskit.contacts.model import BookContact
from presskit.contacts.release_links import Outdated, release_copies
from presskit.contacts.validate import is_stale
from presskit.model import Contact
from presskit_ui.contacts.messages import ContactDialogs
from presskit_ui.contacts.table_model import ContactTableModel, FitColumns, verified_text
from presskit_ui.context import AppContext
from presskit_ui.widgets import plain_label

LIST_ID = Qt.ItemDataRole.UserRole + 1



def contact_line(c: BookContact) -> str:
    parts = [c.name(), ", ".join(x for x in (c.role, c.organization) if x)]
    return " — ".join(" ".join(p.split()) for p in parts if p.strip())


class InsertListDialog(QDialog):
    """Lists on the left, the chosen list's contacts (in order) on the right; OK inserts."""

    def __init__(self, parent: QWidget | None, book: ContactBook, language: str,
                 last_list: str | None = None):
        super().__init__(parent)
        self.book = book
        self.language = language
        self.members: list[BookContact] = []
        self.setObjectName("insertListDialog")
        self.setWindowTitle(self.tr("Insert List"))
        self.lists = QListWidget(self)
        self.lists.setObjectName("lists")
        self.lists.setAccessibleName(self.tr("Saved lists"))
        lists_label = QLabel(self.tr("&List:"), self)
        lists_label.setBuddy(self.lists)
        self.contacts = QListWidget(self)
        self.contacts.setObjectName("members")
        self.contacts.setAccessibleName(self.tr("Contacts of the list, in order"))
        self.contacts.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.contacts.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.contacts.setWordWrap(True)
        self.contacts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contacts.setIconSize(QSize(16, 16))
        members_label = QLabel(self.tr("Contacts, in this order:"), self)
        members_label.setBuddy(self.contacts)
        self.note = plain_label("", self, wrap=True)
        self.note.setObjectName("staleNote")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.addButton(self.tr("&Insert"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addWidget(lists_label)
        left.addWidget(self.lists, 1)
        right = QVBoxLayout()
        right.addWidget(members_label)
        right.addWidget(self.contacts, 1)
        right.addWidget(self.note)
        row = QHBoxLayout()
        row.addLayout(left, 2)
        row.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self._warn_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        blank = QPixmap(16, 16)
        blank.fill(Qt.GlobalColor.transparent)
        self._blank_icon = QIcon(blank)  # keeps the names aligned with the marked ones
        self.lists.currentItemChanged.connect(lambda *_a: self._show_members())
        self.lists.itemDoubleClicked.connect(lambda _i: self.accept() if self.members else None)
        start = -1
        for row_i, lst in enumerate(book.lists()):
            item = QListWidgetItem(self.tr("{name} ({n})").format(name=lst.name, n=lst.count))
            item.setData(LIST_ID, lst.id)
            self.lists.addItem(item)
            if lst.id == last_list or (start < 0 and lst.count):
                start = row_i
        if not self.lists.count():
            self.note.setText(self.tr("There is no saved list yet. Make one in the contact book "
                                      "(Tools ▸ Contact Book…) or with “Save as List…”."))
        self.lists.setCurrentRow(max(start, 0))
        self._show_members()
        self.lists.setFocus()
        self.resize(640, 420)

    def list_id(self) -> str:
        item = self.lists.currentItem()
        return str(item.data(LIST_ID)) if item is not None else ""

    def _show_members(self) -> None:
        list_id = self.list_id()
        self.members = self.book.list_contacts(list_id) if list_id else []
        self.contacts.clear()
        stale = 0
        for c in self.members:
            item = QListWidgetItem(contact_line(c))
            item.setIcon(self._blank_icon)
            if is_stale(c):
                stale += 1
                item.setIcon(self._warn_icon)
                item.setToolTip(verified_text(c))
                item.setText(f"{item.text()} — {verified_text(c)}")
            self.contacts.addItem(item)
        if list_id and not self.members:
            self.note.setText(self.tr("This list is empty."))
        elif list_id:
            self.note.setText(
                self.tr("{n} of these contacts were not verified for 12 months: check them "
                        "before sending.").format(n=stale) if stale else "")
        self.ok_button.setEnabled(bool(self.members))

    def chosen(self) -> list[Contact]:
        return release_copies(self.members, self.language)

    @classmethod
    def pick(cls, parent: QWidget | None, book: ContactBook, language: str,
             ctx: AppContext | None = None) -> tuple[list[Contact], bool]:
        """The chosen list's contacts as release copies. *ctx* remembers the list picked
        (``last_contact_list``), which comes first selected next time."""
        dlg = cls(parent, book, language, ctx.last_contact_list if ctx is not None else None)
        accepted = dlg.exec() == QDialog.DialogCode.Accepted
        if accepted and dlg.list_id() and ctx is not None:
            ctx.last_contact_list = dlg.list_id()
        return (dlg.chosen() if accepted else []), accepted


class InsertContactDialog(QDialog):
    """Search the book and pick one or several contacts."""

    def __init__(self, parent: QWidget | None, book: ContactBook, language: str):
        super().__init__(parent)
        self.book = book
        self.language = language
        self.setObjectName("insertContactDialog")
        self.setWindowTitle(self.tr("Insert Contacts"))
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search names, organizations, roles, emails"))
        self.search.setAccessibleName(self.tr("Search contacts"))
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)
        self.model = ContactTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("results")
        self.table.setAccessibleName(self.tr("Contacts found; select one or several"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.columns = FitColumns(self.table)
        self.note = plain_label("", self, wrap=True)
        self.note.setObjectName("staleNote")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.addButton(self.tr("&Insert"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        row = QHBoxLayout()
        row.addWidget(search_label)
        row.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self._timer = QTimer(self, singleShot=True, interval=100)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.installEventFilter(self)
        self.refresh()
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection())
        self._selection()
        self.resize(880, 480)

    def refresh(self) -> None:
        self._timer.stop()
        keep = {c.id for c in self.selected()}
        self.model.set_contacts(self.book.search(self.search.text(), limit=200))
        sel = self.table.selectionModel()
        for cid in keep:
            row = self.model.row_of(cid)
            if row >= 0:
                sel.select(self.model.index(row, 0), sel.SelectionFlag.Select
                           | sel.SelectionFlag.Rows)

    def _to_table(self) -> None:
        if self._timer.isActive():
            self.refresh()  # Return typed before the debounce: search now
        self.table.setFocus()
        if not self.selected() and self.model.rowCount():
            self.table.selectRow(0)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # Qt API name
        # Return in the search field goes to the results (not to the Insert button);
        # Return there inserts.
        if obj is self.search and event.type() == QEvent.Type.KeyPress and isinstance(
                event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._to_table()
            return True
        return super().eventFilter(obj, event)

    def selected(self) -> list[BookContact]:
        sel = self.table.selectionModel()
        if sel is None:
            return []
        rows = sorted({i.row() for i in sel.selectedRows()})
        return [c for r in rows if (c := self.model.contact(r)) is not None]

    def _selection(self) -> None:
        chosen = self.selected()
        self.ok_button.setEnabled(bool(chosen))
        stale = [c for c in chosen if is_stale(c)]
        self.note.setText(self.tr("Not verified for 12 months: {names}. Check them before "
                                  "sending.").format(names=", ".join(c.name() for c in stale))
                          if stale else "")

    def chosen(self) -> list[Contact]:
        return release_copies(self.selected(), self.language)

    @classmethod
    def pick(cls, parent: QWidget | None, book: ContactBook,
             language: str) -> tuple[list[Contact], bool]:
        dlg = cls(parent, book, language)
        accepted = dlg.exec() == QDialog.DialogCode.Accepted
        return (dlg.chosen() if accepted else []), accepted


class SaveListDialog(QDialog):
    """The name of the list to save the release's contacts as (a new or an existing list)."""

    def __init__(self, parent: QWidget | None, book: ContactBook, count: int,
                 suggested: str = ""):
        super().__init__(parent)
        self.book = book
        self.setObjectName("saveListDialog")
        self.setWindowTitle(self.tr("Save Contacts as a List"))
        intro = plain_label(self.tr(
            "The {n} contacts of this release are saved in the contact book (contacts that "
            "are not in it yet are added) and become a list, in this order.").format(n=count),
            self, wrap=True)
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setAccessibleName(self.tr("Name of the list"))
        for lst in book.lists():
            self.combo.addItem(lst.name)
        self.combo.setCurrentText(suggested)
        label = QLabel(self.tr("List &name:"), self)
        label.setBuddy(self.combo)
        self.note = plain_label("", self, wrap=True)
        self.note.setObjectName("replaceNote")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button: QPushButton = buttons.addButton(self.tr("&Save"),
                                                        QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.combo.currentTextChanged.connect(lambda _t: self._update())
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.combo, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._update()
        self.resize(480, self.sizeHint().height())

    def name(self) -> str:
        return " ".join(self.combo.currentText().split())

    def _update(self) -> None:
        name = self.name()
        self.ok_button.setEnabled(bool(name))
        existing = self.book.find_list(name) if name else None
        self.note.setText(self.tr("The list “{name}” exists: its contacts will be replaced by "
                                  "these.").format(name=existing.name) if existing else "")

    @classmethod
    def ask(cls, parent: QWidget | None, book: ContactBook, count: int,
            suggested: str = "") -> tuple[str, bool]:
        dlg = cls(parent, book, count, suggested)
        accepted = dlg.exec() == QDialog.DialogCode.Accepted
        return dlg.name(), accepted and bool(dlg.name())


class BookUpdateDialog(QDialog):
    """Release contacts whose book entry changed since: tick the ones to update."""

    def __init__(self, parent: QWidget | None, changes: list[Outdated]):
        super().__init__(parent)
        self.changes = changes
        self.setObjectName("bookUpdateDialog")
        self.setWindowTitle(self.tr("Contacts Changed in the Book"))
        intro = plain_label(self.tr(
            "These contacts were changed in the contact book since they were put into this "
            "release. Update the release's copies?"), self, wrap=True)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Contacts to update"))
        self.tree.setHeaderLabels([self.tr("In the release"), self.tr("In the book now")])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        for change in changes:
            item = QTreeWidgetItem([self._text(change.old), self._text(change.new)])
            item.setCheckState(0, Qt.CheckState.Checked)
            self.tree.addTopLevelItem(item)
        self.tree.header().setStretchLastSection(True)
        self.tree.setColumnWidth(0, 300)
        buttons = QDialogButtonBox(self)
        update = buttons.addButton(self.tr("&Update Release"),
                                   QDialogButtonBox.ButtonRole.AcceptRole)
        update.setDefault(True)
        buttons.addButton(self.tr("&Keep as It Is"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(680, 320)

    @staticmethod
    def _text(c: Contact) -> str:
        return "\n".join(x for x in (c.name, c.role, c.phone, c.email) if x.strip())

    def checked(self) -> list[int]:
        out = []
        for i, change in enumerate(self.changes):
            item = self.tree.topLevelItem(i)
            if item is not None and item.checkState(0) == Qt.CheckState.Checked:
                out.append(change.index)
        return out

    @classmethod
    def ask(cls, parent: QWidget | None, changes: list[Outdated]) -> tuple[list[int], bool]:
        """Indexes (in the release's contacts) to update, and whether the user agreed."""
        dlg = cls(parent, changes)
        accepted = dlg.exec() == QDialog.DialogCode.Accepted
        return (dlg.checked() if accepted else []), accepted


class StaleWarning:
    @classmethod
    def show(cls, parent: QWidget | None, warnings: list[str]) -> None:
        ContactDialogs.warn(parent, QCoreApplication.translate("InsertDialogs", "Contacts Not Verified"),
                            QCoreApplication.translate("InsertDialogs", "Some inserted contacts were not verified for 12 months."),
                            "\n".join(warnings))
