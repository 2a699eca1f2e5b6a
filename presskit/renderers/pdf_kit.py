"""The press kit PDF: the release, its documents and its photos in ONE reportlab document.

One document, so the page numbers ("Page N / M"), the structure tree (one ``Document``,
an ``H1`` per part) and the outline span the whole kit:

- the release first, laid out exactly as ``render_pdf`` lays it out (page 1 letterhead,
  slim header after);
- each document on a new page, on continuation pages whose slim header carries the
  document's title;
- in an embargoed kit, the embargo line leads the slim header of every document and photo
  page (and stands boxed under each document's kind label and under the photos' heading);
- then the photos under an ``H1`` heading, one or two a page (a portrait photo gets a
  page; landscape photos two), each a ``Figure`` whose ``/Alt`` is its alt text, with its
  caption and then its credit and rights (small, grey) under it as ``P``;
- one bookmark (outline entry) per part; "-more-" only on the release's pages.

Photos come in as a callable that returns a JPEG of at most the asked pixel size (the
caller decodes, orients, converts and caches); the JPEG is embedded as it is
(``DCTDecode``), never re-compressed here.
"""

from __future__ import annotations

import dataclasses
import io
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from presskit import doctree as dtree
from presskit.doctree import Document
from presskit.renderers import pdf_images
from presskit.renderers.pdf import PdfResult, _PdfBuilder
from presskit.renderers.pdf_page import GREY, Furniture
from presskit.renderers.rl.tagging import Metadata, Node, UntaggedTree, tags_of

PRINT_DPI = 300  # photos are embedded at most this fine at their printed size
_IMAGE_GAP = 5.0  # between a photo and its caption
_FIGURE_SPACE = 16.0  # under each figure
_CAPTION_RESERVE_LINES = 3  # a figure's caption room, so photos of a page match in size

# (max width px, max height px) -> (JPEG bytes, width px, height px, cache key)
JpegSource = Callable[[int, int], tuple[bytes, int, int, str]]


@dataclass
class KitPhoto:
    """A photo as the kit PDF prints it."""

    width_px: int  # upright size of the original
    height_px: int
    caption: str
    credit_line: str
    alt: str
    field: str
    jpeg: JpegSource


@dataclass
class KitParts:
    release: Document
    documents: list[Document]
    photos: list[KitPhoto]
    photos_heading: str  # "Photos", in the release language
    title: str  # the PDF's title: "Dossier de presse : …"
    embargo: str = ""  # the release's embargo line: in every document and photo page's head


def printed_pixels(photo: KitPhoto, width_pt: float, height_pt: float) -> tuple[int, int]:
    """Pixels of *photo* at PRINT_DPI when printed *width_pt* × *height_pt* (never more than
    the original has)."""
    w = max(1, math.floor(width_pt / 72 * PRINT_DPI + 1e-6))
    h = max(1, math.floor(height_pt / 72 * PRINT_DPI + 1e-6))
    return min(w, photo.width_px), min(h, photo.height_px)


def _jpeg_image(key: str, jpeg: bytes) -> pdf_images.PreparedImage:
    """A JPEG as an image XObject, its bytes kept as they are (``DCTDecode``)."""
    from reportlab.pdfbase import pdfdoc

    name = "kit" + "".join(c if c.isalnum() else "_" for c in key)
    xobject = pdfdoc.PDFImageXObject(name)
    if not xobject.loadImageFromJPEG(io.BytesIO(jpeg)):
        raise ValueError("not a JPEG")
    return pdf_images.PreparedImage(name, xobject, None)


