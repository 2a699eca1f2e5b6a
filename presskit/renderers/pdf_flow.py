"""Flowables that split across pages and lay out in time linear in their length.

- ``LinearParagraph``: reportlab's ``Paragraph`` with its lines broken once. Upstream, a
  paragraph split at a page end hands the rest of its words to a new paragraph, which
  breaks them into lines again on the next page: a paragraph of N pages is broken N
  times, so one 20,000-word paragraph took ten times the 200 paragraphs of the same words.
  Here the two halves of a split receive the lines already broken for them, and a wrap at
  a width already broken for returns those lines; nothing is broken twice.
- ``Stack``: flowables one under the other inside padding, with an optional rule down its
  left side (quotes) or a filled box (the embargo banner). Unlike a one-column ``Table``,
  it splits inside a flowable that is taller than the room left, so a 900-word quote runs
  on to the next page instead of failing with "LayoutError: too large on page 3".
- ``Row``: cells side by side (contact cards, the date line beside the reference), top
  aligned; a row taller than a page sets its cells one under the other and splits them.
- ``KeepIfFits``: keeps a block together when it fits on a page, and lets a taller one
  split where it stands.

Space between the flowables of a ``Stack`` is the first's ``spaceAfter`` plus the next
one's ``spaceBefore``, as in a table cell, so a ``Stack`` lays out exactly as the table it
replaced.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any

# reportlab's Flowable by way of the backend, which imports the paragraph module first
# (with its cheap URL pattern: see rl.patches.paragraph_module).
from presskit.renderers.rl.paragraph import Flowable, MeasuredKeepTogether, SplitParagraph
from presskit.renderers.rl.tagging import Node, artifact, tags_of

_FUZZ = 1e-6
_BIG = 0x7FFFFFFF


@dataclass
class _Broken:
    """Lines broken for one set of line widths (reportlab's ``ParaLines``)."""

    widths: tuple[float, ...]  # as wrap() asked for them
    adjusted: list[float]  # as breakLines() left them (it narrows line 1 for a wide bullet)
    lines: Any
    width_max: float


def _settle_overfull_lines(bl: Any, widths: list[float]) -> None:
    """Give back the space reportlab counts for an empty split piece.

    When a word longer than a line follows a line with no room left, reportlab's
    ``_splitWord`` returns an empty first piece, which ``breakLines`` puts on the full line
    with a space before it: the line's width then includes a space that is never drawn,
    its ``extraSpace`` goes negative, and a centred or right-aligned line starts up to a
    space left of the margin (found by the huge-fields property test). For an overfull
    line, the extra space is recomputed from the words it really draws.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines = getattr(bl, "lines", None)
    if not lines:
        return
    for i, line in enumerate(lines):
        available = widths[min(i, len(widths) - 1)]
        if isinstance(line, tuple):  # kind 0: (extraSpace, words) in the paragraph's font
            extra, words = line[0], line[1]
            if extra >= 0:
                continue
            real = stringWidth(" ".join(words), bl.fontName, bl.fontSize)
            if real <= available:
                lines[i] = (available - real, *line[1:])
        elif getattr(line, "extraSpace", 0) < 0:
            words = [w for w in line.words if getattr(w, "text", "")]
            if len(words) != 1:
                continue  # several words: leave upstream's reckoning alone
            w = words[0]
            real = stringWidth(w.text, w.fontName, w.fontSize)
            if real <= available:
                line.extraSpace = available - real


class LinearParagraph(SplitParagraph):
    """A ``Paragraph`` whose lines are broken once however often it is wrapped or split.

    ``breakLines`` is what ``wrap`` calls; it returns the lines already broken for the same
    widths, either by an earlier wrap or, for the halves of a split, by the paragraph they
    came from. Splitting itself stays upstream's ``Paragraph.split`` (orphans, widows and
    the fragments each half carries); only the half-paragraphs' line indices (``sFW``, an
    index into the fragment words) are read relative to their first line, so the lines of
    the whole paragraph are handed on without renumbering them on every page.
    """

    _presskit_broken: _Broken | None = None
    tag: Node | None = None  # the structure element its text is marked as
    label: Node | None = None  # a list item's Lbl, for the bullet

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        tags = tags_of(canvas)
        if tags is None or self.tag is None:
            super().drawOn(canvas, x, y, _sW)
            return
        if self.label is not None and self.bulletText:
            # The bullet is drawn first, as its own text object: it is the Lbl, and the
            # bullet hook (rl_patches, 9.) switches to the LBody once it is drawn.
            tags.begin(canvas, self.label)
            canvas.presskit_after_bullet = functools.partial(tags.switch, canvas, self.tag)
            try:
                super().drawOn(canvas, x, y, _sW)
            finally:
                canvas.presskit_after_bullet = None
                tags.end(canvas)
            return
        tags.begin(canvas, self.tag)  # (no context manager: this runs for every paragraph)
        try:
            super().drawOn(canvas, x, y, _sW)
        finally:
            tags.end(canvas)

    def breakLines(self, width: Any) -> Any:
        widths = [float(w) for w in width] if isinstance(width, (list, tuple)) else [width]
        broken = self._presskit_broken
        if broken is not None and broken.widths == tuple(widths):
            self.width_max = broken.width_max
            if isinstance(width, list):
                width[:] = broken.adjusted
            return broken.lines
        lines = super().breakLines(width)
        adjusted = list(width) if isinstance(width, (list, tuple)) else [width]
        _settle_overfull_lines(lines, adjusted)
        self._presskit_broken = _Broken(tuple(widths), adjusted, lines, self.width_max)
        return lines

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts = list(super().split(availWidth, availHeight))
        for part in parts:  # both halves are the one element, marked on both pages
            part.tag = self.tag
        if parts:
            parts[0].label = self.label
        broken = self._presskit_broken
        if len(parts) != 2 or broken is None:
            return parts
        head, tail = parts
        s = len(head.blPara.lines)
        whole = broken.lines.lines
        head._presskit_broken = replace(broken, lines=_with_lines(broken.lines, whole[:s]))
        tail._presskit_broken = replace(broken, lines=_with_lines(broken.lines, whole[s:]))
        return parts


def _with_lines(bl_para: Any, lines: list[Any]) -> Any:
    """*bl_para* (reportlab's ``ParaLines``) holding only *lines*."""
    part = bl_para.clone()
    part.lines = lines
    return part


class Stack(Flowable):
    """Flowables one under the other inside padding; splits where the page ends.

    *padding* is (top, right, bottom, left). *rule* draws a vertical line (colour, width,
    x) down the left side, as a table's LINEBEFORE does; *box* and *fill* frame and fill
    the whole block, as a table's BOX and BACKGROUND do. Every part of a split block is
    drawn with the same padding and decorations.
    """

    def __init__(self, content: list[Any], *, padding: tuple[float, float, float, float],
                 rule: tuple[Any, float, float] | None = None,
                 box: tuple[Any, float] | None = None, fill: Any = None,
                 space_before: float = 0.0, space_after: float = 0.0):
        super().__init__()
        self.content = content
        self.padding = padding
        self.rule = rule
        self.box = box
        self.fill = fill
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self._sizes: list[float] = []
        self._wrapped: tuple[float, float] | None = None

    def _inner_width(self, width: float) -> float:
        return max(width - self.padding[1] - self.padding[3], 0.0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        inner = self._inner_width(availWidth)
        canv = getattr(self, "canv", None)
        self._sizes = [child.wrapOn(canv, inner, _BIG)[1] for child in self.content]
        height = self.padding[0] + self.padding[2] + sum(self._sizes)
        height += sum(_gap(a, b) for a, b in pairwise(self.content))
        self.width, self.height = availWidth, height
        self._wrapped = (availWidth, height)
        return availWidth, height

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        if self._wrapped is None or self._wrapped[0] != availWidth:
            self.wrap(availWidth, availHeight)
        inner = self._inner_width(availWidth)
        room = availHeight - self.padding[0] - self.padding[2]
        canv = getattr(self, "canv", None)
        head: list[Any] = []
        used = 0.0
        replaced = False
        for k, (child, size) in enumerate(zip(self.content, self._sizes, strict=True)):
            gap = _gap(self.content[k - 1], child) if k else 0.0
            if used + gap + size <= room + _FUZZ:
                head.append(child)
                used += gap + size
                continue
            rest = self.content[k + 1:]
            left = room - used - gap
            parts, first = _split_to_fit(child, canv, inner, left) if left > _FUZZ else ([], 0.0)
            if len(parts) == 1:  # laid out another way, that fits here (a Row stacked)
                head.append(parts[0])
                used += gap + first
                replaced = True
                continue
            if parts:
                return self._halves([*head, parts[0]], parts[1:] + rest)
            if not head:
                return []
            return self._halves(head, [child, *rest])
        return self._halves(head, []) if replaced else [self]

    def _halves(self, head: list[Any], tail: list[Any]) -> list[Any]:
        deco = dict(padding=self.padding, rule=self.rule, box=self.box, fill=self.fill)
        first = Stack(head, **deco, space_before=self.spaceBefore)
        if not tail:
            first.spaceAfter = self.spaceAfter
            return [first]
        return [first, Stack(tail, **deco, space_after=self.spaceAfter)]

    def draw(self) -> None:
        canv = self.canv
        top, _right, _bottom, left = self.padding
        if self.fill is not None or self.box is not None or self.rule is not None:
            with artifact(canv, "Layout"):
                self._decorate(canv)
        y = self.height - top
        for k, (child, size) in enumerate(zip(self.content, self._sizes, strict=True)):
            if k:
                y -= _gap(self.content[k - 1], child)
            y -= size
            child.drawOn(canv, left, y)

    def _decorate(self, canv: Any) -> None:
        """The fill, box and rule: layout artifacts, not content."""
        canv.saveState()
        if self.fill is not None:
            canv.setFillColor(self.fill)
            canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        if self.box is not None:
            color, line_width = self.box
            canv.setStrokeColor(color)
            canv.setLineWidth(line_width)
            canv.setLineCap(1)
            w, h = self.width, self.height
            for x0, y0, x1, y1 in ((0, h, w, h), (0, 0, w, 0), (0, 0, 0, h), (w, 0, w, h)):
                canv.line(x0, y0, x1, y1)  # four lines with round caps, as a table's BOX
        if self.rule is not None:
            color, line_width, x = self.rule
            canv.setStrokeColor(color)
            canv.setLineWidth(line_width)
            canv.setLineCap(1)
            canv.line(x, 0, x, self.height)
        canv.restoreState()


class Row(Flowable):
    """Cells side by side, top aligned; *widths* in points, one per cell.

    A cell is a ``Stack`` (or None for an empty one). A row no taller than *keep* moves to
    the next page whole, as a table row does. A taller one cannot stay side by side: its
    cells are set one under the other at the row's full width, and split like paragraphs,
    so each cell's text still reads in order.
    """

    def __init__(self, cells: list[Stack | None], widths: list[float], *, keep: float):
        super().__init__()
        self.cells = cells
        self.widths = widths
        self.keep = keep
        self._sizes: list[float] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        canv = getattr(self, "canv", None)
        self._sizes = [cell.wrapOn(canv, w, _BIG)[1] if cell is not None else 0.0
                       for cell, w in zip(self.cells, self.widths, strict=True)]
        self.width = sum(self.widths)
        self.height = max(self._sizes, default=0.0)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        self.wrap(availWidth, availHeight)
        if self.height <= self.keep:
            return []
        canv = getattr(self, "canv", None)
        stacked = Stack([c for c in self.cells if c is not None], padding=(0, 0, 0, 0))
        if stacked.wrapOn(canv, self.width, _BIG)[1] <= availHeight + _FUZZ:
            return [stacked]
        return _split_to_fit(stacked, canv, self.width, availHeight)[0]

    def draw(self) -> None:
        x = 0.0
        for cell, width, size in zip(self.cells, self.widths, self._sizes, strict=True):
            if cell is not None:
                cell.drawOn(self.canv, x, self.height - size)
            x += width


class KeepIfFits(MeasuredKeepTogether):
    """``KeepTogether`` for a block no taller than *limit* (the room on a fresh page).

    A block that fits on a page moves to the next page rather than split, as upstream;
    a taller one can never be kept together, and upstream still starts it on a new page,
    leaving the rest of this one empty. Here it starts where it stands and splits like a
    paragraph.
    """

    def __init__(self, flowables: list[Any], limit: float):
        super().__init__(flowables)
        self._limit = limit

    def split(self, aW: float, aH: float) -> list[Any]:
        if not self.wrapped_for(aW, aH):
            self.wrap(aW, aH)
        if self.content_height() > self._limit:
            return [self.NullActionFlowable(), *self.content()]
        return list(super().split(aW, aH))


def _gap(above: Any, below: Any) -> float:
    return float(above.getSpaceAfter()) + float(below.getSpaceBefore())


def _split_to_fit(flowable: Any, canv: Any, width: float,
                  height: float) -> tuple[list[Any], float]:
    """*flowable* split so that its first part fits in *height*, with that part's height;
    ([], 0) if it cannot be. One part is the flowable laid out another way, all of it
    fitting (a ``Row`` that stacks its cells)."""
    parts = list(flowable.splitOn(canv, width, height))
    if not parts or (len(parts) == 1 and parts[0] is flowable):
        return [], 0.0
    first = parts[0].wrapOn(canv, width, _BIG)[1]
    if first > height + _FUZZ:
        return [], 0.0
    return parts, first
