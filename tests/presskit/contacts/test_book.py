"""ContactBook: storage settings, CRUD, search, lists, duplicates, merge, verification."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time

import pytest

from presskit.contacts.db import ContactBook, fts_query
from presskit.contacts.errors import ContactBookError
from presskit.contacts.model import BookContact, Phone
from tests.presskit.contacts.conftest import count_rows, db_rows, integrity


def _add(book: ContactBook, name: str, **kw: object) -> BookContact:
    given, _, family = name.partition(" ")
    return book.add(BookContact(given_name=given, family_name=family, **kw))  # type: ignore[arg-type]


def test_storage_settings(book: ContactBook) -> None:
    conn = sqlite3.connect(book.path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    finally:
        conn.close()
    assert book.connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert book.connection.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert book.path.name == "contacts.sqlite3"


def test_add_get_update_delete(book: ContactBook) -> None:
    c = book.add(BookContact(given_name="Éloïse", family_name="Verdier", role="Attachée de presse",
                             organization="Maison Verdier",
                             phones=[Phone("+33 1 44 76 75 39", "work"),
                                     Phone("06 12 34 56 78", "mobile")],
                             emails=["Eloise@Maison-Verdier.EXAMPLE"], languages=["FR", "en"],
                             country="fr", notes="  Line one\r\nline two  "))
    assert len(c.id) == 36
    assert c.created == c.updated and c.created.endswith("+00:00")
    row = db_rows(book.path)["Éloïse Verdier"]
    assert row["phones"] == [("work", "+33 1 44 76 75 39"), ("mobile", "06 12 34 56 78")]
    assert row["emails"] == ["Eloise@maison-verdier.example"]
    assert row["languages"] == ["fr", "en"]
    assert row["country"] == "FR"
    assert row["notes"] == "Line one\nline two"
    e164 = [r[0] for r in book.connection.execute(
        "SELECT e164 FROM phones WHERE contact_id = ? ORDER BY position", (c.id,))]
    assert e164 == ["+33144767539", "+33612345678"]

    got = book.get(c.id)
    assert got == c
    time.sleep(0.001)
    got.role = "Directrice de la communication"
    got.phones = [Phone("+33 1 44 76 75 40", "work")]
    saved = book.update(got)
    assert saved.created == c.created and saved.updated > c.updated
    row = db_rows(book.path)["Éloïse Verdier"]
    assert row["role"] == "Directrice de la communication"
    assert row["phones"] == [("work", "+33 1 44 76 75 40")]

    assert book.delete(c.id) is True
    assert book.delete(c.id) is False
    assert count_rows(book.path) == 0
    assert count_rows(book.path, "phones") == 0
    assert count_rows(book.path, "emails") == 0
    assert count_rows(book.path, "contacts_fts") == 0


def test_update_unknown_contact_fails(book: ContactBook) -> None:
    with pytest.raises(ContactBookError, match="no contact"):
        book.update(BookContact(id="00000000-0000-4000-8000-000000000000", given_name="X"))


def test_search_prefix_accents_case_and_fields(book: ContactBook) -> None:
    helene = _add(book, "Hélène Lefèvre", organization="Rédaction Côte d'Azur",
                  role="Rédactrice en chef", emails=["helene@cote-azur.example"])
    jorg = _add(book, "Jörg Müller", organization="Südwest Kurier", role="Korrespondent",
                emails=["joerg@kurier.example"])
    _add(book, "Priya Raman", organization="Coastal Wire", role="Features Editor")

    def names(q: str) -> list[str]:
        return [c.name() for c in book.search(q)]

    assert names("hel") == ["Hélène Lefèvre"]
    assert names("HELENE LEF") == ["Hélène Lefèvre"]
    assert names("lefevre") == ["Hélène Lefèvre"]
    assert names("mull") == ["Jörg Müller"]
    assert names("sudwest") == ["Jörg Müller"]
    assert names("redactrice") == ["Hélène Lefèvre"]
    assert names("korr") == ["Jörg Müller"]
    assert names("joerg@kur") == ["Jörg Müller"]
    assert names("cote-azur") == ["Hélène Lefèvre"]
    assert names("features ed") == ["Priya Raman"]
    assert names("r") == ["Hélène Lefèvre", "Priya Raman"]  # Rédaction, Raman
    assert names("e") == ["Hélène Lefèvre", "Priya Raman"]  # helene@…, Editor
    assert names("example") == []  # top-level domains are not indexed
    assert names("kurier") == ["Jörg Müller"]
    assert names("zzz") == []
    assert names("") == ["Hélène Lefèvre", "Jörg Müller", "Priya Raman"]
    # FTS syntax typed by the user is searched for, never interpreted.
    for hostile in ('"', "AND", "hel*", "-hel", "NEAR(", "role:x", "'; DROP TABLE contacts"):
        book.search(hostile)
    assert names('hel"') == ["Hélène Lefèvre"]
    # The index follows updates and deletions.
    helene.family_name = "Dupont"
    helene.display_name = ""
    book.update(helene)
    assert names("lefevre") == []
    assert names("dupont") == ["Hélène Dupont"]
    book.delete(jorg.id)
    assert names("mull") == []


def test_fts_query_escapes_words() -> None:
    assert fts_query("  ") is None
    assert fts_query("Élo ver") == '"Élo"* "ver"*'
    assert fts_query('a"b') == '"a"* "b"*'


def test_search_limit_and_sorting(book: ContactBook) -> None:
    for name in ("Zoe Adams", "Amy Adams", "Ben Adams"):
        _add(book, name)
    assert [c.name() for c in book.search("adams")] == ["Amy Adams", "Ben Adams", "Zoe Adams"]
    assert len(book.search("adams", limit=2)) == 2


@pytest.mark.parametrize("few", [100, 5000])
def test_search_with_many_matches_is_sorted_too(book: ContactBook, few: int,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Both search plans (sort the matches / walk the name index) give the same answers."""
    import random

    import presskit.contacts.db as db

    monkeypatch.setattr(db, "_FEW", few)
    numbers = list(range(1500))
    random.Random(5).shuffle(numbers)
    with book.transaction():
        for i in numbers:
            book.add(BookContact(given_name=f"Person{i:04d}", organization="Agence Centrale"))
    assert book.count() == 1500
    assert [c.given_name for c in book.search("agence", limit=5)] == [
        f"Person{i:04d}" for i in range(5)]
    assert len(book.search_ids("agence", limit=-1)) == 1500
    assert [c.given_name for c in book.search("person001")] == [
        f"Person{i:04d}" for i in range(10, 20)]
    assert book.search_ids("zzz") == []


