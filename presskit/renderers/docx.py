"""The Word document, built with python-docx from a composed Document.

Every block becomes a paragraph in a named style ("Kind label", "Meta",
"Title", "Body", "Intertitle", "List", "Quote", "Attribution", "Contact",
"Boilerplate", "End mark"…), each based on a Word built-in, with no hand-set
formatting: bold and italic use the built-in Strong and Emphasis character
styles, links are real hyperlinks, lists use Word numbering; the letters of a
French ordinal (1er, XXIe) are superscript runs (``w:vertAlign``). The letterhead
sits in the headers, with a different first page (see ``docx_page``). Raw
XML is used only where python-docx has no API (``docx_xml``).
"""

from __future__ import annotations

import datetime as dt
import functools
import io
from dataclasses import dataclass, field
from typing import Any

from presskit import doctree as dtree
from presskit.doctree import Document
from presskit.renderers import docx_xml as X
from presskit.textclean import Warning


@dataclass
class DocxResult:
    data: bytes
    warnings: list[Warning] = field(default_factory=list)


@functools.cache
def _template() -> bytes:
    """python-docx's default template without the parts we never want (read once)."""
    import docx

    return _slim_template(docx.Document())


def _slim_template(document: Any) -> bytes:
    """Drop the ~150 table styles we never use: a smaller, faster file to parse and save."""
    root = document.styles.element
    keep = {"TableNormal", "TableGrid"}
    for style in root.findall(X.w("style")):
        if style.get(X.w("type")) == "table" and style.get(X.w("styleId")) not in keep:
            root.remove(style)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


@functools.lru_cache(maxsize=16)
def _styles_part(text_color: str, accent: str, content_width: int, language: str,
                 family: str) -> tuple[bytes, tuple[tuple[str, str], ...]]:
    """styles.xml and the style ids for one set of letterhead colours, page width,
    language and font family. Defining the styles through python-docx is most of a
    render's time, and the result depends on nothing else, so it is made once."""
    import docx
    from lxml import etree

    from presskit.renderers.docx_styles import StyleSheet, is_rtl, set_doc_defaults

    document = docx.Document(io.BytesIO(_template()))
    set_doc_defaults(document.styles.element, language, family)
    sheet = StyleSheet(document, text_color=text_color, accent=accent,
                       content_width=content_width, rtl=is_rtl(language))
    sheet.build()
    return etree.tostring(document.styles.element), tuple(sheet.ids.items())


