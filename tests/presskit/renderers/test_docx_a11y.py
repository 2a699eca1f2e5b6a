"""Issue 11 §3: accessible DOCX, read back from the package XML."""
from __future__ import annotations

import dataclasses
import io
import zipfile
from typing import Any

import pytest
from lxml import etree

from presskit import doctree as dtree
from presskit.compose import compose
from presskit.model import Contact
from presskit.renderers.docx import render_docx
from tests.presskit.renderers.test_docx import rich_release

DOCPR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
PIC_CNVPR = "{http://schemas.openxmlformats.org/drawingml/2006/picture}cNvPr"


def _header_parts(data: bytes) -> list[bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [z.read(n) for n in z.namelist() if n.startswith("word/header")]


def test_every_logo_carries_its_alt_text_in_docpr_descr() -> None:
    doc = compose(rich_release())
    alt = doc.letterhead.logo_alt
    assert alt  # the composed tree names the logo (e.g. "Logo of Northwind ...")
    pictures = [e for part in _header_parts(render_docx(doc).data)
                for e in etree.fromstring(part).iter(DOCPR)]
    assert len(pictures) == 1  # the first-page letterhead logo
    assert [e.get("descr") for e in pictures] == [alt]
    for part in _header_parts(render_docx(doc).data):
        for e in etree.fromstring(part).iter(PIC_CNVPR):
            assert e.get("descr") == alt


def test_the_repeated_running_head_logo_carries_alt_text_too() -> None:
    doc = compose(rich_release())
    doc = dataclasses.replace(doc, letterhead=dataclasses.replace(doc.letterhead,
                                                                  repeat_logo=True))
    pictures = [e for part in _header_parts(render_docx(doc).data)
                for e in etree.fromstring(part).iter(DOCPR)]
    assert len(pictures) == 2  # the first-page letterhead and the later pages' running head
    assert [e.get("descr") for e in pictures] == [doc.letterhead.logo_alt] * 2


# -- language, title, headings, no fake structure ------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W, "dc": "http://purl.org/dc/elements/1.1/",
      "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"}
DRAWING = f"{{{W}}}drawing"


def _parts(data: bytes) -> dict[str, Any]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: etree.fromstring(z.read(n)) for n in z.namelist() if n.endswith(".xml")}


def _val(e: Any) -> str | None:
    return e.get(f"{{{W}}}val") if e is not None else None


class _Styles:
    def __init__(self, root: Any):
        self.by_id = {s.get(f"{{{W}}}styleId"): s for s in root.findall("w:style", NS)}

    def chain(self, style_id: str | None) -> list[Any]:
        out = []
        while style_id in self.by_id:
            style = self.by_id[style_id]
            out.append(style)
            style_id = _val(style.find("w:basedOn", NS))
        return out

    def outline(self, p: Any) -> int | None:
        own = p.find("w:pPr/w:outlineLvl", NS)
        if own is not None:
            return int(_val(own) or 0)
        for style in self.chain(_val(p.find("w:pPr/w:pStyle", NS))):
            found = style.find("w:pPr/w:outlineLvl", NS)
            if found is not None:
                return int(_val(found) or 0)
        return None

    def names(self, p: Any) -> list[str]:
        return [_val(s.find("w:name", NS)) or ""
                for s in self.chain(_val(p.find("w:pPr/w:pStyle", NS)))]


def _text(p: Any) -> str:
    return "".join(t.text or "" for t in p.iter(f"{{{W}}}t"))


@pytest.mark.parametrize("locale", ["fr_FR", "de_DE", "en_GB"])
def test_the_document_language_is_the_release_language_everywhere(locale: str) -> None:
    tag = locale.replace("_", "-")
    data = render_docx(compose(rich_release(language=locale))).data
    parts = _parts(data)
    langs = [e.get(f"{{{W}}}val") for e in parts["word/styles.xml"].iter(f"{{{W}}}lang")]
    assert langs and set(langs) == {tag}
    defaults = parts["word/styles.xml"].find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS)
    assert defaults.get(f"{{{W}}}eastAsia") == tag
    assert _val(parts["word/settings.xml"].find("w:themeFontLang", NS)) == tag
    assert parts["docProps/core.xml"].find("dc:language", NS).text == tag
    with zipfile.ZipFile(io.BytesIO(data)) as z:  # nothing of the template's en-US is left
        assert [n for n in z.namelist() if b"en-US" in z.read(n)] == []


