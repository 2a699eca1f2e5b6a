"""Letterhead layout: tall, wide and tiny logos never eat the margin or touch the body."""

from __future__ import annotations

import base64
import io

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader

from presskit import draft
from presskit.compose import compose
from presskit.model import Margins
from presskit.renderers.pdf import MM, render_pdf


def _logo(w: int, h: int) -> str:
    im = Image.new("RGB", (w, h), (200, 40, 40))
    ImageDraw.Draw(im).rectangle([0, 0, w - 1, h - 1], outline=(0, 0, 0))
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def _layout(data: bytes, page_no: int = 0) -> tuple[list[tuple[float, float, float, float]],
                                                     list[tuple[str, float, float]], float, float]:
    """Image boxes (x0, y0, x1, y1) and text pieces (text, x, y) on a page."""
    page = PdfReader(io.BytesIO(data)).pages[page_no]
    images: list[tuple[float, float, float, float]] = []
    texts: list[tuple[str, float, float]] = []
    stack: list[list[float]] = [[1, 0, 0, 1, 0, 0]]

    def mult(m: list[float], n: list[float]) -> list[float]:
        a, b, c, d, e, f = m
        a2, b2, c2, d2, e2, f2 = n
        return [a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
                e * a2 + f * c2 + e2, e * b2 + f * d2 + f2]

    def before(op: bytes, args: list, cm: list, tm: list) -> None:
        if op == b"q":
            stack.append(list(stack[-1]))
        elif op == b"Q" and len(stack) > 1:
            stack.pop()
        elif op == b"cm":
            stack[-1] = mult([float(a) for a in args], stack[-1])
        elif op == b"Do":
            a, _b, _c, d, e, f = stack[-1]
            images.append((e, f, e + a, f + d))

    def text(t: str, cm: list, tm: list, font: object, size: float) -> None:
        if t.strip():
            m = mult(tm, cm)
            texts.append((t.strip(), m[4], m[5]))

    page.extract_text(visitor_operand_before=before, visitor_text=text)
    return images, texts, float(page.mediabox.width), float(page.mediabox.height)


@pytest.mark.parametrize(("w", "h"), [(200, 1400), (2600, 120), (16, 16), (600, 600)],
                         ids=["tall", "wide", "tiny", "square"])
def test_logo_stays_in_margins_and_above_the_body(examples_dir, w: int, h: int) -> None:
    release = draft.load(examples_dir / "release-en.presskit")
    release.letterhead.logo = _logo(w, h)
    release.letterhead.margins = Margins(top=15, right=18, bottom=15, left=18)
    images, texts, pw, ph = _layout(render_pdf(compose(release)).data)
    assert len(images) == 1
    x0, y0, x1, y1 = images[0]
    assert x0 >= 18 * MM - 0.5 and x1 <= pw - 18 * MM + 0.5
    assert y1 <= ph - 15 * MM + 0.5  # top margin intact
    assert (x1 - x0) / (y1 - y0) == pytest.approx(w / h, rel=0.02)  # aspect ratio kept
    kind = [t for t in texts if t[0] == "Press release"]
    assert kind, texts[:10]
    assert kind[0][2] < y0 - 6  # the first line of the body sits below the logo
    org = [t for t in texts if t[0] == "Northwind Orbital Laboratory"]
    assert org and org[0][2] > kind[0][2]


def test_continuation_pages_have_slim_header(examples_dir) -> None:
    release = draft.load(examples_dir / "release-en.presskit")
    release.letterhead.repeat_logo = True
    release.letterhead.logo = _logo(400, 200)
    data = render_pdf(compose(release)).data
    images, texts, _pw, _ph = _layout(data, 1)
    assert len(images) == 1 and images[0][3] - images[0][1] <= 8 * MM
    joined = " ".join(t[0] for t in texts)
    assert "Page 2 / 2" in joined and "Northwind Orbital Laboratory" in joined
    assert "Northwind Orbital Selects Harbor" in joined  # the short title
    release.letterhead.repeat_logo = False
    images, _texts, _pw, _ph = _layout(render_pdf(compose(release)).data, 1)
    assert images == []


def test_slim_header_title_never_runs_into_the_page_label(examples_dir) -> None:
    release = draft.load(examples_dir / "release-en.presskit")
    release.letterhead.organization = "Northwind Orbital Laboratory and Partners"
    release.letterhead.font = "Noto Serif"
    release.letterhead.repeat_logo = True
    release.letterhead.logo = _logo(2600, 120)
    _images, texts, _pw, _ph = _layout(render_pdf(compose(release)).data, 1)
    label_y = [y for t, _x, y in texts if "Page 2 / 2" in t]
    assert label_y
    header = [(t, x) for t, x, y in texts if abs(y - label_y[0]) < 1]
    label = [p for p in header if "Page 2 / 2" in p[0]]
    title = [p for p in header if "Page" not in p[0]]
    assert title and label, header
    from reportlab.pdfbase.pdfmetrics import stringWidth

    title_end = max(x + stringWidth(t, "NotoSerif-Regular", 8) for t, x in title)
    assert title_end < label[0][1]
    assert title[0][0].startswith("Northwind") and title[-1][0] == "…"
