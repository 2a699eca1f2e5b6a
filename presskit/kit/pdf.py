"""The kit PDF: the release exactly as today, then each document, then the photos.

This module joins the kit to the PDF renderer (``presskit.renderers.pdf_kit``, which holds
every reportlab detail): it composes the kit, and hands the renderer each photo's words and
a source of print-ready JPEGs from a :class:`~presskit.kit.images.PhotoCache`. Keep one
cache across renders (the editor does) and no photo is decoded twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from presskit.kit.compose import ComposedKit, ComposedPhoto, compose_kit
from presskit.kit.images import PhotoCache
from presskit.kit.model import Kit
from presskit.textclean import Warning

if TYPE_CHECKING:
    from presskit.renderers.pdf_kit import KitParts


@dataclass
class KitPdf:
    data: bytes
    pages: int
    warnings: list[Warning]


def photo_source(photo: ComposedPhoto) -> str:
    """How errors name a photo: its item and its file, ``items[4] (centre.jpg)``."""
    return f"{photo.field} ({photo.item.original_name or photo.item.file})"


def kit_parts(kit: Kit, composed: ComposedKit, cache: PhotoCache) -> KitParts:
    """What the renderer's ``render_kit_pdf`` lays out."""
    from presskit.renderers.pdf_kit import KitParts, KitPhoto

    photos = []
    for p in composed.photos:
        data = kit.media_bytes(p.item)
        source = photo_source(p)
        size = cache.size(data, source)

        def jpeg(max_w: int, max_h: int, _data: bytes = data,
                 _source: str = source) -> tuple[bytes, int, int, str]:
            out = cache.jpeg(_data, _source, max_w, max_h)
            return out.data, out.width, out.height, out.key

        photos.append(KitPhoto(size.width, size.height, p.caption, p.credit_line, p.alt,
                               p.field, jpeg))
    return KitParts(composed.release, composed.documents, photos, composed.labels.photos,
                    composed.title, embargo=composed.embargo)


def render_kit_pdf(kit: Kit, *, should_stop: Callable[[], bool] | None = None,
                   cache: PhotoCache | None = None, home_country: str | None = None,
                   composed: ComposedKit | None = None) -> KitPdf:
    """The whole kit as one tagged PDF.

    *should_stop* is asked between flowables and pages, as for ``render_pdf``
    (``RenderCancelled``); *cache* keeps the photos' JPEGs for the next render; *composed*
    skips composing again when the caller already has it. A photo that cannot be decoded
    raises ``ImageError`` naming it.
    """
    from presskit.renderers.pdf_kit import render_kit_pdf as render

    cache = cache if cache is not None else PhotoCache()
    composed = composed or compose_kit(kit, home_country=home_country, memo=cache)
    parts = kit_parts(kit, composed, cache)
    result = render(parts, should_stop)
    seen = {str(w) for w in composed.warnings}
    warnings = list(composed.warnings)
    warnings += [w for w in result.warnings if str(w) not in seen]
    return KitPdf(result.data, result.pages, warnings)
