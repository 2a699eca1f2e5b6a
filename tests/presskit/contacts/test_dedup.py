"""De-duplication merges only the same person; look-alikes are kept, reported and offered.

Rows are read back from the SQLite file (``db_rows``), not through ContactBook.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from presskit.contacts import schema
from presskit.contacts.cli import main
from presskit.contacts.db import ContactBook
from presskit.contacts.errors import ContactBookError
from presskit.contacts.files import import_files
from presskit.contacts.matching import contact_id_for_uid, is_shared_mailbox, name_key
from presskit.contacts.model import BookContact, ImportItem, Phone
from tests.presskit.contacts.conftest import count_rows, db_rows, integrity

SWITCHBOARD = "+33 1 57 28 20 00"


def _vcards(path: Path, *cards: str) -> Path:
    path.write_text("".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\n{c}END:VCARD\r\n" for c in cards),
                    encoding="utf-8")
    return path


def _pairs(book: ContactBook) -> set[tuple[frozenset[str], str]]:
    names = {c.id: c.name() for c in book.contacts()}
    return {(frozenset((names[p.first_id], names[p.second_id])), p.reason)
            for p in book.duplicate_pairs()}


# -- the defect: people who share a switchboard or a newsroom address -------------------------
def test_colleagues_sharing_a_switchboard_stay_three_people(corpus: Path,
                                                            book: ContactBook) -> None:
    report = import_files(book, [corpus / "switchboard_outlook.csv"])
    assert str(report) == ("3 imported, 0 merged (same person), 2 possible duplicates kept "
                           "separate, 0 skipped")
    rows = db_rows(book.path)
    assert {name: row["emails"] for name, row in rows.items()} == {
        "Alice Durand": ["alice.durand@quotidien-centre.example"],
        "Bruno Petit": ["bruno.petit@quotidien-centre.example"],
        "Chloé Martin": ["chloe.martin@quotidien-centre.example"]}
    assert rows["Alice Durand"]["phones"] == [("work", SWITCHBOARD)]
    assert rows["Bruno Petit"]["phones"] == [("work", SWITCHBOARD), ("mobile", "+33 6 48 21 07 93")]
    assert count_rows(book.path, "emails") == 3
    assert [str(p) for p in report.possible] == [
        f"switchboard_outlook.csv row 2: Bruno Petit kept separate from Alice Durand "
        f"(same phone {SWITCHBOARD})",
        f"switchboard_outlook.csv row 3: Chloé Martin kept separate from Alice Durand "
        f"(same phone {SWITCHBOARD})",
        f"switchboard_outlook.csv row 3: Chloé Martin kept separate from Bruno Petit "
        f"(same phone {SWITCHBOARD})"]
    # ...and the merge dialog offers every pair, for a person to decide.
    assert _pairs(book) == {
        (frozenset(("Alice Durand", "Bruno Petit")), "same phone +33157282000"),
        (frozenset(("Alice Durand", "Chloé Martin")), "same phone +33157282000"),
        (frozenset(("Bruno Petit", "Chloé Martin")), "same phone +33157282000")}


def test_two_people_sharing_the_newsroom_address_stay_two(corpus: Path,
                                                          book: ContactBook) -> None:
    report = import_files(book, [corpus / "newsroom_outlook.csv"])
    assert str(report) == ("2 imported, 0 merged (same person), 1 possible duplicate kept "
                           "separate, 0 skipped")
    rows = db_rows(book.path)
    assert {name: (row["emails"], row["phones"]) for name, row in rows.items()} == {
        "Damien Roux": (["newsroom@radio-vallee.example"], [("mobile", "+33 6 12 40 51 77")]),
        "Élodie Faure": (["newsroom@radio-vallee.example"], [("mobile", "+33 7 81 15 62 09")])}
    assert [(p.name, p.other_name, p.reason) for p in report.possible] == [
        ("Élodie Faure", "Damien Roux", "same email newsroom@radio-vallee.example")]


def test_importing_again_changes_nothing(corpus: Path, book: ContactBook) -> None:
    files = [corpus / "switchboard_outlook.csv", corpus / "newsroom_outlook.csv"]
    import_files(book, files)
    before = db_rows(book.path)
    report = import_files(book, files)
    # Each record is the same person as the contact it made the first time.
    assert str(report) == ("0 imported, 5 merged (same person), 0 possible duplicates kept "
                           "separate, 0 skipped")
    assert db_rows(book.path) == before


def test_cli_report_lists_the_possible_duplicates(capsys: pytest.CaptureFixture[str],
                                                  corpus: Path, isolated_data_dir: Path) -> None:
    assert main(["import", str(corpus / "switchboard_outlook.csv"),
                 str(corpus / "newsroom_outlook.csv")]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.splitlines() == [
        "5 imported, 0 merged (same person), 3 possible duplicates kept separate, 0 skipped",
        "possible duplicate: switchboard_outlook.csv row 2: Bruno Petit kept separate from "
        f"Alice Durand (same phone {SWITCHBOARD})",
        "possible duplicate: switchboard_outlook.csv row 3: Chloé Martin kept separate from "
        f"Alice Durand (same phone {SWITCHBOARD})",
        "possible duplicate: switchboard_outlook.csv row 3: Chloé Martin kept separate from "
        f"Bruno Petit (same phone {SWITCHBOARD})",
        "possible duplicate: newsroom_outlook.csv row 2: Élodie Faure kept separate from "
        "Damien Roux (same email newsroom@radio-vallee.example)",
        "Nothing was merged for these: compare them in the editor's contact book "
        "(Merge Duplicates) and merge or keep them apart there."]
    assert len(db_rows(isolated_data_dir / "contacts.sqlite3")) == 5


# -- the same person is still merged ---------------------------------------------------------
def test_same_uid_merges_whatever_the_name(book: ContactBook, tmp_path: Path) -> None:
    uid = "UID:urn:uuid:3f2b8c1e-9a4d-4e6f-8b2a-1c5d7e9f0a12\r\n"
    apple = "UID:AB12CD34-5678-90EF:ABPerson\r\n"  # not a uuid: kept as a derived one
    f = _vcards(tmp_path / "uids.vcf",
                f"{uid}FN:Alice Durand\r\nEMAIL:alice.durand@quotidien-centre.example\r\n",
                f"{uid}FN:Alice Durand-Moreau\r\nTEL;TYPE=CELL:+33 6 70 11 22 33\r\n",
                f"{apple}FN:Marc Henry\r\nEMAIL:m.henry@afp.example\r\n",
                f"{apple}FN:M. Henry\r\nTITLE:Photographer\r\n")
    report = import_files(book, [f])
    assert (report.imported, report.merged, report.possible) == (2, 2, [])
    rows = db_rows(book.path)
    assert set(rows) == {"Alice Durand", "Marc Henry"}
    assert rows["Alice Durand"]["id"] == "3f2b8c1e-9a4d-4e6f-8b2a-1c5d7e9f0a12"
    assert rows["Alice Durand"]["phones"] == [("mobile", "+33 6 70 11 22 33")]
    assert rows["Marc Henry"]["id"] == contact_id_for_uid("AB12CD34-5678-90EF:ABPerson")
    assert rows["Marc Henry"]["role"] == "Photographer"


def test_same_name_in_any_order_with_a_shared_email_merges(book: ContactBook,
                                                           tmp_path: Path) -> None:
    book.add(BookContact(display_name="Durand, Alice", emails=["alice.durand@quotidien.example"],
                         role="Rédactrice en chef"))
    f = _vcards(tmp_path / "a.vcf",
                "FN:alice durand\r\nEMAIL:Alice.Durand@quotidien.example\r\n"
                "TEL;TYPE=CELL:+33 6 70 11 22 33\r\n",
                "N:Dürand;Alicé;;;\r\nTEL;TYPE=CELL:+33 6 70 11 22 33\r\n")
    report = import_files(book, [f])
    assert str(report) == ("0 imported, 2 merged (same person), 0 possible duplicates kept "
                           "separate, 0 skipped")
    rows = db_rows(book.path)
    assert list(rows) == ["Durand, Alice"]
    assert rows["Durand, Alice"]["phones"] == [("mobile", "+33 6 70 11 22 33")]
    assert rows["Durand, Alice"]["emails"] == ["alice.durand@quotidien.example"]


def test_nameless_card_with_the_same_email_merges(book: ContactBook, tmp_path: Path) -> None:
    book.add(BookContact(given_name="Alice", family_name="Durand",
                         emails=["alice.durand@quotidien.example"]))
    f = _vcards(tmp_path / "n.vcf",
                "EMAIL:alice.durand@quotidien.example\r\nTEL;TYPE=CELL:+33 6 70 11 22 33\r\n")
    report = import_files(book, [f])
    assert (report.imported, report.merged) == (0, 1)
    assert db_rows(book.path)["Alice Durand"]["phones"] == [("mobile", "+33 6 70 11 22 33")]


def test_named_card_completes_a_nameless_contact(book: ContactBook) -> None:
    book.add(BookContact(emails=["c.martin@quotidien.example"]))
    report = book.import_items([ImportItem("r1", BookContact(
        given_name="Chloé", family_name="Martin", emails=["C.Martin@quotidien.example"]))])
    assert (report.imported, report.merged) == (0, 1)
    assert list(db_rows(book.path)) == ["Chloé Martin"]


@pytest.mark.parametrize("card", [
    # A phone alone never merges, even without a name.
    f"TEL:{SWITCHBOARD}\r\n",
    # A shared mailbox is no one's in particular.
    "EMAIL:newsroom@quotidien.example\r\n",
    # An address two people have does not say which one this is.
    "EMAIL:desk.eco@quotidien.example\r\n",
    # Another organization's card with Alice's address is not Alice.
    "ORG:Le Quotidien du Centre\r\nEMAIL:alice.durand@quotidien.example\r\n",
])
def test_look_alikes_without_the_same_name_are_kept(book: ContactBook, tmp_path: Path,
                                                    card: str) -> None:
    book.add(BookContact(display_name="Alice Durand", country="FR",
                         emails=["alice.durand@quotidien.example", "newsroom@quotidien.example",
                                 "desk.eco@quotidien.example"], phones=[Phone(SWITCHBOARD)]))
    book.add(BookContact(display_name="Bruno Petit", country="FR",
                         emails=["desk.eco@quotidien.example"]))
    report = import_files(book, [_vcards(tmp_path / "x.vcf", card)])
    assert (report.imported, report.merged, report.kept_separate) == (1, 0, 1)
    assert count_rows(book.path) == 3
    assert db_rows(book.path)["Alice Durand"]["emails"] == [
        "alice.durand@quotidien.example", "newsroom@quotidien.example",
        "desk.eco@quotidien.example"]


def test_same_name_alone_is_a_possible_duplicate(book: ContactBook) -> None:
    book.add(BookContact(display_name="Marie Martin", organization="Le Monde",
                         emails=["m.martin@lemonde.example"]))
    report = book.import_items([ImportItem("r1", BookContact(
        given_name="Marie", family_name="Martin", organization="France Inter",
        emails=["marie.martin@radio.example"]))])
    assert (report.imported, report.merged) == (1, 0)
    assert [(p.other_name, p.reason) for p in report.possible] == [("Marie Martin", "same name")]
    assert _pairs(book) == {(frozenset(("Marie Martin",)), "same name")}


def test_name_key_and_shared_mailboxes() -> None:
    assert name_key(BookContact(display_name="Durand, Alice")) == "alice durand"
    assert name_key(BookContact(given_name="ALICE", family_name="Dùrand")) == "alice durand"
    assert name_key(BookContact(organization="Radio Vallée")) == "radio vallee"
    assert name_key(BookContact(emails=["x@y.example"])) == ""
    assert is_shared_mailbox("Newsroom@radio.example") and is_shared_mailbox("presse@x.fr")
    assert is_shared_mailbox("news-room@x.fr") and not is_shared_mailbox("a.roy@lemonde.fr")


# -- deciding in the merge dialog: keep apart ------------------------------------------------
def test_kept_apart_pairs_are_no_longer_suggested(corpus: Path, book: ContactBook) -> None:
    import_files(book, [corpus / "switchboard_outlook.csv"])
    ids = {c.name(): c.id for c in book.contacts()}
    book.keep_apart(ids["Bruno Petit"], ids["Alice Durand"])
    assert _pairs(book) == {
        (frozenset(("Alice Durand", "Chloé Martin")), "same phone +33157282000"),
        (frozenset(("Bruno Petit", "Chloé Martin")), "same phone +33157282000")}
    book.keep_apart(ids["Alice Durand"], ids["Bruno Petit"])  # once is enough
    assert count_rows(book.path, "kept_apart") == 1
    with pytest.raises(ContactBookError):
        book.keep_apart(ids["Alice Durand"], ids["Alice Durand"])
    with pytest.raises(ContactBookError):
        book.keep_apart(ids["Alice Durand"], "no-such-id")
    # Chloé turns out to be Alice's second card: Alice inherits Chloé's decisions.
    book.keep_apart(ids["Chloé Martin"], ids["Bruno Petit"])
    book.merge(ids["Alice Durand"], ids["Chloé Martin"])
    assert _pairs(book) == set()
    conn = sqlite3.connect(book.path)
    try:
        assert conn.execute("SELECT first_id, second_id FROM kept_apart").fetchall() == [
            tuple(sorted((ids["Alice Durand"], ids["Bruno Petit"])))]
    finally:
        conn.close()
    # Deleting a contact forgets its decisions.
    book.delete(ids["Bruno Petit"])
    assert count_rows(book.path, "kept_apart") == 0
    assert integrity(book.path) == "ok"


def test_book_of_schema_2_gains_kept_apart(tmp_path: Path) -> None:
    path = tmp_path / "contacts.sqlite3"
    conn = sqlite3.connect(path)
    schema._run_script(conn, schema._TABLES_V2)
    conn.execute("INSERT INTO contacts(id, display_name, created, updated, sort_key) "
                 "VALUES ('c1', 'Alice Durand', 't', 't', 'alice durand')")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    book = ContactBook(path)
    try:
        assert book.schema_version() == 3
        assert [c.name() for c in book.contacts()] == ["Alice Durand"]
        other = book.add(BookContact(display_name="Alice Durand"))
        book.keep_apart("c1", other.id)
        assert book.duplicate_pairs() == []
        assert [p.name.startswith("contacts-before-upgrade-from-v2-")
                for p in book.list_backups()] == [True]
    finally:
        book.close()
