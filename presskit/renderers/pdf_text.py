"""Inline runs to reportlab paragraph fragments, with per-character font fallback.

User text is never markup: the fragments reportlab lays out are built directly,
so no parser ever reads what a user typed (and none spends a fifth of a long
release's render time re-reading it). Characters the family lacks are set in a
fallback font; characters no installed font has are printed as a visible
``[U+XXXX]`` and reported, so nothing disappears and nothing prints as a black box.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any

from presskit.doctree import Run
from presskit.renderers.fonts import FallbackFinder, FontSet
from presskit.renderers.rl import patches as rl_patches
from presskit.textclean import Warning

_ALWAYS_OK = {"\n", " ", "\t"}
_ALWAYS_OK_CODES = frozenset(map(ord, _ALWAYS_OK))
MISSING_GREY = "#8A8A8A"


_MARK = "\x00"  # where the markup had a tag; clean_text() leaves no NUL in user text


@dataclass(frozen=True)
class _Look:
    """How a piece of text is set, relative to the paragraph's style."""

    bold: bool = False
    italic: bool = False
    link: tuple[int, str] | None = None  # (serial of the run, target)
    face: str | None = None  # a fallback font for characters the family lacks
    missing: bool = False  # a visible [U+XXXX] code for a character no font has
    sup: bool = False  # superscript (French ordinals): smaller, raised; copies as typed


@dataclass
class Marked:
    """Text with its looks, ready to become a paragraph: a list of tokens.

    A token is ``_MARK`` (a tag boundary), a ``(text, look)`` pair, or a ``(None, look)``
    line break. Tag boundaries sit exactly where the markup Presskit used to hand to
    reportlab's parser had tags, so whitespace is cleaned exactly as that parser did.
    """

    tokens: list[Any]

    @staticmethod
    def lines(parts: list[Marked]) -> Marked:
        """*parts* one under the other (a line break between each)."""
        tokens: list[Any] = []
        for k, part in enumerate(parts):
            if k:
                tokens.append((None, _Look()))
            tokens.extend(part.tokens)
        return Marked(tokens)

    def plain(self) -> str:
        """The visible text, line breaks as newlines."""
        return "".join("\n" if t[0] is None else t[0] for t in self.tokens if t is not _MARK)


