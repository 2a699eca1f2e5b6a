"""The contact book in the editor: the book window, its dialogs, inserting into releases."""

from __future__ import annotations

import copy
import datetime as dt
import sqlite3
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # editor_helpers

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QProgressDialog, QPushButton

from presskit import draft
from presskit.contacts.db import ContactBook
from presskit.contacts.model import BookContact, Phone
from presskit.model import Contact, Release
from presskit.preferences import Preferences
from presskit.session import EditorSession
from presskit_ui.contacts import integration, service
from presskit_ui.contacts.book_window import ContactBookWindow
from presskit_ui.contacts.edit_dialog import ContactEditDialog
from presskit_ui.contacts.import_flow import CsvMappingDialog
from presskit_ui.contacts.insert_dialogs import (
    BookUpdateDialog,
    InsertContactDialog,
    InsertListDialog,
    SaveListDialog,
    StaleWarning,
)
from presskit_ui.contacts.maintenance_dialogs import MergeDialog, RestoreDialog
from presskit_ui.contacts.messages import ContactDialogs
from presskit_ui.contacts.table_model import STALE_ROLE
from presskit_ui.context import AppContext

TODAY = dt.date.today()
LONG_AGO = TODAY - dt.timedelta(days=800)

# Every dialog of the feature: a test that does not expect one fails instead of hanging.
GUARDED: list[tuple[type, str]] = [
    (ContactDialogs, "info"), (ContactDialogs, "warn"), (ContactDialogs, "error"),
    (ContactDialogs, "confirm"), (ContactDialogs, "offer"), (ContactDialogs, "ask_text"),
    (ContactDialogs, "open_import_file"), (ContactDialogs, "export_file"),
    (ContactEditDialog, "edit"), (CsvMappingDialog, "ask"), (MergeDialog, "run"),
    (RestoreDialog, "choose"), (InsertListDialog, "pick"), (InsertContactDialog, "pick"),
    (SaveListDialog, "ask"), (BookUpdateDialog, "ask"), (StaleWarning, "show"),
]
REAL = {(cls, name): cls.__dict__[name] for cls, name in GUARDED}


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    for cls, name in GUARDED:
        def unexpected(*args: object, _key: str = f"{cls.__name__}.{name}", **kw: object):
            raise AssertionError(f"unexpected dialog {_key}: {args[1:]!r}")

        monkeypatch.setattr(cls, name, unexpected)


def real(monkeypatch: pytest.MonkeyPatch, cls: type, name: str) -> None:
    """Let the real dialog open (the test drives it)."""
    monkeypatch.setattr(cls, name, REAL[(cls, name)])


def answer(monkeypatch: pytest.MonkeyPatch, cls: type, name: str, value: object) -> list:
    calls: list = []

    def reply(*args: object, **kw: object) -> object:
        calls.append(args[1:] + tuple(kw.values()))
        return value(*args[1:]) if callable(value) else value

    monkeypatch.setattr(cls, name, reply)
    return calls


def when_modal(kind: type, act: Callable[[object], None], timeout_ms: int = 10000) -> list:
    """Run *act* on the next modal dialog of type *kind* once it is shown (``exec``)."""
    done: list = []
    waited = [0]

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            done.append(widget)
            try:
                act(widget)
            except BaseException:
                widget.close()  # a failed check must not leave the test waiting on exec()
                raise
        elif waited[0] < timeout_ms:
            waited[0] += 10
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return done


# -- fixtures -----------------------------------------------------------------------------------
@pytest.fixture
def ctx(tmp_path: Path) -> AppContext:
    config = tmp_path / "config"
    config.mkdir()
    c = AppContext(data_dir=tmp_path / "data", config_dir=config,
                   prefs=Preferences.in_folder(config))
    yield c
    service.close_book(c)


@pytest.fixture
def book(ctx: AppContext) -> ContactBook:
    return service.contact_book(ctx)


PEOPLE = [
    BookContact(given_name="Éloïse", family_name="Verdier", role="Head of press",
                organization="Maison Verdier", emails=["eloise@verdier.fr"],
                phones=[Phone("+33 1 44 76 75 39", "work")], country="FR", last_verified=TODAY),
    BookContact(display_name="Antoine Roy", role="Journalist", organization="Le Monde",
                emails=["a.roy@lemonde.fr"], last_verified=TODAY),
    BookContact(given_name="Tom", family_name="Baker", role="Editor", organization="BBC",
                emails=["tom@bbc.co.uk"], phones=[Phone("+44 20 7946 0000")],
                last_verified=TODAY),
    BookContact(given_name="Anna", family_name="Schmidt", role="Reporter",
                organization="Der Spiegel", emails=["anna@spiegel.de"], last_verified=TODAY),
]


@pytest.fixture
def people(book: ContactBook) -> dict[str, str]:
    """name -> id of four verified contacts."""
    return {c.name(): book.add(copy.deepcopy(c)).id for c in PEOPLE}


@pytest.fixture
def win(qtbot, ctx: AppContext, book: ContactBook):
    w = ContactBookWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.shutdown()


def names(w: ContactBookWindow) -> list[str]:
    return [c.name() for c in w.model.contacts()]


