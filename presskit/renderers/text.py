"""The release as plain text, for the body of an email.

Many journalists want the text in the mail, not in an attachment. Paragraphs
are not wrapped (the mail client wraps them) and are separated by blank lines;
lists get "- " or "1. " markers, nested items an indent; links are written
``text (url)``. The typography is the tree's: curly quotes and no-break spaces
(U+00A0, U+202F) are kept as they are.
"""

from __future__ import annotations

from presskit import doctree as dtree
from presskit.doctree import Document, Run
from presskit.textclean import strip_invalid


def _clean(text: str) -> str:
    return strip_invalid(text.replace("\r\n", "\n").replace("\r", "\n"))


def _link_label(href: str) -> str:
    return href[len("mailto:"):] if href.lower().startswith("mailto:") else href


def runs_text(runs: list[Run]) -> str:
    """Runs as text; a link's target follows its text in parentheses, unless they match."""
    out: list[str] = []
    i = 0
    while i < len(runs):
        r = runs[i]
        if not r.href:
            out.append(r.text)
            i += 1
            continue
        j = i
        while j < len(runs) and runs[j].href == r.href:
            j += 1
        text = "".join(x.text for x in runs[i:j])
        target = _link_label(r.href)
        out.append(text if text.strip() in (r.href, target) else f"{text} ({target})")
        i = j
    return _clean("".join(out))


def _indent(text: str, first: str, rest: str) -> str:
    lines = text.split("\n")
    return "\n".join([first + lines[0], *(rest + line for line in lines[1:])])


def _list(b: dtree.ListBlock) -> str:
    lines: list[str] = []
    widths: list[int] = []  # indent of each open level's text
    for item in b.items:
        level = max(0, item.level)
        del widths[level:]
        while len(widths) < level:
            widths.append((widths[-1] if widths else 0) + 2)
        base = widths[-1] if widths else 0
        marker = f"{item.number}. " if item.ordered else "- "
        pad = " " * base
        lines.append(_indent(runs_text(item.runs), pad + marker, pad + " " * len(marker)))
        widths.append(base + len(marker))
    return "\n".join(lines)


def _contact(c: dtree.ContactBlock) -> str:
    return "\n".join(_clean(t) for t in (c.name, c.role, c.phone_line, c.email_line) if t)


def render_text(doc: Document) -> str:
    """The release as a UTF-8 email body: no Markdown, no markup, the tree's typography."""
    chunks: list[str] = []  # blocks separated by blank lines
    head: list[str] = []  # kind, release line, date and reference: one line each
    blocks = doc.blocks
    attach_next = False  # a heading stays on the line above its text
    for b in blocks:
        text: str | None = None
        if isinstance(b, (dtree.KindLabel, dtree.ReleaseLine)):
            head.append(_clean(b.text))
            continue
        if isinstance(b, dtree.Meta):
            head.extend(_clean(t) for t in (b.dateline, b.reference) if t)
            continue
        if head:
            chunks.append("\n".join(head))
            head = []
        if isinstance(b, dtree.ContactList):
            cards = [_contact(c) for c in b.contacts]
            cards = [card for card in cards if card.strip()]
            if cards and attach_next and chunks:
                chunks[-1] += "\n" + cards.pop(0)
            chunks.extend(cards)
            attach_next = False
            continue
        if isinstance(b, (dtree.Title, dtree.Subtitle, dtree.EndMark)):
            text = _clean(b.text)
        elif isinstance(b, (dtree.Paragraph, dtree.Intertitle)):
            text = runs_text(b.runs)
        elif isinstance(b, dtree.ListBlock):
            text = _list(b)
        elif isinstance(b, dtree.QuoteBlock):
            text = "\n".join(t for t in (runs_text(b.runs), _clean(b.attribution)) if t)
        elif isinstance(b, dtree.SectionHeading):
            text = _clean(b.text)
        if text is None or not text.strip():
            continue
        if attach_next and chunks:
            chunks[-1] += "\n" + text
        else:
            chunks.append(text)
        attach_next = isinstance(b, (dtree.Intertitle, dtree.SectionHeading))
    if head:
        chunks.append("\n".join(head))
    return "\n\n".join(chunks) + "\n"
