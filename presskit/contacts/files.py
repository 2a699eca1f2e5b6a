"""Contact files: read any supported file for import, export the book.

Formats are chosen from the extension (.vcf/.vcard, .csv/.tsv/.txt) or, for
other names, from the content.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from presskit.contacts.csvio import ContactFileError
from presskit.contacts.model import BookContact, ImportItem, ImportReport

if TYPE_CHECKING:
    from presskit.contacts.db import ContactBook

VCARD_EXTENSIONS = (".vcf", ".vcard")
CSV_EXTENSIONS = (".csv", ".tsv", ".txt")


def file_format(path: str | Path, data: bytes | None = None) -> str:
    """"vcard" or "csv" for *path* (by extension, else by content)."""
    suffix = Path(path).suffix.lower()
    if suffix in VCARD_EXTENSIONS:
        return "vcard"
    if suffix in CSV_EXTENSIONS:
        return "csv"
    if data is not None:
        head = data[:4096].replace(b"\x00", b"").upper()
        if b"BEGIN:VCARD" in head:
            return "vcard"
        return "csv"
    raise ContactFileError("unknown format (use a .vcf or .csv file)", path=str(path))


def read_contact_file(path: str | Path) -> list[ImportItem]:
    """Every record of a vCard or CSV file (broken ones carry an error)."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ContactFileError(exc.strerror or str(exc), path=str(p)) from exc
    if file_format(p, data) == "vcard":
        from presskit.contacts.vcard import read_vcards

        items = read_vcards(data, source=p.name)
        if not items:
            raise ContactFileError("no vCard in the file", path=str(p))
        return items
    from presskit.contacts.csvio import parse_csv_bytes, records_from_table

    table = parse_csv_bytes(data, source=p.name, path=str(p))
    return records_from_table(table)


def import_files(book: ContactBook, paths: Sequence[str | Path], *,
                 progress: Callable[[int, int], bool | None] | None = None,
                 cancel: threading.Event | Callable[[], bool] | None = None) -> ImportReport:
    """Read all *paths* first (any unreadable file raises, nothing imported), then
    import everything in one transaction."""
    items: list[ImportItem] = []
    for path in paths:
        items.extend(read_contact_file(path))
    return book.import_items(items, progress=progress, cancel=cancel)


def _lists_by_contact(book: ContactBook) -> dict[str, list[tuple[str, int]]]:
    out: dict[str, list[tuple[str, int]]] = {}
    for lst in book.lists():
        for pos, cid in enumerate(book.list_member_ids(lst.id)):
            out.setdefault(cid, []).append((lst.name, pos))
    return out


def export_bytes(book: ContactBook, contacts: Iterable[BookContact] | None = None,
                 fmt: str = "vcard", where: str = "") -> tuple[bytes, int]:
    """The file's bytes for *contacts* (default: the whole book) and their count.

    *fmt* is "vcard" (vCard 4.0, UTF-8) or "csv" (UTF-8 with a BOM so that
    Excel reads accents right, formulas neutralised).
    """
    chosen = list(book.iter_contacts() if contacts is None else contacts)
    lists = _lists_by_contact(book)
    if fmt == "vcard":
        from presskit.contacts.vcard import write_vcards

        return write_vcards(chosen, lists).encode("utf-8"), len(chosen)
    if fmt == "csv":
        from presskit.contacts.csvio import write_csv

        return write_csv(chosen, lists).encode("utf-8-sig"), len(chosen)
    raise ContactFileError(f"unknown export format {fmt!r}", path=where or None)


def export_contacts(book: ContactBook, path: str | Path,
                    contacts: Iterable[BookContact] | None = None,
                    fmt: str | None = None) -> int:
    """Write *contacts* (default: the whole book) to *path* atomically; returns the count.

    *fmt* is "vcard" or "csv" (default: from the extension); see :func:`export_bytes`.
    """
    from presskit.atomic import write_bytes

    p = Path(path)
    data, count = export_bytes(book, contacts, fmt or file_format(p), where=str(p))
    try:
        write_bytes(p, data)
    except OSError as exc:
        raise ContactFileError(exc.strerror or str(exc), path=str(p)) from exc
    return count
