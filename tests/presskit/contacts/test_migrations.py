"""Numbered schema migrations, tested from every earlier version of the contact book.

Each old book is built here with the raw SQL that version of Presskit wrote (not with
the schema module, which only knows the current tables), filled with rows, then opened:
the rows must all survive, the book must work at the current version (search, lists,
keeping apart), and a copy of the old file must be kept.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from presskit.contacts import schema
from presskit.contacts.db import ContactBook
from presskit.contacts.model import BookContact, Phone

ID_A = "3f0c6a1e-2b7d-4c59-9a1e-5d2f00000001"
ID_B = "3f0c6a1e-2b7d-4c59-9a1e-5d2f00000002"
ID_C = "3f0c6a1e-2b7d-4c59-9a1e-5d2f00000003"
LIST_ID = "9b1d2c3e-0000-4000-8000-000000000001"
T0, T1 = "2023-03-01T09:00:00+00:00", "2023-04-01T09:00:00+00:00"

V1_SQL = """
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

V2_SQL = """
CREATE TABLE contacts (
    num INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL DEFAULT '', given_name TEXT NOT NULL DEFAULT '',
    family_name TEXT NOT NULL DEFAULT '', role TEXT NOT NULL DEFAULT '',
    organization TEXT NOT NULL DEFAULT '', languages TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', last_verified TEXT,
    created TEXT NOT NULL, updated TEXT NOT NULL, sort_key TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contacts_sort ON contacts(sort_key);
CREATE TABLE phones (
    contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('work', 'mobile', 'out-of-hours', 'other')),
    number TEXT NOT NULL, e164 TEXT,
    PRIMARY KEY (contact_id, position)
) WITHOUT ROWID;
CREATE INDEX phones_e164 ON phones(e164) WHERE e164 IS NOT NULL;
CREATE TABLE emails (
    contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL, address TEXT NOT NULL, address_key TEXT NOT NULL,
    PRIMARY KEY (contact_id, position)
) WITHOUT ROWID;
CREATE INDEX emails_key ON emails(address_key);
CREATE TABLE lists (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, created TEXT NOT NULL,
                    updated TEXT NOT NULL);
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
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);
PRAGMA user_version = 2;
"""