def test_lists_order_membership_and_rename(book: ContactBook) -> None:
    a, b, c, d = (_add(book, n) for n in ("Ann A", "Bob B", "Cem C", "Dai D"))
    press = book.create_list("Presse nationale")
    tech = book.create_list("Tech")
    with pytest.raises(ContactBookError, match="already exists"):
        book.create_list("presse  NATIONALE")
    book.set_list_members(press.id, [c.id, a.id, d.id, a.id])
    assert book.list_member_ids(press.id) == [c.id, a.id, d.id]
    book.add_to_list(press.id, b.id, position=1)
    assert [x.name() for x in book.list_contacts(press.id)] == ["Cem C", "Bob B", "Ann A", "Dai D"]
    book.add_to_list(press.id, d.id, position=0)  # moving
    assert book.list_member_ids(press.id) == [d.id, c.id, b.id, a.id]
    book.add_to_list(press.id, c.id)  # already there, no position: unchanged
    assert book.list_member_ids(press.id) == [d.id, c.id, b.id, a.id]
    assert book.remove_from_list(press.id, b.id) is True
    assert book.remove_from_list(press.id, b.id) is False
    book.add_to_list(tech.id, a.id)
    assert [x.name for x in book.contact_lists(a.id)] == ["Presse nationale", "Tech"]
    book.rename_list(tech.id, "Tech & science")
    with pytest.raises(ContactBookError, match="already exists"):
        book.rename_list(tech.id, "Presse nationale")
    assert [(x.name, x.count) for x in book.lists()] == [("Presse nationale", 3),
                                                          ("Tech & science", 1)]
    rows = book.connection.execute("SELECT contact_id, position FROM list_members "
                                   "WHERE list_id = ? ORDER BY position", (press.id,)).fetchall()
    assert rows == [(d.id, 0), (c.id, 1), (a.id, 2)]
    # Deleting a contact removes it from lists; deleting a list keeps the contacts.
    book.delete(c.id)
    assert book.list_member_ids(press.id) == [d.id, a.id]
    assert book.delete_list(press.id) is True
    assert count_rows(book.path) == 3
    assert count_rows(book.path, "list_members") == 1
    with pytest.raises(ContactBookError):
        book.set_list_members(press.id, [a.id])
    with pytest.raises(ContactBookError):
        book.set_list_members(tech.id, ["no-such-id"])
    assert book.list_member_ids(tech.id) == [a.id]


