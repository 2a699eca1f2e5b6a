"""Rules on a kit's photos: alt text, credit, and enough pixels for print."""

from __future__ import annotations

from collections.abc import Iterator

from presskit.preflight import messages as M
from presskit.preflight.engine import Context
from presskit.preflight.findings import Finding, finding


def _photos(ctx: Context) -> Iterator[tuple[int, int, object]]:
    """(item index, photo number 1.., photo) of the kit's photos."""
    if ctx.kit is None:
        return
    n = 0
    for i, item in enumerate(ctx.kit.items):
        if getattr(item, "kind", "") == "photo":
            n += 1
            yield i, n, item


def _name(photo: object) -> str:
    return (getattr(photo, "original_name", "") or getattr(photo, "file", "")).rsplit("/", 1)[-1]


def alt_text(ctx: Context) -> Iterator[Finding]:
    for i, n, photo in _photos(ctx):
        if not str(getattr(photo, "alt", "")).strip():
            yield finding("alt-text", f"items[{i}].alt",
                          ctx.t(M.ALT_TEXT).format(n=n, name=_name(photo)))


def credit(ctx: Context) -> Iterator[Finding]:
    for i, n, photo in _photos(ctx):
        if not str(getattr(photo, "credit", "")).strip():
            yield finding("credit", f"items[{i}].credit",
                          ctx.t(M.CREDIT).format(n=n, name=_name(photo)))


def pixel_size(data: bytes, name: str = "photo") -> tuple[int, int] | None:
    """(width, height) of a photo as printed (EXIF orientation applied); None when unreadable."""
    from presskit.errors import ImageError
    from presskit.kit.photos import identify_photo

    try:
        info = identify_photo(data, name)
    except ImageError:
        return None
    return info.width, info.height


def resolution(ctx: Context) -> Iterator[Finding]:
    minimum = ctx.options.min_photo_px
    for i, n, photo in _photos(ctx):
        data = ctx.kit.media.get(getattr(photo, "file", ""))
        size = pixel_size(data, _name(photo)) if data else None
        if size is None:
            yield finding("resolution", f"items[{i}]",
                          ctx.t(M.RESOLUTION_UNREADABLE).format(n=n, name=_name(photo)))
        elif max(size) < minimum:
            yield finding("resolution", f"items[{i}]", ctx.t(M.RESOLUTION).format(
                n=n, name=_name(photo), width=size[0], height=size[1], minimum=M.number(minimum, ctx.ui_language)))


def kit_links(ctx: Context) -> Iterator[Finding]:
    """The kit's links (video, image bank): a web address that works, a text that says where."""
    from presskit.preflight.rules_content import url_problem, vague_link_text

    if ctx.kit is None:
        return
    for i, item in enumerate(ctx.kit.items):
        if getattr(item, "kind", "") != "link":
            continue
        where = ctx.where(f"items[{i}]")
        url, text = str(item.url), str(item.description)
        if url_problem(url):
            yield finding("link-text", f"items[{i}].url",
                          ctx.t(M.LINK_URL).format(where=where, url=url), word=url,
                          start=0, end=len(url))
        if vague_link_text(text):
            yield finding("link-text", f"items[{i}].description",
                          ctx.t(M.LINK_TEXT).format(where=where, text=text.strip()), word=text,
                          start=0, end=len(text))


RULES = [alt_text, credit, resolution, kit_links]
