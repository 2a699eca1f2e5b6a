"""Schema migration from v1, daily backups and restore, network/synced folder warnings."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from presskit.contacts import schema
from presskit.contacts.db import ContactBook, open_book
from presskit.contacts.errors import ContactBookError
from presskit.contacts.model import BookContact
from presskit.contacts.storage import storage_warning
from tests.presskit.contacts.conftest import count_rows, db_rows, integrity

V1_ROWS = [
    ("7c1e4a52-5b0e-4c1a-9d55-0e6c4f1c0001", "Hélène Lefèvre", "Rédactrice en chef",
     "Rédaction Côte d'Azur", "+33 4 93 12 34 56", "helene@cote-azur.example",
     "Prefers mornings.\nVery responsive.", "2023-01-05T10:00:00+00:00",
     "2023-02-01T10:00:00+00:00"),
    ("7c1e4a52-5b0e-4c1a-9d55-0e6c4f1c0002", "Prince", "", "Paisley Park", "", "", "",
     "2023-01-06T10:00:00+00:00", "2023-01-06T10:00:00+00:00"),
    ("7c1e4a52-5b0e-4c1a-9d55-0e6c4f1c0003", "Jean de la Fontaine", "Fabuliste", "",
     "not a number", "Jean@Fables.example", "", "2023-01-07T10:00:00+00:00",
     "2023-01-07T10:00:00+00:00"),
]


def _make_v1(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(schema.SCHEMA_V1)
    conn.executemany("INSERT INTO contacts VALUES (?,?,?,?,?,?,?,?,?)", V1_ROWS)
    conn.commit()
    conn.close()


def test_migrates_v1_without_losing_data(tmp_path: Path) -> None:
    path = tmp_path / "contacts.sqlite3"
    _make_v1(path)
    book = ContactBook(path)
    assert book.schema_version() == schema.CURRENT_VERSION == 3
    rows = db_rows(path)
    helene = rows["Hélène Lefèvre"]
    assert (helene["given"], helene["family"]) == ("Hélène", "Lefèvre")
    assert helene["role"] == "Rédactrice en chef"
    assert helene["organization"] == "Rédaction Côte d'Azur"
    assert helene["phones"] == [("work", "+33 4 93 12 34 56")]
    assert helene["emails"] == ["helene@cote-azur.example"]
    assert helene["notes"] == "Prefers mornings.\nVery responsive."
    assert helene["id"] == V1_ROWS[0][0]
    prince = rows["Prince"]
    assert (prince["given"], prince["family"], prince["phones"], prince["emails"]) == (
        "Prince", "", [], [])
    jean = rows["Jean de la Fontaine"]
    assert (jean["given"], jean["family"]) == ("Jean de la", "Fontaine")
    assert jean["phones"] == [("work", "not a number")]
    assert jean["emails"] == ["Jean@Fables.example"]
    got = book.get(V1_ROWS[0][0])
    assert got is not None and got.created == V1_ROWS[0][7] and got.updated == V1_ROWS[0][8]
    # The migrated rows are searchable and checked.
    assert [c.name() for c in book.search("lefev")] == ["Hélène Lefèvre"]
    assert [c.name() for c in book.search("fables")] == ["Jean de la Fontaine"]
    assert integrity(path) == "ok"
    # A copy of the v1 file was kept before migrating.
    copies = [p for p in book.list_backups() if "before-upgrade-from-v1" in p.name]
    assert len(copies) == 1
    conn = sqlite3.connect(copies[0])
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 3
    conn.close()
    # Reopening does not migrate again.
    book.close()
    again = ContactBook(path)
    assert again.count() == 3
    again.close()


def test_failed_migration_leaves_v1_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "contacts.sqlite3"
    _make_v1(path)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE contacts RENAME TO contacts_v1")
        conn.execute("CREATE TABLE contacts (x)")
        raise RuntimeError("power cut")

    monkeypatch.setitem(schema.MIGRATIONS, 1, broken)
    with pytest.raises(RuntimeError):
        ContactBook(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT id, name FROM contacts ORDER BY id").fetchall() == [
        (r[0], r[1]) for r in V1_ROWS]
    conn.close()


def test_daily_backups_keep_n_generations(book: ContactBook) -> None:
    book.add(BookContact(given_name="Ann", emails=["ann@x.example"]))
    start = dt.date(2025, 3, 1)
    for i in range(10):
        book.daily_backup(keep=7, today=start + dt.timedelta(days=i))
    assert book.daily_backup(keep=7, today=start + dt.timedelta(days=9)) is None
    names = [p.name for p in book.list_backups()]
    assert names == [f"contacts-2025-03-{d:02d}.sqlite3" for d in range(10, 3, -1)]
    newest = book.list_backups()[0]
    assert integrity(newest) == "ok"
    assert set(db_rows(newest)) == {"Ann"}
    assert not list(book.backup_folder().glob("*.tmp"))


def test_open_book_makes_todays_backup(isolated_data_dir: Path) -> None:
    with open_book() as book:
        assert book.path == isolated_data_dir / "contacts.sqlite3"
        today = dt.date.today().isoformat()
        assert [p.name for p in book.list_backups()] == [f"contacts-{today}.sqlite3"]


def test_restore_backup(book: ContactBook) -> None:
    ann = book.add(BookContact(given_name="Ann", emails=["ann@x.example"]))
    lst = book.create_list("Press")
    book.set_list_members(lst.id, [ann.id])
    backup = book.daily_backup(today=dt.date(2025, 1, 1))
    assert backup is not None
    book.delete(ann.id)
    book.add(BookContact(given_name="Bob", emails=["bob@x.example"]))
    safety = book.restore_backup(backup)
    assert set(db_rows(book.path)) == {"Ann"}
    assert book.list_member_ids(lst.id) == [ann.id]
    assert [c.name() for c in book.search("bob")] == []
    assert [c.name() for c in book.search("ann")] == ["Ann"]
    assert set(db_rows(safety)) == {"Bob"}
    assert safety in book.list_backups()
    assert integrity(book.path) == "ok"
    # The book keeps working (and stays in WAL mode) after a restore.
    book.add(BookContact(given_name="Cem"))
    assert count_rows(book.path) == 2
    assert book.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # Undo the restore with the safety copy.
    book.restore_backup(safety)
    assert set(db_rows(book.path)) == {"Bob"}


def test_restore_refuses_bad_files(book: ContactBook, tmp_path: Path) -> None:
    book.add(BookContact(given_name="Ann"))
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 50)
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t(x)").connection.commit()
    for bad in (junk, other, tmp_path / "missing.sqlite3"):
        with pytest.raises(ContactBookError):
            book.restore_backup(bad)
    assert set(db_rows(book.path)) == {"Ann"}


def test_restore_of_a_v1_backup_is_migrated(book: ContactBook, tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    _make_v1(old)
    book.restore_backup(old)
    assert book.schema_version() == 3
    assert set(db_rows(book.path)) == {"Hélène Lefèvre", "Prince", "Jean de la Fontaine"}


MOUNTS = """\
sysfs /sys sysfs rw 0 0
/dev/sda1 / ext4 rw,relatime 0 0
/dev/sda2 /home ext4 rw,relatime 0 0
fileserver:/export/home /home/shared nfs4 rw 0 0
//nas/office /mnt/office\\040share cifs rw 0 0
me@host:/data /home/me/remote fuse.sshfs rw 0 0
"""


@pytest.mark.parametrize(("path", "expected"), [
    ("/home/me/.local/share/presskit", None),
    ("/home/shared/presskit", "network share (nfs4)"),
    ("/mnt/office share/presskit", "network share (cifs)"),
    ("/home/me/remote/presskit", "network share (fuse.sshfs)"),
    ("/home/me/Dropbox/presskit", "inside a Dropbox folder"),
    ("/home/me/OneDrive - Contoso/presskit", "inside a OneDrive folder"),
    ("/home/me/Google Drive/presskit", "inside a Google Drive folder"),
    ("/home/me/Library/Mobile Documents/com~apple~CloudDocs/p", "inside a iCloud folder"),
    ("//server/share/presskit", "network share"),
])
def test_storage_warning(path: str, expected: str | None) -> None:
    warning = storage_warning(path, mounts=MOUNTS)
    if expected is None:
        assert warning is None
    else:
        assert warning is not None and expected in warning


def test_storage_warning_for_the_real_data_folder(book: ContactBook) -> None:
    # The test data folder is a local temporary folder.
    assert book.storage_warning() is None