def rows(book: ContactBook, sql: str, *args: object) -> list[tuple]:
    conn = sqlite3.connect(book.path)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def big_vcard(path: Path, n: int) -> Path:
    cards = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nN:{i};Person;;;\r\n"
        f"ORG:Paper {i % 50}\r\nEMAIL:person{i}@example.org\r\nEND:VCARD\r\n" for i in range(n))
    path.write_text(cards, encoding="utf-8")
    return path


# -- search, edit, verify, delete ---------------------------------------------------------------
def test_search_as_you_type_filters_the_table(people, win, qtbot) -> None:
    assert sorted(names(win)) == sorted(people)
    searched: list = []
    win.searched.connect(lambda: searched.append(True))
    win.search.setFocus()
    QTest.keyClicks(win.search, "elo ver")
    assert not searched  # debounced: nothing searched per keystroke
    qtbot.waitUntil(lambda: names(win) == ["Éloïse Verdier"], timeout=2000)
    assert len(searched) == 1
    for query, expected in (("monde", ["Antoine Roy"]), ("reporter", ["Anna Schmidt"]),
                            ("tom@bbc", ["Tom Baker"]), ("zzz", [])):
        win.search.setText(query)
        qtbot.waitUntil(lambda e=expected: names(win) == e, timeout=2000)
    assert win.count_label.text() == "0 found"
    win.search.clear()
    qtbot.waitUntil(lambda: len(names(win)) == 4, timeout=2000)


def test_edit_a_contact_in_the_dialog_and_read_it_back(people, win, book, qtbot,
                                                       monkeypatch) -> None:
    real(monkeypatch, ContactEditDialog, "edit")
    win.select_ids([people["Tom Baker"]])

    def fill(dlg: ContactEditDialog) -> None:
        assert dlg.given_name.text() == "Tom" and dlg.organization.text() == "BBC"
        dlg.role.setText("Science editor")
        dlg.phones.rows[0].edit.setText("+44 20 7946 0001")
        row = dlg.phones.add(Phone("", "mobile"))
        row.edit.setText("+44 7911 123456")  # valid (Ofcom's 07700 900 drama range is not)
        dlg.emails.add("").edit.setText("t.baker@bbc.co.uk")
        dlg.languages.setText("en, fr")
        dlg.country.setText("United Kingdom")
        dlg.notes.setPlainText("Prefers email.")
        assert dlg.validate() == {}
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)

    seen = when_modal(ContactEditDialog, fill)
    win.table.setFocus()
    QTest.keyClick(win.table, Qt.Key.Key_F2)
    assert seen
    cid = people["Tom Baker"]
    assert rows(book, "SELECT role, languages, country, notes FROM contacts WHERE id = ?",
                cid) == [("Science editor", "en\nfr", "GB", "Prefers email.")]
    assert rows(book, "SELECT kind, number FROM phones WHERE contact_id = ? ORDER BY position",
                cid) == [("work", "+44 20 7946 0001"), ("mobile", "+44 7911 123456")]
    assert rows(book, "SELECT address FROM emails WHERE contact_id = ? ORDER BY position",
                cid) == [("tom@bbc.co.uk",), ("t.baker@bbc.co.uk",)]
    assert win.selected_ids() == [cid]
    assert "Science editor" in win.model.text(win.model.row_of(cid), 2)


def test_edit_dialog_shows_messages_beside_the_fields(qtbot) -> None:
    dlg = ContactEditDialog(None, BookContact(display_name="X", emails=["x@@example"],
                                              phones=[Phone("12")], country="Atlantis"))
    qtbot.addWidget(dlg)
    dlg.show()
    problems = dlg.validate()
    assert set(problems) == {"emails[0]", "phones[0]", "country"}
    email_row, phone_row = dlg.emails.rows[0], dlg.phones.rows[0]
    assert email_row.message.isVisible() and "@" in email_row.message.text()
    assert phone_row.message.isVisible()
    assert dlg.messages["country"].isVisible()
    assert all(lbl.textFormat() == Qt.TextFormat.PlainText
               for lbl in (email_row.message, phone_row.message, dlg.messages["country"]))
    email_row.edit.setText("x@example.org")
    phone_row.edit.setText("+33 1 44 76 75 39")
    dlg.country.setText("FR")
    assert dlg.validate() == {}
    assert not email_row.message.isVisible() and not phone_row.message.isVisible()
    # Nothing to identify the person: saving is not possible.
    for w in (dlg.display_name,):
        w.clear()
    email_row.edit.clear()
    phone_row.edit.clear()
    dlg.validate()
    assert not dlg.save_button.isEnabled() and dlg.summary.isVisible()


def test_new_mark_verified_and_delete(win, book, qtbot, monkeypatch) -> None:
    old = book.add(BookContact(display_name="Old Friend", emails=["old@example.org"],
                               last_verified=LONG_AGO))
    win.refresh()
    row = win.model.row_of(old.id)
    assert win.model.index(row, 0).data(STALE_ROLE) is True
    assert "Not verified since" in win.model.index(row, 5).data(
        Qt.ItemDataRole.AccessibleTextRole)
    assert "1 not verified for 12 months" in win.count_label.text()
    win.select_ids([old.id])
    win.actions_by_name["verify"].trigger()
    assert book.get(old.id).last_verified == TODAY
    assert win.model.index(win.model.row_of(old.id), 0).data(STALE_ROLE) is False

    answer(monkeypatch, ContactEditDialog, "edit",
           (BookContact(display_name="Brand New", emails=["new@example.org"]), True))
    new_id = win.new_contact()
    assert book.get(new_id).name() == "Brand New" and win.selected_ids() == [new_id]

    confirms = answer(monkeypatch, ContactDialogs, "confirm", True)
    win.select_ids([old.id, new_id])
    win.actions_by_name["delete"].trigger()
    assert "Delete 2 contacts" in confirms[0][1]
    assert book.count() == 0 and win.model.rowCount() == 0


