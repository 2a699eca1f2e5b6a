"""Reading a Presskit PDF back: word boxes (pdftotext -bbox) and the text of the flow.

``flow_text`` keeps only the text drawn inside the frames the release flows in (the page
furniture above and below is left out), in the order it was drawn, so a paragraph split
across pages reads back as one string.
"""

from __future__ import annotations

import html
import io
import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from presskit.doctree import Document


@dataclass
class Word:
    x0: float
    y0: float  # from the top of the page, as pdftotext gives it
    x1: float
    y1: float
    text: str


@dataclass
class Page:
    width: float
    height: float
    words: list[Word]


def word_boxes(data: bytes) -> list[Page]:
    """Every word pdftotext finds, with its box, page by page."""
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "probe.pdf"
        pdf.write_bytes(data)
        out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                             text=True, check=True).stdout
    pages = []
    for m in re.finditer(r'<page width="([-\d.]+)" height="([-\d.]+)">(.*?)</page>', out, re.S):
        words = [Word(float(a), float(b), float(c), float(d), html.unescape(t))
                 for a, b, c, d, t in re.findall(r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" '
                                                 r'xMax="([-\d.]+)" yMax="([-\d.]+)">(.*?)</word>',
                                                 m.group(3))]
        pages.append(Page(float(m.group(1)), float(m.group(2)), words))
    return pages


def outside_margins(data: bytes, doc: Document, slack: float = 0.5) -> list[tuple[int, Word]]:
    """(page number, word) for every word drawn past the left or right margin, or off the
    page. (Furniture sits on the top and bottom margins: a glyph's box may cross them.)"""
    g = geometry(doc)
    bad = []
    for n, page in enumerate(word_boxes(data), start=1):
        for w in page.words:
            if (w.x0 < g.left - slack or w.x1 > page.width - g.right + slack
                    or w.y0 < 0 or w.y1 > page.height):
                bad.append((n, w))
    return bad


def geometry(doc: Document) -> Any:
    """The page geometry the renderer lays *doc* out in (margins, header, footer)."""
    from presskit.renderers.pdf import _PdfBuilder

    return _PdfBuilder(doc).geo


def flow_text(data: bytes, doc: Document) -> str:
    """The text drawn inside the body frames, in drawing order, whitespace removed."""
    g = geometry(doc)
    chunks: list[str] = []
    for n, page in enumerate(PdfReader(io.BytesIO(data)).pages):
        header = g.header1 if n == 0 else g.header_n
        top = g.height - g.top - header + 0.5
        bottom = g.bottom + g.footer - 0.5

        def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: float,
                  top: float = top, bottom: float = bottom) -> None:
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            if bottom <= y <= top:
                chunks.append(text)

        page.extract_text(visitor_text=visit)
    return squeeze("".join(chunks))


def all_text(data: bytes) -> str:
    """All the text of the PDF, furniture included, in drawing order, whitespace removed."""
    chunks: list[str] = []
    for page in PdfReader(io.BytesIO(data)).pages:
        page.extract_text(visitor_text=lambda text, *_args: chunks.append(text))
    return squeeze("".join(chunks))


def squeeze(text: str) -> str:
    """*text* without any whitespace (line breaks, spaces, no-break spaces)."""
    return "".join(text.split())


def in_order(parts: list[str], text: str) -> list[str]:
    """The *parts* (whitespace removed) not found one after the other in *text*."""
    missing = []
    at = 0
    for part in parts:
        part = squeeze(part)
        if not part:
            continue
        k = text.find(part, at)
        if k < 0:
            missing.append(part[:80])
        else:
            at = k + len(part)
    return missing