def _figure_class() -> type:
    from reportlab.platypus.flowables import Flowable

    class Figure(Flowable):
        """A photo, then its caption and credit line under it, in a slot of fixed height."""

        def __init__(self, photo: KitPhoto, tag: Node, paras: list[Any], slot_h: float,
                     reserve: float, image: bool = True):
            super().__init__()
            self.photo, self.tag, self.paras = photo, tag, paras
            self.slot_h, self.reserve = slot_h, reserve
            self.with_image = image
            self.spaceAfter = _FIGURE_SPACE
            self.img_w = self.img_h = 0.0
            self.caption_h = 0.0

        def _captions(self, aw: float) -> float:
            total = 0.0
            for k, p in enumerate(self.paras):
                total += p.wrap(aw, 1e9)[1] + (p.getSpaceBefore() if k else 0.0)
            return total

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            self.caption_h = self._captions(aw)
            box_h = self.slot_h - max(self.caption_h, self.reserve) - _IMAGE_GAP
            if self.with_image:
                scale = min(aw / self.photo.width_px, max(box_h, 36.0) / self.photo.height_px)
                self.img_w = self.photo.width_px * scale
                self.img_h = self.photo.height_px * scale
            gap = _IMAGE_GAP if self.with_image and self.paras else 0.0
            self.width, self.height = aw, self.img_h + gap + self.caption_h
            return self.width, self.height

        def split(self, aw: float, ah: float) -> list[Any]:
            """Only a caption too long for any page splits: the photo, then the caption's
            paragraphs, which split like any paragraph."""
            if self.caption_h <= self.slot_h / 2 or not self.with_image:
                return []
            return [Figure(self.photo, self.tag, [], self.slot_h, 0.0), *self.paras]

        def draw(self) -> None:
            canv = self.canv
            tags = tags_of(canv) or UntaggedTree()
            if self.with_image:
                px_w, px_h = printed_pixels(self.photo, self.img_w, self.img_h)
                jpeg, _w, _h, key = self.photo.jpeg(px_w, px_h)
                image = _jpeg_image(key, jpeg)
                with tags.marked(canv, self.tag):
                    pdf_images.draw(canv, image, 0, self.height - self.img_h,
                                    self.img_w, self.img_h)
            y = self.caption_h
            for k, p in enumerate(self.paras):
                if k:
                    y -= p.getSpaceBefore()
                y -= p.height
                p.drawOn(canv, 0, y)

    return Figure


def _mark_class() -> type:
    from reportlab.platypus.flowables import Flowable

    class Mark(Flowable):
        """Draws nothing; tells the builder the page it lands on (a part's bookmark, the
        release's last page)."""

        def __init__(self, on_page: Callable[[int], None]):
            super().__init__()
            self.on_page = on_page
            self.width = self.height = 0

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            tree = tags_of(self.canv)
            self.on_page(tree.page if tree is not None else 0)

    return Mark


class _KitFurniture(Furniture):
    """The release's furniture, plus what only the saved canvas can do: the outline entries
    of each page, and no "-more-" once the release has ended."""

    def __init__(self, base: Furniture, builder: _KitBuilder):
        self.__dict__.update(base.__dict__)
        self.builder = builder
        self._release_meta = self.meta
        self._after_release = dataclasses.replace(self.meta, more_mark=None)

    def page_numbers(self, canv: Any, page: int, total: int) -> None:
        b = self.builder
        self.meta = self._release_meta if page < b.release_pages else self._after_release
        super().page_numbers(canv, page, total)
        self.meta = self._release_meta
        for key, title in b.bookmarks.get(page - 1, []):
            canv.bookmarkPage(key, fit="XYZ", top=None, left=None, zoom=None)
            canv.addOutlineEntry(title, key, level=0)
        if page == total and b.bookmarks:
            canv.showOutline()


