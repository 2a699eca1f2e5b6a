"""Phone numbers keep their own country (issue 10, point 1).

A number typed without +CC is read in the contact's country, else the home
country; never in a country guessed from the release language. Only valid
numbers are reformatted, and formatting never changes the digits beyond an
added country code or a dropped trunk prefix.
"""

from __future__ import annotations

import datetime as dt
import re

import phonenumbers
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from presskit import doctree as t
from presskit.compose import compose
from presskit.draft import loads, release_to_dict
from presskit.errors import DraftError
from presskit.model import Contact, Letterhead, Release
from presskit.phones import format_number, home_country, parse, system_country
from presskit.preferences import Preferences
from presskit.renderers.docx import render_docx
from presskit.renderers.pdf import render_pdf
from presskit.renderers.text import render_text

NBSP = "\u00a0"
LANGUAGES = ("en_US", "en_GB", "en", "fr_FR", "fr", "de_DE", "es_ES", "it_IT", "fr_CA", "fr_BE")


def _release(language: str, contacts: list[Contact], home: str = "") -> Release:
    return Release(language=language, title="Launch", body="Body.", date=dt.date(2018, 3, 5),
                   contacts=contacts, letterhead=Letterhead(organization="Agence Orbitale",
                                                            home_country=home))


def _printed(doc: t.Document) -> str:
    block = doc.contacts()[0]
    return block.phone.replace(NBSP, " ")


def _pdf_text(data: bytes) -> str:
    import io

    from pypdf import PdfReader

    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def _docx_text(data: bytes) -> str:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    return "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))


# ------------------------------------------------------------------ the reported defect

def test_french_number_in_english_release_keeps_its_country_in_every_format() -> None:
    """Was "Tel. +1 0144767539": the number was read as American because the release is."""
    release = _release("en_US", [Contact(name="Claire Martin", phone="01 44 76 75 39")])
    doc = compose(release, home_country="FR")
    assert _printed(doc) == "+33 1 44 76 75 39"
    text = render_text(doc)
    pdf = _pdf_text(render_pdf(doc).data).replace(NBSP, " ")
    docx = _docx_text(render_docx(doc).data).replace(NBSP, " ")
    for out in (text.replace(NBSP, " "), pdf, docx):
        assert "+33 1 44 76 75 39" in out
        assert "+1 0144767539" not in out and "+1 01" not in out


def test_no_home_country_prints_exactly_as_typed() -> None:
    release = _release("en_US", [Contact(name="Claire Martin", phone="01 44 76 75 39")])
    assert _printed(compose(release)) == "01 44 76 75 39"


def test_contact_country_then_profile_then_preferences() -> None:
    typed = "030 1234567"  # a Berlin number
    contact = Contact(name="Jonas Weber", phone=typed, country="DE")
    # The contact's own country wins over the profile's and the caller's.
    assert _printed(compose(_release("fr_FR", [contact], home="FR"), home_country="IT")) == \
        "+49 30 1234567"
    # The profile's home country wins over the Preferences'.
    no_country = Contact(name="Jonas Weber", phone=typed)
    assert _printed(compose(_release("fr_FR", [no_country], home="DE"), home_country="FR")) == \
        "+49 30 1234567"
    assert _printed(compose(_release("de_DE", [no_country]), home_country="DE")) == "030 1234567"
    # A Cologne number is not a valid French one: printed as typed, never reinterpreted.
    cologne = Contact(name="Jonas Weber", phone="0221 1234567")
    assert _printed(compose(_release("fr_FR", [cologne]), home_country="FR")) == "0221 1234567"
    assert _printed(compose(_release("fr_FR", [cologne]), home_country="DE")) == "+49 221 1234567"


def test_number_with_country_code_ignores_every_home_country() -> None:
    contact = Contact(name="Ann Lee", phone="+44 20 7946 0321", country="FR")
    for language in LANGUAGES:
        printed = _printed(compose(_release(language, [contact], home="US"), home_country="DE"))
        expected = "020 7946 0321" if language == "en_GB" else "+44 20 7946 0321"
        assert printed == expected, language


