"""The PDF never loses text, and its layout stays linear (issue 10, section 3).

Text is read back from the PDF: word boxes from ``pdftotext -bbox`` against the page's
margins, and the text drawn in the body frames, compared with what was composed after
removing whitespace and line breaks.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest

from presskit import draft
from presskit.compose import compose
from presskit.doctree import Document
from presskit.model import Contact, Letterhead, Quote, Release
from presskit.renderers.pdf import render_pdf
from tests.presskit.renderers.pdf_probe import (
    all_text,
    flow_text,
    in_order,
    outside_margins,
    squeeze,
    word_boxes,
)

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils needed")

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
URL = "https://www.northwind-orbital.example/press/2026/" + "".join(
    "abcdefghijklmnopqrstuvwxyz0123456789"[i % 36] for i in range(380))
KEY = "AAAAC3NzaC1lZDI1NTE5AAAAI" + "Lx7Kq9Vw2Pz4Rt8Yb1Nm6Hc3Jd5Gf0Sa" * 12
EMAIL = "press." + "n" * 3000 + "@northwind-orbital.example"


def _render(release: Release) -> tuple[Document, bytes]:
    doc = compose(release)
    return doc, render_pdf(doc).data


def _assert_nothing_lost(doc: Document, data: bytes) -> None:
    assert outside_margins(data, doc) == []
    assert in_order(doc.plain_text_blocks(), flow_text(data, doc)) == []


def _release(**fields: Any) -> Release:
    base: dict[str, Any] = {"language": "en_US", "title": "Northwind selects Tern",
                            "body": "Northwind Orbital Laboratory today announced its choice."}
    base.update(fields)
    return Release(**base)


UNBREAKABLE = {
    "body URL": lambda: _release(body=f"The full criteria are published at {URL} today."),
    "body key": lambda: _release(body=f"Our public key: {KEY} (ed25519)."),
    "list item URL": lambda: _release(body=f"Resources:\n\n- {URL}\n- second item"),
    "title URL": lambda: _release(title=f"Read {URL}"),
    "subtitle key": lambda: _release(subtitle=KEY * 3),
    "reference": lambda: _release(reference=URL),
    "place": lambda: _release(place="Bo" + "o" * 400 + "ston"),
    "quote URL": lambda: _release(quotes=[Quote(text=f"See {URL}.", speaker="Dana Reyes")]),
    "speaker": lambda: _release(quotes=[Quote(text="Hello.", speaker=URL, role=KEY)]),
    "contact email": lambda: _release(contacts=[Contact(name="Ana", email=EMAIL),
                                                Contact(name="Ben", email="ben@x.example")]),
    "contact role URL": lambda: _release(contacts=[Contact(name="Ana", role=URL)]),
    "boilerplate URL": lambda: _release(boilerplate=f"Northwind ({URL}) builds satellites."),
}


@pytest.mark.parametrize("make", UNBREAKABLE.values(), ids=UNBREAKABLE.keys())
def test_unbreakable_strings_break_at_the_margin_and_keep_every_character(make: Any) -> None:
    doc, data = _render(make())
    _assert_nothing_lost(doc, data)


def test_a_url_longer_than_a_line_still_breaks_after_its_slashes_first() -> None:
    doc, data = _render(_release(body=f"See {URL} now."))
    lines = [w.text for page in word_boxes(data) for w in page.words if "northwind" in w.text]
    assert lines and lines[0].endswith("/2026/")  # the head, broken after a slash
    assert squeeze(URL) in flow_text(data, doc)


LETTERHEAD = {
    "organization": Letterhead(organization="Northwind" + "Orbital" * 60),
    "organization words": Letterhead(organization="Northwind Orbital Laboratory " * 40),
    "website": Letterhead(website=URL),
    "address lines": Letterhead(address="\n".join(f"Building {i}, Orbital Way" for i in range(60))),
    "footer": Letterhead(footer="Northwind Orbital Laboratory, " + KEY),
    "long footer": Letterhead(footer="Registered office: 1 Orbital Way, Boston. " * 40),
}


@pytest.mark.parametrize("letterhead", LETTERHEAD.values(), ids=LETTERHEAD.keys())
def test_letterhead_and_footer_text_stays_inside_the_margins(letterhead: Letterhead) -> None:
    release = _release(body="\n\n".join(["Paragraph of the release body."] * 60),
                       letterhead=letterhead)
    doc, data = _render(release)
    assert outside_margins(data, doc) == []
    text = all_text(data)
    lh = doc.letterhead
    for value in (lh.organization, *lh.address_lines, lh.website, lh.footer):
        assert squeeze(value) in text, value[:60]
    assert in_order(doc.plain_text_blocks(), flow_text(data, doc)) == []


def test_the_slim_header_cuts_a_long_organization_short_of_the_page_label() -> None:
    org = "Northwind Orbital Laboratory " * 20
    release = _release(body="\n\n".join(["Body paragraph."] * 200),
                       letterhead=Letterhead(organization=org))
    doc, data = _render(release)
    pages = word_boxes(data)
    assert len(pages) >= 3 and outside_margins(data, doc) == []
    top = [w for w in pages[1].words if w.y1 < 70]  # the slim header
    assert [w.text for w in top][-3:] == ["2", "/", str(len(pages))]  # "Page 2 / N" in full
    assert any(w.text.endswith("…") for w in top)


TALL = {
    "900-word quote": lambda: _release(quotes=[Quote(
        text=" ".join(f"word{i % 97}" for i in range(900)), speaker="Dana Reyes", role="CEO")]),
    "60-line role": lambda: _release(contacts=[Contact(
        name="Ana Lima", role="\n".join(f"Role line {i}" for i in range(60)),
        email="ana@x.example"), Contact(name="Ben Ode", phone="+1 617 555 0100")]),
    "2,000-character reference": lambda: _release(reference="R" + "-2026-0041" * 200),
    "8,000-character reference": lambda: _release(reference="R" + "-2026-0041" * 800),
    "5,000-character speaker": lambda: _release(quotes=[Quote(
        text="We are proud.", speaker=" ".join(["Speaker"] * 625))]),
    "4,000-word embargo neighbours": lambda: _release(
        embargo=dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC), subtitle=" ".join(["sub"] * 4000)),
}


@pytest.mark.parametrize("make", TALL.values(), ids=TALL.keys())
def test_a_block_taller_than_a_page_runs_on_to_the_next(make: Any) -> None:
    """These raised "LayoutError: ... too large on page N" (exit 1 from the command)."""
    doc, data = _render(make())
    _assert_nothing_lost(doc, data)


def test_a_tall_quote_starts_where_it_stands_like_a_paragraph() -> None:
    quote = " ".join(f"quoteword{i}" for i in range(900))
    doc, data = _render(_release(quotes=[Quote(text=quote, speaker="Dana Reyes")]))
    first_page = squeeze(" ".join(w.text for w in word_boxes(data)[0].words))
    assert "quoteword0" in first_page  # not pushed to page 2, leaving page 1 half empty
    _assert_nothing_lost(doc, data)


def test_a_quote_that_fits_on_a_page_is_still_kept_together() -> None:
    body = "\n\n".join(f"Paragraph {i} " + "filler " * 40 for i in range(9))
    quote = " ".join(f"kept{i}" for i in range(120))
    _doc, data = _render(_release(body=body, quotes=[Quote(text=quote, speaker="Dana")]))
    pages = [squeeze(" ".join(w.text for w in p.words)) for p in word_boxes(data)]
    holding = [n for n, text in enumerate(pages) if "kept0" in text or "kept119" in text]
    assert len(set(holding)) == 1, holding


@pytest.mark.parametrize("quotes", [1, 0], ids=["before a quote", "before a paragraph"])
def test_a_heading_taller_than_a_page_is_laid_out_once(monkeypatch: pytest.MonkeyPatch,
                                                      quotes: int) -> None:
    """reportlab's keepWithNext put a heading taller than the page, followed by a quote,
    in a KeepTogether of its own and tried it again forever (the export never ended)."""
    from reportlab.platypus import doctemplate

    upstream = doctemplate.BaseDocTemplate.handle_flowable
    steps: list[int] = []

    def counted(self: Any, flowables: list[Any]) -> None:
        steps.append(1)
        if len(steps) > 5000:
            raise RuntimeError("layout does not end")
        upstream(self, flowables)

    monkeypatch.setattr(doctemplate.BaseDocTemplate, "handle_flowable", counted)
    heading = " ".join(f"Heading{i}" for i in range(1500))
    release = _release(body=f"Intro.\n\n## {heading}",
                       quotes=[Quote(text="We are proud.", speaker="Dana")] * quotes,
                       boilerplate="About text." if not quotes else "")
    doc, data = _render(release)
    _assert_nothing_lost(doc, data)


def test_the_command_line_exports_a_tall_block(tmp_path: Path) -> None:
    from presskit.cli import main

    release = TALL["900-word quote"]()
    src = tmp_path / "tall.presskit"
    draft.save(release, src, backup=False)
    out = tmp_path / "tall.pdf"
    assert main(["export", str(src), "--pdf", str(out), "-q"]) == 0
    doc = compose(release)
    _assert_nothing_lost(doc, out.read_bytes())


# -- linear layout --------------------------------------------------------------------------

def _count_words_broken(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many words each upstream ``Paragraph.breakLines`` call breaks into lines."""
    from presskit.renderers.rl import patches as rl_patches

    P = rl_patches.paragraph_module()
    counts: list[int] = []
    upstream = P.Paragraph.breakLines

    def counting(self: Any, width: Any) -> Any:
        frags = self.frags
        if P._processed_frags(frags):
            counts.append(len(frags))  # fragment words
        else:
            counts.append(sum(len(f.words) if hasattr(f, "words") else len(f.text.split())
                              for f in frags))
        return upstream(self, width)

    monkeypatch.setattr(P.Paragraph, "breakLines", counting)
    return counts


