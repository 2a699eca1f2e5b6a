"""The letterhead PDF: text extraction, escaping, Unicode, metadata, dates, pagination."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from presskit import draft
from presskit.compose import compose
from presskit.model import Contact, Letterhead, Quote, Release
from presskit.renderers.pdf import render_pdf


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def _norm(s: str) -> str:
    return " ".join(s.replace("\u00a0", " ").replace("\u202f", " ").split())


def test_every_field_of_the_french_example_is_in_the_pdf(examples_dir: Path) -> None:
    release = draft.load(examples_dir / "communique-fr.presskit")
    result = render_pdf(compose(release))
    text = _norm(_pdf_text(result.data))
    for needle in ["Communiqué de presse", "POUR DIFFUSION IMMÉDIATE", "Grenoble, le 1er décembre 2026",
                   "CP028-2026", "Héliade-2 transmet ses premières", "Lancé le 14 octobre",
                   "Une coopération européenne", "l’Université de Łódź", "Новосибирск", "Ελληνικό",
                   "« Héliade-2 nous offre enfin", "— Dr Claire Dumoulin, directrice scientifique",
                   "Prof. Wojciech Ślęzak", "À propos de l’Institut orbital du Vercors",
                   "640 ingénieurs", "Contacts presse", "Amélie Rousseau", "04 76 51 00 28",
                   "amelie.rousseau@iov.example", "Théo N’Diaye", "– FIN –",
                   "Institut orbital du Vercors", "38000 Grenoble, France", "www.iov.example",
                   "Page 2 / 2"]:
        assert _norm(needle) in text, needle
    assert result.pages == 2
    assert result.warnings == []


def test_french_spaces_survive_into_the_text_layer(examples_dir: Path) -> None:
    release = draft.load(examples_dir / "communique-fr.presskit")
    raw = _pdf_text(render_pdf(compose(release)).data)
    assert "équipes\u202f!" in raw
    # U+00A0 keeps its code point too (reportlab would print it as a plain space).
    assert "«\u00a0Héliade-2 nous offre enfin" in raw
    assert "Réf.\u00a0: CP028-2026" in raw
    assert "Dr\u00a0Claire Dumoulin" in raw
    # No line of the text layer starts with a mark that must stay with its word.
    for line in raw.splitlines():
        assert not line.lstrip().startswith(("»", "!", "?", ";", ":")), line


def test_english_example_embargo_more_mark_and_metadata(examples_dir: Path) -> None:
    release = draft.load(examples_dir / "release-en.presskit")
    assert release.embargo is None  # a bundled example's embargo would soon be past
    assert "FOR IMMEDIATE RELEASE" in _norm(_pdf_text(render_pdf(compose(release)).data))
    release.embargo = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)  # as when it was written
    data = render_pdf(compose(release)).data
    reader = PdfReader(io.BytesIO(data))
    text = _norm(_pdf_text(data))
    assert "EMBARGOED UNTIL 9:00 AM GMT, December 1, 2026" in text
    assert "FOR IMMEDIATE RELEASE" not in text
    assert "BOSTON, November 23, 2026 — Northwind Orbital Laboratory (NOL) today" in text
    assert "-more-" in _norm(reader.pages[0].extract_text())
    assert "-more-" not in _norm(reader.pages[-1].extract_text())
    meta = reader.metadata
    assert meta.title == release.title
    assert meta.author == "Northwind Orbital Laboratory"
    assert meta.subject == "NOL-2026-041"
    assert reader.trailer["/Root"].get("/Lang") == "en-US"
    blob = data.decode("latin-1")
    assert "anonymous" not in blob and "/home/" not in blob and "/tmp/" not in blob


def test_user_text_is_never_markup() -> None:
    evil = "<b>R&D</b> > 5% & <img src=\"/etc/passwd\"> <font name=x>&amp;"
    r = Release(language="en_US", title=evil, body=evil, contacts=[Contact(name=evil)],
                quotes=[Quote(text=evil, speaker=evil)], boilerplate=evil,
                letterhead=Letterhead(organization=evil, address=evil, footer=evil))
    text = _pdf_text(render_pdf(compose(r)).data)
    assert text.count("<b>R&D</b> > 5% & <img") >= 5


def test_unicode_names_print_and_missing_glyphs_are_reported() -> None:
    r = Release(language="en_GB", title="Łódź, Ελλάδα, Москва, œuvre",
                body="Private-use glyph \uf8d0 here.")
    res = render_pdf(compose(r))
    text = _pdf_text(res.data)
    for word in ("Łódź", "Ελλάδα", "Москва", "œuvre"):
        assert word in text
    assert "[U+F8D0]" in text
    assert any("U+F8D0" in w.message and w.field == "body" for w in res.warnings)


@pytest.mark.skipif(not shutil.which("fc-list"), reason="fontconfig needed for fallback")
def test_cjk_falls_back_to_a_system_font() -> None:
    from presskit.renderers.fonts import default_finder

    if default_finder().font_for("中") is None:
        pytest.skip("no TrueType CJK font installed")
    res = render_pdf(compose(Release(language="en_US", title="中村花子 joins")))
    assert "中村花子" in _pdf_text(res.data)
    assert res.warnings == []


@pytest.mark.skipif(not shutil.which("fc-list"), reason="fontconfig needed for fallback")
def test_words_that_switch_font_midway_are_shaped_per_font() -> None:
    """Latin glued to Arabic, or a lone Sinhala vowel sign after an unprintable character:
    each single-font run is shaped with its own font (reportlab shapes a whole word with
    the first font's HarfBuzz face and crashed or printed wrong glyphs)."""
    import unicodedata

    from presskit.renderers.fonts import default_finder

    if default_finder().font_for("\u0633") is None or default_finder().font_for("\u0dcf") is None:
        pytest.skip("no Arabic or Sinhala TrueType font installed")
    release = Release(
        language="en_US", title="Cairo",
        body="**Bold XYZسلام in Cairo** and شكرا.",
        contacts=[Contact(name="Aسلام", email="\U000edba2\u0dcf")],
    )
    res = render_pdf(compose(release))
    text = unicodedata.normalize("NFKC", _pdf_text(res.data))
    # Extractors place the space beside a right-to-left run unpredictably; compare without it.
    squeezed = "".join(text.split())
    assert "BoldXYZسلامinCairoandشكرا." in squeezed
    assert "Aسلام" in text
    assert "[U+EDBA2]" in text


@pytest.mark.skipif(not shutil.which("fc-list"), reason="fontconfig needed for fallback")
def test_latin_words_beside_arabic_copy_without_ligature_glyphs() -> None:
    from presskit.renderers.fonts import default_finder

    if default_finder().font_for("\u0634") is None:
        pytest.skip("no Arabic TrueType font installed")
    body = "The office will find fluffy waffles شكرا today."
    text = _pdf_text(render_pdf(compose(Release(language="en_US", title="T", body=body))).data)
    assert "The office will find fluffy waffles" in text
    assert not any("\ufb00" <= ch <= "\ufb06" for ch in text)  # ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ


def test_long_url_wraps_inside_the_margins() -> None:
    url = "https://www.example.org/" + "very-long-path-segment/" * 12 + "end"
    data = render_pdf(compose(Release(language="en_US", title="Links", body=f"See {url} now."))).data
    page = PdfReader(io.BytesIO(data)).pages[0]
    width = float(page.mediabox.width)
    xs: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            xs.append(tm[4] * cm[0] + cm[4])

    page.extract_text(visitor_text=visit)
    assert xs and max(xs) < width - 40
    assert "very-long-path-segment" in _pdf_text(data)


def test_url_at_a_line_end_breaks_after_a_slash() -> None:
    body = ("Full evaluation criteria are published at https://www.northwind-orbital.example/"
            "procurement/tern-cargo-module-selection-2026/evaluation-criteria-and-scoring-summary.")
    text = _pdf_text(render_pdf(compose(Release(language="en_US", title="T", body=body))).data)
    (line,) = [ln for ln in text.splitlines() if "https://" in ln]
    assert line.rstrip().endswith("/"), line
    assert "".join(text.split()).count(
        "https://www.northwind-orbital.example/procurement/tern-cargo-module-selection-2026/"
        "evaluation-criteria-and-scoring-summary.") == 1


def test_long_bodies_paginate() -> None:
    body = "\n\n".join(f"Paragraph {i} " + "word " * 80 for i in range(120))
    res = render_pdf(compose(Release(language="en_US", title="Long", body=body)))
    assert res.pages >= 10
    text = _pdf_text(res.data)
    assert "Paragraph 0 " in text and "Paragraph 119 " in text
    assert f"Page {res.pages} / {res.pages}" in text


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils needed")
def test_pdftotext_gives_paragraph_words_in_order(examples_dir: Path, tmp_path: Path) -> None:
    release = draft.load(examples_dir / "communique-fr.presskit")
    pdf = tmp_path / "fr.pdf"
    pdf.write_bytes(render_pdf(compose(release)).data)
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    flat = _norm(out)
    para = ("La mission, d’un budget de 212 millions d’euros, doit observer le Soleil pendant "
            "au moins 5 ans depuis une orbite héliosynchrone à 790 km d’altitude.")
    assert _norm(para) in flat
    assert "-\n" not in out  # no stray hyphenation


def test_letter_paper_and_margins() -> None:
    r = Release(language="en_US", title="Letter", paper="letter")
    page = PdfReader(io.BytesIO(render_pdf(compose(r)).data)).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)


