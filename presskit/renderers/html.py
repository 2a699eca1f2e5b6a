"""The release as one self-contained, semantic HTML5 page (issue 11 §4).

The page a press office pastes into its website, and the accessible alternative RGAA asks
for beside a downloadable document. It is laid out from the same document tree as the PDF:
``<html lang>`` and ``<title>``, one ``<h1>``, ``<h2>`` for subheadings and the "About" and
"Press contacts" headings, ``<p>``, ``<ul>``/``<ol>``, ``<blockquote>`` with its attribution,
the contacts in ``<address>``, the logo as a ``data:`` URL with its ``alt``, and links as
``<a href>`` for http, https and mailto only. A small stylesheet (screen and print) is
inside the file; there is no script, and a Content-Security-Policy ``<meta>`` forbids
loading anything. Every piece of user text is escaped: ``<b>R&D</b>`` reads as text.
"""

from __future__ import annotations

import base64
from html import escape

from presskit import doctree as dtree
from presskit.doctree import Document, Run
from presskit.renderers.house_style import EMBARGO_RED, GREY, HOUSE, INK, SUBTITLE_GREY
from presskit.textclean import strip_invalid

SAFE_SCHEMES = ("http://", "https://", "mailto:")
CSP = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; "
       "form-action 'none'")


def _text(value: str) -> str:
    return escape(strip_invalid(value), quote=True)


def _safe_href(href: str) -> str | None:
    href = href.strip()
    return href if href.lower().startswith(SAFE_SCHEMES) else None


def _run_html(run: Run) -> str:
    piece = _text(run.text)
    if run.code:
        piece = f"<code>{piece}</code>"
    if run.sup:
        piece = f"<sup>{piece}</sup>"
    if run.italic:
        piece = f"<em>{piece}</em>"
    if run.bold:
        piece = f"<strong>{piece}</strong>"
    return piece


def runs_html(runs: list[Run]) -> str:
    """Inline runs as escaped HTML: strong, em, sup, code, and one ``<a>`` per link (the
    runs of one link together); a link to any other scheme is its text alone."""
    out: list[str] = []
    i = 0
    while i < len(runs):
        j = i + 1
        while runs[i].href and j < len(runs) and runs[j].href == runs[i].href:
            j += 1
        inner = "".join(_run_html(r) for r in runs[i:j])
        target = runs[i].href
        href = _safe_href(target) if target else None
        out.append(f'<a href="{_text(href)}">{inner}</a>' if href else inner)
        i = j
    return "".join(out)


def _styled(text: str, sup: tuple[dtree.Span, ...] = ()) -> str:
    return runs_html(dtree.styled_runs(text, sup))


def _style(accent: str) -> str:
    return f"""
body {{ font-family: "Noto Sans", Arial, sans-serif; color: {INK}; background: #fff;
  max-width: 42rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }}
header {{ display: flex; justify-content: space-between; align-items: flex-start;
  border-bottom: 2px solid {accent}; padding-bottom: .75rem; margin-bottom: 1rem; }}
header img {{ max-height: 5rem; max-width: 12rem; }}
header p {{ text-align: right; margin: 0; color: {GREY}; font-size: .85rem; }}
header .organization {{ font-weight: bold; font-size: 1.1rem; }}
.kind, h2 {{ color: {accent}; }}
.embargo {{ border: 2px solid {EMBARGO_RED}; color: {EMBARGO_RED}; font-weight: bold;
  padding: .4rem .6rem; }}
.meta {{ color: {GREY}; }}
h1 {{ font-size: 1.6rem; margin: .5rem 0; }}
.subtitle {{ font-size: 1.15rem; color: {SUBTITLE_GREY}; }}
blockquote {{ border-left: 3px solid {accent}; margin: 1rem 0; padding: 0 0 0 1rem;
  font-style: italic; }}
blockquote footer {{ font-style: normal; font-weight: bold; color: {GREY}; }}
address {{ font-style: normal; margin-bottom: .75rem; }}
.end {{ text-align: center; font-weight: bold; }}
a {{ color: {accent}; }}
@media print {{
  body {{ max-width: none; margin: 0; font-size: {HOUSE.body.size}pt; }}
  a {{ color: inherit; }}
  a[href^="http"]::after {{ content: " (" attr(href) ")"; font-size: 90%; }}
  h2, h3 {{ break-after: avoid; }}
  blockquote, address {{ break-inside: avoid; }}
}}
"""


