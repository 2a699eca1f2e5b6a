"""Offline checks of contact data, and copies of book contacts into releases.

Phones go through ``phonenumbers`` (no network), emails through
``email-validator`` with deliverability checks off (no DNS).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING

from presskit.errors import N_

if TYPE_CHECKING:
    from presskit.contacts.model import BookContact, Phone
    from presskit.model import Contact

STALE_MONTHS = 12
# Which phone to print in a release, best first.
PHONE_PREFERENCE = ("work", "mobile", "other", "out-of-hours")


def release_country(language: str) -> str | None:
    """The country of a release language: fr_FR -> FR, bare fr -> FR, en -> US, de -> DE."""
    from presskit.phones import release_country as _country

    return _country(language or "")


def _region(code: str | None) -> str | None:
    code = (code or "").strip().upper()
    return code if len(code) == 2 and code.isalpha() else None


def format_phone(raw: str, release_country: str | None,
                 number_country: str | None = None) -> tuple[str, bool]:
    """Format *raw* for a release printed in *release_country*; returns ``(text, ok)``.

    National format ("01 44 76 75 39") when the number belongs to the release's
    country, international ("+33 1 44 76 75 39") otherwise. *number_country*
    (the contact's country, else the home country) is the country of a number
    typed without +CC; the release's country is never assumed for it. Input
    that is not a valid number there comes back exactly as typed, ``ok`` false.
    """
    from presskit.phones import format_number

    text = raw.strip()
    if not text:
        return raw, False
    out, ok = format_number(text, _region(release_country), _region(number_country))
    return (out, True) if ok else (raw, False)


def normalise_phone(raw: str, region: str | None = None) -> str | None:
    """E.164 form of *raw* ("+33144767539"), or None when it cannot be parsed."""
    return _normalise_phone(raw, _region(region))


@functools.lru_cache(maxsize=4096)
def _normalise_phone(raw: str, region: str | None) -> str | None:
    # Cached: an import checks, stores and looks up each number.
    import phonenumbers

    from presskit.phones import parse

    text = raw.strip()
    if not text:
        return None
    num = parse(text, region)
    if num is None:
        return None
    return str(phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164))


def phone_problem(raw: str, region: str | None = None) -> str | None:
    """A short reason why *raw* is not a usable number, or None when it is (English; the
    editor translates it through the ``errors`` catalog)."""
    if not raw.strip():
        return N_("empty number")
    if normalise_phone(raw, region) is None:
        if not raw.strip().startswith("+") and _region(region) is None:
            return N_("no country: add +CC or set the contact's country")
        return N_("not a valid phone number")
    return None


def validate_email(address: str) -> tuple[str, str | None]:
    """``(normalised, None)`` for a valid address, ``(as typed, reason)`` otherwise."""
    from email_validator import EmailNotValidError
    from email_validator import validate_email as _validate

    text = address.strip()
    if not text:
        return text, N_("empty address")
    try:
        result = _validate(text, check_deliverability=False)
    except EmailNotValidError as exc:
        return text, str(exc)
    return str(result.normalized), None


# ---------------------------------------------------------------- staleness

def _add_months(day: dt.date, months: int) -> dt.date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover - 28 always exists


def _created_date(contact: BookContact) -> dt.date | None:
    try:
        return dt.datetime.fromisoformat(contact.created).date() if contact.created else None
    except ValueError:
        return None


def reference_date(contact: BookContact) -> dt.date | None:
    """The day the contact's details were last known good: verified, else added."""
    return contact.last_verified or _created_date(contact)


def is_stale(contact: BookContact, today: dt.date | None = None) -> bool:
    """True when the details were not verified for 12 months (or ever, for old entries)."""
    today = today or dt.date.today()
    ref = reference_date(contact)
    if ref is None:
        return True
    return today >= _add_months(ref, STALE_MONTHS)


def stale_warning(contact: BookContact, today: dt.date | None = None) -> str | None:
    """The warning shown when a stale contact is inserted into a release, else None."""
    if not is_stale(contact, today):
        return None
    who = contact.name() or "This contact"
    if contact.last_verified:
        when = f"were last verified on {contact.last_verified.isoformat()}"
    elif (created := _created_date(contact)) is not None:
        when = f"were never verified (added on {created.isoformat()})"
    else:
        when = "were never verified"
    return (f"{who}'s details {when}, more than {STALE_MONTHS} months ago: "
            "check the phone and email before sending.")


# ---------------------------------------------------------------- release copies

def best_phone(contact: BookContact) -> Phone | None:
    """The phone to print: first usable number by kind (work, mobile, other, out-of-hours)."""
    order = {kind: i for i, kind in enumerate(PHONE_PREFERENCE)}
    phones = sorted((p for p in contact.phones if p.number.strip()),
                    key=lambda p: order.get(p.kind, len(order)))
    for p in phones:
        if normalise_phone(p.number, contact.country or None) is not None:
            return p
    return phones[0] if phones else None


def release_role(contact: BookContact) -> str:
    """Role line of a release contact: "Head of press, Maison Verdier"."""
    parts = [contact.role.strip(), contact.organization.strip()]
    return ", ".join(p for p in parts if p)


def to_release_contact(contact: BookContact, release_language: str = "") -> Contact:
    """A copy of *contact* for a release, linked back to the book.

    The phone is the best number exactly as stored in the book, with the
    entry's country: it is formatted when the release is composed, never here,
    so inserting a contact cannot rewrite a number. *release_language* is kept
    for callers; the copy does not depend on it.
    """
    from presskit.model import Contact

    phone = best_phone(contact)
    phone_text = phone.number.strip() if phone is not None else ""
    email = next((e.strip() for e in contact.emails if e.strip()), "")
    return Contact(name=contact.name(), role=release_role(contact), phone=phone_text,
                   email=email, country=_region(contact.country) or "",
                   book_id=contact.id or None, book_updated=contact.updated or None)


def _parse_ts(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        ts = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return ts if ts.tzinfo else ts.replace(tzinfo=dt.UTC)


def changed_since(contact: BookContact, release_contact: Contact) -> bool:
    """True when the book entry changed after *release_contact* was copied from it.

    A copy without a link (or linked to another entry) counts as changed.
    """
    if not release_contact.book_id or release_contact.book_id != contact.id:
        return True
    copied, current = _parse_ts(release_contact.book_updated), _parse_ts(contact.updated)
    if copied is None or current is None:
        return True
    return current > copied


# ---------------------------------------------------------------- small normalisers

_LANG_SPLIT = re.compile(r"\s*(?::::|[,;/|\n])\s*")


def split_languages(text: str) -> list[str]:
    """"fr, pt_br" -> ["fr", "pt-BR"]: split on , ; / and tidy language tags."""
    out: list[str] = []
    for part in _LANG_SPLIT.split(text.strip()):
        part = language_tag(part)
        if part and part not in out:
            out.append(part)
    return out


def language_tag(text: str) -> str:
    """"FR" -> "fr", "pt_br" -> "pt-BR", "zh-hant" -> "zh-Hant"; names are kept as typed."""
    value = text.strip()
    m = re.fullmatch(r"([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2}|[A-Za-z]{4}|\d{3}))?", value)
    if not m:
        return value
    lang, sub = m.group(1).lower(), m.group(2)
    if not sub:
        return lang
    return f"{lang}-{sub.upper() if len(sub) != 4 else sub.title()}"


def country_code(text: str) -> str | None:
    """ISO code of a country given as a code or an English/French/German name."""
    value = text.strip()
    if not value:
        return None
    if len(value) == 2 and value.isalpha():
        return value.upper()
    key = _fold(value)
    names = _country_names()
    return names.get(key)


def _fold(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^0-9a-z]+", " ", plain).strip()


_COUNTRY_CACHE: dict[str, str] = {}


def _country_names() -> dict[str, str]:
    if not _COUNTRY_CACHE:
        from babel import Locale

        for lang in ("en", "fr", "de", "es", "it"):
            for code, name in Locale.parse(lang).territories.items():
                if len(code) == 2 and code.isalpha():
                    _COUNTRY_CACHE.setdefault(_fold(name), code)
        _COUNTRY_CACHE.update({"usa": "US", "uk": "GB", "england": "GB"})
    return _COUNTRY_CACHE


def parse_date(text: str) -> dt.date | None:
    """ISO dates ("2024-03-01", with or without a time) and day-first "01/03/2024"."""
    value = text.strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    m = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", value)
    if m:
        try:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            return None
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})(T.*)?", value)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    return None