@pytest.mark.parametrize("bold", [False, True], ids=["one style", "mixed styles"])
def test_a_long_paragraph_is_broken_into_lines_once(monkeypatch: pytest.MonkeyPatch,
                                                   bold: bool) -> None:
    words = [f"**w{i}**" if bold and i % 40 == 0 else f"w{i}" for i in range(12000)]
    doc = compose(_release(title="T", body=" ".join(words)))
    counts = _count_words_broken(monkeypatch)
    data = render_pdf(doc).data
    assert len(word_boxes(data)) >= 15
    # Upstream broke the rest of the paragraph again on every page: 12,000 words over
    # 17 pages made some 100,000 words broken. Now each word is broken once.
    assert max(counts) >= 12000
    assert sum(counts) < 12000 * 1.1, (sum(counts), len(counts))
    assert in_order(doc.plain_text_blocks(), flow_text(data, doc)) == []


def _boxes_with(monkeypatch: pytest.MonkeyPatch, release: Release, upstream: bool) -> Any:
    from presskit.renderers import pdf_flow
    from presskit.renderers.rl import patches as rl_patches

    with monkeypatch.context() as patch:
        if upstream:
            patch.setattr(pdf_flow, "LinearParagraph", rl_patches.paragraph_module().Paragraph)
        return [[(w.text, round(w.x0, 2), round(w.y0, 2)) for w in page.words]
                for page in word_boxes(render_pdf(compose(release)).data)]


