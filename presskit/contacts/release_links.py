"""Release contacts and the book, without widgets: links, saving as a list, changes since.

A release keeps *copies* of book contacts (``presskit.model.Contact`` with
``book_id`` / ``book_updated``), so a draft stays self-contained; these
functions find the entries behind the copies, create entries for copies typed
by hand, and tell which copies are older than their entry.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from presskit.contacts.db import ContactBook
from presskit.contacts.matching import is_shared_mailbox, name_key
from presskit.contacts.model import BookContact, ContactList, Phone
from presskit.contacts.records import email_key, name_parts
from presskit.contacts.validate import (
    changed_since,
    is_stale,
    stale_warning,
    to_release_contact,
)
from presskit.model import Contact


def release_copies(contacts: list[BookContact], language: str) -> list[Contact]:
    """Copies of book entries for a release in *language*, linked to their entries."""
    return [to_release_contact(c, language) for c in contacts]


def stale_warnings(contacts: list[BookContact]) -> list[str]:
    return [w for c in contacts if (w := stale_warning(c)) is not None]


def stale_entries(book: ContactBook, copies: list[Contact]) -> list[BookContact]:
    """The book entries behind *copies* that were not verified for 12 months."""
    ids = [c.book_id for c in copies if c.book_id]
    return [e for e in book.get_many(ids) if is_stale(e)]


def find_entry(book: ContactBook, contact: Contact) -> BookContact | None:
    """The book entry a release contact stands for: its link, else the same person.

    Without a link, an entry is the same person only when the email matches *and*
    the names agree (case, accents and "Family, Given" order aside), or one side
    has no name: colleagues sharing newsroom@… are never tied to each other's entry.
    """
    if contact.book_id:
        entry = book.get(contact.book_id)
        if entry is not None:
            return entry
    key = email_key(contact.email) if contact.email.strip() else ""
    if not key:
        return None
    wanted = name_key(BookContact(display_name=contact.name))
    # The book indexes addresses without their top-level domain: search the local part.
    local = key.rpartition("@")[0] or key
    for entry in book.search(local, limit=200):
        if key not in {email_key(e) for e in entry.emails}:
            continue
        found = name_key(entry)
        if found == wanted or (not wanted and not is_shared_mailbox(key)) or (
                not found and not is_shared_mailbox(key)):
            return entry
    return None


def entry_from_release(contact: Contact) -> BookContact:
    """A new book entry made from a contact typed into a release."""
    given, family = name_parts(contact.name)
    return BookContact(display_name=contact.name.strip(), given_name=given,
                       family_name=family, role=contact.role.strip(),
                       phones=[Phone(contact.phone.strip(), "work")] if contact.phone.strip()
                       else [],
                       emails=[contact.email.strip()] if contact.email.strip() else [],
                       country=contact.country)


def linked(contact: Contact, entry: BookContact) -> Contact:
    out = copy.deepcopy(contact)
    out.book_id = entry.id
    out.book_updated = entry.updated
    return out


def save_as_list(book: ContactBook, contacts: list[Contact],
                 name: str) -> tuple[ContactList, list[Contact], int]:
    """Make the list *name* exactly these contacts, in order (created or replaced).

    Contacts without a book entry get one (or are linked to the entry with the
    same email). Returns the list, the release contacts with their links, and
    how many entries were created.
    """
    entries: list[BookContact] = []
    created = 0
    out: list[Contact] = []
    for c in contacts:
        if not (c.name.strip() or c.email.strip() or c.phone.strip()):
            out.append(c)
            continue
        entry = find_entry(book, c)
        if entry is None:
            entry = book.add(entry_from_release(c))
            created += 1
        entries.append(entry)
        out.append(linked(c, entry) if c.book_id != entry.id or not c.book_updated else c)
    lst = book.find_list(name) or book.create_list(name)
    book.set_list_members(lst.id, [e.id for e in entries])
    return book.get_list(lst.id) or lst, out, created


@dataclass
class Outdated:
    """A release contact (at *index*) whose book entry changed since it was copied."""

    index: int
    old: Contact
    new: Contact


def outdated(book: ContactBook, contacts: list[Contact], language: str) -> list[Outdated]:
    """Copies whose entry changed after they were made, with what an update would give."""
    found: list[Outdated] = []
    ids = [c.book_id for c in contacts if c.book_id]
    entries = {e.id: e for e in book.get_many(ids)} if ids else {}
    for i, c in enumerate(contacts):
        entry = entries.get(c.book_id or "")
        if entry is None or not changed_since(entry, c):
            continue
        new = to_release_contact(entry, language)
        new.extra = copy.deepcopy(c.extra)
        found.append(Outdated(i, c, new))
    return found


def same_text(a: Contact, b: Contact) -> bool:
    return (a.name, a.role, a.phone, a.email) == (b.name, b.role, b.phone, b.email)