def make_v1(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(V1_SQL)
    conn.executemany("INSERT INTO contacts VALUES (?,?,?,?,?,?,?,?,?)", [
        (ID_A, "Éloïse Verdier", "Head of press", "Maison Verdier", "+33 1 44 76 75 39",
         "eloise@verdier.example", "Mornings.", T0, T1),
        (ID_B, "Tom Baker", "Editor", "Daily Planet", "", "TOM@planet.example", "", T0, T0),
        (ID_C, "Tom Baker", "Reporter", "Other Paper", "020 7946 0000", "", "", T0, T0),
    ])
    conn.commit()
    conn.close()


def make_v2(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(V2_SQL)
    people = [
        (1, ID_A, "Éloïse Verdier", "Éloïse", "Verdier", "Head of press", "Maison Verdier",
         "fr\nen", "FR", "Mornings.", "2023-03-15", T0, T1, "eloise verdier"),
        (2, ID_B, "Tom Baker", "Tom", "Baker", "Editor", "Daily Planet", "", "", "", None,
         T0, T0, "tom baker"),
        (3, ID_C, "Tom Baker", "Tom", "Baker", "Reporter", "Other Paper", "", "GB", "", None,
         T0, T0, "tom baker"),
    ]
    conn.executemany("INSERT INTO contacts VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", people)
    conn.executemany("INSERT INTO phones VALUES (?,?,?,?,?)", [
        (ID_A, 0, "work", "+33 1 44 76 75 39", "+33144767539"),
        (ID_A, 1, "mobile", "06 12 34 56 78", "+33612345678"),
        (ID_C, 0, "work", "020 7946 0000", "+442079460000"),
    ])
    conn.executemany("INSERT INTO emails VALUES (?,?,?,?)", [
        (ID_A, 0, "eloise@verdier.example", "eloise@verdier.example"),
        (ID_B, 0, "TOM@planet.example", "tom@planet.example"),
    ])
    conn.execute("INSERT INTO lists VALUES (?, 'Paris press', ?, ?)", (LIST_ID, T0, T1))
    conn.executemany("INSERT INTO list_members VALUES (?,?,?)",
                     [(LIST_ID, ID_B, 0), (LIST_ID, ID_A, 1)])
    conn.executemany("INSERT INTO contacts_fts(rowid, names, organization, role, emails) "
                     "VALUES (?,?,?,?,?)", [
                         (1, "Éloïse Verdier", "Maison Verdier", "Head of press",
                          "eloise@verdier.example"),
                         (2, "Tom Baker", "Daily Planet", "Editor", "TOM@planet.example"),
                         (3, "Tom Baker", "Other Paper", "Reporter", "")])
    conn.commit()
    conn.close()


#: One builder for every schema version before the current one.
BUILDERS: dict[int, Callable[[Path], None]] = {1: make_v1, 2: make_v2}


def test_every_earlier_version_is_built_and_has_its_migration() -> None:
    earlier = set(range(1, schema.CURRENT_VERSION))
    assert set(BUILDERS) == earlier  # a new schema version needs a builder here
    assert set(schema.MIGRATIONS) == earlier  # migration n takes a book from n to n + 1
    for version in earlier:
        assert schema.pending(version) == list(range(version, schema.CURRENT_VERSION))


@pytest.mark.parametrize("version", sorted(BUILDERS))
def test_an_old_book_reaches_the_current_version_with_every_row(tmp_path: Path,
                                                                version: int) -> None:
    path = tmp_path / "contacts.sqlite3"
    BUILDERS[version](path)
    with ContactBook(path) as book:
        assert book.schema_version() == schema.CURRENT_VERSION
        assert book.integrity_check() == "ok"
        assert book.count() == 3
        eloise, tom, other_tom = book.get_many([ID_A, ID_B, ID_C])
        assert (eloise.given_name, eloise.family_name) == ("Éloïse", "Verdier")
        assert (eloise.role, eloise.organization, eloise.notes) == (
            "Head of press", "Maison Verdier", "Mornings.")
        assert eloise.phones[0] == Phone("+33 1 44 76 75 39", "work")
        assert eloise.emails == ["eloise@verdier.example"]
        assert (eloise.created, eloise.updated) == (T0, T1)
        assert tom.emails == ["TOM@planet.example"] and tom.role == "Editor"
        assert other_tom.phones == [Phone("020 7946 0000", "work")]
        # Searchable, accents and case ignored.
        assert [c.id for c in book.search("elo verd")] == [ID_A]
        assert {c.id for c in book.search("tom")} == {ID_B, ID_C}
        # The current schema's features work on the migrated book: keeping two apart
        # (schema 3) removes their same-name suggestion.
        assert any({p.first_id, p.second_id} == {ID_B, ID_C} for p in book.duplicate_pairs())
        book.keep_apart(ID_B, ID_C)
        assert not any({p.first_id, p.second_id} == {ID_B, ID_C}
                       for p in book.duplicate_pairs())
        added = book.add(BookContact(given_name="Ada", family_name="Lovelace"))
        assert book.get(added.id) is not None
        # The file as it was is kept, at its own version, with its rows.
        copies = [p for p in book.list_backups() if f"before-upgrade-from-v{version}" in p.name]
        assert len(copies) == 1
    old = sqlite3.connect(copies[0])
    try:
        assert old.execute("PRAGMA user_version").fetchone()[0] == version
        assert old.execute("SELECT count(*) FROM contacts").fetchone()[0] == 3
    finally:
        old.close()


def test_version_2_lists_and_verification_survive(tmp_path: Path) -> None:
    path = tmp_path / "contacts.sqlite3"
    make_v2(path)
    with ContactBook(path) as book:
        (lst,) = book.lists()
        assert (lst.id, lst.name, lst.count) == (LIST_ID, "Paris press", 2)
        assert book.list_member_ids(LIST_ID) == [ID_B, ID_A]  # in the list's order
        eloise = book.get(ID_A)
        assert eloise is not None
        assert eloise.languages == ["fr", "en"] and eloise.country == "FR"
        assert str(eloise.last_verified) == "2023-03-15"
        assert [p.number for p in eloise.phones] == ["+33 1 44 76 75 39", "06 12 34 56 78"]
        rows = book.connection.execute(
            "SELECT name FROM sqlite_master WHERE name = 'kept_apart'").fetchall()
        assert rows == [("kept_apart",)]


def test_reopening_a_migrated_book_migrates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "contacts.sqlite3"
    make_v1(path)
    ContactBook(path).close()
    with ContactBook(path) as book:
        assert book.count() == 3
        assert len([p for p in book.list_backups() if "before-upgrade" in p.name]) == 1