@pytest.mark.parametrize("locale", ["fr_FR", "de_DE", "en_GB"])
def test_the_title_property_is_the_headline(locale: str) -> None:
    doc = compose(rich_release(language=locale, title="Northwind choisit « son » fournisseur"))
    core = _parts(render_docx(doc).data)["docProps/core.xml"]
    assert core.find("dc:title", NS).text == doc.meta.title
    assert doc.meta.title.startswith("Northwind") and "fournisseur" in doc.meta.title


def test_the_headline_and_headings_are_built_in_heading_styles_with_outline_levels() -> None:
    """What Word's navigation pane lists: paragraphs with an outline level. The headline is
    level 1 (Word's outline level 0) in the built-in Title style; the subheadings and the
    "About" and "Press contacts" headings level 2, in styles based on Heading 2."""
    doc = compose(rich_release())
    parts = _parts(render_docx(doc).data)
    styles = _Styles(parts["word/styles.xml"])
    body = parts["word/document.xml"].find("w:body", NS)
    outline = [(styles.outline(p), _text(p), styles.names(p)[-2:])
               for p in body.iter(f"{{{W}}}p") if styles.outline(p) is not None]
    expected = []
    for b in doc.blocks:
        if isinstance(b, dtree.Title):
            expected.append((0, b.text, "Title"))
        elif isinstance(b, dtree.Intertitle):
            expected.append((1, dtree.runs_text(b.runs), "heading 2"))
        elif isinstance(b, dtree.SectionHeading):
            expected.append((1, b.text, "heading 2"))
    assert len(expected) >= 4  # the headline, an intertitle, About, Press contacts
    assert [(level, text) for level, text, _ in outline] == [(lv, t) for lv, t, _ in expected]
    for (_, text, chain), (_, _, builtin) in zip(outline, expected, strict=True):
        assert builtin in chain, (text, chain)  # the style is, or is based on, the built-in


@pytest.mark.parametrize("count", [1, 2, 3, 5])
def test_no_empty_paragraph_in_the_body_and_no_empty_table_cell(count: int) -> None:
    people = [Contact(f"Person {k}", "Press officer", "+1 617 555 0142", f"p{k}@example.org")
              for k in range(count)]
    doc = compose(rich_release(contacts=people))
    body = _parts(render_docx(doc).data)["word/document.xml"].find("w:body", NS)
    empty = [p for p in body.iter(f"{{{W}}}p")
             if not _text(p).strip() and next(p.iter(DRAWING), None) is None]
    assert empty == []
    cells = list(body.iter(f"{{{W}}}tc"))
    assert sum(1 for tc in cells if _text(tc).startswith("Person")) == count
    assert all(_text(tc).strip() for tc in cells)
    if count % 2 and count > 1:  # the last card spans the row
        last = list(body.iter(f"{{{W}}}tr"))[-1]
        assert len(last.findall("w:tc", NS)) == 1
        assert _val(last.find("w:tc/w:tcPr/w:gridSpan", NS)) == "2"


def test_tables_are_marked_layout_tables_or_have_header_rows() -> None:
    """The contact cards and the first-page letterhead are placed with tables: each says
    it has no header row (w:tblLook firstRow="0") and repeats none. A data table would
    have w:tblHeader on its first row."""
    data = render_docx(compose(rich_release())).data
    tables = [(name, t) for name, root in _parts(data).items() for t in root.iter(f"{{{W}}}tbl")]
    assert len(tables) == 2 and "word/document.xml" in {name for name, _ in tables}
    for name, table in tables:
        look = table.find("w:tblPr/w:tblLook", NS)
        header_rows = table.findall("w:tr/w:trPr/w:tblHeader", NS)
        if look is not None and look.get(f"{{{W}}}firstRow") == "0":
            assert header_rows == [], name  # a layout table
            assert table.find("w:tblPr/w:tblCaption", NS) is None
        else:
            first = table.find("w:tr", NS)
            assert first.find("w:trPr/w:tblHeader", NS) is not None, name
