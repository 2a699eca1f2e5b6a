"""Any release, with arbitrary Unicode in every field, exports or fails cleanly; huge
fields never make layout raise, run past a margin or lose a character."""

from __future__ import annotations

import io
import re
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from presskit.compose import compose
from presskit.errors import PresskitError
from presskit.model import Contact, Letterhead, Margins, Quote, Release
from presskit.renderers.fonts import bundled
from presskit.renderers.pdf import render_pdf

# Every code point, including controls and lone surrogates.
any_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=40)
mostly_words = st.one_of(any_text, st.lists(st.sampled_from(
    ["Łódź", "Ελλάδα", "Москва", "œuvre", "R&D", "<b>x</b>", "5 %", "«", "»", "!", "a:b",
     "*", "#", "1.", "-", "[l](https://x.example)", "\n\n", "\x00", "\ud800", "\u202f"]),
    max_size=12).map(" ".join))

releases = st.builds(
    Release,
    language=st.sampled_from(["fr_FR", "en_US", "en_GB", "de_DE", "es_ES", "it_IT", "zz", "pt_BR"]),
    reference=any_text, place=mostly_words, title=mostly_words, subtitle=any_text,
    body=mostly_words, boilerplate=mostly_words,
    quotes=st.lists(st.builds(Quote, text=mostly_words, speaker=any_text, role=any_text), max_size=2),
    contacts=st.lists(st.builds(Contact, name=mostly_words, role=any_text, phone=any_text,
                                email=any_text), max_size=2),
    letterhead=st.builds(Letterhead, organization=mostly_words, address=any_text, footer=any_text),
)


def _words(s: str) -> list[str]:
    return [w for w in re.split(r"\s+", s) if w]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(releases)
def test_any_release_exports_its_printable_words_or_fails_cleanly(release: Release) -> None:
    try:
        doc = compose(release)
        data = render_pdf(doc).data
    except PresskitError:
        return
    extracted = " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)
    flat = re.sub(r"\s+", "", extracted)
    cmap = bundled(doc.letterhead.font).cmap
    for text in doc.plain_text_blocks():
        for word in _words(text):
            printable = all(ord(c) in cmap for c in word)
            # Words the bundled fonts print in full must be in the text layer (spacing aside).
            if printable and word.isprintable():
                assert re.sub(r"\s+", "", word) in flat, (word, text)


# -- huge fields: layout never raises and never loses text (issue 10, section 3) -------------

_WORDS = ["Northwind", "orbital", "Łódź", "Ελλάδα", "Москва", "œuvre", "R&D", "5 %", "«", "»",
          "!", "a:b", "**bold**", "_it_", "[l](https://x.example)", "-", "1.", "#", "\u00a0",
          "\n", "\n\n", "e-mail", "9:00"]
_long_token = st.builds(lambda ch, n: ch * n, st.sampled_from(["x", "é", "Ж", "W", "1", "ω"]),
                        st.integers(40, 3000))
_url = st.builds(lambda k, n: "https://press.example/" + "seg/" * k + "z" * n,
                 st.integers(0, 6), st.integers(40, 1500))
_email = st.builds(lambda n: "p" * n + "@northwind.example", st.integers(40, 3000))
_lines = st.builds(lambda n: "\n".join(f"line {i}" for i in range(n)), st.integers(1, 120))
_piece = st.one_of(st.sampled_from(_WORDS), _long_token, _url, _email, _lines)
huge = st.lists(_piece, max_size=8).map(" ".join)
many_words = st.integers(0, 2500).map(lambda n: " ".join(_WORDS[i % 13] for i in range(n)))
huge_or_words = st.one_of(huge, many_words)
margins = st.builds(Margins, *[st.sampled_from([5.0, 18.0, 60.0])] * 4)

huge_releases = st.builds(
    Release,
    language=st.sampled_from(["fr_FR", "en_US", "de_DE"]),
    reference=huge, place=huge, title=huge_or_words, subtitle=huge, body=huge_or_words,
    boilerplate=huge,
    quotes=st.lists(st.builds(Quote, text=huge_or_words, speaker=huge, role=huge), max_size=2),
    contacts=st.lists(st.builds(Contact, name=huge, role=huge, phone=st.just("+33 4 76 51 00 28"),
                                email=huge), max_size=3),
    letterhead=st.builds(Letterhead, organization=huge, address=huge, website=huge, footer=huge,
                         margins=st.one_of(st.none(), margins)),
    paper=st.sampled_from(["a4", "letter"]),
)


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils needed")
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(huge_releases)
def test_huge_fields_never_make_layout_raise_or_lose_text(release: Release) -> None:
    from tests.presskit.renderers.pdf_probe import flow_text, in_order, outside_margins

    doc = compose(release)
    data = render_pdf(doc).data  # no LayoutError, whatever the sizes
    assert outside_margins(data, doc) == []
    assert in_order(doc.plain_text_blocks(), flow_text(data, doc)) == []
