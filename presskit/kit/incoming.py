"""Files a press officer adds to a kit in the editor, read and checked off the GUI thread.

``read_incoming(path)`` reads one file (bounded), says what it is (a photo, a logo or a
Markdown document, as ``presskit kit add`` decides), checks it (``identify_photo``,
``identify_logo``), hashes it and makes its thumbnail, so the GUI thread only files the
result into the kit. Qt-free; the editor runs it on its runner.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from presskit.errors import KitError
from presskit.kit.editing import sha256

MARKDOWN_SUFFIXES = (".md", ".markdown", ".txt")
LOGO_ONLY_SUFFIXES = (".svg", ".eps", ".pdf")  # never photos
MAX_DOCUMENT_BYTES = 4 * 1024 * 1024
THUMB_PX = 300  # the panel's photo preview; the list scales it down

IncomingKind = Literal["photo", "logo", "document"]


@dataclass
class Incoming:
    """One checked file, ready to become a kit item."""

    name: str  # the file name it was added from
    kind: IncomingKind
    data: bytes = b""  # the bytes as read (photos and logos), never re-encoded
    digest: str = ""
    caption: str = ""  # from the photo's metadata
    credit: str = ""
    rights: str = ""
    date: str = ""
    alt: str = ""  # IPTC "Alt Text (Accessibility)"
    title: str = ""  # a document's first heading, or a logo's file name
    body: str = ""  # a document's Markdown without that heading
    doc_kind: str = "document"
    thumbnail: bytes = b""  # PNG, at most THUMB_PX a side, upright; b"" when none can be made
    width: int = 0
    height: int = 0


def kind_of(path: str | os.PathLike[str], *, logo: bool = False) -> IncomingKind:
    suffix = Path(path).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return "document"
    if logo or suffix in LOGO_ONLY_SUFFIXES:
        return "logo"
    return "photo"


def read_bounded(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of the regular file *path*, refused (``KitError`` naming it) past *limit*
    (``presskit.fileio.read_capped``: FIFOs and devices refused unread)."""
    from presskit.fileio import READ_REASONS, error_from_os, read_capped

    try:
        return read_capped(path, limit, KitError, what="a kit item")
    except OSError as exc:
        raise error_from_os(exc, KitError, path, reasons=READ_REASONS) from None


def read_incoming(path: str | os.PathLike[str], *, logo: bool = False) -> Incoming:
    """Read and check *path* as a kit item; ``PresskitError`` (one line naming the file)."""
    from presskit.kit.cli import first_heading, guess_doc_kind
    from presskit.kit.photos import MAX_PHOTO_BYTES, identify_logo, identify_photo

    p = Path(path)
    kind = kind_of(p, logo=logo)
    if kind == "document":
        raw = read_bounded(p, MAX_DOCUMENT_BYTES)
        try:
            text = raw.decode("utf-8-sig").replace("\r\n", "\n")
        except UnicodeDecodeError as exc:
            raise KitError(f"not UTF-8 text (invalid byte at offset {exc.start}); a document "
                           "must be Markdown in UTF-8", path=str(p)) from None
        heading, body = first_heading(text)
        return Incoming(p.name, "document", title=heading or p.stem, body=body if heading else text,
                        doc_kind=guess_doc_kind(p.name))
    data = read_bounded(p, MAX_PHOTO_BYTES)
    if kind == "logo":
        identify_logo(data, str(p))
        return Incoming(p.name, "logo", data, sha256(data), title=p.stem,
                        thumbnail=thumbnail_png(data))
    info = identify_photo(data, str(p))
    meta = info.metadata
    return Incoming(p.name, "photo", data, sha256(data), caption=meta.caption,
                    credit=meta.credit, rights=meta.rights, date=meta.date, alt=meta.alt,
                    thumbnail=thumbnail_png(data), width=info.width, height=info.height)


def thumbnail_png(data: bytes, px: int = THUMB_PX) -> bytes:
    """A small upright PNG of the image *data* (EXIF orientation applied); b"" for what
    Pillow cannot draw (an SVG logo) or refuses (a decompression bomb)."""
    import warnings

    from PIL import Image, ImageOps

    from presskit.kit.photos import photo_bomb_guard

    try:  # under the photo cap (100 MP), as the photo was accepted under it
        with photo_bomb_guard(), warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as im:
                im.draft("RGB", (px * 2, px * 2))  # JPEG: decode at a fraction of the size
                upright = ImageOps.exif_transpose(im)
                upright.thumbnail((px, px))
                if upright.mode not in ("RGB", "RGBA", "L", "LA"):
                    upright = upright.convert("RGB")
                out = io.BytesIO()
                upright.save(out, "PNG")
                return out.getvalue()
    except Exception:  # any unreadable image: no thumbnail, the list shows its kind instead
        return b""
