"""Issue 11 §3: accessible DOCX, read back from the package XML."""
from __future__ import annotations

import dataclasses
import io
import zipfile

from lxml import etree

from presskit.compose import compose
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
