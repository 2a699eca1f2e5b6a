"""The contact book shared by every window of one ``AppContext``.

The book is opened lazily (``contact_book(ctx)``) and kept in ``ctx.contact_book``;
``ctx.contacts_notifier`` tells open windows and dialogs that the book changed, so that a
list saved from the editor shows up in the book window.
"""

from __future__ import annotations

import contextlib

from presskit.contacts.db import ContactBook, open_book
from presskit_ui.context import AppContext, ChangeNotifier


def default_region(ctx: AppContext) -> str | None:
    """The region of book numbers typed without +CC and with no country: the home country."""
    return ctx.prefs.home_country


def contact_book(ctx: AppContext) -> ContactBook:
    """The context's contact book, opened (with today's backup) the first time it is asked for."""
    if ctx.contact_book is None:
        ctx.contact_book = open_book(ctx.data_dir, default_region=default_region(ctx))
    return ctx.contact_book


def has_book(ctx: AppContext) -> bool:
    return ctx.contact_book is not None


def notifier(ctx: AppContext) -> ChangeNotifier:
    return ctx.contacts_notifier


def book_changed(ctx: AppContext) -> None:
    notifier(ctx).changed.emit()


def close_book(ctx: AppContext) -> None:
    """Close the book window and the book (the next ``contact_book`` opens it again)."""
    window, ctx.contacts_window = ctx.contacts_window, None
    if window is not None:
        with contextlib.suppress(RuntimeError, AttributeError):
            window.shutdown()
            window.close()
            window.deleteLater()
    book, ctx.contact_book = ctx.contact_book, None
    if book is not None:
        with contextlib.suppress(Exception):
            book.close()