class _Page:
    def __init__(self, doc: Document):
        self.doc = doc
        self.lh = doc.letterhead
        self.out: list[str] = []

    def header(self) -> None:
        lh = self.lh
        parts = []
        for png, alt in ((lh.logo_png, lh.logo_alt), (lh.secondary_logo_png,
                                                      lh.secondary_logo_alt)):
            if png:
                data = base64.b64encode(png).decode("ascii")
                parts.append(f'<img src="data:image/png;base64,{data}" alt="{_text(alt)}">')
        lines = []
        for line in lh.lines:
            if line.kind == "organization":
                lines.append(f'<span class="organization">{_text(line.text)}</span>')
            elif line.kind == "web":
                lines += [self._web(w) for w in line.parts]
            else:
                lines.append(_text(line.text))
        if lines:
            parts.append("<p>" + "<br>".join(lines) + "</p>")
        if parts:
            self.out.append("<header>" + "".join(parts) + "</header>")

    @staticmethod
    def _web(value: str) -> str:
        href = value if value.lower().startswith(SAFE_SCHEMES) else None
        if href is None and "." in value and " " not in value and ":" not in value:
            href = "https://" + value
        return f'<a href="{_text(href)}">{_text(value)}</a>' if href else _text(value)

    def blocks(self) -> None:
        for b in self.doc.blocks:
            if isinstance(b, dtree.ContactList):
                self.contacts(b.contacts)
            else:
                self.block(b)

    def block(self, b: dtree.Block) -> None:
        add = self.out.append
        if isinstance(b, dtree.KindLabel):
            add(f'<p class="kind">{_text(b.text)}</p>')
        elif isinstance(b, dtree.ReleaseLine):
            add(f'<p class="{"embargo" if b.embargo else "release"}">{_text(b.text)}</p>')
        elif isinstance(b, dtree.Meta):
            meta = [x for x in (_styled(b.dateline, b.dateline_sup), _text(b.reference)) if x]
            add('<p class="meta">' + " · ".join(meta) + "</p>")
        elif isinstance(b, dtree.Title):
            add(f"<h1>{_styled(b.text, b.sup)}</h1>")
        elif isinstance(b, dtree.Subtitle):
            add(f'<p class="subtitle">{_styled(b.text, b.sup)}</p>')
        elif isinstance(b, dtree.Paragraph):
            add(f"<p>{runs_html(b.runs)}</p>")
        elif isinstance(b, (dtree.Intertitle, dtree.SectionHeading)):
            inner = runs_html(b.runs) if isinstance(b, dtree.Intertitle) else _text(b.text)
            add(f"<h2>{inner}</h2>")
        elif isinstance(b, dtree.ListBlock):
            self.list_block(b)
        elif isinstance(b, dtree.QuoteBlock):
            quote = f"<p>{runs_html(b.runs)}</p>" if b.runs else ""
            who = (f"<footer>{_styled(b.attribution, b.attribution_sup)}</footer>"
                   if b.attribution else "")
            add(f"<blockquote>{quote}{who}</blockquote>")
        elif isinstance(b, dtree.EndMark):
            add(f'<p class="end">{_text(b.text)}</p>')

    def list_block(self, b: dtree.ListBlock) -> None:
        """Flattened items (with their levels) back into nested lists."""
        open_tags: list[str] = []
        for item in b.items:
            tag = "ol" if item.ordered else "ul"
            while len(open_tags) > item.level + 1:
                self.out.append(f"</li></{open_tags.pop()}>")
            if len(open_tags) == item.level + 1:
                self.out.append("</li>")
            while len(open_tags) < item.level + 1:
                start = f' start="{item.number}"' if item.ordered and item.number != 1 else ""
                self.out.append(f"<{tag}{start}>")
                open_tags.append(tag)
            self.out.append(f"<li>{runs_html(item.runs)}")
        while open_tags:
            self.out.append(f"</li></{open_tags.pop()}>")

    def contacts(self, group: list[dtree.ContactBlock]) -> None:
        for c in group:
            lines = []
            if c.name:
                lines.append(f"<strong>{_text(c.name)}</strong>")
            if c.role:
                lines.append(_styled(c.role, c.role_sup))
            if c.phone:
                lines.append(_text(c.phone_line))
            if c.email:
                lines.append(f'{_text(c.email_label)} <a href="mailto:{_text(c.email)}">'
                             f"{_text(c.email)}</a>")
            self.out.append("<address>" + "<br>".join(lines) + "</address>")

    def footer(self) -> None:
        if self.lh.footer:
            self.out.append(f"<footer><p>{_text(self.lh.footer)}</p></footer>")


def render_html(doc: Document) -> str:
    """The release as a self-contained HTML5 document."""
    meta = doc.meta
    page = _Page(doc)
    page.header()
    page.out.append("<main>")
    page.blocks()
    page.out.append("</main>")
    page.footer()
    title = meta.title or meta.kind_label or "Press release"
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_text(meta.language)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_text(title)}</title>\n"
        + (f'<meta name="author" content="{_text(meta.author)}">\n' if meta.author else "")
        + f"<style>{_style(doc.letterhead.text_color)}</style>\n</head>\n<body>\n"
        + "\n".join(page.out)
        + "\n</body>\n</html>\n"
    )
