"""The newsroom page: ``index.html`` for the journalists' ZIP and for ``--html DIR``.

One self-contained, accessible page in the release language (``<html lang>``, one ``<h1>``,
``<h2>`` per part, every thumbnail with its ``alt``): the release and each document as
their HTML versions (``presskit.renderers.html``) with their PDF and Word downloads, the
photos as thumbnails (small JPEGs in ``thumbs/``) linking to the originals in ``photos/``
with caption, credit and rights, the logos, the video links, and the credits file. Every
link is relative, so the page works unzipped or uploaded as it is to a static site; there
is no script and the Content-Security-Policy allows nothing to be loaded from elsewhere.
All user text is escaped.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from html import escape

from presskit.kit.compose import ComposedKit
from presskit.renderers.house_style import EMBARGO_RED
from presskit.renderers.html import CSP, GREY, INK
from presskit.textclean import strip_invalid

THUMB_SIDE = 480  # pixels, the long side of a thumbnail
# The newsroom's own pages and thumbnails load from the folder itself.
NEWSROOM_CSP = CSP.replace("img-src data:", "img-src 'self' data:")


def _text(value: str) -> str:
    return escape(strip_invalid(value), quote=True)


@dataclass
class Download:
    label: str  # "PDF", "Word"
    path: str  # relative path inside the ZIP or folder


@dataclass
class Part:
    """The release or a document: its kind, title, HTML version and downloads."""

    kind: str
    title: str
    html: str
    downloads: list[Download]


@dataclass
class NewsroomPhoto:
    original: str  # "photos/01-launch-pad.jpg"
    thumb: str  # "thumbs/01-launch-pad.jpg"
    thumb_size: tuple[int, int]
    size: tuple[int, int]  # the original's pixels, upright
    caption: str
    credit_line: str
    alt: str


@dataclass
class NewsroomLink:
    url: str
    description: str


@dataclass
class Newsroom:
    parts: list[Part]
    photos: list[NewsroomPhoto]
    logos: list[tuple[str, str]]  # (path, title)
    links: list[NewsroomLink]
    credits: str  # path of the credits file


def _style(accent: str) -> str:
    return f"""
body {{ font-family: "Noto Sans", Arial, sans-serif; color: {INK}; background: #fff;
  max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }}
header {{ border-bottom: 2px solid {accent}; padding-bottom: .75rem; margin-bottom: 1rem; }}
header img {{ max-height: 4rem; max-width: 12rem; }}
.organization {{ font-weight: bold; color: {accent}; }}
h1 {{ font-size: 1.6rem; margin: .5rem 0 1rem; }}
.embargo {{ border: 2px solid {EMBARGO_RED}; color: {EMBARGO_RED}; font-weight: bold;
  padding: .4rem .6rem; }}
h2 {{ color: {accent}; font-size: 1.2rem; margin-top: 2rem; }}
.kind {{ color: {GREY}; font-size: .85rem; display: block; }}
ul.parts, ul.files {{ list-style: none; padding: 0; }}
ul.parts li {{ margin-bottom: .75rem; }}
.downloads a {{ margin-right: .75rem; }}
.photos {{ display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
  gap: 1.5rem; list-style: none; padding: 0; }}
figure {{ margin: 0; }}
figure img {{ width: 100%; height: auto; display: block; border: 1px solid #ddd; }}
figcaption {{ font-size: .9rem; margin-top: .4rem; }}
.credit {{ color: {GREY}; font-size: .8rem; display: block; }}
figcaption a {{ font-size: .8rem; }}
a {{ color: {accent}; }}
@media print {{ .photos {{ display: block; }} figure {{ break-inside: avoid; margin-bottom: 1rem; }} }}
"""


def _safe_url(url: str) -> str | None:
    url = url.strip()
    return url if url.lower().startswith(("http://", "https://", "mailto:")) else None


def render_newsroom(composed: ComposedKit, room: Newsroom) -> str:
    """``index.html`` of the kit."""
    doc = composed.release
    labels = composed.labels
    lh = doc.letterhead
    out: list[str] = []
    add = out.append
    head = []
    if lh.logo_png:
        data = base64.b64encode(lh.logo_png).decode("ascii")
        head.append(f'<img src="data:image/png;base64,{data}" alt="{_text(lh.logo_alt)}">')
    if lh.organization:
        head.append(f'<p class="organization">{_text(lh.organization)}</p>')
    if head:
        add("<header>" + "".join(head) + "</header>")
    add("<main>")
    add(f"<h1>{_text(composed.title)}</h1>")
    if composed.embargo:
        add(f'<p class="embargo">{_text(composed.embargo)}</p>')
    add(f"<h2>{_text(labels.documents)}</h2>")
    add('<ul class="parts">')
    for part in room.parts:
        downloads = " ".join(f'<a href="{_text(d.path)}">{_text(d.label)}</a>'
                             for d in part.downloads)
        add(f'<li><span class="kind">{_text(part.kind)}</span>'
            f'<a href="{_text(part.html)}">{_text(part.title)}</a>'
            + (f' <span class="downloads">{downloads}</span>' if downloads else "")
            + "</li>")
    add("</ul>")
    if room.photos:
        add(f"<h2>{_text(labels.photos)}</h2>")
        add('<ul class="photos">')
        for p in room.photos:
            size = labels.original.format(width=p.size[0], height=p.size[1])
            credit = (f' <span class="credit">{_text(p.credit_line)}</span>'
                      if p.credit_line else "")
            add(f'<li><figure><a href="{_text(p.original)}">'
                f'<img src="{_text(p.thumb)}" alt="{_text(p.alt)}" '
                f'width="{p.thumb_size[0]}" height="{p.thumb_size[1]}"></a>'
                f"<figcaption>{_text(p.caption)}{credit} "
                f'<a href="{_text(p.original)}">{_text(size)}</a></figcaption></figure></li>')
        add("</ul>")
        add(f'<p><a href="{_text(room.credits)}">{_text(labels.photo_credits)}</a></p>')
    if room.logos:
        add(f"<h2>{_text(labels.logos)}</h2>")
        add('<ul class="files">')
        for path, title in room.logos:
            add(f'<li><a href="{_text(path)}">{_text(title)}</a></li>')
        add("</ul>")
    links = [(u, link.description) for link in room.links if (u := _safe_url(link.url))]
    if links:
        add(f"<h2>{_text(labels.links)}</h2>")
        add('<ul class="files">')
        for url, description in links:
            add(f'<li><a href="{_text(url)}">{_text(description or url)}</a></li>')
        add("</ul>")
    add("</main>")
    if lh.footer:
        add(f"<footer><p>{_text(lh.footer)}</p></footer>")
    meta = doc.meta
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_text(meta.language)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{NEWSROOM_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_text(composed.title)}</title>\n"
        + (f'<meta name="author" content="{_text(meta.author)}">\n' if meta.author else "")
        + f"<style>{_style(lh.text_color)}</style>\n</head>\n<body>\n"
        + "\n".join(out)
        + "\n</body>\n</html>\n"
    )
