"""The contact book: one SQLite file, ``contacts.sqlite3`` in the data folder.

The database runs in WAL mode with foreign keys on and a busy timeout. Every
write is one ``BEGIN IMMEDIATE`` transaction (retried while another process
holds the lock), so two Presskit processes writing at once wait for each
other instead of failing, and a crash leaves all of a change or none of it.

One ``ContactBook`` object may be shared between threads (calls are
serialised by a lock); a long import in a worker thread is best given its
own ``ContactBook`` so that searches in the window are not blocked.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from presskit.contacts import schema
from presskit.contacts.lists import ListsMixin
from presskit.contacts.model import (
    BookContact,
    DuplicatePair,
    ImportItem,
    ImportReport,
    Phone,
)
from presskit.contacts.records import (
    email_key,
    index_text,
    normalise_contact,
    now_utc,
    sort_key,
)
from presskit.errors import PresskitError

if TYPE_CHECKING:
    import threading as _threading

DB_NAME = "contacts.sqlite3"
DEFAULT_TIMEOUT = 30.0
_LOCK_RETRIES = 8
# Up to this many search matches are sorted (cost grows with the matches); beyond, the
# name index is walked and matches picked from it (cost grows with the rows skipped).
_FEW = 5000

_COLUMNS = ("num, id, display_name, given_name, family_name, role, organization, languages, "
            "country, notes, last_verified, created, updated")


class ContactBookError(PresskitError):
    """The contact book could not be opened or changed."""


class NewerBookError(ContactBookError):
    """The database was written by a newer Presskit; it is left untouched."""


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


def _is_locked(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


class ContactBook(ListsMixin):
    """Contacts, lists, search, duplicates, imports and backups of one SQLite file."""

    def __init__(self, path: str | Path, *, timeout: float = DEFAULT_TIMEOUT,
                 default_region: str | None = None) -> None:
        self.path = Path(path)
        self.timeout = timeout
        #: Region assumed for numbers typed without +CC when the contact has no country.
        self.default_region = (default_region or "").upper() or None
        self._lock = threading.RLock()
        self._in_write = False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = self._connect(self.path)
        except (OSError, sqlite3.Error) as exc:
            raise ContactBookError(f"cannot open the contact book: {exc}",
                                   path=str(self.path)) from exc
        try:
            self._ensure_schema()
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            raise ContactBookError(f"cannot open the contact book: {exc}",
                                   path=str(self.path)) from exc
        except BaseException:
            self._conn.close()
            raise

    # ------------------------------------------------------------ connection

    def _connect(self, path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(path, timeout=self.timeout, isolation_level=None,
                               check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
        return conn

    def _enable_wal(self) -> None:
        for attempt in range(_LOCK_RETRIES):
            try:
                with self._lock:
                    self._conn.execute("PRAGMA journal_mode = WAL").fetchone()
                return
            except sqlite3.OperationalError as exc:
                if not _is_locked(exc) or attempt == _LOCK_RETRIES - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> ContactBook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The underlying connection (for tests and tools; prefer the methods)."""
        return self._conn

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One ``BEGIN IMMEDIATE`` transaction; nested calls join the outer one."""
        with self._lock:
            if self._in_write:
                yield self._conn
                return
            for attempt in range(_LOCK_RETRIES):
                try:
                    self._conn.execute("BEGIN IMMEDIATE")
                    break
                except sqlite3.OperationalError as exc:
                    if not _is_locked(exc):
                        raise
                    if attempt == _LOCK_RETRIES - 1:
                        raise ContactBookError(
                            f"the contact book is busy ({exc}); try again",
                            path=str(self.path)) from exc
                    time.sleep(0.05 * (attempt + 1))
            self._in_write = True
            try:
                yield self._conn
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            else:
                self._commit()
            finally:
                self._in_write = False

    def _commit(self) -> None:
        for attempt in range(_LOCK_RETRIES):
            try:
                self._conn.execute("COMMIT")
                return
            except sqlite3.OperationalError as exc:
                if not _is_locked(exc) or attempt == _LOCK_RETRIES - 1:
                    self._conn.execute("ROLLBACK")
                    raise
                time.sleep(0.05 * (attempt + 1))

    @contextlib.contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """A consistent snapshot for reads made of several statements."""
        with self._lock:
            if self._in_write:
                yield self._conn
                return
            self._conn.execute("BEGIN")
            try:
                yield self._conn
            finally:
                if self._conn.in_transaction:
                    self._conn.execute("COMMIT")

    # ------------------------------------------------------------ schema

    def schema_version(self) -> int:
        with self._lock:
            return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def _ensure_schema(self) -> None:
        version = self.schema_version()
        if version > schema.CURRENT_VERSION:
            raise NewerBookError(
                f"written by a newer Presskit (schema {version}, this version reads up to "
                f"{schema.CURRENT_VERSION}); it was not changed", path=str(self.path))
        self._enable_wal()  # only once we know the file is ours to change
        if version == schema.CURRENT_VERSION:
            return
        if version > 0:
            from presskit.contacts.backup import pre_migration_backup

            pre_migration_backup(self, version)
        with self._write() as conn:
            # Another process may have created or migrated the book meanwhile.
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version == 0:
                schema.create_current(conn)
            else:
                for step in schema.pending(version):
                    schema.MIGRATIONS[step](conn)
            conn.execute(f"PRAGMA user_version = {schema.CURRENT_VERSION}")
            problems = conn.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise ContactBookError(f"migration left broken references: {problems[:3]}",
                                       path=str(self.path))

    def integrity_check(self) -> str:
        """``"ok"`` or SQLite's description of the damage."""
        with self._lock:
            rows = self._conn.execute("PRAGMA integrity_check").fetchall()
        return "\n".join(str(r[0]) for r in rows)

    # ------------------------------------------------------------ reading

    def count(self) -> int:
        with self._lock:
            return int(self._conn.execute("SELECT count(*) FROM contacts").fetchone()[0])

    def get(self, contact_id: str) -> BookContact | None:
        found = self.get_many([contact_id])
        return found[0] if found else None

    def get_many(self, ids: Sequence[str]) -> list[BookContact]:
        """The contacts with these ids, in the same order; unknown ids are left out."""
        with self._read() as conn:
            return self._load(conn, list(ids))

    def contacts(self, limit: int | None = None, offset: int = 0) -> list[BookContact]:
        """All contacts, sorted by name."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT id FROM contacts ORDER BY sort_key, num LIMIT ? OFFSET ?",
                (-1 if limit is None else limit, offset)).fetchall()
            return self._load(conn, [r[0] for r in rows])

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
        with self._read() as conn:
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

    def _load(self, conn: sqlite3.Connection, ids: list[str]) -> list[BookContact]:
        found: dict[str, BookContact] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for row in conn.execute(f"SELECT {_COLUMNS} FROM contacts WHERE id IN ({marks})",
                                    chunk):
                found[row[1]] = _row_to_contact(row)
            for cid, kind, number in conn.execute(
                    f"SELECT contact_id, kind, number FROM phones WHERE contact_id IN ({marks}) "
                    "ORDER BY contact_id, position", chunk):
                found[cid].phones.append(Phone(number=number, kind=kind))
            for cid, address in conn.execute(
                    f"SELECT contact_id, address FROM emails WHERE contact_id IN ({marks}) "
                    "ORDER BY contact_id, position", chunk):
                found[cid].emails.append(address)
        return [found[i] for i in ids if i in found]

    # ------------------------------------------------------------ writing

    def add(self, contact: BookContact) -> BookContact:
        """Store a new contact; returns it with its id and times set."""
        with self._write() as conn:
            return self._insert(conn, contact)

    def update(self, contact: BookContact) -> BookContact:
        """Save the changes of an existing contact (found by ``id``)."""
        with self._write() as conn:
            return self._update(conn, contact)

    def delete(self, contact_id: str) -> bool:
        with self._write() as conn:
            row = conn.execute("SELECT num FROM contacts WHERE id = ?", (contact_id,)).fetchone()
            if row is None:
                return False
            conn.execute("DELETE FROM contacts_fts WHERE rowid = ?", (row[0],))
            conn.execute("DELETE FROM contacts WHERE num = ?", (row[0],))
            return True

    def mark_verified(self, contact_id: str, date: dt.date | None = None) -> BookContact:
        """Record that the contact's details were checked on *date* (default today)."""
        with self._write() as conn:
            day = (date or dt.date.today()).isoformat()
            cur = conn.execute("UPDATE contacts SET last_verified = ?, updated = ? WHERE id = ?",
                               (day, now_utc(), contact_id))
            if cur.rowcount == 0:
                raise ContactBookError(f"no contact with id {contact_id}")
            return self._load(conn, [contact_id])[0]

    def _insert(self, conn: sqlite3.Connection, contact: BookContact,
                *, clean: bool = True) -> BookContact:
        c = normalise_contact(contact)[0] if clean else contact
        if c.id:
            try:
                c.id = str(uuid.UUID(c.id.removeprefix("urn:uuid:")))
            except ValueError:
                c.id = ""
        if not c.id or conn.execute("SELECT 1 FROM contacts WHERE id = ?", (c.id,)).fetchone():
            c.id = str(uuid.uuid4())
        stamp = now_utc()
        c.created = c.created or stamp
        c.updated = stamp
        cur = conn.execute(
            "INSERT INTO contacts(id, display_name, given_name, family_name, role, organization, "
            "languages, country, notes, last_verified, created, updated, sort_key) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (c.id, c.display_name, c.given_name, c.family_name, c.role, c.organization,
             "\n".join(c.languages), c.country, c.notes,
             c.last_verified.isoformat() if c.last_verified else None, c.created, c.updated,
             _sort_key(c)))
        num = int(cur.lastrowid or 0)
        self._write_children(conn, c)
        self._index(conn, num, c)
        return c

    def _update(self, conn: sqlite3.Connection, contact: BookContact) -> BookContact:
        row = conn.execute("SELECT num, created FROM contacts WHERE id = ?",
                           (contact.id,)).fetchone()
        if row is None:
            raise ContactBookError(f"no contact with id {contact.id}")
        c = normalise_contact(contact)[0]
        c.created = row[1]
        c.updated = now_utc()
        conn.execute(
            "UPDATE contacts SET display_name=?, given_name=?, family_name=?, role=?, "
            "organization=?, languages=?, country=?, notes=?, last_verified=?, updated=?, "
            "sort_key=? WHERE num = ?",
            (c.display_name, c.given_name, c.family_name, c.role, c.organization,
             "\n".join(c.languages), c.country, c.notes,
             c.last_verified.isoformat() if c.last_verified else None, c.updated,
             _sort_key(c), row[0]))
        conn.execute("DELETE FROM phones WHERE contact_id = ?", (c.id,))
        conn.execute("DELETE FROM emails WHERE contact_id = ?", (c.id,))
        self._write_children(conn, c)
        conn.execute("DELETE FROM contacts_fts WHERE rowid = ?", (row[0],))
        self._index(conn, row[0], c)
        return c

    def _write_children(self, conn: sqlite3.Connection, c: BookContact) -> None:
        from presskit.contacts.validate import normalise_phone

        region = c.country or self.default_region
        conn.executemany(
            "INSERT INTO phones(contact_id, position, kind, number, e164) VALUES (?,?,?,?,?)",
            [(c.id, i, p.kind, p.number, normalise_phone(p.number, region))
             for i, p in enumerate(c.phones)])
        conn.executemany(
            "INSERT INTO emails(contact_id, position, address, address_key) VALUES (?,?,?,?)",
            [(c.id, i, e, email_key(e)) for i, e in enumerate(c.emails)])

    @staticmethod
    def _index(conn: sqlite3.Connection, num: int, c: BookContact) -> None:
        conn.execute(
            "INSERT INTO contacts_fts(rowid, names, organization, role, emails) "
            "VALUES (?,?,?,?,?)", (num, *index_text(c)))

    # ------------------------------------------------------------ duplicates, import, backups

    def duplicate_pairs(self, limit: int = 500) -> list[DuplicatePair]:
        """Contacts that look alike (a shared email or phone, the same name), each pair once.

        Pairs a person said are different people (:meth:`keep_apart`) are left out.
        """
        from presskit.contacts.merge import duplicate_pairs

        with self._read() as conn:
            return duplicate_pairs(conn, limit)

    def keep_apart(self, first_id: str, second_id: str) -> None:
        """Record that two contacts are different people: they are no longer suggested."""
        from presskit.contacts.merge import keep_apart

        with self._write() as conn:
            keep_apart(conn, first_id, second_id)

    def merge(self, keep_id: str, other_id: str) -> BookContact:
        """Fold *other_id* into *keep_id* (phones, emails, lists, blanks) and delete it."""
        from presskit.contacts.merge import merge_contacts

        with self._write() as conn:
            return merge_contacts(self, conn, keep_id, other_id)

    def import_items(self, items: Sequence[ImportItem], *,
                     progress: Callable[[int, int], bool | None] | None = None,
                     cancel: _threading.Event | Callable[[], bool] | None = None,
                     ) -> ImportReport:
        """Import records read from files, in one transaction; see :mod:`importer`."""
        from presskit.contacts.importer import import_items

        return import_items(self, items, progress=progress, cancel=cancel)

    def backup_folder(self) -> Path:
        return self.path.parent / "backups"

    def backup_to(self, dest: str | Path) -> Path:
        from presskit.contacts.backup import backup_to

        return backup_to(self, Path(dest))

    def daily_backup(self, keep: int = 7, today: dt.date | None = None) -> Path | None:
        from presskit.contacts.backup import daily_backup

        return daily_backup(self, keep=keep, today=today)

    def list_backups(self) -> list[Path]:
        from presskit.contacts.backup import list_backups

        return list_backups(self.backup_folder())

    def restore_backup(self, path: str | Path) -> Path:
        """Replace the book with a backup; returns the safety copy made first."""
        from presskit.contacts.backup import restore_backup

        return restore_backup(self, Path(path))

    def storage_warning(self) -> str | None:
        from presskit.contacts.storage import storage_warning

        return storage_warning(self.path.parent)


def _sort_key(c: BookContact) -> str:
    return sort_key(c.name() or (c.emails[0] if c.emails else ""))


def _row_to_contact(row: sqlite3.Row | tuple) -> BookContact:
    (_num, cid, display, given, family, role, org, languages, country, notes, verified,
     created, updated) = row
    day = None
    if verified:
        with contextlib.suppress(ValueError):
            day = dt.date.fromisoformat(verified)
    return BookContact(display_name=display, given_name=given, family_name=family, role=role,
                       organization=org, languages=[x for x in languages.split("\n") if x],
                       country=country, notes=notes, last_verified=day, id=cid,
                       created=created, updated=updated)


_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression: every word typed, as a prefix. None for no words."""
    words = _TOKEN.findall(text or "")
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)
