"""The letterhead PDF, laid out with reportlab platypus from a composed Document.

Page 1 carries the full letterhead; continuation pages a slim header with the
short title, the organization and "page N / M". Fonts are the bundled Noto
families, embedded and subset, so text copies out cleanly.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from presskit import doctree as dtree
from presskit.doctree import Document
from presskit.renderers import pdf_images, rl_patches
from presskit.renderers.fonts import FontSet, bundled, default_finder, needs_shaping
from presskit.renderers.pdf_images import LOGO_BOX, MM
from presskit.renderers.pdf_text import FragmentBuilder, Marked
from presskit.textclean import Warning

PAPER_SIZES = {"a4": (595.2756, 841.8898), "letter": (612.0, 792.0)}
INK = "#1A1A1A"
GREY = "#5F6368"
LIGHT_RULE = "#C9CDD2"
EMBARGO_RED = "#A4161A"
EMBARGO_FILL = "#FCEDEE"
SLIM_LOGO_H = 7 * MM


@dataclass
class Geometry:
    width: float
    height: float
    left: float
    right: float
    top: float
    bottom: float
    header1: float  # height reserved for the page-1 letterhead, below the top margin
    header_n: float  # height reserved for the slim header on later pages
    footer: float  # height reserved above the bottom margin


class _Styles:
    def __init__(self, fonts: FontSet, text_color: str, accent: str):
        from reportlab.lib import colors
        from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        f = fonts
        ink = colors.HexColor(INK)
        grey = colors.HexColor(GREY)
        tc = colors.HexColor(text_color)
        self.accent = colors.HexColor(accent)
        self.text_color = tc
        base = ParagraphStyle("Body", fontName=f.regular, fontSize=10.5, leading=15.2,
                              textColor=ink, spaceAfter=7.5, alignment=TA_LEFT,
                              splitLongWords=1, allowWidows=0, allowOrphans=0,
                              uriWasteReduce=0.3,
                              # Ragged-right text keeps even word spacing: no line is
                              # squeezed past the margin by shrinking its spaces (reportlab
                              # allows 5%, and checks it with a loop over the whole line
                              # for every word of a paragraph that mixes styles).
                              spaceShrinkage=0)
        self.body = base
        self.kind = ParagraphStyle("Kind", parent=base, fontName=f.bold, fontSize=11,
                                   leading=14, textColor=tc, spaceAfter=2)
        self.release = ParagraphStyle("Release", parent=base, fontName=f.bold, fontSize=8.5,
                                      leading=11, textColor=grey, spaceAfter=8)
        self.embargo = ParagraphStyle("Embargo", parent=base, fontName=f.bold, fontSize=11,
                                      leading=14.5, textColor=colors.HexColor(EMBARGO_RED),
                                      spaceAfter=0)
        self.meta = ParagraphStyle("Meta", parent=base, fontSize=9.5, leading=12.5,
                                   textColor=grey, spaceAfter=0)
        self.meta_right = ParagraphStyle("MetaRight", parent=self.meta, alignment=TA_RIGHT)
        self.title = ParagraphStyle("Title", parent=base, fontName=f.bold, fontSize=19.5,
                                    leading=24, textColor=ink, spaceBefore=12, spaceAfter=6)
        self.subtitle = ParagraphStyle("Subtitle", parent=base, fontSize=12.5, leading=17,
                                       textColor=colors.HexColor("#3C4043"), spaceAfter=12)
        self.intertitle = ParagraphStyle("Intertitle", parent=base, fontName=f.bold,
                                         fontSize=11.5, leading=15, textColor=tc,
                                         spaceBefore=8, spaceAfter=4, keepWithNext=1)
        self.list = ParagraphStyle("List", parent=base, spaceAfter=3.5)
        self.quote = ParagraphStyle("Quote", parent=base, fontName=f.italic, fontSize=11,
                                    leading=15.8, spaceAfter=3)
        self.attribution = ParagraphStyle("Attribution", parent=base, fontName=f.bold,
                                          fontSize=9.5, leading=12.5, textColor=grey,
                                          spaceAfter=0)
        self.section = ParagraphStyle("Section", parent=base, fontName=f.bold, fontSize=10.5,
                                      leading=14, textColor=tc, spaceBefore=14,
                                      spaceAfter=5, keepWithNext=1)
        self.boilerplate = ParagraphStyle("Boilerplate", parent=base, fontSize=9.2,
                                          leading=13, textColor=colors.HexColor("#333333"),
                                          spaceAfter=5)
        self.contact = ParagraphStyle("Contact", parent=base, fontSize=9.2, leading=12.6,
                                      spaceAfter=0)
        self.end = ParagraphStyle("End", parent=base, fontName=f.bold, fontSize=10,
                                  alignment=TA_CENTER, spaceBefore=16, textColor=ink)


class _PdfBuilder:
    def __init__(self, doc: Document):
        from reportlab.lib.colors import HexColor

        rl_patches.install()
        self.doc = doc
        self.lh = doc.letterhead
        self.fonts = bundled(self.lh.font)
        self.finder = default_finder()
        self.mk = FragmentBuilder(self.fonts, self.finder, self.lh.text_color)
        self.st = _Styles(self.fonts, self.lh.text_color, self.lh.color)
        self._list_styles: dict[int, Any] = {}
        self.hex = HexColor
        self.logo = self._image(self.lh.logo_png)
        self.logo2 = self._image(self.lh.secondary_logo_png)
        self.geo = self._geometry()

    # -- images ------------------------------------------------------------------------
    @staticmethod
    def _image(png: bytes | None) -> Any:
        if not png:
            return None
        return pdf_images.prepare(png)

    def _logo_size(self, img: Any, box_w: float, box_h: float) -> tuple[float, float]:
        w, h = img.getSize()
        if w <= 0 or h <= 0:
            return 0.0, 0.0
        scale = min(box_w / w, box_h / h)
        return w * scale, h * scale

    # -- geometry ----------------------------------------------------------------------
    def _text_block_lines(self) -> list[tuple[str, str, float]]:
        """(markup, font, size) lines of the letterhead's text block, top to bottom."""
        lh = self.lh
        lines: list[tuple[str, str, float]] = []
        if lh.organization:
            lines.append((lh.organization, self.fonts.bold, 12.5))
        for line in lh.address_lines:
            lines.append((line, self.fonts.regular, 8.2))
        web = " · ".join([x for x in [lh.website, *lh.social] if x])
        if web:
            lines.append((web, self.fonts.regular, 8.2))
        return lines

    def _geometry(self) -> Geometry:
        p = self.doc.page
        width, height = PAPER_SIZES.get(p.paper, PAPER_SIZES["a4"])
        lines = self._text_block_lines()
        text_h = sum(size * 1.32 for _, _, size in lines)
        logo_h = self._logo_size(self.logo, *LOGO_BOX)[1] if self.logo else 0.0
        if self.logo2:
            logo_h = max(logo_h, self._logo_size(self.logo2, LOGO_BOX[0] * 0.8, LOGO_BOX[1])[1])
        header1 = max(text_h, logo_h)
        header1 = header1 + 7 * MM if header1 else 0.0  # space for the accent rule below it
        footer = 8 * MM if (self.lh.footer or self.doc.meta.more_mark) else 5 * MM
        return Geometry(width, height, p.margin_left * MM, p.margin_right * MM,
                        p.margin_top * MM, p.margin_bottom * MM, header1,
                        (SLIM_LOGO_H + 4 * MM) if (self.logo and self.lh.repeat_logo) else 9 * MM,
                        footer)

    # -- flowables ---------------------------------------------------------------------
    def para(self, marked: Marked, style: Any, bullet: str | None = None) -> Any:
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import Paragraph

        plain = marked.plain()
        if needs_shaping(plain):
            style = ParagraphStyle(style.name + "-shaped", parent=style, shaping=1)
        return Paragraph(plain, style, bulletText=bullet, frags=self.mk.frags(marked, style))

    def flowables(self) -> list[Any]:
        from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

        st, mk = self.st, self.mk
        out: list[Any] = []
        content_w = self.geo.width - self.geo.left - self.geo.right
        blocks = self.doc.blocks
        i = 0
        while i < len(blocks):
            b = blocks[i]
            f = b.field
            if isinstance(b, dtree.KindLabel):
                out.append(self.para(mk.text(b.text, f), st.kind))
            elif isinstance(b, dtree.ReleaseLine):
                if b.embargo:
                    t = Table([[self.para(mk.text(b.text, f), st.embargo)]], colWidths=[content_w])
                    t.setStyle(TableStyle([
                        ("BOX", (0, 0), (-1, -1), 1.4, self.hex(EMBARGO_RED)),
                        ("BACKGROUND", (0, 0), (-1, -1), self.hex(EMBARGO_FILL)),
                        ("TOPPADDING", (0, 0), (-1, -1), 6),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                        ("LEFTPADDING", (0, 0), (-1, -1), 9),
                    ]))
                    out.append(Spacer(1, 3))
                    out.append(t)
                    out.append(Spacer(1, 8))
                else:
                    out.append(self.para(mk.text(b.text, f), st.release))
            elif isinstance(b, dtree.Meta):
                left = self.para(mk.text(b.dateline, "date"), st.meta)
                right = self.para(mk.text(b.reference, "reference"), st.meta_right)
                t = Table([[left, right]], colWidths=[content_w * 0.62, content_w * 0.38])
                t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                       ("TOPPADDING", (0, 0), (-1, -1), 0),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                out.append(t)
            elif isinstance(b, dtree.Title):
                out.append(self.para(mk.text(b.text, f), st.title))
            elif isinstance(b, dtree.Subtitle):
                out.append(self.para(mk.text(b.text, f), st.subtitle))
            elif isinstance(b, dtree.Paragraph):
                style = st.boilerplate if b.style == "boilerplate" else st.body
                out.append(self.para(mk.runs(b.runs, f), style))
            elif isinstance(b, dtree.Intertitle):
                out.append(self.para(mk.runs(b.runs, f), st.intertitle))
            elif isinstance(b, dtree.ListBlock):
                out.extend(self._list(b))
            elif isinstance(b, dtree.QuoteBlock):
                out.append(self._quote(b, content_w))
            elif isinstance(b, dtree.SectionHeading):
                out.append(self.para(mk.text(b.text, f), st.section))
            elif isinstance(b, dtree.ContactBlock):
                group = [b]
                while i + 1 < len(blocks) and isinstance(blocks[i + 1], dtree.ContactBlock):
                    i += 1
                    group.append(blocks[i])  # type: ignore[arg-type]
                out.append(self._contacts(group, content_w))
            elif isinstance(b, dtree.EndMark):
                out.append(self.para(mk.text(b.text, f), st.end))
            i += 1
        # Keep the section heading with what follows (handled by keepWithNext) and the
        # kind/release/meta/title group together on page 1.
        head = 0
        while head < len(out) and head < 6 and not isinstance(blocks[min(head, len(blocks) - 1)],
                                                               (dtree.Paragraph, dtree.ListBlock)):
            head += 1
        if head > 1:
            out[:head] = [KeepTogether(out[:head])]
        return out

    def _list(self, b: dtree.ListBlock) -> list[Any]:
        from reportlab.lib.styles import ParagraphStyle

        items = []
        for item in b.items:
            style = self._list_styles.get(item.level)
            if style is None:
                indent = 16 + 16 * item.level
                style = self._list_styles[item.level] = ParagraphStyle(
                    f"List{item.level}", parent=self.st.list, leftIndent=indent,
                    bulletIndent=indent - 12)
            bullet = f"{item.number}." if item.ordered else ("•" if item.level % 2 == 0 else "–")
            items.append(self.para(self.mk.runs(item.runs, b.field), style, bullet))
        if items:
            items[-1].style = ParagraphStyle("ListLast", parent=items[-1].style, spaceAfter=8)
        return items

    def _quote(self, b: dtree.QuoteBlock, content_w: float) -> Any:
        from reportlab.platypus import KeepTogether, Table, TableStyle

        cells: list[Any] = []
        if b.runs:
            cells.append(self.para(self.mk.runs(b.runs, b.field + ".text"), self.st.quote))
        if b.attribution:
            cells.append(self.para(self.mk.text(b.attribution, b.field + ".speaker"),
                                   self.st.attribution))
        t = Table([[c] for c in cells], colWidths=[content_w - 10])
        t.setStyle(TableStyle([
            ("LINEBEFORE", (0, 0), (0, -1), 2.6, self.st.accent),
            ("LEFTPADDING", (0, 0), (-1, -1), 12),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]))
        t.spaceBefore = 6
        t.spaceAfter = 10
        return KeepTogether([t])

    def _contacts(self, group: list[dtree.ContactBlock], content_w: float) -> Any:
        from reportlab.platypus import Table, TableStyle

        mk, st = self.mk, self.st
        cells = []
        for c in group:
            lines = []
            if c.name:
                lines.append(mk.text(c.name, c.field + ".name", bold=True))
            if c.role:
                lines.append(mk.text(c.role, c.field + ".role"))
            if c.phone:
                lines.append(mk.text(c.phone_line, c.field + ".phone"))
            if c.email:
                lines.append(mk.runs([dtree.Run(c.email_label + " "),
                                      dtree.Run(c.email, href=f"mailto:{c.email}")],
                                     c.field + ".email"))
            cells.append(self.para(Marked.lines(lines), st.contact))
        cols = 2 if len(cells) > 1 else 1
        rows = [cells[k:k + cols] + [""] * (cols - len(cells[k:k + cols]))
                for k in range(0, len(cells), cols)]
        t = Table(rows, colWidths=[content_w / cols] * cols)
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
        return t

    # -- page furniture ----------------------------------------------------------------
    def first_page(self, canv: Any, _doc: Any) -> None:
        g, lh = self.geo, self.lh
        top = g.height - g.top
        x_right = g.width - g.right
        canv.saveState()
        logo_w = 0.0
        if self.logo:
            w, h = self._logo_size(self.logo, *LOGO_BOX)
            pdf_images.draw(canv, self.logo, g.left, top - h, w, h)
            logo_w = w
        if self.logo2:
            w2, h2 = self._logo_size(self.logo2, LOGO_BOX[0] * 0.8, LOGO_BOX[1])
            x2 = g.left + logo_w + (6 * MM if logo_w else 0)
            pdf_images.draw(canv, self.logo2, x2, top - h2, w2, h2)
        lines = self._text_block_lines()
        y = top
        for k, (text, font, size) in enumerate(lines):
            y -= size * 1.1 if k == 0 else size * 1.32
            canv.setFont(font, size)
            canv.setFillColor(self.hex(lh.text_color if k == 0 and lh.organization else GREY))
            self._draw_text_right(canv, x_right, y, text, font, size)
        if g.header1:
            rule_y = g.height - g.top - g.header1 + 3 * MM
            canv.setStrokeColor(self.hex(lh.color))
            canv.setLineWidth(1.3)
            canv.line(g.left, rule_y, x_right, rule_y)
        canv.restoreState()

    def _draw_text_right(self, canv: Any, x: float, y: float, text: str, font: str,
                         size: float) -> None:
        """Right-aligned single line, with fallback fonts for characters the family lacks."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        pieces = self._font_pieces(text, font)
        total = sum(stringWidth(t, f, size) for t, f in pieces)
        cx = x - total
        for t, f in pieces:
            canv.setFont(f, size)
            canv.drawString(cx, y, t)
            cx += stringWidth(t, f, size)

    def _font_pieces(self, text: str, font: str) -> list[tuple[str, str]]:
        pieces: list[tuple[str, str]] = []
        for ch in text:
            f = font
            if ord(ch) not in self.fonts.cmap and not ch.isspace():
                fb = self.finder.font_for(ch)
                if fb is None:
                    self.mk.missing["letterhead"].add(ch)
                    ch = f"[U+{ord(ch):04X}]"
                else:
                    f = fb.name
            if pieces and pieces[-1][1] == f:
                pieces[-1] = (pieces[-1][0] + ch, f)
            else:
                pieces.append((ch, f))
        return pieces

    def later_pages(self, canv: Any, _doc: Any) -> None:
        g, lh = self.geo, self.lh
        canv.saveState()
        top = g.height - g.top
        x = g.left
        if self.logo and lh.repeat_logo:
            w, h = self._logo_size(self.logo, LOGO_BOX[0], SLIM_LOGO_H)
            pdf_images.draw(canv, self.logo, x, top - h, w, h)
            x += w + 4 * MM
            base = top - h + 1
        else:
            base = top - 8
        from reportlab.pdfbase.pdfmetrics import stringWidth

        canv.setFillColor(self.hex(GREY))
        # The short title gets what the right-hand label (organization · Page NN / NN) leaves.
        label = self.doc.meta.page_label.format(n=88, m=88)
        org = self.lh.organization
        right = f"{org}  ·  {label}" if org else label
        right_w = sum(stringWidth(t, f, 8) for t, f in self._font_pieces(right, self.fonts.regular))
        room = (g.width - g.right) - right_w - 6 * MM - x
        pieces = self._font_pieces(self.doc.meta.short_title, self.fonts.regular)
        for t, f in _fit_pieces(pieces, room, 8):
            canv.setFont(f, 8)
            canv.drawString(x, base, t)
            x += stringWidth(t, f, 8)
        rule_y = g.height - g.top - g.header_n + 2.5 * MM
        canv.setStrokeColor(self.hex(LIGHT_RULE))
        canv.setLineWidth(0.6)
        canv.line(g.left, rule_y, g.width - g.right, rule_y)
        canv._presskit_slim_base = base  # page label drawn when the page count is known
        canv.restoreState()

    def footer_line(self, canv: Any) -> None:
        g, lh = self.geo, self.lh
        if not lh.footer:
            return
        canv.saveState()
        canv.setFillColor(self.hex(GREY))
        pieces = self._font_pieces(lh.footer, self.fonts.regular)
        from reportlab.pdfbase.pdfmetrics import stringWidth

        total = sum(stringWidth(t, f, 7) for t, f in pieces)
        cx = (g.width - total) / 2
        for t, f in pieces:
            canv.setFont(f, 7)
            canv.drawString(cx, g.bottom, t)
            cx += stringWidth(t, f, 7)
        canv.restoreState()

    # -- build ---------------------------------------------------------------------------
    def build(self, out: io.BytesIO) -> int:
        from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageTemplate

        g = self.geo
        meta = self.doc.meta
        frame_w = g.width - g.left - g.right
        first = Frame(g.left, g.bottom + g.footer, frame_w,
                      g.height - g.top - g.header1 - g.bottom - g.footer,
                      id="first", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        later = Frame(g.left, g.bottom + g.footer, frame_w,
                      g.height - g.top - g.header_n - g.bottom - g.footer,
                      id="later", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        builder = self

        def on_first(canv: Any, d: Any) -> None:
            builder.first_page(canv, d)
            builder.footer_line(canv)

        def on_later(canv: Any, d: Any) -> None:
            builder.later_pages(canv, d)
            builder.footer_line(canv)

        template = BaseDocTemplate(
            out, pagesize=(g.width, g.height), leftMargin=g.left, rightMargin=g.right,
            topMargin=g.top, bottomMargin=g.bottom, title=meta.title or meta.kind_label,
            author=meta.author, subject=meta.subject, creator="Presskit",
            producer="Presskit", keywords="", lang=meta.language, invariant=1,
            pageCompression=1,
        )
        template.addPageTemplates([
            PageTemplate(id="First", frames=[first], onPage=on_first),
            PageTemplate(id="Later", frames=[later], onPage=on_later),
        ])
        story = [NextPageTemplate("Later"), *self.flowables()]
        canvasmaker = _numbered_canvas(self)
        template.build(story, canvasmaker=canvasmaker)
        return int(canvasmaker.pages)

    def page_furniture(self, canv: Any, page: int, total: int) -> None:
        """Drawn once the page count is known: "Page N / M" and the "-more-" mark."""
        g, meta = self.geo, self.doc.meta
        label = meta.page_label.format(n=page, m=total)
        canv.saveState()
        canv.setFillColor(self.hex(GREY))
        if page > 1:
            base = getattr(canv, "_presskit_slim_base", g.height - g.top - 8)
            org = self.lh.organization
            text = f"{org}  ·  {label}" if org else label
            self._draw_text_right(canv, g.width - g.right, base, text, self.fonts.regular, 8)
        elif total > 1:
            self._draw_text_right(canv, g.width - g.right, g.bottom, label, self.fonts.regular, 7)
        if meta.more_mark and page < total:
            canv.setFont(self.fonts.bold, 8.5)
            canv.setFillColor(self.hex(INK))
            canv.drawCentredString(g.width / 2, g.bottom + 4.2 * MM, meta.more_mark)
        canv.restoreState()


def _fit_pieces(pieces: list[tuple[str, str]], width: float, size: float) -> list[tuple[str, str]]:
    """Cut (text, font) pieces to *width* points, ending with an ellipsis if anything was cut."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    total = sum(stringWidth(t, f, size) for t, f in pieces)
    if total <= width:
        return pieces
    out: list[tuple[str, str]] = []
    used = 0.0
    ellipsis_w = stringWidth("…", pieces[0][1], size) if pieces else 0.0
    for text, font in pieces:
        kept = ""
        for ch in text:
            w = stringWidth(ch, font, size)
            if used + w + ellipsis_w > width:
                break
            kept += ch
            used += w
        else:
            out.append((text, font))
            continue
        kept = kept.rstrip(" ,;:—-")
        if kept:
            out.append((kept, font))
        break
    if out:
        out.append(("…", out[-1][1]))
    return out


def _numbered_canvas(builder: _PdfBuilder) -> Any:
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        """Defers each page's "page N / M" until the total is known."""

        pages = 0

        def __init__(self, *args: Any, **kwargs: Any):
            kwargs.setdefault("initialFontName", builder.fonts.regular)
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            NumberedCanvas.pages = total
            for n, state in enumerate(self._saved, start=1):
                self.__dict__.update(state)
                builder.page_furniture(self, n, total)
                super().showPage()
            super().save()

    return NumberedCanvas


@dataclass
class PdfResult:
    data: bytes
    pages: int
    warnings: list[Warning]


def render_pdf(doc: Document) -> PdfResult:
    """Lay the document out as a letterhead PDF and return its bytes."""
    from presskit.gcpause import paused

    with paused():
        builder = _PdfBuilder(doc)
        buf = io.BytesIO()
        pages = builder.build(buf)
        return PdfResult(buf.getvalue(), pages, builder.mk.warnings())
