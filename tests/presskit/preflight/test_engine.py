"""Every preflight code: a release that has the problem, and the same release without it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from PIL import Image

from presskit.contacts.db import open_book
from presskit.contacts.model import BookContact
from presskit.kit.model import Kit, KitDocument, Photo
from presskit.model import Contact, Release
from presskit.preflight.engine import Options, check
from presskit.preflight.findings import CODES, Finding
from tests.presskit.preflight.support import NOW, codes, good_release, run


def only(findings: list[Finding], code: str) -> list[Finding]:
    return [f for f in findings if f.code == code]


def test_the_good_release_has_no_findings(release: Release) -> None:
    assert run(release) == []


def test_every_finding_carries_its_codes_severity(release: Release) -> None:
    release.title = ""
    release.contacts[0].email = "not an address"
    for f in run(release):
        assert f.severity == CODES[f.code]


# -- no-headline, empty-body ------------------------------------------------------------
def test_no_headline(release: Release) -> None:
    release.title = "   "
    found = only(run(release), "no-headline")
    assert [(f.field, f.severity, f.message) for f in found] == [
        ("title", "error", "The release has no headline.")]


def test_empty_body_markdown_marks_only(release: Release) -> None:
    release.body = "## \n\n- \n\n**  **"
    assert [f.field for f in only(run(release), "empty-body")] == ["body"]
    release.body = "One sentence."
    assert "empty-body" not in codes(release)


# -- headline-length --------------------------------------------------------------------
def test_headline_over_70_characters(release: Release) -> None:
    release.title = "x" * 70
    assert "headline-length" not in codes(release, options={"spelling": False})
    release.title = "Northwind Orbital Laboratory Selects Crew Module Supplier for Its Lunar Mission"
    (f,) = only(run(release), "headline-length")
    assert (f.field, f.start, f.end) == ("title", 70, len(release.title))
    assert f"is {len(release.title)} characters long" in f.message and "70" in f.message


def test_subheadline_over_110_characters(release: Release) -> None:
    release.subtitle = "a" * 110
    assert "headline-length" not in codes(release, options={"spelling": False})
    release.subtitle = "  " + "a " * 56
    (f,) = only(run(release, options={"spelling": False}), "headline-length")
    assert f.field == "subtitle" and "subheadline is 111 characters" in f.message
    assert (f.start, f.end) == (112, 113)  # the characters past the limit, in the text typed


# -- length -----------------------------------------------------------------------------
LONG_PARAGRAPH = ("The modules will carry up to 3,400 kg of supplies each, including water, "
                  "scientific instruments and spare parts, and will remain docked for up to "
                  "180 days before a controlled disposal over the ocean. ") * 3


def test_length_estimate_and_exact_count(release: Release) -> None:
    assert "length" not in codes(release, options={"exact_length": True})
    release.body = "\n\n".join([LONG_PARAGRAPH] * 30)
    (estimate,) = only(run(release), "length")
    assert "about" in estimate.message and estimate.field == "body"
    (exact,) = only(run(release, options={"exact_length": True}), "length")
    from presskit.preflight.pages import rendered_pages

    pages = rendered_pages(release)
    assert pages > 2 and f"runs to {pages} pages" in exact.message


def test_length_limit_is_configurable(release: Release) -> None:
    release.body = "\n\n".join([LONG_PARAGRAPH] * 12)
    assert "length" in codes(release, options={"max_pages": 1, "spelling": False})
    assert "length" not in codes(release, options={"max_pages": 6, "spelling": False})


def test_unknown_option_is_refused(release: Release) -> None:
    with pytest.raises(ValueError, match="max_page"):
        check(release, now=NOW, options={"max_page": 3})


# -- embargo-past -----------------------------------------------------------------------
def test_embargo_past_with_the_frozen_clock(release: Release) -> None:
    release.embargo = NOW - dt.timedelta(minutes=1)
    (f,) = only(run(release), "embargo-past")
    assert f.field == "embargo" and f.severity == "error" and "Jun 1, 2026" in f.message
    release.embargo = NOW + dt.timedelta(minutes=1)
    assert "embargo-past" not in codes(release)
    release.embargo = None
    assert "embargo-past" not in codes(release)


def test_embargo_compares_instants_across_time_zones(release: Release) -> None:
    paris = dt.timezone(dt.timedelta(hours=2))
    release.embargo = dt.datetime(2026, 6, 1, 13, 30, tzinfo=paris)  # 11:30 UTC
    assert "embargo-past" in codes(release)


# -- no-contacts, contact-unreachable ---------------------------------------------------
def test_no_contacts(release: Release) -> None:
    release.contacts = []
    assert [f.field for f in only(run(release), "no-contacts")] == ["contacts"]
    release.contacts = [Contact(name="  ")]
    assert "no-contacts" in codes(release)


def test_contact_with_neither_phone_nor_email(release: Release) -> None:
    release.contacts.append(Contact("Priya Raman", "Science Communications Lead"))
    (f,) = only(run(release), "contact-unreachable")
    assert f.field == "contacts[1]" and "Contact 2 (Priya Raman)" in f.message
    release.contacts[1].email = "priya@northwind-orbital.example"
    assert "contact-unreachable" not in codes(release)


# -- email, phone -----------------------------------------------------------------------
@pytest.mark.parametrize("bad", ["press@", "press northwind.example", "press@@northwind.example",
                                 "press@northwind"])
def test_invalid_email(release: Release, bad: str) -> None:
    release.contacts[0].email = bad
    (f,) = only(run(release), "email")
    assert f.field == "contacts[0].email" and f.word == bad and bad in f.message


def test_valid_email_needs_no_dns(release: Release) -> None:
    release.contacts[0].email = "jordan.whitfield+press@example.org"
    assert "email" not in codes(release)


def test_phone_invalid_for_its_country(release: Release) -> None:
    release.contacts[0].phone = "+33 1 23"
    (f,) = only(run(release), "phone")
    assert f.field == "contacts[0].phone" and "France" in f.message


def test_phone_read_in_the_contacts_country(release: Release) -> None:
    release.contacts[0].phone = "01 44 76 75 39"
    release.contacts[0].country = "FR"
    assert "phone" not in codes(release)
    release.contacts[0].country = "US"
    (f,) = only(run(release), "phone")
    assert "United States" in f.message


def test_phone_read_in_the_home_country(release: Release) -> None:
    release.contacts[0].phone = "01 44 76 75 39"
    (f,) = only(run(release), "phone")  # no country known at all
    assert "+country code" in f.message
    assert "phone" not in codes(release, options={"home_country": "FR"})
    release.letterhead.home_country = "FR"
    assert "phone" not in codes(release)


# -- stale-contact ----------------------------------------------------------------------
def _book_release(release: Release, entry: BookContact, folder: Path) -> tuple[Release, object]:
    book = open_book(folder, daily_backup=False)
    added = book.add(entry)
    release.contacts[0].book_id = added.id
    return release, book


def test_stale_contact_verified_over_12_months_ago(release: Release, tmp_path: Path) -> None:
    entry = BookContact(display_name="Jordan Whitfield", emails=["press@northwind-orbital.example"],
                        last_verified=dt.date(2025, 5, 31))
    release, book = _book_release(release, entry, tmp_path)
    (f,) = only(run(release, book=book), "stale-contact")
    assert f.field == "contacts[0]" and "May 31, 2025" in f.message and "12 months" in f.message
    assert "stale-contact" not in codes(release)  # no book, nothing to compare


def test_contact_verified_within_12_months(release: Release, tmp_path: Path) -> None:
    entry = BookContact(display_name="Jordan Whitfield", last_verified=dt.date(2025, 6, 1))
    release, book = _book_release(release, entry, tmp_path)
    assert "stale-contact" not in codes(release, book=book)


def test_never_verified_contact_falls_back_on_its_last_change(release: Release,
                                                             tmp_path: Path) -> None:
    book = open_book(tmp_path, daily_backup=False)
    added = book.add(BookContact(display_name="Jordan Whitfield"))
    release.contacts[0].book_id = added.id
    # Changed today (the book stamps it): recent enough, nothing to say.
    assert "stale-contact" not in codes(release, book=book,
                                        now=dt.datetime.now(dt.UTC))
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=400)
    (f,) = only(run(release, book=book, now=later), "stale-contact")
    assert "never been verified" in f.message and "last changed" in f.message


# -- glyph ------------------------------------------------------------------------------
def test_glyph_no_font_can_print(release: Release) -> None:
    release.body += "\n\nPrivate use: \uf8d0."
    (f,) = only(run(release), "glyph")
    assert f.field == "body" and "U+F8D0" in f.message and f.word == "\uf8d0"
    assert release.body[f.start or 0] == "\uf8d0"


def test_glyphs_the_fonts_have_are_quiet(release: Release) -> None:
    release.body += "\n\nZofia Łukasiewicz, Νίκος Παπαδόπουλος, Дмитрий Ковалёв — 5 °C, 3 €."
    assert "glyph" not in codes(release, options={"spelling": False})


# -- link-text --------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["click here", "Cliquez ici", "ici", "hier", "aquí", "qui",
                                  "here", "Klicken Sie hier", "**here**", "read more…",
                                  "Click here to read the criteria", "cliquez ici pour lire"])
def test_link_text_that_says_nothing(release: Release, text: str) -> None:
    release.body += f"\n\nThe criteria are [{text}](https://www.northwind-orbital.example/c)."
    (f,) = only(run(release, options={"spelling": False}), "link-text")
    assert f.field == "body" and f.word == text and release.body[f.start:f.end] == text


def test_malformed_link_urls(release: Release) -> None:
    release.body += ("\n\nSee [the criteria](www.northwind-orbital.example/c) and "
                     "[the panel](https://exa mple) and https://:80/x and "
                     "[the mailbox](mailto:press@).")
    found = only(run(release, options={"spelling": False}), "link-text")
    assert [f.word for f in found] == ["www.northwind-orbital.example/c", "https://exa",
                                       "mailto:press@", "https://:80/x"]


def test_descriptive_links_and_bare_urls_are_quiet(release: Release) -> None:
    release.body += ("\n\nRead [the evaluation criteria](https://northwind-orbital.example/c), "
                     "[here is how we scored](https://nol.example/s), "
                     "<https://www.northwind-orbital.example/> or https://nol.example/a.pdf.")
    assert "link-text" not in codes(release, options={"spelling": False})


# -- contrast ---------------------------------------------------------------------------
def test_accent_colour_under_4_5_to_1(release: Release) -> None:
    release.letterhead.color = "#777777"  # 4.48:1
    (f,) = only(run(release), "contrast")
    assert f.field == "letterhead.color" and "4.47:1" in f.message and "#767676" in f.message
    release.letterhead.color = "#767676"  # 4.54:1
    assert "contrast" not in codes(release)
    release.letterhead.color = ""
    assert "contrast" not in codes(release)


# -- spelling (the tokenizer has its own tests in test_spelling.py) ----------------------
def test_spelling_finding_with_suggestions(release: Release) -> None:
    release.body += "\n\nThe mision starts in 2029."
    (f,) = only(run(release), "spelling")
    assert (f.field, f.word) == ("body", "mision")
    assert release.body[f.start:f.end] == "mision"
    assert "mission" in f.suggestions and "“mission”" in f.message
    assert json.loads(json.dumps(f.to_json()))["suggestions"] == list(f.suggestions)


def test_spelling_in_every_prose_field(release: Release) -> None:
    release.title = "Northwind selects a suplier"
    release.quotes[0].text = "The mision needs it."
    release.boilerplate = "An independant center."
    found = {(f.field, f.word) for f in only(run(release, options={"suggestions": 0}),
                                             "spelling")}
    assert found == {("title", "suplier"), ("quotes[0].text", "mision"),
                     ("boilerplate", "independant")}


def test_missing_dictionary_is_one_finding(release: Release) -> None:
    release.language = "zz_QQ"
    release.body += "\n\nQwxzv blorf."
    found = only(run(release), "spelling")
    assert [(f.field, f.message) for f in found] == [
        ("language", "No zz_QQ dictionary installed: install hunspell-zz-qq.")]
    assert run(release, ui_language="fr")[0].message.startswith("Aucun dictionnaire")


# -- alt-text, credit, resolution (kits) ------------------------------------------------
def _jpeg(size: tuple[int, int]) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, (90, 120, 200)).save(buf, "JPEG")
    return buf.getvalue()


def _kit(release: Release, **photo: object) -> Kit:
    size = photo.pop("size", (2000, 1333))
    p = Photo(file="media/01-launch.jpg", original_name="launch.jpg", caption="The launch pad.",
              credit="NOL/J. Doe", alt="The rocket on the launch pad at dawn.")
    p = dataclasses.replace(p, **photo)  # type: ignore[arg-type]
    kit = Kit(release=release, items=[KitDocument("Fact sheet", "Two modules."), p])
    kit.media[p.file] = _jpeg(size)  # type: ignore[arg-type]
    return kit


def test_kit_photo_that_passes(release: Release) -> None:
    assert run(release, kit=_kit(release)) == []


def test_kit_photo_without_alt_text(release: Release) -> None:
    (f,) = only(run(release, kit=_kit(release, alt="  ")), "alt-text")
    assert f.field == "items[1].alt" and "Photo 1 (launch.jpg)" in f.message


def test_kit_photo_without_credit(release: Release) -> None:
    (f,) = only(run(release, kit=_kit(release, credit="")), "credit")
    assert f.field == "items[1].credit" and f.severity == "error"


def test_kit_photo_under_1500_px_on_its_long_side(release: Release) -> None:
    (f,) = only(run(release, kit=_kit(release, size=(1499, 1000))), "resolution")
    assert f.field == "items[1]" and "1499 × 1000 px" in f.message and "1,500" in f.message
    assert "resolution" not in codes(release, kit=_kit(release, size=(1000, 1500)))


def test_kit_documents_are_spell_checked(release: Release) -> None:
    kit = _kit(release)
    kit.items[0] = KitDocument("Fact sheet", "Two pressurized moduls.")
    found = only(run(release, kit=kit, options={"suggestions": 0}), "spelling")
    assert [(f.field, f.word) for f in found] == [("items[0].body", "moduls")]
    assert found[0].message.startswith("Document 1 (Fact sheet):")


# -- messages ---------------------------------------------------------------------------
def test_messages_in_french_never_show_field_keys(release: Release) -> None:
    release.title = ""
    release.body = "Le [ici](https://nol.example/) mision."
    release.quotes[0].text = "mision"
    release.contacts[0].email = "press@"
    release.letterhead.color = "#AAAAAA"
    found = run(release, ui_language="fr")
    assert {f.code for f in found} >= {"no-headline", "link-text", "spelling", "email",
                                       "contrast"}
    for f in found:
        assert f.field not in f.message and "quotes[" not in f.message
    by_code = {f.code: f.message for f in found}
    assert by_code["no-headline"] == "Le communiqué n’a pas de titre."
    assert by_code["link-text"].startswith("Texte du communiqué\u00a0: le texte du lien «\u00a0ici")
    assert any(m.startswith("Citation 1\u00a0:") for m in
               (f.message for f in found if f.field == "quotes[0].text"))


def test_options_object_and_mapping_agree(release: Release) -> None:
    release.title = "Northwind Orbital Laboratory selects a cargo module supplier"
    assert codes(release, options=Options(headline_max=50)) == codes(
        release, options={"headline_max": 50}) == ["headline-length"]


def test_findings_are_in_form_order_and_a_plain_release_works() -> None:
    bare = Release()
    assert [f.code for f in run(bare)] == ["no-headline", "empty-body", "no-contacts"]
    assert good_release() == good_release()


def test_kit_links_need_a_working_address_and_a_telling_text(release: Release) -> None:
    from presskit.kit.model import Link

    kit = _kit(release)
    kit.items.append(Link("https://video.northwind-orbital.example/b-roll", "B-roll of the pad"))
    assert run(release, kit=kit) == []
    kit.items.append(Link("video.northwind-orbital.example", "Click here"))
    found = only(run(release, kit=kit), "link-text")
    assert [(f.field, f.word) for f in found] == [
        ("items[3].url", "video.northwind-orbital.example"), ("items[3].description", "Click here")]
    assert found[0].message.startswith("Link 2:")


def test_code_spans_and_entities_are_not_spell_checked(release: Release) -> None:
    release.body += "\n\nRun `qwzx --blorf` and write &nbsp; or &#8217; as you like."
    assert "spelling" not in codes(release)


def test_a_kit_can_be_checked_on_its_own(release: Release) -> None:
    kit = _kit(release, alt="")
    assert run(kit) == run(release, kit=kit) and [f.code for f in run(kit)] == ["alt-text"]


def test_house_text_colours_are_checked_too(release: Release,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from presskit.renderers import house_style

    grey = house_style.TEXT_COLORS[1]
    monkeypatch.setattr(house_style, "TEXT_COLORS",
                        tuple("#999999" if c == grey else c for c in house_style.TEXT_COLORS))
    (f,) = only(run(release), "contrast")
    assert f.field == "letterhead" and "#999999" in f.message and "2.84:1" in f.message


def test_numbers_are_written_the_interface_languages_way(release: Release) -> None:
    release.letterhead.color = "#777777"
    kit = _kit(release, size=(800, 600))
    found = {f.code: f.message for f in run(release, kit=kit, ui_language="fr")}
    assert "4,47:1" in found["contrast"] and "4.47" not in found["contrast"]
    assert "1\u202f500 px" in found["resolution"]  # CLDR: narrow no-break space


def test_kit_credits_and_numbered_names_are_not_misspellings(release: Release) -> None:
    kit = _kit(release, credit="Théo Zwarblenko/NOL", caption="Zwarblenko photographed Kestrix-4.")
    kit.items[0] = KitDocument("Fact sheet", "The Kestrix mission.")
    assert "spelling" not in codes(release, kit=kit)
    kit.items[1].credit = "NOL"  # type: ignore[union-attr]
    assert [f.word for f in only(run(release, kit=kit, options={"suggestions": 0}),
                                 "spelling")] == ["Zwarblenko"]
