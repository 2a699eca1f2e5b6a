"""Logos for the PDF: scaled once to print resolution, compressed once, drawn many times.

The preview re-renders the release on every pause in typing, so the expensive parts of an
image — decoding the PNG, resampling it, and the zlib pass over its pixels — are done once
per distinct logo and cached. Each render only registers a shallow copy of the prepared
XObject (and its soft mask) in its own PDF document.
"""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass
from typing import Any

MM = 72.0 / 25.4
LOGO_BOX = (48 * MM, 20 * MM)  # largest logo on page 1


@dataclass(frozen=True)
class PreparedImage:
    name: str  # digest of pixels + mask, as reportlab names its image XObjects
    xobject: Any  # reportlab PDFImageXObject with the stream already compressed
    smask: Any  # the alpha channel as its own XObject, or None

    def getSize(self) -> tuple[int, int]:
        return self.xobject.width, self.xobject.height


@functools.lru_cache(maxsize=8)
def prepare(png: bytes) -> PreparedImage:
    """A logo scaled to 300 dpi at the largest size the letterhead draws it.

    Normalised logos may be 1800 px wide; embedding that would cost a zlib pass over
    megabytes of pixels on every render. The prepared streams are also kept on disk
    (``presskit.diskcache``), so a cold export of the same letterhead skips Pillow.
    """
    import PIL
    from reportlab import Version

    from presskit import diskcache

    key = f"{diskcache.digest(png)}|reportlab {Version}|Pillow {PIL.__version__}|{LOGO_BOX}"
    cached = diskcache.load("pdf-images", key)
    if isinstance(cached, PreparedImage):
        return cached
    image = _prepare(png)
    diskcache.store("pdf-images", key, image)
    return image


def _prepare(png: bytes) -> PreparedImage:
    from PIL import Image

    from presskit.renderers.rl import images

    im: Image.Image = Image.open(io.BytesIO(png))
    box_px = (round(LOGO_BOX[0] / 72 * 300), round(LOGO_BOX[1] / 72 * 300))
    scale = min(box_px[0] / im.width, box_px[1] / im.height)
    if scale < 1:
        im = im.resize((max(1, round(im.width * scale)), max(1, round(im.height * scale))),
                       Image.Resampling.LANCZOS)
    else:
        im.load()
    return PreparedImage(*images.xobject(im))


def draw(canv: Any, image: PreparedImage, x: float, y: float, w: float, h: float) -> None:
    """Draw *image* scaled into the box (x, y, w, h), embedding it once per document.

    The same steps as reportlab's ``Canvas.drawImage`` takes for a new image, without
    redoing the decode and compression it would repeat on every document
    (``presskit.renderers.rl.images``).
    """
    from presskit.renderers.rl import images

    images.draw(canv, image.name, image.xobject, image.smask, x, y, w, h)
