"""Find and replace without widgets: matching options, segments, every text field, one match."""

from __future__ import annotations

import pytest

from presskit.model import Contact, Letterhead, Quote, Release
from presskit.preflight.find_replace import (
    Match,
    Query,
    find_all,
    next_match,
    release_texts,
    replace_in_release,
)


def release() -> Release:
    return Release(
        title="Orbital launches Sat-1", subtitle="The satellite Sat-1 is in orbit",
        place="Toulouse", body="Ignored by release_texts: the editor searches the body.",
        quotes=[Quote(text="Sat-1 works.", speaker="Ada Sat", role="CEO of Orbital")],
        boilerplate="Orbital builds satellites.",
        contacts=[Contact(name="Bob Press", role="Press officer, Orbital",
                          phone="+33 5 61 00 00 00", email="bob@orbital.example")],
        letterhead=Letterhead(organization="Orbital", address="1 rue de l'Espace",
                              footer="Orbital SAS"),
    )


def test_match_case_and_whole_word() -> None:
    text = "Sat sat SAT satellite Sat-1 sat_x"
    assert Query("sat").spans(text) == [(0, 3), (4, 7), (8, 11), (12, 15), (22, 25), (28, 31)]
    assert Query("sat", match_case=True).spans(text) == [(4, 7), (12, 15), (28, 31)]
    # Whole word: "satellite" and "sat_x" (one identifier) are not the word "sat"; "Sat-1" is.
    assert Query("sat", whole_word=True).spans(text) == [(0, 3), (4, 7), (8, 11), (22, 25)]
    assert Query("Sat", match_case=True, whole_word=True).spans(text) == [(0, 3), (22, 25)]


def test_query_is_literal_text_not_a_pattern() -> None:
    assert Query("a.b").spans("axb a.b") == [(4, 7)]
    assert Query("C++", whole_word=True).spans("C++ and C++x, not xC++") == [(0, 3)]
    assert Query("").spans("anything") == []
    assert Query("(").replace("f(x)", "[") == ("f[x)", 1)


def test_whole_word_with_accents() -> None:
    # "é" is a letter: "été" inside "étés" is not the whole word.
    assert Query("été", whole_word=True).spans("été, étés, l'été") == [(0, 3), (13, 16)]
    assert Query("ÉTÉ").spans("un été") == [(3, 6)]


def test_replace_every_match_or_only_one() -> None:
    q = Query("sat", whole_word=True)
    assert q.replace("Sat and sat, satellite", "moon") == ("moon and moon, satellite", 2)
    assert q.replace("Sat and sat, satellite", "moon", only=1) == ("Sat and moon, satellite", 1)
    assert q.replace("no match here", "moon") == ("no match here", 0)


def test_replace_across_formatted_segments_keeps_the_boundaries() -> None:
    # "**Big** news day": the match "Big news" starts in the bold segment.
    segments, count = Query("big news").replace_segments(["Big", " news day"], "Small tidings")
    assert (segments, count) == (["Small tidings", " day"], 1)
    # A match inside one segment leaves the others untouched.
    segments, count = Query("news").replace_segments(["Big", " news day", " more news"], "word")
    assert (segments, count) == (["Big", " word day", " more word"], 2)
    # Only one match, counted from an offset shared by several paragraphs.
    segments, count = Query("news").replace_segments(["news, ", "news"], "X", only=3,
                                                     first_index=2)
    assert (segments, count) == (["news, ", "X"], 1)


def test_release_texts_cover_every_typed_field_in_form_order() -> None:
    fields = [f for f, _ in release_texts(release())]
    assert fields == [
        "place", "title", "subtitle",
        "quotes[0].text", "quotes[0].speaker", "quotes[0].role",
        "contacts[0].name", "contacts[0].role", "contacts[0].phone", "contacts[0].email",
        "boilerplate",
        "letterhead.organization", "letterhead.address", "letterhead.website",
        "letterhead.footer",
    ]
    assert "body" not in fields


def test_find_all_and_next_match_wraps_around() -> None:
    texts = release_texts(release())
    matches = find_all(texts, Query("Sat-1", match_case=True))
    assert matches == [Match("title", 17, 22), Match("subtitle", 14, 19),
                       Match("quotes[0].text", 0, 5)]
    order = [f for f, _ in texts]
    assert next_match(matches, order, None, 0) == matches[0]
    assert next_match(matches, order, "title", 22) == matches[1]  # after the selection's end
    assert next_match(matches, order, "quotes[0].text", 5) == matches[0]  # wraps
    assert next_match(matches, order, "title", 17, backwards=True) == matches[2]  # wraps back
    assert next_match(matches, order, "quotes[0].text", 0, backwards=True) == matches[1]
    assert next_match([], order, None, 0) is None


def test_replace_in_release_changes_every_field_but_the_body() -> None:
    before = release()
    after, count = replace_in_release(before, Query("orbital", whole_word=True), "Northwind")
    assert count == 7
    assert after.title == "Northwind launches Sat-1"
    assert after.quotes[0].role == "CEO of Northwind"
    assert after.contacts[0].role == "Press officer, Northwind"
    # "@" and "." are not letters: the domain is the whole word too (renaming a company).
    assert after.contacts[0].email == "bob@Northwind.example"
    assert after.boilerplate == "Northwind builds satellites."
    assert after.letterhead.organization == "Northwind"
    assert after.letterhead.footer == "Northwind SAS"
    assert after.body == before.body
    assert before.title == "Orbital launches Sat-1"  # the original is untouched


@pytest.mark.parametrize("field", ["subtitle", "quotes[0].text"])
def test_replace_only_one_match(field: str) -> None:
    r = release()
    matches = [m for m in find_all(release_texts(r), Query("Sat-1")) if m.field == field]
    after, count = replace_in_release(r, Query("Sat-1"), "Moon-2", only=matches[0])
    assert count == 1
    assert after.title == r.title  # the other matches stay
    assert (after.subtitle if field == "subtitle" else after.quotes[0].text).count("Moon-2") == 1


def test_replace_only_a_match_that_is_gone_changes_nothing() -> None:
    r = release()
    after, count = replace_in_release(r, Query("Sat-1"), "X", only=Match("title", 0, 5))
    assert count == 0 and after == r