def test_invalid_but_possible_number_is_never_reformatted() -> None:
    # "+1 0144767539" is what the old code printed: possible, not valid. It stays as typed.
    for typed in ("+1 0144767539", "0144767539", "12345"):
        assert format_number(typed, "US", "US") == (typed, False)


# ------------------------------------------------------------------ the draft, Preferences

def test_contact_country_round_trips_and_is_checked() -> None:
    text = ('{"presskit": 1, "language": "en_US", "title": "T", "body": "",'
            ' "contacts": [{"name": "A", "phone": "01 44 76 75 39", "country": "fr"}],'
            ' "letterhead": {"home_country": "fr"}}')
    release = loads(text)
    assert release.contacts[0].country == "FR"
    assert release.letterhead.home_country == "FR"
    data = release_to_dict(release)
    assert data["contacts"][0]["country"] == "FR"
    assert data["letterhead"]["home_country"] == "FR"
    assert data["contacts"][0]["phone"] == "01 44 76 75 39"
    with pytest.raises(DraftError, match=r"contacts\[0\]\.country"):
        loads(text.replace('"country": "fr"', '"country": "France!"'))
    with pytest.raises(DraftError, match=r"letterhead\.home_country"):
        loads(text.replace('"home_country": "fr"', '"home_country": "FRA"'))


@pytest.mark.parametrize(("env", "expected"), [
    ({"LANG": "fr_FR.UTF-8"}, "FR"),
    ({"LANG": "en_US.UTF-8", "LC_TELEPHONE": "de_CH.UTF-8"}, "CH"),
    ({"LANG": "de_DE.UTF-8", "LC_ALL": "it_IT.UTF-8"}, "IT"),
    ({"LANG": "C.UTF-8"}, None),
    ({"LANG": "POSIX"}, None),
    ({"LANG": "fr"}, None),
    ({}, None),
    ({"LANG": "sr_RS@latin"}, "RS"),
])
def test_system_country(env: dict[str, str], expected: str | None) -> None:
    assert system_country(env) == expected


