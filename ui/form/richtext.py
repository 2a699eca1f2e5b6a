"""The body's rich text: Markdown <-> QTextDocument, and cleaning what is pasted.

Both directions go through the neutral blocks of ``presskit.markdown_text``
(Qt-free: CommonMark parsing, escaping and writing):

* Markdown is parsed with markdown-it-py (``html=False``) and the document is built
  with ``QTextCursor``; user text is never given to ``setHtml``.
* The document is turned back into Markdown by walking blocks and fragments
  (``QTextFragment.text()`` keeps U+00A0 and U+202F, which ``toPlainText`` does not).
* Pasted HTML (Word, web pages) is parsed off-screen and only bold, italic, links
  (http, https, mailto), lists and subheadings are re-emitted; fonts, colours and
  sizes are dropped.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextList,
    QTextListFormat,
)

from presskit.markdown_text import (
    LINE_BREAK,
    OBJECT,
    ListRef,
    Span,
    TextBlock,
    blocks_to_markdown,
    clean_blocks,
    markdown_blocks,
    merge_spans,
)

__all__ = [
    "LINE_BREAK", "ListRef", "Span", "TextBlock", "blocks_to_markdown", "char_format",
    "clean_blocks", "document_blocks", "document_to_markdown", "fill_document",
    "html_to_blocks", "insert_blocks", "markdown_blocks", "markdown_to_document", "paste_html",
]

QUOTE_DEPTH = QTextFormat.Property.UserProperty + 1  # block property: blockquote depth
# Block property: the Markdown source of a verbatim block (a table, code…), shown as plain
# monospace text; consecutive blocks with the same number are the lines of one source.
VERBATIM = QTextFormat.Property.UserProperty + 2
LINK_COLOR = QColor("#1a5fb4")
_ORDERED = {QTextListFormat.Style.ListDecimal, QTextListFormat.Style.ListLowerAlpha,
            QTextListFormat.Style.ListUpperAlpha, QTextListFormat.Style.ListLowerRoman,
            QTextListFormat.Style.ListUpperRoman}


# -- QTextDocument <-> blocks -----------------------------------------------------------------
def char_format(span: Span | None = None, heading: int = 0) -> QTextCharFormat:
    """The editor's own formats: only weight, italic, links and (for code) a fixed font."""
    fmt = QTextCharFormat()
    if span is not None:
        if span.bold or heading:
            fmt.setFontWeight(QFont.Weight.Bold)
        if span.italic:
            fmt.setFontItalic(True)
        if span.href:
            fmt.setAnchor(True)
            fmt.setAnchorHref(span.href)
            fmt.setFontUnderline(True)
            fmt.setUnderlineColor(LINK_COLOR)
            fmt.setToolTip(span.href)
        if span.code:
            fmt.setFontFixedPitch(True)
            fmt.setFontFamilies([QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()])
    elif heading:
        fmt.setFontWeight(QFont.Weight.Bold)
    if heading:
        fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, 1 if heading > 2 else 2 - (heading == 2))
    return fmt


def block_format(block: TextBlock | None = None) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    if block is None:
        fmt.setBottomMargin(6)
        return fmt
    if block.heading:
        fmt.setHeadingLevel(block.heading)
        fmt.setTopMargin(8)
        fmt.setBottomMargin(4)
    elif block.lists:
        fmt.setBottomMargin(2)
    else:
        fmt.setBottomMargin(6)
    if block.quote:
        fmt.setProperty(QUOTE_DEPTH, block.quote)
        fmt.setLeftMargin(18 * block.quote)
    if block.rule:
        fmt.setProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth, 1)
    return fmt


VERBATIM_BACKGROUND = QColor("#f2f2f2")


def verbatim_format(number: int, *, first: bool = False) -> QTextBlockFormat:
    """A line of Markdown source: tinted, without gaps between the lines of one source."""
    fmt = QTextBlockFormat()
    fmt.setTopMargin(6 if first else 0)
    fmt.setBackground(VERBATIM_BACKGROUND)
    fmt.setProperty(VERBATIM, number)
    return fmt


def list_format(ref: ListRef, depth: int) -> QTextListFormat:
    fmt = QTextListFormat()
    if ref.ordered:
        fmt.setStyle(QTextListFormat.Style.ListDecimal)
    else:
        styles = (QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle,
                  QTextListFormat.Style.ListSquare)
        fmt.setStyle(styles[depth % 3])
    fmt.setIndent(depth + 1)
    if ref.ordered and ref.start != 1:
        fmt.setStart(ref.start)
    return fmt


def insert_blocks(cursor: QTextCursor, blocks: list[TextBlock], *, into_current: bool = True) -> None:
    """Insert *blocks* at *cursor*; the first goes into the current block when *into_current*."""
    lists: dict[int, QTextList] = {}
    verbatim = 0
    cursor.beginEditBlock()
    try:
        for i, block in enumerate(blocks):
            if block.verbatim:
                verbatim += 1
                _insert_verbatim(cursor, block.text, verbatim, first=i == 0 and into_current)
                continue
            if i == 0 and into_current:
                here = cursor.block()
                if (block.lists or block.heading or block.quote or block.rule
                        or here.length() <= 1) and here.textList() is None:
                    cursor.setBlockFormat(block_format(block))
                heading = cursor.blockFormat().headingLevel()
            else:
                cursor.insertBlock(block_format(block), char_format(None, block.heading))
                heading = block.heading
            if block.lists and cursor.block().textList() is None:
                ref = block.lists[-1]
                existing = lists.get(ref.key)
                if existing is not None:
                    existing.add(cursor.block())
                else:
                    lists[ref.key] = cursor.createList(list_format(ref, len(block.lists) - 1))
            for span in block.spans:
                text = span.text.replace("\r\n", "\n").replace("\r", "\n")
                text = text.replace("\n", LINE_BREAK).replace(OBJECT, "")
                if text:
                    cursor.insertText(text, char_format(span, heading))
            cursor.setCharFormat(char_format(None, heading))
    finally:
        cursor.endEditBlock()