def test_duplicate_pairs_by_email_and_phone(book: ContactBook) -> None:
    a = _add(book, "Ann Lee", emails=["Ann.Lee@Paper.example"],
             phones=[Phone("+33 1 44 76 75 39")])
    b = _add(book, "A. Lee", emails=["ann.lee@paper.example"])
    c = _add(book, "Annie Lee", country="FR", phones=[Phone("01 44 76 75 39", "mobile")])
    _add(book, "Someone Else", emails=["else@paper.example"], phones=[Phone("+33 1 44 76 75 38")])
    pairs = {(frozenset((p.first_id, p.second_id)), p.reason) for p in book.duplicate_pairs()}
    assert pairs == {(frozenset((a.id, b.id)), "same email ann.lee@paper.example"),
                     (frozenset((a.id, c.id)), "same phone +33144767539")}


def test_merge_unions_and_deletes_other(book: ContactBook) -> None:
    keep = _add(book, "Ann Lee", emails=["ann@paper.example"], phones=[Phone("+33 1 44 76 75 39")],
                notes="Morning person.", last_verified=dt.date(2023, 1, 1))
    other = book.add(BookContact(display_name="A. Lee", role="Editor", organization="Paper",
                                 emails=["ANN@paper.example", "ann.lee@home.example"],
                                 phones=[Phone("+33144767539", "work"),
                                         Phone("+33 6 12 34 56 78", "mobile")],
                                 languages=["fr"], notes="Call after 10.",
                                 last_verified=dt.date(2024, 6, 1)))
    l1 = book.create_list("One")
    l2 = book.create_list("Two")
    x = _add(book, "Xi X")
    book.set_list_members(l1.id, [x.id, other.id])
    book.set_list_members(l2.id, [keep.id, x.id, other.id])
    merged = book.merge(keep.id, other.id)
    assert book.get(other.id) is None
    rows = db_rows(book.path)
    assert set(rows) == {"Ann Lee", "Xi X"}
    row = rows["Ann Lee"]
    assert row["role"] == "Editor" and row["organization"] == "Paper"
    assert row["emails"] == ["ann@paper.example", "ann.lee@home.example"]
    assert row["phones"] == [("work", "+33 1 44 76 75 39"), ("mobile", "+33 6 12 34 56 78")]
    assert row["languages"] == ["fr"]
    assert row["notes"] == "Morning person.\n\nCall after 10."
    assert row["verified"] == "2024-06-01"
    assert merged.created == keep.created
    assert book.list_member_ids(l1.id) == [x.id, keep.id]
    assert book.list_member_ids(l2.id) == [keep.id, x.id]
    assert [c.name() for c in book.search("home")] == ["Ann Lee"]
    assert book.duplicate_pairs() == []
    with pytest.raises(ContactBookError):
        book.merge(keep.id, keep.id)
    with pytest.raises(ContactBookError):
        book.merge(keep.id, other.id)
    assert integrity(book.path) == "ok"


def test_mark_verified(book: ContactBook) -> None:
    c = _add(book, "Ann Lee")
    time.sleep(0.001)
    v = book.mark_verified(c.id)
    assert v.last_verified == dt.date.today() and v.updated > c.updated
    book.mark_verified(c.id, dt.date(2024, 2, 29))
    assert db_rows(book.path)["Ann Lee"]["verified"] == "2024-02-29"
    with pytest.raises(ContactBookError):
        book.mark_verified("nope")


def test_newer_schema_is_refused_untouched(tmp_path) -> None:
    path = tmp_path / "contacts.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future(x)")
    conn.execute("PRAGMA user_version = 9")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    from presskit.contacts.errors import NewerBookError

    with pytest.raises(NewerBookError, match="newer Presskit"):
        ContactBook(path)
    assert path.read_bytes() == before


def test_not_a_database_is_a_clear_error(tmp_path) -> None:
    path = tmp_path / "contacts.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(ContactBookError, match="cannot open the contact book"):
        ContactBook(path)