def test_hostile_logo_left_out_with_warning() -> None:
    import base64
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    bomb = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 20000, 20000, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00" * 1000)) + chunk(b"IEND", b""))
    url = "data:image/png;base64," + base64.b64encode(bomb).decode()
    r = Release(language="en_US", title="Bomb", date=dt.date(2026, 1, 1),
                letterhead=Letterhead(organization="Org", logo=url))
    doc = compose(r)
    assert doc.letterhead.logo_png is None
    assert any(w.field == "letterhead.logo" and "pixels" in w.message for w in doc.warnings)
    assert "Bomb" in _pdf_text(render_pdf(doc).data)


# -- PDF dates (issue 10, section 7) ----------------------------------------------------------

def _dates(data: bytes) -> tuple[dt.datetime, dt.datetime]:
    meta = PdfReader(io.BytesIO(data)).metadata
    assert meta.creation_date is not None and meta.modification_date is not None
    return meta.creation_date, meta.modification_date


def _doc_id(data: bytes) -> object:
    return PdfReader(io.BytesIO(data)).trailer["/ID"]


def test_pdf_dates_are_source_date_epoch_and_the_bytes_reproducible(
        monkeypatch: pytest.MonkeyPatch, examples_dir: Path) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    release = draft.load(examples_dir / "release-en.presskit")
    first = render_pdf(compose(release)).data
    when = dt.datetime(2023, 11, 14, 22, 13, 20, tzinfo=dt.UTC)
    assert _dates(first) == (when, when)
    assert render_pdf(compose(release)).data == first  # document ID included
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")
    other = render_pdf(compose(release)).data
    assert _dates(other)[0] == dt.datetime(2027, 1, 15, 8, 0, tzinfo=dt.UTC)
    assert _doc_id(other) != _doc_id(first)


def test_pdf_dates_are_the_export_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    release = Release(language="en_US", title="Dated")
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    first = render_pdf(compose(release)).data
    after = dt.datetime.now(dt.UTC)
    created, modified = _dates(first)
    assert created == modified
    assert before <= created <= after  # not 2000-01-01, reportlab's invariant date
    assert _doc_id(render_pdf(compose(release)).data) != _doc_id(first)


@pytest.mark.parametrize("value", ["soon", "1.5e9", "-5", "9" * 5000, "99999999999999"])
def test_an_unusable_source_date_epoch_falls_back_to_the_export_time(
        monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    data = render_pdf(compose(Release(language="en_US", title="Dated"))).data  # no ValueError
    assert before <= _dates(data)[0] <= dt.datetime.now(dt.UTC)


def test_pdf_dates_carry_the_local_utc_offset(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset needed")
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    with monkeypatch.context() as env:
        env.setenv("TZ", "IST-5:30")  # a POSIX rule (India): no zone database needed
        time.tzset()
        try:
            created = _dates(render_pdf(compose(Release(language="en_US", title="T"))).data)[0]
        finally:
            env.undo()
            time.tzset()
    assert created.utcoffset() == dt.timedelta(hours=5, minutes=30)  # reportlab said +05'00'
