"""Checks behind the form's field messages, without any widget.

Each check returns a message (translated through ``QCoreApplication.translate`` so the
UI translation covers it) or None. Invalid values are flagged, never dropped: the form
keeps what was typed and shows the message beside the field.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication

TITLE_LIMIT = 70
SUBTITLE_LIMIT = 110
_HEX6 = re.compile(r"^#?([0-9A-Fa-f]{6})$")
_HEX3 = re.compile(r"^#?([0-9A-Fa-f]{3})$")



def email_problem(email: str) -> str | None:
    value = email.strip()
    if not value:
        return None
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError as exc:
        return QCoreApplication.translate("Validation", "Not a valid email address ({reason})").format(reason=str(exc).rstrip("."))
    return None


def phone_problem(phone: str, country: str | None) -> str | None:
    """Why *phone* will print as typed, or None when it is a valid number.

    *country* is the contact's country (else the home country): a number typed
    without +CC is read there, never in the release language's country.
    """
    value = phone.strip()
    if not value:
        return None
    from presskit.phones import parse, region

    if parse(value, country) is None:
        if not value.startswith("+") and region(country) is None:
            return QCoreApplication.translate(
                "Validation", "No country for this number: add +CC, or set the home country in "
                "Preferences; it will print exactly as typed")
        return QCoreApplication.translate("Validation", "Not recognised as a phone number; it will print exactly as typed")
    return None


def normalise_color(text: str) -> str | None:
    """'#1f3a5f' / '1F3A5F' / '#abc' -> '#1F3A5F' form; '' stays ''; None when invalid."""
    value = text.strip()
    if not value:
        return ""
    m = _HEX6.match(value)
    if m:
        return "#" + m.group(1).upper()
    m = _HEX3.match(value)
    if m:
        return "#" + "".join(c * 2 for c in m.group(1)).upper()
    return None


def color_problem(text: str) -> str | None:
    if normalise_color(text) is None:
        return QCoreApplication.translate("Validation", "A colour is written #RRGGBB, for example #1F3A5F")
    return None


def title_problem(title: str) -> str | None:
    if not title.strip():
        return QCoreApplication.translate("Validation", "The release needs a headline")
    return None


def length_hint(text: str, limit: int, *, title: bool) -> tuple[str, bool]:
    """('72 characters — headlines over 70 are often cut by newswires', True)."""
    n = len(text.strip())
    count = QCoreApplication.translate("Validation", "1 character") if n == 1 else QCoreApplication.translate("Validation", "{n} characters").format(n=n)
    if n <= limit:
        return count, False
    if title:
        hint = QCoreApplication.translate("Validation", "headlines over {limit} are often cut by newswires").format(limit=limit)
    else:
        hint = QCoreApplication.translate("Validation", "subheadlines over {limit} are hard to read at a glance").format(limit=limit)
    return f"{count} — {hint}", True


def embargo_problem(zone_ok: bool, when: dt.datetime | None, release_date: dt.date | None) -> str | None:
    if not zone_ok:
        return QCoreApplication.translate("Validation", "Choose the embargo's time zone from the list")
    if when is not None and release_date is not None and when.date() < release_date:
        return QCoreApplication.translate("Validation", "The embargo lifts before the release date")
    return None


def language_problem(known: bool) -> str | None:
    if not known:
        return QCoreApplication.translate("Validation", "Choose a language from the list")
    return None
