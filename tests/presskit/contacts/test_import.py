"""Import reports, duplicates merged, progress and cancellation (rolled back)."""

from __future__ import annotations

import threading
from pathlib import Path

from presskit.contacts.db import ContactBook
from presskit.contacts.files import import_files
from presskit.contacts.model import BookContact, ImportItem, ImportReport, Phone, Skipped
from tests.presskit.contacts.conftest import count_rows, db_rows


def _cards(n: int, prefix: str = "p") -> bytes:
    return "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {prefix}{i}\r\nN:{prefix}{i};Person;;;\r\n"
        f"EMAIL:{prefix}{i}@example.org\r\nEND:VCARD\r\n" for i in range(n)).encode()


def test_report_text() -> None:
    r = ImportReport(total=10, imported=7, merged=1,
                     skipped=[Skipped("a.vcf card 2", "no END:VCARD"),
                              Skipped("a.vcf card 5", "empty")])
    assert str(r) == ("7 imported, 1 merged (same person), 0 possible duplicates kept separate, "
                      "2 skipped (a.vcf card 2: no END:VCARD; a.vcf card 5: empty)")
    r.skipped *= 3
    assert str(r).endswith("; and 3 more)")
    assert str(ImportReport(total=3, cancelled=True)) == (
        "import cancelled, nothing saved (3 records read)")


def test_only_the_same_person_is_merged_within_file_and_with_book(book: ContactBook,
                                                                   tmp_path: Path) -> None:
    book.add(BookContact(given_name="Ann", family_name="Lee", emails=["ann@paper.example"],
                         notes="Existing note."))
    book.add(BookContact(given_name="Bob", family_name="Roy", country="FR",
                         phones=[Phone("01 44 76 75 39")]))
    f = tmp_path / "dups.vcf"
    f.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee\nEMAIL:ANN@Paper.example\nTITLE:Editor\n"
        "TEL;TYPE=CELL:+33 6 11 11 11 11\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Robert Roy\nTEL:+33 1 44 76 75 39\nEMAIL:bob@roy.example\n"
        "END:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Cat New\nEMAIL:cat@new.example\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Cat N.\nEMAIL:Cat@New.example\nNOTE:second card\n"
        "END:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nNOTE:nobody\nEND:VCARD\n", encoding="utf-8")
    report = import_files(book, [f])
    # Ann Lee is the same person (same name, same email); "Robert Roy" only shares Bob's
    # phone and "Cat N." only Cat's email: kept separate, reported.
    assert str(report) == ("3 imported, 1 merged (same person), 2 possible duplicates kept "
                           "separate, 1 skipped (dups.vcf card 5: no name, phone or email)")
    rows = db_rows(book.path)
    assert set(rows) == {"Ann Lee", "Bob Roy", "Robert Roy", "Cat New", "Cat N."}
    assert rows["Ann Lee"]["role"] == "Editor"
    assert rows["Ann Lee"]["emails"] == ["ann@paper.example"]
    assert rows["Ann Lee"]["phones"] == [("mobile", "+33 6 11 11 11 11")]
    assert rows["Ann Lee"]["notes"] == "Existing note."
    assert rows["Bob Roy"]["phones"] == [("work", "01 44 76 75 39")]
    assert rows["Bob Roy"]["emails"] == []
    assert rows["Robert Roy"]["emails"] == ["bob@roy.example"]
    assert rows["Cat New"]["notes"] == ""
    assert rows["Cat N."]["notes"] == "second card"
    assert [(p.where, p.name, p.other_name, p.reason) for p in report.possible] == [
        ("dups.vcf card 2", "Robert Roy", "Bob Roy", "same phone +33 1 44 76 75 39"),
        ("dups.vcf card 4", "Cat N.", "Cat New", "same email Cat@new.example")]
    assert len(report.contact_ids) == 4


def test_progress_reports_every_step_to_the_end(book: ContactBook, tmp_path: Path) -> None:
    f = tmp_path / "many.vcf"
    f.write_bytes(_cards(450))
    calls: list[tuple[int, int]] = []
    report = import_files(book, [f], progress=lambda done, total: calls.append((done, total)))
    assert report.imported == 450
    assert calls[0] == (0, 450) and calls[-1] == (450, 450)
    assert all(t == 450 for _, t in calls)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert len(calls) > 100


def test_cancel_from_progress_rolls_back(book: ContactBook, tmp_path: Path) -> None:
    book.add(BookContact(given_name="Before", emails=["before@x.example"]))
    book.create_list("Existing")
    f = tmp_path / "many.vcf"
    f.write_bytes(_cards(400))
    seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return done < 200

    report = import_files(book, [f], progress=progress)
    assert report.cancelled and report.imported == 0
    assert str(report) == "import cancelled, nothing saved (400 records read)"
    assert max(seen) >= 200
    assert count_rows(book.path) == 1
    assert count_rows(book.path, "emails") == 1
    assert count_rows(book.path, "contacts_fts") == 1
    assert [c.name() for c in book.search("person")] == []


def test_cancel_with_event_rolls_back(book: ContactBook, tmp_path: Path) -> None:
    f = tmp_path / "many.vcf"
    f.write_bytes(_cards(300))
    stop = threading.Event()

    def progress(done: int, total: int) -> None:
        if done >= 100:
            stop.set()

    report = import_files(book, [f], progress=progress, cancel=stop)
    assert report.cancelled
    assert count_rows(book.path) == 0
    # The book is usable afterwards.
    assert import_files(book, [f]).imported == 300
    assert count_rows(book.path) == 300


def test_cancel_callable_before_start(book: ContactBook) -> None:
    items = [ImportItem("x", BookContact(given_name="A"))]
    report = book.import_items(items, cancel=lambda: True)
    assert report.cancelled and count_rows(book.path) == 0


def test_lists_from_our_exports_are_created(book: ContactBook) -> None:
    items = [ImportItem("r1", BookContact(given_name="A"), lists=["Press"],
                        list_positions={"Press": 1}),
             ImportItem("r2", BookContact(given_name="B"), lists=["Press", "Tech"],
                        list_positions={"Press": 0})]
    book.import_items(items)
    press = book.find_list("press")
    tech = book.find_list("Tech")
    assert press is not None and tech is not None
    assert [c.name() for c in book.list_contacts(press.id)] == ["B", "A"]
    assert [c.name() for c in book.list_contacts(tech.id)] == ["B"]
