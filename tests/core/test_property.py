"""Any release, with arbitrary Unicode in every field, exports or fails cleanly."""

from __future__ import annotations

import io
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from presskit.compose import compose
from presskit.errors import PresskitError
from presskit.model import Contact, Letterhead, Quote, Release
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
