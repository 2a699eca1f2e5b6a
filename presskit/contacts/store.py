"""The contact book's SQLite file: one connection, its lock, transactions and schema.

``BookStore`` owns the connection. The helpers that change the book (the importer,
merging, backups, lists) are handed the store and work inside its transactions:

    with store.write() as conn:      # one BEGIN IMMEDIATE transaction (nested: joined)
        store.insert(conn, contact)
    with store.read() as conn:       # a consistent snapshot for several statements
        store.load(conn, ids)

The database runs in WAL mode with foreign keys on and a busy timeout. Every write is
one ``BEGIN IMMEDIATE`` transaction, retried while another process holds the lock, so
two Presskit processes writing at once wait for each other instead of failing, and a
crash leaves all of a change or none of it. Calls are serialised by a re-entrant lock,
so one store may be shared between threads.

Opening a book of an older schema copies it to ``backups/`` and runs the numbered
migrations of :mod:`presskit.contacts.schema` in one transaction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from presskit.contacts import schema
from presskit.contacts.backup import pre_migration_backup
from presskit.contacts.errors import ContactBookError, NewerBookError
from presskit.contacts.model import BookContact, Phone
from presskit.contacts.records import email_key, index_text, normalise_contact, now_utc, sort_key

DEFAULT_TIMEOUT = 30.0
_LOCK_RETRIES = 8
_COLUMNS = ("num, id, display_name, given_name, family_name, role, organization, languages, "
            "country, notes, last_verified, created, updated")


def _is_locked(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


class BookStore:
    """The connection to one contact book file, its transactions and its rows."""

    def __init__(self, path: str | Path, *, timeout: float = DEFAULT_TIMEOUT,
                 default_region: str | None = None) -> None:
        self.path = Path(path)
        self.timeout = timeout
        #: Region assumed for numbers typed without +CC when the contact has no country.
        self.default_region = (default_region or "").upper() or None
        #: Held for every use of the connection (re-entrant: transactions nest).
        self.lock = threading.RLock()
        self._in_write = False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.connection = self._connect(self.path)
        except (OSError, sqlite3.Error) as exc:
            raise ContactBookError(f"cannot open the contact book: {exc}",
                                   path=str(self.path)) from exc
        try:
            self.ensure_schema()
        except sqlite3.DatabaseError as exc:
            self.connection.close()
            raise ContactBookError(f"cannot open the contact book: {exc}",
                                   path=str(self.path)) from exc
        except BaseException:
            self.connection.close()
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
                with self.lock:
                    self.connection.execute("PRAGMA journal_mode = WAL").fetchone()
                return
            except sqlite3.OperationalError as exc:
                if not _is_locked(exc) or attempt == _LOCK_RETRIES - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))

    def close(self) -> None:
        with self.lock:
            self.connection.close()

    def backup_folder(self) -> Path:
        return self.path.parent / "backups"

    # ------------------------------------------------------------ transactions

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One ``BEGIN IMMEDIATE`` transaction; nested calls join the outer one."""
        with self.lock:
            if self._in_write:
                yield self.connection
                return
            conn = self.connection
            for attempt in range(_LOCK_RETRIES):
                try:
                    conn.execute("BEGIN IMMEDIATE")
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
                yield conn
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            else:
                self._commit()
            finally:
                self._in_write = False

    def _commit(self) -> None:
        for attempt in range(_LOCK_RETRIES):
            try:
                self.connection.execute("COMMIT")
                return
            except sqlite3.OperationalError as exc:
                if not _is_locked(exc) or attempt == _LOCK_RETRIES - 1:
                    self.connection.execute("ROLLBACK")
                    raise
                time.sleep(0.05 * (attempt + 1))

    @contextlib.contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A consistent snapshot for reads made of several statements."""
        with self.lock:
            conn = self.connection
            if self._in_write:
                yield conn
                return
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                if conn.in_transaction:
                    conn.execute("COMMIT")

    # ------------------------------------------------------------ schema

    def schema_version(self) -> int:
        with self.lock:
            return int(self.connection.execute("PRAGMA user_version").fetchone()[0])

    def ensure_schema(self) -> None:
        """Create the schema in a new file, or migrate an older one (after a backup)."""
        version = self.schema_version()
        if version > schema.CURRENT_VERSION:
            raise NewerBookError(
                f"written by a newer Presskit (schema {version}, this version reads up to "
                f"{schema.CURRENT_VERSION}); it was not changed", path=str(self.path))
        self._enable_wal()  # only once we know the file is ours to change
        if version == schema.CURRENT_VERSION:
            return
        if version > 0:
            pre_migration_backup(self, version)
        with self.write() as conn:
            # Another process may have created or migrated the book meanwhile.
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version == 0:
                schema.create_current(conn)
            else:
                schema.migrate(conn, version)
            conn.execute(f"PRAGMA user_version = {schema.CURRENT_VERSION}")
            problems = conn.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise ContactBookError(f"migration left broken references: {problems[:3]}",
                                       path=str(self.path))

    def integrity_check(self) -> str:
        """``"ok"`` or SQLite's description of the damage."""
        with self.lock:
            rows = self.connection.execute("PRAGMA integrity_check").fetchall()
        return "\n".join(str(r[0]) for r in rows)

    def copy_to(self, target: sqlite3.Connection) -> None:
        """SQLite's online backup of the whole book into *target* (a consistent snapshot)."""
        with self.lock:
            self.connection.backup(target)

    def replace_from(self, source: sqlite3.Connection) -> None:
        """Overwrite the book with *source*'s content, then bring its schema up to date."""
        with self.lock:
            source.backup(self.connection)
        self.ensure_schema()

    # ------------------------------------------------------------ rows (inside a transaction)

    def load(self, conn: sqlite3.Connection, ids: list[str]) -> list[BookContact]:
        """The contacts with these ids, in the same order; unknown ids are left out."""
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

    def insert(self, conn: sqlite3.Connection, contact: BookContact,
               *, clean: bool = True) -> BookContact:
        """Store a new contact (*clean*: normalise it first); returns it with id and times."""
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
        _index(conn, num, c)
        return c

    def update(self, conn: sqlite3.Connection, contact: BookContact) -> BookContact:
        """Save the changes of an existing contact (found by ``id``)."""
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
        _index(conn, row[0], c)
        return c

    def delete(self, conn: sqlite3.Connection, contact_id: str) -> bool:
        row = conn.execute("SELECT num FROM contacts WHERE id = ?", (contact_id,)).fetchone()
        if row is None:
            return False
        conn.execute("DELETE FROM contacts_fts WHERE rowid = ?", (row[0],))
        conn.execute("DELETE FROM contacts WHERE num = ?", (row[0],))
        return True

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


def _index(conn: sqlite3.Connection, num: int, c: BookContact) -> None:
    conn.execute(
        "INSERT INTO contacts_fts(rowid, names, organization, role, emails) "
        "VALUES (?,?,?,?,?)", (num, *index_text(c)))


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