# -- lists and duplicates -----------------------------------------------------------------------
def test_list_management(people, win, book, qtbot, monkeypatch) -> None:
    answer(monkeypatch, ContactDialogs, "ask_text", ("Tech press", True))
    qtbot.mouseClick(win.lists.new_button, Qt.MouseButton.LeftButton)
    lst = book.find_list("Tech press")
    assert lst is not None and win.lists.current_list_id() == lst.id
    assert win.model.rowCount() == 0

    win.lists.select_list("")  # all contacts
    order = ["Tom Baker", "Éloïse Verdier", "Anna Schmidt"]
    for name in order:
        win.select_ids([people[name]])
        win.add_selected_to_list(lst.id)
    assert book.list_member_ids(lst.id) == [people[n] for n in order]

    win.lists.select_list(lst.id)
    assert names(win) == order  # the list's order, not by name
    win.select_ids([people["Anna Schmidt"]])
    win.table.setFocus()
    QTest.keyClick(win.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert names(win) == ["Tom Baker", "Anna Schmidt", "Éloïse Verdier"]
    assert win.selected_ids() == [people["Anna Schmidt"]]
    win.actions_by_name["move_up"].trigger()
    assert book.list_member_ids(lst.id)[0] == people["Anna Schmidt"]

    win.select_ids([people["Tom Baker"]])
    win.actions_by_name["remove_from_list"].trigger()
    assert names(win) == ["Anna Schmidt", "Éloïse Verdier"]
    assert book.get(people["Tom Baker"]) is not None  # still in the book

    answer(monkeypatch, ContactDialogs, "ask_text", ("Press (France)", True))
    qtbot.mouseClick(win.lists.rename_button, Qt.MouseButton.LeftButton)
    assert book.get_list(lst.id).name == "Press (France)"
    assert win.lists.view.currentItem().text() == "Press (France) (2)"

    answer(monkeypatch, ContactDialogs, "confirm", True)
    qtbot.mouseClick(win.lists.delete_button, Qt.MouseButton.LeftButton)
    assert book.lists() == [] and book.count() == 4
    assert win.lists.current_list_id() == "" and len(names(win)) == 4


def test_merge_suggested_duplicates(qtbot, book, monkeypatch) -> None:
    a = book.add(BookContact(display_name="Claire Martin", emails=["claire@radio.fr"],
                             role="Producer"))
    b = book.add(BookContact(display_name="C. Martin", emails=["CLAIRE@radio.fr"],
                             phones=[Phone("+33 6 12 34 56 78", "mobile")]))
    book.add(BookContact(display_name="Someone Else", emails=["else@example.org"]))
    lst = book.create_list("Radio")
    book.set_list_members(lst.id, [b.id])
    dlg = MergeDialog(None, book)
    qtbot.addWidget(dlg)
    assert dlg.table.rowCount() == 1 and "same email" in dlg.table.item(0, 2).text()
    answer(monkeypatch, ContactDialogs, "confirm", False)
    qtbot.mouseClick(dlg.keep_first, Qt.MouseButton.LeftButton)
    assert book.count() == 3  # not confirmed: nothing merged
    confirms = answer(monkeypatch, ContactDialogs, "confirm", True)
    first = dlg.table.item(0, 0).text()
    kept_id = a.id if first.startswith("Claire Martin") else b.id
    qtbot.mouseClick(dlg.keep_first, Qt.MouseButton.LeftButton)
    assert confirms and book.count() == 2 and dlg.count == 1
    merged = book.get(kept_id)
    assert merged.phones == [Phone("+33 6 12 34 56 78", "mobile")]
    assert book.list_member_ids(lst.id) == [kept_id]
    assert dlg.table.rowCount() == 0 and not dlg.keep_first.isEnabled()


def test_keep_separate_remembers_different_people(qtbot, book) -> None:
    a = book.add(BookContact(display_name="Alice Durand", country="FR",
                             emails=["alice.durand@quotidien.example"],
                             phones=[Phone("+33 1 57 28 20 00")]))
    b = book.add(BookContact(display_name="Bruno Petit", country="FR",
                             emails=["bruno.petit@quotidien.example"],
                             phones=[Phone("+33 1 57 28 20 00")]))
    dlg = MergeDialog(None, book)
    qtbot.addWidget(dlg)
    assert dlg.table.rowCount() == 1 and dlg.table.item(0, 2).text() == "same phone +33157282000"
    assert dlg.keep_both.isEnabled() and "look alike" in dlg.intro.text()
    qtbot.mouseClick(dlg.keep_both, Qt.MouseButton.LeftButton)
    assert (dlg.kept, dlg.count, dlg.table.rowCount()) == (1, 0, 0)
    assert not dlg.keep_both.isEnabled() and dlg.intro.text().startswith("No possible duplicates")
    assert rows(book, "SELECT first_id, second_id FROM kept_apart") == [tuple(sorted((a.id, b.id)))]
    assert book.count() == 2  # nothing merged, nothing deleted
    again = MergeDialog(None, book)  # decided once: not suggested again
    qtbot.addWidget(again)
    assert again.table.rowCount() == 0


SWITCHBOARD_CSV = Path(__file__).resolve().parents[2] / "presskit" / "contacts" / "corpus" / \
    "switchboard_outlook.csv"


def test_import_report_offers_the_possible_duplicates(win, book, qtbot, monkeypatch) -> None:
    # A pair already in the book, unrelated to the import: listed after the imported ones.
    book.add(BookContact(display_name="Claire Martin", emails=["claire@radio.example"]))
    book.add(BookContact(display_name="C. Martin", emails=["claire@radio.example"]))
    answer(monkeypatch, CsvMappingDialog, "ask", lambda table: (table.mapping, True))
    offers = answer(monkeypatch, ContactDialogs, "offer", True)
    real(monkeypatch, MergeDialog, "run")
    seen: dict = {}

    def decide(dlg: MergeDialog) -> None:
        seen["rows"] = [tuple(dlg.table.item(r, c).text().split(" — ")[0] for c in (0, 1))
                        for r in range(dlg.table.rowCount())]
        for _ in range(3):  # the three colleagues are different people
            qtbot.mouseClick(dlg.keep_both, Qt.MouseButton.LeftButton)
        dlg.reject()

    shown = when_modal(MergeDialog, decide)
    with qtbot.waitSignal(win.imported, timeout=10000) as blocker:
        assert win.import_file(SWITCHBOARD_CSV)
    report = blocker.args[0]
    text = ("3 imported, 0 merged (same person), 2 possible duplicates kept separate, 0 skipped")
    assert str(report) == text and win.last_report == text
    ((title, said, details, button),) = offers
    assert (title, said, button) == ("Import Contacts", text, "&Review Possible Duplicates…")
    assert details.splitlines() == [
        "Kept separate, for you to compare:",
        "switchboard_outlook.csv row 2: Bruno Petit kept separate from Alice Durand "
        "(same phone +33 1 57 28 20 00)",
        "switchboard_outlook.csv row 3: Chloé Martin kept separate from Alice Durand "
        "(same phone +33 1 57 28 20 00)",
        "switchboard_outlook.csv row 3: Chloé Martin kept separate from Bruno Petit "
        "(same phone +33 1 57 28 20 00)"]
    assert shown and len(seen["rows"]) == 4
    assert {frozenset(r) for r in seen["rows"][:3]} == {
        frozenset(("Alice Durand", "Bruno Petit")), frozenset(("Alice Durand", "Chloé Martin")),
        frozenset(("Bruno Petit", "Chloé Martin"))}
    assert set(seen["rows"][3]) == {"Claire Martin", "C. Martin"}
    # Three people, each with their own email, and the decisions kept.
    assert sorted(rows(book, "SELECT c.display_name, e.address FROM contacts c "
                             "JOIN emails e ON e.contact_id = c.id "
                             "WHERE e.address LIKE '%quotidien-centre%'")) == [
        ("Alice Durand", "alice.durand@quotidien-centre.example"),
        ("Bruno Petit", "bruno.petit@quotidien-centre.example"),
        ("Chloé Martin", "chloe.martin@quotidien-centre.example")]
    assert rows(book, "SELECT count(*) FROM kept_apart") == [(3,)]
    assert [(p.reason) for p in book.duplicate_pairs()] == ["same email claire@radio.example"]


def test_import_report_without_look_alikes_is_a_plain_message(win, book, qtbot, monkeypatch,
                                                              tmp_path) -> None:
    infos = answer(monkeypatch, ContactDialogs, "info", None)
    with qtbot.waitSignal(win.imported, timeout=10000):
        assert win.import_file(big_vcard(tmp_path / "few.vcf", 3))
    assert infos == [("Import Contacts", "3 imported, 0 merged (same person), "
                      "0 possible duplicates kept separate, 0 skipped", "")]


# -- import, export, backups ----------------------------------------------------------------------
CSV = ("First Name;Last Name;Company;Job Title;E-mail Address;Mobile Phone;Remarks\n"
       "Léa;Durand;France Inter;Chroniqueuse;lea.durand@radiofrance.fr;+33 6 11 22 33 44;"
       "call mornings\n"
       "Marc;Petit;AFP;Photographer;marc.petit@afp.com;;\n"
       ";;;;;;only a note\n")


def test_csv_import_goes_through_mapping_and_preview(win, book, qtbot, monkeypatch,
                                                     tmp_path) -> None:
    path = tmp_path / "outlook.csv"
    path.write_text(CSV, encoding="utf-8")
    answer(monkeypatch, ContactDialogs, "open_import_file", path)
    real(monkeypatch, CsvMappingDialog, "ask")
    seen: dict = {}

    def check(dlg: CsvMappingDialog) -> None:
        assert [c.currentData() for c in dlg.combos] == [
            "given_name", "family_name", "organization", "role", "email", "phone:mobile", ""]
        assert dlg.preview.rowCount() == 2
        assert dlg.preview.item(0, 0).text() == "Léa Durand"
        # Map "Remarks" to the notes: the third row becomes importable too.
        dlg.combos[6].setCurrentIndex(dlg.combos[6].findData("notes"))
        seen["rows_after_mapping"] = dlg.preview.rowCount()
        seen["saved_while_open"] = rows(book, "SELECT count(*) FROM contacts")[0][0]
        dlg.combos[6].setCurrentIndex(dlg.combos[6].findData(""))
        qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)

    shown = when_modal(CsvMappingDialog, check)
    infos = answer(monkeypatch, ContactDialogs, "info", None)
    with qtbot.waitSignal(win.imported, timeout=10000) as blocker:
        assert win.import_file()
    assert shown and seen == {"rows_after_mapping": 2, "saved_while_open": 0}
    report = blocker.args[0]
    assert str(report) == ("2 imported, 0 merged (same person), 0 possible duplicates kept "
                           "separate, 1 skipped (outlook.csv row 3: no name, phone or email)")
    assert infos[0][1] == str(report) and win.last_report == str(report)
    assert sorted(rows(book, "SELECT display_name, organization, role FROM contacts")) == [
        ("Léa Durand", "France Inter", "Chroniqueuse"), ("Marc Petit", "AFP", "Photographer")]
    assert rows(book, "SELECT number, kind FROM phones") == [("+33 6 11 22 33 44", "mobile")]
    qtbot.waitUntil(lambda: len(names(win)) == 2, timeout=2000)


