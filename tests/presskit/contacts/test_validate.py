"""Phones by country, emails without DNS, staleness, copies into releases."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from presskit.contacts.db import ContactBook
from presskit.contacts.model import BookContact, Phone
from presskit.contacts.validate import (
    best_phone,
    changed_since,
    country_code,
    format_phone,
    is_stale,
    language_tag,
    normalise_phone,
    parse_date,
    release_country,
    split_languages,
    stale_warning,
    to_release_contact,
    validate_email,
)


@pytest.mark.parametrize(("raw", "release", "region", "expected"), [
    ("+33 1 44 76 75 39", "FR", None, ("01 44 76 75 39", True)),
    ("+33144767539", "FR", None, ("01 44 76 75 39", True)),
    ("+33 1 44 76 75 39", "US", None, ("+33 1 44 76 75 39", True)),
    ("+33 1 44 76 75 39", "DE", "FR", ("+33 1 44 76 75 39", True)),
    # Typed without +CC and with no country: never read in the release's country (issue 10).
    ("01 44 76 75 39", "FR", None, ("01 44 76 75 39", False)),
    ("01 44 76 75 39", "FR", "FR", ("01 44 76 75 39", True)),
    ("01 44 76 75 39", "US", "FR", ("+33 1 44 76 75 39", True)),
    ("01 44 76 75 39", "DE", "FR", ("+33 1 44 76 75 39", True)),
    ("01 44 76 75 39", "fr", "fr", ("01 44 76 75 39", True)),
    ("030 1234567", "DE", None, ("030 1234567", False)),
    ("030 1234567", "DE", "DE", ("030 1234567", True)),
    # Possible but not valid in the contact's country: printed exactly as typed.
    ("01 44 76 75 39", "US", "US", ("01 44 76 75 39", False)),
    ("+49 30 1234567", "GB", None, ("+49 30 1234567", True)),
    ("+1 212-555-0123", "US", None, ("(212) 555-0123", True)),
    ("+1 212-555-0123", "FR", None, ("+1 212-555-0123", True)),
    ("ask reception", "FR", None, ("ask reception", False)),
    ("12", "FR", None, ("12", False)),
    ("", "FR", None, ("", False)),
    ("01 44 76 75 39", None, None, ("01 44 76 75 39", False)),
])
def test_format_phone(raw: str, release: str | None, region: str | None,
                      expected: tuple[str, bool]) -> None:
    assert format_phone(raw, release, region) == expected


def test_normalise_phone() -> None:
    assert normalise_phone("+33 (0)1 44 76 75 39") == "+33144767539"
    assert normalise_phone("01 44 76 75 39", "FR") == "+33144767539"
    assert normalise_phone("01 44 76 75 39") is None
    assert normalise_phone("n/a", "FR") is None


def test_validate_email_offline() -> None:
    assert validate_email("  Anna.K@Presse-Verdier.EXAMPLE ") == ("Anna.K@presse-verdier.example",
                                                                  None)
    # No DNS: a domain that cannot exist is still accepted.
    assert validate_email("x@no-such-domain-0e7c1a.example") == (
        "x@no-such-domain-0e7c1a.example", None)
    text, error = validate_email("not-an-email")
    assert text == "not-an-email" and error and "@" in error
    assert validate_email("a@@b.example")[1] is not None
    assert validate_email("")[1] == "empty address"


def test_release_country() -> None:
    assert release_country("fr_FR") == "FR"
    assert release_country("fr_CA") == "CA"
    assert release_country("fr") == "FR"
    assert release_country("en") == "US"
    assert release_country("en-GB") == "GB"
    assert release_country("de") == "DE"


def test_staleness() -> None:
    c = BookContact(given_name="Ann", last_verified=dt.date(2024, 5, 1))
    assert not is_stale(c, dt.date(2025, 4, 30))
    assert is_stale(c, dt.date(2025, 5, 1))
    assert stale_warning(c, dt.date(2025, 4, 30)) is None
    assert stale_warning(c, dt.date(2025, 6, 1)) == (
        "Ann's details were last verified on 2024-05-01, more than 12 months ago: "
        "check the phone and email before sending.")
    leap = BookContact(given_name="Lea", last_verified=dt.date(2024, 2, 29))
    assert not is_stale(leap, dt.date(2025, 2, 27))
    assert is_stale(leap, dt.date(2025, 2, 28))
    # Never verified: counted from the day the contact was added.
    new = BookContact(given_name="Neo", created="2025-01-10T09:00:00.000000+00:00")
    assert not is_stale(new, dt.date(2025, 6, 1))
    assert is_stale(new, dt.date(2026, 1, 10))
    assert stale_warning(new, dt.date(2026, 2, 1)) == (
        "Neo's details were never verified (added on 2025-01-10), more than 12 months ago: "
        "check the phone and email before sending.")
    assert is_stale(BookContact(given_name="Nobody"), dt.date(2025, 1, 1))


def _journalist() -> BookContact:
    return BookContact(display_name="Camille Rousseau", role="Attachée de presse",
                       organization="Maison Verdier", country="FR",
                       phones=[Phone("06 12 34 56 78", "mobile"), Phone("not known", "work"),
                               Phone("+33 1 44 76 75 39", "work")],
                       emails=["camille@verdier.example", "c.rousseau@home.example"],
                       id="6b1d6f0e-7f0c-4b8e-9d0a-2f2b6f1c9a01",
                       updated="2025-03-01T10:00:00.000000+00:00")


def test_to_release_contact_copies_the_number_as_stored() -> None:
    """Inserting a contact never rewrites its number: compose formats it (issue 10)."""
    c = _journalist()
    c.country = "FR"
    fr = to_release_contact(c, "fr_FR")
    assert (fr.name, fr.role, fr.phone, fr.email, fr.country) == (
        "Camille Rousseau", "Attachée de presse, Maison Verdier", "+33 1 44 76 75 39",
        "camille@verdier.example", "FR")
    assert fr.book_id == c.id and fr.book_updated == c.updated
    for language in ("fr", "en", "en_US", "de", "en_GB"):
        assert to_release_contact(c, language).phone == "+33 1 44 76 75 39"
    # The best phone: work first, a valid one; else the mobile; else as typed.
    assert best_phone(c) == Phone("+33 1 44 76 75 39", "work")
    c.phones = [Phone("06 12 34 56 78", "mobile"), Phone("not known", "work")]
    copy = to_release_contact(c, "en_US")
    assert (copy.phone, copy.country) == ("06 12 34 56 78", "FR")
    c.phones = [Phone("ask reception", "work")]
    assert to_release_contact(c, "fr_FR").phone == "ask reception"
    c.phones = []
    assert to_release_contact(c, "fr_FR").phone == ""
    c.country = ""
    assert to_release_contact(c, "fr_FR").country == ""


def test_changed_since(book: ContactBook) -> None:
    saved = book.add(_journalist())
    copy = to_release_contact(saved, "fr_FR")
    assert changed_since(saved, copy) is False
    time.sleep(0.001)
    saved.role = "Directrice"
    newer = book.update(saved)
    assert changed_since(newer, copy) is True
    assert changed_since(newer, to_release_contact(newer, "fr_FR")) is False
    copy.book_id = None
    assert changed_since(newer, copy) is True


def test_small_normalisers() -> None:
    assert split_languages("fr, EN; pt_br / Brazilian Portuguese") == [
        "fr", "en", "pt-BR", "Brazilian Portuguese"]
    assert language_tag("zh_hant") == "zh-Hant"
    assert country_code("France") == "FR"
    assert country_code("Allemagne") == "DE"
    assert country_code("Deutschland") == "DE"
    assert country_code("united kingdom") == "GB"
    assert country_code("gb") == "GB"
    assert country_code("Atlantis") is None
    assert parse_date("2024-03-01") == dt.date(2024, 3, 1)
    assert parse_date("2024-03-01T10:00:00Z") == dt.date(2024, 3, 1)
    assert parse_date("01/03/2024") == dt.date(2024, 3, 1)
    assert parse_date("20240301") == dt.date(2024, 3, 1)
    assert parse_date("31/02/2024") is None
    assert parse_date("soon") is None
