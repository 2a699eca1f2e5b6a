"""vCard reader and writer details."""

from __future__ import annotations

import datetime as dt

from presskit.contacts.model import BookContact, Phone
from presskit.contacts.vcard import (
    escape,
    fold,
    phone_kind,
    read_vcards,
    split_unescaped,
    unescape,
    vcard_of,
)


def _one(text: str | bytes) -> BookContact:
    data = text.encode("utf-8") if isinstance(text, str) else text
    items = read_vcards(data, "t.vcf")
    assert len(items) == 1, items
    assert items[0].error is None, items[0].error
    assert items[0].contact is not None
    return items[0].contact


def test_folded_lines_3_0() -> None:
    c = _one("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jean-Baptiste de la Fontaine-Marchand\r\n"
             "NOTE:A very long note that is folded over\r\n  two lines\\, with an escaped\r\n"
             "\tcomma.\r\nEND:VCARD\r\n")
    assert c.display_name == "Jean-Baptiste de la Fontaine-Marchand"
    assert c.notes == "A very long note that is folded over two lines, with an escapedcomma."


def test_quoted_printable_soft_breaks_and_charsets() -> None:
    text = ("BEGIN:VCARD\nVERSION:2.1\n"
            "N;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:M=C3=BCller;J=C3=B6=\nrg;;;\n"
            "NOTE;QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Caf=E9 =\ncr=E8me=0D=0Aligne 2\n"
            "ORG;CHARSET=KOI8-R;ENCODING=QUOTED-PRINTABLE:=F0=D2=C1=D7=C4=C1\n"
            "TEL;WORK;FAX:+33 1 44 76 75 30\n"
            "TEL;PREF;CELL:+33 6 12 34 56 78\n"
            "END:VCARD\n")
    c = _one(text)
    assert (c.family_name, c.given_name) == ("Müller", "Jörg")
    assert c.notes == "Café crème\r\nligne 2"
    assert c.organization == "Правда"
    assert c.phones == [Phone("+33 1 44 76 75 30", "other"), Phone("+33 6 12 34 56 78", "mobile")]


def test_unknown_charset_falls_back_without_crashing() -> None:
    c = _one(b"BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=x-nonsense:Ren\xe9 Dupr\xe9\nEND:VCARD\n")
    assert c.display_name == "René Dupré"


def test_utf16_vcard_file() -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ashworth\r\nEND:VCARD\r\n"
    for data in (b"\xff\xfe" + text.encode("utf-16-le"), b"\xfe\xff" + text.encode("utf-16-be"),
                 b"\xef\xbb\xbf" + text.encode("utf-8"), text.encode("utf-16-le")):
        assert _one(data).display_name == "Zoë Ashworth"


def test_tel_uris_and_types() -> None:
    c = _one("BEGIN:VCARD\nVERSION:4.0\nFN:T\n"
             "TEL;VALUE=uri;TYPE=\"voice,work\":tel:+1-555-555-0100;ext=42\n"
             "TEL;TYPE=\"cell,text\";VALUE=uri:tel:+33612345678\n"
             "TEL;TYPE=x-out-of-hours;VALUE=text:+33 1 44 76 75 39\n"
             "TEL:+33 1 00 00 00 00\n"
             "EMAIL;TYPE=work:mailto:t@example.org\nEND:VCARD\n")
    assert c.phones == [Phone("+1 555 555 0100 ext. 42", "work"),
                        Phone("+33612345678", "mobile"),
                        Phone("+33 1 44 76 75 39", "out-of-hours"),
                        Phone("+33 1 00 00 00 00", "other")]
    assert c.emails == ["t@example.org"]


def test_phone_kind_labels() -> None:
    assert phone_kind((), "_$!<Mobile>!$_".strip("_$!<>")) == "mobile"
    assert phone_kind((), "Hors heures ouvrables") == "out-of-hours"
    assert phone_kind((), "Astreinte") == "out-of-hours"
    assert phone_kind(("work", "fax"), "") == "other"
    assert phone_kind(("home",), "") == "other"
    assert phone_kind((), "Bureau") == "work"
    assert phone_kind((), "* Mobile") == "mobile"


def test_apple_groups_and_ignored_properties() -> None:
    c = _one("BEGIN:VCARD\nVERSION:3.0\nFN:Ann\n"
             "item7.TEL:+33 6 98 76 54 32\nitem7.X-ABLabel:_$!<Mobile>!$_\n"
             "item8.TEL:+33 1 98 76 54 32\nitem8.X-ABLabel:Night line\n"
             "X-SOCIALPROFILE;type=twitter:x-apple:ann\nBDAY:1980-01-01\nEND:VCARD\n")
    assert c.phones == [Phone("+33 6 98 76 54 32", "mobile"),
                        Phone("+33 1 98 76 54 32", "out-of-hours")]
    assert c.notes == ""


def test_structured_values_and_escapes() -> None:
    assert split_unescaped(r"a\;b;c\,d;;e\\", ";") == ["a;b", "c,d", "", "e\\"]
    assert unescape(r"line\nnext\Nthird\\x") == "line\nnext\nthird\\x"
    assert escape("a,b;c\\d\ne") == r"a\,b\;c\\d\ne"


def test_fold_keeps_utf8_characters_whole() -> None:
    line = "NOTE:" + "é" * 100
    folded = fold(line)
    for part in folded.split("\r\n"):
        assert len(part.encode("utf-8")) <= 75
    assert folded.replace("\r\n ", "") == line


def test_cards_without_begin_or_end_are_reported() -> None:
    items = read_vcards(b"FN:Orphan\nEND:VCARD\nBEGIN:VCARD\nFN:A\nEND:VCARD\n"
                        b"BEGIN:VCARD\nFN:B\n", "x.vcf")
    assert [(i.where, i.error) for i in items] == [
        ("x.vcf card 1", None), ("x.vcf card 2", "file ends before END:VCARD")]


def test_written_card_is_4_0_and_reads_back() -> None:
    c = BookContact(display_name="Ann; Lee, Jr.", given_name="Ann", family_name="Lee, Jr.",
                    role="Editor\nat large", organization="Paper; Ink",
                    phones=[Phone("+33 1 44 76 75 39", "work"), Phone("06 12", "mobile"),
                            Phone("+1 555", "out-of-hours"), Phone("ask", "other")],
                    emails=["ann@paper.example"], languages=["fr", "en-GB"], country="FR",
                    notes="Line 1\nLine 2, with comma; semicolon \\ backslash",
                    last_verified=dt.date(2024, 5, 6), id="6b1d6f0e-7f0c-4b8e-9d0a-2f2b6f1c9a01",
                    updated="2025-03-01T10:00:00.000000+00:00")
    text = vcard_of(c, [("Press", 2), ("Tech, science", 0)])
    assert text.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:6b1d6f0e-")
    assert "TEL;VALUE=text;TYPE=cell:06 12\r\n" in text
    assert "CATEGORIES:Press,Tech\\, science\r\n" in text
    assert "X-PRESSKIT-LIST;X-POSITION=2:Press\r\n" in text
    assert "REV:20250301T100000Z\r\n" in text
    items = read_vcards(text.encode("utf-8"), "rt.vcf")
    back = items[0].contact
    assert back is not None
    for name in ("display_name", "given_name", "family_name", "role", "organization", "phones",
                 "emails", "languages", "country", "notes", "last_verified", "id"):
        assert getattr(back, name) == getattr(c, name), name
    assert items[0].lists == ["Press", "Tech, science"]
    assert items[0].list_positions == {"Press": 2, "Tech, science": 0}