def test_cancelled_csv_mapping_saves_nothing(win, book, monkeypatch, tmp_path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(CSV, encoding="utf-8")
    answer(monkeypatch, ContactDialogs, "open_import_file", path)
    answer(monkeypatch, CsvMappingDialog, "ask", (["given_name"] * 7, False))
    assert not win.import_file()
    assert book.count() == 0 and win.import_job is None


def test_cancel_during_import_rolls_everything_back(win, book, qtbot, monkeypatch,
                                                    tmp_path) -> None:
    path = big_vcard(tmp_path / "big.vcf", 4000)
    infos = answer(monkeypatch, ContactDialogs, "info", None)
    clicked: list = []

    def cancel_on_first_progress(done: int, total: int) -> None:
        if clicked:
            return
        dlg = win.findChild(QProgressDialog, "importProgress")
        button = dlg.findChild(QPushButton)
        clicked.append((done, total))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    with qtbot.waitSignal(win.imported, timeout=20000) as blocker:
        win.import_file(path)
        win.import_job.progressed.connect(cancel_on_first_progress)
    assert clicked and clicked[0][1] == 4000
    assert blocker.args[0].cancelled
    assert win.last_report == "Import cancelled: nothing was saved."
    assert infos[0][1] == win.last_report
    assert book.count() == 0 and rows(book, "SELECT count(*) FROM emails") == [(0,)]
    qtbot.waitUntil(lambda: win.findChild(QProgressDialog, "importProgress") is None,
                    timeout=2000)


def test_import_runs_in_a_worker_and_the_window_stays_responsive(win, book, qtbot,
                                                                  monkeypatch, tmp_path) -> None:
    path = big_vcard(tmp_path / "big.vcf", 4000)
    answer(monkeypatch, ContactDialogs, "info", None)
    threads: list = []
    original = ContactBook.import_items

    def spy(self, *args, **kw):
        threads.append(threading.current_thread())
        return original(self, *args, **kw)

    monkeypatch.setattr(ContactBook, "import_items", spy)
    ticks: list[float] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(1))
    values: list[int] = []
    with qtbot.waitSignal(win.imported, timeout=30000):
        win.import_file(path)
        dlg = win.findChild(QProgressDialog, "importProgress")
        assert dlg is not None and dlg.isVisible()
        win.import_job.progressed.connect(lambda d, _t: values.append(dlg.value()))
        timer.start()
    timer.stop()
    assert threads and threads[0] is not threading.main_thread()
    assert len(values) >= 5 and values == sorted(values) and values[-1] == 4000
    assert len(ticks) >= 5  # the GUI thread kept handling events meanwhile
    assert book.count() == 4000
    assert win.last_report.startswith("4000 imported, 0 merged")


