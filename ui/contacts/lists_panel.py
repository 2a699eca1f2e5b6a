"""The side panel of the book window: "All contacts" and the saved lists; new, rename, delete.

Choosing a list shows its members, in the list's order, in the window's table.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from presskit.contacts.db import ContactBook
from presskit.contacts.errors import ContactBookError
from presskit.contacts.model import ContactList
from presskit_ui.contacts.messages import ContactDialogs

LIST_ID = Qt.ItemDataRole.UserRole + 1


class ListsPanel(QWidget):
    selected = Signal(str)  # list id, "" = all contacts
    changed = Signal()  # a list was created, renamed or deleted

    def __init__(self, book: ContactBook, parent: QWidget | None = None):
        super().__init__(parent)
        self.book = book
        self.lists: list[ContactList] = []
        caption = QLabel(self.tr("&Lists"), self)
        self.view = QListWidget(self)
        self.view.setObjectName("contactLists")
        self.view.setAccessibleName(self.tr("Contact lists"))
        caption.setBuddy(self.view)
        self.new_button = QPushButton(self.tr("&New…"), self)
        self.new_button.setToolTip(self.tr("Create a list"))
        self.rename_button = QPushButton(self.tr("Rena&me…"), self)
        self.rename_button.setToolTip(self.tr("Rename the selected list (F2)"))
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected list; its contacts stay"))
        for b in (self.new_button, self.rename_button, self.delete_button):
            b.setAccessibleName(b.toolTip())
            b.setAutoDefault(False)
        self.new_button.clicked.connect(lambda: self.new_list())
        self.rename_button.clicked.connect(lambda: self.rename_current())
        self.delete_button.clicked.connect(lambda: self.delete_current())
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for b in (self.new_button, self.rename_button, self.delete_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view.currentItemChanged.connect(self._current_changed)
        self.refresh()

    # -- content ---------------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        """Reload the lists, keeping (or moving to *select*) the selected one."""
        keep = self.current_list_id() if select is None else select
        self.lists = self.book.lists()
        self.view.blockSignals(True)
        try:
            self.view.clear()
            everyone = QListWidgetItem(self.tr("All contacts ({n})").format(n=self.book.count()))
            everyone.setData(LIST_ID, "")
            self.view.addItem(everyone)
            row = 0
            for i, lst in enumerate(self.lists, 1):
                item = QListWidgetItem(self.tr("{name} ({n})").format(name=lst.name, n=lst.count))
                item.setData(LIST_ID, lst.id)
                item.setToolTip("")
                self.view.addItem(item)
                if lst.id == keep:
                    row = i
            self.view.setCurrentRow(row)
        finally:
            self.view.blockSignals(False)
        self._update_buttons()
        if keep and row == 0:
            self.selected.emit("")  # the list shown was deleted

    def current_list_id(self) -> str:
        item = self.view.currentItem()
        return str(item.data(LIST_ID) or "") if item is not None else ""

    def current_list(self) -> ContactList | None:
        lid = self.current_list_id()
        return next((x for x in self.lists if x.id == lid), None)

    def select_list(self, list_id: str) -> None:
        for row in range(self.view.count()):
            if self.view.item(row).data(LIST_ID) == list_id:
                self.view.setCurrentRow(row)
                return

    def _current_changed(self, *_args: object) -> None:
        self._update_buttons()
        self.selected.emit(self.current_list_id())

    def _update_buttons(self) -> None:
        has = bool(self.current_list_id())
        self.rename_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    # -- changes ---------------------------------------------------------------------------
    def new_list(self, member_ids: list[str] | None = None) -> str | None:
        name, ok = ContactDialogs.ask_text(self, self.tr("New List"), self.tr("&Name of the list:"))
        if not ok or not name:
            return None
        try:
            lst = self.book.create_list(name)
            if member_ids:
                self.book.set_list_members(lst.id, member_ids)
        except ContactBookError as exc:
            ContactDialogs.warn(self, self.tr("New List"), self.tr("The list was not created."),
                                str(exc))
            return None
        self.refresh(select=lst.id)
        self.selected.emit(lst.id)
        self.changed.emit()
        return lst.id

    def rename_current(self) -> bool:
        lst = self.current_list()
        if lst is None:
            return False
        name, ok = ContactDialogs.ask_text(self, self.tr("Rename List"),
                                           self.tr("&New name of the list:"), lst.name)
        if not ok or not name or name == lst.name:
            return False
        try:
            self.book.rename_list(lst.id, name)
        except ContactBookError as exc:
            ContactDialogs.warn(self, self.tr("Rename List"),
                                self.tr("The list was not renamed."), str(exc))
            return False
        self.refresh()
        self.changed.emit()
        return True

    def delete_current(self) -> bool:
        lst = self.current_list()
        if lst is None:
            return False
        if not ContactDialogs.confirm(
                self, self.tr("Delete List"),
                self.tr("Delete the list “{name}”?").format(name=lst.name),
                self.tr("Its {n} contacts stay in the book.").format(n=lst.count),
                self.tr("Delete")):
            return False
        self.book.delete_list(lst.id)
        self.refresh(select="")
        self.selected.emit("")
        self.changed.emit()
        return True
