"""CSV import (Outlook, Google, Excel; English and French headers) and export.

Reading is in two steps so that the UI can show a mapping step and a
preview: :func:`read_csv` returns a :class:`CsvTable` (headers, rows and the
detected column mapping), and :func:`records_from_table` turns the rows into
import records with the mapping the user confirmed.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from presskit.contacts.model import BookContact, ImportItem, Phone
from presskit.errors import PresskitError

#: Import targets a column can be mapped to, with labels for the mapping step.
TARGETS: dict[str, str] = {
    "": "(ignore)",
    "display_name": "Display name",
    "given_name": "Given name",
    "middle_name": "Middle name",
    "family_name": "Family name",
    "role": "Role / job title",
    "organization": "Organization",
    "phone:work": "Work phone",
    "phone:mobile": "Mobile phone",
    "phone:out-of-hours": "Out-of-hours phone",
    "phone:other": "Other phone",
    "phone:auto": "Phone (kind from its type column)",
    "email": "Email",
    "languages": "Languages",
    "country": "Country",
    "address": "Address (kept in the notes)",
    "notes": "Notes",
    "last_verified": "Last verified",
    "lists": "Lists",
    "id": "Presskit id",
}

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "display_name": ("name", "display name", "full name", "nom complet", "nom affiche",
                     "nom d affichage", "contact", "contact name"),
    "given_name": ("first name", "given name", "prenom", "vorname", "firstname", "forename"),
    "middle_name": ("middle name", "additional name", "deuxieme prenom", "autre prenom"),
    "family_name": ("last name", "family name", "surname", "nom", "nom de famille", "nachname",
                    "lastname"),
    "role": ("job title", "role", "fonction", "poste", "position", "organization title",
             "titre du poste", "beruf", "position title"),
    "organization": ("company", "societe", "organization", "organisation", "organization name",
                     "entreprise", "employer", "organisme", "media", "redaction", "firma",
                     "publication", "employeur"),
    "phone:work": ("business phone", "telephone bureau", "work phone", "phone work", "tel bureau",
                   "telephone professionnel", "tel pro", "telephone", "phone", "tel",
                   "telephone fixe", "ligne directe", "direct line", "company main phone",
                   "primary phone", "telephone principal", "telephone societe", "telefon"),
    "phone:mobile": ("mobile phone", "mobile", "cell", "cell phone", "cellphone", "tel mobile",
                     "telephone mobile", "portable", "tel portable", "telephone portable", "gsm",
                     "handy", "mobiltelefon"),
    "phone:out-of-hours": ("out of hours phone", "out of hours", "after hours phone",
                           "after hours", "telephone hors heures", "hors heures",
                           "tel hors heures", "astreinte", "telephone astreinte", "permanence",
                           "emergency phone", "telephone d astreinte"),
    "phone:other": ("other phone", "home phone", "autre telephone", "telephone domicile",
                    "tel domicile", "domicile", "telephone personnel", "car phone",
                    "telephone voiture"),
    "phone:auto": ("phone value",),
    "email": ("e mail address", "e mail", "email", "email address", "mail", "courriel",
              "adresse e mail", "adresse de messagerie", "adresse mail", "e mail value",
              "emails", "adresse electronique", "e mail adresse"),
    "notes": ("notes", "note", "remarques", "remarque", "commentaires", "commentaire",
              "comments", "comment", "bemerkungen"),
    "country": ("country", "pays", "business country region", "pays region bureau",
                "country region", "address country", "land", "country code",
                "home country region", "pays region domicile", "pays region"),
    "languages": ("languages", "language", "langues", "langue", "langues parlees", "sprachen",
                  "sprache", "spoken languages"),
    "last_verified": ("last verified", "verified", "verified on", "derniere verification",
                      "verifie le", "date de verification"),
    "address": ("address formatted", "business address", "adresse", "adresse bureau", "address",
                "business street", "business city", "business postal code", "business state",
                "rue bureau", "ville bureau", "code postal bureau", "dep region bureau",
                "adresse professionnelle"),
    "lists": ("lists", "listes", "presskit lists"),
    "id": ("id", "presskit id", "uid"),
}
_BY_HEADER = {h: target for target, names in _SYNONYMS.items() for h in names}
_PAIRED = re.compile(r"(.*?) (\d+) (value|type|label)")
MULTI_SEP = " ::: "
_LIST_POS = re.compile(r"(.*) \(#(\d+)\)", re.DOTALL)

HEADERS = ["Display Name", "Given Name", "Family Name", "Role", "Organization", "Work Phone",
           "Mobile Phone", "Out-of-hours Phone", "Other Phone", "Email", "Languages", "Country",
           "Notes", "Last Verified", "Lists", "ID"]


class ContactFileError(PresskitError):
    """A contact file could not be read."""


@dataclass
class CsvTable:
    """A CSV file read for import: what the mapping step and the preview show.

    ``mapping[i]`` is the target (a key of ``TARGETS``, "" = ignored) detected
    for column ``i``; ``pairs`` links a value column to the column giving its
    type (Google's "Phone 1 - Value" / "Phone 1 - Type").
    """

    headers: list[str]
    rows: list[list[str]]
    mapping: list[str]
    encoding: str = "utf-8"
    delimiter: str = ","
    pairs: dict[int, int] = field(default_factory=dict)
    source: str = "CSV"

    def preview(self, limit: int = 10, mapping: list[str] | None = None) -> list[BookContact]:
        """The first *limit* rows as contacts, with *mapping* (default: the detected one)."""
        short = CsvTable(self.headers, self.rows[:limit], self.mapping, self.encoding,
                         self.delimiter, self.pairs, self.source)
        items = records_from_table(short, mapping)
        return [i.contact for i in items if i.contact is not None]


# ------------------------------------------------------------------ reading

def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding): BOMs first, then UTF-16 without BOM, UTF-8, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[2:].decode(codec, errors="replace"), "utf-16"
    head = data[:400]
    if head and head.count(b"\x00") > len(head) // 4:
        codec = "utf-16-le" if head[1:2] == b"\x00" else "utf-16-be"
        return data.decode(codec, errors="replace"), codec
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: the one most present (outside quotes) in the header line."""
    counts = {",": 0, ";": 0, "\t": 0}
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in "\r\n":
            break
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def normalise_header(header: str) -> str:
    """"Téléphone (bureau)" -> "telephone bureau"; "E-mail 2 Address" -> "e mail 2 address"."""
    decomposed = unicodedata.normalize("NFKD", header.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^0-9a-z]+", " ", plain).strip()


def target_for(header: str) -> str:
    """The import target of a column header ("" when unknown or a type column)."""
    key = normalise_header(header)
    m = _PAIRED.fullmatch(key)
    if m and m.group(3) != "value":
        return ""
    if key in _BY_HEADER:
        return _BY_HEADER[key]
    base = re.sub(r" \d+(?= |$)", "", key)
    return _BY_HEADER.get(base, "")


def detect_mapping(headers: list[str]) -> list[str]:
    mapping = [target_for(h) for h in headers]
    # A lone "Nom"/"Name" without a given-name column is the whole name.
    if "given_name" not in mapping and "display_name" not in mapping:
        mapping = ["display_name" if t == "family_name" and normalise_header(h) in ("nom", "name")
                   else t for h, t in zip(headers, mapping, strict=True)]
    return mapping


def _pairs(headers: list[str]) -> dict[int, int]:
    values: dict[tuple[str, str], int] = {}
    types: dict[tuple[str, str], int] = {}
    for i, h in enumerate(headers):
        m = _PAIRED.fullmatch(normalise_header(h))
        if m:
            (values if m.group(3) == "value" else types)[(m.group(1), m.group(2))] = i
    return {col: types[key] for key, col in values.items() if key in types}


def parse_csv_bytes(data: bytes, source: str = "CSV", path: str | None = None) -> CsvTable:
    """Parse CSV bytes; *source* names rows in reports, *path* is used in errors."""
    where = path or source
    text, encoding = decode_bytes(data)
    delimiter = sniff_delimiter(text)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise ContactFileError(f"not a readable CSV file ({exc})", path=where) from exc
    rows = [r for r in rows if any(cell.strip() for cell in r)]
    if not rows:
        raise ContactFileError("the file is empty", path=where)
    headers = [h.strip() for h in rows[0]]
    if not any(target_for(h) for h in headers):
        raise ContactFileError("no known column (name, email, phone…) in the first line",
                               path=where)
    return CsvTable(headers=headers, rows=rows[1:], mapping=detect_mapping(headers),
                    encoding=encoding, delimiter=delimiter, pairs=_pairs(headers), source=source)


def read_csv(path: str | Path) -> CsvTable:
    """Read a CSV export (encoding and separator detected) with its detected mapping."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ContactFileError(exc.strerror or str(exc), path=str(p)) from exc
    return parse_csv_bytes(data, source=p.name, path=str(p))


# A number a spreadsheet shows as typed: "+", then only digits, spaces, dots, dashes, brackets.
_PLAIN_PHONE = re.compile(r"\+[0-9(][0-9 .()\-]*")


def _needs_quote(cell: str) -> bool:
    if not cell:
        return False
    first = cell[0]
    if first in "=-@\t\r" or (first == "+" and not _PLAIN_PHONE.fullmatch(cell)):
        return True
    # "'=x" gets a second apostrophe so that reading it back gives "'=x" again.
    return first == "'" and _needs_quote(cell[1:])


def neutralise(cell: str) -> str:
    """Prefix an apostrophe to cells a spreadsheet would run as a formula.

    Every cell starting with ``=``, ``-``, ``@``, tab or CR is neutralised, and
    every cell starting with ``+`` unless it is a plain phone number such as
    "+33 1 44 76 75 39" (``+``, a digit or bracket, then only digits, spaces,
    dots, dashes and brackets): ``+1+HYPERLINK(…)`` is neutralised.
    """
    return "'" + cell if _needs_quote(cell) else cell


def unneutralise(cell: str) -> str:
    """Undo :func:`neutralise` (only where it would have added the apostrophe)."""
    if cell.startswith("'") and len(cell) > 1 and neutralise(cell[1:]) == cell:
        return cell[1:]
    return cell


def _split_multi(text: str, extra: str = "") -> list[str]:
    pattern = r"\s*:::\s*|\n" + (f"|\\s*[{extra}]\\s*" if extra else "")
    return [x.strip() for x in re.split(pattern, text) if x.strip()]


def records_from_table(table: CsvTable, mapping: list[str] | None = None) -> list[ImportItem]:
    """Import records from the rows, with *mapping* (default: the detected one)."""
    from presskit.contacts.validate import parse_date, split_languages
    from presskit.contacts.vcard import phone_kind

    mapping = list(table.mapping if mapping is None else mapping)
    unknown = [t for t in mapping if t not in TARGETS]
    if unknown:
        raise ValueError(f"unknown import target(s): {', '.join(map(repr, unknown))}")
    items: list[ImportItem] = []
    for n, row in enumerate(table.rows, 1):
        c = BookContact()
        item = ImportItem(where=f"{table.source} row {n}", contact=c)
        singles: dict[str, list[str]] = {}
        for col, target in enumerate(mapping):
            if not target or col >= len(row):
                continue
            cell = unneutralise(row[col]).strip()
            if not cell:
                continue
            if target.startswith("phone:"):
                kind = target[6:]
                if kind == "auto":
                    type_col = table.pairs.get(col)
                    label = row[type_col] if type_col is not None and type_col < len(row) else ""
                    kind = phone_kind((), label)
                c.phones.extend(Phone(x, kind) for x in _split_multi(cell))
            elif target == "email":
                c.emails.extend(_split_multi(cell, ";,"))
            elif target == "languages":
                c.languages.extend(x for part in _split_multi(cell)
                                   for x in split_languages(part))
            elif target == "lists":
                for entry in _split_multi(cell):
                    m = _LIST_POS.fullmatch(entry)
                    list_name = m.group(1).strip() if m else entry
                    item.lists.append(list_name)
                    if m:
                        item.list_positions[list_name] = int(m.group(2))
            else:
                singles.setdefault(target, []).append(cell)
        first = {k: v[0] for k, v in singles.items()}
        c.display_name = first.get("display_name", "")
        c.given_name = " ".join(x for x in (first.get("given_name", ""),
                                            first.get("middle_name", "")) if x)
        c.family_name = first.get("family_name", "")
        c.role = first.get("role", "")
        c.organization = first.get("organization", "")
        c.country = first.get("country", "")
        c.id = first.get("id", "")
        notes = singles.get("notes", [])
        if "address" in singles:
            lines = [line.strip() for cell in singles["address"] for line in cell.splitlines()]
            notes = [*notes, "Address: " + ", ".join(x for x in lines if x)]
        c.notes = "\n\n".join(notes)
        if "last_verified" in first:
            c.last_verified = parse_date(first["last_verified"])
            if c.last_verified is None:
                item.warnings.append(f"unreadable date {first['last_verified']!r}")
        if not c.is_empty():
            items.append(item)
        elif any(cell.strip() for cell in row):
            items.append(ImportItem(where=item.where, error="no name, phone or email"))
    return items


# ------------------------------------------------------------------ writing

def csv_row(c: BookContact, lists: Iterable[tuple[str, int]] = ()) -> list[str]:
    """The export row of *c*; *lists* are (list name, position) pairs."""
    return [c.display_name, c.given_name, c.family_name, c.role, c.organization,
            MULTI_SEP.join(c.phones_of("work")), MULTI_SEP.join(c.phones_of("mobile")),
            MULTI_SEP.join(c.phones_of("out-of-hours")), MULTI_SEP.join(c.phones_of("other")),
            MULTI_SEP.join(c.emails), ", ".join(c.languages), c.country, c.notes,
            c.last_verified.isoformat() if c.last_verified else "",
            MULTI_SEP.join(f"{name} (#{pos})" for name, pos in lists), c.id]


def write_csv(contacts: Iterable[BookContact],
              lists: Mapping[str, list[tuple[str, int]]] | None = None) -> str:
    """CSV text for Excel (to be saved as UTF-8 with BOM); formulas neutralised."""
    lists = lists or {}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADERS)
    for c in contacts:
        writer.writerow([neutralise(cell) for cell in csv_row(c, lists.get(c.id, ()))])
    return out.getvalue()
