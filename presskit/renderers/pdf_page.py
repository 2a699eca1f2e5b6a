"""Page furniture of the letterhead PDF: the page-1 letterhead, the slim header of later
pages, the footer line, "Page N / M" and the "-more-" mark.

Furniture is drawn straight on the canvas, outside the frames the body flows in, so
nothing here may run past a margin:

- the letterhead's lines (organization, address, website) wrap, right-aligned, in the
  room the logos leave, breaking inside a word only when the word alone is wider than
  that room; the space reserved for the letterhead grows with them;
- the footer wraps, centred between the margins, clear of the page label, and the
  reserved space grows;
- a letterhead or a footer too long to be furniture (more than a fifth of the page, or
  more than a few footer lines) is printed once, in full, in the flow of the text: at
  its start for the letterhead, after the end mark for the footer;
- the slim header's organization, like its short title, is cut with an ellipsis to its
  share of the line (the full name is in the page-1 letterhead).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from presskit.doctree import Document
from presskit.renderers import pdf_images
from presskit.renderers.fonts import FallbackFinder, FontSet
from presskit.renderers.house_style import GREY, HOUSE, INK, LETTERHEAD_LEADING, LIGHT_RULE
from presskit.renderers.pdf_images import LOGO_BOX, MM
from presskit.renderers.rl.tagging import StructTree, UntaggedTree, artifact, tags_of

PAPER_SIZES = {"a4": (595.2756, 841.8898), "letter": (612.0, 792.0)}
SLIM_LOGO_H = 7 * MM
HEAD_SIZE = HOUSE.running_head.size  # the slim header of later pages
FOOTER_SIZE = HOUSE.footer.size
FOOTER_LEADING = HOUSE.footer.leading
FOOTER_MAX_LINES = 4
LETTERHEAD_MAX_SHARE = 0.2  # of the page height, above which the letterhead text flows

Pieces = list[tuple[str, str]]  # (text, registered font name)


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

    @property
    def frame_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def first_frame_height(self) -> float:
        return self.height - self.top - self.header1 - self.bottom - self.footer

    @property
    def later_frame_height(self) -> float:
        return self.height - self.top - self.header_n - self.bottom - self.footer


@dataclass
class Line:
    """One drawn line of furniture."""

    pieces: Pieces
    size: float
    color: str


@dataclass
class Overflow:
    """Furniture text printed in the flow instead: ``(text, bold, size)`` per line."""

    letterhead: list[tuple[str, bool, float]]
    footer: str


class Furniture:
    """Measures and draws everything outside the text frames."""

    def __init__(self, doc: Document, fonts: FontSet, finder: FallbackFinder,
                 missing: dict[str, set[str]], logo: Any, logo2: Any,
                 tags: StructTree | None = None):
        from reportlab.lib.colors import HexColor

        self.doc = doc
        self.lh = doc.letterhead
        self.meta = doc.meta
        self.fonts = fonts
        self.finder = finder
        self.missing = missing
        self.logo = logo
        self.logo2 = logo2
        self.hex = HexColor
        self.overflow = Overflow([], "")
        p = doc.page
        width, height = PAPER_SIZES.get(p.paper, PAPER_SIZES["a4"])
        self._page = (width, height, p.margin_left * MM, p.margin_right * MM,
                      p.margin_top * MM, p.margin_bottom * MM)
        self.block = self._letterhead_block()
        self.footer_lines = self._footer_lines()
        self.geo = self._geometry()
        self._slim_org = self._slim_organization()
        # Page 1's logos and letterhead lines come first in reading order.
        tree = tags or StructTree()
        self.logo_tag = tree.add("Figure", alt=self.lh.logo_alt or None) if logo else None
        self.logo2_tag = (tree.add("Figure", alt=self.lh.secondary_logo_alt or None)
                          if logo2 else None)
        self.letterhead_tag = tree.add("P") if self.block else None

    # -- measuring -----------------------------------------------------------------------
    @staticmethod
    def logo_size(img: Any, box_w: float, box_h: float) -> tuple[float, float]:
        w, h = img.getSize()
        if w <= 0 or h <= 0:
            return 0.0, 0.0
        scale = min(box_w / w, box_h / h)
        return w * scale, h * scale

    def _logos_width(self) -> float:
        """Width the page-1 logos take from the left margin, with the gap after them."""
        x = 0.0
        if self.logo:
            x = self.logo_size(self.logo, *LOGO_BOX)[0]
        if self.logo2:
            x += (6 * MM if x else 0) + self.logo_size(self.logo2, LOGO_BOX[0] * 0.8,
                                                       LOGO_BOX[1])[0]
        return x + 6 * MM if x else 0.0

    def _logos_height(self) -> float:
        h = self.logo_size(self.logo, *LOGO_BOX)[1] if self.logo else 0.0
        if self.logo2:
            h = max(h, self.logo_size(self.logo2, LOGO_BOX[0] * 0.8, LOGO_BOX[1])[1])
        return h

    def _letterhead_texts(self) -> list[tuple[str, bool, float]]:
        """(text, bold, size) of the letterhead's lines, top to bottom."""
        name, other = HOUSE.letterhead_name, HOUSE.letterhead
        return [(line.text, name.bold, name.size) if line.kind == "organization"
                else (line.text, other.bold, other.size) for line in self.lh.lines]

    def _letterhead_block(self) -> list[Line]:
        width, height, left, right, top, bottom = self._page
        room = max(width - left - right - self._logos_width(), 36.0)
        limit = (height - top - bottom) * LETTERHEAD_MAX_SHARE
        texts = self._letterhead_texts()
        out: list[Line] = []
        used = 0.0
        for k, (text, bold, size) in enumerate(texts):
            font = self.fonts.bold if bold else self.fonts.regular
            color = self.lh.text_color if k == 0 and self.lh.organization else GREY
            max_lines = int((limit - used) // (size * LETTERHEAD_LEADING))
            wrapped = (None if too_long(text, size, room, max_lines)
                       else wrap_pieces(self._pieces(text, font), size, room, max_lines))
            if wrapped is None:
                self.overflow.letterhead = texts
                return []
            out.extend(Line(line, size, color) for line in wrapped)
            used += len(wrapped) * size * LETTERHEAD_LEADING
        return out

    def _label_width(self, size: float) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        label = self.meta.page_label.format(n=88, m=88)
        return sum(stringWidth(t, f, size) for t, f in self._pieces(label, self.fonts.regular))

    def _footer_lines(self) -> list[Pieces]:
        if not self.lh.footer:
            return []
        width, _height, left, right, _top, _bottom = self._page
        room = max(width - left - right - 2 * (self._label_width(FOOTER_SIZE) + 4 * MM), 72.0)
        footer = self.lh.footer
        lines = (None if too_long(footer, FOOTER_SIZE, room, FOOTER_MAX_LINES)
                 else wrap_pieces(self._pieces(footer, self.fonts.regular), FOOTER_SIZE, room,
                                  FOOTER_MAX_LINES))
        if lines is None:
            self.overflow.footer = self.lh.footer
            return []
        return lines

    def _geometry(self) -> Geometry:
        width, height, left, right, top, bottom = self._page
        text_h = sum(line.size * LETTERHEAD_LEADING for line in self.block)
        header1 = max(text_h, self._logos_height())
        header1 = header1 + 7 * MM if header1 else 0.0  # space for the accent rule below it
        footer = 8 * MM if (self.footer_lines or self.meta.more_mark) else 5 * MM
        footer += max(len(self.footer_lines) - 1, 0) * FOOTER_LEADING
        slim = (SLIM_LOGO_H + 4 * MM) if (self.logo and self.lh.repeat_logo) else 9 * MM
        return Geometry(width, height, left, right, top, bottom, header1, slim, footer)

    def _slim_organization(self) -> Pieces:
        """The organization cut to its room in the slim header, with an ellipsis if cut.
        Only as many characters as could ever show are looked at (see ``too_long``)."""
        room = self._org_room()
        org = self.lh.organization
        shown = org[:int(room / (0.15 * 8)) + 2]
        pieces = self._pieces(shown, self.fonts.regular)
        if len(shown) < len(org):
            pieces.append(("…", self.fonts.regular))
        return fit_pieces(pieces, room, HEAD_SIZE)

    def _org_room(self) -> float:
        """Room for the organization in the slim header: half the line, less the label."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        sep = stringWidth("  ·  ", self.fonts.regular, HEAD_SIZE)
        return max(self.geo.frame_width / 2 - self._label_width(8) - sep, 24.0)

    # -- characters ------------------------------------------------------------------------
    def _pieces(self, text: str, font: str) -> Pieces:
        """*text* in (text, font) pieces, with fallback fonts for characters the family
        lacks and a visible [U+XXXX] for those no font has (reported)."""
        pieces: Pieces = []
        cmap = self.fonts.cmap
        for ch in text:
            f = font
            if ord(ch) not in cmap and not ch.isspace():
                fb = self.finder.font_for(ch)
                if fb is None:
                    self.missing["letterhead"].add(ch)
                    ch = f"[U+{ord(ch):04X}]"
                else:
                    f = fb.name
            if pieces and pieces[-1][1] == f:
                pieces[-1] = (pieces[-1][0] + ch, f)
            else:
                pieces.append((ch, f))
        return pieces

    # -- drawing ---------------------------------------------------------------------------
    def first_page(self, canv: Any) -> None:
        g = self.geo
        top = g.height - g.top
        x_right = g.width - g.right
        tags = tags_of(canv) or UntaggedTree()
        canv.saveState()
        logo_w = 0.0
        if self.logo:
            w, h = self.logo_size(self.logo, *LOGO_BOX)
            with tags.marked(canv, self.logo_tag):
                pdf_images.draw(canv, self.logo, g.left, top - h, w, h)
            logo_w = w
        if self.logo2:
            w2, h2 = self.logo_size(self.logo2, LOGO_BOX[0] * 0.8, LOGO_BOX[1])
            x2 = g.left + logo_w + (6 * MM if logo_w else 0)
            with tags.marked(canv, self.logo2_tag):
                pdf_images.draw(canv, self.logo2, x2, top - h2, w2, h2)
        y = top
        for k, line in enumerate(self.block):
            y -= line.size * 1.1 if k == 0 else line.size * LETTERHEAD_LEADING
            canv.setFillColor(self.hex(line.color))
            with tags.marked(canv, self.letterhead_tag):
                draw_pieces(canv, x_right, y, line.pieces, line.size, align="right")
        if g.header1:
            rule_y = g.height - g.top - g.header1 + 3 * MM
            canv.setStrokeColor(self.hex(self.lh.color))
            canv.setLineWidth(1.3)
            with artifact(canv, "Layout"):
                canv.line(g.left, rule_y, x_right, rule_y)
        canv.restoreState()

    def later_pages(self, canv: Any) -> None:
        with artifact(canv, "Pagination", "Header"):
            self._slim_header(canv)

    def _slim_header(self, canv: Any) -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        g, lh = self.geo, self.lh
        canv.saveState()
        top = g.height - g.top
        x = g.left
        if self.logo and lh.repeat_logo:
            w, h = self.logo_size(self.logo, LOGO_BOX[0], SLIM_LOGO_H)
            pdf_images.draw(canv, self.logo, x, top - h, w, h)
            x += w + 4 * MM
            base = top - h + 1
        else:
            base = top - 8
        canv.setFillColor(self.hex(GREY))
        # The short title gets what the right-hand label (organization · Page NN / NN) leaves.
        right = self._slim_right(self.meta.page_label.format(n=88, m=88))
        right_w = sum(stringWidth(t, f, HEAD_SIZE) for t, f in right)
        room = (g.width - g.right) - right_w - 6 * MM - x
        pieces = self._pieces(self.meta.short_title, self.fonts.regular)
        draw_pieces(canv, x, base, fit_pieces(pieces, room, HEAD_SIZE), HEAD_SIZE)
        rule_y = g.height - g.top - g.header_n + 2.5 * MM
        canv.setStrokeColor(self.hex(LIGHT_RULE))
        canv.setLineWidth(0.6)
        canv.line(g.left, rule_y, g.width - g.right, rule_y)
        canv._presskit_slim_base = base  # page label drawn when the page count is known
        canv.restoreState()

    def _slim_right(self, label: str) -> Pieces:
        """The slim header's right-hand text: organization (fitted) · page label."""
        label_pieces = self._pieces(label, self.fonts.regular)
        if not self._slim_org:
            return label_pieces
        return _merged([*self._slim_org, ("  ·  ", self.fonts.regular), *label_pieces])

    def footer_line(self, canv: Any) -> None:
        if not self.footer_lines:
            return
        g = self.geo
        with artifact(canv, "Pagination", "Footer"):
            canv.saveState()
            canv.setFillColor(self.hex(GREY))
            for k, line in enumerate(reversed(self.footer_lines)):
                draw_pieces(canv, g.left + g.frame_width / 2, g.bottom + k * FOOTER_LEADING,
                            line, FOOTER_SIZE, align="centre")
            canv.restoreState()

    def page_numbers(self, canv: Any, page: int, total: int) -> None:
        """Drawn once the page count is known: "Page N / M" and the "-more-" mark."""
        with artifact(canv, "Pagination"):
            self._page_numbers(canv, page, total)

    def _page_numbers(self, canv: Any, page: int, total: int) -> None:
        g, meta = self.geo, self.meta
        label = meta.page_label.format(n=page, m=total)
        canv.saveState()
        canv.setFillColor(self.hex(GREY))
        if page > 1:
            base = getattr(canv, "_presskit_slim_base", g.height - g.top - 8)
            draw_pieces(canv, g.width - g.right, base, self._slim_right(label), HEAD_SIZE,
                        align="right")
        elif total > 1:
            draw_pieces(canv, g.width - g.right, g.bottom,
                        self._pieces(label, self.fonts.regular), HOUSE.page_number.size,
                        align="right")
        if meta.more_mark and page < total:
            lift = max(len(self.footer_lines) - 1, 0) * FOOTER_LEADING
            canv.setFont(self.fonts.bold, HOUSE.more_mark.size)
            canv.setFillColor(self.hex(INK))
            canv.drawCentredString(g.left + g.frame_width / 2, g.bottom + 4.2 * MM + lift,
                                   meta.more_mark)
        canv.restoreState()


def draw_pieces(canv: Any, x: float, y: float, pieces: Pieces, size: float,
                align: str = "left") -> None:
    """(text, font) pieces on one baseline, starting, centred or ending at *x*."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if align != "left":
        total = sum(stringWidth(t, f, size) for t, f in pieces)
        x -= total if align == "right" else total / 2
    for t, f in pieces:
        canv.setFont(f, size)
        canv.drawString(x, y, t)
        x += stringWidth(t, f, size)


def wrap_pieces(pieces: Pieces, size: float, width: float,
                max_lines: int | None = None) -> list[Pieces] | None:
    """*pieces* broken into lines no wider than *width*: at spaces, and inside a word only
    where the word alone is wider than a line. None if that takes more than *max_lines*.
    Spaces at a break are dropped, as in a paragraph."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[list[tuple[str, str]]] = [[]]
    line_w = 0.0
    pending: list[tuple[str, str]] = []  # breaking spaces waiting for the next word
    for word in _words(pieces):
        if word[0][0] == " ":
            pending.extend(word)
            continue
        word_w = sum(stringWidth(t, f, size) for t, f in word)
        space_w = sum(stringWidth(t, f, size) for t, f in pending)
        if lines[-1] and line_w + space_w + word_w > width:
            lines.append([])
            line_w, pending, space_w = 0.0, [], 0.0
        if not lines[-1] and word_w > width:
            for ch, f in ((c, f) for t, f in word for c in t):
                ch_w = stringWidth(ch, f, size)
                if lines[-1] and line_w + ch_w > width:
                    lines.append([])
                    line_w = 0.0
                    if max_lines is not None and len(lines) > max_lines:
                        return None
                lines[-1].append((ch, f))
                line_w += ch_w
        else:
            lines[-1].extend(pending + word)
            line_w += space_w + word_w
        pending = []
        if max_lines is not None and len(lines) > max_lines:
            return None
    out = [_merged(line) for line in lines if line]
    if max_lines is not None and len(out) > max_lines:
        return None
    return out


def _words(pieces: Pieces) -> list[Pieces]:
    """Runs of breaking spaces and runs of everything else, each as (text, font) pieces."""
    out: list[Pieces] = []
    current: Pieces = []
    spaces: bool | None = None
    for text, font in pieces:
        for ch in text:
            is_space = ch == " "
            if is_space != spaces:
                if current:
                    out.append(_merged(current))
                current, spaces = [], is_space
            current.append((ch, font))
    if current:
        out.append(_merged(current))
    return out


def too_long(text: str, size: float, width: float, max_lines: int) -> bool:
    """True when *text* cannot fit *max_lines* lines of *width* whatever its characters
    (none is narrower than 0.15 em), so that nobody measures a megabyte to find out."""
    return len(text) > (max_lines + 1) * width / (0.15 * size)


def _merged(line: Pieces) -> Pieces:
    out: Pieces = []
    for text, font in line:
        if out and out[-1][1] == font:
            out[-1] = (out[-1][0] + text, font)
        else:
            out.append((text, font))
    return out


def fit_pieces(pieces: Pieces, width: float, size: float) -> Pieces:
    """Cut (text, font) pieces to *width* points, ending with an ellipsis if anything was cut."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    total = sum(stringWidth(t, f, size) for t, f in pieces)
    if total <= width:
        return pieces
    out: Pieces = []
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
