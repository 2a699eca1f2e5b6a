"""When an imported record is the same person as a contact, and when it only looks alike.

A record is merged into a contact automatically only when they are the same person:

* the same vCard ``UID`` or book id; or
* names that agree (case, accents and "Family, Given" order aside) and a shared
  email address or phone number; or
* one side has no name at all and the email address is the same (not a shared
  mailbox such as ``newsroom@…``, and not an address several people have).

A phone number alone never merges: colleagues share switchboards. Everything
else that looks alike (a shared email, a shared phone, the same name) is kept
separate and reported as a :class:`LookAlike`, for a person to decide in the
book's merge dialog.
"""

from __future__ import annotations

import re
import sqlite3
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from presskit.contacts.model import BookContact
from presskit.contacts.records import email_key, fold

# Mailboxes that belong to a desk, not to one person (RFC 2142 and newsroom habits).
SHARED_MAILBOXES = frozenset({
    "accueil", "admin", "agenda", "bureau", "communication", "contact", "contacts", "desk",
    "editor", "editors", "hello", "info", "infos", "information", "mail", "media", "medias",
    "news", "newsdesk", "newsroom", "office", "photo", "photos", "planning", "presse", "press",
    "redaction", "reception", "secretariat", "service", "standard", "team",
})
# Identifiers made from a UID that is not a uuid: the same UID gives the same book id.
_UID_NAMESPACE = uuid.UUID("4f6f0b8e-5c0a-4c8e-9d49-2f1d3a7c5e61")
_WORD = re.compile(r"[^\W_]+")
_MAX_NAME_CANDIDATES = 200


def contact_id_for_uid(uid: str) -> str:
    """The book id of a vCard ``UID``: the uuid itself, else a uuid derived from the text."""
    text = uid.strip().removeprefix("urn:uuid:")
    try:
        return str(uuid.UUID(text))
    except ValueError:
        return str(uuid.uuid5(_UID_NAMESPACE, text))


def name_words(c: BookContact) -> list[str]:
    """The words of the person's name (else of the organization's), folded and sorted.

    "Durand, Alice", "alice DURAND" and "Alice Durand" give the same words.
    """
    person = c.display_name.strip() or " ".join((c.given_name, c.family_name)).strip()
    return sorted(_WORD.findall(fold(person or c.organization)))


def name_key(c: BookContact) -> str:
    """:func:`name_words` as one string; empty when the record has no name at all."""
    return " ".join(name_words(c))


def is_shared_mailbox(address: str) -> bool:
    """True for ``newsroom@…``, ``press@…``, ``info@…`` and the like."""
    local = email_key(address).rpartition("@")[0]
    return re.sub(r"[^a-z]", "", fold(local)) in SHARED_MAILBOXES


@dataclass
class LookAlike:
    """An existing contact that looks like the record but is kept separate, and why."""

    contact_id: str
    name: str
    reason: str


@dataclass
class Verdict:
    """The contact the record is the same person as (if any), and the look-alikes."""

    same_id: str | None = None
    look_alikes: list[LookAlike] = field(default_factory=list)


@dataclass
class _Evidence:
    """What a stored contact shares with the record, as the record typed it."""

    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)