def test_export_the_list_shown(people, win, book, qtbot, tmp_path) -> None:
    lst = book.create_list("Export me")
    book.set_list_members(lst.id, [people["Anna Schmidt"], people["Tom Baker"]])
    win.lists.refresh(select=lst.id)
    win.refresh()
    target = tmp_path / "out.vcf"
    assert win.export_file(target)
    qtbot.waitUntil(target.exists, timeout=5000)
    text = target.read_text(encoding="utf-8")
    assert "Anna Schmidt" in text and "Tom Baker" in text and "Verdier" not in text
    qtbot.waitUntil(lambda: "2 contacts exported" in win.statusBar().currentMessage(),
                    timeout=5000)


def test_restore_a_backup(win, book, qtbot, monkeypatch) -> None:
    backups = book.list_backups()
    assert backups  # today's, made when the (empty) book was opened
    book.add(BookContact(display_name="Added Later", emails=["later@example.org"]))
    win.refresh()
    assert names(win) == ["Added Later"]
    chosen = answer(monkeypatch, RestoreDialog, "choose", (backups[0], True))
    confirms = answer(monkeypatch, ContactDialogs, "confirm", True)
    assert win.restore_backup()
    assert chosen and backups[0].name in confirms[0][1]
    assert book.count() == 0 and names(win) == []
    safety = [p for p in book.list_backups() if "before-restore" in p.name]
    assert len(safety) == 1


def test_restore_dialog_lists_backups(qtbot, book) -> None:
    dlg = RestoreDialog(None, book.list_backups())
    qtbot.addWidget(dlg)
    assert dlg.list.count() == 1 and dlg.chosen() == book.list_backups()[0]
    assert dlg.restore_button.isEnabled()


