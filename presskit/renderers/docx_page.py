"""The DOCX page: size and margins, the letterhead in the headers, the footers with
their page fields, the document properties, and the package clean-up.

Page 1 carries the full letterhead (logo, organization, address, website, the
accent rule); later pages a slim header with the short title and the
organization. Every footer has the legal line and "page N / M" from PAGE and
NUMPAGES fields, and in English the "-more-" mark on every page but the last.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any
from xml.sax.saxutils import escape

from presskit.doctree import Document
from presskit.renderers import docx_xml as X
from presskit.renderers.pdf import LOGO_BOX, MM, PAPER_SIZES, SLIM_LOGO_H
from presskit.textclean import Warning

RT_THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
RT_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"
RT_STYLES_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
EMU_PER_PT = 12700


def twips(points: float) -> int:
    return round(points * 20)


class Geometry:
    """Page size and margins in twips, from the document's PageSetup."""

    def __init__(self, doc: Document, *, has_footer_line: bool):
        p = doc.page
        width, height = PAPER_SIZES.get(p.paper, PAPER_SIZES["a4"])
        self.width, self.height = twips(width), twips(height)
        self.left, self.right = twips(p.margin_left * MM), twips(p.margin_right * MM)
        self.header_distance = twips(p.margin_top * MM)
        self.footer_distance = twips(p.margin_bottom * MM)
        repeat_logo = bool(doc.letterhead.logo_png and doc.letterhead.repeat_logo)
        slim = (SLIM_LOGO_H + 4 * MM) if repeat_logo else 9 * MM  # the PDF's header_n
        self.top = self.header_distance + twips(slim)
        footer = 8 * MM if has_footer_line else 5 * MM
        self.bottom = self.footer_distance + twips(footer)
        self.content_width = max(1440, self.width - self.left - self.right)


def setup_section(section: Any, geo: Geometry) -> None:
    from docx.shared import Twips

    section.page_width, section.page_height = Twips(geo.width), Twips(geo.height)
    section.left_margin, section.right_margin = Twips(geo.left), Twips(geo.right)
    section.top_margin, section.bottom_margin = Twips(geo.top), Twips(geo.bottom)
    section.header_distance = Twips(geo.header_distance)
    section.footer_distance = Twips(geo.footer_distance)
    section.gutter = Twips(0)
    section.different_first_page_header_footer = True


def _fit(size: tuple[int, int], box_w: float, box_h: float) -> tuple[float, float]:
    w, h = size
    if w <= 0 or h <= 0:
        return 0.0, 0.0
    scale = min(box_w / w, box_h / h)
    return w * scale, h * scale


def _png_size(png: bytes) -> tuple[int, int]:
    if png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) >= 24:
        return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    return 0, 0


