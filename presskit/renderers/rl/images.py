"""Image XObjects made once and drawn into many documents (reportlab's private image steps).

``Canvas.drawImage`` decodes, digests and compresses an image on every document it draws
into. ``xobject`` does those steps once; ``draw`` registers a shallow copy of the result in
one document and paints it, the way ``drawImage`` does for an image new to the document.
Both lean on reportlab internals (the reader's split-off alpha, ``pdfdoc._digester``, the
canvas's ``_doc``, ``_code``, ``_formsinuse``); ``tests/presskit/renderers/test_rl_backend.py``
checks each.
"""

from __future__ import annotations

import copy
from typing import Any


def xobject(image: Any) -> tuple[str, Any, Any]:
    """(name, XObject with its stream compressed, soft mask XObject or None) of a PIL image.

    The name is the digest of the pixels and the mask, as reportlab names image XObjects.
    """
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfdoc

    reader = ImageReader(image)
    rgb = reader.getRGBData()  # also splits off the alpha channel into reader._dataA
    alpha = reader._dataA
    name = pdfdoc._digester(rgb + (alpha.getRGBData() if alpha else b"auto"))
    obj = pdfdoc.PDFImageXObject(name, reader, mask="auto")
    obj.name = name
    smask = getattr(obj, "_smask", None)
    if smask is not None:
        del obj._smask
    return name, obj, smask


def draw(canv: Any, name: str, obj: Any, smask: Any, x: float, y: float, w: float,
         h: float) -> None:
    """Paint XObject *obj* (named *name*, soft mask *smask*) scaled into the box (x, y, w,
    h), registering a copy in the canvas's document the first time it is drawn there."""
    from reportlab.pdfbase import pdfdoc

    doc = canv._doc
    reg_name = doc.getXObjectName(name)
    if doc.idToObject.get(reg_name) is None:
        registered = copy.copy(obj)
        canv._setXObjects(registered)
        doc.Reference(registered, reg_name)
        doc.addForm(name, registered)
        if smask is not None:
            mask_name = doc.getXObjectName(smask.name)
            if doc.idToObject.get(mask_name) is None:
                mask = copy.copy(smask)
                canv._setXObjects(mask)
                registered.smask = doc.Reference(mask, mask_name)
            else:
                registered.smask = pdfdoc.PDFObjectReference(mask_name)
    canv._currentPageHasImages = 1
    canv.saveState()
    canv.translate(x, y)
    canv.scale(w, h)
    canv._code.append(f"/{reg_name} Do")
    canv.restoreState()
    canv._formsinuse.append(name)