def match(conn: sqlite3.Connection, c: BookContact, region: str | None) -> Verdict:
    """How the cleaned record *c* relates to the contacts stored in *conn*."""
    if c.id:
        row = conn.execute("SELECT id FROM contacts WHERE id = ?",
                           (c.id.removeprefix("urn:uuid:"),)).fetchone()
        if row:
            return Verdict(same_id=str(row[0]))
    evidence = _evidence(conn, c, region)
    key = name_key(c)
    same_name = _same_name_ids(conn, c, key)
    ids = list(dict.fromkeys([*evidence, *same_name]))
    if not ids:
        return Verdict()
    stored = _stored_names(conn, ids)
    verdict = Verdict()
    nameless_merges: list[str] = []
    for cid in sorted(ids, key=lambda i: stored[i][0]):
        found = evidence.get(cid, _Evidence())
        other_key, other_name = stored[cid][1], stored[cid][2]
        if key and key == other_key and (found.emails or found.phones):
            verdict.same_id = verdict.same_id or cid
        elif (not key or not other_key) and _personal(found.emails):
            nameless_merges.append(cid)
        reasons = [f"same email {e}" for e in found.emails] + [
            f"same phone {p}" for p in found.phones]
        if key and key == other_key:
            reasons.append("same name")
        verdict.look_alikes.append(LookAlike(cid, other_name, ", ".join(reasons)))
    if verdict.same_id is None and _unambiguous(key, nameless_merges, stored):
        verdict.same_id = nameless_merges[0]
    if verdict.same_id is not None:
        verdict.look_alikes = []
    return verdict


def _personal(emails: Iterable[str]) -> bool:
    return any(not is_shared_mailbox(e) for e in emails)


def _unambiguous(key: str, candidates: list[str],
                 stored: dict[str, tuple[int, str, str]]) -> bool:
    """A nameless record merges only when the address points to one person."""
    if not candidates:
        return False
    if key:
        return True  # the nameless side is the stored contact: take the first one
    return len({stored[c][1] for c in candidates}) == 1


def _evidence(conn: sqlite3.Connection, c: BookContact,
              region: str | None) -> dict[str, _Evidence]:
    """Stored contacts sharing an email or a phone with *c*, with what they share."""
    from presskit.contacts.validate import normalise_phone

    found: dict[str, _Evidence] = {}
    for e in c.emails:
        for (cid,) in conn.execute("SELECT contact_id FROM emails WHERE address_key = ?",
                                   (email_key(e),)):
            shared = found.setdefault(str(cid), _Evidence()).emails
            if e not in shared:
                shared.append(e)
    for p in c.phones:
        key = normalise_phone(p.number, c.country or region)
        if not key:
            continue
        for (cid,) in conn.execute("SELECT contact_id FROM phones WHERE e164 = ?", (key,)):
            shared = found.setdefault(str(cid), _Evidence()).phones
            if p.number not in shared:
                shared.append(p.number)
    return found


def _same_name_ids(conn: sqlite3.Connection, c: BookContact, key: str) -> list[str]:
    """Stored contacts whose name has the same words (found through the search index)."""
    if not key:
        return []
    person = bool(c.display_name.strip() or c.given_name.strip() or c.family_name.strip())
    column = "names" if person else "organization"
    terms = " ".join('"' + w.replace('"', '""') + '"' for w in dict.fromkeys(key.split()))
    try:
        rows = conn.execute(
            "SELECT c.id, c.display_name, c.given_name, c.family_name, c.organization "
            "FROM contacts_fts JOIN contacts c ON c.num = contacts_fts.rowid "
            "WHERE contacts_fts MATCH ? LIMIT ?",
            (f"{column} : ({terms})", _MAX_NAME_CANDIDATES)).fetchall()
    except sqlite3.OperationalError:  # a suggestion must never stop an import
        return []
    return [str(r[0]) for r in rows
            if name_key(BookContact(display_name=r[1], given_name=r[2], family_name=r[3],
                                    organization=r[4])) == key]


def _stored_names(conn: sqlite3.Connection, ids: list[str]) -> dict[str, tuple[int, str, str]]:
    """id -> (row number, name key, name shown) of stored contacts."""
    out: dict[str, tuple[int, str, str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for num, cid, display, given, family, org in conn.execute(
                "SELECT num, id, display_name, given_name, family_name, organization "
                f"FROM contacts WHERE id IN ({marks})", chunk):
            stored = BookContact(display_name=display, given_name=given, family_name=family,
                                 organization=org)
            out[str(cid)] = (int(num), name_key(stored), stored.name())
    return out
