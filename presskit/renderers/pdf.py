"""The letterhead PDF, laid out with reportlab platypus from a composed Document.

Page 1 carries the full letterhead; continuation pages a slim header with the
short title, the organization and "page N / M". Fonts are the bundled Noto
families, embedded and subset, so text copies out cleanly.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from presskit import doctree as dtree
from presskit.doctree import Document
from presskit.renderers import pdf_images
from presskit.renderers.fonts import FontSet, bundled, default_finder, needs_shaping
from presskit.renderers.house_style import EMBARGO_FILL, EMBARGO_RED, HOUSE, TEXT, TextStyle
from presskit.renderers.pdf_images import LOGO_BOX, MM
from presskit.renderers.pdf_page import (
    GREY,
    INK,
    LIGHT_RULE,
    PAPER_SIZES,
    SLIM_LOGO_H,
    Furniture,
    Geometry,
)
from presskit.renderers.pdf_text import FragmentBuilder, Marked
from presskit.renderers.rl import backend as rl_backend
from presskit.renderers.rl import patches as rl_patches
from presskit.renderers.rl.canvas import numbered_canvas
from presskit.renderers.rl.tagging import Metadata, Node, StructTree, UntaggedTree
from presskit.textclean import Warning

__all__ = [
    "EMBARGO_FILL",
    "EMBARGO_RED",
    "GREY",
    "INK",
    "LIGHT_RULE",
    "LOGO_BOX",
    "MM",
    "PAPER_SIZES",
    "SLIM_LOGO_H",
    "Geometry",
    "PdfResult",
    "RenderCancelled",
    "render_pdf",
]


class _Styles:
    """The house style (``house_style.HOUSE``) as reportlab paragraph styles."""

    def __init__(self, fonts: FontSet, text_color: str, accent: str):
        from reportlab.lib import colors

        self.fonts = fonts
        self.accent = colors.HexColor(accent)
        self.text_color = colors.HexColor(text_color)
        h = HOUSE
        self.body = base = self.style("Body", h.body, splitLongWords=1, allowWidows=0,
                                      allowOrphans=0, uriWasteReduce=0.3,
                                      # Ragged-right text keeps even word spacing: no line
                                      # is squeezed past the margin by shrinking its spaces
                                      # (reportlab allows 5%, and checks it with a loop over
                                      # the whole line for every word of a paragraph that
                                      # mixes styles).
                                      spaceShrinkage=0)
        self.kind = self.style("Kind", h.kind, base)
        self.release = self.style("Release", h.release, base)
        self.embargo = self.style("Embargo", h.embargo, base)
        self.meta = self.style("Meta", h.meta, base)
        self.meta_right = self.style("MetaRight", replace(h.meta, align="right"), base)
        self.title = self.style("Title", h.title, base)
        self.subtitle = self.style("Subtitle", h.subtitle, base)
        self.intertitle = self.style("Intertitle", h.intertitle, base)  # kept with next
        # Bullets and numbers in the family's font, embedded with their Unicode mapping
        # like all text (reportlab's default is Helvetica, which is never embedded).
        self.list = self.style("List", h.list, base, bulletFontName=fonts.regular,
                               bulletFontSize=h.list.size)
        self.quote = self.style("Quote", h.quote, base)
        self.attribution = self.style("Attribution", h.attribution, base)
        self.section = self.style("Section", h.section, base)  # kept with what follows
        self.boilerplate = self.style("Boilerplate", h.boilerplate, base)
        self.contact = self.style("Contact", h.contact, base)
        self.end = self.style("End", h.end, base)
        # Letterhead and footer text too long for the page furniture, set in the flow.
        self.letterhead = self.style("Letterhead", h.letterhead, base)
        self.footer = self.style("Footer", h.footer, base)

    def color(self, value: str) -> Any:
        from reportlab.lib import colors

        return self.text_color if value == TEXT else colors.HexColor(value)

    def style(self, name: str, spec: TextStyle, parent: Any = None, **extra: Any) -> Any:
        from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        align = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}[spec.align]
        return ParagraphStyle(name, parent=parent, fontName=getattr(self.fonts, spec.font),
                              fontSize=spec.size, leading=spec.leading,
                              textColor=self.color(spec.color), spaceBefore=spec.before,
                              spaceAfter=spec.after, alignment=align, **extra)


class RenderCancelled(Exception):
    """Raised by ``render_pdf`` when its *should_stop* says the PDF is no longer wanted."""


class _PdfBuilder:
    def __init__(self, doc: Document, should_stop: Callable[[], bool] | None = None,
                 tagged: bool = True):
        from reportlab.lib.colors import HexColor

        rl_patches.install()
        self.doc = doc
        self.should_stop = should_stop
        self.lh = doc.letterhead
        self.fonts = bundled(self.lh.font)
        self.finder = default_finder()
        self.mk = FragmentBuilder(self.fonts, self.finder, self.lh.text_color)
        self.st = _Styles(self.fonts, self.lh.text_color, self.lh.color)
        self._list_styles: dict[int, Any] = {}
        self.hex = HexColor
        self.tags = StructTree() if tagged else UntaggedTree()
        self.page = Furniture(doc, self.fonts, self.finder, self.mk.missing,
                              self._image(self.lh.logo_png),
                              self._image(self.lh.secondary_logo_png), self.tags)
        self.geo = self.page.geo

    # -- images ------------------------------------------------------------------------
    @staticmethod
    def _image(png: bytes | None) -> Any:
        if not png:
            return None
        return pdf_images.prepare(png)

    # -- flowables ---------------------------------------------------------------------
    def para(self, marked: Marked, style: Any, bullet: str | None = None, *,
             role: str = "P", parent: Node | None = None, label: Node | None = None) -> Any:
        """A paragraph tagged as a new *role* element under *parent* (the Document);
        *label*, for a list item, is the ``Lbl`` element its bullet is drawn for."""
        from reportlab.lib.styles import ParagraphStyle

        from presskit.renderers.pdf_flow import LinearParagraph

        plain = marked.plain()
        if needs_shaping(plain):
            style = ParagraphStyle(style.name + "-shaped", parent=style, shaping=1)
        para = LinearParagraph(plain, style, bulletText=bullet,
                               frags=self.mk.frags(marked, style))
        para.tag = self.tags.add(role, parent)
        if style.name.endswith("-shaped"):
            # Shaped glyphs (Arabic joining forms, Indic reordering) copy out as
            # presentation forms in visual order; the element says what was typed.
            para.tag.actual_text = plain
        para.label = label
        return para

    def metadata(self) -> Metadata:
        meta = self.doc.meta
        return Metadata(title=meta.title or meta.kind_label, author=meta.author,
                        subject=meta.subject, language=meta.language)

    def _keep(self) -> float:
        """The tallest row that fits on any page: shorter rows never split."""
        return min(self.geo.first_frame_height, self.geo.later_frame_height)

    def flowables(self) -> list[Any]:
        before = self._overflow_before()  # first in reading order, as on the page
        return before + self.block_flowables(self.doc.blocks) + self._overflow_after()

    def block_flowables(self, blocks: list[dtree.Block]) -> list[Any]:
        """The flowables of *blocks* (the release's, or a kit document's), in reading order."""
        from reportlab.platypus import Spacer

        from presskit.renderers.pdf_flow import KeepIfFits, Row, Stack

        st, mk = self.st, self.mk
        out: list[Any] = []
        headings: set[int] = set()
        content_w = self.geo.frame_width
        i = 0
        while i < len(blocks):
            b = blocks[i]
            f = b.field
            if isinstance(b, dtree.KindLabel):
                out.append(self.para(mk.text(b.text, f), st.kind))
            elif isinstance(b, dtree.ReleaseLine):
                if b.embargo:
                    out.append(Spacer(1, 3))
                    out.append(Stack([self.para(mk.text(b.text, f), st.embargo)],
                                     padding=(6, 6, 7, 9), box=(self.hex(EMBARGO_RED), 1.4),
                                     fill=self.hex(EMBARGO_FILL)))
                    out.append(Spacer(1, 8))
                else:
                    out.append(self.para(mk.text(b.text, f), st.release))
            elif isinstance(b, dtree.Meta):
                left = self.para(mk.runs(dtree.styled_runs(b.dateline, b.dateline_sup), "date"),
                                 st.meta)
                right = self.para(mk.text(b.reference, "reference"), st.meta_right)
                out.append(Row([Stack([left], padding=(0, 0, 0, 0)),
                                Stack([right], padding=(0, 0, 0, 0))],
                               [content_w * 0.62, content_w * 0.38], keep=self._keep()))
            elif isinstance(b, dtree.Title):
                out.append(self.para(mk.runs(dtree.styled_runs(b.text, b.sup), f), st.title,
                                     role="H1"))
            elif isinstance(b, dtree.Subtitle):
                out.append(self.para(mk.runs(dtree.styled_runs(b.text, b.sup), f), st.subtitle))
            elif isinstance(b, dtree.Paragraph):
                style = st.boilerplate if b.style == "boilerplate" else st.body
                out.append(self.para(mk.runs(b.runs, f), style))
            elif isinstance(b, dtree.Intertitle):
                out.append(self.para(mk.runs(b.runs, f), st.intertitle, role="H2"))
                headings.add(id(out[-1]))
            elif isinstance(b, dtree.ListBlock):
                out.extend(self._list(b))
            elif isinstance(b, dtree.QuoteBlock):
                out.append(self._quote(b, content_w))
            elif isinstance(b, dtree.SectionHeading):
                out.append(self.para(mk.text(b.text, f), st.section, role="H2"))
                headings.add(id(out[-1]))
            elif isinstance(b, dtree.ContactList):
                out.append(self._contacts(b.contacts, content_w))
            elif isinstance(b, dtree.EndMark):
                out.append(self.para(mk.text(b.text, f), st.end))
            i += 1
        # Keep the kind/release/meta/title group together on page 1, and each heading
        # with what follows it.
        head = 0
        while head < len(out) and head < 6 and not isinstance(blocks[min(head, len(blocks) - 1)],
                                                               (dtree.Paragraph, dtree.ListBlock)):
            head += 1
        if head > 1:
            out[:head] = [KeepIfFits(out[:head], self._keep())]
        return self._keep_with_next(out, headings)

    def _keep_with_next(self, out: list[Any], headings: set[int]) -> list[Any]:
        """Headings (*headings*: their ids) grouped with the flowable after them.

        What reportlab's ``keepWithNext`` style does, except that a group taller than a
        page splits where it stands: upstream wraps a heading taller than the page,
        followed by a quote or another kept block, in a ``KeepTogether`` of its own and
        tries it again forever (the page count never grows, the export never ends).
        """
        from presskit.renderers.pdf_flow import KeepIfFits

        grouped: list[Any] = []
        i = 0
        while i < len(out):
            j = i
            while j < len(out) and id(out[j]) in headings:
                j += 1
            if j == i:
                grouped.append(out[i])
                i += 1
                continue
            if j < len(out) and not rl_backend.is_container(out[j]):
                j += 1  # upstream keeps a heading with a plain flowable only
            group = out[i:j]
            grouped.append(KeepIfFits(group, self._keep()) if len(group) > 1 else group[0])
            i = j
        return grouped

    def _overflow_before(self) -> list[Any]:
        """A letterhead too long for the top of page 1, printed at the start of the text."""
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import Spacer

        out: list[Any] = []
        for k, (text, bold, size) in enumerate(self.page.overflow.letterhead):
            color = self.lh.text_color if k == 0 and self.lh.organization else GREY
            style = ParagraphStyle(f"Letterhead{k}", parent=self.st.letterhead,
                                   fontName=self.fonts.bold if bold else self.fonts.regular,
                                   fontSize=size, leading=size * 1.32,
                                   textColor=self.hex(color))
            out.append(self.para(self.mk.text(text, "letterhead"), style))
        return [*out, Spacer(1, 5 * MM)] if out else []

    def _overflow_after(self) -> list[Any]:
        """A footer too long for the foot of every page, printed once after the text."""
        text = self.page.overflow.footer
        return [self.para(self.mk.text(text, "letterhead"), self.st.footer)] if text else []

    def _list(self, b: dtree.ListBlock) -> list[Any]:
        from reportlab.lib.styles import ParagraphStyle

        items = []
        owner = self.tags.add("L")
        for item in b.items:
            style = self._list_styles.get(item.level)
            if style is None:
                indent = 16 + 16 * item.level
                style = self._list_styles[item.level] = ParagraphStyle(
                    f"List{item.level}", parent=self.st.list, leftIndent=indent,
                    bulletIndent=indent - 12)
            bullet = f"{item.number}." if item.ordered else ("•" if item.level % 2 == 0 else "–")
            li = self.tags.add("LI", owner)
            label = self.tags.add("Lbl", li)
            items.append(self.para(self.mk.runs(item.runs, b.field), style, bullet,
                                   role="LBody", parent=li, label=label))
        if items:
            items[-1].style = ParagraphStyle("ListLast", parent=items[-1].style, spaceAfter=8)
        return items

    def _quote(self, b: dtree.QuoteBlock, content_w: float) -> Any:
        """The quote and its attribution beside an accent rule, 5 pt in from the margin;
        text 12 pt right of the rule; the quote style's 3 pt below the quote make the
        same gap as the rows of the table this replaces (2 pt under one, 1 pt over the
        next). Kept on one page when it fits on one; a taller quote starts where it
        stands and runs on to the next page."""
        from presskit.renderers.pdf_flow import KeepIfFits, Stack

        cells: list[Any] = []
        quote = self.tags.add("BlockQuote")
        if b.runs:
            cells.append(self.para(self.mk.runs(b.runs, b.field + ".text"), self.st.quote,
                                   parent=quote))
        if b.attribution:
            cells.append(self.para(self.mk.runs(dtree.styled_runs(b.attribution, b.attribution_sup),
                                                b.field + ".speaker"),
                                   self.st.attribution, parent=quote))
        inset = 5.0
        block = Stack(cells, padding=(1, inset + 6, 2, inset + 12),
                      rule=(self.st.accent, 2.6, inset), space_before=HOUSE.quote_space[0],
                      space_after=HOUSE.quote_space[1])
        return KeepIfFits([block], self._keep())

    def _contacts(self, group: list[dtree.ContactBlock], content_w: float) -> Any:
        """Contact cards two to a row (top aligned, 10 pt apart, 3 pt over and 8 pt under
        each). A row moves to the next page whole unless it is taller than a page."""
        from presskit.renderers.pdf_flow import Row, Stack

        mk, st = self.mk, self.st
        cells = []
        owner = self.tags.add("L")
        for c in group:
            lines = []
            if c.name:
                lines.append(mk.text(c.name, c.field + ".name", bold=True))
            if c.role:
                lines.append(mk.runs(dtree.styled_runs(c.role, c.role_sup), c.field + ".role"))
            if c.phone:
                lines.append(mk.text(c.phone_line, c.field + ".phone"))
            if c.email:
                lines.append(mk.runs([dtree.Run(c.email_label + " "),
                                      dtree.Run(c.email, href=f"mailto:{c.email}")],
                                     c.field + ".email"))
            item = self.tags.add("LI", owner)
            cells.append(Stack([self.para(Marked.lines(lines), st.contact, role="LBody",
                                          parent=item)],
                               padding=(3, 10, 8, 0)))
        cols = 2 if len(cells) > 1 else 1
        rows: list[Any] = []
        for k in range(0, len(cells), cols):
            row: list[Any] = cells[k:k + cols]
            row += [None] * (cols - len(row))
            rows.append(Row(row, [content_w / cols] * cols, keep=self._keep()))
        return Stack(rows, padding=(0, 0, 0, 0))

    # -- build ---------------------------------------------------------------------------
    def check_stop(self) -> None:
        """Called between flowables and between pages: stops a render nobody waits for."""
        if self.should_stop is not None and self.should_stop():
            raise RenderCancelled

    def later_template(self, name: str, furniture: Furniture) -> Any:
        """A continuation page: *furniture*'s slim header (its short title) and the footer."""
        from reportlab.platypus import Frame, PageTemplate

        g = self.geo
        later = Frame(g.left, g.bottom + g.footer, g.frame_width, g.later_frame_height,
                      id="later", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

        def on_later(canv: Any, d: Any) -> None:
            furniture.later_pages(canv)
            furniture.footer_line(canv)

        return PageTemplate(id=name, frames=[later], onPage=on_later)

    def page_templates(self) -> list[Any]:
        from reportlab.platypus import Frame, PageTemplate

        g = self.geo
        first = Frame(g.left, g.bottom + g.footer, g.frame_width, g.first_frame_height,
                      id="first", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        builder = self

        def on_first(canv: Any, d: Any) -> None:
            builder.page.first_page(canv)
            builder.page.footer_line(canv)

        return [PageTemplate(id="First", frames=[first], onPage=on_first),
                self.later_template("Later", self.page)]

    def story(self) -> list[Any]:
        from reportlab.platypus import NextPageTemplate

        return [NextPageTemplate("Later"), *self.flowables()]

    def build(self, out: io.BytesIO) -> int:
        from reportlab.platypus import BaseDocTemplate

        g = self.geo
        meta = self.metadata()
        builder = self
        template = BaseDocTemplate(
            out, pagesize=(g.width, g.height), leftMargin=g.left, rightMargin=g.right,
            topMargin=g.top, bottomMargin=g.bottom, title=meta.title,
            author=meta.author, subject=meta.subject, creator="Presskit",
            producer="Presskit", keywords="", lang=meta.language,
            invariant=0,  # CreationDate and ModDate: the export time (rl_patches, 8.)
            pageCompression=1,
        )
        template.addPageTemplates(self.page_templates())
        story = self.story()
        canvasmaker = numbered_canvas(self)
        template.afterFlowable = lambda _flowable: builder.check_stop()
        template.build(story, canvasmaker=canvasmaker)
        return int(canvasmaker.pages)


@dataclass
class PdfResult:
    data: bytes
    pages: int
    warnings: list[Warning]


def render_pdf(doc: Document, should_stop: Callable[[], bool] | None = None, *,
               tagged: bool = True) -> PdfResult:
    """Lay the document out as a letterhead PDF and return its bytes.

    *should_stop*, if given, is asked between flowables and between pages; when it
    answers True the render ends at once with ``RenderCancelled`` (the editor's preview
    drops a render that newer typing has overtaken). Every export is tagged; *tagged* False
    is only for measuring what tagging costs (``benchmarks/bench_pdf.py``)."""
    from presskit.gcpause import paused

    with paused():
        builder = _PdfBuilder(doc, should_stop, tagged)
        buf = io.BytesIO()
        pages = builder.build(buf)
        return PdfResult(buf.getvalue(), pages, builder.mk.warnings())
