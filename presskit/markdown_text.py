"""The body's Markdown rules, Qt-free: parse CommonMark into blocks and write blocks back.

A ``TextBlock`` holds ``Span``\\ s (text with bold, italic, link, code). The editor
(``presskit_ui.form.richtext``) turns blocks into a ``QTextDocument`` and back; this module
only knows Markdown:

* ``markdown_blocks`` parses with markdown-it-py (CommonMark, ``html=False``: raw
  HTML stays literal text).
* ``blocks_to_markdown`` writes tight lists, ``##`` subheadings and inline
  emphasis, escaping whatever CommonMark would read as syntax (``*``, ``_``, ``[``,
  ``#`` or ``1.`` at a line start, ``<``, entity-like ``&x;``…) so typed text comes
  back literally. Unicode spaces (U+00A0, U+202F) where markdown-it would strip them
  are written as character references.
* ``clean_blocks`` keeps only what a pasted document may bring in.
* What the editor cannot represent (tables, code, HTML blocks, quotes…, see
  ``presskit.markdown_verbatim``) is a verbatim ``TextBlock``: its Markdown source,
  written back exactly as typed, never escaped.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from presskit.markdown_body import inline_pieces, markdown_parser, safe_href
from presskit.markdown_verbatim import top_level, verbatim_ranges

LINE_BREAK = "\u2028"  # how QTextDocument holds a line break inside a paragraph (Shift+Enter)
OBJECT = "\ufffc"  # an embedded object (image): never part of the text


# -- the neutral form -------------------------------------------------------------------------
@dataclass
class Span:
    text: str
    bold: bool = False
    italic: bool = False
    href: str | None = None
    code: bool = False

    def same_format(self, other: Span) -> bool:
        return (self.bold, self.italic, self.href, self.code) == \
            (other.bold, other.italic, other.href, other.code)


@dataclass(frozen=True)
class ListRef:
    """One list; items of the same list share its ``key``."""

    key: int
    ordered: bool
    start: int = 1


@dataclass
class TextBlock:
    spans: list[Span] = field(default_factory=list)
    heading: int = 0  # 1..6 for a (sub)heading
    lists: tuple[ListRef, ...] = ()  # enclosing lists, outermost first; () = not a list item
    number: int = 0  # an ordered item's number
    quote: int = 0  # blockquote depth
    rule: bool = False  # a thematic break
    verbatim: bool = False  # Markdown source the editor cannot represent, kept as typed

    @classmethod
    def source(cls, markdown: str) -> TextBlock:
        """A verbatim block: *markdown* is written back exactly, never escaped."""
        return cls(spans=[Span(markdown)], verbatim=True)

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans)


def merge_spans(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for s in spans:
        if not s.text:
            continue
        if out and out[-1].same_format(s):
            out[-1] = Span(out[-1].text + s.text, s.bold, s.italic, s.href, s.code)
        else:
            out.append(Span(s.text, s.bold, s.italic, s.href, s.code))
    return out


# -- Markdown -> blocks -----------------------------------------------------------------------
# The same parser and link rule as the export (presskit.markdown_body): what the editor shows
# as a link or as literal text is exactly what the PDF and DOCX will print.

def _inline_spans(children: list[Any]) -> list[Span]:
    return merge_spans([Span(p.text, p.bold, p.italic, p.href, code=p.code)
                        for p in inline_pieces(children)])


def markdown_blocks(markdown: str) -> list[TextBlock]:
    """Parse CommonMark into blocks (raw HTML stays literal text).

    What the editor cannot represent (tables, code, HTML blocks, block quotes, headings
    other than ``##``, footnotes, link definitions, loose lists…) becomes a verbatim block
    holding its source lines exactly: ``blocks_to_markdown`` writes them back unchanged.
    """
    if not markdown.strip():
        return []
    markdown = markdown.replace("\r\n", "\n").replace("\r", "\n")
    lines = markdown.split("\n")
    groups = top_level(markdown_parser().parse(markdown))
    ranges = verbatim_ranges(markdown, lines, groups)
    blocks: list[TextBlock] = []
    keys = [0]
    items: list[tuple[int, int, list[Any] | None]] = [(a, b, None) for a, b in ranges]
    items += [(a, b, toks) for a, b, toks in groups
              if not any(a < vb and va < b for va, vb in ranges)]
    for a, b, toks in sorted(items, key=lambda it: it[0]):
        if toks is None:
            blocks.append(TextBlock.source("\n".join(lines[a:b])))
        else:
            blocks.extend(_token_blocks(toks, keys))
    return blocks


def _token_blocks(tokens: list[Any], keys: list[int]) -> list[TextBlock]:
    """Blocks of one representable top-level block; *keys* numbers lists across calls."""
    blocks: list[TextBlock] = []
    stack: list[list[Any]] = []  # per open list: [ListRef, next number, current item block]
    heading = 0
    quote = 0
    for tok in tokens:
        t = tok.type
        if t in ("bullet_list_open", "ordered_list_open"):
            ordered = t == "ordered_list_open"
            start = int(tok.attrs["start"]) if ordered and tok.attrs and "start" in tok.attrs else 1
            keys[0] += 1
            stack.append([ListRef(keys[0], ordered, start), start, None])
        elif t in ("bullet_list_close", "ordered_list_close"):
            if stack:
                stack.pop()
        elif t == "list_item_open" and stack:
            level = stack[-1]
            item = TextBlock(lists=tuple(s[0] for s in stack), number=level[1], quote=quote)
            level[1] += 1
            level[2] = item
            blocks.append(item)
        elif t == "list_item_close" and stack:
            stack[-1][2] = None
        elif t == "heading_open":
            heading = int(tok.tag[1:]) if tok.tag[1:].isdigit() else 2
        elif t == "heading_close":
            heading = 0
        elif t == "blockquote_open":
            quote += 1
        elif t == "blockquote_close":
            quote = max(0, quote - 1)
        elif t == "hr":
            blocks.append(TextBlock(rule=True, quote=quote))
        elif t == "inline":
            spans = _inline_spans(tok.children or [])
            open_item: TextBlock | None = stack[-1][2] if stack else None
            if open_item is not None:
                # A second paragraph of one item continues it after a line break.
                if open_item.spans and spans:
                    open_item.spans.append(Span("\n"))
                open_item.spans = merge_spans(open_item.spans + spans)
            else:
                blocks.append(TextBlock(spans=spans, heading=heading, quote=quote))
        elif t in ("code_block", "fence"):
            text = tok.content.rstrip("\n")
            if text:
                blocks.append(TextBlock(spans=[Span(text)], quote=quote))
    return blocks


# -- blocks -> Markdown -----------------------------------------------------------------------
_ENTITY = re.compile(r"&(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)")
_ORDERED_START = re.compile(r"\d{1,9}[.)]")
_ALWAYS = set("\\`*[]<")
# A text holding none of these needs no escaping inside a line (most prose): one C-level
# search instead of a Python loop over every character (~0.3 ms a paragraph).
_NEEDS_ESCAPE = re.compile(r"[\\`*\[\]<_&]")
_LINE_START = set("#>-+=~|")


def escape_text(text: str, line_start: bool = False, before: str = "", after: str = "") -> str:
    """Escape *text* so CommonMark reads it literally.

    *line_start*: the text begins a line, where ``#``, ``>``, ``-``, ``1.`` … start blocks.
    *before* / *after*: the characters next to the text in the output (for ``_``).
    """
    if not _NEEDS_ESCAPE.search(text):
        if not (line_start and text):
            return text
        if text[0] in _LINE_START:
            return "\\" + text
        m = _ORDERED_START.match(text)
        return text if not m else text[:m.end() - 1] + "\\" + text[m.end() - 1:]
    return _escape_each(text, line_start, before, after)


def _escape_each(text: str, line_start: bool, before: str, after: str) -> str:
    """:func:`escape_text` character by character (the general case)."""
    out: list[str] = []
    n = len(text)
    for i, ch in enumerate(text):
        if ch in _ALWAYS:
            out.append("\\" + ch)
        elif ch == "_":
            prev = text[i - 1] if i else before[-1:]
            nxt = text[i + 1] if i + 1 < n else after[:1]
            out.append("_" if prev.isalnum() and nxt.isalnum() else "\\_")
        elif ch == "&" and _ENTITY.match(text, i):
            out.append("\\&")
        else:
            out.append(ch)
    if line_start and text:
        if text[0] in _LINE_START:
            out[0] = "\\" + out[0]
        else:
            m = _ORDERED_START.match(text)
            if m:
                end = m.end() - 1
                out[end] = "\\" + out[end]
    return "".join(out)


def _ws(ws: str, left: bool = True, right: bool = True) -> str:
    """Whitespace where markdown-it would strip it (block ends, around a line break):
    plain spaces at those edges are dropped, Unicode spaces (U+00A0, U+202F…) become
    character references so they survive."""
    if left:
        ws = ws.lstrip(" \t")
    if right:
        ws = ws.rstrip(" \t")
    return "".join(c if c in " \t" else f"&#{ord(c)};" for c in ws)


def _is_punct(ch: str) -> bool:
    """Punctuation as CommonMark's flanking rules see it (markdown-it: P* and S*)."""
    return bool(ch) and unicodedata.category(ch)[0] in "PS"


def _is_other(ch: str) -> bool:
    return bool(ch) and not ch.isspace() and not _is_punct(ch)


def _url(href: str) -> str:
    out = []
    for ch in href:
        if ch in "\\()":
            out.append("\\" + ch)
        elif ch.isspace() or ch in "<>" or ord(ch) < 32:
            out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8")))
        else:
            out.append(ch)
    return "".join(out)


class _Inline:
    """Writes one block's spans as inline Markdown, tracking emphasis and line starts.

    Whitespace at the edges of a bold or italic run moves outside its delimiters
    (CommonMark does not close ``**bold **``); a delimiter opened right after one
    was closed uses ``_`` so the two do not merge into one run. Where a delimiter
    would sit between a letter and punctuation (``é*«x»*``), which CommonMark does
    not read as emphasis, the letter is written as a character reference.
    """

    def __init__(self, *, ignore_bold: bool, indent: str, line_start: bool = True):
        self.parts: list[str] = []
        self.ignore_bold = ignore_bold
        self.indent = indent  # continuation lines after a hard break
        self.line_start = line_start
        self.block_start = line_start
        self.open: list[tuple[str, str]] = []  # ("b" | "i", delimiter), outermost first
        self.just_closed = False
        self.closed_char = ""
        self.pending_ws = ""
        self.breaks: list[str] = []  # pending line breaks, each with the spaces before it
        self.last_text = ""  # last character of text written (not of a delimiter)
        self.entity_next = False  # write the next text character as a reference

    def _last_char(self) -> str:
        return self.parts[-1][-1:] if self.parts else ""

    def _close(self, want: set[str] | None = None) -> None:
        while self.open and (want is None or not all(k in want for k, _ in self.open)):
            delim = self.open.pop()[1]
            self.parts.append(delim)
            self.just_closed = True
            self.closed_char = delim[0]

    def _flush(self) -> None:
        """Write pending line breaks and whitespace before more content."""
        for ws in self.breaks:
            kept = _ws(ws, left=self.line_start)
            if kept or not self.block_start:  # a break before any content is dropped
                self.parts.append(kept + "\\\n" + self.indent)
                self.line_start, self.block_start = True, False
        self.breaks = []
        ws, self.pending_ws = self.pending_ws, ""
        if ws and self.line_start:
            ws = _ws(ws, right=False)
        if ws:
            self.parts.append(ws)
            self.line_start = self.block_start = False
            self.just_closed = False
            self.last_text = ws[-1]

    def _format(self, want: set[str], next_char: str) -> None:
        if {k for k, _ in self.open} != want:
            before = self.last_text
            self._close(want)
            if self.just_closed and not self.pending_ws and not self.breaks \
                    and _is_other(next_char) and (_is_punct(before) or self.closed_char == "_"):
                self.entity_next = True  # «x»*é: the closing * needs punctuation after it
        self._flush()
        opened = False
        for kind in ("b", "i"):
            if kind in want and all(k != kind for k, _ in self.open):
                if not opened and _is_punct(next_char) and _is_other(self._last_char()):
                    last = self.parts[-1]
                    self.parts[-1] = last[:-1] + f"&#{ord(last[-1])};"  # é*«x»*
                char = ("*" if self.closed_char == "_" else "_") if self.just_closed else "*"
                delim = char * (2 if kind == "b" else 1)
                self.open.append((kind, delim))
                self.parts.append(delim)
                self.line_start = self.block_start = False
                opened = True
        self.just_closed = False

    def raw(self, text: str) -> None:
        """Already-Markdown text (a link) at the current position, outside any emphasis."""
        self._close()
        self._flush()
        if self._last_char() == "!" and text.startswith("["):
            self.parts[-1] = self.parts[-1][:-1] + "\\!"  # not an image
        self.parts.append(text)
        self.line_start = self.block_start = False
        self.just_closed = False
        self.last_text = text[-1:]

    def line_break(self) -> None:
        self._close()
        self.breaks.append(self.pending_ws)
        self.pending_ws = ""
        self.just_closed = False

    def span(self, span: Span) -> None:
        for j, line in enumerate(span.text.split("\n")):
            if j:
                self.line_break()
            core = line.strip()
            if not core:
                self.pending_ws += line
                continue
            self.pending_ws += line[: len(line) - len(line.lstrip())]
            self._format({k for k, on in (("b", span.bold and not self.ignore_bold),
                                          ("i", span.italic)) if on}, core[0])
            if span.code:
                longest = max((len(m) for m in re.findall(r"`+", core)), default=0)
                fence = "`" * (longest + 1)
                pad = " " if core[0] == "`" or core[-1] == "`" else ""
                self.parts.append(f"{fence}{pad}{core}{pad}{fence}")
            else:
                text = escape_text(core, self.line_start, self._last_char())
                if self.entity_next and text[0] != "\\":
                    text = f"&#{ord(text[0])};" + text[1:]
                self.parts.append(text)
            self.entity_next = False
            self.line_start = self.block_start = False
            self.last_text = core[-1]
            self.pending_ws = line[len(line.rstrip()):]

    def finish(self) -> str:
        self._close()
        # After the last text only Unicode spaces are kept, with the line breaks between them.
        items = [*self.breaks, self.pending_ws]
        kept = [_ws(x, left=k > 0 or self.line_start) for k, x in enumerate(items)]
        last = max((k for k, x in enumerate(kept) if x), default=-1)
        for k in range(last + 1):
            self.parts.append(kept[k])
            if kept[k]:
                self.block_start = False
            if k < last and not self.block_start:
                self.parts.append("\\\n" + self.indent)
        return "".join(self.parts)


def _inline_markdown(spans: list[Span], *, ignore_bold: bool = False, indent: str = "") -> str:
    spans = merge_spans([Span(s.text.replace(LINE_BREAK, "\n").replace(OBJECT, ""),
                              s.bold, s.italic, s.href or None, s.code) for s in spans])
    writer = _Inline(ignore_bold=ignore_bold, indent=indent)
    i = 0
    while i < len(spans):
        href = spans[i].href
        if href:
            j = i
            while j < len(spans) and spans[j].href == href:
                j += 1
            group = spans[i:j]
            i = j
            if not "".join(s.text for s in group).strip():
                for s in group:  # a link on nothing but spaces is just the spaces
                    writer.span(Span(s.text, s.bold, s.italic, None, s.code))
                continue
            # Spaces and line breaks at the edges of the link text go outside the brackets.
            lead, middle, trail = _split_edges(group)
            writer.span(Span(lead))
            link = _link(middle, href, indent, ignore_bold)
            if link:
                writer.raw(link)
            writer.span(Span(trail))
            continue
        writer.span(spans[i])
        i += 1
    return writer.finish()


def _split_edges(spans: list[Span]) -> tuple[str, list[Span], str]:
    """(leading whitespace, the spans without it, trailing whitespace) across all spans."""
    text = "".join(s.text for s in spans)
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    middle: list[Span] = []
    pos = 0
    for s in spans:
        a, b = max(start, pos), min(end, pos + len(s.text))
        if a < b:
            middle.append(Span(text[a:b], s.bold, s.italic, None, s.code))
        pos += len(s.text)
    return text[:start], middle, text[end:]


def _link(spans: list[Span], href: str, indent: str, ignore_bold: bool) -> str:
    text = "".join(s.text for s in spans)
    if not text:
        return ""
    plain = not any((s.bold and not ignore_bold) or s.italic or s.code for s in spans)
    if plain and "\n" not in text and not re.search(r"[\s<>]", href) and (
            (text == href and re.match(r"^[A-Za-z][A-Za-z0-9+.-]{1,31}:", href))
            or (href == "mailto:" + text and "@" in text)):
        return f"<{text}>"
    inner = _Inline(ignore_bold=ignore_bold, indent=indent, line_start=False)
    for s in spans:
        inner.span(s)
    return f"[{inner.finish()}]({_url(href)})"


def blocks_to_markdown(blocks: list[TextBlock]) -> str:
    """Write blocks as CommonMark: tight lists, ``##`` subheadings, escaped text."""
    out: list[str] = []
    prev: TextBlock | None = None
    chars: dict[int, str] = {}  # list key -> its marker character
    current: dict[int, str] = {}  # list key -> marker of its latest item ("-", "12.")
    last_at_depth: dict[int, tuple[int, str]] = {}  # depth -> (list key, marker char)
    for block in blocks:
        if block.verbatim:
            text = block.text.replace(LINE_BREAK, "\n").replace(OBJECT, "")
            last_at_depth.clear()
            if not text.strip():
                continue
            if prev is not None:
                out.append("\n\n")
            out.append(text)
            prev = block
            continue
        if block.rule:
            text = "---"
            last_at_depth.clear()
        elif block.lists:
            ref, depth = block.lists[-1], len(block.lists) - 1
            indent = "".join(" " * (len(current.get(r.key, "-")) + 1) for r in block.lists[:-1])
            if ref.key not in chars:
                # Two different lists in a row need different markers, or they merge.
                before = last_at_depth.get(depth)
                first = "." if ref.ordered else "-"
                other = ")" if ref.ordered else "*"
                chars[ref.key] = other if before and before[0] != ref.key and before[1] == first \
                    else first
            marker = f"{max(0, block.number)}{chars[ref.key]}" if ref.ordered else chars[ref.key]
            current[ref.key] = marker
            body = _inline_markdown(block.spans, indent=indent + " " * (len(marker) + 1))
            text = indent + marker + (" " + body if body else "")
            last_at_depth[depth] = (ref.key, chars[ref.key])
            for d in [d for d in last_at_depth if d > depth]:
                del last_at_depth[d]
        else:
            last_at_depth.clear()
            spans = block.spans
            if block.heading:
                spans = [Span(s.text.replace("\n", " ").replace(LINE_BREAK, " "), s.bold, s.italic,
                              s.href, s.code) for s in spans]
            body = _inline_markdown(spans, ignore_bold=bool(block.heading))
            if not body.strip():
                continue
            if block.heading:
                # A trailing "#" would be read as the optional closing sequence.
                trailing = re.search(r"(\\*)#$", body)
                if trailing and len(trailing.group(1)) % 2 == 0:
                    body = body[:-1] + "\\#"
                text = "#" * min(max(block.heading, 1), 6) + " " + body
            else:
                text = body
        if block.quote:
            prefix = "> " * block.quote
            text = "\n".join(prefix + line if line else prefix.rstrip() for line in text.split("\n"))
        if prev is not None:
            tight = bool(block.lists and prev.lists and block.lists[0].key == prev.lists[0].key
                         and block.quote == prev.quote)
            out.append("\n" if tight else "\n\n")
        out.append(text)
        prev = block
    return "".join(out)


# -- cleaning pasted blocks -------------------------------------------------------------------
_WORD_BULLET = re.compile(r"^[\u00b7\u2022\u25aa\u25e6\u2023\u2043o§\-–][\s\u00a0]{2,}")
_WORD_NUMBER = re.compile(r"^(\d{1,3})[.)][\s\u00a0]{2,}")


def clean_blocks(blocks: list[TextBlock]) -> list[TextBlock]:
    """Keep bold, italic, safe links, lists and subheadings; drop empty blocks.

    Word's HTML lists are paragraphs starting with a bullet character or a number
    padded with non-breaking spaces: they become list items again.
    """
    out: list[TextBlock] = []
    word_list: ListRef | None = None
    keys = 10_000
    for b in blocks:
        spans = [Span(s.text, s.bold and not b.heading, s.italic, safe_href(s.href))
                 for s in b.spans]
        spans = merge_spans(spans)
        if not "".join(s.text for s in spans).strip():
            continue  # empty paragraphs and horizontal rules
        block = TextBlock(spans=spans, heading=min(b.heading, 6), lists=b.lists, number=b.number)
        if not block.lists and not block.heading and spans:
            head = spans[0].text
            bullet, number = _WORD_BULLET.match(head), _WORD_NUMBER.match(head)
            if bullet or number:
                m = bullet or number
                assert m is not None
                spans[0] = Span(head[m.end():], spans[0].bold, spans[0].italic, spans[0].href)
                ordered = number is not None
                if word_list is None or word_list.ordered != ordered:
                    keys += 1
                    word_list = ListRef(keys, ordered, int(number.group(1)) if number else 1)
                block = TextBlock(spans=merge_spans(spans), lists=(word_list,),
                                  number=int(number.group(1)) if number else 0)
            else:
                word_list = None
        else:
            word_list = None
        out.append(block)
    return out
