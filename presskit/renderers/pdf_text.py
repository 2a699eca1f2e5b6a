"""Inline runs to reportlab Paragraph markup, with escaping and per-character font fallback.

User text is never markup: every run is XML-escaped before it reaches
Paragraph's parser. Characters the family lacks are set in a fallback font;
characters no installed font has are printed as a visible ``[U+XXXX]`` and
reported, so nothing disappears and nothing prints as a black box.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

from presskit.doctree import Run
from presskit.renderers.fonts import FallbackFinder, FontSet, needs_shaping
from presskit.textclean import Warning

_ALWAYS_OK = {"\n", " ", "\t"}


def escape(text: str) -> str:
    """XML-escape text for reportlab's paragraph parser (xml.sax.saxutils costs 17 ms to import)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def quoteattr(value: str) -> str:
    return '"' + escape(value).replace('"', "&quot;") + '"'


class MarkupBuilder:
    def __init__(self, fonts: FontSet, finder: FallbackFinder, link_color: str):
        self.fonts = fonts
        self.finder = finder
        self.link_color = link_color
        self.missing: dict[str, set[str]] = defaultdict(set)  # field -> characters
        self.fallback_used: set[str] = set()

    def text(self, text: str, field: str, *, bold: bool = False, italic: bool = False) -> str:
        return self.runs([Run(text, bold, italic)], field)

    def runs(self, runs: list[Run], field: str) -> str:
        parts: list[str] = []
        for run in runs:
            body = self._chars(run.text, field)
            if run.bold:
                body = f"<b>{body}</b>"
            if run.italic:
                body = f"<i>{body}</i>"
            if run.href:
                body = (f"<a href={quoteattr(run.href)} color={quoteattr(self.link_color)}>"
                        f"{body}</a>")
            parts.append(body)
        return "".join(parts)

    def _chars(self, text: str, field: str) -> str:
        cmap = self.fonts.cmap
        if all(ord(ch) in cmap or ch in _ALWAYS_OK for ch in set(text)):
            return escape(text).replace("\n", "<br/>")  # fast path: the family has every glyph
        out: list[str] = []
        segment: list[str] = []
        seg_font: str | None = None  # None = the family's own font

        def flush() -> None:
            if not segment:
                return
            chunk = escape("".join(segment)).replace("\n", "<br/>")
            out.append(chunk if seg_font is None else f"<font face={quoteattr(seg_font)}>{chunk}</font>")
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
                    out.append(f'<font color="#8A8A8A">[U+{ord(ch):04X}]</font>')
                    continue
                font = fb.name
                self.fallback_used.add(fb.name)
            if font != seg_font and ch not in _ALWAYS_OK:
                flush()
                seg_font = font
            segment.append(ch)
        flush()
        return "".join(out)

    def warnings(self) -> list[Warning]:
        out = []
        for field, chars in self.missing.items():
            shown = " ".join(f"'{c}' U+{ord(c):04X}" for c in sorted(chars)[:8])
            more = f" and {len(chars) - 8} more" if len(chars) > 8 else ""
            out.append(Warning(field, f"no installed font can print {shown}{more}; "
                                      "printed as [U+XXXX] codes"))
        return out


def shaping_needed(runs: list[Run]) -> bool:
    return any(needs_shaping(r.text) for r in runs)


_TAG = re.compile(r"<[^>]+>")


def markup_plain(markup: str) -> str:
    """The visible text of builder markup (for tests and measurements)."""
    plain = _TAG.sub("", markup.replace("<br/>", "\n"))
    return plain.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")
