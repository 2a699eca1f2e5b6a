"""Duplicate suggestions, merging two contacts, and keeping two contacts apart."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from presskit.contacts.errors import ContactBookError
from presskit.contacts.model import BookContact, DuplicatePair
from presskit.contacts.records import merge_into, now_utc

if TYPE_CHECKING:
    from presskit.contacts.store import BookStore

_NOT_KEPT_APART = ("NOT EXISTS (SELECT 1 FROM kept_apart k "
                   "WHERE k.first_id = a.contact_id AND k.second_id = b.contact_id)")
_SHARED = (
    ("SELECT a.contact_id, b.contact_id, a.address_key FROM emails a "
     "JOIN emails b ON b.address_key = a.address_key AND a.contact_id < b.contact_id "
     f"WHERE {_NOT_KEPT_APART} LIMIT ?", "same email {}"),
    ("SELECT a.contact_id, b.contact_id, a.e164 FROM phones a "
     "JOIN phones b ON b.e164 = a.e164 AND a.contact_id < b.contact_id "
     f"WHERE a.e164 IS NOT NULL AND {_NOT_KEPT_APART} LIMIT ?", "same phone {}"),
)


def duplicate_pairs(conn: sqlite3.Connection, limit: int = 500) -> list[DuplicatePair]:
    """Pairs sharing an email (any case) or a phone (E.164), or with the same name.

    Each pair comes once (first id < second id) with every reason found, and
    pairs recorded with :func:`keep_apart` are left out.
    """
    reasons: dict[tuple[str, str], list[str]] = {}
    for sql, reason in _SHARED:
        for first, second, value in conn.execute(sql, (limit,)):
            found = reasons.setdefault((first, second), [])
            if reason.format(value) not in found:
                found.append(reason.format(value))
    for pair in _same_name_pairs(conn, limit):
        reasons.setdefault(pair, []).append("same name")
    return [DuplicatePair(a, b, ", ".join(why)) for (a, b), why in reasons.items()][:limit]


def _same_name_pairs(conn: sqlite3.Connection, limit: int) -> list[tuple[str, str]]:
    """Pairs whose names have the same words (see :func:`matching.name_key`), not kept apart."""
    from presskit.contacts.matching import name_key

    groups: dict[str, list[str]] = {}
    for cid, display, given, family, org in conn.execute(
            "SELECT id, display_name, given_name, family_name, organization FROM contacts"):
        key = name_key(BookContact(display_name=display, given_name=given, family_name=family,
                                   organization=org))
        if key:
            groups.setdefault(key, []).append(str(cid))
    apart = set(conn.execute("SELECT first_id, second_id FROM kept_apart").fetchall())
    pairs: list[tuple[str, str]] = []
    for ids in groups.values():
        ids.sort()
        for i, first in enumerate(ids):
            for second in ids[i + 1:]:
                if (first, second) not in apart:
                    pairs.append((first, second))
                    if len(pairs) >= limit:
                        return pairs
    return pairs


def keep_apart(conn: sqlite3.Connection, first_id: str, second_id: str) -> None:
    """Record inside the caller's transaction that two contacts are different people."""
    if first_id == second_id:
        raise ContactBookError("a contact cannot be kept apart from itself")
    a, b = sorted((first_id, second_id))
    known = {r[0] for r in conn.execute("SELECT id FROM contacts WHERE id IN (?, ?)", (a, b))}
    for cid in (a, b):
        if cid not in known:
            raise ContactBookError(f"no contact with id {cid}")
    conn.execute("INSERT OR IGNORE INTO kept_apart(first_id, second_id, decided) VALUES (?,?,?)",
                 (a, b, now_utc()))


def merge_contacts(store: BookStore, conn: sqlite3.Connection, keep_id: str,
                   other_id: str) -> BookContact:
    """Fold *other_id* into *keep_id* inside the caller's transaction; returns the result.

    Phones, emails and languages are unioned, blank fields of the kept contact
    are filled, notes are both kept, and the kept contact takes the other's
    place in every list where only the other was a member. Whoever the other
    was kept apart from, the kept contact is kept apart from too.
    """
    if keep_id == other_id:
        raise ContactBookError("cannot merge a contact with itself")
    found = {c.id: c for c in store.load(conn, [keep_id, other_id])}
    for cid in (keep_id, other_id):
        if cid not in found:
            raise ContactBookError(f"no contact with id {cid}")
    merged = merge_into(found[keep_id], found[other_id])
    conn.execute(
        "UPDATE list_members SET contact_id = ? WHERE contact_id = ? AND list_id NOT IN "
        "(SELECT list_id FROM list_members WHERE contact_id = ?)", (keep_id, other_id, keep_id))
    for (apart_id,) in conn.execute(
            "SELECT CASE WHEN first_id = ? THEN second_id ELSE first_id END FROM kept_apart "
            "WHERE ? IN (first_id, second_id)", (other_id, other_id)).fetchall():
        if apart_id != keep_id:
            keep_apart(conn, keep_id, apart_id)
    num = conn.execute("SELECT num FROM contacts WHERE id = ?", (other_id,)).fetchone()[0]
    conn.execute("DELETE FROM contacts_fts WHERE rowid = ?", (num,))
    conn.execute("DELETE FROM contacts WHERE num = ?", (num,))
    return store.update(conn, merged)
