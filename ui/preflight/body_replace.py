"""Replacing in the body's Markdown through what the editor shows (no Qt).

The body is rich text stored as Markdown: a search looks at the text the user reads, not
at ``**`` or a link's address. Each paragraph becomes its formatted spans, the replacement
happens on those (``Query.replace_segments``: formatting around a match is kept) and the
paragraphs are written back as Markdown, escaped so replaced text stays literal. Matches
are counted over the paragraphs in order, like ``QTextDocument.toPlainText()`` shows them.
"""

from __future__ import annotations

from presskit.markdown_text import blocks_to_markdown, markdown_blocks, merge_spans
from presskit.preflight.find_replace import Query


def body_text(markdown: str) -> str:
    """The body as the editor shows it: one line per paragraph, no Markdown syntax."""
    return "\n".join(block.text for block in markdown_blocks(markdown))


def replace_in_body(markdown: str, query: Query, replacement: str, *,
                    only: int | None = None) -> tuple[str, int]:
    """*markdown* with every match (or the match number *only*, from 0) replaced in its
    visible text; the count. Unchanged Markdown comes back as it was."""
    blocks = markdown_blocks(markdown)
    total = 0
    index = 0
    for block in blocks:
        texts = [span.text for span in block.spans]
        found = len(query.spans("".join(texts)))
        if found and (only is None or index <= only < index + found):
            new, count = query.replace_segments(texts, replacement, only=only, first_index=index)
            for span, text in zip(block.spans, new, strict=True):
                span.text = text
            block.spans = merge_spans(block.spans)
            total += count
        index += found
    if not total:
        return markdown, 0
    return blocks_to_markdown(blocks), total
