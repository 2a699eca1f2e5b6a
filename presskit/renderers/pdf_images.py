"""Logos for the PDF: scaled once to print resolution, compressed once, drawn many times.

The preview re-renders the release on every pause in typing, so the expensive parts of an
image — decoding the PNG, resampling it, and the zlib pass over its pixels — are done once
per distinct logo and cached. Each render only registers a shallow copy of the prepared
XObject (and its soft mask) in its own PDF document.
"""

from __future__ import annotations

import copy
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
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfdoc

    im: Image.Image = Image.open(io.BytesIO(png))
    box_px = (round(LOGO_BOX[0] / 72 * 300), round(LOGO_BOX[1] / 72 * 300))
    scale = min(box_px[0] / im.width, box_px[1] / im.height)
    if scale < 1:
        im = im.resize((max(1, round(im.width * scale)), max(1, round(im.height * scale))),
                       Image.Resampling.LANCZOS)
    else:
        im.load()
    reader = ImageReader(im)
    rgb = reader.getRGBData()  # also splits off the alpha channel into reader._dataA
    alpha = reader._dataA
    name = pdfdoc._digester(rgb + (alpha.getRGBData() if alpha else b"auto"))
    xobject = pdfdoc.PDFImageXObject(name, reader, mask="auto")
    xobject.name = name
    smask = getattr(xobject, "_smask", None)
    if smask is not None:
        del xobject._smask
    return PreparedImage(name, xobject, smask)


def draw(canv: Any, image: PreparedImage, x: float, y: float, w: float, h: float) -> None:
    """Draw *image* scaled into the box (x, y, w, h), embedding it once per document.

    The same steps as reportlab's ``Canvas.drawImage`` takes for a new image, without
    redoing the decode and compression it would repeat on every document.
    """
    from reportlab.pdfbase import pdfdoc

    doc = canv._doc
    reg_name = doc.getXObjectName(image.name)
    if doc.idToObject.get(reg_name) is None:
        xobject = copy.copy(image.xobject)
        canv._setXObjects(xobject)
        doc.Reference(xobject, reg_name)
        doc.addForm(image.name, xobject)
        if image.smask is not None:
            mask_name = doc.getXObjectName(image.smask.name)
            if doc.idToObject.get(mask_name) is None:
                smask = copy.copy(image.smask)
                canv._setXObjects(smask)
                xobject.smask = doc.Reference(smask, mask_name)
            else:
                xobject.smask = pdfdoc.PDFObjectReference(mask_name)
    canv._currentPageHasImages = 1
    canv.saveState()
    canv.translate(x, y)
    canv.scale(w, h)
    canv._code.append(f"/{reg_name} Do")
    canv.restoreState()
    canv._formsinuse.append(image.name)
