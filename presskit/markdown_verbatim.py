"""Which Markdown the body's rich editor keeps as source, Qt-free.

The editor represents paragraphs, ``##`` subheadings, tight lists (nested too), rules and
inline emphasis and links (``presskit.markdown_text``). Anything else (pipe tables, fenced
or indented code, HTML blocks, block quotes, other headings, loose lists, footnotes, text
using reference links, link definitions) is kept as a verbatim block: its source lines,
written back exactly as typed. The lines are found with a parser that knows tables and
HTML blocks, then widened to whole blocks of the body's own CommonMark parse.
"""

from __future__ import annotations

import re
from typing import Any


def top_level(tokens: list[Any]) -> list[tuple[int, int, list[Any]]]:
    """The top-level blocks: (first line, end line, their tokens)."""
    groups: list[tuple[int, int, list[Any]]] = []
    current: list[Any] = []
    depth = 0
    for tok in tokens:
        if depth == 0 and tok.map is not None and not current:
            current = [tok]
        else:
            current.append(tok)
        depth += tok.nesting
        if depth == 0 and current:
            first = current[0]
            start, end = first.map if first.map is not None else (0, 0)
            groups.append((start, end, current))
            current = []
    return groups


_FOOTNOTE = re.compile(r"\[\^[^\]\s]+\]")
_BRACKETS = re.compile(r"\[((?:[^\[\]\\]|\\.)+)\]")


def _label(text: str) -> str:
    """A link label as markdown-it keys its references."""
    return " ".join(text.split()).lower().upper()


def _detection_parser() -> Any:
    """CommonMark with tables and HTML blocks: finds what must stay verbatim."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).enable("table")


def _needs_verbatim(tokens: list[Any], source: str) -> bool:
    first = tokens[0].type
    if first in ("table_open", "code_block", "fence", "html_block", "blockquote_open"):
        return True
    if first == "heading_open":
        return tokens[0].tag != "h2" or tokens[0].markup != "##"
    if first in ("bullet_list_open", "ordered_list_open"):
        allowed = {"bullet_list_open", "bullet_list_close", "ordered_list_open",
                   "ordered_list_close", "list_item_open", "list_item_close",
                   "paragraph_open", "paragraph_close", "inline"}
        if any(t.type not in allowed for t in tokens):
            return True
        if any(not t.hidden for t in tokens if t.type == "paragraph_open"):
            return True  # a loose list: blank lines between items or paragraphs
        per_item: list[int] = []
        for t in tokens:
            if t.type == "list_item_open":
                per_item.append(0)
            elif t.type == "paragraph_open" and per_item:
                per_item[-1] += 1
        if any(n > 1 for n in per_item):
            return True
    return bool(_FOOTNOTE.search(source))


def verbatim_ranges(markdown: str, lines: list[str],
                     groups: list[tuple[int, int, list[Any]]]) -> list[tuple[int, int]]:
    """Line ranges kept as source: unrepresentable blocks, and lines no block covers
    (link reference definitions), widened to whole blocks of the body's own parse."""
    ranges: list[tuple[int, int]] = []
    env: dict[str, Any] = {}
    tokens = _detection_parser().parse(markdown, env)
    labels = set(env.get("references", {}))
    for a, b, toks in top_level(tokens):
        source = "\n".join(lines[a:b])
        # A link written by reference would come back inline: the block stays as typed.
        by_reference = any(_label(m) in labels for m in _BRACKETS.findall(source))
        if by_reference or _needs_verbatim(toks, source):
            ranges.append((a, b))
    covered = [False] * len(lines)
    for a, b, _toks in groups:
        for i in range(a, min(b, len(lines))):
            covered[i] = True
    run: int | None = None
    for i, line in enumerate([*lines, ""]):
        loose = i < len(lines) and not covered[i] and bool(line.strip())
        if loose and run is None:
            run = i
        elif not loose and run is not None:
            ranges.append((run, i))
            run = None
    changed = True
    while changed:
        changed = False
        spans = sorted(ranges)
        for a, b, _toks in groups:
            spans = [(min(a, va), max(b, vb)) if a < vb and va < b else (va, vb)
                     for va, vb in spans]
        merged: list[tuple[int, int]] = []
        for va, vb in sorted(spans):
            if merged and va <= merged[-1][1]:  # overlapping or touching: one block
                merged[-1] = (merged[-1][0], max(merged[-1][1], vb))
            else:
                merged.append((va, vb))
        changed = merged != ranges
        ranges = merged
    return [(a, _trim_end(lines, a, b)) for a, b in ranges]


def _trim_end(lines: list[str], a: int, b: int) -> int:
    while b > a + 1 and not lines[b - 1].strip():
        b -= 1
    return b
