"""SQLite schema of the contact book and its migrations.

The schema version lives in ``PRAGMA user_version``. Each migration runs in
one ``BEGIN IMMEDIATE`` transaction together with the version bump, so a
crash leaves either the old schema with all its data or the new one. Before
migrating, a copy of the database is kept in ``backups/`` as well.

Version history:

1. ``contacts(id, name, role, organization, phone, email, notes, created, updated)``
   — one phone and one email per contact.
2. Typed phones and several emails in their own tables, names split, languages,
   country, last-verified date, ordered lists, and an FTS5 search index.
3. ``kept_apart``: pairs of contacts a person said are different people, so that
   they are no longer suggested as duplicates.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

CURRENT_VERSION = 3

# Kept so that tests (and tools) can create a database of the first release.
SCHEMA_V1 = """
CREATE TABLE contacts (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    organization TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE INDEX contacts_name ON contacts(name);
PRAGMA user_version = 1;
"""

_TABLES_V2 = """
CREATE TABLE contacts (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL DEFAULT '',
    given_name TEXT NOT NULL DEFAULT '',
    family_name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    organization TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    last_verified TEXT,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    sort_key TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contacts_sort ON contacts(sort_key);
CREATE TABLE phones (
    contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('work', 'mobile', 'out-of-hours', 'other')),
    number TEXT NOT NULL,
    e164 TEXT,
    PRIMARY KEY (contact_id, position)
) WITHOUT ROWID;
CREATE INDEX phones_e164 ON phones(e164) WHERE e164 IS NOT NULL;
CREATE TABLE emails (
    contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    address TEXT NOT NULL,
    address_key TEXT NOT NULL,
    PRIMARY KEY (contact_id, position)
) WITHOUT ROWID;
CREATE INDEX emails_key ON emails(address_key);
CREATE TABLE lists (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE list_members (
    list_id TEXT NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
    contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (list_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX list_members_contact ON list_members(contact_id);
CREATE INDEX list_members_order ON list_members(list_id, position);
CREATE VIRTUAL TABLE contacts_fts USING fts5(
    names, organization, role, emails,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
"""


_TABLES_V3 = """
CREATE TABLE kept_apart (
    first_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE ON UPDATE CASCADE,
    second_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE ON UPDATE CASCADE,
    decided TEXT NOT NULL,
    PRIMARY KEY (first_id, second_id),
    CHECK (first_id < second_id)
) WITHOUT ROWID;
CREATE INDEX kept_apart_second ON kept_apart(second_id);
"""


def create_current(conn: sqlite3.Connection) -> None:
    """Create the latest schema in an empty database (inside the caller's transaction)."""
    _run_script(conn, _TABLES_V2)
    _run_script(conn, _TABLES_V3)


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    # executescript() would COMMIT the caller's transaction; run statements one by one.
    for statement in script.split(";\n"):
        if statement.strip():
            conn.execute(statement)


def _migrate_1_to_2(conn: sqlite3.Connection) -> None:
    from presskit.contacts.model import BookContact
    from presskit.contacts.records import email_key, index_text, name_parts, sort_key

    conn.execute("ALTER TABLE contacts RENAME TO contacts_v1")
    conn.execute("DROP INDEX IF EXISTS contacts_name")
    _run_script(conn, _TABLES_V2)
    rows = conn.execute("SELECT id, name, role, organization, phone, email, notes, created, "
                        "updated FROM contacts_v1 ORDER BY rowid").fetchall()
    from presskit.contacts.validate import normalise_phone

    for cid, name, role, org, phone, email, notes, created, updated in rows:
        given, family = name_parts(name)
        cur = conn.execute(
            "INSERT INTO contacts(id, display_name, given_name, family_name, role, "
            "organization, notes, created, updated, sort_key) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (cid, name, given, family, role, org, notes, created, updated,
             sort_key(name or org or email)))
        if phone.strip():
            conn.execute("INSERT INTO phones VALUES (?, 0, 'work', ?, ?)",
                         (cid, phone, normalise_phone(phone)))
        if email.strip():
            conn.execute("INSERT INTO emails VALUES (?, 0, ?, ?)",
                         (cid, email.strip(), email_key(email)))
        indexed = BookContact(display_name=name, given_name=given, family_name=family,
                              role=role, organization=org, emails=[email.strip()])
        conn.execute("INSERT INTO contacts_fts(rowid, names, organization, role, emails) "
                     "VALUES (?,?,?,?,?)", (cur.lastrowid, *index_text(indexed)))
    conn.execute("DROP TABLE contacts_v1")


def _migrate_2_to_3(conn: sqlite3.Connection) -> None:
    _run_script(conn, _TABLES_V3)


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _migrate_1_to_2,
    2: _migrate_2_to_3,
}


def pending(version: int) -> list[int]:
    """The migrations to run from *version* to ``CURRENT_VERSION``."""
    return [v for v in range(max(version, 1), CURRENT_VERSION) if v in MIGRATIONS]


def migrate(conn: sqlite3.Connection, version: int) -> None:
    """Bring a book of schema *version* to ``CURRENT_VERSION``, migration ``n`` taking it
    from ``n`` to ``n + 1`` (inside the caller's transaction, which sets the version)."""
    for step in pending(version):
        MIGRATIONS[step](conn)
