"""The PDF and the DOCX of one release read the same house style (issue 11 §1).

Sizes, colours, weight and slant are read back from both files, for text of every role,
and compared with ``presskit.renderers.house_style.HOUSE`` and with each other.
"""

from __future__ import annotations

import io
import math
import zipfile
from dataclasses import dataclass
from typing import Any

import pytest
from lxml import etree
from pypdf import PdfReader

from presskit import doctree as dtree
from presskit.color import contrast_with_white
from presskit.compose import compose
from presskit.renderers.docx import render_docx
from presskit.renderers.house_style import HOUSE, TEXT, TEXT_COLORS, TextStyle
from presskit.renderers.pdf import render_pdf
from tests.presskit.renderers.test_docx import rich_release

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"w": W}


@dataclass(frozen=True)
class Look:
    size: float
    color: str
    bold: bool
    italic: bool


def _hex(rgb: tuple[float, ...]) -> str:
    return "#" + "".join(f"{round(c * 255):02X}" for c in rgb)


class _PdfReading:
    """The fill colour in force and the text drawn, from pypdf's content-stream visitors."""

    def __init__(self) -> None:
        self.color: tuple[float, ...] = (0.0, 0.0, 0.0)
        self.looks: list[tuple[str, Look]] = []

    def operand(self, op: bytes, args: list[Any], cm: Any, tm: Any) -> None:
        if op == b"rg":
            self.color = tuple(float(a) for a in args)
        elif op == b"g":
            self.color = (float(args[0]),) * 3

    def text(self, piece: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if piece.strip() and font:
            style = str(font.get("/BaseFont", "")).rsplit("-", 1)[-1]
            self.looks.append((piece.strip(), Look(float(size), _hex(self.color),
                                                   "Bold" in style, "Italic" in style)))


def pdf_looks(data: bytes) -> list[tuple[str, Look]]:
    """(text, look) of every piece of text the PDF draws, in drawing order."""
    out: list[tuple[str, Look]] = []
    for page in PdfReader(io.BytesIO(data)).pages:
        reading = _PdfReading()
        page.extract_text(visitor_operand_before=reading.operand, visitor_text=reading.text)
        out.extend(reading.looks)
    return out


def pdf_look(looks: list[tuple[str, Look]], text: str) -> Look:
    found = {look for piece, look in looks if piece == text}
    assert len(found) == 1, (text, found)
    return found.pop()


class Docx:
    """Paragraph styles of a DOCX, resolved through their basedOn chain."""

    def __init__(self, data: bytes):
        z = zipfile.ZipFile(io.BytesIO(data))
        self.parts = {n: etree.fromstring(z.read(n)) for n in z.namelist()
                      if n.startswith("word/") and n.endswith(".xml")}
        rels = etree.fromstring(z.read("word/_rels/document.xml.rels"))
        targets = {r.get("Id"): "word/" + r.get("Target") for r in rels}
        first = self.parts["word/document.xml"].find(
            ".//w:sectPr/w:headerReference[@w:type='first']", NS)
        self.first_header = targets[first.get(f"{{{RELS}}}id")]
        self.styles = {s.get(f"{{{W}}}styleId"): s
                       for s in self.parts["word/styles.xml"].findall("w:style", NS)}
        defaults = self.parts["word/styles.xml"].find("w:docDefaults/w:rPrDefault/w:rPr", NS)
        self.default_size = int(defaults.find("w:sz", NS).get(f"{{{W}}}val")) / 2

    def _prop(self, style_id: str | None, tag: str) -> Any:
        while style_id:
            style = self.styles[style_id]
            found = style.find(f"w:rPr/w:{tag}", NS)
            if found is not None:
                return found
            based = style.find("w:basedOn", NS)
            style_id = based.get(f"{{{W}}}val") if based is not None else None
        return None

    def _on(self, style_id: str, tag: str) -> bool:
        e = self._prop(style_id, tag)
        return e is not None and e.get(f"{{{W}}}val", "true") not in ("0", "false")

    def look(self, style_id: str) -> Look:
        sz = self._prop(style_id, "sz")
        color = self._prop(style_id, "color")
        return Look(int(sz.get(f"{{{W}}}val")) / 2 if sz is not None else self.default_size,
                    "#" + color.get(f"{{{W}}}val") if color is not None else "#000000",
                    self._on(style_id, "b"), self._on(style_id, "i"))

    def paragraph_style(self, text: str, part: str = "word/document.xml") -> str:
        """The style id of the one paragraph of *part* reading *text* (alone, or between
        tabs)."""
        found = set()
        for p in self.parts[part].iter(f"{{{W}}}p"):
            pieces = "".join(t.text or "" if t.tag == f"{{{W}}}t" else "\t"
                             for t in p.iter(f"{{{W}}}t", f"{{{W}}}tab")).split("\t")
            if text in (piece.strip() for piece in pieces):
                ps = p.find("w:pPr/w:pStyle", NS)
                found.add(ps.get(f"{{{W}}}val") if ps is not None else None)
        assert len(found) == 1, (text, found)
        return found.pop()


@pytest.fixture(scope="module")
def release() -> tuple[dtree.Document, list[tuple[str, Look]], Docx]:
    doc = compose(rich_release(embargo=None))
    return doc, pdf_looks(render_pdf(doc).data), Docx(render_docx(doc).data)


def _expected(spec: TextStyle, doc: dtree.Document) -> Look:
    color = doc.letterhead.text_color if spec.color == TEXT else spec.color
    return Look(spec.size, color.upper(), spec.bold, spec.italic)


def _roles(doc: dtree.Document) -> list[tuple[str, str, TextStyle]]:
    """(text, DOCX style name, house style) of one piece of text per role."""
    def first(cls: type) -> Any:
        return next(b for b in doc.blocks if isinstance(b, cls))

    quote = first(dtree.QuoteBlock)
    contact = doc.contacts()[0]
    boiler = next(b for b in doc.blocks
                  if isinstance(b, dtree.Paragraph) and b.style == "boilerplate")
    body = [b for b in doc.blocks if isinstance(b, dtree.Paragraph) and b.style == "body"]
    headings = [b for b in doc.blocks if isinstance(b, dtree.SectionHeading)]
    lh = doc.letterhead.lines
    return [
        (first(dtree.KindLabel).text, "Kind label", HOUSE.kind),
        (first(dtree.ReleaseLine).text, "Release line", HOUSE.release),
        (first(dtree.Meta).reference, "Meta", HOUSE.meta),
        (first(dtree.Title).text, "Title", HOUSE.title),
        (first(dtree.Subtitle).text, "Subtitle", HOUSE.subtitle),
        (dtree.runs_text(body[-1].runs), "Body", HOUSE.body),
        (dtree.runs_text(first(dtree.Intertitle).runs), "Intertitle", HOUSE.intertitle),
        (dtree.runs_text(quote.runs), "Quote", HOUSE.quote),
        (quote.attribution, "Attribution", HOUSE.attribution),
        (headings[0].text, "Section heading", HOUSE.section),
        (dtree.runs_text(boiler.runs), "Boilerplate", HOUSE.boilerplate),
        (contact.role, "Contact", HOUSE.contact),
        (first(dtree.EndMark).text, "End mark", HOUSE.end),
        (lh[0].text, "Letterhead name", HOUSE.letterhead_name),
        (lh[1].text, "Letterhead", HOUSE.letterhead),
    ]


def test_pdf_and_docx_print_each_role_in_the_house_style(
        release: tuple[dtree.Document, list[tuple[str, Look]], Docx]) -> None:
    doc, pdf, docx = release
    styles = {s.find("w:name", NS).get(f"{{{W}}}val"): sid for sid, s in docx.styles.items()}
    for text, docx_style, spec in _roles(doc):
        want = _expected(spec, doc)
        got_pdf = pdf_look(pdf, text)
        style_id = docx.paragraph_style(
            text, docx.first_header if docx_style.startswith("Letterhead") else
            "word/document.xml")
        assert style_id == styles[docx_style], text
        got_docx = docx.look(style_id)
        assert got_pdf == want, (docx_style, got_pdf, want)
        # Word sizes text in half points: 9.2 pt is 9 pt there.
        assert got_docx == Look(math.floor(spec.size * 2) / 2, want.color, want.bold,
                                want.italic), (docx_style, got_docx, want)


def test_the_embargo_line_agrees_too() -> None:
    doc = compose(rich_release())
    line = next(b for b in doc.blocks if isinstance(b, dtree.ReleaseLine))
    assert line.embargo
    want = _expected(HOUSE.embargo, doc)
    assert pdf_look(pdf_looks(render_pdf(doc).data), line.text) == want
    docx = Docx(render_docx(doc).data)
    assert docx.look(docx.paragraph_style(line.text)) == want


def test_a_changed_house_style_reaches_both_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """Neither renderer keeps a copy: a different title size and body colour in the table
    come out of both."""
    from dataclasses import replace

    from presskit.renderers import docx as docx_module
    from presskit.renderers import docx_styles, house_style, pdf

    house = replace(HOUSE, title=replace(HOUSE.title, size=23),
                    body=replace(HOUSE.body, color="#202124"))
    monkeypatch.setattr(house_style, "HOUSE", house)
    monkeypatch.setattr(pdf, "HOUSE", house)
    monkeypatch.setattr(docx_styles, "PARAGRAPH_STYLES", docx_styles.paragraph_styles(house))
    docx_module._styles_part.cache_clear()
    try:
        doc = compose(rich_release(embargo=None))
        title = next(b for b in doc.blocks if isinstance(b, dtree.Title)).text
        body = dtree.runs_text([b for b in doc.blocks if isinstance(b, dtree.Paragraph)][-2].runs)
        looks = pdf_looks(render_pdf(doc).data)
        docx = Docx(render_docx(doc).data)
        assert pdf_look(looks, title).size == 23 == docx.look(docx.paragraph_style(title)).size
        assert pdf_look(looks, body).color == "#202124" == docx.look(
            docx.paragraph_style(body)).color
    finally:
        docx_module._styles_part.cache_clear()


def test_every_house_text_colour_reaches_wcag_aa_on_white() -> None:
    for color in TEXT_COLORS:
        assert contrast_with_white(color) >= 4.5, color
    specs = [v for v in vars(HOUSE).values() if isinstance(v, TextStyle)]
    assert {s.color for s in specs} - {TEXT} <= set(TEXT_COLORS)


def test_list_bullets_and_numbers_are_set_in_the_house_font_at_the_list_size() -> None:
    """reportlab draws a bullet in Helvetica 10 unless told otherwise: a font never
    embedded, so PDF/UA's "every font embedded" failed and "•" had no Unicode mapping."""
    doc = compose(rich_release())
    drawn: list[tuple[str, str, float]] = []
    for page in PdfReader(io.BytesIO(render_pdf(doc).data)).pages:
        page.extract_text(visitor_text=lambda text, cm, tm, font, size: drawn.append(
            (text.strip(), str(font.get("/BaseFont")) if font else "", float(size))))
    bullets = [(font, size) for text, font, size in drawn if text in ("•", "–", "3.", "1.")]
    assert len(bullets) >= 4
    assert {size for _, size in bullets} == {HOUSE.list.size}
    assert all(font.endswith("+NotoSans-Regular") for font, _ in bullets), bullets
    assert [text for text, font, _ in drawn if text and "Helvetica" in font] == []


def test_every_font_a_page_names_is_embedded() -> None:
    """PDF/UA: every font embedded. reportlab's canvas began each page in Helvetica (never
    embedded) unless given a font of its own."""
    doc = compose(rich_release())
    for page in PdfReader(io.BytesIO(render_pdf(doc).data)).pages:
        fonts = page["/Resources"]["/Font"]
        assert fonts
        for name, ref in fonts.items():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            assert descriptor is not None, (name, font.get("/BaseFont"))
            assert any(k in descriptor.get_object() for k in
                       ("/FontFile", "/FontFile2", "/FontFile3")), (name, font.get("/BaseFont"))
