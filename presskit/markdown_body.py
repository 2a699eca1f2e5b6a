"""The Markdown body (CommonMark, via markdown-it-py) turned into document-tree blocks.

Raw HTML is never interpreted: markdown-it runs with ``html=False``, so tags
come through as literal text. Images are never fetched; their alt text is kept.
Only http(s) and mailto links keep their target.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from presskit.doctree import Block, Intertitle, ListBlock, ListItem, Paragraph, Run

_SAFE_SCHEMES = ("http://", "https://", "mailto:")


@functools.cache
def markdown_parser() -> Any:
    """The one CommonMark parser of the body, shared by the export and the editor."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})


def safe_href(href: str | None) -> str | None:
    if not href:
        return None
    h = href.strip()
    return h if h.lower().startswith(_SAFE_SCHEMES) else None


@dataclass(frozen=True)
class InlinePiece:
    """A stretch of inline text with its emphasis and its link target as written."""

    text: str
    bold: bool = False
    italic: bool = False
    href: str | None = None  # raw: check it with safe_href() before printing a link
    code: bool = False


def inline_pieces(children: list[Any]) -> list[InlinePiece]:
    """Walk markdown-it's inline tokens (shared by the export and the editor)."""
    pieces: list[InlinePiece] = []
    bold = italic = 0
    href: str | None = None

    def add(text: str, code: bool = False) -> None:
        if text:
            pieces.append(InlinePiece(text, bold > 0, italic > 0, href, code))

    for tok in children:
        t = tok.type
        if t == "text":
            add(tok.content)
        elif t == "code_inline":
            add(tok.content, code=True)
        elif t == "softbreak":
            add(" ")
        elif t == "hardbreak":
            add("\n")
        elif t == "strong_open":
            bold += 1
        elif t == "strong_close":
            bold = max(0, bold - 1)
        elif t == "em_open":
            italic += 1
        elif t == "em_close":
            italic = max(0, italic - 1)
        elif t == "link_open":
            href = str(tok.attrs.get("href") or "") if tok.attrs else ""
        elif t == "link_close":
            href = None
        elif t == "image":  # never fetched: its alt text stands in
            add("".join(c.content for c in (tok.children or []) if c.type == "text") or tok.content)
        else:
            add(tok.content)
    return pieces


def inline_runs(children: list[Any]) -> list[Run]:
    return merge_runs([Run(p.text, p.bold, p.italic, safe_href(p.href), code=p.code)
                       for p in inline_pieces(children)])


def merge_runs(runs: list[Run]) -> list[Run]:
    out: list[Run] = []
    for r in runs:
        if out and (out[-1].bold, out[-1].italic, out[-1].href, out[-1].sup, out[-1].code) == (
                r.bold, r.italic, r.href, r.sup, r.code):
            out[-1] = Run(out[-1].text + r.text, r.bold, r.italic, r.href, sup=r.sup, code=r.code)
        else:
            out.append(r)
    return out


def body_blocks(markdown: str, field: str = "body") -> list[Block]:
    """Parse the body into Paragraph, Intertitle and ListBlock blocks."""
    if not markdown.strip():
        return []
    tokens = markdown_parser().parse(markdown)
    blocks: list[Block] = []
    current: ListBlock | None = None
    # One entry per open list level: [ordered, next number, item of this level or None]
    levels: list[list[Any]] = []
    heading = False
    quote_depth = 0
    for tok in tokens:
        t = tok.type
        if t in ("bullet_list_open", "ordered_list_open"):
            start = int(tok.attrs["start"]) if tok.attrs and "start" in tok.attrs else 1
            if not levels:
                current = ListBlock(field=field)
                blocks.append(current)
            levels.append([t == "ordered_list_open", start, None])
        elif t in ("bullet_list_close", "ordered_list_close"):
            levels.pop()
            if not levels:
                current = None
        elif t == "list_item_open" and current is not None:
            ordered, number, _ = levels[-1]
            item = ListItem(level=len(levels) - 1, ordered=ordered, number=number)
            levels[-1][1] = number + 1
            levels[-1][2] = item
            current.items.append(item)
        elif t == "list_item_close" and levels:
            levels[-1][2] = None
        elif t == "heading_open":
            heading = True
        elif t == "heading_close":
            heading = False
        elif t == "blockquote_open":
            quote_depth += 1
        elif t == "blockquote_close":
            quote_depth -= 1
        elif t == "inline":
            runs = inline_runs(tok.children or [])
            if quote_depth:
                runs = [Run(r.text, r.bold, True, r.href, code=r.code) for r in runs]
            open_item = levels[-1][2] if levels else None
            if open_item is not None:
                if open_item.runs:
                    open_item.runs.append(Run(" "))
                open_item.runs = merge_runs(open_item.runs + runs)
            elif heading:
                blocks.append(Intertitle(field=field, runs=runs))
            else:
                blocks.append(Paragraph(field=field, runs=runs))
        elif t in ("code_block", "fence"):
            text = tok.content.rstrip("\n")
            if text:
                blocks.append(Paragraph(field=field, runs=[Run(text, code=True)]))
    return [b for b in blocks if not (isinstance(b, ListBlock) and not b.items)]
