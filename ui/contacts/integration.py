"""The contact book in an editor window, through the window's API for features.

    from presskit_ui.contacts import integration
    integration.install(window)

* Tools ▸ "Contact Book…" (Ctrl+Shift+B) opens the :class:`ContactBookWindow`
  (one per ``AppContext``, shared by the editor windows).
* The form's contacts toolbar gets "Insert List…", "Insert Contact…" and
  "Save as List…": a saved list goes into a release in two clicks.
* When a draft is opened whose contacts came from book entries changed since,
  the user is offered to update the release's copies (:meth:`BookUpdateDialog.ask`),
  on the window's ``sessionLoaded``.
* The book is opened lazily into ``ctx.contact_book`` and closed with
  the last editor window.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from presskit.contacts.db import ContactBook
from presskit.contacts.release_links import (
    outdated,
    same_text,
    save_as_list,
    stale_entries,
    stale_warnings,
)
from presskit.errors import PresskitError
from presskit.model import Contact
from presskit_ui.contacts import service
from presskit_ui.contacts.insert_dialogs import (
    BookUpdateDialog,
    InsertContactDialog,
    InsertListDialog,
    SaveListDialog,
    StaleWarning,
)
from presskit_ui.contacts.messages import ContactDialogs
from presskit_ui.window.api import ContactsPart, EditorWindow

MENU = "tools"
NAME = "contactBook"  # the object name of what install() adds to a window


class WindowContacts(QObject):
    """What ``install`` added to one window (a child of the window named ``NAME``)."""

    def __init__(self, window: EditorWindow):
        super().__init__(window.widget())
        self.setObjectName(NAME)
        self.window = window
        self.ctx = window.ctx
        self.book_action = self._action("action_contact_book", self.open_book_window,
                                        "Ctrl+Shift+B")
        self.book_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.insert_list_action = self._action("action_insert_list", self.insert_list,
                                               "Ctrl+Shift+L")
        self.insert_contact_action = self._action("action_insert_contact",
                                                  self.insert_contact, "Ctrl+Shift+I")
        self.save_list_action = self._action("action_save_contacts_as_list", self.save_as_list)
        self.retranslate()
        window.widget().installEventFilter(self)
        window.closed.connect(self._window_closed)

    @property
    def parent_widget(self) -> QWidget:
        return self.window.widget()

    def _action(self, name: str, slot: Callable[[], object], keys: str = "") -> QAction:
        action = QAction(self.window.widget())
        action.setObjectName(name)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _=False: slot())
        return action

    def retranslate(self) -> None:
        self.book_action.setText(QCoreApplication.translate("ContactsIntegration", "Contact &Book…"))
        self.book_action.setStatusTip(QCoreApplication.translate("ContactsIntegration", "Search, edit, import and export press contacts"))
        for action, text, tip in (
                (self.insert_list_action, QCoreApplication.translate("ContactsIntegration", "Insert &List…"),
                 QCoreApplication.translate("ContactsIntegration", "Insert the contacts of a saved list")),
                (self.insert_contact_action, QCoreApplication.translate("ContactsIntegration", "Insert &Contact…"),
                 QCoreApplication.translate("ContactsIntegration", "Insert contacts from the contact book")),
                (self.save_list_action, QCoreApplication.translate("ContactsIntegration", "Save as L&ist…"),
                 QCoreApplication.translate("ContactsIntegration", "Save these contacts as a list in the contact book"))):
            action.setText(text)
            # Tool buttons drop the "…" of the text; it says a dialog comes next.
            action.setIconText(text.replace("&", ""))
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
            action.setStatusTip(tip)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # Qt API name
        if obj is self.window.widget() and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # -- the book --------------------------------------------------------------------------
    def book(self) -> ContactBook | None:
        try:
            return service.contact_book(self.ctx)
        except PresskitError as exc:
            ContactDialogs.error(self.parent_widget, QCoreApplication.translate("ContactsIntegration", "Contact Book"),
                                 QCoreApplication.translate("ContactsIntegration", "The contact book could not be opened."), str(exc))
            return None

    def open_book_window(self) -> QWidget | None:
        from presskit_ui.contacts.book_window import ContactBookWindow

        found = self.ctx.contacts_window
        if found is None:
            if self.book() is None:
                return None
            found = ContactBookWindow(self.ctx)
            self.ctx.contacts_window = found
        found.show()
        found.raise_()
        found.activateWindow()
        return found

    def editor(self) -> ContactsPart | None:
        return self.window.contacts_part()

    def language(self) -> str:
        return str(self.window.current_release().language or "en_US")

    # -- the form's toolbar ----------------------------------------------------------------
    def add_to_form(self) -> bool:
        editor = self.editor()
        if editor is None:
            return False  # a form without a contacts section: the menu entry is enough
        for action in (self.insert_list_action, self.insert_contact_action,
                       self.save_list_action):
            # The shortcuts work while the contacts section has the focus.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            editor.add_toolbar_action(action)
        return True

    def _insert(self, contacts: list[Contact]) -> None:
        editor = self.editor()
        if editor is None or not contacts:
            return
        editor.insert_contacts(contacts)
        book = self.book()
        if book is not None:
            stale = stale_entries(book, contacts)
            if stale:
                StaleWarning.show(self.parent_widget, stale_warnings(stale))

    def insert_list(self) -> list[Contact]:
        book = self.book()
        if book is None:
            return []
        contacts, ok = InsertListDialog.pick(self.parent_widget, book, self.language(),
                                             self.ctx)
        if ok:
            self._insert(contacts)
        return contacts if ok else []

    def insert_contact(self) -> list[Contact]:
        book = self.book()
        if book is None:
            return []
        contacts, ok = InsertContactDialog.pick(self.parent_widget, book, self.language())
        if ok:
            self._insert(contacts)
        return contacts if ok else []

    def save_as_list(self) -> str | None:
        editor = self.editor()
        contacts = list(editor.contacts()) if editor is not None else []
        real = [c for c in contacts if c.name.strip() or c.email.strip() or c.phone.strip()]
        if not real:
            ContactDialogs.info(self.parent_widget, QCoreApplication.translate("ContactsIntegration", "Save as List"),
                                QCoreApplication.translate("ContactsIntegration", "This release has no contacts to save yet."))
            return None
        book = self.book()
        if book is None:
            return None
        last = book.get_list(self.ctx.last_contact_list)
        name, ok = SaveListDialog.ask(self.parent_widget, book, len(real),
                                      last.name if last is not None else "")
        if not ok or not name:
            return None
        try:
            lst, linked, created = save_as_list(book, contacts, name)
        except PresskitError as exc:
            ContactDialogs.error(self.parent_widget, QCoreApplication.translate("ContactsIntegration", "Save as List"),
                                 QCoreApplication.translate("ContactsIntegration", "The list was not saved."), str(exc))
            return None
        self.ctx.last_contact_list = lst.id
        if linked != contacts and editor is not None:
            editor.set_contacts(linked, emit=True)  # the copies now link to their entries
        service.book_changed(self.ctx)
        self.window.show_status(QCoreApplication.translate("ContactsIntegration", "Saved {n} contacts as the list “{name}” ({m} added to the book)").format(
            n=lst.count, name=lst.name, m=created))
        return lst.id

    # -- opening drafts --------------------------------------------------------------------
    def check_opened(self) -> list[int] | None:
        """Offer to update release contacts whose book entry changed since they were copied.

        Returns the indexes updated, or None when there was nothing to ask.
        """
        release = self.window.current_release()
        if not any(c.book_id for c in release.contacts):
            return None  # no link: the book need not even be opened
        book = self.book()
        if book is None:
            return None
        changes = [o for o in outdated(book, release.contacts, release.language)
                   if not same_text(o.old, o.new)]
        if not changes:
            return None
        indexes, ok = BookUpdateDialog.ask(self.parent_widget, changes)
        if not ok or not indexes:
            return []
        new_by_index = {o.index: o.new for o in changes}
        updated = copy.deepcopy(release)
        for i in indexes:
            if i in new_by_index and i < len(updated.contacts):
                updated.contacts[i] = copy.deepcopy(new_by_index[i])
        self.window.apply_release(updated)
        return indexes

    # -- closing ---------------------------------------------------------------------------
    def _window_closed(self) -> None:
        if not self.window.other_windows():
            service.close_book(self.ctx)


def install(window: EditorWindow) -> WindowContacts:
    """Add the contact book to *window*; calling it twice does nothing more."""
    existing = window.widget().findChild(WindowContacts, NAME,
                                         Qt.FindChildOption.FindDirectChildrenOnly)
    if isinstance(existing, WindowContacts):
        return existing
    wc = WindowContacts(window)
    window.add_menu_action(MENU, wc.book_action)
    wc.add_to_form()
    window.sessionLoaded.connect(lambda _session: wc.check_opened())
    return wc