class _KitBuilder(_PdfBuilder):
    def __init__(self, parts: KitParts, should_stop: Callable[[], bool] | None,
                 tagged: bool):
        super().__init__(parts.release, should_stop, tagged)
        self.parts = parts
        self.bookmarks: dict[int, list[tuple[str, str]]] = {}  # page index -> (key, title)
        self.release_pages = 1 << 30  # until the next part starts
        self.page = _KitFurniture(self.page, self)
        self._figure = _figure_class()
        self._mark = _mark_class()
        self._parts = 0

    def metadata(self) -> Metadata:
        meta = super().metadata()
        return dataclasses.replace(meta, title=self.parts.title or meta.title)

    def _furniture(self, doc: Document) -> Furniture:
        """Continuation-page furniture for a part: the release's, measured once, with *doc*'s
        short title in the slim header."""
        part = Furniture.__new__(Furniture)
        part.__dict__.update(self.page.__dict__)
        part.meta = doc.meta
        if self.parts.embargo:  # the embargo first: the title gives way when room runs out
            part.meta = dataclasses.replace(doc.meta, short_title=" · ".join(
                t for t in (self.parts.embargo, doc.meta.short_title) if t))
        return part

    def _bookmark(self, title: str) -> Any:
        self._parts += 1
        number = self._parts
        key = f"part{number}"

        def on_page(page: int) -> None:
            self.bookmarks.setdefault(page, []).append((key, title))
            if number > 1:  # a part after the release: the release ended on the page before
                self.release_pages = min(self.release_pages, page)

        return self._mark(on_page)

    def page_templates(self) -> list[Any]:
        templates = super().page_templates()
        for k, doc in enumerate(self.parts.documents):
            templates.append(self.later_template(f"Document{k}", self._furniture(doc)))
        if self.parts.photos:
            meta = dataclasses.replace(self.doc.meta, short_title=self.parts.photos_heading)
            templates.append(self.later_template(
                "Photos", self._furniture(dataclasses.replace(self.doc, meta=meta))))
        return templates

    def story(self) -> list[Any]:
        from reportlab.platypus import NextPageTemplate, PageBreak

        meta = self.doc.meta
        out = [self._bookmark(meta.title or meta.kind_label), *super().story()]
        for k, doc in enumerate(self.parts.documents):
            out += [NextPageTemplate(f"Document{k}"), PageBreak(),
                    self._bookmark(doc.meta.title or doc.meta.kind_label),
                    *self.block_flowables(doc.blocks)]
        if self.parts.photos:
            out += [NextPageTemplate("Photos"), PageBreak(),
                    self._bookmark(self.parts.photos_heading), *self._photos()]
        return out

    def _photos(self) -> list[Any]:
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.pdfgen.canvas import Canvas

        st, mk = self.st, self.mk
        heading = self.para(mk.text(self.parts.photos_heading, "photos"), st.title, role="H1")
        head: list[Any] = [heading]
        if self.parts.embargo:  # under the heading too, boxed as on the release
            head += self.block_flowables([dtree.ReleaseLine(
                field="embargo", text=self.parts.embargo, embargo=True)])
        measure = Canvas(io.BytesIO())  # some flowables measure through a canvas
        heading_h = (heading.wrap(self.geo.frame_width, 1e9)[1] + heading.getSpaceAfter()
                     + sum(_height(f, measure, self.geo.frame_width) for f in head[1:]))
        room = self.geo.later_frame_height - heading_h
        caption = ParagraphStyle("Caption", parent=st.body, fontSize=9.5, leading=13,
                                 spaceAfter=0)
        credit = ParagraphStyle("Credit", parent=st.body, fontSize=7.5, leading=10,
                                textColor=self.hex(GREY), spaceBefore=2, spaceAfter=0)
        reserve = _CAPTION_RESERVE_LINES * caption.leading + credit.leading + credit.spaceBefore
        out: list[Any] = head
        for photo in self.parts.photos:
            portrait = photo.height_px > photo.width_px
            slot = room - 1 if portrait else (room - _FIGURE_SPACE) / 2 - 1
            tag = self.tags.add("Figure", alt=photo.alt)
            paras = []
            if photo.caption:
                paras.append(self.para(mk.text(photo.caption, photo.field + ".caption"),
                                       caption))
            if photo.credit_line:
                paras.append(self.para(mk.text(photo.credit_line, photo.field + ".credit"),
                                       credit))
            out.append(self._figure(photo, tag, paras, slot, reserve))
        return out


def _height(flowable: Any, canv: Any, width: float) -> float:
    """The height *flowable* takes in a frame *width* wide, spaces included (a keep-together
    group by its content: its own wrap answers "split me")."""
    from presskit.renderers.rl.paragraph import MeasuredKeepTogether

    if isinstance(flowable, MeasuredKeepTogether):
        return sum(_height(f, canv, width) for f in flowable.content())
    return float(flowable.wrapOn(canv, width, 1e9)[1] + flowable.getSpaceBefore()
                 + flowable.getSpaceAfter())


def render_kit_pdf(parts: KitParts, should_stop: Callable[[], bool] | None = None, *,
                   tagged: bool = True) -> PdfResult:
    """The whole kit as one tagged PDF; *should_stop* as for ``render_pdf``."""
    from presskit.gcpause import paused

    with paused():
        builder = _KitBuilder(parts, should_stop, tagged)
        buf = io.BytesIO()
        pages = builder.build(buf)
        return PdfResult(buf.getvalue(), pages, builder.mk.warnings())


__all__ = ["PRINT_DPI", "KitParts", "KitPhoto", "printed_pixels", "render_kit_pdf"]