class FragmentBuilder:
    """Inline runs to paragraph content, with per-character font fallback.

    User text never passes through a markup parser: ``frags()`` builds reportlab's
    fragments directly, so nothing a user types can be read as a tag or an entity.
    """

    def __init__(self, fonts: FontSet, finder: FallbackFinder, link_color: str):
        from reportlab.lib.colors import HexColor

        self.fonts = fonts
        self._printable = fonts.cmap | _ALWAYS_OK_CODES
        self.finder = finder
        self.link_color = HexColor(link_color)
        self.missing_color = HexColor(MISSING_GREY)
        self.missing: dict[str, set[str]] = defaultdict(set)  # field -> characters
        self.fallback_used: set[str] = set()
        self._serial = 0

    def text(self, text: str, field: str, *, bold: bool = False, italic: bool = False) -> Marked:
        return self.runs([Run(text, bold, italic)], field)

    def runs(self, runs: list[Run], field: str) -> Marked:
        tokens: list[Any] = []
        for run in runs:
            link = None
            if run.href:
                self._serial += 1
                link = (self._serial, run.href.strip())
            look = _Look(run.bold, run.italic, link, sup=run.sup)
            tags = (1 if run.href else 0) + (1 if run.italic else 0) + (1 if run.bold else 0) \
                + (1 if run.sup else 0)
            tokens.extend([_MARK] * tags)
            self._chars(run.text, field, look, tokens)
            tokens.extend([_MARK] * tags)
        return Marked(tokens)

    def _chars(self, text: str, field: str, look: _Look, out: list[Any]) -> None:
        if self._printable.issuperset(map(ord, text)):
            self._text(text, look, out)  # fast path: the family has every glyph
            return
        cmap = self.fonts.cmap
        segment: list[str] = []
        seg_font: str | None = None  # None = the family's own font

        def flush() -> None:
            if not segment:
                return
            chunk = "".join(segment)
            if seg_font is None:
                self._text(chunk, look, out)
            else:
                out.append(_MARK)
                self._text(chunk, replace(look, face=seg_font), out)
                out.append(_MARK)
            segment.clear()

        for ch in text:
            if ch in _ALWAYS_OK or ord(ch) in cmap:
                font = None
            elif ch in "\u2028\u2029":
                ch, font = "\n", None
            elif unicodedata.category(ch) == "Cf":
                continue  # invisible format character the font cannot show (ZWSP, BOM…)
            else:
                fb = self.finder.font_for(ch)
                if fb is None:
                    self.missing[field].add(ch)
                    flush()
                    seg_font = None
                    out.extend([_MARK, (f"[U+{ord(ch):04X}]", replace(look, missing=True)), _MARK])
                    continue
                font = fb.name
                self.fallback_used.add(fb.name)
            if font != seg_font and ch not in _ALWAYS_OK:
                flush()
                seg_font = font
            segment.append(ch)
        flush()

    @staticmethod
    def _text(text: str, look: _Look, out: list[Any]) -> None:
        if _MARK in text:  # compose removes control characters; never let one pose as a tag
            text = text.replace(_MARK, "")
        for k, line in enumerate(text.split("\n")):
            if k:
                out.append((None, look))  # a line break is a tag too
            if line:
                out.append((line, look))

    def frags(self, marked: Marked, style: Any) -> list[Any]:
        """reportlab ``ParaFrag``s for *marked* set in *style*: what ``Paragraph(markup,
        style)`` would parse out of the equivalent markup, built without parsing."""
        from reportlab.lib.fonts import ps2tt, tt2ps
        from reportlab.platypus.paraparser import ParaFrag

        P = rl_patches.paragraph_module()
        tokens = marked.tokens
        # Whitespace, cleaned as reportlab cleans paragraph text (cleanBlockQuotedText):
        # runs of breaking spaces become one, none at the ends. A tag is not a space.
        joined = "".join(_MARK if t is _MARK or t[0] is None else t[0] for t in tokens)
        spaces = rl_patches.breaking_space_runs()
        cleaned = " ".join(line for line in (spaces.sub(" ", P.strip(raw))
                                             for raw in joined.split("\n")) if line)
        segments = cleaned.split(_MARK)
        family, bold0, italic0 = ps2tt(style.fontName)
        size = style.fontSize
        links: dict[tuple[int, str], int] = {}
        out: list[Any] = []

        def frag(text: str, look: _Look) -> Any:
            bold, italic = bold0 or look.bold, italic0 or look.italic
            if look.missing:
                color = self.missing_color
            elif look.link:
                color = self.link_color
            else:
                color = style.textColor
            link = []
            if look.link:
                link = [(links.setdefault(look.link, len(links)), look.link[1])]
            return ParaFrag(rise=0.36 * size if look.sup else 0, greek=0, link=link,
                            fontName=look.face or tt2ps(family, bold, italic),
                            bold=int(bold), italic=int(italic),
                            fontSize=0.65 * size if look.sup else size,
                            textColor=color, us_lines=[], text=text)

        seg = 0
        look: _Look | None = None  # of the text since the last tag
        for token in tokens:
            if token is _MARK or token[0] is None:
                if look is not None and segments[seg]:
                    out.append(frag(segments[seg], look))
                look = None
                seg += 1
                if token is not _MARK:
                    br = frag("", token[1])
                    br.lineBreak = True
                    out.append(br)
            else:
                look = token[1]
        if look is not None and segments[seg]:
            out.append(frag(segments[seg], look))
        return out

    def warnings(self) -> list[Warning]:
        out = []
        for field, chars in self.missing.items():
            shown = " ".join(f"'{c}' U+{ord(c):04X}" for c in sorted(chars)[:8])
            more = f" and {len(chars) - 8} more" if len(chars) > 8 else ""
            out.append(Warning(field, f"no installed font can print {shown}{more}; "
                                      "printed as [U+XXXX] codes"))
        return out
