"""The contact book shared by every window of one ``AppContext``.

The book is opened lazily (``contact_book(ctx)``) and kept in
``ctx.services["contacts"]``; a :class:`ContactsNotifier` in
``ctx.services["contacts_notifier"]`` tells open windows and dialogs that the
book changed, so that a list saved from the editor shows up in the book window.
"""

from __future__ import annotations

import contextlib

import presskit_ui.qt_compat  # noqa: F401 - first: PySide6 6.12 refcount work-around
from presskit_ui.context import AppContext
from PySide6.QtCore import QObject, Signal

from presskit.contacts.db import ContactBook, open_book

BOOK = "contacts"
NOTIFIER = "contacts_notifier"
WINDOW = "contacts_window"
LAST_LIST = "contacts_last_list"


class ContactsNotifier(QObject):
    """``changed`` after any change made to the book from the UI."""

    changed = Signal()


def default_region(ctx: AppContext) -> str | None:
    """The region of book numbers typed without +CC and with no country: the home country."""
    return ctx.prefs.home_country


def contact_book(ctx: AppContext) -> ContactBook:
    """The context's contact book, opened (with today's backup) the first time it is asked for."""
    book = ctx.services.get(BOOK)
    if not isinstance(book, ContactBook):
        book = open_book(ctx.data_dir, default_region=default_region(ctx))
        ctx.services[BOOK] = book
    return book


def has_book(ctx: AppContext) -> bool:
    return isinstance(ctx.services.get(BOOK), ContactBook)


def notifier(ctx: AppContext) -> ContactsNotifier:
    found = ctx.services.get(NOTIFIER)
    if not isinstance(found, ContactsNotifier):
        found = ContactsNotifier()
        ctx.services[NOTIFIER] = found
    return found


def book_changed(ctx: AppContext) -> None:
    notifier(ctx).changed.emit()


def close_book(ctx: AppContext) -> None:
    """Close the book window and the book (the next ``contact_book`` opens it again)."""
    window = ctx.services.pop(WINDOW, None)
    if window is not None:
        with contextlib.suppress(RuntimeError, AttributeError):
            window.shutdown()
            window.close()
            window.deleteLater()
    book = ctx.services.pop(BOOK, None)
    if isinstance(book, ContactBook):
        with contextlib.suppress(Exception):
            book.close()
