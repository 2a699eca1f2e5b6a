"""The contact book's errors, shared by the store, its helpers, the facade and the UI."""

from __future__ import annotations

from presskit.errors import PresskitError


class ContactBookError(PresskitError):
    """The contact book could not be opened or changed."""


class NewerBookError(ContactBookError):
    """The database was written by a newer Presskit; it is left untouched."""
