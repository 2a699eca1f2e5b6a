"""Rules on the press contacts: present, reachable, valid email and phone, recently verified."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from presskit.model import Contact
from presskit.preflight import messages as M
from presskit.preflight.engine import Context
from presskit.preflight.findings import Finding, finding


def _name(c: Contact, n: int) -> str:
    return c.name.strip() or c.email.strip() or c.phone.strip() or f"#{n}"


def no_contacts(ctx: Context) -> Iterator[Finding]:
    if not any(c.name.strip() or c.phone.strip() or c.email.strip() for c in ctx.release.contacts):
        yield finding("no-contacts", "contacts", ctx.t(M.NO_CONTACTS))


def contact_unreachable(ctx: Context) -> Iterator[Finding]:
    for i, c in enumerate(ctx.release.contacts):
        if c.name.strip() and not c.phone.strip() and not c.email.strip():
            yield finding("contact-unreachable", f"contacts[{i}]",
                          ctx.t(M.CONTACT_UNREACHABLE).format(n=i + 1, name=_name(c, i + 1)))


def email(ctx: Context) -> Iterator[Finding]:
    from email_validator import EmailNotValidError, validate_email

    for i, c in enumerate(ctx.release.contacts):
        value = c.email.strip()
        if not value:
            continue
        try:
            validate_email(value, check_deliverability=False)
        except EmailNotValidError:
            yield finding("email", f"contacts[{i}].email",
                          ctx.t(M.EMAIL).format(n=i + 1, value=value), word=value,
                          start=0, end=len(c.email))


def _country_name(code: str, ui_language: str) -> str:
    from babel import Locale, UnknownLocaleError

    try:
        names = Locale.parse(ui_language.replace("-", "_") or "en").territories
    except (ValueError, UnknownLocaleError):
        return code
    return str(names.get(code, code))


def _number_country(raw: str, country: str | None) -> str | None:
    """The country a number is read in: its own +CC's, else the contact's (or home) country."""
    import phonenumbers

    try:
        num = phonenumbers.parse(raw, country)
    except phonenumbers.NumberParseException:
        return country
    if not num.country_code:
        return country
    return phonenumbers.region_code_for_country_code(num.country_code) or country


def phone(ctx: Context) -> Iterator[Finding]:
    from presskit import phones

    home = phones.home_country(ctx.release.letterhead.home_country, ctx.options.home_country)
    for i, c in enumerate(ctx.release.contacts):
        raw = c.phone.strip()
        if not raw:
            continue
        country = phones.home_country(c.country, home)
        if phones.parse(raw, country) is not None:
            continue
        where = _number_country(raw, country)
        if where is None:
            message = ctx.t(M.PHONE_NO_COUNTRY).format(n=i + 1, value=raw)
        else:
            message = ctx.t(M.PHONE).format(n=i + 1, value=raw,
                                            country=_country_name(where, ctx.ui_language))
        yield finding("phone", f"contacts[{i}].phone", message, word=raw, start=0,
                      end=len(c.phone))


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day *months* earlier (the month's last day when it has no such day)."""
    import calendar

    total = day.year * 12 + (day.month - 1) - months
    year, month = divmod(total, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def stale_contact(ctx: Context) -> Iterator[Finding]:
    """A contact from the book whose entry was last verified more than 12 months ago.

    The book records ``last_verified`` (Contact book ▸ Mark verified). An entry never
    verified falls back on its ``updated`` stamp, and the message says it was never verified.
    """
    if ctx.book is None:
        return
    months = ctx.options.stale_months
    cutoff = months_before(ctx.today, months)
    for i, c in enumerate(ctx.release.contacts):
        if not c.book_id:
            continue
        try:
            entry = ctx.book.get(c.book_id)
        except Exception:  # a locked or damaged book must not stop the check
            entry = None
        if entry is None:
            continue
        name = _name(c, i + 1)
        path = f"contacts[{i}]"
        if entry.last_verified is not None:
            if entry.last_verified < cutoff:
                yield finding("stale-contact", path, ctx.t(M.STALE_CONTACT).format(
                    n=i + 1, name=name, date=_date(entry.last_verified, ctx.ui_language),
                    months=months))
            continue
        updated = _parse_stamp(entry.updated)
        if updated is None:
            yield finding("stale-contact", path,
                          ctx.t(M.STALE_CONTACT_UNKNOWN).format(n=i + 1, name=name))
        elif updated < cutoff:
            yield finding("stale-contact", path, ctx.t(M.STALE_CONTACT_UPDATED).format(
                n=i + 1, name=name, date=_date(updated, ctx.ui_language), months=months))


def _parse_stamp(stamp: str) -> dt.date | None:
    try:
        return dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).date()
    except (ValueError, AttributeError):
        return None


def _date(day: dt.date, ui_language: str) -> str:
    from babel.dates import format_date

    try:
        return str(format_date(day, "long", locale=ui_language.replace("-", "_") or "en"))
    except (ValueError, LookupError):
        return day.isoformat()


RULES = [no_contacts, contact_unreachable, email, phone, stale_contact]
