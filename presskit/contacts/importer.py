"""Importing records into the book: one transaction, the same person merged, a report.

A record is merged into an existing contact only when it is the same person
(:mod:`presskit.contacts.matching`); one that merely looks like a contact is
added and listed in the report's ``possible`` duplicates.

``progress(done, total)`` is called as records are stored (returning False
cancels); *cancel* may be a ``threading.Event`` or a callable returning True
to cancel. A cancelled import is rolled back: nothing is saved.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from presskit.contacts.lists import insert_list
from presskit.contacts.matching import match
from presskit.contacts.model import (
    BookContact,
    ImportItem,
    ImportReport,
    PossibleDuplicate,
    Skipped,
)
from presskit.contacts.records import merge_into, normalise_contact, now_utc, sort_key

if TYPE_CHECKING:
    from presskit.contacts.store import BookStore

ProgressFn = Callable[[int, int], "bool | None"]


class _Cancelled(Exception):
    pass


def _is_cancelled(cancel: threading.Event | Callable[[], bool] | None) -> bool:
    if cancel is None:
        return False
    if isinstance(cancel, threading.Event):
        return cancel.is_set()
    return bool(cancel())


def import_items(store: BookStore, items: Sequence[ImportItem], *,
                 progress: ProgressFn | None = None,
                 cancel: threading.Event | Callable[[], bool] | None = None) -> ImportReport:
    """Store *items* in one transaction and return the report.

    A record that is the same person as an existing contact (or as an earlier
    record of the same import) is merged into it instead of added.
    """
    total = len(items)
    report = ImportReport(total=total)
    step = max(1, total // 200)
    if progress is not None and progress(0, total) is False:
        return ImportReport(total=total, cancelled=True)
    try:
        with store.write() as conn:
            lists: dict[str, tuple[str, int]] = {}
            for done, item in enumerate(items, 1):
                if _is_cancelled(cancel):
                    raise _Cancelled
                _import_one(store, conn, item, report, lists)
                if (progress is not None and (done % step == 0 or done == total)
                        and progress(done, total) is False):
                    raise _Cancelled
                if _is_cancelled(cancel):
                    raise _Cancelled
            for list_id, _base in lists.values():
                _renumber(conn, list_id)
    except _Cancelled:
        return ImportReport(total=total, cancelled=True)
    return report


def _import_one(store: BookStore, conn: sqlite3.Connection, item: ImportItem,
                report: ImportReport, lists: dict[str, tuple[str, int]]) -> None:
    if item.error is not None or item.contact is None:
        report.skipped.append(Skipped(item.where, item.error or "nothing to import"))
        return
    contact, warnings = normalise_contact(item.contact)
    report.read_warnings.extend(f"{item.where}: {w}" for w in item.warnings)
    report.warnings.extend(f"{item.where}: {w}" for w in [*item.warnings, *warnings])
    if contact.is_empty():
        report.skipped.append(Skipped(item.where, "no name, phone or email"))
        return
    verdict = match(conn, contact, store.default_region)
    if verdict.same_id is not None:
        existing = store.load(conn, [verdict.same_id])[0]
        merged = merge_into(existing, contact)
        if _differs(merged, existing):
            store.update(conn, merged)
        report.merged += 1
        contact_id = verdict.same_id
    else:
        contact_id = store.insert(conn, contact, clean=False).id
        report.imported += 1
        report.possible.extend(
            PossibleDuplicate(item.where, contact_id, contact.name(), alike.contact_id,
                              alike.name, alike.reason) for alike in verdict.look_alikes)
    report.contact_ids.append(contact_id)
    for name in item.lists:
        _add_to_named_list(conn, name, item.list_positions.get(name), contact_id, lists)


def _differs(a: BookContact, b: BookContact) -> bool:
    fields = [f for f in a.__dataclass_fields__ if f not in ("updated",)]
    return any(getattr(a, f) != getattr(b, f) for f in fields)


def _add_to_named_list(conn: sqlite3.Connection, name: str,
                       position: int | None, contact_id: str,
                       cache: dict[str, tuple[str, int]]) -> None:
    """Put the contact in the list called *name* (created if needed).

    A known *position* (from our own exports) is kept relative to the other
    members imported now, after the members the list already had.
    """
    name = " ".join(name.split())
    if not name:
        return
    key = sort_key(name)
    if key not in cache:
        for lid, lname in conn.execute("SELECT id, name FROM lists"):
            if sort_key(lname) == key:
                list_id = lid
                break
        else:
            list_id = insert_list(conn, name).id
        base = conn.execute("SELECT coalesce(max(position) + 1, 0) FROM list_members "
                            "WHERE list_id = ?", (list_id,)).fetchone()[0]
        cache[key] = (list_id, int(base))
    list_id, base = cache[key]
    if conn.execute("SELECT 1 FROM list_members WHERE list_id = ? AND contact_id = ?",
                    (list_id, contact_id)).fetchone():
        return
    if position is None:
        position = conn.execute("SELECT coalesce(max(position) + 1, 0) FROM list_members "
                                "WHERE list_id = ?", (list_id,)).fetchone()[0]
    else:
        position = base + position
    conn.execute("INSERT INTO list_members(list_id, contact_id, position) VALUES (?,?,?)",
                 (list_id, contact_id, position))
    conn.execute("UPDATE lists SET updated = ? WHERE id = ?", (now_utc(), list_id))


def _renumber(conn: sqlite3.Connection, list_id: str) -> None:
    """Positions 0..n-1 again, in the current order."""
    ids = [r[0] for r in conn.execute(
        "SELECT contact_id FROM list_members WHERE list_id = ? ORDER BY position, contact_id",
        (list_id,))]
    conn.executemany("UPDATE list_members SET position = ? WHERE list_id = ? AND contact_id = ?",
                     [(i, list_id, cid) for i, cid in enumerate(ids)])
