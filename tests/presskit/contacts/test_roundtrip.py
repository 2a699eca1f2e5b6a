"""Export then import into a fresh book loses nothing, field by field, lists included."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from presskit.contacts.db import ContactBook
from presskit.contacts.files import export_contacts, import_files
from presskit.contacts.model import BookContact, Phone
from tests.presskit.contacts.conftest import db_rows

FIELDS = ("display_name", "given_name", "family_name", "role", "organization", "phones",
          "emails", "languages", "country", "notes", "last_verified", "id")

PEOPLE = [
    BookContact(given_name="Éloïse", family_name="Verdier-Château", role="Attachée de presse",
                organization="Maison Verdier, Communication; Paris",
                phones=[Phone("+33 1 44 76 75 39", "work"), Phone("06 12 34 56 78", "mobile"),
                        Phone("+33 6 98 76 54 32", "out-of-hours"),
                        Phone("ask the switchboard", "other")],
                emails=["Eloise@maison-verdier.example", "eloise.v@home.example"],
                languages=["fr", "en-GB", "Brazilian Portuguese"], country="FR",
                notes="Line one\nLine two, with comma; semicolon and \\ backslash\n\n\"Quoted\"",
                last_verified=dt.date(2024, 2, 29)),
    BookContact(display_name="Dr. Анна Иванова", given_name="Анна", family_name="Иванова",
                role="Обозреватель", organization="Московский вестник",
                phones=[Phone("+7 916 123-45-67", "mobile")],
                emails=["anna.ivanova@moskva-vestnik.example"], languages=["ru"]),
    BookContact(given_name="@Ann", family_name="-Lee", role="=Editor", organization="+Plus Media",
                phones=[Phone("+44 20 7946 0958", "work"), Phone("+44 20 7946 0959", "work")],
                emails=["not-an-email"], notes="=HYPERLINK(\"http://x.example\")\n-- signed"),
    BookContact(organization="Agence Presse Sud", phones=[Phone("04 93 12 34 56", "work")],
                country="FR", emails=["redaction@presse-sud.example"]),
    BookContact(given_name="Yuki", family_name="Sato 佐藤", notes="'=already quoted",
                emails=["yuki@hokkaido.example"], last_verified=dt.date(2025, 1, 2)),
]


def _fill(book: ContactBook) -> list[BookContact]:
    saved = [book.add(p) for p in PEOPLE]
    press = book.create_list("Presse, nationale")
    tech = book.create_list("Tech")
    book.set_list_members(press.id, [saved[3].id, saved[0].id, saved[2].id])
    book.set_list_members(tech.id, [saved[4].id, saved[3].id])
    return saved


@pytest.mark.parametrize("suffix", [".vcf", ".csv"])
def test_round_trip_loses_nothing(suffix: str, tmp_path: Path) -> None:
    src = ContactBook(tmp_path / "a" / "contacts.sqlite3")
    saved = _fill(src)
    out = tmp_path / f"export{suffix}"
    assert export_contacts(src, out) == len(PEOPLE)
    dst = ContactBook(tmp_path / "b" / "contacts.sqlite3")
    report = import_files(dst, [out])
    assert str(report) == (f"{len(PEOPLE)} imported, 0 merged (same person), "
                           "0 possible duplicates kept separate, 0 skipped")
    for original in saved:
        back = dst.get(original.id)
        assert back is not None, original.name()
        for name in FIELDS:
            assert getattr(back, name) == getattr(original, name), (original.name(), name)
    # Straight from SQLite too, for the whole table.
    assert db_rows(dst.path) == db_rows(src.path)
    assert [(x.name, x.count) for x in dst.lists()] == [("Presse, nationale", 3), ("Tech", 2)]
    for lst in src.lists():
        copy = dst.find_list(lst.name)
        assert copy is not None
        assert dst.list_member_ids(copy.id) == src.list_member_ids(lst.id)
    src.close()
    dst.close()


def test_reimport_merges_instead_of_duplicating(tmp_path: Path) -> None:
    book = ContactBook(tmp_path / "contacts.sqlite3")
    _fill(book)
    out = tmp_path / "export.vcf"
    export_contacts(book, out)
    before = db_rows(book.path)
    report = import_files(book, [out])
    assert str(report) == (f"0 imported, {len(PEOPLE)} merged (same person), "
                           "0 possible duplicates kept separate, 0 skipped")
    assert db_rows(book.path) == before
    assert [(x.name, x.count) for x in book.lists()] == [("Presse, nationale", 3), ("Tech", 2)]
    book.close()


def test_export_subset_and_unknown_format(book: ContactBook, tmp_path: Path) -> None:
    saved = _fill(book)
    out = tmp_path / "two.vcf"
    assert export_contacts(book, out, contacts=saved[:2]) == 2
    text = out.read_bytes().decode("utf-8")
    assert text.count("BEGIN:VCARD") == 2
    assert "FN:Éloïse Verdier-Château\r\n" in text
    assert "ORG:Maison Verdier\\, Communication\\; Paris\r\n" in text
    from presskit.contacts.csvio import ContactFileError

    with pytest.raises(ContactFileError, match="unknown"):
        export_contacts(book, tmp_path / "x.pdf")