@pytest.mark.parametrize("body", [
    " ".join(f"plain{i % 53}" for i in range(6000)),
    " ".join(f"**b{i}**" if i % 7 == 0 else f"_i{i}_" if i % 11 == 0 else f"m{i}"
             for i in range(6000)),
    " ".join([URL, "then", KEY, "and", EMAIL] * 12),
], ids=["one style", "mixed styles", "unbreakable words"])
def test_lines_reused_across_pages_are_the_lines_upstream_breaks(
        monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    """Reusing a split paragraph's lines changes nothing on the page: every word lands
    where reportlab's own Paragraph, breaking the rest again on each page, puts it."""
    release = _release(body=body, quotes=[Quote(text=body[:20000], speaker="Dana")])
    ours = _boxes_with(monkeypatch, release, upstream=False)
    theirs = _boxes_with(monkeypatch, release, upstream=True)
    assert len(ours) >= 10
    assert ours == theirs


def test_a_render_asked_to_stop_stops_at_the_next_flowable() -> None:
    from presskit.renderers.pdf import RenderCancelled

    doc = compose(_release(body="\n\n".join(["Paragraph " + "word " * 80] * 300)))
    asked: list[int] = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(RenderCancelled):
        render_pdf(doc, should_stop=stop)
    assert len(asked) == 4  # asked between flowables, stopped at the first "yes"
    assert render_pdf(doc, should_stop=lambda: False).pages > 20


def test_a_centred_line_before_an_overlong_word_starts_at_the_margin() -> None:
    """Found by the huge-fields property: reportlab counted a space for the empty first piece
    of an over-long word that follows a full line, so the centred footer line started left
    of the margin."""
    from presskit.model import Margins

    footer = " ".join(["https://press.example/" + "z" * 166, "Ελλάδα",
                       "p" * 230 + "@northwind.example", "x" * 111])
    release = Release(language="fr_FR", letterhead=Letterhead(
        footer=footer, margins=Margins(5.0, 5.0, 5.0, 60.0)))
    doc = compose(release)
    assert outside_margins(render_pdf(doc).data, doc) == []