def test_storage_warning_is_visible_for_a_synced_folder(qtbot, tmp_path) -> None:
    folder = tmp_path / "Dropbox" / "Presskit"
    c = AppContext(data_dir=folder, config_dir=tmp_path, prefs=Preferences.in_folder(tmp_path))
    w = ContactBookWindow(c)
    qtbot.addWidget(w)
    w.show()
    try:
        assert w.warning.isVisible()
        assert "Dropbox" in w.warning_text.text()
        assert w.warning_text.textFormat() == Qt.TextFormat.PlainText
    finally:
        w.shutdown()
        service.close_book(c)


def test_no_storage_warning_on_a_local_folder(win) -> None:
    assert not win.warning.isVisible()


# -- text stays text --------------------------------------------------------------------------------
def test_markup_in_a_name_is_shown_literally(win, book, qtbot, monkeypatch) -> None:
    c = book.add(BookContact(display_name="<b>x</b>", emails=["x@example.org"]))
    lst = book.create_list("<i>VIP</i>")
    book.set_list_members(lst.id, [c.id])
    win.lists.refresh()
    win.refresh()
    assert win.model.index(0, 0).data() == "<b>x</b>"
    assert any(win.lists.view.item(i).text() == "<i>VIP</i> (1)"
               for i in range(win.lists.view.count()))
    real(monkeypatch, ContactDialogs, "confirm")
    seen: list = []

    def inspect(box: QMessageBox) -> None:
        label = next(lbl for lbl in box.findChildren(QLabel) if "<b>x</b>" in lbl.text())
        seen.append((label.textFormat(), label.text()))
        box.reject()

    when_modal(QMessageBox, inspect)
    win.select_ids([c.id])
    assert win.delete_selected() == 0
    assert seen == [(Qt.TextFormat.PlainText, "Delete “<b>x</b>” from the contact book?")]
    dlg = InsertListDialog(None, book, "en_US")
    qtbot.addWidget(dlg)
    assert dlg.contacts.item(0).text() == "<b>x</b>"
    assert dlg.chosen()[0].name == "<b>x</b>"


# -- the editor window ---------------------------------------------------------------------------------
@pytest.fixture
def manager(qtbot, monkeypatch):
    from editor_helpers import close_all, forbid_dialogs

    from presskit_ui.window.manager import WindowManager

    forbid_dialogs(monkeypatch)
    m = WindowManager(AppContext.create())
    yield m
    close_all(m, qtbot)
    assert m.ctx.contact_book is None  # closed with the last window


def release_with(contacts: list[Contact], language: str = "en_US") -> Release:
    from editor_helpers import sample_release

    r = sample_release()
    r.language = language
    r.contacts = contacts
    return r


def new_window(manager, release: Release | None = None):
    w = manager.new_window(EditorSession(release, None) if release is not None else None)
    integration.install(w)
    return w


def press_book(ctx: AppContext) -> tuple[ContactBook, str]:
    book = service.contact_book(ctx)
    ids = [book.add(copy.deepcopy(c)).id for c in PEOPLE[:3]]
    lst = book.create_list("Launch press")
    book.set_list_members(lst.id, [ids[2], ids[0]])  # Tom Baker, then Éloïse Verdier
    return book, lst.id


def test_install_adds_actions_and_opens_the_book_window(manager, qtbot) -> None:
    w = new_window(manager)
    assert integration.install(w) is integration.install(w)  # idempotent
    action = next(a for a in w.menus.menu("tools").actions()
                  if a.objectName() == "action_contact_book")
    assert action.shortcut().toString() == "Ctrl+Shift+B"
    editor = w.form.contacts_editor
    texts = [a.text() for a in editor.toolbar.actions()]
    assert {"Insert &List…", "Insert &Contact…", "Save as L&ist…"} <= set(texts)
    assert w.ctx.contact_book is None  # opened lazily
    action.trigger()
    book_window = w.ctx.contacts_window
    assert isinstance(book_window, ContactBookWindow) and book_window.isVisible()
    assert isinstance(w.ctx.contact_book, ContactBook)
    action.trigger()
    assert w.ctx.contacts_window is book_window  # one per context


def test_insert_list_in_two_clicks_reaches_the_preview(manager, qtbot, monkeypatch) -> None:
    from editor_helpers import wait_pdf

    w = new_window(manager, release_with([], "fr_FR"))
    book, list_id = press_book(w.ctx)
    real(monkeypatch, InsertListDialog, "pick")
    editor = w.form.contacts_editor
    wc = integration.install(w)
    button = editor.toolbar.widgetForAction(wc.insert_list_action)
    shown = when_modal(InsertListDialog, lambda dlg: qtbot.mouseClick(
        dlg.ok_button, Qt.MouseButton.LeftButton))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # click 1
    assert shown  # click 2: Insert, with the only non-empty list already chosen
    contacts = w.current_release().contacts
    assert [c.name for c in contacts] == ["Tom Baker", "Éloïse Verdier"]
    # Copied as stored in the book (issue 10 §1); formatted for the French release when composed.
    assert contacts[1].phone == "+33 1 44 76 75 39"
    assert contacts[1].role == "Head of press, Maison Verdier"
    tom = book.get(contacts[0].book_id)
    assert tom.name() == "Tom Baker" and contacts[0].book_updated == tom.updated
    assert w.ctx.last_contact_list == list_id
    text = wait_pdf(qtbot, w, lambda t: "Tom Baker" in t and "Éloïse Verdier" in t)
    assert text.index("Tom Baker") < text.index("Éloïse Verdier")
    assert "01 44 76 75 39" in text
    w.undo()
    assert w.current_release().contacts == []


