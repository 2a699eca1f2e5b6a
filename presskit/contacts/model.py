"""Plain data of the contact book: contacts, typed phones, lists, import results."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

PHONE_KINDS = ("work", "mobile", "out-of-hours", "other")
PHONE_KIND_LABELS = {
    "work": "Work",
    "mobile": "Mobile",
    "out-of-hours": "Out of hours",
    "other": "Other",
}


@dataclass
class Phone:
    """A phone number as typed, with its kind (one of ``PHONE_KINDS``)."""

    number: str
    kind: str = "work"


@dataclass
class BookContact:
    """One entry of the contact book.

    ``id`` is a uuid (text) given by the book on insertion; ``created`` and
    ``updated`` are UTC ISO 8601 timestamps also set by the book. ``country``
    is an ISO 3166 alpha-2 code ("FR") used to read numbers typed without +CC.
    """

    display_name: str = ""
    given_name: str = ""
    family_name: str = ""
    role: str = ""
    organization: str = ""
    phones: list[Phone] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    country: str = ""
    notes: str = ""
    last_verified: dt.date | None = None
    id: str = ""
    created: str = ""
    updated: str = ""

    def name(self) -> str:
        """The name to show: display name, else given + family name, else organization."""
        if self.display_name.strip():
            return self.display_name.strip()
        joined = " ".join(p for p in (self.given_name.strip(), self.family_name.strip()) if p)
        return joined or self.organization.strip()

    def is_empty(self) -> bool:
        """True when there is nothing to identify or reach the person."""
        return not (self.name() or any(p.number.strip() for p in self.phones)
                    or any(e.strip() for e in self.emails))

    def phones_of(self, kind: str) -> list[str]:
        return [p.number for p in self.phones if p.kind == kind]


@dataclass
class ContactList:
    """A named, ordered list of contacts."""

    id: str
    name: str
    count: int = 0
    created: str = ""
    updated: str = ""


@dataclass
class DuplicatePair:
    """Two contacts that look like the same person, and why."""

    first_id: str
    second_id: str
    reason: str


@dataclass
class ImportItem:
    """One record read from a file: a contact, or the reason it could not be read.

    ``where`` names the record for reports ("press.vcf card 3", "list.csv row 7").
    ``lists`` are names of contact lists the record belongs to (our own exports),
    ``list_positions`` its place in them when known.
    """

    where: str
    contact: BookContact | None = None
    error: str | None = None
    lists: list[str] = field(default_factory=list)
    list_positions: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Skipped:
    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass
class PossibleDuplicate:
    """A record imported as a new contact although it looks like an existing one.

    ``contact_id`` is the new contact, ``other_id`` the one it looks like;
    ``reason`` says what they share ("same phone +33 1 57 28 20 00").
    """

    where: str
    contact_id: str
    name: str
    other_id: str
    other_name: str
    reason: str

    def __str__(self) -> str:
        return (f"{self.where}: {self.name or '(no name)'} kept separate from "
                f"{self.other_name or '(no name)'} ({self.reason})")


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


@dataclass
class ImportReport:
    """The outcome of one import (one transaction).

    ``total`` records were read; ``imported`` became new contacts, ``merged``
    were merged into a contact that is the same person (see
    :mod:`presskit.contacts.matching`) and the rest were ``skipped``, so
    ``imported + merged + len(skipped) == total``. ``possible`` lists the
    imported records that look like another contact but were kept separate.
    ``warnings`` are every warning; ``read_warnings`` those about reading the
    files (character sets, dates), the rest being about phones and emails. When
    ``cancelled`` is true nothing was saved.
    """

    total: int = 0
    imported: int = 0
    merged: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    cancelled: bool = False
    contact_ids: list[str] = field(default_factory=list)
    possible: list[PossibleDuplicate] = field(default_factory=list)
    read_warnings: list[str] = field(default_factory=list)

    MAX_REASONS = 3

    @property
    def kept_separate(self) -> int:
        """How many imported records look like another contact (each counted once)."""
        return len({p.contact_id for p in self.possible})

    def __str__(self) -> str:
        """"N imported, M merged (same person), K possible duplicates kept separate, S skipped"."""
        if self.cancelled:
            return f"import cancelled, nothing saved ({self.total} records read)"
        skipped = f"{len(self.skipped)} skipped"
        if self.skipped:
            reasons = "; ".join(str(s) for s in self.skipped[: self.MAX_REASONS])
            more = len(self.skipped) - self.MAX_REASONS
            if more > 0:
                reasons += f"; and {more} more"
            skipped += f" ({reasons})"
        possible = _count(self.kept_separate, "possible duplicate", "possible duplicates")
        return (f"{self.imported} imported, {self.merged} merged (same person), "
                f"{possible} kept separate, {skipped}")
