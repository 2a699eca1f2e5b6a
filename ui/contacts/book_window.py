"""The contact book window: search, edit, verify, lists, duplicates, import, export, backups.

    window = ContactBookWindow(ctx)     # the book of ctx.contact_book
    window.show()

Searching happens as you type (debounced): every word must start a name,
organization, role or email. Choosing a list on the left shows its members in
order, which can then be reordered. Imports run on a worker thread (see
:mod:`.import_flow`); everything else is quick and runs on the GUI thread.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from presskit.contacts.csvio import ContactFileError
from presskit.contacts.errors import ContactBookError
from presskit.contacts.model import BookContact, ImportReport
from presskit.errors import PresskitError
from presskit_ui.contacts import service
from presskit_ui.contacts.edit_dialog import ContactEditDialog
from presskit_ui.contacts.import_flow import CsvMappingDialog, ImportJob, report_text, show_report
from presskit_ui.contacts.lists_panel import ListsPanel
from presskit_ui.contacts.maintenance_dialogs import MergeDialog, RestoreDialog
from presskit_ui.contacts.messages import ContactDialogs
from presskit_ui.contacts.table_model import ContactTableModel, FitColumns
from presskit_ui.context import AppContext
from presskit_ui.runner import Failure, Runner
from presskit_ui.widgets import WarningBanner, plain_label

SEARCH_DELAY_MS = 100
SEARCH_LIMIT = 500


class ContactBookWindow(QMainWindow):
    searched = Signal()  # the table shows the results of the current search
    imported = Signal(object)  # ImportReport

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.book = service.contact_book(ctx)
        self.region = self.book.default_region
        self.runner = Runner(self)
        self.import_job: ImportJob | None = None
        self.last_report = ""
        self._closed = False
        self._close_after_import = False
        self.setObjectName("contactBookWindow")
        self.setWindowTitle(self.tr("Contact Book"))

        self._build_table()
        search_row = self._build_search_row()
        self._build_central(search_row)
        self._build_actions()
        self.table.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_actions())
        service.notifier(ctx).changed.connect(self._book_changed)
        self.resize(1040, 640)
        self.refresh()
        self.search.setFocus()

    # -- construction ----------------------------------------------------------------------
    def _build_table(self) -> None:
        """The contacts, a row each (double-click or Enter edits)."""
        self.model = ContactTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("contactTable")
        self.table.setAccessibleName(self.tr("Contacts"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.columns = FitColumns(self.table)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self.table.activated.connect(lambda _i: self.edit_current())

    def _build_search_row(self) -> QHBoxLayout:
        """The search field (searching as the user types, after a pause) with its label."""
        self.search = QLineEdit(self)
        self.search.setObjectName("contactSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search names, organizations, roles, emails"))
        self.search.setAccessibleName(self.tr("Search contacts"))
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._focus_table)
        row = QHBoxLayout()
        row.addWidget(search_label)
        row.addWidget(self.search, 1)
        return row

    def _build_central(self, search_row: QHBoxLayout) -> None:
        """The lists on the left; the search, the table and the count on the right."""
        self.lists = ListsPanel(self.book, self)
        self.lists.selected.connect(lambda _id: self.refresh())
        self.lists.changed.connect(self._notify)

        self.warning = WarningBanner(self, "storageWarning")
        self.warning_text = self.warning.text
        text = None
        with contextlib.suppress(OSError):
            text = self.book.storage_warning()
        self.warning.set_text(text or "")
        self.count_label = plain_label("", self, wrap=True)
        self.count_label.setObjectName("countLabel")

        right = QWidget(self)
        rlayout = QVBoxLayout(right)
        rlayout.setContentsMargins(0, 0, 0, 0)
        rlayout.addLayout(search_row)
        rlayout.addWidget(self.table, 1)
        rlayout.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.lists)
        splitter.addWidget(right)
        splitter.setSizes([200, 840])
        splitter.setStretchFactor(1, 1)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.warning)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

    def _action(self, name: str, text: str, tip: str, slot: Callable[[], object], keys: str = "",
                table_only: bool = False) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"action_{name}")
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
        action.setStatusTip(tip)
        if keys:
            action.setShortcut(QKeySequence(keys))
            if table_only:
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                self.table.addAction(action)
        action.triggered.connect(lambda _=False: slot())
        self.actions_by_name[name] = action
        return action

    def _build_actions(self) -> None:
        self.actions_by_name: dict[str, QAction] = {}
        a = self._action
        tb = QToolBar(self.tr("Contact book"), self)
        tb.setObjectName("contactBookToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tb.addAction(a("new", self.tr("&New…"), self.tr("Add a contact"), self.new_contact,
                       "Ctrl+N"))
        tb.addAction(a("edit", self.tr("&Edit…"), self.tr("Edit the selected contact"),
                       self.edit_current, "F2", table_only=True))
        tb.addAction(a("delete", self.tr("&Delete"), self.tr("Delete the selected contacts"),
                       self.delete_selected, "Del", table_only=True))
        tb.addAction(a("verify", self.tr("Mark as &Verified"),
                       self.tr("Record that the selected contacts were checked today"),
                       self.mark_verified, "Ctrl+K"))
        tb.addSeparator()
        add = a("add_to_list", self.tr("Add to &List"),
                self.tr("Add the selected contacts to a list"), self._show_list_menu, "Ctrl+L")
        self.list_menu = QMenu(self)
        self.list_menu.aboutToShow.connect(self._fill_list_menu)
        add.setMenu(self.list_menu)
        tb.addAction(add)
        button = tb.widgetForAction(add)
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        tb.addAction(a("remove_from_list", self.tr("&Remove from List"),
                       self.tr("Remove the selected contacts from the list shown"),
                       self.remove_from_list))
        tb.addAction(a("move_up", self.tr("Move &Up"), self.tr("Move up in the list"),
                       lambda: self.move_selected(-1), "Alt+Up", table_only=True))
        tb.addAction(a("move_down", self.tr("Move Do&wn"), self.tr("Move down in the list"),
                       lambda: self.move_selected(1), "Alt+Down", table_only=True))
        tb.addSeparator()
        tb.addAction(a("merge", self.tr("&Merge Duplicates…"),
                       self.tr("Compare contacts that look alike; merge them or keep them "
                               "apart"),
                       self.merge_duplicates))
        tb.addAction(a("import", self.tr("&Import…"),
                       self.tr("Import contacts from a vCard or CSV file"), self.import_file,
                       "Ctrl+I"))
        tb.addAction(a("export", self.tr("E&xport…"),
                       self.tr("Export the contacts shown to a vCard or CSV file"),
                       self.export_file, "Ctrl+Shift+E"))
        tb.addAction(a("restore", self.tr("Restore &Backup…"),
                       self.tr("Go back to an earlier state of the contact book"),
                       self.restore_backup))
        find = a("find", self.tr("Find"), self.tr("Search contacts"), self._focus_search,
                 "Ctrl+F")
        self.addAction(find)
        close = a("close", self.tr("Close"), self.tr("Close the contact book"), self.close,
                  "Ctrl+W")
        self.addAction(close)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)
        for action in tb.actions():
            w = tb.widgetForAction(action)
            if w is not None and not action.isSeparator():
                w.setAccessibleName(action.statusTip())
        self.toolbar = tb
        self._update_actions()

    # -- table content ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the contacts matching the search (within the list chosen, in its order)."""
        self._search_timer.stop()
        if self._closed:
            return
        query = self.search.text()
        list_id = self.lists.current_list_id()
        keep = self.selected_ids()
        total = self.book.count()
        if list_id:
            members = self.book.list_member_ids(list_id)
            if query.strip():
                matches = set(self.book.search_ids(query, -1))
                members = [m for m in members if m in matches]
            contacts = self.book.get_many(members)
            text = self.tr("{n} contacts in this list").format(n=len(contacts))
        else:
            contacts = self.book.search(query, limit=SEARCH_LIMIT)
            if not query.strip():
                text = self.tr("{n} contacts").format(n=total)
            else:
                text = self.tr("{n} found").format(n=len(contacts))
            if len(contacts) == SEARCH_LIMIT and total > SEARCH_LIMIT:
                text = self.tr("The first {n} contacts are shown: type to narrow the search.") \
                    .format(n=SEARCH_LIMIT)
        self.model.set_contacts(contacts)
        stale = self.model.stale_count()
        if stale:
            text += " · " + self.tr("{n} not verified for 12 months (marked with ⚠)").format(
                n=stale)
        self.count_label.setText(text)
        self.select_ids(keep)
        self._update_actions()
        self.searched.emit()

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [c.id for r in rows if (c := self.model.contact(r)) is not None]

    def selected_contacts(self) -> list[BookContact]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [c for r in rows if (c := self.model.contact(r)) is not None]

    def select_ids(self, ids: list[str]) -> None:
        sel = self.table.selectionModel()
        sel.clearSelection()
        first = True
        for cid in ids:
            row = self.model.row_of(cid)
            if row < 0:
                continue
            index = self.model.index(row, 0)
            flags = QItemSelectionModel.SelectionFlag.Select | \
                QItemSelectionModel.SelectionFlag.Rows
            if first:
                sel.setCurrentIndex(index, flags)
                self.table.scrollTo(index)
                first = False
            else:
                sel.select(index, flags)

    def _update_actions(self) -> None:
        if not hasattr(self, "actions_by_name"):
            return
        a = self.actions_by_name
        ids = self.selected_ids()
        in_list = bool(self.lists.current_list_id())
        reorder = in_list and not self.search.text().strip() and len(ids) == 1
        a["edit"].setEnabled(len(ids) == 1)
        a["delete"].setEnabled(bool(ids))
        a["verify"].setEnabled(bool(ids))
        a["add_to_list"].setEnabled(bool(ids))
        a["remove_from_list"].setEnabled(in_list and bool(ids))
        row = self.model.row_of(ids[0]) if ids else -1
        a["move_up"].setEnabled(reorder and row > 0)
        a["move_down"].setEnabled(reorder and 0 <= row < self.model.rowCount() - 1)
        a["export"].setEnabled(self.model.rowCount() > 0 or self.book.count() > 0)

    def _focus_table(self) -> None:
        if self._search_timer.isActive():
            self.refresh()  # Return typed before the debounce: search now
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.selected_ids() and self.model.rowCount():
            self.table.selectRow(0)

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _notify(self) -> None:
        service.book_changed(self.ctx)

    def _book_changed(self) -> None:
        if not self._closed:
            self.lists.refresh()
            self.refresh()

    # -- contacts --------------------------------------------------------------------------
    def new_contact(self) -> str | None:
        contact, ok = ContactEditDialog.edit(self, BookContact(), self.region)
        if not ok:
            return None
        try:
            saved = self.book.add(contact)
            list_id = self.lists.current_list_id()
            if list_id:
                self.book.add_to_list(list_id, saved.id)
        except ContactBookError as exc:
            self._error(self.tr("The contact was not saved."), exc)
            return None
        self._notify()
        self.select_ids([saved.id])
        return saved.id

    def edit_current(self) -> bool:
        contacts = self.selected_contacts()
        if len(contacts) != 1:
            return False
        contact, ok = ContactEditDialog.edit(self, contacts[0], self.region)
        if not ok:
            return False
        try:
            self.book.update(contact)
        except ContactBookError as exc:
            self._error(self.tr("The contact was not saved."), exc)
            return False
        self._notify()
        self.select_ids([contact.id])
        return True

    def delete_selected(self) -> int:
        contacts = self.selected_contacts()
        if not contacts:
            return 0
        if len(contacts) == 1:
            text = self.tr("Delete “{name}” from the contact book?").format(
                name=contacts[0].name() or self.tr("this contact"))
        else:
            text = self.tr("Delete {n} contacts from the contact book?").format(n=len(contacts))
        if not ContactDialogs.confirm(
                self, self.tr("Delete Contacts"), text,
                self.tr("They are also removed from every list. Releases keep their copies."),
                self.tr("Delete")):
            return 0
        for c in contacts:
            self.book.delete(c.id)
        self._notify()
        return len(contacts)

    def mark_verified(self) -> int:
        ids = self.selected_ids()
        for cid in ids:
            self.book.mark_verified(cid)
        if ids:
            self._notify()
            self.select_ids(ids)
            self.statusBar().showMessage(
                self.tr("{n} contacts marked as verified today").format(n=len(ids)), 5000)
        return len(ids)

    # -- lists -----------------------------------------------------------------------------
    def _show_list_menu(self) -> None:
        button = self.toolbar.widgetForAction(self.actions_by_name["add_to_list"])
        if isinstance(button, QToolButton):
            button.showMenu()

    def _fill_list_menu(self) -> None:
        self.list_menu.clear()
        for lst in self.book.lists():
            act = self.list_menu.addAction(lst.name.replace("&", "&&"))
            act.triggered.connect(lambda _=False, lid=lst.id: self.add_selected_to_list(lid))
        if self.list_menu.actions():
            self.list_menu.addSeparator()
        new = self.list_menu.addAction(self.tr("New List…"))
        new.triggered.connect(lambda: self.lists.new_list(self.selected_ids()))

    def add_selected_to_list(self, list_id: str) -> int:
        ids = self.selected_ids()
        try:
            for cid in ids:
                self.book.add_to_list(list_id, cid)
        except ContactBookError as exc:
            self._error(self.tr("The contacts were not added to the list."), exc)
            return 0
        self._notify()
        lst = self.book.get_list(list_id)
        if lst is not None:
            self.statusBar().showMessage(self.tr("{n} contacts added to “{name}”")
                                         .format(n=len(ids), name=lst.name), 5000)
        return len(ids)

    def remove_from_list(self) -> int:
        list_id = self.lists.current_list_id()
        ids = self.selected_ids()
        if not list_id or not ids:
            return 0
        for cid in ids:
            self.book.remove_from_list(list_id, cid)
        self._notify()
        return len(ids)

    def move_selected(self, step: int) -> bool:
        list_id = self.lists.current_list_id()
        ids = self.selected_ids()
        if not list_id or len(ids) != 1 or self.search.text().strip():
            return False
        members = self.book.list_member_ids(list_id)
        i = members.index(ids[0])
        j = i + step
        if not 0 <= j < len(members):
            return False
        members[i], members[j] = members[j], members[i]
        self.book.set_list_members(list_id, members)
        self._notify()
        self.select_ids(ids)
        return True

    # -- duplicates, import, export, backups -----------------------------------------------
    def merge_duplicates(self) -> int:
        merged, _ok = MergeDialog.run(self, self.book)
        if merged:
            self._notify()
        return merged

    def import_file(self, path: Path | None = None) -> bool:
        """Ask for a file (unless given), map CSV columns, then import in the background."""
        if self.import_job is not None and self.import_job.is_running():
            return False
        if path is None:
            path = ContactDialogs.open_import_file(self, Path.home())
            if path is None:
                return False
        from presskit.contacts.files import file_format

        try:
            fmt = file_format(path)
        except ContactFileError:  # an unusual extension: look inside
            try:
                with open(path, "rb") as fh:
                    head = fh.read(4096)
            except OSError as exc:
                self._import_failed(f"{exc.strerror or exc}: {path}")
                return False
            fmt = file_format(path, head)
        job = ImportJob(self.book, self.runner, self)
        job.finished.connect(self._import_finished)
        job.failed.connect(self._import_failed)
        if fmt == "csv":
            from presskit.contacts.csvio import read_csv, records_from_table

            try:
                table = read_csv(path)
            except (ContactFileError, OSError) as exc:
                self._import_failed(str(exc))
                return False
            mapping, ok = CsvMappingDialog.ask(self, table)
            if not ok:
                return False
            items = records_from_table(table, mapping)
            self.import_job = job
            job.start(items=items, label=self.tr("Importing {n} rows…").format(n=len(items)))
        else:
            self.import_job = job
            job.start(path=path, label=self.tr("Reading “{name}”…").format(name=path.name))
        return True

    def _import_finished(self, report: ImportReport) -> None:
        text = report_text(report)
        self.last_report = text
        self.statusBar().showMessage(text, 15000)
        if not report.cancelled:
            self._notify()
        self.imported.emit(report)
        if self._close_after_import:
            self._close_after_import = False
            self.close()
            return
        if show_report(self, self.book, report, self.tr("Import Contacts")):
            self._notify()  # merges made while reviewing the possible duplicates

    def _import_failed(self, message: str) -> None:
        self.last_report = message
        ContactDialogs.error(self, self.tr("Import Contacts"),
                             self.tr("Nothing was imported."), message)

    def export_file(self, path: Path | None = None) -> bool:
        list_id = self.lists.current_list_id()
        lst = self.book.get_list(list_id) if list_id else None
        if path is None:
            stem = lst.name if lst is not None else self.tr("contacts")
            safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in stem).strip()
            path = ContactDialogs.export_file(self, Path.home() / f"{safe or 'contacts'}.vcf")
            if path is None:
                return False
        contacts = self.model.contacts() if (lst is not None or self.search.text().strip()) \
            else None
        from presskit.contacts.files import export_contacts

        book, target = self.book, path

        def work(_progress: object) -> int:
            return export_contacts(book, target, contacts)

        def done(n: int) -> None:
            self.statusBar().showMessage(self.tr("{n} contacts exported to {path}")
                                         .format(n=n, path=str(target)), 10000)

        def failed(failure: Failure) -> None:
            ContactDialogs.error(self, self.tr("Export Contacts"),
                                 self.tr("The contacts were not exported."), str(failure.error))

        self.runner.submit(work, key="contacts-export", on_success=done, on_failure=failed)
        return True

    def restore_backup(self) -> bool:
        path, ok = RestoreDialog.choose(self, self.book.list_backups())
        if not ok or path is None:
            return False
        if not ContactDialogs.confirm(
                self, self.tr("Restore Contact Book"),
                self.tr("Replace the contact book with the backup “{name}”?").format(
                    name=path.name),
                self.tr("The book as it is now is saved first, so this can be undone."),
                self.tr("Restore")):
            return False
        try:
            safety = self.book.restore_backup(path)
        except (PresskitError, OSError) as exc:
            self._error(self.tr("The backup was not restored."), exc)
            return False
        self._notify()
        self.statusBar().showMessage(
            self.tr("Restored; the previous state is in {name}").format(name=safety.name), 15000)
        return True

    def _error(self, text: str, exc: BaseException) -> None:
        ContactDialogs.error(self, self.tr("Contact Book"), text, str(exc))

    # -- closing ---------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.import_job is not None and self.import_job.is_running():
            # Closing cancels the import; the window closes once it is rolled back.
            self._close_after_import = True
            self.import_job.cancel()
            event.ignore()
            return
        event.accept()

    def shutdown(self) -> None:
        """Stop for good: cancel an import (rolled back) and wait for the worker."""
        if self._closed:
            return
        self._closed = True
        self._search_timer.stop()
        if self.import_job is not None:
            self.import_job.cancel_event.set()
        self.runner.shutdown()
        with contextlib.suppress(RuntimeError, TypeError):
            service.notifier(self.ctx).changed.disconnect(self._book_changed)
