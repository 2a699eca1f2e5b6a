"""Duplicate suggestions and merging of two contacts."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from presskit.contacts.model import BookContact, DuplicatePair
from presskit.contacts.records import merge_into

if TYPE_CHECKING:
    from presskit.contacts.db import ContactBook


def duplicate_pairs(conn: sqlite3.Connection, limit: int = 500) -> list[DuplicatePair]:
    """Pairs sharing an email (case-insensitive) or a phone number (E.164), each pair once."""
    pairs: dict[tuple[str, str], DuplicatePair] = {}
    queries = (
        ("SELECT a.contact_id, b.contact_id, a.address_key FROM emails a "
         "JOIN emails b ON b.address_key = a.address_key AND a.contact_id < b.contact_id "
         "LIMIT ?", "same email {}"),
        ("SELECT a.contact_id, b.contact_id, a.e164 FROM phones a "
         "JOIN phones b ON b.e164 = a.e164 AND a.contact_id < b.contact_id "
         "WHERE a.e164 IS NOT NULL LIMIT ?", "same phone {}"),
    )
    for sql, reason in queries:
        for first, second, value in conn.execute(sql, (limit,)):
            pairs.setdefault((first, second), DuplicatePair(first, second, reason.format(value)))
    return list(pairs.values())[:limit]


def merge_contacts(book: ContactBook, conn: sqlite3.Connection, keep_id: str,
                   other_id: str) -> BookContact:
    """Fold *other_id* into *keep_id* inside the caller's transaction; returns the result.

    Phones, emails and languages are unioned, blank fields of the kept contact
    are filled, notes are both kept, and the kept contact takes the other's
    place in every list where only the other was a member.
    """
    from presskit.contacts.db import ContactBookError

    if keep_id == other_id:
        raise ContactBookError("cannot merge a contact with itself")
    found = {c.id: c for c in book._load(conn, [keep_id, other_id])}
    for cid in (keep_id, other_id):
        if cid not in found:
            raise ContactBookError(f"no contact with id {cid}")
    merged = merge_into(found[keep_id], found[other_id])
    conn.execute(
        "UPDATE list_members SET contact_id = ? WHERE contact_id = ? AND list_id NOT IN "
        "(SELECT list_id FROM list_members WHERE contact_id = ?)", (keep_id, other_id, keep_id))
    num = conn.execute("SELECT num FROM contacts WHERE id = ?", (other_id,)).fetchone()[0]
    conn.execute("DELETE FROM contacts_fts WHERE rowid = ?", (num,))
    conn.execute("DELETE FROM contacts WHERE num = ?", (num,))
    return book._update(conn, merged)