def test_insert_contacts_by_search_with_multi_select(manager, qtbot, monkeypatch) -> None:
    w = new_window(manager, release_with([]))
    press_book(w.ctx)
    real(monkeypatch, InsertContactDialog, "pick")

    def pick(dlg: InsertContactDialog) -> None:
        QTest.keyClicks(dlg.search, "b")
        qtbot.waitUntil(lambda: dlg.model.rowCount() == 1, timeout=2000)
        QTest.keyClick(dlg.search, Qt.Key.Key_Backspace)
        qtbot.waitUntil(lambda: dlg.model.rowCount() == 3, timeout=2000)
        dlg.table.selectRow(0)
        dlg.table.selectionModel().select(
            dlg.model.index(2, 0), dlg.table.selectionModel().SelectionFlag.Select
            | dlg.table.selectionModel().SelectionFlag.Rows)
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)

    when_modal(InsertContactDialog, pick)
    integration.install(w).insert_contact_action.trigger()
    assert [c.name for c in w.current_release().contacts] == ["Antoine Roy", "Tom Baker"]


def test_stale_contacts_are_warned_about_when_inserted(manager, qtbot, monkeypatch) -> None:
    w = new_window(manager, release_with([]))
    book = service.contact_book(w.ctx)
    old = book.add(BookContact(display_name="Old Contact", emails=["old@example.org"],
                               last_verified=LONG_AGO))
    fresh = book.add(BookContact(display_name="Fresh Contact", emails=["fresh@example.org"],
                                 last_verified=TODAY))
    lst = book.create_list("Mixed")
    book.set_list_members(lst.id, [fresh.id, old.id])
    real(monkeypatch, InsertListDialog, "pick")
    notes: list = []

    def accept(dlg: InsertListDialog) -> None:
        notes.append(dlg.note.text())
        dlg.accept()

    when_modal(InsertListDialog, accept)
    warned = answer(monkeypatch, StaleWarning, "show", None)
    integration.install(w).insert_list()
    assert "1 of these contacts were not verified for 12 months" in notes[0]
    assert len(warned) == 1 and len(warned[0][0]) == 1
    assert warned[0][0][0].startswith("Old Contact's details were last verified on "
                                      f"{LONG_AGO.isoformat()}")
    assert [c.name for c in w.current_release().contacts] == ["Fresh Contact", "Old Contact"]


def test_save_these_contacts_as_a_list(manager, qtbot, monkeypatch) -> None:
    w = new_window(manager, release_with([]))
    book = service.contact_book(w.ctx)
    known = book.add(BookContact(display_name="Known Person", emails=["known@example.org"]))
    typed = [Contact(name="New Person", role="Press officer", phone="+33 1 23 45 67 89",
                     email="new@example.org"),
             Contact(name="Known Person", email="KNOWN@example.org"),
             Contact(name="Tom Baker", email="tom@bbc.co.uk")]
    w.form.contacts_editor.set_contacts(typed, emit=True)
    asked = answer(monkeypatch, SaveListDialog, "ask", ("Launch 2026", True))
    wc = integration.install(w)
    wc.save_list_action.trigger()
    assert asked[0][1:3] == (3, "")
    lst = book.find_list("Launch 2026")
    members = book.list_contacts(lst.id)
    assert [m.name() for m in members] == ["New Person", "Known Person", "Tom Baker"]
    assert members[1].id == known.id and book.count() == 3  # linked, not duplicated
    assert members[0].role == "Press officer" and members[0].phones[0].number == \
        "+33 1 23 45 67 89"
    contacts = w.current_release().contacts
    assert [c.book_id for c in contacts] == [m.id for m in members]
    assert all(c.book_updated for c in contacts)
    # Saving again under the same name replaces the list's members, no new entries.
    w.form.contacts_editor.set_contacts(contacts[:2], emit=True)
    answer(monkeypatch, SaveListDialog, "ask", ("launch 2026", True))
    wc.save_list_action.trigger()
    assert book.list_member_ids(lst.id) == [members[0].id, members[1].id]
    assert book.count() == 3


def test_save_list_dialog_says_when_a_list_is_replaced(qtbot, book) -> None:
    book.create_list("Launch")
    dlg = SaveListDialog(None, book, 2)
    qtbot.addWidget(dlg)
    assert not dlg.ok_button.isEnabled()
    dlg.combo.setCurrentText("launch")
    assert "exists" in dlg.note.text() and dlg.ok_button.isEnabled()
    dlg.combo.setCurrentText("Brand new")
    assert dlg.note.text() == ""


def linked_draft(tmp_path: Path, ctx: AppContext) -> tuple[Path, str]:
    from presskit.contacts.validate import to_release_contact

    book = service.contact_book(ctx)
    entry = book.add(BookContact(display_name="Nina Laurent", role="Press officer",
                                 emails=["nina@example.org"], phones=[Phone("+33 1 44 76 75 39")],
                                 last_verified=TODAY))
    release = release_with([to_release_contact(entry, "fr_FR"),
                            Contact(name="Typed By Hand", email="hand@example.org")], "fr_FR")
    path = tmp_path / "linked.presskit"
    draft.save(release, path, backup=False)
    entry.phones = [Phone("+33 6 98 76 54 32", "mobile")]
    entry.role = "Head of press"
    book.update(entry)
    return path, entry.id


