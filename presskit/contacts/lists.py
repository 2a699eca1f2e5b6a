"""Named, ordered lists of contacts, over the book's :class:`~presskit.contacts.store.BookStore`.

A contact can be in several lists; positions are kept 0..n-1 in list order.
``insert_list`` creates a list inside a caller's transaction (the importer's).
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterable

from presskit.contacts.errors import ContactBookError
from presskit.contacts.model import BookContact, ContactList
from presskit.contacts.records import now_utc, sort_key
from presskit.contacts.store import BookStore


def _error(message: str) -> ContactBookError:
    return ContactBookError(message)


def insert_list(conn: sqlite3.Connection, name: str) -> ContactList:
    """Create the list *name* inside the caller's transaction (names are unique, any case)."""
    name = _list_name(name)
    _check_list_name(conn, name, None)
    stamp = now_utc()
    new = ContactList(id=str(uuid.uuid4()), name=name, created=stamp, updated=stamp)
    conn.execute("INSERT INTO lists(id, name, created, updated) VALUES (?,?,?,?)",
                 (new.id, new.name, stamp, stamp))
    return new


def _check_list_name(conn: sqlite3.Connection, name: str, list_id: str | None) -> None:
    for other_id, other in conn.execute("SELECT id, name FROM lists"):
        if other_id != list_id and sort_key(other) == sort_key(name):
            raise _error(f"a list named {other!r} already exists")


class ContactLists:
    """The book's lists; every change is one transaction of *store*."""

    def __init__(self, store: BookStore) -> None:
        self.store = store

    def all(self) -> list[ContactList]:
        """All lists, by name, with their member counts."""
        with self.store.lock:
            rows = self.store.connection.execute(
                "SELECT l.id, l.name, count(m.contact_id), l.created, l.updated FROM lists l "
                "LEFT JOIN list_members m ON m.list_id = l.id GROUP BY l.id").fetchall()
        out = [ContactList(*r) for r in rows]
        return sorted(out, key=lambda x: (sort_key(x.name), x.id))

    def get(self, list_id: str) -> ContactList | None:
        return next((x for x in self.all() if x.id == list_id), None)

    def find(self, name: str) -> ContactList | None:
        key = sort_key(name)
        return next((x for x in self.all() if sort_key(x.name) == key), None)

    def create(self, name: str) -> ContactList:
        with self.store.write() as conn:
            return insert_list(conn, name)

    def rename(self, list_id: str, name: str) -> None:
        with self.store.write() as conn:
            name = _list_name(name)
            _check_list_name(conn, name, list_id)
            cur = conn.execute("UPDATE lists SET name = ?, updated = ? WHERE id = ?",
                               (name, now_utc(), list_id))
            if cur.rowcount == 0:
                raise _error(f"no list with id {list_id}")

    def delete(self, list_id: str) -> bool:
        """Delete the list (its contacts stay in the book)."""
        with self.store.write() as conn:
            return conn.execute("DELETE FROM lists WHERE id = ?", (list_id,)).rowcount > 0

    def member_ids(self, list_id: str) -> list[str]:
        with self.store.lock:
            rows = self.store.connection.execute(
                "SELECT contact_id FROM list_members WHERE list_id = ? ORDER BY position",
                (list_id,)).fetchall()
        return [r[0] for r in rows]

    def contacts(self, list_id: str) -> list[BookContact]:
        """The list's contacts, in the list's order."""
        with self.store.read() as conn:
            rows = conn.execute(
                "SELECT contact_id FROM list_members WHERE list_id = ? ORDER BY position",
                (list_id,)).fetchall()
            return self.store.load(conn, [r[0] for r in rows])

    def set_members(self, list_id: str, contact_ids: Iterable[str]) -> None:
        """Make the list exactly *contact_ids*, in this order (repeats are dropped)."""
        with self.store.write() as conn:
            self._require_list(conn, list_id)
            ids = list(dict.fromkeys(contact_ids))
            self._require_contacts(conn, ids)
            conn.execute("DELETE FROM list_members WHERE list_id = ?", (list_id,))
            conn.executemany(
                "INSERT INTO list_members(list_id, contact_id, position) VALUES (?,?,?)",
                [(list_id, cid, i) for i, cid in enumerate(ids)])
            self._touch_list(conn, list_id)

    def add(self, list_id: str, contact_id: str, position: int | None = None) -> None:
        """Add a contact at *position* (default: the end); a member is moved there."""
        with self.store.write() as conn:
            ids = self._member_ids(conn, list_id)
            self._require_contacts(conn, [contact_id])
            if contact_id in ids:
                if position is None:
                    return
                ids.remove(contact_id)
            ids.insert(len(ids) if position is None else max(0, position), contact_id)
            self.set_members(list_id, ids)

    def remove(self, list_id: str, contact_id: str) -> bool:
        with self.store.write() as conn:
            ids = self._member_ids(conn, list_id)
            if contact_id not in ids:
                return False
            ids.remove(contact_id)
            self.set_members(list_id, ids)
            return True

    def of_contact(self, contact_id: str) -> list[ContactList]:
        """The lists a contact belongs to."""
        with self.store.lock:
            ids = {r[0] for r in self.store.connection.execute(
                "SELECT list_id FROM list_members WHERE contact_id = ?", (contact_id,))}
        return [x for x in self.all() if x.id in ids]

    def _member_ids(self, conn: sqlite3.Connection, list_id: str) -> list[str]:
        self._require_list(conn, list_id)
        return [r[0] for r in conn.execute(
            "SELECT contact_id FROM list_members WHERE list_id = ? ORDER BY position",
            (list_id,))]

    @staticmethod
    def _require_list(conn: sqlite3.Connection, list_id: str) -> None:
        if conn.execute("SELECT 1 FROM lists WHERE id = ?", (list_id,)).fetchone() is None:
            raise _error(f"no list with id {list_id}")

    @staticmethod
    def _require_contacts(conn: sqlite3.Connection, ids: list[str]) -> None:
        for cid in ids:
            if conn.execute("SELECT 1 FROM contacts WHERE id = ?", (cid,)).fetchone() is None:
                raise _error(f"no contact with id {cid}")

    @staticmethod
    def _touch_list(conn: sqlite3.Connection, list_id: str) -> None:
        conn.execute("UPDATE lists SET updated = ? WHERE id = ?", (now_utc(), list_id))


def _list_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise _error("a list needs a name")
    return name
