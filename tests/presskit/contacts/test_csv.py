"""CSV reading: encodings, separators, header mapping, preview; writing and neutralising."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from presskit.contacts.csvio import (
    HEADERS,
    ContactFileError,
    neutralise,
    parse_csv_bytes,
    read_csv,
    records_from_table,
    target_for,
    unneutralise,
    write_csv,
)
from presskit.contacts.db import ContactBook
from presskit.contacts.files import export_contacts
from presskit.contacts.model import BookContact, Phone


def test_outlook_utf16_table(corpus: Path) -> None:
    t = read_csv(corpus / "outlook_utf16_tab.csv")
    assert (t.encoding, t.delimiter) == ("utf-16", "\t")
    assert t.headers[:4] == ["Title", "First Name", "Middle Name", "Last Name"]
    assert len(t.rows) == 3
    m = dict(zip(t.headers, t.mapping, strict=True))
    assert m["Title"] == ""  # Outlook's "Title" is Mr./Ms., not the job title
    assert m["First Name"] == "given_name" and m["Last Name"] == "family_name"
    assert m["Job Title"] == "role" and m["Company"] == "organization"
    assert m["Business Phone"] == m["Business Phone 2"] == "phone:work"
    assert m["Mobile Phone"] == "phone:mobile" and m["Home Phone"] == "phone:other"
    assert m["E-mail Address"] == m["E-mail 2 Address"] == "email"
    assert m["E-mail Display Name"] == "" and m["Pager"] == ""
    assert m["Business Country/Region"] == "country" and m["Language"] == "languages"


def test_excel_fr_table(corpus: Path) -> None:
    t = read_csv(corpus / "excel_fr_cp1252.csv")
    assert (t.encoding, t.delimiter) == ("cp1252", ";")
    assert t.headers == ["Nom", "Prénom", "Société", "Fonction", "Téléphone", "Portable",
                         "E-mail", "Pays", "Langues", "Notes", "Dernière vérification"]
    assert t.mapping == ["family_name", "given_name", "organization", "role", "phone:work",
                         "phone:mobile", "email", "country", "languages", "notes",
                         "last_verified"]
    assert t.rows[0][9] == "Préfère être appelée le matin; très réactive"


def test_google_table_pairs_and_multiline(corpus: Path) -> None:
    t = read_csv(corpus / "google_contacts.csv")
    assert (t.encoding, t.delimiter) == ("utf-8", ",")
    value, kind = t.headers.index("Phone 1 - Value"), t.headers.index("Phone 1 - Type")
    assert t.pairs[value] == kind
    assert t.mapping[value] == "phone:auto" and t.mapping[kind] == ""
    assert t.mapping[t.headers.index("Organization 1 - Title")] == "role"
    assert t.mapping[t.headers.index("Organization 1 - Name")] == "organization"
    assert t.mapping[t.headers.index("Group Membership")] == ""
    assert t.rows[0][t.headers.index("Address 1 - Formatted")] == "Via Roma 10\nMilano 20121\nItalia"


@pytest.mark.parametrize(("header", "target"), [
    ("Prénom", "given_name"), ("Nom", "family_name"), ("E-mail Address", "email"),
    ("Adresse de messagerie", "email"), ("Tél. mobile", "phone:mobile"),
    ("Téléphone (bureau)", "phone:work"), ("Société", "organization"), ("Fonction", "role"),
    ("Given Name", "given_name"), ("E-mail 1 - Value", "email"), ("Phone 3 - Value", "phone:auto"),
    ("Phone 1 - Type", ""), ("Phone 1 - Label", ""), ("Pays/Région (bureau)", "country"),
    ("Adresse de messagerie 2", "email"), ("Out-of-hours Phone", "phone:out-of-hours"),
    ("Astreinte", "phone:out-of-hours"), ("Organization Name", "organization"),
    ("Organization Title", "role"), ("Something else", ""),
])
def test_header_targets(header: str, target: str) -> None:
    assert target_for(header) == target


def test_a_lone_name_column_is_the_display_name() -> None:
    t = parse_csv_bytes(b"Name,Email\nAnn Lee,ann@x.example\n", "n.csv")
    assert t.mapping == ["display_name", "email"]
    assert records_from_table(t)[0].contact.display_name == "Ann Lee"  # type: ignore[union-attr]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_encodings_and_separators(encoding: str, delimiter: str) -> None:
    out = io.StringIO()
    w = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    w.writerow(["First Name", "Last Name", "Notes", "E-mail Address"])
    w.writerow(["Renée", "Çelik", "Line one\nline two, with; both", "renee@x.example"])
    t = parse_csv_bytes(out.getvalue().encode(encoding), "e.csv")
    assert t.delimiter == delimiter
    c = records_from_table(t)[0].contact
    assert c is not None
    assert (c.given_name, c.family_name, c.notes, c.emails) == (
        "Renée", "Çelik", "Line one\nline two, with; both", ["renee@x.example"])


def test_user_mapping_and_preview(corpus: Path) -> None:
    t = read_csv(corpus / "excel_fr_cp1252.csv")
    preview = t.preview(limit=2)
    assert [c.name() for c in preview] == ["Hélène Lefèvre", "François Garçon"]
    mapping = list(t.mapping)
    mapping[4] = "phone:out-of-hours"  # the user says "Téléphone" is the night line
    mapping[9] = ""  # and drops the notes
    items = records_from_table(t, mapping)
    c = items[0].contact
    assert c is not None
    assert c.phones == [Phone("04 93 12 34 56", "out-of-hours"), Phone("06 23 45 67 89", "mobile")]
    assert c.notes == ""
    with pytest.raises(ValueError, match="unknown import target"):
        records_from_table(t, ["bogus", *mapping[1:]])


def test_rows_without_name_phone_or_email_are_reported() -> None:
    t = parse_csv_bytes(b"First Name,Notes,E-mail\n,just a note,\nAnn,,\n", "r.csv")
    items = records_from_table(t)
    assert [(i.where, i.error) for i in items] == [
        ("r.csv row 1", "no name, phone or email"), ("r.csv row 2", None)]


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(ContactFileError, match="empty"):
        parse_csv_bytes(b"\n\n", "e.csv")
    with pytest.raises(ContactFileError, match="no known column"):
        parse_csv_bytes(b"foo,bar\n1,2\n", "x.csv")
    with pytest.raises(ContactFileError, match=r"missing\.csv"):
        read_csv(tmp_path / "missing.csv")


@pytest.mark.parametrize(("cell", "out"), [
    ("=SUM(A1:A2)", "'=SUM(A1:A2)"), ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
    ("-2+3", "'-2+3"), ("@SUM(1)", "'@SUM(1)"), ("+33 1 44 76 75 39", "+33 1 44 76 75 39"),
    ("+441234", "+441234"), ("+ 33 1", "'+ 33 1"), ("\t=1", "'\t=1"), ("Ann", "Ann"),
    ("'=x", "''=x"), ("'quoted'", "'quoted'"), ("", ""), ("a=b", "a=b"),
])
def test_neutralise(cell: str, out: str) -> None:
    assert neutralise(cell) == out
    assert unneutralise(neutralise(cell)) == cell


def test_exported_csv_text_is_neutralised(book: ContactBook, tmp_path: Path) -> None:
    book.add(BookContact(display_name="=HYPERLINK(\"http://evil.example\")", given_name="@Ann",
                         family_name="-Lee", role="+Editor", organization="Paper",
                         phones=[Phone("+33 1 44 76 75 39", "work")],
                         emails=["ann@paper.example"], notes="=1+2"))
    path = tmp_path / "out.csv"
    export_contacts(book, path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == HEADERS
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Display Name"] == "'=HYPERLINK(\"http://evil.example\")"
    assert row["Given Name"] == "'@Ann"
    assert row["Family Name"] == "'-Lee"
    assert row["Role"] == "'+Editor"
    assert row["Work Phone"] == "+33 1 44 76 75 39"
    assert row["Notes"] == "'=1+2"
    assert row["Organization"] == "Paper"
    assert text.count("\r\n") == 2


def test_write_csv_multi_values() -> None:
    c = BookContact(display_name="A", phones=[Phone("1", "work"), Phone("2", "work")],
                    emails=["a@x.example", "b@x.example"], languages=["fr", "en"], id="i")
    text = write_csv([c], {"i": [("Press", 3)]})
    row = next(csv.DictReader(io.StringIO(text)))
    assert row["Work Phone"] == "1 ::: 2"
    assert row["Email"] == "a@x.example ::: b@x.example"
    assert row["Languages"] == "fr, en"
    assert row["Lists"] == "Press (#3)"