def test_opening_a_draft_offers_to_update_changed_contacts(manager, qtbot, tmp_path,
                                                           monkeypatch) -> None:
    w = new_window(manager)
    path, entry_id = linked_draft(tmp_path, w.ctx)
    asked = answer(monkeypatch, BookUpdateDialog, "ask", lambda changes: (
        [c.index for c in changes], True))
    assert manager.open_path(path, parent=w, reuse=w) is w
    assert len(asked) == 1
    (change,) = asked[0][0]
    assert change.index == 0 and change.old.phone == "+33 1 44 76 75 39"
    contacts = w.current_release().contacts
    assert contacts[0].phone == "+33 6 98 76 54 32" and contacts[0].role == "Head of press"
    assert contacts[0].book_updated == service.contact_book(w.ctx).get(entry_id).updated
    assert contacts[1].name == "Typed By Hand"
    assert w.isWindowModified()
    w.undo()
    assert w.current_release().contacts[0].phone == "+33 1 44 76 75 39"


def test_keeping_the_copies_and_unchanged_drafts(manager, qtbot, tmp_path, monkeypatch) -> None:
    w = new_window(manager)
    path, _ = linked_draft(tmp_path, w.ctx)
    answer(monkeypatch, BookUpdateDialog, "ask", ([], False))
    manager.open_path(path, parent=w, reuse=w)
    assert w.current_release().contacts[0].phone == "+33 1 44 76 75 39"
    assert not w.isWindowModified()


def test_window_created_with_a_changed_draft_is_checked(manager, qtbot, tmp_path,
                                                        monkeypatch) -> None:
    path, _ = linked_draft(tmp_path, manager.ctx)
    asked = answer(monkeypatch, BookUpdateDialog, "ask", ([], False))
    w = manager.new_window(EditorSession.open(path))
    integration.install(w)
    qtbot.waitUntil(lambda: bool(asked), timeout=3000)
    assert asked[0][0][0].new.role == "Head of press"


def test_book_closes_with_the_last_window(manager, qtbot) -> None:
    w1, w2 = new_window(manager), new_window(manager)
    integration.install(w1).open_book_window()
    book = manager.ctx.contact_book
    assert book is not None
    w1.shutdown()
    assert manager.ctx.contact_book is book  # w2 still uses it
    w2.shutdown()
    assert manager.ctx.contact_book is None
    assert manager.ctx.contacts_window is None
    with pytest.raises(sqlite3.ProgrammingError):
        book.count()


def test_keyboard_and_accessible_names(people, win, qtbot) -> None:
    for action in win.toolbar.actions():
        widget = win.toolbar.widgetForAction(action)
        if widget is not None and not action.isSeparator():
            assert widget.accessibleName(), action.objectName()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=2000)
    win.table.setFocus()
    QTest.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert win.search.hasFocus()
    QTest.keyClicks(win.search, "baker")
    QTest.keyClick(win.search, Qt.Key.Key_Return)
    assert win.table.hasFocus() and names(win) == ["Tom Baker"]
    assert win.selected_ids() == [people["Tom Baker"]]
    assert win.actions_by_name["add_to_list"].shortcut().toString() == "Ctrl+L"


def test_closing_the_book_window_during_an_import_cancels_it(win, book, qtbot, monkeypatch,
                                                             tmp_path) -> None:
    path = big_vcard(tmp_path / "big.vcf", 4000)
    with qtbot.waitSignal(win.imported, timeout=20000) as blocker:
        win.import_file(path)
        assert not win.close()  # refused while the import runs: it is cancelled instead
    assert blocker.args[0].cancelled and book.count() == 0
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=2000)


def test_insert_contact_dialog_by_keyboard(people, book, qtbot) -> None:
    dlg = InsertContactDialog(None, book, "en_US")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg, timeout=2000)
    dlg.search.setFocus()
    QTest.keyClicks(dlg.search, "schmidt")
    QTest.keyClick(dlg.search, Qt.Key.Key_Return)
    assert dlg.isVisible() and dlg.table.hasFocus()  # Return moved to the results
    assert [c.name() for c in dlg.selected()] == ["Anna Schmidt"]
    QTest.keyClick(dlg.table, Qt.Key.Key_Return)
    assert dlg.result() == dlg.DialogCode.Accepted
    (copy_,) = dlg.chosen()
    assert copy_.name == "Anna Schmidt" and copy_.book_id == people["Anna Schmidt"]
    assert copy_.role == "Reporter, Der Spiegel"


def test_translated_label_tables_follow_the_core() -> None:
    """The interface spells out the core's phone kinds and CSV targets for translation;
    a key added to the core must get its label here too."""
    from presskit.contacts.csvio import TARGETS
    from presskit.contacts.model import PHONE_KIND_LABELS
    from presskit_ui.contacts.edit_dialog import phone_kind_labels
    from presskit_ui.contacts.import_flow import target_labels

    assert phone_kind_labels() == PHONE_KIND_LABELS  # English interface: the same words
    assert target_labels() == TARGETS