def _insert_verbatim(cursor: QTextCursor, source: str, number: int, *, first: bool) -> None:
    """The source's lines as monospace blocks sharing *number*, with no Markdown meaning."""
    fmt = char_format(Span("", code=True))
    source = source.replace("\r\n", "\n").replace("\r", "\n").replace(OBJECT, "")
    for j, line in enumerate(source.split("\n")):
        if j == 0 and first:
            cursor.setBlockFormat(verbatim_format(number, first=True))
        else:
            cursor.insertBlock(verbatim_format(number, first=j == 0), fmt)
        if line:
            cursor.insertText(line, fmt)
    cursor.setCharFormat(char_format(None))


def fill_document(doc: QTextDocument, blocks: list[TextBlock]) -> None:
    """Replace the content of *doc* with *blocks*."""
    doc.clear()
    cursor = QTextCursor(doc)
    if not blocks:
        cursor.setBlockFormat(block_format())
        return
    cursor.setBlockFormat(block_format(blocks[0]))
    insert_blocks(cursor, blocks, into_current=True)


def markdown_to_document(markdown: str, doc: QTextDocument | None = None) -> QTextDocument:
    doc = doc if doc is not None else QTextDocument()
    fill_document(doc, markdown_blocks(markdown))
    return doc


def document_blocks(doc: QTextDocument) -> list[TextBlock]:
    """Walk the document's blocks and fragments (fragments keep non-breaking spaces)."""
    blocks: list[TextBlock] = []
    stack: list[tuple[int, int, ListRef]] = []  # (list object index, indent, ref)
    refs: dict[int, ListRef] = {}
    b = doc.firstBlock()
    while b.isValid():
        bf = b.blockFormat()
        if bf.hasProperty(VERBATIM):
            b = _read_verbatim(b, blocks)
            stack.clear()
            continue
        spans: list[Span] = []
        it = b.begin()
        while not it.atEnd():
            frag = it.fragment()
            it += 1
            if not frag.isValid():
                continue
            cf = frag.charFormat()
            text = frag.text()
            if OBJECT in text:
                text = text.replace(OBJECT, "")
            if not text:
                continue
            href = cf.anchorHref() if cf.isAnchor() else ""
            spans.append(Span(text.replace(LINE_BREAK, "\n"), cf.fontWeight() >= 600,
                              cf.fontItalic(), href or None, cf.fontFixedPitch()))
        block = TextBlock(spans=merge_spans(spans), heading=max(0, bf.headingLevel()),
                          quote=bf.intProperty(QUOTE_DEPTH) if bf.hasProperty(QUOTE_DEPTH) else 0,
                          rule=bf.hasProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth))
        lst = b.textList()
        if lst is not None:
            lf = lst.format()
            index, indent = lst.objectIndex(), max(1, lf.indent())
            while stack and (stack[-1][1] > indent or (stack[-1][1] == indent and stack[-1][0] != index)):
                stack.pop()
            if not stack or stack[-1][0] != index:
                ref = refs.get(index)
                if ref is None:
                    ref = ListRef(index, lf.style() in _ORDERED, lf.start() if lf.start() > 0 else 1)
                    refs[index] = ref
                stack.append((index, indent, ref))
            block.lists = tuple(r for _i, _d, r in stack)
            block.number = stack[-1][2].start + lst.itemNumber(b)
            block.heading = 0
        else:
            stack.clear()
        blocks.append(block)
        b = b.next()
    return blocks


def _read_verbatim(b: QTextBlock, blocks: list[TextBlock]) -> QTextBlock:
    """Read the lines of one verbatim source from *b*; return the block after them."""
    number = b.blockFormat().intProperty(VERBATIM)
    lines: list[str] = []
    while b.isValid() and b.blockFormat().hasProperty(VERBATIM) \
            and b.blockFormat().intProperty(VERBATIM) == number:
        lines.append(b.text().replace(LINE_BREAK, "\n").replace(OBJECT, ""))
        b = b.next()
    blocks.append(TextBlock.source("\n".join(lines)))
    return b


def document_to_markdown(doc: QTextDocument) -> str:
    return blocks_to_markdown(document_blocks(doc))


# -- paste cleaning ---------------------------------------------------------------------------
class _OffscreenDocument(QTextDocument):
    """Parses pasted HTML; never loads images or any other resource."""

    def loadResource(self, _type: int, _name: QUrl | str) -> Any:  # Qt API name
        return None


def html_to_blocks(html: str) -> list[TextBlock]:
    doc = _OffscreenDocument()
    doc.setHtml(html)
    return clean_blocks(document_blocks(doc))


def paste_html(cursor: QTextCursor, html: str) -> None:
    """Insert pasted HTML at *cursor*, keeping only the allowed features."""
    blocks = html_to_blocks(html)
    if not blocks:
        return
    cursor.beginEditBlock()
    try:
        if cursor.hasSelection():
            cursor.removeSelectedText()
        # A pasted list or heading starts a block of its own unless this one is empty.
        structured = bool(blocks[0].lists or blocks[0].heading)
        into = not structured or cursor.block().length() <= 1
        insert_blocks(cursor, blocks, into_current=into)
    finally:
        cursor.endEditBlock()
