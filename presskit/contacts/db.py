"""The contact book: one SQLite file, ``contacts.sqlite3`` in the data folder.

``ContactBook`` is the facade the editor and the command line use. Beneath it:

* :class:`~presskit.contacts.store.BookStore` owns the connection, the lock, the
  transactions (WAL, ``BEGIN IMMEDIATE`` retried while another process writes) and the
  schema with its numbered migrations;
* :class:`~presskit.contacts.lists.ContactLists` keeps the named, ordered lists;
* :mod:`~presskit.contacts.importer`, :mod:`~presskit.contacts.merge` and
  :mod:`~presskit.contacts.backup` are handed the store and work in its transactions.

One ``ContactBook`` may be shared between threads (calls are serialised by the store's
lock); a long import in a worker thread is best given its own ``ContactBook`` so that
searches in the window are not blocked.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from presskit.contacts import backup, importer, merge
from presskit.contacts.errors import ContactBookError
from presskit.contacts.lists import ContactLists
from presskit.contacts.model import (
    BookContact,
    ContactList,
    DuplicatePair,
    ImportItem,
    ImportReport,
)
from presskit.contacts.records import now_utc
from presskit.contacts.store import DEFAULT_TIMEOUT, BookStore

if TYPE_CHECKING:
    import threading

DB_NAME = "contacts.sqlite3"
# Up to this many search matches are sorted (cost grows with the matches); beyond, the
# name index is walked and matches picked from it (cost grows with the rows skipped).
_FEW = 5000


def book_path(folder: str | Path | None = None) -> Path:
    """Path of the contact book in *folder* (default: the data folder)."""
    if folder is None:
        from presskit.paths import data_dir

        folder = data_dir()
    return Path(folder) / DB_NAME


def open_book(folder: str | Path | None = None, *, daily_backup: bool = True,
              keep: int = 7, default_region: str | None = None) -> ContactBook:
    """Open (creating or migrating it) the contact book of *folder*, the data folder by default.

    With *daily_backup*, the first opening of the day copies the book to
    ``backups/contacts-YYYY-MM-DD.sqlite3`` and keeps *keep* generations.
    """
    book = ContactBook(book_path(folder), default_region=default_region)
    if daily_backup:
        # A failed backup must not keep the user from their contacts.
        with contextlib.suppress(OSError, sqlite3.Error):
            book.daily_backup(keep=keep)
    return book


class ContactBook:
    """Contacts, lists, search, duplicates, imports and backups of one SQLite file."""

    def __init__(self, path: str | Path, *, timeout: float = DEFAULT_TIMEOUT,
                 default_region: str | None = None) -> None:
        self.store = BookStore(path, timeout=timeout, default_region=default_region)
        self._lists = ContactLists(self.store)

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def default_region(self) -> str | None:
        """Region assumed for numbers typed without +CC when the contact has no country."""
        return self.store.default_region

    @property
    def connection(self) -> sqlite3.Connection:
        """The underlying connection (for tests and tools; prefer the methods)."""
        return self.store.connection

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> ContactBook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def transaction(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        """Several changes as one transaction: all of them are saved, or none."""
        return self.store.write()

    def schema_version(self) -> int:
        return self.store.schema_version()

    def integrity_check(self) -> str:
        """``"ok"`` or SQLite's description of the damage."""
        return self.store.integrity_check()

    # ------------------------------------------------------------ reading

    def count(self) -> int:
        with self.store.lock:
            return int(self.store.connection.execute("SELECT count(*) FROM contacts").fetchone()[0])

    def get(self, contact_id: str) -> BookContact | None:
        found = self.get_many([contact_id])
        return found[0] if found else None

    def get_many(self, ids: Sequence[str]) -> list[BookContact]:
        """The contacts with these ids, in the same order; unknown ids are left out."""
        with self.store.read() as conn:
            return self.store.load(conn, list(ids))

    def contacts(self, limit: int | None = None, offset: int = 0) -> list[BookContact]:
        """All contacts, sorted by name."""
        with self.store.read() as conn:
            rows = conn.execute(
                "SELECT id FROM contacts ORDER BY sort_key, num LIMIT ? OFFSET ?",
                (-1 if limit is None else limit, offset)).fetchall()
            return self.store.load(conn, [r[0] for r in rows])

    def iter_contacts(self, batch: int = 500) -> Iterator[BookContact]:
        """All contacts sorted by name, loaded *batch* at a time."""
        offset = 0
        while True:
            chunk = self.contacts(limit=batch, offset=offset)
            yield from chunk
            if len(chunk) < batch:
                return
            offset += batch

    def search(self, query: str, limit: int = 50) -> list[BookContact]:
        """Contacts whose names, organization, role or emails start with the words typed.

        Case and accents are ignored ("elo ver" finds "Éloïse Verdier"); every
        word must match. An empty query lists the book from the start.
        """
        return self.get_many(self.search_ids(query, limit))

    def search_ids(self, query: str, limit: int = 50) -> list[str]:
        """Ids of the first *limit* matches (``limit=-1``: all), sorted by name.

        Few matches are sorted directly; for many (short prefixes such as
        "m"), the name index is walked and matches picked from it, so that
        the cost does not grow with the number of matches.
        """
        match = fts_query(query)
        with self.store.read() as conn:
            if match is None:
                rows = conn.execute(
                    "SELECT id FROM contacts ORDER BY sort_key, num LIMIT ?", (limit,)).fetchall()
                return [r[0] for r in rows]
            probe = conn.execute("SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ? "
                                 "LIMIT ?", (match, _FEW + 1)).fetchall()
            if not probe:
                return []
            if len(probe) <= _FEW:
                rows = conn.execute(
                    "SELECT c.id FROM contacts_fts JOIN contacts c ON c.num = contacts_fts.rowid "
                    "WHERE contacts_fts MATCH ? ORDER BY c.sort_key, c.num LIMIT ?",
                    (match, limit)).fetchall()
            else:
                rows = conn.execute(
                    "SELECT c.id FROM contacts c INDEXED BY contacts_sort WHERE c.num IN "
                    "(SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?) "
                    "ORDER BY c.sort_key, c.num LIMIT ?", (match, limit)).fetchall()
        return [r[0] for r in rows]

    # ------------------------------------------------------------ writing

    def add(self, contact: BookContact) -> BookContact:
        """Store a new contact; returns it with its id and times set."""
        with self.store.write() as conn:
            return self.store.insert(conn, contact)

    def update(self, contact: BookContact) -> BookContact:
        """Save the changes of an existing contact (found by ``id``)."""
        with self.store.write() as conn:
            return self.store.update(conn, contact)

    def delete(self, contact_id: str) -> bool:
        with self.store.write() as conn:
            return self.store.delete(conn, contact_id)

    def mark_verified(self, contact_id: str, date: dt.date | None = None) -> BookContact:
        """Record that the contact's details were checked on *date* (default today)."""
        with self.store.write() as conn:
            day = (date or dt.date.today()).isoformat()
            cur = conn.execute("UPDATE contacts SET last_verified = ?, updated = ? WHERE id = ?",
                               (day, now_utc(), contact_id))
            if cur.rowcount == 0:
                raise ContactBookError(f"no contact with id {contact_id}")
            return self.store.load(conn, [contact_id])[0]

    # ------------------------------------------------------------ lists

    def lists(self) -> list[ContactList]:
        """All lists, by name, with their member counts."""
        return self._lists.all()

    def get_list(self, list_id: str) -> ContactList | None:
        return self._lists.get(list_id)

    def find_list(self, name: str) -> ContactList | None:
        return self._lists.find(name)

    def create_list(self, name: str) -> ContactList:
        return self._lists.create(name)

    def rename_list(self, list_id: str, name: str) -> None:
        self._lists.rename(list_id, name)

    def delete_list(self, list_id: str) -> bool:
        """Delete the list (its contacts stay in the book)."""
        return self._lists.delete(list_id)

    def list_member_ids(self, list_id: str) -> list[str]:
        return self._lists.member_ids(list_id)

    def list_contacts(self, list_id: str) -> list[BookContact]:
        """The list's contacts, in the list's order."""
        return self._lists.contacts(list_id)

    def set_list_members(self, list_id: str, contact_ids: Iterable[str]) -> None:
        """Make the list exactly *contact_ids*, in this order (repeats are dropped)."""
        self._lists.set_members(list_id, contact_ids)

    def add_to_list(self, list_id: str, contact_id: str, position: int | None = None) -> None:
        """Add a contact at *position* (default: the end); a member is moved there."""
        self._lists.add(list_id, contact_id, position)

    def remove_from_list(self, list_id: str, contact_id: str) -> bool:
        return self._lists.remove(list_id, contact_id)

    def contact_lists(self, contact_id: str) -> list[ContactList]:
        """The lists a contact belongs to."""
        return self._lists.of_contact(contact_id)

    # ------------------------------------------------------------ duplicates, import, backups

    def duplicate_pairs(self, limit: int = 500) -> list[DuplicatePair]:
        """Contacts that look alike (a shared email or phone, the same name), each pair once.

        Pairs a person said are different people (:meth:`keep_apart`) are left out.
        """
        with self.store.read() as conn:
            return merge.duplicate_pairs(conn, limit)

    def keep_apart(self, first_id: str, second_id: str) -> None:
        """Record that two contacts are different people: they are no longer suggested."""
        with self.store.write() as conn:
            merge.keep_apart(conn, first_id, second_id)

    def merge(self, keep_id: str, other_id: str) -> BookContact:
        """Fold *other_id* into *keep_id* (phones, emails, lists, blanks) and delete it."""
        with self.store.write() as conn:
            return merge.merge_contacts(self.store, conn, keep_id, other_id)

    def import_items(self, items: Sequence[ImportItem], *,
                     progress: Callable[[int, int], bool | None] | None = None,
                     cancel: threading.Event | Callable[[], bool] | None = None,
                     ) -> ImportReport:
        """Import records read from files, in one transaction; see :mod:`importer`."""
        return importer.import_items(self.store, items, progress=progress, cancel=cancel)

    def backup_folder(self) -> Path:
        return self.store.backup_folder()

    def backup_to(self, dest: str | Path) -> Path:
        return backup.backup_to(self.store, Path(dest))

    def daily_backup(self, keep: int = 7, today: dt.date | None = None) -> Path | None:
        return backup.daily_backup(self.store, keep=keep, today=today)

    def list_backups(self) -> list[Path]:
        return backup.list_backups(self.store.backup_folder())

    def restore_backup(self, path: str | Path) -> Path:
        """Replace the book with a backup; returns the safety copy made first."""
        return backup.restore_backup(self.store, Path(path))

    def storage_warning(self) -> str | None:
        from presskit.contacts.storage import storage_warning

        return storage_warning(self.path.parent)


_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression: every word typed, as a prefix. None for no words."""
    words = _TOKEN.findall(text or "")
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)
