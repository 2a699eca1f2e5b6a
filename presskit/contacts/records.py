"""Helpers shared by the book, the importers and the migrations: keys and clean-up."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from presskit.contacts.model import PHONE_KINDS, BookContact, Phone

_WS = re.compile(r"\s+")


def now_utc() -> str:
    """Current UTC time, ISO 8601 with microseconds ("2024-05-01T10:20:30.123456+00:00")."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def fold(text: str) -> str:
    """Case- and diacritics-insensitive form of *text* ("Éloïse" -> "eloise")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def sort_key(text: str) -> str:
    return _WS.sub(" ", fold(text)).strip()


def email_key(address: str) -> str:
    return address.strip().casefold()


def index_text(c: BookContact) -> tuple[str, str, str, str]:
    """The FTS5 columns of a contact: names, organization, role, emails.

    Emails are indexed without their top-level domain: "a.roy@lemonde.fr"
    is found by "a", "roy" and "lemonde", while "fr" or "com" (which would
    match half the book) are not indexed.
    """
    emails = []
    for e in c.emails:
        local, at, domain = e.rpartition("@")
        if at and "." in domain:
            domain = domain.rsplit(".", 1)[0]
        emails.append(f"{local}{at}{domain}" if at else e)
    names = " ".join(x for x in (c.display_name, c.given_name, c.family_name) if x)
    return names, c.organization, c.role, " ".join(emails)


def name_parts(name: str) -> tuple[str, str]:
    """Best guess of (given, family) from a single full name."""
    words = name.split()
    if len(words) < 2:
        return name.strip(), ""
    return " ".join(words[:-1]), words[-1]


def clean_text(text: str | None) -> str:
    """Strip, normalise line ends and NUL characters, NFC."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return unicodedata.normalize("NFC", text).strip()


def clean_line(text: str | None) -> str:
    """A one-line field: inner whitespace (newlines included) becomes single spaces."""
    return _WS.sub(" ", clean_text(text)).strip()


def normalise_contact(contact: BookContact) -> tuple[BookContact, list[str]]:
    """A cleaned copy of *contact* for storage, and warnings about invalid data.

    Invalid emails and unparseable phones are kept exactly as typed (and
    reported); duplicates within the contact are dropped.
    """
    from presskit.contacts.validate import (
        country_code,
        language_tag,
        phone_problem,
        validate_email,
    )

    warnings: list[str] = []
    country = clean_line(contact.country)
    if country:
        code = country_code(country)
        if code is None:
            warnings.append(f"unknown country {country!r} ignored")
        country = code or ""
    phones: list[Phone] = []
    seen_phones: set[str] = set()
    for p in contact.phones:
        number = clean_line(p.number)
        if not number:
            continue
        kind = p.kind if p.kind in PHONE_KINDS else "other"
        key = re.sub(r"[^0-9+]", "", number) or number
        if key in seen_phones:
            continue
        seen_phones.add(key)
        problem = phone_problem(number, country or None)
        if problem:
            warnings.append(f"phone {number!r}: {problem}")
        phones.append(Phone(number=number, kind=kind))
    emails: list[str] = []
    for e in contact.emails:
        raw = clean_line(e)
        if raw.lower().startswith("mailto:"):
            raw = raw[7:]
        if not raw:
            continue
        normalised, error = validate_email(raw)
        if error:
            warnings.append(f"email {raw!r}: {error}")
        if email_key(normalised) not in {email_key(x) for x in emails}:
            emails.append(normalised)
    languages: list[str] = []
    for lang in contact.languages:
        lang = language_tag(clean_line(lang))
        if lang and lang.casefold() not in {x.casefold() for x in languages}:
            languages.append(lang)
    cleaned = BookContact(
        display_name=clean_line(contact.display_name),
        given_name=clean_line(contact.given_name),
        family_name=clean_line(contact.family_name),
        role=clean_line(contact.role),
        organization=clean_line(contact.organization),
        phones=phones,
        emails=emails,
        languages=languages,
        country=country,
        notes=clean_text(contact.notes),
        last_verified=contact.last_verified,
        id=contact.id.strip(),
        created=contact.created,
        updated=contact.updated,
    )
    if not cleaned.display_name:
        cleaned.display_name = " ".join(
            p for p in (cleaned.given_name, cleaned.family_name) if p)
    return cleaned, warnings


def merge_into(keep: BookContact, other: BookContact) -> BookContact:
    """*keep* completed with *other*: blanks filled, phones/emails/languages unioned.

    Notes that differ are both kept; the later verification date wins.
    """
    from presskit.contacts.validate import normalise_phone

    merged = BookContact(**{k: getattr(keep, k) for k in keep.__dataclass_fields__})
    for name in ("display_name", "given_name", "family_name", "role", "organization", "country"):
        if not getattr(merged, name).strip() and getattr(other, name).strip():
            setattr(merged, name, getattr(other, name))
    region = merged.country or None
    keys = {normalise_phone(p.number, region) or re.sub(r"\D", "", p.number)
            for p in merged.phones}
    merged.phones = list(merged.phones)
    for p in other.phones:
        key = normalise_phone(p.number, other.country or region) or re.sub(r"\D", "", p.number)
        if key not in keys:
            keys.add(key)
            merged.phones.append(Phone(p.number, p.kind))
    merged.emails = list(merged.emails)
    emails = {email_key(e) for e in merged.emails}
    for e in other.emails:
        if email_key(e) not in emails:
            emails.add(email_key(e))
            merged.emails.append(e)
    merged.languages = list(merged.languages)
    langs = {x.casefold() for x in merged.languages}
    for x in other.languages:
        if x.casefold() not in langs:
            langs.add(x.casefold())
            merged.languages.append(x)
    a, b = merged.notes.strip(), other.notes.strip()
    if b and b not in a:
        merged.notes = f"{a}\n\n{b}" if a else b
    dates = [d for d in (keep.last_verified, other.last_verified) if d]
    merged.last_verified = max(dates) if dates else None
    if other.created and (not merged.created or other.created < merged.created):
        merged.created = other.created
    return merged