class PageFurniture:
    """Fills the first-page and later-page headers and footers of the one section."""

    def __init__(self, doc: Document, section: Any, styles: dict[str, str], clean: X.Sanitizer,
                 geo: Geometry):
        self.doc = doc
        self.lh = doc.letterhead
        self.section = section
        self.ids = styles
        self.clean = clean
        self.geo = geo
        self.warnings: list[Warning] = []

    def _para(self, container: Any, style: str, text: str = "", *, reuse: bool = False) -> Any:
        p = container.paragraphs[0] if reuse and container.paragraphs else container.add_paragraph()
        p._p.get_or_add_pPr().get_or_add_pStyle().val = self.ids[style]
        if text:
            p._p.append(X.run(self.clean(text)))
        return p

    def _picture(self, paragraph: Any, png: bytes, size: tuple[int, int], box: tuple[float, float],
                 alt: str) -> None:
        from docx.shared import Emu

        if size == (0, 0):
            size = _png_size(png)
        w, h = _fit(size, *box)
        if w <= 0:
            return
        run = paragraph.add_run()
        try:
            run.add_picture(io.BytesIO(png), width=Emu(round(w * EMU_PER_PT)),
                            height=Emu(round(h * EMU_PER_PT)))
            X.set_alt_text(run._r, self.clean(alt))
        except Exception as exc:  # a logo python-docx cannot read is left out, with a warning
            run._r.getparent().remove(run._r)
            self.warnings.append(Warning(
                "letterhead.logo", f"left out of the DOCX: unreadable image ({type(exc).__name__})"))

    def build(self) -> None:
        self.first_header(self.section.first_page_header)
        self.later_header(self.section.header)
        for footer in (self.section.first_page_footer, self.section.footer):
            self.footer(footer)

    # -- headers ---------------------------------------------------------------------------
    def _text_lines(self) -> list[tuple[str, str]]:
        return [("Letterhead name" if line.kind == "organization" else "Letterhead", line.text)
                for line in self.lh.lines]

    def first_header(self, header: Any) -> None:
        from docx.shared import Twips

        header.is_linked_to_previous = False
        lh = self.lh
        lines = self._text_lines()
        logos = [(png, size, alt) for png, size, alt in (
            (lh.logo_png, lh.logo_size, lh.logo_alt),
            (lh.secondary_logo_png, lh.secondary_logo_size, lh.secondary_logo_alt)) if png]
        if logos:
            cw = self.geo.content_width
            table = header.add_table(1, 2, Twips(cw))
            _plain_table(table)
            logo_w = min(cw // 2, twips(LOGO_BOX[0] * 1.9))
            for cell, width in zip(table.rows[0].cells, (logo_w, cw - logo_w), strict=True):
                cell.width = Twips(width)
            for col, width in zip(table.columns, (logo_w, cw - logo_w), strict=True):
                col.width = Twips(width)
            logo_cell, text_cell = table.rows[0].cells
            p = self._para(logo_cell, "Header", reuse=True)
            boxes = (LOGO_BOX, (LOGO_BOX[0] * 0.8, LOGO_BOX[1]))
            for k, ((png, size, alt), box) in enumerate(zip(logos, boxes, strict=False)):
                if k:
                    p._p.append(X.run("  "))
                self._picture(p, png, size, box, alt)
            for k, (style, text) in enumerate(lines):
                self._para(text_cell, style, text, reuse=k == 0)
            if not lines:
                self._para(text_cell, "Letterhead", reuse=True)
            # A header must end with a paragraph: the accent rule under the letterhead.
            rule = header.paragraphs[0]
            rule._p.getparent().append(rule._p)  # after the table
            rule._p.get_or_add_pPr().get_or_add_pStyle().val = self.ids["Letterhead rule"]
        else:
            for k, (style, text) in enumerate(lines):
                self._para(header, style, text, reuse=k == 0)
            if lines:
                self._para(header, "Letterhead rule")
            else:
                self._para(header, "Header", reuse=True)

    def later_header(self, header: Any) -> None:
        header.is_linked_to_previous = False
        lh, meta = self.lh, self.doc.meta
        p = self._para(header, "Running head", reuse=True)
        if lh.logo_png and lh.repeat_logo:
            self._picture(p, lh.logo_png, lh.logo_size, (LOGO_BOX[0], SLIM_LOGO_H), lh.logo_alt)
            p._p.append(X.run("  "))
        p._p.append(X.run(self.clean(meta.short_title)))
        if lh.organization:
            p._p.append(X.run("\t\t" + self.clean(lh.organization)))

    # -- footers ---------------------------------------------------------------------------
    def footer(self, footer: Any) -> None:
        footer.is_linked_to_previous = False
        meta = self.doc.meta
        first = True
        if meta.more_mark:
            p = self._para(footer, "More mark", reuse=True)
            for r in X.more_mark_field(self.clean(meta.more_mark)):
                p._p.append(r)
            first = False
        p = self._para(footer, "Footer", reuse=first)
        p._p.append(X.run("\t" + self.clean(self.lh.footer) + "\t"))
        for r in self.page_label_runs():
            p._p.append(r)

    def page_label_runs(self) -> list[Any]:
        """``Page {n} / {m}`` with PAGE and NUMPAGES fields in place of the placeholders."""
        runs: list[Any] = []
        for piece in re.split(r"(\{n\}|\{m\})", self.clean(self.doc.meta.page_label)):
            if piece == "{n}":
                runs.extend(X.field("PAGE", "1"))
            elif piece == "{m}":
                runs.extend(X.field("NUMPAGES", "1"))
            elif piece:
                runs.append(X.run(piece))
        return runs


def _plain_table(table: Any) -> None:
    """No borders, no cell padding, fixed layout: a table used only to place things.

    Marked as a layout table the one way Word and LibreOffice have: its look has no header
    row or column (``w:tblLook firstRow="0"``), and it has no header row (``w:tblHeader``)
    or caption, so assistive technology reads its cells as text in order.
    """
    tblpr = table._tbl.tblPr
    for child in list(tblpr):
        if child.tag in (X.w("tblStyle"), X.w("tblLook")):
            tblpr.remove(child)
    layout = X.el("tblLayout", {"type": "fixed"})
    margins = X.el("tblCellMar", None, X.el("left", {"w": "0", "type": "dxa"}),
                   X.el("right", {"w": "0", "type": "dxa"}))
    # Schema order of tblPr: … tblW, jc, …, tblLayout, tblCellMar, tblLook.
    tblpr.append(layout)
    tblpr.append(margins)
    tblpr.append(X.el("tblLook", {"val": "0600", "firstRow": "0", "lastRow": "0",
                                  "firstColumn": "0", "lastColumn": "0", "noHBand": "1",
                                  "noVBand": "1"}))
    table.autofit = False


def plain_table(table: Any, *, right_pad: int = 0, bottom_pad: int = 0) -> None:
    _plain_table(table)
    if right_pad or bottom_pad:
        mar = table._tbl.tblPr.find(X.w("tblCellMar"))
        mar.append(X.el("bottom", {"w": str(bottom_pad), "type": "dxa"}))
        right = mar.find(X.w("right"))
        right.set(X.w("w"), str(right_pad))
        # Schema order inside tblCellMar: top, left (start), bottom, right (end).
        mar.remove(right)
        mar.append(right)


# -- properties and package ------------------------------------------------------------------
def set_properties(document: Any, doc: Document, clean: X.Sanitizer,
                   now: dt.datetime | None = None) -> None:
    now = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    cp = document.core_properties
    meta = doc.meta
    cp.title = clean(meta.title or meta.kind_label)[:255]
    cp.author = clean(meta.author)[:255]
    cp.subject = clean(meta.subject)[:255]
    cp.language = clean(meta.language)
    cp.last_modified_by = clean(meta.author)[:255]
    cp.comments = ""  # the template says "generated by python-docx"
    cp.revision = 1
    cp.created = now.replace(tzinfo=None)
    cp.modified = now.replace(tzinfo=None)
    root = cp._element
    for child in list(root):
        if not (child.text or "").strip() and len(child) == 0:
            root.remove(child)


def app_xml(doc: Document, clean: X.Sanitizer) -> bytes:
    company = escape(clean(doc.letterhead.organization))
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        'docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>0</TotalTime>'
        '<Application>Presskit</Application><DocSecurity>0</DocSecurity>'
        f'<ScaleCrop>false</ScaleCrop><Company>{company}</Company>'
        '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
        '<HyperlinksChanged>false</HyperlinksChanged></Properties>'
    ).encode()