class _DocxBuilder:
    def __init__(self, doc: Document, now: dt.datetime | None = None):
        import docx

        from presskit.renderers import docx_page as page

        self.doc = doc
        self.now = now
        self.clean = X.Sanitizer()
        self.document = docx.Document(io.BytesIO(_template()))
        self.section = self.document.sections[0]
        has_footer_line = bool(doc.letterhead.footer or doc.meta.more_mark)
        self.geo = page.Geometry(doc, has_footer_line=has_footer_line)
        self.family = doc.letterhead.font if doc.letterhead.font in ("Noto Sans", "Noto Serif") \
            else "Noto Sans"
        self.language = self.clean(doc.meta.language).strip() or "en-US"
        self.ids: dict[str, str] = {}
        self.body = self.document.element.body
        self.sect_pr = self.body.find(X.w("sectPr"))
        self.numbering: X.Numbering | None = None
        self._links: dict[str, str] = {}

    @staticmethod
    def _hex(color: str) -> str:
        c = (color or "").strip().lstrip("#")
        if len(c) == 6 and all(ch in "0123456789abcdefABCDEF" for ch in c):
            return "#" + c.upper()
        return "#1F3A5F"

    # -- building blocks ---------------------------------------------------------------------
    def para(self, style: str, container: Any = None) -> Any:
        p = X.el("p", None, X.el("pPr", None, X.el("pStyle", {"val": self.ids[style]})))
        if container is None:
            self.sect_pr.addprevious(p)
        else:
            container.append(p)
        return p

    def text_para(self, style: str, text: str, container: Any = None) -> Any:
        p = self.para(style, container)
        text = self.clean(text)
        if text:
            p.append(X.run(text))
        return p

    def runs(self, p: Any, runs: list[dtree.Run]) -> None:
        for r in runs:
            text = self.clean(r.text)
            if not text:
                continue
            if r.href:
                style = "Hyperlink"
            elif r.bold:
                style = "Strong"
            elif r.italic:
                style = "Emphasis"
            else:
                style = ""
            bold = r.bold and style != "Strong"
            italic = r.italic and style != "Emphasis"
            elem = X.run(text, self.ids[style] if style else None, bold=bold, italic=italic)
            if r.sup:
                _superscript(elem)
            if r.href:
                target = X.safe_target(r.href)
                if target:
                    p.append(X.hyperlink(self._link(target), [elem]))
                    continue
            p.append(elem)

    def _link(self, target: str) -> str:
        r_id = self._links.get(target)
        if r_id is None:
            r_id = self.document.part.relate_to(target, X.RT_HYPERLINK, is_external=True)
            self._links[target] = r_id
        return r_id

    # -- blocks ------------------------------------------------------------------------------
    def blocks(self) -> None:
        for b in self.doc.blocks:
            if isinstance(b, dtree.KindLabel):
                self.text_para("Kind label", b.text)
            elif isinstance(b, dtree.ReleaseLine):
                self.text_para("Embargo" if b.embargo else "Release line", b.text)
            elif isinstance(b, dtree.Meta):
                self.meta(b)
            elif isinstance(b, dtree.Title):
                self.runs(self.para("Title"), dtree.styled_runs(b.text, b.sup))
            elif isinstance(b, dtree.Subtitle):
                self.runs(self.para("Subtitle"), dtree.styled_runs(b.text, b.sup))
            elif isinstance(b, dtree.Paragraph):
                style = "Boilerplate" if b.style == "boilerplate" else "Body"
                self.runs(self.para(style), b.runs)
            elif isinstance(b, dtree.Intertitle):
                self.runs(self.para("Intertitle"), b.runs)
            elif isinstance(b, dtree.ListBlock):
                self.list_block(b)
            elif isinstance(b, dtree.QuoteBlock):
                if b.runs:
                    self.runs(self.para("Quote"), b.runs)
                if b.attribution:
                    self.runs(self.para("Attribution"),
                              dtree.styled_runs(b.attribution, b.attribution_sup))
            elif isinstance(b, dtree.SectionHeading):
                self.text_para("Section heading", b.text)
            elif isinstance(b, dtree.ContactList):
                self.contacts(b.contacts)
            elif isinstance(b, dtree.EndMark):
                self.text_para("End mark", b.text)

    def meta(self, b: dtree.Meta) -> None:
        """Date line left, reference right (a right tab stop in the Meta style)."""
        p = self.para("Meta")
        reference = self.clean(b.reference)
        if b.dateline:
            self.runs(p, dtree.styled_runs(b.dateline, b.dateline_sup))
        if reference:
            p.append(X.run("\t" + reference))

    def list_block(self, b: dtree.ListBlock) -> None:
        if self.numbering is None:
            part = self.document.part.numbering_part
            self.numbering = X.Numbering(part.element, self.family)
        numbering = self.numbering
        # One entry per open level: (ordered, numId, last number).
        open_levels: list[tuple[bool, int, int]] = []
        for item in b.items:
            level = max(0, min(item.level, 8))
            del open_levels[level + 1:]
            while len(open_levels) < level:  # a level skipped: bullets fill the gap
                open_levels.append((False, numbering.bullets(), 0))
            current = open_levels[level] if len(open_levels) > level else None
            if item.ordered:
                if current is None or not current[0] or item.number != current[2] + 1:
                    current = (True, numbering.ordered(level, item.number), item.number)
                else:
                    current = (True, current[1], item.number)
            elif current is None or current[0]:
                current = (False, numbering.bullets(), 0)
            if len(open_levels) > level:
                open_levels[level] = current
            else:
                open_levels.append(current)
            p = self.para("List")
            X.put(p.find(X.w("pPr")), X.num_pr(current[1], level))
            self.runs(p, item.runs)

    def contacts(self, group: list[dtree.ContactBlock]) -> None:
        """Two columns, as in the PDF; each line of a contact its own paragraph. A layout
        table (``plain_table``): no header row, and no empty cell: after an odd number of
        contacts the last one spans the row, so no paragraph stands empty for spacing."""
        from docx.shared import Twips

        from presskit.renderers.docx_page import plain_table

        cols = 2 if len(group) > 1 else 1
        rows = (len(group) + cols - 1) // cols
        cw = self.geo.content_width
        table = self.document.add_table(rows, cols)
        plain_table(table, right_pad=200, bottom_pad=160)
        for col in table.columns:
            col.width = Twips(cw // cols)
        for cell in (c for row in table.rows for c in row.cells):
            cell.width = Twips(cw // cols)
        if len(group) % cols:
            last = table.rows[-1].cells
            last[0].merge(last[-1]).width = Twips(cw)
        for k, c in enumerate(group):
            tc = table.cell(k // cols, k % cols)._tc
            for p in tc.findall(X.w("p")):
                tc.remove(p)
            self.contact(c, tc)

    def contact(self, c: dtree.ContactBlock, tc: Any) -> None:
        lines = 0
        if c.name:
            self.text_para("Contact name", c.name, tc)
            lines += 1
        if c.role:
            self.runs(self.para("Contact", tc), dtree.styled_runs(c.role, c.role_sup))
            lines += 1
        if c.phone:
            self.text_para("Contact", c.phone_line, tc)
            lines += 1
        if c.email:
            line = c.email_line
            p = self.para("Contact", tc)
            if line.endswith(c.email):
                prefix = line[: len(line) - len(c.email)]
                self.runs(p, [dtree.Run(prefix), dtree.Run(c.email, href=f"mailto:{c.email}")])
            else:
                self.runs(p, [dtree.Run(line)])
            lines += 1
        if not lines:
            self.para("Contact", tc)

    # -- the whole document ------------------------------------------------------------------
    def build(self) -> DocxResult:
        from docx.oxml import parse_xml

        from presskit.renderers import docx_page as page
        from presskit.renderers import docx_styles as S

        document = self.document
        page.setup_section(self.section, self.geo)
        lh = self.doc.letterhead
        blob, ids = _styles_part(self._hex(lh.text_color), self._hex(lh.color),
                                 self.geo.content_width, self.language, self.family)
        document.part._styles_part._element = parse_xml(blob)
        self.ids.update(ids)
        self.blocks()
        furniture = page.PageFurniture(self.doc, self.section, self.ids, self.clean, self.geo)
        furniture.build()
        page.unique_drawing_ids(self.section)
        page.set_properties(document, self.doc, self.clean, self.now)
        fonts = S.language_fonts(self.language, self.family)
        page.clean_package(document, self.doc, self.clean, self.language,
                           lambda blob: S.theme_with_fonts(blob, self.family),
                           S.font_table_xml([self.family, fonts["eastAsia"], fonts["cs"]]))
        buf = io.BytesIO()
        document.save(buf)
        warnings = list(furniture.warnings)
        if self.clean.removed:
            warnings.append(Warning("docx", f"removed {self.clean.removed} character(s) that a "
                                            "Word document cannot hold"))
        return DocxResult(buf.getvalue(), warnings)


def _superscript(run: Any) -> None:
    """Set a ``w:r`` as a superscript (French ordinals: 1er, XXIe). Direct formatting, as
    bold and italic are when combined with another style: a run has one character style."""
    rpr = run.find(X.w("rPr"))
    if rpr is None:
        rpr = X.el("rPr")
        run.insert(0, rpr)
    rpr.append(X.el("vertAlign", {"val": "superscript"}))


def render_docx(doc: Document, *, now: dt.datetime | None = None) -> DocxResult:
    """Lay the document out as an editable Word document and return its bytes.

    Under ``SOURCE_DATE_EPOCH`` the properties and every ZIP member carry that moment, so
    the same release gives the same bytes (python-docx dates its members now)."""
    from presskit.gcpause import paused
    from presskit.renderers.pdf_dates import source_date_epoch

    epoch = source_date_epoch()
    if now is None and epoch is not None:
        now = dt.datetime.fromtimestamp(epoch, dt.UTC)
    with paused():
        result = _DocxBuilder(doc, now).build()
    if epoch is not None and now is not None:
        result.data = _dated_package(result.data, now)
    return result


def _dated_package(data: bytes, when: dt.datetime) -> bytes:
    """The package again, its members in the same order, each dated *when* (UTC)."""
    import zipfile

    stamp = max(when.astimezone(dt.UTC).timetuple()[:6], (1980, 1, 1, 0, 0, 0))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=stamp)
            member.compress_type = info.compress_type
            member.external_attr = info.external_attr
            dst.writestr(member, src.read(info))
    return out.getvalue()