def test_preferences_home_country(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_TELEPHONE", raising=False)
    prefs = Preferences.in_folder(tmp_path)
    assert prefs.home_country == "GB"  # the system locale's territory by default
    prefs.set("home_country", "fr")
    prefs.save()
    assert Preferences.in_folder(tmp_path).home_country == "FR"
    assert home_country("", None, "be") == "BE"


# ------------------------------------------------------------------ the property

REGIONS = ("FR", "DE", "GB", "US", "IT", "ES", "BE", "CH", "CA", "JP", "AU", "AR", "MX", "IN")
HOMES = (None, "FR", "US")  # both home countries of the issue, and none
TYPES = (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE)
STYLES = ("national", "international", "e164", "national-dots", "national-bare", "idd")


def _typed(num: phonenumbers.PhoneNumber, style: str, region: str) -> str:
    fmt = phonenumbers.PhoneNumberFormat
    if style == "national":
        return phonenumbers.format_number(num, fmt.NATIONAL)
    if style == "international":
        return phonenumbers.format_number(num, fmt.INTERNATIONAL)
    if style == "e164":
        return phonenumbers.format_number(num, fmt.E164)
    if style == "national-dots":
        return re.sub(r"[\s\-()]+", ".", phonenumbers.format_number(num, fmt.NATIONAL)).strip(".")
    if style == "national-bare":
        return re.sub(r"\D", "", phonenumbers.format_number(num, fmt.NATIONAL))
    return "00" + phonenumbers.format_number(num, fmt.E164)[1:]  # 0033144767539


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


@st.composite
def cases(draw: st.DrawFn) -> tuple[str, str, str | None, str | None, phonenumbers.PhoneNumber]:
    region = draw(st.sampled_from(REGIONS))
    num = phonenumbers.example_number_for_type(region, draw(st.sampled_from(TYPES)))
    assert num is not None
    typed = _typed(num, draw(st.sampled_from(STYLES)), region)
    contact_country = draw(st.sampled_from((None, region, "FR", "DE")))
    return (typed, draw(st.sampled_from(LANGUAGES)), contact_country,
            draw(st.sampled_from(HOMES)), num)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_digits_printed_are_the_digits_typed(case) -> None:
    typed, language, contact_country, home, _num = case
    contact = Contact(name="X", phone=typed, country=contact_country or "")
    printed = _printed(compose(_release(language, [contact]), home_country=home))
    if printed == typed:
        return
    has_cc = typed.startswith("+") or (typed.startswith("00") and not contact_country and not home)
    reading = None if typed.startswith("+") else (contact_country or home)
    assert typed.startswith("+") or reading is not None, (typed, printed)
    # Whoever reformatted it, it is the same number, read in the right country.
    expected = parse(typed, reading)
    assert expected is not None, (typed, printed)
    cc = str(expected.country_code)
    nsn = phonenumbers.national_significant_number(expected)
    typed_d, printed_d = _digits(typed), _digits(printed)
    assert typed_d.endswith(nsn) and printed_d.endswith(nsn), (typed, printed)
    head = printed_d[: len(printed_d) - len(nsn)]
    if printed.startswith("+"):
        assert head == cc, (typed, printed)  # never under a different country code
        if reading is not None and not has_cc and not typed.startswith("00"):
            assert phonenumbers.country_code_for_region(reading) == int(cc), (typed, printed)
    else:
        trunk = phonenumbers.PhoneMetadata.metadata_for_region(
            phonenumbers.region_code_for_number(expected)).national_prefix or ""
        assert head in ("", trunk), (typed, printed)


# ------------------------------------------------------------------ the command line

def _cli_text(tmp_path, monkeypatch, env: dict[str, str]) -> str:
    import json
    import os
    import subprocess
    import sys

    draft = tmp_path / "release.presskit"
    draft.write_text(json.dumps({
        "presskit": 1, "language": "en_US", "title": "Launch", "body": "Body.",
        "contacts": [{"name": "Claire Martin", "role": "", "phone": "01 44 76 75 39",
                      "email": ""}]}), encoding="utf-8")
    out = tmp_path / "release.txt"
    full = {**os.environ, **env}
    proc = subprocess.run([sys.executable, "-m", "presskit", "export", str(draft), "--txt", str(out)],
                          env=full, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return out.read_text(encoding="utf-8").replace(NBSP, " ")


def test_cli_reads_the_home_country_from_preferences(tmp_path, monkeypatch, isolated_data_dir) -> None:
    import json

    config = isolated_data_dir / "config"
    config.mkdir(exist_ok=True)
    (config / "preferences.json").write_text(json.dumps({"home_country": "FR"}), encoding="utf-8")
    text = _cli_text(tmp_path, monkeypatch, {"LANG": "C.UTF-8"})
    assert "+33 1 44 76 75 39" in text and "+1 0144767539" not in text


def test_cli_home_country_defaults_to_the_system_locale(tmp_path, monkeypatch) -> None:
    assert "+33 1 44 76 75 39" in _cli_text(tmp_path, monkeypatch, {"LANG": "fr_FR.UTF-8"})
    assert "01 44 76 75 39" in _cli_text(tmp_path, monkeypatch, {"LANG": "C.UTF-8"})


def test_the_preview_reads_numbers_like_the_export() -> None:
    """The editor's preview is the export: the same home country reaches both."""
    import pytest as _pytest

    _pytest.importorskip("PySide6.QtPdf")
    from presskit_ui.preview.pane import render_preview

    release = _release("en_US", [Contact(name="Claire Martin", phone="01 44 76 75 39")])
    text = _pdf_text(render_preview(release, home_country="FR").data).replace(NBSP, " ")
    assert "+33 1 44 76 75 39" in text