def clean_package(document: Any, doc: Document, clean: X.Sanitizer, language: str,
                  theme: Any, fonts: bytes) -> None:
    """Drop the template's thumbnail, stale parts and settings; set app.xml, theme, fonts."""
    package = document.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == RT_THUMBNAIL:
            package.rels.pop(rid)
    for rid, rel in list(document.part.rels.items()):
        if rel.reltype in (RT_CUSTOM_XML, RT_STYLES_EFFECTS):
            document.part.rels.pop(rid)
    for rel in list(package.rels.values()):
        if rel.reltype.endswith("/extended-properties") and not rel.is_external:
            rel.target_part._blob = app_xml(doc, clean)
    for rel in document.part.rels.values():
        if rel.is_external:
            continue
        if rel.reltype.endswith("/theme"):
            rel.target_part._blob = theme(rel.target_part.blob)
        elif rel.reltype.endswith("/fontTable"):
            rel.target_part._blob = fonts
    settings = document.settings.element
    for tag in ("savePreviewPicture", "proofState", "rsids", "attachedTemplate"):
        for e in settings.findall(X.w(tag)):
            settings.remove(e)
    lang = settings.find(X.w("themeFontLang"))
    if lang is not None:
        lang.set(X.w("val"), language)
        lang.attrib.pop(X.w("eastAsia"), None)


def unique_drawing_ids(section: Any) -> None:
    """Give every picture (wp:docPr) in the headers an id unique in the whole document."""
    next_id = 1000
    for header in (section.first_page_header, section.header):
        for e in header._element.iter("{http://schemas.openxmlformats.org/drawingml/2006/"
                                      "wordprocessingDrawing}docPr"):
            e.set("id", str(next_id))
            next_id += 1
