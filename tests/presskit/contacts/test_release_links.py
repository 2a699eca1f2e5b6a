"""Release contacts and the book entries behind them (issue 10: never tie two people together)."""

from __future__ import annotations

from presskit.contacts.db import ContactBook, book_path
from presskit.contacts.model import BookContact, Phone
from presskit.contacts.release_links import find_entry, save_as_list
from presskit.model import Contact

from .conftest import db_rows


def test_shared_newsroom_address_never_links_another_person(book: ContactBook,
                                                              isolated_data_dir) -> None:
    alice = book.add(BookContact(display_name="Alice Durand", given_name="Alice",
                                 family_name="Durand", emails=["newsroom@agence.example"],
                                 phones=[Phone("+33 1 57 28 20 00", "work")]))
    bruno = Contact(name="Bruno Petit", email="newsroom@agence.example", phone="+33 1 57 28 20 00")
    assert find_entry(book, bruno) is None  # was Alice's entry, found by the email alone
    assert find_entry(book, Contact(name="DURAND, Alice", email="newsroom@agence.example")) \
        == alice
    lst, linked, created = save_as_list(book, [bruno], "Launch")
    assert created == 1
    assert linked[0].book_id != alice.id
    rows = db_rows(book_path(isolated_data_dir))
    assert set(rows) == {"Alice Durand", "Bruno Petit"}
    assert lst.count == 1


def test_personal_address_links_a_nameless_copy(book: ContactBook) -> None:
    claire = book.add(BookContact(display_name="Claire Martin", emails=["c.martin@agence.example"]))
    assert find_entry(book, Contact(name="", email="c.martin@agence.example")) == claire
    assert find_entry(book, Contact(name="Chloé Martin", email="c.martin@agence.example")) is None
