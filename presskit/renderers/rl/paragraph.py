"""The private parts of reportlab's ``Paragraph`` and ``KeepTogether`` the flowables build on.

``presskit.renderers.pdf_flow`` lays pages out in time linear in the text: its paragraph
breaks its lines once and hands them to the halves of a split, and its keep-together
lets a block taller than a page split where it stands. What that needs of reportlab's
private code is here:

- ``SplitParagraph``: upstream's ``Paragraph`` whose split reads the halves' line indices
  (``sFW``) relative to their first line, and whose one-style halves list their words only
  when they are read (``_get_split_blParaFunc``, ``_split_blParaProcessed``,
  ``_split_blParaSimple`` and the split-word fragment classes); ``width_max`` is the
  widest line's width ``breakLines`` records (``_width_max``);
- ``MeasuredKeepTogether``: upstream's ``KeepTogether`` with the size its last ``wrap``
  measured and its content (``_wrapInfo``, ``_H``, ``_content``).

``tests/presskit/renderers/test_pdf_layout.py`` and ``test_rl_backend.py`` check them.
"""

from __future__ import annotations

from typing import Any

from presskit.renderers.rl import patches

__all__ = ["Flowable", "MeasuredKeepTogether", "SplitParagraph"]

P = patches.paragraph_module()
from reportlab.platypus.flowables import Flowable, KeepTogether  # noqa: E402 - after the cheap URL pattern
from reportlab.platypus.paraparser import ParaFrag  # noqa: E402


class SplitParagraph(P.Paragraph):  # type: ignore[name-defined] # P is a module object
    """reportlab's ``Paragraph``, its halves' lines read relative to their first line."""

    @property
    def width_max(self) -> float:
        """The widest line's width, as ``breakLines`` left it."""
        return float(self._width_max)

    @width_max.setter
    def width_max(self, value: float) -> None:
        self._width_max = value

    def _get_split_blParaFunc(self) -> Any:
        if self.blPara.kind == 0 and not isinstance(self.blPara.lines, P.BidiList):
            return _split_simple_lazily
        return super()._get_split_blParaFunc()

    def _split_blParaProcessed(self, blPara: Any, start: int, stop: int) -> list[Any]:
        # Upstream's, with the lines' ``sFW`` read relative to this paragraph's first line.
        if not stop:
            return []
        lines = blPara.lines
        base = lines[0].sFW
        first = lines[start].sFW - base
        end = lines[stop].sFW - base if stop != len(lines) else len(self.frags)
        frags = self.frags[first:end]
        while frags and isinstance(frags[-1], P._InjectedFrag):
            del frags[-1]
        if frags and isinstance(frags[-1], P._SplitFragHY):
            frags[-1].__class__ = (P._SHYWordHS if isinstance(frags[-1], P._SHYWord)
                                   else P._SplitFragLL)
        return list(frags)


class _LazyWords(ParaFrag):
    """The one fragment of a one-style half-paragraph, its ``words`` listed when read.

    Upstream lists the words of every line left (``_split_blParaSimple``) each time a page
    ends, which is quadratic in the paragraph's length; they are only read if the half is
    broken into lines again, at another width.
    """

    _source: tuple[Any, int, int]

    @classmethod
    def of(cls, bl_para: Any, start: int, stop: int) -> _LazyWords:
        # A half's lines broken again carry its fragment's words and source: never the
        # next half's (a half of a half would repeat the whole of its parent).
        attrs = {k: v for k, v in bl_para.__dict__.items()
                 if k not in ("lines", "kind", "text", "words", "_source")}
        frag = cls(**attrs)
        frag._source = (bl_para, start, stop)
        return frag

    @property
    def words(self) -> list[Any]:
        found = self.__dict__.get("words")
        if found is None:
            bl_para, start, stop = self._source
            found = P._split_blParaSimple(bl_para, start, stop)[0].words
            self.__dict__["words"] = found
        return found

    @words.setter
    def words(self, value: list[Any]) -> None:
        self.__dict__["words"] = value


def _split_simple_lazily(bl_para: Any, start: int, stop: int) -> list[Any]:
    return [_LazyWords.of(bl_para, start, stop)]


class MeasuredKeepTogether(KeepTogether):
    """reportlab's ``KeepTogether``, with what its last ``wrap`` measured."""

    def wrapped_for(self, aW: float, aH: float) -> bool:
        """Whether the last ``wrap`` was for this width and height."""
        return getattr(self, "_wrapInfo", None) == (aW, aH)

    def content_height(self) -> float:
        """The height of the content, as the last ``wrap`` measured it."""
        return float(self._H)

    def content(self) -> list[Any]:
        return list(self._content)
